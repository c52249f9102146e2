package org.parallax.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page junk from an article's text and reads the metadata the page shows in passing.
 *
 * <p>The rules describe kinds of junk, not strings seen once: serialised data dumped by a template,
 * comment forms, share and follow widgets, mirror-address notices, photo captions with credits, source
 * links, bylines, date lines, repeated titles, and short label lines before the body or after it. Every
 * removed line is returned as a {@link Removal} with its reason. Lines are kept or removed whole, so every
 * body sentence stays character for character.
 *
 * <p>Output text: paragraphs separated by a blank line ({@code "\n\n"}); lines of one paragraph separated
 * by {@code "\n"}, except that a line hard-wrapped in mid-sentence is rejoined to the next with a space.
 */
public final class PageCleaner {

  /** The cleaned text, what was removed, and the metadata found (unknown fields {@code null}). */
  public record Result(String text, List<Removal> removed, Metadata metadata) {}

  static final String SERIALIZED = "serialized data (template or script output)";
  static final String SOURCE_LINK = "source link (kept as url)";
  static final String WEB_ADDRESS = "bare web address";
  static final String MIRROR = "mirror-address notice";
  static final String COMMENT_FORM = "comment form";
  static final String WIDGET = "share or follow widget";
  static final String CAPTION = "photo caption";
  static final String DATE = "date line (kept as published)";
  static final String BYLINE = "byline (kept as author or outlet)";
  static final String TITLE = "title (kept as title)";
  static final String REPEATED_TITLE = "repeated title";
  static final String OUTLET = "outlet name (kept as outlet)";
  static final String FURNITURE = "page furniture";
  static final String BEFORE_BODY = "label before the article body (caption or heading)";
  static final String AFTER_BODY = "label after the article body";

  private static final Pattern DATA_DUMP =
      Pattern.compile("^\\s*(?:string|array|object|int|float|bool)\\(\\d+\\)\\s*[\"{\\[]");
  private static final Pattern DATA_START = Pattern.compile("^\\s*(?:\\[\\s*\\{|\\{\\s*\")");
  private static final Pattern SOURCE_LABEL =
      Pattern.compile(
          "^(?:original\\s+(?:url|link|article|source)|source\\s+(?:url|link)|url|link|permalink|"
              + "source|read\\s+(?:more|the\\s+original)(?:\\s+at)?|originally\\s+published\\s+(?:at|on|by))"
              + "\\s*:?\\s*(<?https?://\\S+?>?)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WEB_ADDRESS_LINE =
      Pattern.compile("^<?((?:https?://|www\\.)[^\\s<>]+)>?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MIRROR_NOTICE =
      Pattern.compile(
          "can\\s+(?:also\\s+)?be\\s+(?:accessed|reached|viewed|read)\\s+(?:at|on|via)|"
              + "alternat(?:e|ive)\\s+(?:web\\s+)?address|mirror\\s+(?:site|address)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WEBSITE_OWNER =
      Pattern.compile("^(?:the\\s+)?(.{2,40}?)['’]s?\\s+(?:web\\s*site|site|homepage)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT_PROMPT =
      Pattern.compile(
          "(?:enter|post|leave|add|write|submit)\\s+(?:a\\s+|your\\s+)?(?:comment|reply|name|e-?mail)|"
              + "comments?\\s+(?:are\\s+)?closed|log\\s*in\\s+to\\s+(?:comment|reply)|"
              + "must\\s+be\\s+logged\\s+in|notify\\s+me\\s+of|save\\s+my\\s+name|"
              + "e-?mail\\s+address\\s+will\\s+not\\s+be\\s+published|required\\s+fields\\s+are\\s+marked|"
              + "^\\d+\\s+comments?$|^(?:show\\s+|view\\s+|load\\s+)?comments?(?:\\s*\\(\\d+\\))?$|"
              + "^(?:your\\s+)?(?:name|e-?mail|website|comment)\\s*\\*?:?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WIDGET_WORDS =
      Pattern.compile(
          "\\b(?:share|shares|sharing|tweet|facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|"
              + "instagram|youtube|e-?mail\\s+this|print\\s+this|follow\\s+us|subscribe|newsletter|"
              + "download\\s+(?:our|the)\\s+app|app\\s+store|google\\s+play|roku|apple\\s+tv|android|ios|"
              + "rss|bookmark|copy\\s+link)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "\\((?:[^()]{0,40}\\s)?(?:file\\s+)?(?:photo|photograph|picture|pic|image|video|screenshot|"
              + "screengrab|illustration)s?(?:\\s+by)?(?:[^()]{0,40})?\\)\\s*$|"
              + "^(?:photo|image|picture|file\\s+photo|caption)(?:\\s+credit)?\\s*[:|]|"
              + "(?:photo|image|picture)\\s*(?:credit)?\\s*:\\s*[^.]{1,60}$|"
              + "\\b(?:getty\\s+images|ap\\s+photo|afp\\s+photo|reuters\\s*/\\s*\\w+|epa\\s*/\\s*\\w+)\\)?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "^(?:by|written\\s+by|posted\\s+by|words\\s+by|reporting\\s+by|story\\s+by)\\s*:?\\s+(.{2,100})$",
          Pattern.CASE_INSENSITIVE);
  /**
   * The start of a wire story's first line up to its dateline: "... By RAVI NESSMAN Associated Press Writer"
   * before "RAMALLAH, West Bank (AP) -" (group 1: what goes; group 2: the reporter).
   */
  private static final Pattern WIRE_BYLINE =
      Pattern.compile(
          "^(.{0,160}?\\bBy\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}),?\\s+"
              + "(?:Associated\\s+Press|AP|Reuters|Agence\\s+France-Presse|AFP|United\\s+Press\\s+International|UPI)"
              + "(?:\\s+(?:Staff\\s+)?(?:Writer|Correspondent|Reporter))?)\\s+"
              + "(?=\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,\\s*[\\p{L} .'’-]+)?\\s*\\((?:AP|Reuters|AFP|UPI)\\)\\s*[-–—])");
  /** A byline of a reporter and then an outlet or job title: "Anna Lee, Reuters", "Jo Ng | The Guardian". */
  private static final Pattern BYLINE_PARTS = Pattern.compile("(.+?)\\s*(?:,|\\s[|–—-])\\s+([^,|–—]+)");
  /** A reporter's job title after the name in a byline ("Staff Writer", "Senior Correspondent"). */
  private static final Pattern JOB_TITLE =
      Pattern.compile(
          "(?i)(?:(?:staff|senior|chief|special|foreign|political|economics|business|science|\\p{Lu}\\p{L}+)\\s+)?"
              + "(?:writer|reporter|correspondent|editor|columnist|contributor)s?");
  /** An all-capital short name ("CNN", "BBC", "NPR") in a byline is an outlet's, not a reporter's. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern ORGANISATION_WORDS =
      Pattern.compile(
          "\\b(?:times|news|post|press|agency|agencies|reuters|afp|ap|staff|desk|correspondents?|"
              + "editorial|tv|television|radio|journal|herald|telegraph|guardian|tribune|gazette|network|"
              + "media|online|daily|weekly|magazine|service|wire|chronicle|observer|bureau|report)\\b|"
              + "\\.(?:com|org|net|ir|ru|co\\.uk)\\b",
          Pattern.CASE_INSENSITIVE);
  /**
   * Whether a byline's name is an outlet's rather than a reporter's: organisation words ("News",
   * "Times", ".com"), "The ...", or a short all-capital name.
   */
  private static boolean isOrganisation(String name) {
    return ORGANISATION_WORDS.matcher(name).find() && !JOB_TITLE.matcher(name).matches()
        || name.regionMatches(true, 0, "The ", 0, 4)
        || ACRONYM.matcher(name).matches();
  }

  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "^(?:advertisement|sponsored(?:\\s+content)?|related(?:\\s+(?:articles?|stories|news|posts?|coverage))?|"
              + "read\\s+more|more\\s+on\\s+this(?:\\s+story)?|recommended(?:\\s+for\\s+you)?|"
              + "(?:tags?|topics?|filed\\s+under|categor(?:y|ies))\\s*:.*|click\\s+here.*|"
              + "(?:copyright|©|\\(c\\)).*|all\\s+rights\\s+reserved.*|skip\\s+to\\s+(?:main\\s+)?content|"
              + "(?:previous|next)\\s+(?:article|story|post)|back\\s+to\\s+top|loading\\.*)\\s*:?$",
          Pattern.CASE_INSENSITIVE);
  /** A site's menu: three or more short items between slashes or bars ("News / Business / Opinion / Sports"). */
  private static final Pattern MENU_LINE =
      Pattern.compile("^[^/|·•]{1,30}(?:\\s[/|·•]\\s[^/|·•]{1,30}){2,}$");
  /** A site's copyright notice. */
  private static final Pattern RIGHTS_NOTICE =
      Pattern.compile("all\\s+rights\\s+reserved|(?:copyright|©|\\(c\\))\\s*(?:\\d{4}|the\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");
  private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2,}[.!?][\"'”’)\\]]*\\s+[\"“‘]?\\p{Lu}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  // Includes no-break and other Unicode spaces, which String.strip() keeps.
  private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}\\uFEFF]+|[\\s\\p{Z}\\uFEFF]+$");
  private static final Pattern PROMPT_START = Pattern.compile("^(?:please|you\\s+must)\\b", Pattern.CASE_INSENSITIVE);

  private final OutletDirectory outlets;

  public PageCleaner(OutletDirectory outlets) {
    this.outlets = outlets;
  }

  /**
   * Cleans {@code raw} text.
   *
   * @param known metadata already known from elsewhere (HTML meta, the analyst's settings); a line that
   *     repeats its title or outlet is removed, and it takes precedence over what the text shows
   */
  public Result clean(String raw, Metadata known) {
    List<Line> lines = lines(raw);
    Metadata found = Metadata.NONE;
    // A wire story's date, photo id and byline run into its dateline: cut them off the first lines.
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      Matcher m = WIRE_BYLINE.matcher(lines.get(i).text);
      if (m.find()) {
        Line line = lines.get(i);
        Line prefix = new Line(line.text.substring(0, m.end(1)).strip(), line.paragraph);
        prefix.remove(BYLINE);
        lines.set(i, new Line(line.text.substring(m.end(1)).strip(), line.paragraph));
        lines.add(i, prefix);
        if (found.author() == null) {
          found = found.withAuthor(m.group(2).strip());
        }
        break;
      }
    }

    // Pass 1: lines whose junk nature shows in the line itself.
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String s = line.text;
      Matcher m;
      if (isSerializedData(s)) {
        line.remove(SERIALIZED);
      } else if ((m = SOURCE_LABEL.matcher(s)).matches()) {
        line.remove(SOURCE_LINK);
        String url = m.group(1);
        Line next = nextKept(lines, i);
        if (url == null && next != null && WEB_ADDRESS_LINE.matcher(next.text).matches()) {
          next.remove(SOURCE_LINK);
          url = next.text;
        }
        if (url != null && found.url() == null) {
          found = found.withUrl(stripAngles(url));
        }
      } else if (MIRROR_NOTICE.matcher(s).find() && words(s) <= 25) {
        line.remove(MIRROR);
        Matcher owner = WEBSITE_OWNER.matcher(s);
        if (owner.find() && found.outlet() == null) {
          found = found.withOutlet(owner.group(1).strip());
        }
        // The addresses listed under the notice belong to it.
        for (int j = i + 1; j < lines.size() && WEB_ADDRESS_LINE.matcher(lines.get(j).text).matches(); j++) {
          lines.get(j).remove(MIRROR);
        }
      } else if (line.removed == null && WEB_ADDRESS_LINE.matcher(s).matches()) {
        line.remove(WEB_ADDRESS);
      } else if (isCommentPrompt(s)) {
        line.remove(COMMENT_FORM);
      } else if (isWidget(s)) {
        line.remove(WIDGET);
      } else if (CAPTION_CREDIT.matcher(s).find() && words(s) <= 70) {
        line.remove(CAPTION);
      } else if (PublicationDate.ofLine(s).isPresent()) {
        line.remove(DATE);
        if (found.published() == null) {
          found = found.withPublished(PublicationDate.ofLine(s).get().toString());
        }
      } else if ((m = BYLINE_LINE.matcher(s)).matches() && !SENTENCE_END.matcher(s).find()) {
        String name = MARKDOWN_LINK.matcher(m.group(1)).replaceAll("$1").strip();
        if (words(name) <= 8) {
          line.remove(BYLINE);
          Matcher parts = BYLINE_PARTS.matcher(name);
          String author = name;
          String outlet = null;
          if (parts.matches() && !isOrganisation(parts.group(1))) {
            // "By Al Roe, Staff Writer", "By Anna Lee, Reuters", "By Jo Ng | The Guardian"
            String second = parts.group(2).strip();
            if (JOB_TITLE.matcher(second).matches()) {
              author = parts.group(1).strip();
            } else if (isOrganisation(second)) {
              author = parts.group(1).strip();
              outlet = second;
            }
          } else if (isOrganisation(name)) {
            author = null;
            outlet = name;
          }
          if (outlet != null && found.outlet() == null) {
            found = found.withOutlet(outlet);
          }
          if (author != null && found.author() == null) {
            found = found.withAuthor(author);
          }
        }
      } else if (FURNITURE_LINE.matcher(s).matches() && words(s) <= 12 || MENU_LINE.matcher(s).matches()) {
        line.remove(FURNITURE);
      }
    }

    // Pass 2: the title is the first line when it reads as a headline; its repetitions go too.
    Metadata meta = known.orElse(found);
    if (meta.title() == null) {
      Line first = nextKept(lines, -1);
      if (first != null && looksLikeHeadline(first.text)) {
        first.remove(TITLE);
        meta = meta.withTitle(first.text);
      }
    }
    if (meta.outlet() == null) {
      meta = meta.withOutlet(outlets.outletOf(meta.url()).orElse(null));
    }
    if (meta.outlet() == null) {
      StringBuilder furniture = new StringBuilder();
      for (Line line : lines) {
        if (line.removed != null) {
          furniture.append(line.text).append('\n');
        }
      }
      meta = meta.withOutlet(outlets.siteOfFurniture(furniture.toString()).orElse(null));
    }
    String titleKey = key(meta.title());
    String outletKey = key(meta.outlet());
    for (Line line : lines) {
      if (line.removed == null && titleKey != null && titleKey.equals(key(line.text))) {
        line.remove(REPEATED_TITLE);
      } else if (line.removed == null && outletKey != null && outletKey.equals(key(line.text))) {
        line.remove(OUTLET);
      }
    }

    // Pass 3: short label lines outside the body: captions, kickers, app and follow links.
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).removed == null && isProse(lines.get(i).text)) {
        firstProse = firstProse < 0 ? i : firstProse;
        lastProse = i;
      }
    }
    // The site's notice after the body ("... Advertise with us. All rights reserved."), however long.
    while (lastProse > firstProse && RIGHTS_NOTICE.matcher(lines.get(lastProse).text).find()) {
      lines.get(lastProse).remove(FURNITURE);
      int before = lastProse - 1;
      while (before > firstProse && (lines.get(before).removed != null || !isProse(lines.get(before).text))) {
        before--;
      }
      lastProse = before;
    }
    if (firstProse >= 0) {
      for (int i = 0; i < firstProse; i++) {
        Line line = lines.get(i);
        if (line.removed == null && words(line.text) <= 15) {
          line.remove(BEFORE_BODY);
        }
      }
      for (int i = lastProse + 1; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (line.removed == null && words(line.text) <= 12 && !startsWithQuote(line.text)) {
          line.remove(AFTER_BODY);
        }
      }
    }

    return new Result(join(lines), removals(lines), meta);
  }

  /** A line as it stands in the source, trimmed, with the paragraph it belongs to. */
  private static final class Line {
    final String text;
    final int paragraph;
    String removed;

    Line(String text, int paragraph) {
      this.text = text;
      this.paragraph = paragraph;
    }

    void remove(String reason) {
      if (removed == null) {
        removed = reason;
      }
    }
  }

  private static List<Line> lines(String raw) {
    String normalised = raw.replace("\r\n", "\n").replace('\r', '\n');
    List<Line> lines = new ArrayList<>();
    int paragraph = 0;
    boolean blank = false;
    for (String line : normalised.split("\n", -1)) {
      String s = EDGE_SPACE.matcher(line).replaceAll("");
      if (s.isEmpty()) {
        blank = true;
        continue;
      }
      if (blank) {
        paragraph++;
        blank = false;
      }
      Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (previous != null && previous.paragraph == paragraph && isHardWrapped(previous.text, s)) {
        // A fixed-width wrap is not a line of the article: rejoin it before judging what it is.
        lines.set(lines.size() - 1, new Line(previous.text + " " + s, paragraph));
      } else {
        lines.add(new Line(s, paragraph));
      }
    }
    return lines;
  }

  private static Line nextKept(List<Line> lines, int after) {
    for (int i = after + 1; i < lines.size(); i++) {
      if (lines.get(i).removed == null) {
        return lines.get(i);
      }
    }
    return null;
  }

  private static String join(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    Line previous = null;
    for (Line line : lines) {
      if (line.removed != null) {
        continue;
      }
      if (previous != null) {
        out.append(previous.paragraph != line.paragraph ? "\n\n" : "\n");
      }
      out.append(line.text);
      previous = line;
    }
    return out.toString();
  }

  private static List<Removal> removals(List<Line> lines) {
    List<Removal> removed = new ArrayList<>();
    for (Line line : lines) {
      if (line.removed != null) {
        removed.add(new Removal(line.text, line.removed));
      }
    }
    return removed;
  }

  /** A line broken by a fixed-width wrap ends mid-sentence and goes on in lower case. */
  private static boolean isHardWrapped(String line, String next) {
    if (line.length() < 40 || SENTENCE_END.matcher(line).find() || line.endsWith(":")) {
      return false;
    }
    int c = next.codePointAt(0);
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  private static boolean isSerializedData(String s) {
    if (DATA_DUMP.matcher(s).find()) {
      return true;
    }
    if (s.length() < 40) {
      return false;
    }
    int syntax = 0;
    int quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == '"') {
        syntax++;
      }
      if (c == '"') {
        quotes++;
      }
    }
    // Prose has a few quotation marks; key-value data has quoted keys everywhere and braces around them.
    return DATA_START.matcher(s).find() && quotes >= 8 && syntax * 100 / s.length() >= 8;
  }

  private static boolean isCommentPrompt(String s) {
    return words(s) <= 12 && COMMENT_PROMPT.matcher(s).find() && (PROMPT_START.matcher(s).find() || !isProse(s) || s.endsWith("!"));
  }

  private static boolean isWidget(String s) {
    return words(s) <= 6 && !SENTENCE_END.matcher(s).find() && WIDGET_WORDS.matcher(s).find();
  }

  /** A headline: a short line that does not read as a body sentence ending in a full stop. */
  private static boolean looksLikeHeadline(String s) {
    int n = words(s);
    return n >= 1 && n <= 25 && !(s.endsWith(".") && !s.endsWith("..")) && !startsWithQuote(s);
  }

  /** A line of running text: several words and sentence punctuation. */
  static boolean isProse(String s) {
    int n = words(s);
    if (n >= 16) {
      return true;
    }
    return n >= 4 && (SENTENCE_END.matcher(s).find() || INNER_SENTENCE_END.matcher(s).find());
  }

  private static boolean startsWithQuote(String s) {
    char c = s.charAt(0);
    return c == '"' || c == '“' || c == '‘' || c == '«' || c == '„';
  }

  static int words(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String stripAngles(String url) {
    String s = url.strip();
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** Comparison key: case, spacing and punctuation do not make a line a different title. */
  private static String key(String s) {
    if (s == null) {
      return null;
    }
    String k = MARKDOWN_LINK.matcher(s).replaceAll("$1");
    k = k.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return k.isEmpty() ? null : k;
  }
}

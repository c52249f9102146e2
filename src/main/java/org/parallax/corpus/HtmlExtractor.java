package org.parallax.corpus;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a saved web page (already decoded to a string) into the article's main text and metadata, see
 * {@link HtmlPage} for the invariants of the result.
 *
 * <p>The page is untrusted input. This class never fetches anything (no {@code Jsoup.connect}, no URL
 * resolution against the network; readability4j only sees a reserved {@code .invalid} address that it
 * uses for string concatenation) and never runs scripts: scripts are removed as text, and JSON-LD is read
 * as data by a JSON parser. {@link #extract} does not throw for any input, including the empty string,
 * broken markup and very large pages; a page without body text gives {@code text == ""}.
 *
 * <p>How the text is found: obvious page furniture (scripts, navigation, share bars, captions, comment
 * forms...) is removed first and recorded with its reason; readability4j then picks the main content
 * from what is left, and its paragraphs are taken with jsoup. Every remaining piece of visible text that
 * readability left out is recorded as "outside main text". Each text node is tagged before readability
 * runs so that this accounting is exact even though readability restructures the markup.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class HtmlExtractor {

  /** Given to readability4j, which insists on a page address; {@code .invalid} can never resolve. */
  private static final String DUMMY_URI = "https://parallax.invalid/";

  /** Attribute on the span that wraps each text node, holding the node's index in {@code marked}. */
  private static final String MARK = "data-parallax-text";

  private static final int SCRIPT_PREVIEW_CHARS = 200;
  private static final int MAX_BYLINE_CHARS = 120;
  private static final int MAX_JUNK_LINE_CHARS = 160;

  /** Elements that start a new paragraph. Unknown (custom) elements count as inline. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
          "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
          "tr", "ul");

  // Class/id vocabularies. A word must stand alone or be delimited by "-", "_" or whitespace, so that
  // "commentary" is not a comment section and "header" is not an ad.
  private static final Pattern COOKIE_WORDS = words("cookies?|cookie[a-z]*|consent|gdpr");
  private static final Pattern CAPTION_WORDS = words("captions?|caption[a-z]*");
  private static final Pattern SHARE_WORDS =
      words("share|shares|sharing|sharebar|sharebuttons|sharetools|sharer|social|socials|socialshare"
          + "|addthis|sharethis");
  private static final Pattern COMMENT_WORDS = words("comments?|respond|disqus|discussion");
  private static final Pattern NEWSLETTER_WORDS =
      words("newsletters?|subscribe|subscription|signup|sign-up|paywall");
  private static final Pattern AD_WORDS =
      words("ad|ads|adslot|adunit|advert|adverts|advertisement|advertising|sponsor|sponsored|promo"
          + "|promoted|dfp");
  private static final Pattern NAV_WORDS =
      words("nav|navbar|navigation|menu|breadcrumbs?|skip-link|skiplinks?");
  private static final Pattern ASIDE_WORDS =
      words("related|sidebar|recommended|recommendations|most-read|mostread|most-popular|popular"
          + "|trending|outbrain|taboola|more-stories|read-next|also-read");
  private static final Pattern BYLINE_WORDS = words("byline|bylines|by-line|author|authors|contributor");
  private static final Pattern HEADER_FOOTER_WORDS =
      words("masthead|site-header|global-header|site-footer|global-footer|page-footer|footer|copyright");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private static final String CONTENT_ROOTS = "main, [itemprop=articleBody], [role=main]";
  private static final String ARTICLE_ROOTS = "article, " + CONTENT_ROOTS;

  private static final String[] TITLE_SEPARATORS = {
    " | ", " - ", " – ", " — ", " · ", " • ", " :: ", " « ", " » "
  };

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
          "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
          "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle");

  /** Lenient, because JSON-LD in the wild has trailing commas and raw newlines in strings. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("(T.*[+-]\\d{2})(\\d{2})$");
  private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:|www\\.)|://");
  private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://[^\\s/?#@]+[^\\s]*$");
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^(by|written by|words by|reporting by)\\s*:?\\s+");

  /** Whole-paragraph boilerplate that readability lets through, with the reason recorded for it. */
  private static final List<Junk> JUNK =
      List.of(
          new Junk(
              "advertisement",
              "advertisement|advertising|advert|ad|sponsored( content)?"
                  + "|(story|article) continues below( this)?( advertisement)?"
                  + "|continue reading( below)?( the main story)?|scroll to continue( with content)?"),
          new Junk(
              "share buttons",
              "share (this|the) (article|story|page)( on \\S+)?( via \\S+)?|share on \\S+"
                  + "|(share|tweet|email|e-mail|print|copy link|whatsapp|facebook|twitter|linkedin|reddit"
                  + "|pinterest)([ ,|/•·]+(share|tweet|email|e-mail|print|copy link|whatsapp|facebook"
                  + "|twitter|linkedin|reddit|pinterest))*"),
          new Junk(
              "sidebar or related links",
              "(read|see) (more|also|next)( stories| articles| coverage)?( *[:»›>|-].*)?"
                  + "|related( articles| stories| coverage| content| topics)?( *:.*)?"
                  + "|more (on|from|about) this (story|topic)( *:.*)?|recommended( for you)?( *:.*)?"
                  + "|most (read|popular|viewed)"),
          new Junk(
              "newsletter or subscription prompt",
              "(sign up|subscribe|register)\\b.*\\b(newsletter|updates|alerts|briefing|inbox)\\b.*"
                  + "|follow (us|\\S+) on (twitter|x|facebook|instagram|linkedin|tiktok|telegram|whatsapp"
                  + "|youtube|threads|bluesky)\\b.*|get (our|the) .*newsletter.*"),
          new Junk(
              "boilerplate line",
              ".*\\b(website|site) can (also )?be accessed at\\b.*|click here\\b.*"
                  + "|(©|\\(c\\)|copyright\\b).*|all rights reserved"));

  /**
   * Extracts the main text, metadata and the record of removals from one page.
   *
   * @param html the decoded page; null is treated as empty
   * @return the result, never null
   */
  public HtmlPage extract(String html) {
    // Jsoup.parse(String) only parses; with an empty base URI no link is ever made absolute.
    Document doc = Jsoup.parse(html == null ? "" : html);
    doc.outputSettings().prettyPrint(false);
    Map<Node, Integer> order = documentOrder(doc);
    PageMeta meta = readMetadata(doc);
    Removals removals = new Removals(order);

    Element body = doc.body();
    String text = "";
    if (body != null) {
      new Cleaner(doc, body, meta.headline, removals).run();
      text = mainText(doc, body, meta, removals);
    }
    return new HtmlPage(
        text, meta.title, meta.siteName, meta.published, meta.url, meta.author, removals.inPageOrder());
  }

  // ---------------------------------------------------------------------------------------------
  // Main text

  private static String mainText(Document doc, Element body, PageMeta meta, Removals removals) {
    List<TextNode> marked = markTextNodes(body);
    List<Para> paras = List.of();
    Element content = readabilityContent(doc);
    if (content != null) {
      paras = paragraphs(content);
    }
    if (paras.isEmpty()) {
      // Readability found nothing usable (tiny or odd page): everything left after cleaning is the text.
      paras = paragraphs(body);
    }

    BitSet accounted = new BitSet(marked.size());
    List<String> kept = new ArrayList<>();
    for (Para para : paras) {
      para.ids().forEach(accounted::set);
      String reason = junkReason(para.text(), meta);
      if (reason == null) {
        kept.add(para.text());
      } else {
        removals.add(firstNode(para, marked), para.text(), reason);
      }
    }

    // Whatever visible text is neither in the article nor already recorded was left out by readability.
    for (Para block : paragraphs(body)) {
      String left = block.textExcept(accounted);
      if (!left.isEmpty()) {
        int first = block.ids().filter(id -> !accounted.get(id)).findFirst().orElse(-1);
        removals.add(first < 0 ? null : marked.get(first), left, "outside main text");
      }
    }
    return String.join("\n\n", kept);
  }

  /** Runs readability4j on a copy, so the cleaned page stays intact for the accounting. */
  private static Element readabilityContent(Document doc) {
    Document copy = doc.clone();
    // Readability re-parses its own serialisation when it retries; pretty printing would add spaces.
    copy.outputSettings().prettyPrint(false);
    try {
      Article article = new Readability4J(DUMMY_URI, copy).parse();
      return article.getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      // A library failure on a hostile or degenerate page must not lose the page: fall back to the body.
      return null;
    }
  }

  /**
   * Wraps every non-blank text node of the body in a marker span. The spans survive readability's
   * restructuring and its re-parsing, so each kept or dropped piece of text can be traced back.
   */
  private static List<TextNode> markTextNodes(Element body) {
    List<TextNode> marked = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode tn && !tn.isBlank()) {
            marked.add(tn);
          }
        },
        body);
    for (int i = 0; i < marked.size(); i++) {
      TextNode tn = marked.get(i);
      Element span = new Element("span").attr(MARK, Integer.toString(i));
      tn.before(span);
      span.appendChild(tn);
    }
    return marked;
  }

  private static Node firstNode(Para para, List<TextNode> marked) {
    int id = para.ids().findFirst().orElse(-1);
    return id < 0 ? null : marked.get(id);
  }

  private static String junkReason(String para, PageMeta meta) {
    if (meta.title != null && para.equalsIgnoreCase(meta.title)) {
      return "title (kept as title)";
    }
    if (meta.author != null && isBylineLine(para, meta.author)) {
      return "byline";
    }
    if (para.length() > MAX_JUNK_LINE_CHARS) {
      return null;
    }
    for (Junk junk : JUNK) {
      if (junk.pattern().matcher(para).matches()) {
        return junk.reason();
      }
    }
    return null;
  }

  private static boolean isBylineLine(String para, String author) {
    Matcher by = BY_PREFIX.matcher(para);
    if (!by.find()) {
      return false;
    }
    String rest = para.substring(by.end());
    return rest.regionMatches(true, 0, author, 0, author.length())
        && rest.length() <= author.length() + 60;
  }

  // ---------------------------------------------------------------------------------------------
  // Paragraph segmentation

  private record Piece(String raw, int id) {}

  /** One block of text: its collapsed text and the marked text nodes it came from. */
  private record Para(String text, List<Piece> pieces) {

    IntStream ids() {
      return pieces.stream().mapToInt(Piece::id).filter(id -> id >= 0);
    }

    /** The text without the marked nodes in {@code except}; "" when nothing else is left. */
    String textExcept(BitSet except) {
      StringBuilder b = new StringBuilder();
      boolean any = false;
      for (Piece p : pieces) {
        if (p.id() < 0) {
          b.append(p.raw());
        } else if (!except.get(p.id())) {
          b.append(p.raw());
          any = true;
        }
      }
      return any ? collapse(b.toString()) : "";
    }
  }

  /**
   * Splits {@code root} into paragraphs: each block element starts and ends one, inline markup and
   * {@code <br>} stay inside it. Iterative, so deeply nested broken markup cannot overflow the stack.
   */
  private static List<Para> paragraphs(Element root) {
    List<Para> out = new ArrayList<>();
    List<List<Piece>> current = new ArrayList<>(List.of(new ArrayList<>()));
    Runnable flush =
        () -> {
          List<Piece> pieces = current.get(0);
          if (pieces.isEmpty()) {
            return;
          }
          StringBuilder b = new StringBuilder();
          pieces.forEach(p -> b.append(p.raw()));
          String text = collapse(b.toString());
          if (!text.isEmpty()) {
            out.add(new Para(text, pieces));
          }
          current.set(0, new ArrayList<>());
        };
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode tn) {
              current.get(0).add(new Piece(tn.getWholeText(), markOf(tn)));
            } else if (node instanceof Element e) {
              if (BLOCK_TAGS.contains(e.normalName())) {
                flush.run();
              } else if (e.normalName().equals("br")) {
                current.get(0).add(new Piece(" ", -1));
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              flush.run();
            }
          }
        },
        root);
    flush.run();
    return out;
  }

  private static int markOf(TextNode tn) {
    Node parent = tn.parent();
    if (parent instanceof Element span && span.hasAttr(MARK)) {
      try {
        return Integer.parseInt(span.attr(MARK));
      } catch (NumberFormatException e) {
        // The page itself could carry an attribute of that name; it is then simply not ours.
        return -1;
      }
    }
    return -1;
  }

  /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
        continue; // zero-width space, BOM and soft hyphen are invisible and only break searches
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = b.length() > 0;
      } else {
        if (pendingSpace) {
          b.append(' ');
          pendingSpace = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String preview(String s) {
    String collapsed = collapse(s);
    if (collapsed.length() <= SCRIPT_PREVIEW_CHARS) {
      return collapsed;
    }
    int end = SCRIPT_PREVIEW_CHARS;
    if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
      end--;
    }
    return collapsed.substring(0, end) + "…";
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?:^|[\\s_-])(?:" + alternatives + ")(?=$|[\\s_-])");
  }

  private record Junk(String reason, Pattern pattern) {
    Junk(String reason, String regex) {
      this(
          reason,
          Pattern.compile(
              "(?:" + regex + ")[\\s.!:…»›>|-]*",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Removals

  private static Map<Node, Integer> documentOrder(Document doc) {
    Map<Node, Integer> order = new IdentityHashMap<>();
    NodeTraversor.traverse((node, depth) -> order.put(node, order.size()), doc);
    return order;
  }

  /** Collects removals and hands them back in the order they stood on the page. */
  private static final class Removals {
    private record Entry(int position, int sequence, Removal removal) {}

    private final Map<Node, Integer> order;
    private final List<Entry> entries = new ArrayList<>();

    Removals(Map<Node, Integer> order) {
      this.order = order;
    }

    void add(Node at, String text, String reason) {
      if (text == null || text.isBlank()) {
        return;
      }
      int position = at == null ? Integer.MAX_VALUE : order.getOrDefault(at, Integer.MAX_VALUE);
      entries.add(new Entry(position, entries.size(), new Removal(text, reason)));
    }

    List<Removal> inPageOrder() {
      return entries.stream()
          .sorted(Comparator.comparingInt(Entry::position).thenComparingInt(Entry::sequence))
          .map(Entry::removal)
          .toList();
    }
  }

  /** The kinds of page furniture removed before readability runs, in the order they are handled. */
  private enum Rule {
    SCRIPT("script (never run)"),
    STYLE("style"),
    NOSCRIPT("noscript fallback"),
    EMBED("embedded frame or object (never loaded)"),
    MEDIA("graphic or media"),
    HIDDEN("hidden on the page"),
    COOKIE("cookie notice"),
    HEADLINE("title (kept as title)"),
    CAPTION("photo caption"),
    SHARE("share buttons"),
    COMMENTS("comment form"),
    NEWSLETTER("newsletter or subscription prompt"),
    AD("advertisement"),
    NAV("navigation"),
    ASIDE("sidebar or related links"),
    BYLINE("byline"),
    DATELINE("date line"),
    HEADER_FOOTER("page header/footer"),
    FORM("form"),
    BUTTON("button");

    final String reason;

    Rule(String reason) {
      this.reason = reason;
    }
  }

  /**
   * A match of a rule. {@code weak} matches come from class names, ids or inline styles, which pages
   * misuse; they are never allowed to remove the article itself.
   */
  private record Candidate(Element element, boolean weak) {}

  /** Removes page furniture in rule order, so that nested furniture is recorded under its own name. */
  private static final class Cleaner {
    private final Document doc;
    private final Element body;
    private final Element headline;
    private final Removals removals;
    private int bodyTextLength = -1;

    Cleaner(Document doc, Element body, Element headline, Removals removals) {
      this.doc = doc;
      this.body = body;
      this.headline = headline;
      this.removals = removals;
    }

    void run() {
      Map<Rule, List<Candidate>> byRule = new EnumMap<>(Rule.class);
      for (Element e : doc.getAllElements()) {
        Rule rule = classify(e);
        if (rule != null) {
          byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(new Candidate(e, isWeak(e, rule)));
        }
      }
      for (Map.Entry<Rule, List<Candidate>> entry : byRule.entrySet()) {
        for (Candidate candidate : entry.getValue()) {
          apply(entry.getKey(), candidate);
        }
      }
    }

    private Rule classify(Element e) {
      String tag = e.normalName();
      switch (tag) {
        case "script":
          return Rule.SCRIPT;
        case "style":
          return Rule.STYLE;
        case "noscript":
          return Rule.NOSCRIPT;
        case "iframe", "frame", "frameset", "object", "embed", "applet":
          return Rule.EMBED;
        case "svg", "canvas", "video", "audio", "template":
          return Rule.MEDIA;
        case "html", "head", "body", "title", "meta", "link", "base":
          return null;
        default:
          break;
      }
      if (e == headline) {
        return Rule.HEADLINE;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      String role = e.attr("role").toLowerCase(Locale.ROOT).trim();
      if (e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()) {
        return Rule.HIDDEN;
      }
      if (COOKIE_WORDS.matcher(names).find()) {
        return Rule.COOKIE;
      }
      if (tag.equals("figcaption") || CAPTION_WORDS.matcher(names).find()) {
        return Rule.CAPTION;
      }
      if (SHARE_WORDS.matcher(names).find()) {
        return Rule.SHARE;
      }
      if (COMMENT_WORDS.matcher(names).find()
          || (tag.equals("form") && COMMENT_WORDS.matcher(e.attr("action").toLowerCase(Locale.ROOT)).find())) {
        return Rule.COMMENTS;
      }
      if (NEWSLETTER_WORDS.matcher(names).find()) {
        return Rule.NEWSLETTER;
      }
      if (AD_WORDS.matcher(names).find()) {
        return Rule.AD;
      }
      if (tag.equals("nav") || tag.equals("menu") || role.equals("navigation")
          || NAV_WORDS.matcher(names).find()) {
        return Rule.NAV;
      }
      if (tag.equals("aside") || role.equals("complementary") || ASIDE_WORDS.matcher(names).find()) {
        return Rule.ASIDE;
      }
      if (BYLINE_WORDS.matcher(names).find()
          || hasToken(e.attr("rel"), "author")
          || hasToken(e.attr("itemprop"), "author")) {
        return Rule.BYLINE;
      }
      if (tag.equals("time")) {
        return Rule.DATELINE;
      }
      if (tag.equals("header") || tag.equals("footer") || role.equals("banner")
          || role.equals("contentinfo") || HEADER_FOOTER_WORDS.matcher(names).find()) {
        return Rule.HEADER_FOOTER;
      }
      if (tag.equals("form") || tag.equals("textarea") || tag.equals("select")) {
        return Rule.FORM;
      }
      if (tag.equals("button")) {
        return Rule.BUTTON;
      }
      return null;
    }

    private static boolean isWeak(Element e, Rule rule) {
      String tag = e.normalName();
      return switch (rule) {
        case SCRIPT, STYLE, NOSCRIPT, EMBED, MEDIA, HEADLINE, BUTTON -> false;
        case CAPTION -> !tag.equals("figcaption");
        case NAV -> !(tag.equals("nav") || tag.equals("menu") || e.attr("role").equalsIgnoreCase("navigation"));
        case ASIDE -> !(tag.equals("aside") || e.attr("role").equalsIgnoreCase("complementary"));
        case HEADER_FOOTER -> !(tag.equals("header") || tag.equals("footer"));
        case FORM -> tag.equals("form");
        default -> true;
      };
    }

    private void apply(Rule rule, Candidate candidate) {
      Element e = candidate.element();
      if (e.root() != doc) {
        return; // already removed together with an enclosing piece of furniture
      }
      if (rule.ordinal() >= Rule.HIDDEN.ordinal() && rule != Rule.HEADLINE && holdsContentRoot(e)) {
        return;
      }
      if (candidate.weak() && mayHoldArticle(e)) {
        if (rule == Rule.FORM) {
          // Some sites (ASP.NET) wrap the whole page in one form: drop the form, keep what it holds.
          e.unwrap();
        }
        return;
      }
      Element target = e;
      String reason = rule.reason;
      switch (rule) {
        case SCRIPT, STYLE -> {
          removals.add(e, preview(e.data()), reason);
          e.remove();
          return;
        }
        case COMMENTS -> {
          if (e.selectFirst("form, textarea, input") == null) {
            reason = "reader comments";
          }
        }
        case FORM -> {
          if (e.selectFirst("input[type=search], [role=search]") != null
              || e.attr("role").equalsIgnoreCase("search")) {
            reason = "search form";
          }
        }
        case BYLINE -> {
          target = enclosingShortBlock(e, MAX_BYLINE_CHARS);
          if (target == null) {
            return;
          }
        }
        case DATELINE -> {
          target = enclosingShortBlock(e, 80);
          if (target == null || e.text().length() * 2 < target.text().length()) {
            return; // a date inside a sentence is part of the text
          }
        }
        default -> {}
      }
      removals.add(target, collapse(target.text()), reason);
      target.remove();
    }

    /**
     * The smallest block around {@code e} when that block is short (a byline or dateline line); null
     * when the surrounding block is long, i.e. {@code e} sits inside running text.
     */
    private static Element enclosingShortBlock(Element e, int maxChars) {
      Element block = e;
      while (block != null && !BLOCK_TAGS.contains(block.normalName())) {
        block = block.parent();
      }
      if (block == null || Set.of("body", "html", "article", "main", "section").contains(block.normalName())) {
        block = e;
      }
      return block.text().length() <= maxChars ? block : null;
    }

    private static boolean holdsContentRoot(Element e) {
      return e.is(CONTENT_ROOTS) || e.selectFirst(CONTENT_ROOTS) != null;
    }

    /** Whether a class- or style-based match is really the article's container, which pages do. */
    private boolean mayHoldArticle(Element e) {
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        return true;
      }
      if (headline != null && headline.root() == doc && e != headline && isAncestor(e, headline)) {
        return true;
      }
      if (bodyTextLength < 0) {
        bodyTextLength = body.text().length();
      }
      return bodyTextLength >= 1000 && e.text().length() * 10 >= bodyTextLength * 6;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
      for (Element p = e.parent(); p != null; p = p.parent()) {
        if (p == ancestor) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean hasToken(String value, String token) {
    for (String part : value.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (part.equals(token)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // PageMeta

  private static final class PageMeta {
    String title;
    String siteName;
    String published;
    String url;
    String author;
    /** The h1 that holds the headline; it is left out of the text. */
    Element headline;
  }

  private static PageMeta readMetadata(Document doc) {
    Map<String, List<String>> meta = metaIndex(doc);
    List<JsonNode> jsonLd = jsonLdObjects(doc);
    PageMeta m = new PageMeta();

    m.siteName = first(meta, "og:site_name", "application-name");
    String docTitle = collapse(doc.title());
    m.headline = chooseHeadline(doc, m.siteName);
    String h1 = m.headline == null ? null : emptyToNull(collapse(m.headline.text()));
    if (m.siteName == null) {
      m.siteName = siteFromTitle(docTitle, h1);
    }
    m.title =
        firstNonNull(
            stripSiteName(first(meta, "og:title"), m.siteName),
            stripSiteName(first(meta, "twitter:title"), m.siteName),
            h1,
            stripSiteName(emptyToNull(docTitle), m.siteName));

    m.published = readPublished(doc, meta, jsonLd, m.headline);
    m.url = readUrl(doc, meta);
    m.author = readAuthor(doc, meta, jsonLd);
    return m;
  }

  /** Maps each meta key (property, name or itemprop, lower-cased) to its non-blank contents. */
  private static Map<String, List<String>> metaIndex(Document doc) {
    Map<String, List<String>> index = new LinkedHashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String content = collapse(e.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : List.of("property", "name", "itemprop")) {
        String key = e.attr(attr).trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return index;
  }

  private static String first(Map<String, List<String>> meta, String... keys) {
    for (String key : keys) {
      List<String> values = meta.get(key);
      if (values != null && !values.isEmpty()) {
        return values.get(0);
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * The headline h1: one inside the article's container if there is one, else one outside the page's
   * furniture, else the first; an h1 that only holds the outlet's name (a logo) is never it.
   */
  private static Element chooseHeadline(Document doc, String siteName) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    List<Element> h1s = new ArrayList<>();
    for (Element h1 : body.getElementsByTag("h1")) {
      String text = collapse(h1.text());
      if (!text.isEmpty() && (siteName == null || !text.equalsIgnoreCase(siteName))) {
        h1s.add(h1);
      }
    }
    for (Element h1 : h1s) {
      if (h1.closest(ARTICLE_ROOTS) != null || hasToken(h1.attr("itemprop"), "headline")) {
        return h1;
      }
    }
    for (Element h1 : h1s) {
      if (h1.closest("header, nav, footer, aside") == null) {
        return h1;
      }
    }
    return h1s.isEmpty() ? null : h1s.get(0);
  }

  private static String stripSiteName(String title, String siteName) {
    if (title == null || siteName == null) {
      return title;
    }
    for (String sep : TITLE_SEPARATORS) {
      String suffix = sep + siteName;
      int at = title.length() - suffix.length();
      if (at > 0 && title.regionMatches(true, at, suffix, 0, suffix.length())) {
        return emptyToNull(title.substring(0, at).trim());
      }
      String prefix = siteName + sep;
      if (title.length() > prefix.length() && title.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return emptyToNull(title.substring(prefix.length()).trim());
      }
    }
    return title;
  }

  /**
   * The outlet's name from a {@code <title>} like "Headline - Outlet", accepted only when the part after
   * the last separator looks like a name rather than half of a headline ("Russia - Ukraine talks").
   */
  private static String siteFromTitle(String docTitle, String h1) {
    int best = -1;
    String bestSep = null;
    for (String sep : TITLE_SEPARATORS) {
      int at = docTitle.lastIndexOf(sep);
      if (at > best) {
        best = at;
        bestSep = sep;
      }
    }
    if (best <= 0) {
      return null;
    }
    String head = docTitle.substring(0, best).trim();
    String tail = docTitle.substring(best + bestSep.length()).trim();
    if (head.isEmpty() || tail.isEmpty() || tail.length() > 50) {
      return null;
    }
    int tailWords = tail.split(" ").length;
    boolean headIsHeadline = h1 != null && head.equalsIgnoreCase(h1);
    return tailWords <= 5 && (headIsHeadline || tailWords < head.split(" ").length) ? tail : null;
  }

  private static String readPublished(
      Document doc, Map<String, List<String>> meta, List<JsonNode> jsonLd, Element headline) {
    List<String> candidates = new ArrayList<>();
    for (String key :
        List.of(
            "article:published_time", "og:published_time", "date", "pubdate", "dc.date",
            "dc.date.issued", "dcterms.issued", "dcterms.date", "datepublished")) {
      candidates.addAll(meta.getOrDefault(key, List.of()));
    }
    for (Element e : doc.select("[itemprop]")) {
      if (hasToken(e.attr("itemprop"), "datepublished") && !e.normalName().equals("meta")) {
        candidates.add(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
      }
    }
    candidates.addAll(jsonLdStrings(jsonLd, "datePublished"));
    candidates.addAll(timeCandidates(doc, headline));
    for (String candidate : candidates) {
      String date = isoDate(candidate);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * {@code <time datetime>} values, best first: marked as publication date, inside the article, outside
   * the page's furniture (where a "today's date" clock lives), then any.
   */
  private static List<String> timeCandidates(Document doc, Element headline) {
    List<Element> times = doc.select("time[datetime]");
    Element articleRoot = headline == null ? null : headline.closest(ARTICLE_ROOTS);
    Set<Element> ordered = new LinkedHashSet<>();
    times.stream().filter(t -> t.hasAttr("pubdate")).forEach(ordered::add);
    if (articleRoot != null) {
      times.stream().filter(t -> t.closest(ARTICLE_ROOTS) == articleRoot).forEach(ordered::add);
    }
    times.stream().filter(t -> t.closest(ARTICLE_ROOTS) != null).forEach(ordered::add);
    times.stream().filter(t -> t.closest("header, nav, footer, aside") == null).forEach(ordered::add);
    ordered.addAll(times);
    return ordered.stream().map(t -> t.attr("datetime")).toList();
  }

  /**
   * The calendar date of an ISO-8601 date or date-time, as written (no time-zone conversion: the
   * publisher's own date is the one readers saw); null when it is not such a value.
   */
  static String isoDate(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    s = DATE_SPACE_TIME.matcher(s).replaceFirst("$1T$2");
    s = OFFSET_WITHOUT_COLON.matcher(s).replaceFirst("$1:$2");
    LocalDate date = null;
    for (DateTimeFormatter f :
        List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_DATE)) {
      try {
        if (f == DateTimeFormatter.ISO_OFFSET_DATE_TIME) {
          date = OffsetDateTime.parse(s, f).toLocalDate();
        } else if (f == DateTimeFormatter.ISO_ZONED_DATE_TIME) {
          date = ZonedDateTime.parse(s, f).toLocalDate();
        } else if (f == DateTimeFormatter.ISO_LOCAL_DATE_TIME) {
          date = LocalDateTime.parse(s, f).toLocalDate();
        } else {
          date = LocalDate.parse(s, f);
        }
        break;
      } catch (DateTimeParseException e) {
        // not this form; try the next
      }
    }
    if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
      return null;
    }
    return date.format(DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT));
  }

  private static String readUrl(Document doc, Map<String, List<String>> meta) {
    List<String> candidates = new ArrayList<>(meta.getOrDefault("og:url", List.of()));
    for (Element link : doc.getElementsByTag("link")) {
      if (hasToken(link.attr("rel"), "canonical")) {
        candidates.add(link.attr("href"));
      }
    }
    for (String c : candidates) {
      String url = c.trim();
      if (HTTP_URL.matcher(url).matches()) {
        return url;
      }
    }
    return null;
  }

  private static String readAuthor(Document doc, Map<String, List<String>> meta, List<JsonNode> jsonLd) {
    List<List<String>> sources = new ArrayList<>();
    sources.add(meta.getOrDefault("author", List.of()));
    sources.add(meta.getOrDefault("article:author", List.of()));
    sources.add(jsonLdAuthors(jsonLd));
    Element body = doc.body();
    if (body != null) {
      List<String> rel = new ArrayList<>();
      for (Element a : body.select("[rel]")) {
        if (hasToken(a.attr("rel"), "author")) {
          rel.add(a.text());
        }
      }
      sources.add(rel);
      List<String> bylines = new ArrayList<>();
      for (Element e : body.getAllElements()) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (hasToken(e.attr("itemprop"), "author") || BYLINE_WORDS.matcher(names).find()) {
          Element name = e.selectFirst("[itemprop=name]");
          bylines.add(name != null ? name.text() : e.text());
        }
      }
      sources.add(bylines);
    }
    for (List<String> source : sources) {
      Set<String> names = new LinkedHashSet<>();
      for (String raw : source) {
        String name = cleanAuthor(raw);
        if (name != null) {
          names.add(name);
        }
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  /** "By Jane Doe | Reuters" → "Jane Doe"; URLs, empty and over-long values → null. */
  private static String cleanAuthor(String raw) {
    if (raw == null) {
      return null;
    }
    String s = collapse(raw);
    s = BY_PREFIX.matcher(s).replaceFirst("");
    for (String cut : List.of(" | ", " · ", " • ", " — ")) {
      int at = s.indexOf(cut);
      if (at > 0) {
        s = s.substring(0, at);
      }
    }
    s = s.replaceAll("[\\s,;:|·•–—-]+$", "").trim();
    if (s.isEmpty() || s.length() > 100 || URL_LIKE.matcher(s).find()) {
      return null;
    }
    return s;
  }

  // JSON-LD: parsed as data only. Nothing in it is resolved, fetched or evaluated.

  private static List<JsonNode> jsonLdObjects(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.getElementsByTag("script")) {
      if (!script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      String data = script.data().trim();
      data = data.replaceFirst("^(<!--|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)", "");
      data = data.replaceFirst("(-->|//\\s*]]>|]]>)$", "").trim();
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (Exception e) {
        continue; // broken JSON-LD is common; the other sources still apply
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      if (root != null) {
        todo.add(root);
      }
      while (!todo.isEmpty() && objects.size() < 10_000) {
        JsonNode node = todo.poll();
        if (node.isObject()) {
          objects.add(node);
        }
        if (node.isContainerNode()) {
          node.forEach(todo::add);
        }
      }
    }
    // Article-typed objects first, so their dates and authors win over those of images or pages.
    List<JsonNode> sorted = new ArrayList<>(objects.stream().filter(HtmlExtractor::isArticleType).toList());
    objects.stream().filter(o -> !isArticleType(o)).forEach(sorted::add);
    return sorted;
  }

  private static boolean isArticleType(JsonNode o) {
    JsonNode type = o.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isTextual()) {
      return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }
    for (JsonNode t : type) {
      if (t.isTextual() && ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> jsonLdStrings(List<JsonNode> objects, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode o : objects) {
      JsonNode v = o.get(field);
      if (v != null && v.isTextual()) {
        values.add(v.asText());
      }
    }
    return values;
  }

  /** Author names of the first object that has any: a string, a Person/Organization, or a list. */
  private static List<String> jsonLdAuthors(List<JsonNode> objects) {
    for (JsonNode o : objects) {
      JsonNode author = o.get("author");
      if (author == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      List<JsonNode> entries = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(entries::add);
      } else {
        entries.add(author);
      }
      for (JsonNode a : entries) {
        if (a.isTextual()) {
          names.add(a.asText());
        } else if (a.isObject() && a.path("name").isTextual()) {
          names.add(a.path("name").asText());
        }
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }
}

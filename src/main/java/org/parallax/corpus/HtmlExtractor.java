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
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
 * Turns a saved web page (already decoded to a string) into the article's main text and metadata,
 * see {@link HtmlPage} for the invariants of the result.
 *
 * <p>The page is untrusted input. This class never fetches anything (no {@code Jsoup.connect}, no
 * URL resolution against the network; readability4j only sees a reserved {@code .invalid} address
 * that it uses for string concatenation) and never runs scripts: scripts are removed as text, and
 * JSON-LD is read as data by a JSON parser. {@link #extract} does not throw for any input,
 * including the empty string, broken markup and very large pages; a page without body text gives
 * {@code text == ""}.
 *
 * <p>How the text is found: obvious page furniture (scripts, navigation, share bars, captions,
 * comment forms...) is removed first and recorded with its reason; readability4j then picks the
 * main content from what is left, and its paragraphs are taken with jsoup. Every remaining piece of
 * visible text that readability left out is recorded as "outside main text". Each text node is
 * tagged before readability runs so that this accounting is exact even though readability
 * restructures the markup.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class HtmlExtractor {

  /**
   * Given to readability4j, which insists on a page address; {@code .invalid} can never resolve.
   */
  private static final String DUMMY_URI = "https://parallax.invalid/";

  /**
   * Attribute on the span that wraps each text node, holding the node's index in {@code marked}.
   */
  private static final String MARK = "data-parallax-text";

  /**
   * Above this many elements (after cleaning) readability4j gets too slow; see {@link #mainText}.
   */
  private static final int MAX_READABILITY_ELEMENTS = 10_000;

  private static final int SCRIPT_PREVIEW_CHARS = 200;
  private static final int MAX_BYLINE_CHARS = 120;
  private static final int MAX_JUNK_LINE_CHARS = 160;

  /** Elements that start a new paragraph. Unknown (custom) elements count as inline. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          String.join(
                  " ",
                  "address article aside blockquote body caption center dd details dialog dir div",
                  "dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr",
                  "html legend li main menu nav ol p pre section summary table tbody td tfoot th",
                  "thead tr ul")
              .split(" "));

  /**
   * Class and id words that name page furniture. A word is a whole token of a class or id split at
   * whitespace, "-" and "_" (or two such tokens joined by "-"), so that "commentary" is not a
   * comment section and "header" is not an ad.
   */
  private static final Map<String, Rule> CLASS_WORDS = classWords();

  private static Map<String, Rule> classWords() {
    Map<String, Rule> words = new HashMap<>();
    Map<Rule, String> lists = new EnumMap<>(Rule.class);
    lists.put(Rule.COOKIE, "cookie cookies consent gdpr");
    lists.put(Rule.CAPTION, "caption captions");
    lists.put(
        Rule.SHARE,
        "share shares sharing sharebar sharebuttons sharetools sharer social socials socialshare"
            + " addthis sharethis");
    lists.put(Rule.COMMENTS, "comment comments respond disqus discussion");
    lists.put(
        Rule.NEWSLETTER, "newsletter newsletters subscribe subscription signup sign-up paywall");
    lists.put(
        Rule.AD,
        "ad ads adslot adunit advert adverts advertisement advertising sponsor sponsored promo"
            + " promoted dfp");
    lists.put(
        Rule.NAV, "nav navbar navigation menu breadcrumb breadcrumbs skip-link skiplink skiplinks");
    lists.put(
        Rule.ASIDE,
        "related sidebar recommended recommendations most-read mostread most-popular popular"
            + " trending outbrain taboola more-stories read-next also-read");
    lists.put(Rule.BYLINE, "byline bylines by-line author authors contributor");
    lists.put(
        Rule.HEADER_FOOTER,
        "masthead site-header global-header site-footer global-footer page-footer footer"
            + " copyright");
    lists.forEach(
        (rule, list) -> {
          for (String word : list.split(" ")) {
            words.put(word, rule);
          }
        });
    return Map.copyOf(words);
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s_-]+");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  /** Blocks too large to be "the line" a byline or date stands on. */
  private static final Set<String> LARGE_CONTAINERS =
      Set.of("body", "html", "article", "main", "section");

  private static final String CONTENT_ROOTS = "main, [itemprop=articleBody], [role=main]";
  private static final String ARTICLE_ROOTS = "article, " + CONTENT_ROOTS;

  private static final String[] TITLE_SEPARATORS = {
    " | ", " - ", " – ", " — ", " · ", " • ", " :: ", " « ", " » "
  };

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "askpublicnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "report",
          "scholarlyarticle",
          "techarticle");

  /** Lenient, because JSON-LD in the wild has trailing commas and raw newlines in strings. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("(T.*[+-]\\d{2})(\\d{2})$");
  private static final Pattern DATE_SPACE_TIME =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:|www\\.)|://");
  private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://[^\\s/?#@]+[^\\s]*$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:|·•–—-]+$");
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^(by|written by|words by|reporting by)\\s*:?\\s+");

  /**
   * Whole-paragraph boilerplate that readability lets through, with the reason recorded for it.
   * Each alternative must match the entire (short) paragraph, case-insensitively, so prose is never
   * hit.
   */
  private static final List<Junk> JUNK =
      List.of(
          new Junk(
              "advertisement",
              "advertisement|advertising|advert|ad|sponsored( content)?",
              "(story|article) continues below( this)?( advertisement)?",
              "continue reading( below)?( the main story)?",
              "scroll to continue( with content)?"),
          new Junk(
              "share buttons",
              "share (this|the) (article|story|page)( on \\S+)?( via \\S+)?",
              "share on \\S+",
              "(" + Junk.SHARE_WORDS + ")([ ,|/•·]+(" + Junk.SHARE_WORDS + "))*"),
          new Junk(
              "sidebar or related links",
              "(read|see) (more|also|next)( stories| articles| coverage)?( *[:»›>|-].*)?",
              "related( articles| stories| coverage| content| topics)?( *:.*)?",
              "more (on|from|about) this (story|topic)( *:.*)?",
              "recommended( for you)?( *:.*)?",
              "most (read|popular|viewed)"),
          new Junk(
              "newsletter or subscription prompt",
              "(sign up|subscribe|register)\\b.*\\b(newsletter|updates|alerts|briefing|inbox)\\b.*",
              "follow (us|\\S+) on (" + Junk.SOCIAL_NETWORKS + ")\\b.*",
              "get (our|the) .*newsletter.*"),
          new Junk(
              "boilerplate line",
              ".*\\b(website|site) can (also )?be accessed at\\b.*",
              "click here\\b.*",
              "(©|\\(c\\)|copyright\\b).*",
              "all rights reserved"));

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
    Map<Node, Integer> order = documentOrder(doc, html == null ? 0 : html.length());
    PageMeta meta = readMetadata(doc);
    Removals removals = new Removals(order);

    Element body = doc.body();
    String text = "";
    if (body != null) {
      new Cleaner(doc, body, meta.headline, removals).run();
      text = mainText(doc, body, meta, removals);
    }
    return new HtmlPage(
        text,
        meta.title,
        meta.siteName,
        meta.published,
        meta.url,
        meta.author,
        removals.inPageOrder());
  }

  // ---------------------------------------------------------------------------------------------
  // Main text

  private static String mainText(Document doc, Element body, PageMeta meta, Removals removals) {
    List<TextNode> marked = markTextNodes(body);
    List<Para> paras;
    if (body.getAllElements().size() > MAX_READABILITY_ELEMENTS) {
      // Readability4j is quadratic in places (it removes children one at a time from long sibling
      // lists): a pathological 5 MB page takes minutes. Such pages get a cheap structural choice.
      paras = paragraphs(largestContentRoot(body));
    } else {
      Element content = readabilityContent(doc);
      paras = content == null ? List.of() : paragraphs(content);
      if (paras.isEmpty()) {
        // Readability found nothing usable (tiny or odd page): all that cleaning left is the text.
        paras = paragraphs(body);
      }
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

    // Visible text neither in the article nor already recorded is what readability left out.
    for (Para block : paragraphs(body)) {
      String left = block.textExcept(accounted);
      if (!left.isEmpty()) {
        int first = block.ids().filter(id -> !accounted.get(id)).findFirst().orElse(-1);
        // Recognisable boilerplate keeps its own name; anything else is simply not the article.
        String reason = junkReason(left, meta);
        removals.add(
            first < 0 ? null : marked.get(first),
            left,
            reason == null ? "outside main text" : reason);
      }
    }
    return String.join("\n\n", kept);
  }

  /** The declared article body, else the longest article, else main, else the body. */
  private static Element largestContentRoot(Element body) {
    Element declared = body.selectFirst("[itemprop=articleBody]");
    if (declared != null) {
      return declared;
    }
    Element best = null;
    int bestLength = -1;
    for (Element article : body.getElementsByTag("article")) {
      int length = article.text().length();
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = body.selectFirst("main, [role=main]");
    return main != null ? main : body;
  }

  /** Runs readability4j on a copy, so the cleaned page stays intact for the accounting. */
  private static Element readabilityContent(Document doc) {
    Document copy = doc.clone();
    // Readability re-parses its own serialisation when it retries; pretty printing adds spaces.
    copy.outputSettings().prettyPrint(false);
    try {
      Article article = new Readability4J(DUMMY_URI, copy).parse();
      return article.getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      // A library failure on a hostile or degenerate page must not lose the page: use the body.
      return null;
    }
  }

  /**
   * Wraps every non-blank text node of the body in a marker span. The spans survive readability's
   * restructuring and its re-parsing, so each kept or dropped piece of text can be traced back.
   */
  private static List<TextNode> markTextNodes(Element body) {
    // A page could carry the marker attribute itself to forge the accounting; it loses it here.
    body.select("[" + MARK + "]").removeAttr(MARK);
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
   * Splits {@code root} into paragraphs of marked body text: each block element starts and ends
   * one, inline markup and {@code <br>} stay inside it. Iterative, so deeply nested broken markup
   * cannot overflow the stack.
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
              int id = markOf(tn);
              // Every piece of body text is marked, so unmarked text is not the body's: on tiny
              // pages readability returns the whole document, <title> included.
              if (id >= 0 || tn.isBlank()) {
                current.get(0).add(new Piece(tn.getWholeText(), id));
              }
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
        return -1; // never ours: page-supplied markers are removed before marking
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

  private record Junk(String reason, Pattern pattern) {
    static final String SHARE_WORDS =
        "share|tweet|email|e-mail|print|copy link|whatsapp|facebook|twitter|linkedin|reddit"
            + "|pinterest";
    static final String SOCIAL_NETWORKS =
        "twitter|x|facebook|instagram|linkedin|tiktok|telegram|whatsapp|youtube|threads|bluesky";

    /** Trailing punctuation ("Read more »", "ADVERTISEMENT:") does not make a line prose. */
    Junk(String reason, String... alternatives) {
      this(
          reason,
          Pattern.compile(
              "(?:" + String.join("|", alternatives) + ")[\\s.!:…»›>|-]*",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Removals

  private static Map<Node, Integer> documentOrder(Document doc, int htmlLength) {
    // Sized from the page so that big pages do not rehash a map of a million nodes again and again.
    Map<Node, Integer> order = new IdentityHashMap<>(Math.max(1024, htmlLength / 8));
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
   * A match of a rule. {@code weak} matches come from class names, ids or inline styles, which
   * pages misuse; they are never allowed to remove the article itself. {@code structural} is the
   * rule the tag or role alone gives, applied when a weak match is refused (an aside whose class
   * says "share" is still an aside).
   */
  private record Candidate(Element element, Rule rule, boolean weak, Rule structural) {
    Candidate(Element element, Rule rule) {
      this(element, rule, false, null);
    }
  }

  /**
   * Removes page furniture in rule order, so that nested furniture is recorded under its own name.
   */
  private static final class Cleaner {
    private final Document doc;
    private final Element body;
    private final Element headline;
    private final Removals removals;
    private final Set<Element> headlineAncestors;
    private int bodyTextLength = -1;

    Cleaner(Document doc, Element body, Element headline, Removals removals) {
      this.doc = doc;
      this.body = body;
      this.headline = headline;
      this.removals = removals;
      // Taken now: the headline itself is removed early, and its containers must stay protected.
      this.headlineAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
      if (headline != null) {
        headlineAncestors.addAll(headline.parents());
      }
    }

    void run() {
      Map<Rule, List<Candidate>> byRule = new EnumMap<>(Rule.class);
      for (Element e : doc.getAllElements()) {
        Candidate candidate = classify(e);
        if (candidate != null) {
          byRule.computeIfAbsent(candidate.rule(), r -> new ArrayList<>()).add(candidate);
        }
      }
      for (List<Candidate> candidates : byRule.values()) {
        candidates.forEach(this::apply);
      }
    }

    /** The earliest rule that matches, from the element's tag and role or else from its names. */
    private Candidate classify(Element e) {
      String tag = e.normalName();
      switch (tag) {
        case "script":
          return new Candidate(e, Rule.SCRIPT);
        case "style":
          return new Candidate(e, Rule.STYLE);
        case "noscript":
          return new Candidate(e, Rule.NOSCRIPT);
        case "iframe", "frame", "frameset", "object", "embed", "applet":
          return new Candidate(e, Rule.EMBED);
        case "svg", "canvas", "video", "audio", "template":
          return new Candidate(e, Rule.MEDIA);
        case "#root", "html", "head", "body", "title", "meta", "link", "base":
          return null;
        default:
          break;
      }
      if (e == headline) {
        return new Candidate(e, Rule.HEADLINE);
      }
      Rule structural = structuralRule(e, tag);
      Rule named = namedRule(e, tag);
      if (named != null && (structural == null || named.ordinal() < structural.ordinal())) {
        return new Candidate(e, named, true, structural);
      }
      return structural == null ? null : new Candidate(e, structural);
    }

    /**
     * Rules stated by the markup's own semantics (tags and ARIA roles), which pages rarely misuse.
     */
    private static Rule structuralRule(Element e, String tag) {
      switch (tag) {
        case "figcaption":
          return Rule.CAPTION;
        case "nav", "menu":
          return Rule.NAV;
        case "aside":
          return Rule.ASIDE;
        case "time":
          return Rule.DATELINE;
        case "header", "footer":
          return Rule.HEADER_FOOTER;
        case "textarea", "select":
          return Rule.FORM;
        case "button":
          return Rule.BUTTON;
        default:
          break;
      }
      if (!e.hasAttr("role")) {
        return null;
      }
      switch (e.attr("role").trim().toLowerCase(Locale.ROOT)) {
        case "navigation":
          return Rule.NAV;
        case "complementary":
          return Rule.ASIDE;
        case "banner", "contentinfo":
          return Rule.HEADER_FOOTER;
        default:
          return null;
      }
    }

    /** Rules guessed from class names, ids, inline styles and the like. */
    private static Rule namedRule(Element e, String tag) {
      if (e.hasAttr("hidden")
          || (e.hasAttr("style")
              && HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find())) {
        return Rule.HIDDEN;
      }
      Set<Rule> rules = classWordRules(e);
      if (tag.equals("form")) {
        rules.add(
            classWordRules(e.attr("action")).contains(Rule.COMMENTS) ? Rule.COMMENTS : Rule.FORM);
      }
      if (hasToken(e.attr("rel"), "author") || hasToken(e.attr("itemprop"), "author")) {
        rules.add(Rule.BYLINE);
      }
      return rules.isEmpty() ? null : rules.iterator().next();
    }

    private void apply(Candidate candidate) {
      Element e = candidate.element();
      Rule rule = candidate.rule();
      if (e.root() != doc) {
        return; // already removed together with an enclosing piece of furniture
      }
      if (rule.ordinal() >= Rule.HIDDEN.ordinal() && rule != Rule.HEADLINE && holdsContentRoot(e)) {
        return;
      }
      if (candidate.weak() && mayHoldArticle(e, rule)) {
        if (rule == Rule.FORM) {
          // Some sites (ASP.NET) wrap the whole page in one form: drop the form, keep its content.
          e.unwrap();
        } else if (candidate.structural() != null) {
          apply(new Candidate(e, candidate.structural()));
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
     * The line that {@code e} (a byline or date) stands on, when that line is short; null when
     * {@code e} sits inside running text.
     */
    private static Element enclosingShortBlock(Element e, int maxChars) {
      Element block = e;
      while (block != null && !BLOCK_TAGS.contains(block.normalName())) {
        block = block.parent();
      }
      if (block == null || LARGE_CONTAINERS.contains(block.normalName())) {
        // Directly inside the article: a line of its own only if no sentence runs on around it.
        if (hasTextNeighbour(e.previousSibling()) || hasTextNeighbour(e.nextSibling())) {
          return null;
        }
        block = e;
      }
      return block.text().length() <= maxChars ? block : null;
    }

    private static boolean hasTextNeighbour(Node sibling) {
      return sibling instanceof TextNode tn && !tn.isBlank()
          || sibling instanceof Element el && !BLOCK_TAGS.contains(el.normalName());
    }

    private static boolean holdsContentRoot(Element e) {
      return e.is(CONTENT_ROOTS) || e.selectFirst(CONTENT_ROOTS) != null;
    }

    /** Whether a class- or style-based match is really the article's container, which pages do. */
    private boolean mayHoldArticle(Element e, Rule rule) {
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        return true;
      }
      if (headlineAncestors.contains(e)) {
        return true;
      }
      if (rule == Rule.FORM && e.selectFirst("article") != null) {
        return true;
      }
      if (bodyTextLength < 0) {
        bodyTextLength = body.text().length();
      }
      return bodyTextLength >= 1000 && e.text().length() * 10 >= bodyTextLength * 6;
    }
  }

  /** The furniture rules named by an element's class and id words, earliest rule first. */
  private static Set<Rule> classWordRules(Element e) {
    String className = e.className();
    String id = e.id();
    if (className.isEmpty() && id.isEmpty()) {
      return EnumSet.noneOf(Rule.class);
    }
    return classWordRules(className + " " + id);
  }

  private static Set<Rule> classWordRules(String names) {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    String[] tokens = NAME_SEPARATORS.split(names.toLowerCase(Locale.ROOT).trim());
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      Rule rule = CLASS_WORDS.get(token);
      if (rule == null && i + 1 < tokens.length) {
        rule = CLASS_WORDS.get(token + "-" + tokens[i + 1]);
      }
      if (rule == null && token.startsWith("cookie")) {
        rule = Rule.COOKIE; // cookiebanner, cookienotice, cookiebar...
      } else if (rule == null && token.startsWith("caption")) {
        rule = Rule.CAPTION; // captiontext, captionwrap...
      }
      if (rule != null) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /** Whether a space-separated attribute value such as {@code rel} holds {@code token}. */
  private static boolean hasToken(String value, String token) {
    if (value.isEmpty()) {
      return false;
    }
    for (String part : WHITESPACE.split(value.toLowerCase(Locale.ROOT))) {
      if (part.equals(token)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Metadata

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
   * The headline h1: one inside the article's container if there is one, else one outside the
   * page's furniture, else the first; an h1 that only holds the outlet's name (a logo) is never it.
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
      if (title.length() > prefix.length()
          && title.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return emptyToNull(title.substring(prefix.length()).trim());
      }
    }
    return title;
  }

  /**
   * The outlet's name from a {@code <title>} like "Headline - Outlet", accepted only when the part
   * after the last separator looks like a name rather than half of a headline ("Russia - Ukraine
   * talks").
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
            "article:published_time",
            "og:published_time",
            "date",
            "pubdate",
            "dc.date",
            "dc.date.issued",
            "dcterms.issued",
            "dcterms.date",
            "datepublished")) {
      candidates.addAll(meta.getOrDefault(key, List.of()));
    }
    for (Element e : doc.select("[itemprop]")) {
      if (hasToken(e.attr("itemprop"), "datepublished") && !e.normalName().equals("meta")) {
        candidates.add(
            e.hasAttr("datetime")
                ? e.attr("datetime")
                : e.hasAttr("content") ? e.attr("content") : e.text());
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
   * {@code <time datetime>} values, best first: marked as publication date, inside the article,
   * outside the page's furniture (where a "today's date" clock lives), then any.
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
    times.stream()
        .filter(t -> t.closest("header, nav, footer, aside") == null)
        .forEach(ordered::add);
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

  private static String readAuthor(
      Document doc, Map<String, List<String>> meta, List<JsonNode> jsonLd) {
    Element body = doc.body();
    // Suppliers, because the last sources walk the whole page and are rarely needed.
    List<Supplier<List<String>>> sources =
        List.of(
            () -> meta.getOrDefault("author", List.of()),
            () -> meta.getOrDefault("article:author", List.of()),
            () -> jsonLdAuthors(jsonLd),
            () -> body == null ? List.of() : relAuthors(body),
            () -> body == null ? List.of() : bylines(body));
    for (Supplier<List<String>> source : sources) {
      Set<String> names = new LinkedHashSet<>();
      for (String raw : source.get()) {
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

  private static List<String> relAuthors(Element body) {
    List<String> names = new ArrayList<>();
    for (Element a : body.select("[rel]")) {
      if (hasToken(a.attr("rel"), "author")) {
        names.add(a.text());
      }
    }
    return names;
  }

  private static List<String> bylines(Element body) {
    List<String> names = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (hasToken(e.attr("itemprop"), "author") || classWordRules(e).contains(Rule.BYLINE)) {
        Element name = e.selectFirst("[itemprop=name]");
        names.add(name != null ? name.text() : e.text());
      }
    }
    return names;
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
    s = TRAILING_PUNCTUATION.matcher(s).replaceFirst("").trim();
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
    List<JsonNode> sorted =
        new ArrayList<>(objects.stream().filter(HtmlExtractor::isArticleType).toList());
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

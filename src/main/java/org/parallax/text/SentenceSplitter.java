package org.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits cleaned article text into sentences, tuned for news prose.
 *
 * <p>The ranges returned by {@link #split(String)} satisfy these invariants:
 *
 * <ul>
 *   <li>they are in text order and do not overlap;
 *   <li>none is empty, and none starts or ends with whitespace (as defined by {@link
 *       #isWhitespace(char)}, which includes no-break and zero-width spaces);
 *   <li>together they cover every non-whitespace character of the text: only whitespace lies
 *       before, between and after them.
 * </ul>
 *
 * <p>Every line is a paragraph and a paragraph end ends a sentence, so headlines and sub-headings
 * without final punctuation are sentences of their own. The one exception is a quotation left open
 * in mid-sentence (no terminal punctuation) whose next paragraph visibly continues it (lowercase,
 * {@code [}, an ellipsis, a dash...): the two paragraphs then form one sentence.
 *
 * <p>Inside a paragraph, a sentence may end only after terminal punctuation ({@code . ! ? …} and
 * CJK full stops) optionally followed by closing quotes and brackets, which stay with the sentence
 * they close. Rules that know news conventions (titles, dotted abbreviations, middle initials,
 * datelines, photo credits, quote attributions) decide first; OpenNLP's English model decides the
 * remaining cases.
 *
 * <p>Instances are thread-safe: the model is loaded once and shared, and each thread gets its own
 * OpenNLP detector, which is not thread-safe. Running time is linear in the text length.
 */
public final class SentenceSplitter {

  /** Resource at the root of {@code opennlp-models-sentdetect-en}. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Longer "words" are never abbreviations; also bounds every look-around. */
  private static final int MAX_WORD = 40;
  /** Characters of each token shown to OpenNLP; its features only look one token each way. */
  private static final int WINDOW_TOKEN = 64;
  /** A photo credit like "(AFP file photo)" is short; a longer parenthesis is prose. */
  private static final int MAX_PARENTHETICAL = 60;

  private static final String TERMINALS = ".!?…‽؟。！？｡";
  /** CJK full stops end a sentence with no space after them. */
  private static final String STRONG_TERMINALS = "。！？｡";
  private static final String QUESTION_MARKS = "!?‽؟";
  /** Marks whose direction we infer from their position, since writers mix them up. */
  private static final String DOUBLE_QUOTES = "\"“”„‟«»";
  private static final String SINGLE_QUOTES = "'‘’‹›";
  /** After terminal punctuation, any quote mark closes (even "“", a common mistake). */
  private static final String CLOSERS = DOUBLE_QUOTES + SINGLE_QUOTES + ")]}」』）》〉】";
  /** Marks that may follow a CJK full stop inside the sentence it ends. */
  private static final String CJK_CLOSERS = "”’»›」』）》〉】)]}";
  private static final String OPENERS = DOUBLE_QUOTES + SINGLE_QUOTES + "([{¿¡「『（《〈【";
  private static final String LINE_BREAKS = "\n\r\u000B\u000C\u0085\u2028\u2029";
  /** A quote mark right after one of these (or a space) opens a quotation. */
  private static final String BEFORE_OPENING_QUOTE = "([{—–-/:";
  /** A paragraph starting with one of these continues an open quotation (or a lowercase letter). */
  private static final String CONTINUATION_STARTS = "[…,;:–—-.";

  /** Never end a sentence: titles before names, and Latin abbreviations in mid-sentence. */
  private static final Set<String> NEVER_FINAL =
      Set.of(
          "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Sen", "Sens",
          "Rep", "Reps", "Gov", "Lt", "Col", "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr", "Cdr",
          "Brig", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Amb", "Atty", "Fr",
          "Mt", "Ft",
          "e.g", "i.e", "vs", "v", "cf", "viz", "approx");

  /** Abbreviations that do not end a sentence when a number follows ("No. 10"). */
  private static final Set<String> BEFORE_NUMBER =
      Set.of("No", "Nos", "Vol", "Vols", "Art", "Arts", "Fig", "Figs", "Sec", "Ch", "p", "pp");

  /**
   * Abbreviations that often sit inside a sentence but may also end one ("Apple Inc. The company
   * said"); treated like dotted initials.
   */
  private static final Set<String> SOMETIMES_FINAL =
      Set.of(
          "Inc", "Corp", "Ltd", "Co", "Cos", "Plc", "Bros", "Jr", "Sr", "St", "Mt", "Ave", "Blvd",
          "Dept", "Univ", "etc", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
          "Sept", "Oct", "Nov", "Dec");

  /** Lowercase abbreviations: a period after them is no evidence of a sentence end. */
  private static final Set<String> LOWERCASE_ABBREVIATIONS =
      Set.of(
          "etc", "al", "approx", "ca", "cf", "esp", "est", "fig", "figs", "incl", "min", "max",
          "misc", "no", "nos", "pp", "vol", "vols", "vs", "viz", "ft", "yr", "yrs", "mo", "hr",
          "hrs", "sq", "oz", "lb", "lbs", "km", "kg", "dept", "govt", "corp", "inc", "ltd", "co");

  /**
   * Words that start a new sentence after an abbreviation or initial ("talks with the U.S. The
   * ministry said"). Capitalisation alone proves nothing there, because the capitalised word after
   * "U.S." or "K." is usually part of a name or title ("U.S. President", "Sergei K. Shoigu").
   * Pronouns, determiners, conjunctions and a few sentence adverbs and prepositions are almost
   * never capitalised in mid-sentence, so they are a safe, small signal.
   */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
          "Their", "Our", "My", "This", "That", "These", "Those", "There", "Here", "But", "And",
          "Or", "So", "Yet", "However", "Meanwhile", "In", "On", "At", "For", "After", "Before",
          "When", "While", "If", "Although", "Though", "Since", "Because", "What", "Why", "How",
          "Who", "Some", "Many", "Most", "All", "Both", "Such", "Earlier", "Later", "Also",
          "Still", "Now", "Then", "According");

  /** Verbs of a quote attribution: "“Why?” Kerry asked." is one sentence. */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "said", "says", "asked", "asks", "added", "adds", "told", "tells", "replied", "replies",
          "wrote", "writes", "stated", "noted", "insisted", "insists", "continued", "explained",
          "declared", "warned", "warns", "shouted", "cried", "exclaimed", "answered", "recalled",
          "concluded", "suggested", "argued", "quipped");

  private final SentenceModel model;
  private final ThreadLocal<SentenceDetectorME> detectors;

  /** Loads the OpenNLP English sentence model from the class path. */
  public SentenceSplitter() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model not on the class path: "
            + MODEL_RESOURCE);
      }
      model = new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
    }
    detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
  }

  /** A process-wide instance, created on first use. */
  public static SentenceSplitter shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final SentenceSplitter INSTANCE = new SentenceSplitter();
  }

  /**
   * Whether {@code c} counts as whitespace for the invariants of {@link #split(String)}: Java
   * whitespace, Unicode space separators (such as no-break space), line separators, zero-width
   * space and byte-order mark.
   */
  public static boolean isWhitespace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u0085'
        || c == '\u200B'
        || c == '\uFEFF';
  }

  /**
   * {@code [start, end)} of {@code text} without the whitespace ({@link #isWhitespace}) at its edges; an
   * empty range (start = end) when there is nothing else.
   */
  public static TextRange trimmed(String text, int start, int end) {
    int a = start;
    int b = end;
    while (a < b && isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new TextRange(a, b);
  }

  /**
   * Returns the sentences of {@code text} as ranges into it, in order; see the class description
   * for the invariants. Blank text gives an empty list.
   */
  public List<TextRange> split(String text) {
    Objects.requireNonNull(text, "text");
    return bounded(text, new Pass(text, detectors.get()).run());
  }

  /**
   * The longest sentence, in characters. News sentences stay far below it; a longer "sentence" is a
   * table, a list or text without punctuation, and every later stage (tagging especially, whose beam
   * search runs over a whole sentence) must stay near-linear on it, so it is cut into pieces.
   */
  static final int MAX_SENTENCE = 2000;

  /** {@code sentences} with each one longer than {@link #MAX_SENTENCE} cut at whitespace, trimmed. */
  static List<TextRange> bounded(String text, List<TextRange> sentences) {
    List<TextRange> out = null;
    for (int i = 0; i < sentences.size(); i++) {
      TextRange s = sentences.get(i);
      if (s.end() - s.start() <= MAX_SENTENCE) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(sentences.subList(0, i));
      }
      int start = s.start();
      while (start < s.end()) {
        int end = Math.min(s.end(), start + MAX_SENTENCE);
        if (end < s.end()) {
          // Cut after a clause mark if there is one in the last quarter, else at whitespace, else hard
          // (between code points, never inside a surrogate pair).
          int cut = -1;
          for (int k = end; k > start + MAX_SENTENCE * 3 / 4 && cut < 0; k--) {
            char c = text.charAt(k - 1);
            if ((c == ';' || c == ',' || c == ':') && isWhitespace(text.charAt(k))) {
              cut = k;
            }
          }
          for (int k = end; k > start + 1 && cut < 0; k--) {
            if (isWhitespace(text.charAt(k))) {
              cut = k;
            }
          }
          if (cut < 0) {
            cut = Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
          }
          end = cut;
        }
        TextRange piece = trimmed(text, start, end);
        if (piece.end() > piece.start()) {
          out.add(piece);
        }
        start = Math.max(end, start + 1);
      }
    }
    return out == null ? sentences : out;
  }

  /** The state of one call of {@link #split}. */
  private static final class Pass {
    private final String text;
    private final SentenceDetectorME detector;
    private final List<TextRange> out = new ArrayList<>();
    /** Sentence left open at the end of the previous paragraph (a quotation runs on), or -1. */
    private int openStart = -1;
    private int openEnd = -1;

    Pass(String text, SentenceDetectorME detector) {
      this.text = text;
      this.detector = detector;
    }

    List<TextRange> run() {
      int n = text.length();
      int lineStart = 0;
      while (lineStart < n) {
        int lineEnd = lineStart;
        while (lineEnd < n && LINE_BREAKS.indexOf(text.charAt(lineEnd)) < 0) {
          lineEnd++;
        }
        TextRange line = trimmed(text, lineStart, lineEnd);
        lineStart = lineEnd + 1;
        if (line.start() < line.end()) {
          paragraph(line.start(), line.end());
        }
      }
      closeOpenSentence();
      return out;
    }

    private void closeOpenSentence() {
      if (openStart >= 0) {
        out.add(new TextRange(openStart, openEnd));
        openStart = -1;
      }
    }

    /** Splits the non-blank, trimmed paragraph {@code [ps, pe)}. */
    private void paragraph(int ps, int pe) {
      int start;
      boolean quoteOpen;
      if (openStart >= 0 && continuesQuotation(ps)) {
        start = openStart;
        quoteOpen = true;
        openStart = -1;
      } else {
        closeOpenSentence();
        start = ps;
        quoteOpen = false;
      }
      boolean endsWithTerminal = false;
      int i = ps;
      while (i < pe) {
        int ts = i;
        boolean afterStrong = false;
        char c;
        while (i < pe && !isWhitespace(c = text.charAt(i))) {
          boolean quote = DOUBLE_QUOTES.indexOf(c) >= 0;
          boolean opens = quote && opensQuotation(ps, pe, i, quoteOpen);
          if (afterStrong && TERMINALS.indexOf(c) < 0 && CJK_CLOSERS.indexOf(c) < 0
              && (opens || !quote)) {
            // CJK text has no spaces between sentences.
            out.add(new TextRange(start, i));
            start = i;
            afterStrong = false;
          }
          if (STRONG_TERMINALS.indexOf(c) >= 0) {
            afterStrong = true;
          }
          if (quote) {
            quoteOpen = opens;
          }
          i++;
        }
        int te = i;
        while (i < pe && isWhitespace(text.charAt(i))) {
          i++;
        }
        int suffixStart = terminalSuffixStart(ts, te);
        endsWithTerminal = suffixStart >= 0;
        if (endsWithTerminal && i < pe && endsSentence(ps, pe, ts, suffixStart, te, i)) {
          out.add(new TextRange(start, te));
          start = i;
        }
      }
      if (quoteOpen && !endsWithTerminal) {
        openStart = start;
        openEnd = pe;
      } else {
        out.add(new TextRange(start, pe));
      }
    }

    /**
     * A paragraph continues the open quotation of the previous one when it visibly starts in
     * mid-sentence; an opening quote mark instead starts a new sentence (news convention).
     */
    private boolean continuesQuotation(int ps) {
      int c = text.codePointAt(ps);
      return Character.isLowerCase(c) || CONTINUATION_STARTS.indexOf(c) >= 0;
    }

    /**
     * Direction of the quote mark at {@code i}. Latin-script writers mix up the shapes (“ as a
     * closer), so there the neighbours decide; CJK text has no spaces, so there the shape decides.
     */
    private boolean opensQuotation(int ps, int pe, int i, boolean quoteOpen) {
      char before = i > ps ? text.charAt(i - 1) : ' ';
      if (isCjk(before)) {
        char c = text.charAt(i);
        if (c == '"') {
          return !quoteOpen;
        }
        return "“„‟«".indexOf(c) >= 0;
      }
      char after = i + 1 < pe ? text.charAt(i + 1) : ' ';
      return (isWhitespace(before) || BEFORE_OPENING_QUOTE.indexOf(before) >= 0)
          && !isWhitespace(after);
    }

    /**
     * Start of the run of terminal punctuation and closing marks that ends token {@code [ts, te)},
     * or -1 if the token does not end with terminal punctuation.
     */
    private int terminalSuffixStart(int ts, int te) {
      int k = te;
      boolean terminal = false;
      while (k > ts) {
        char c = text.charAt(k - 1);
        if (TERMINALS.indexOf(c) >= 0) {
          terminal = true;
        } else if (CLOSERS.indexOf(c) < 0) {
          break;
        }
        k--;
      }
      return terminal ? k : -1;
    }

    /**
     * Whether the sentence ends after token {@code [ts, te)}, whose punctuation starts at {@code
     * suffixStart}; the next token starts at {@code ns}.
     */
    private boolean endsSentence(int ps, int pe, int ts, int suffixStart, int te, int ns) {
      boolean strong = false;
      boolean question = false;
      boolean closingQuote = false;
      boolean closer = false;
      boolean terminalAfterCloser = false;
      for (int k = suffixStart; k < te; k++) {
        char c = text.charAt(k);
        strong |= STRONG_TERMINALS.indexOf(c) >= 0;
        question |= QUESTION_MARKS.indexOf(c) >= 0;
        closingQuote |= DOUBLE_QUOTES.indexOf(c) >= 0 || SINGLE_QUOTES.indexOf(c) >= 0;
        terminalAfterCloser |= closer && TERMINALS.indexOf(c) >= 0;
        closer |= CLOSERS.indexOf(c) >= 0;
      }
      if (strong) {
        return true;
      }
      int nc = ns;
      while (nc < pe && nc - ns < MAX_WORD && OPENERS.indexOf(text.charAt(nc)) >= 0) {
        nc++;
      }
      int first = nc < pe ? text.codePointAt(nc) : ' ';
      // "Yes... no", "e.g. here", "the U.S. president": a sentence never starts in lowercase.
      if (Character.isLowerCase(first)) {
        return false;
      }
      // "Washington, DC. (AFP photo)": a photo credit belongs to its caption.
      if (shortParentheticalAt(ns, pe)) {
        return false;
      }
      if (question) {
        return !(closingQuote && attributionAt(ns, pe));
      }
      // "(in D.C.). Next", "“...at the same time”. Both": this period is no abbreviation's.
      if (terminalAfterCloser) {
        return true;
      }
      String word = wordBefore(ts, suffixStart);
      if (word != null) {
        if (inSet(NEVER_FINAL, word) || inSet(NEVER_FINAL, afterHyphen(word))) {
          return false; // "Gen.", and the title or "Mt." of a compound: "ex-Gov.", "the Aoraki-Mt. Cook park"
        }
        if (inSet(BEFORE_NUMBER, word) && Character.isDigit(first)) {
          return false;
        }
        if (inSet(SOMETIMES_FINAL, word) || isDottedInitials(word)) {
          return startsSentence(nc, pe);
        }
        if (isPlainLowercaseWord(word)) {
          // "...in the region. The" needs no model; OpenNLP sometimes misses it.
          return true;
        }
      }
      return modelSplits(ps, pe, ts, te, ns);
    }

    /** The token before its final punctuation, without opening marks; null if too long. */
    private String wordBefore(int ts, int suffixStart) {
      int ws = ts;
      while (ws < suffixStart && OPENERS.indexOf(text.charAt(ws)) >= 0) {
        ws++;
      }
      if (ws == suffixStart || suffixStart - ws > MAX_WORD) {
        return null;
      }
      return text.substring(ws, suffixStart);
    }

    /** "(AFP file photo)" ending the paragraph or followed by terminal punctuation. */
    private boolean shortParentheticalAt(int ns, int pe) {
      if (text.charAt(ns) != '(') {
        return false;
      }
      int limit = Math.min(pe, ns + MAX_PARENTHETICAL);
      for (int j = ns + 1; j < limit; j++) {
        char c = text.charAt(j);
        if (c == ')') {
          int k = j + 1;
          boolean terminal = false;
          while (k < pe && (TERMINALS.indexOf(text.charAt(k)) >= 0
              || CLOSERS.indexOf(text.charAt(k)) >= 0)) {
            terminal |= TERMINALS.indexOf(text.charAt(k)) >= 0;
            k++;
          }
          return k == pe || (terminal && isWhitespace(text.charAt(k)));
        }
        if (c == '(' || TERMINALS.indexOf(c) >= 0) {
          return false;
        }
      }
      return false;
    }

    /** "Kerry asked", "Secretary John Kerry told": capitalised words, then a speech verb. */
    private boolean attributionAt(int ns, int pe) {
      int p = ns;
      for (int t = 0; t < 4 && p < pe; t++) {
        int e = p;
        while (e < pe && e - p <= MAX_WORD && !isWhitespace(text.charAt(e))) {
          e++;
        }
        if (e - p > MAX_WORD) {
          return false;
        }
        int a = p;
        while (a < e && !Character.isLetter(text.charAt(a))) {
          a++;
        }
        int b = e;
        while (b > a && !Character.isLetter(text.charAt(b - 1))) {
          b--;
        }
        String core = text.substring(a, b);
        if (t > 0 && SPEECH_VERBS.contains(core)) {
          return true;
        }
        if (core.isEmpty() || !(Character.isUpperCase(core.charAt(0)) || core.equals("the"))) {
          return false;
        }
        p = e;
        while (p < pe && isWhitespace(text.charAt(p))) {
          p++;
        }
      }
      return false;
    }

    /** Whether the word at {@code nc} is one of {@link #SENTENCE_STARTERS}. */
    private boolean startsSentence(int nc, int pe) {
      int e = nc;
      while (e < pe && e - nc <= MAX_WORD && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (e == nc || e - nc > MAX_WORD) {
        return false;
      }
      // "A-10", "A. Smith": not the article.
      if (e < pe && (text.charAt(e) == '-' || text.charAt(e) == '.')) {
        return false;
      }
      return SENTENCE_STARTERS.contains(text.substring(nc, e));
    }

    /**
     * Asks OpenNLP about the break after token {@code [ts, te)}. Its features only look at the
     * tokens before and after, so it gets just those (capped): the cost per candidate is bounded,
     * which keeps long texts linear (on a whole paragraph of dotted junk it is quadratic).
     */
    private boolean modelSplits(int ps, int pe, int ts, int te, int ns) {
      int ws;
      if (te - ts > WINDOW_TOKEN) {
        ws = te - WINDOW_TOKEN;
      } else {
        int p = ts;
        while (p > ps && isWhitespace(text.charAt(p - 1))) {
          p--;
        }
        ws = p;
        while (ws > ps && !isWhitespace(text.charAt(ws - 1)) && p - ws < WINDOW_TOKEN) {
          ws--;
        }
      }
      int we = ns;
      while (we < pe && !isWhitespace(text.charAt(we)) && we - ns < WINDOW_TOKEN) {
        we++;
      }
      char[] window = new char[we - ws];
      for (int k = ws; k < we; k++) {
        char c = text.charAt(k);
        // OpenNLP only knows ASCII spaces as token separators.
        window[k - ws] = isWhitespace(c) ? ' ' : c;
      }
      int target = te - ws;
      for (Span span : detector.sentPosDetect(new String(window))) {
        if (span.getEnd() == target) {
          return true;
        }
      }
      return false;
    }
  }

  /** The part of a hyphenated word after its last hyphen ("Mt" of "Aoraki-Mt"), or "" when it has none. */
  private static String afterHyphen(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && hyphen < word.length() - 1 ? word.substring(hyphen + 1) : "";
  }

  /** Looks the word up as written, and all-caps words also as capitalised ("MR" as "Mr"). */
  private static boolean inSet(Set<String> set, String word) {
    if (set.contains(word)) {
      return true;
    }
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
        && Character.isLetter(word.charAt(0))) {
      return set.contains(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static boolean isCjk(char c) {
    if (STRONG_TERMINALS.indexOf(c) >= 0) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** "K" (a middle initial), "U.S", "D.C", "a.m": single letters joined by periods. */
  private static boolean isDottedInitials(String word) {
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    if (word.length() % 2 == 0) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (k % 2 == 0 ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /** An ordinary lowercase word such as "region", which cannot be an abbreviation. */
  private static boolean isPlainLowercaseWord(String word) {
    if (word.length() < 2 || LOWERCASE_ABBREVIATIONS.contains(word)) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isLowerCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}

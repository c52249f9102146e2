package org.parallax.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.text.SentenceSplitter;

/**
 * Finds the quoted stretches of a text from its quotation marks alone, without deciding who
 * speaks.
 *
 * <p>Rules, all local so that one bad mark cannot derail the rest of the article:
 *
 * <ul>
 *   <li>Double marks ({@code " “ ” „ ‟ « »} and {@code `` ''}) are one family: writers mix them,
 *       and a quotation opened with “ and closed with “ (as in {@code Syria“, he added}) is still
 *       one quotation. A mark's direction comes from its neighbours: a space before and a letter
 *       after opens, a letter before and a space or punctuation after closes; the glyph decides
 *       only when the neighbours do not.
 *   <li>A straight {@code "} glued to {@code : , { =} or a letter on both sides is markup (JSON,
 *       code), not a quotation mark.
 *   <li>Every line is a paragraph. An open quotation at the end of a paragraph (a) ends there
 *       when the next paragraph starts with an opening mark, the news convention for quotations
 *       running over several paragraphs: each paragraph's part is a quotation of its own; (b) is
 *       carried over when the break is inside a sentence (no
 *       terminal punctuation, or a single line break) and the next paragraph closes the
 *       quotation before opening another; (c) otherwise it ends with the sentence it started in.
 *       An opening mark met while a quotation is open likewise ends the open one. So an unclosed
 *       mark never swallows more than a sentence, or the paragraph under the news convention.
 *   <li>Single marks ({@code ‘ ’ '}) are apostrophes unless a space-preceded opener before a
 *       letter pairs with a closer before a space or punctuation in the same paragraph; a closer
 *       like {@code troops’ } (an "s" before, a space after) is passed over when another closer
 *       follows. Single quotations are looked for only outside double ones (nested quotations are
 *       part of the outer one).
 *   <li>A stretch whose words contain no letter or digit, or that looks like markup (braces, a
 *       straight quote mark before a colon or comma), is dropped.
 * </ul>
 */
final class QuoteScanner {

  private QuoteScanner() {}

  /**
   * A quoted stretch: {@code [open, close)} with its marks, {@code [contentStart, contentEnd)}
   * the words inside (trimmed of spaces and of a trailing comma, semicolon or colon). Each
   * paragraph of a multi-paragraph quotation is a stretch of its own.
   */
  record Stretch(int open, int close, int contentStart, int contentEnd, boolean closed) {}

  private enum Dir {
    OPEN,
    CLOSE,
    EITHER,
    IGNORE
  }

  private record Mark(int pos, int len, Dir dir) {}

  private static final String DOUBLE = "\"“”„‟«»";
  private static final String SINGLE_OPEN = "‘'‛";
  private static final String SINGLE_CLOSE = "’'‘";
  private static final String TERMINAL = ".!?…:;";

  /** Finds the quoted stretches of {@code text}; {@code bounds} caps unclosed quotations. */
  static List<Stretch> scan(String text, SentenceBounds bounds) {
    List<int[]> paragraphs = paragraphs(text);
    List<Stretch> doubles = scanDoubles(text, paragraphs, bounds);
    List<Stretch> singles = scanSingles(text, paragraphs, doubles);
    if (singles.isEmpty()) {
      return doubles;
    }
    // A double quotation inside a single one is nested: keep the outer one only.
    List<Stretch> all = new ArrayList<>(singles);
    for (Stretch d : doubles) {
      boolean nested = false;
      for (Stretch s : singles) {
        if (s.open() <= d.open() && d.close() <= s.close()) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        all.add(d);
      }
    }
    all.sort(Comparator.comparingInt(Stretch::open));
    return all;
  }

  /** Lines with text, as {@code [start, end, hardBreakBefore ? 1 : 0]}. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int newlines = 0;
    while (i < n) {
      int s = i;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      int e = i;
      int ts = s;
      while (ts < e && isSpace(text.charAt(ts))) {
        ts++;
      }
      int te = e;
      while (te > ts && isSpace(text.charAt(te - 1))) {
        te--;
      }
      if (te > ts) {
        out.add(new int[] {ts, te, newlines > 1 ? 1 : 0});
        newlines = 0;
      }
      while (i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
        if (text.charAt(i) == '\n') {
          newlines++;
        }
        i++;
      }
      if (te == ts && e > s) {
        newlines++;
      }
    }
    return out;
  }

  /** Space as the sentence splitter counts it (no-break, zero-width, NEL and BOM included). */
  private static boolean isSpace(char c) {
    return SentenceSplitter.isWhitespace(c);
  }

  private static List<Mark> doubleMarks(String text, int from, int to) {
    List<Mark> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '`' && i + 1 < to && text.charAt(i + 1) == '`') {
        out.add(new Mark(i, 2, Dir.OPEN));
        i++;
      } else if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\''
          && (i + 2 >= to || text.charAt(i + 2) != '\'')) {
        out.add(new Mark(i, 2, Dir.CLOSE));
        i++;
      } else if (DOUBLE.indexOf(c) >= 0) {
        out.add(new Mark(i, 1, direction(text, i, from, to)));
      }
    }
    return out;
  }

  /** The direction of the double mark at {@code i} from its neighbours (see class notes). */
  private static Dir direction(String text, int i, int from, int to) {
    char c = text.charAt(i);
    char prev = i > from ? text.charAt(i - 1) : ' ';
    char next = i + 1 < to ? text.charAt(i + 1) : ' ';
    boolean prevSpace = isSpace(prev);
    boolean nextSpace = isSpace(next);
    boolean straight = c == '"';
    boolean canOpen = !nextSpace
        && (prevSpace || "([—–-/".indexOf(prev) >= 0
            || (!straight && !Character.isLetterOrDigit(prev)));
    boolean canClose = !prevSpace && !Character.isLetterOrDigit(next)
        && (!straight || "{[:=".indexOf(prev) < 0);
    if (canOpen && !canClose) {
      return Dir.OPEN;
    }
    if (canClose && !canOpen) {
      return Dir.CLOSE;
    }
    if (canOpen) {
      return c == '”' || c == '»' ? Dir.CLOSE : c == '"' ? Dir.EITHER : Dir.OPEN;
    }
    if (prevSpace && nextSpace) {
      return c == '”' || c == '»' ? Dir.CLOSE : c == '"' ? Dir.EITHER : Dir.OPEN;
    }
    return Dir.IGNORE;
  }

  private static List<Stretch> scanDoubles(String text, List<int[]> paragraphs,
      SentenceBounds bounds) {
    List<Stretch> out = new ArrayList<>();
    Mark open = null;
    // Where the open quotation's current paragraph part starts: caps count from here.
    int partStart = -1;
    int carried = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      int[] para = paragraphs.get(p);
      for (Mark m : doubleMarks(text, para[0], para[1])) {
        Dir dir = m.dir();
        if (dir == Dir.IGNORE) {
          continue;
        }
        if (dir == Dir.EITHER) {
          dir = open == null ? Dir.OPEN : Dir.CLOSE;
        }
        if (dir == Dir.OPEN) {
          if (open != null) {
            int cap = Math.min(bounds.sentenceEnd(partStart, para[1]), m.pos());
            emit(text, out, open, cap, false);
          }
          open = m;
          partStart = m.pos();
          carried = 0;
        } else if (open != null) {
          emit(text, out, open, m.pos(), true);
          open = null;
          carried = 0;
        }
      }
      if (open == null) {
        continue;
      }
      int[] next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
      if (next != null && startsWithOpening(text, next)) {
        // News convention for speech over several paragraphs: no closing mark here, an opening mark
        // again at the next paragraph. Each paragraph's stretch is its own quotation, as annotators
        // mark them and as the halves of an interrupted quotation are; the speaker carries over.
        emit(text, out, open, para[1], false);
        open = null;
      } else if (next != null
          && carried < 2
          && (next[2] == 0 || TERMINAL.indexOf(lastNonQuote(text, para)) < 0)
          && closesBeforeOpening(text, next)) {
        carried++;
      } else {
        int cap = Math.min(bounds.sentenceEnd(partStart, para[1]), para[1]);
        emit(text, out, open, cap, false);
        open = null;
      }
    }
    return out;
  }

  private static char lastNonQuote(String text, int[] para) {
    int i = para[1] - 1;
    while (i > para[0] && (DOUBLE.indexOf(text.charAt(i)) >= 0 || "’'".indexOf(text.charAt(i)) >= 0
        || text.charAt(i) == ')')) {
      i--;
    }
    return text.charAt(i);
  }

  private static boolean startsWithOpening(String text, int[] para) {
    List<Mark> marks = doubleMarks(text, para[0], Math.min(para[1], para[0] + 2));
    return !marks.isEmpty() && marks.get(0).pos() == para[0]
        && (marks.get(0).dir() == Dir.OPEN || marks.get(0).dir() == Dir.EITHER);
  }

  private static boolean closesBeforeOpening(String text, int[] para) {
    for (Mark m : doubleMarks(text, para[0], para[1])) {
      if (m.dir() == Dir.CLOSE || m.dir() == Dir.EITHER) {
        return true;
      }
      if (m.dir() == Dir.OPEN) {
        return false;
      }
    }
    return false;
  }

  private static void emit(String text, List<Stretch> out, Mark open, int end, boolean closed) {
    int cs = open.pos() + open.len();
    int ce = end;
    while (cs < ce && isSpace(text.charAt(cs))) {
      cs++;
    }
    while (ce > cs && (isSpace(text.charAt(ce - 1)) || ",;:".indexOf(text.charAt(ce - 1)) >= 0)) {
      ce--;
    }
    if (ce <= cs || !hasLetterOrDigit(text, cs, ce) || looksLikeMarkup(text, cs, ce)) {
      return;
    }
    int close = closed ? end + closingLength(text, end) : ce;
    out.add(new Stretch(open.pos(), close, cs, ce, closed));
  }

  private static int closingLength(String text, int pos) {
    return pos + 1 < text.length() && text.charAt(pos) == '\'' && text.charAt(pos + 1) == '\''
        ? 2 : 1;
  }

  private static boolean hasLetterOrDigit(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeMarkup(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}') {
        return true;
      }
      if (c == '"' && i + 1 < e && (text.charAt(i + 1) == ':' || text.charAt(i + 1) == ',')) {
        return true;
      }
    }
    return false;
  }

  private static List<Stretch> scanSingles(String text, List<int[]> paragraphs,
      List<Stretch> doubles) {
    List<Stretch> out = new ArrayList<>();
    int d = 0;
    for (int[] para : paragraphs) {
      int i = para[0];
      while (i < para[1]) {
        while (d < doubles.size() && doubles.get(d).close() <= i) {
          d++;
        }
        if (d < doubles.size() && doubles.get(d).open() <= i) {
          i = doubles.get(d).close();
          continue;
        }
        if (!isSingleOpener(text, i, para)) {
          i++;
          continue;
        }
        int closeAt = findSingleCloser(text, i + 1, para, doubles, d);
        if (closeAt < 0) {
          i++;
          continue;
        }
        int before = out.size();
        emit(text, out, new Mark(i, 1, Dir.OPEN), closeAt, true);
        if (out.size() > before) {
          Stretch s = out.get(out.size() - 1);
          int letters = 0;
          for (int k = s.contentStart(); k < s.contentEnd(); k++) {
            if (Character.isLetter(text.charAt(k))) {
              letters++;
            }
          }
          if (letters < 2) {
            out.remove(out.size() - 1);
            i++;
            continue;
          }
          i = closeAt + 1;
        } else {
          i++;
        }
      }
    }
    return out;
  }

  private static boolean isSingleOpener(String text, int i, int[] para) {
    char c = text.charAt(i);
    if (SINGLE_OPEN.indexOf(c) < 0 || i + 1 >= para[1]) {
      return false;
    }
    char prev = i > para[0] ? text.charAt(i - 1) : ' ';
    char next = text.charAt(i + 1);
    return (isSpace(prev) || "([—–-/".indexOf(prev) >= 0 || DOUBLE.indexOf(prev) >= 0)
        && Character.isLetterOrDigit(next);
  }

  private static int findSingleCloser(String text, int from, int[] para, List<Stretch> doubles,
      int d) {
    int fallback = -1;
    for (int i = from; i < para[1]; i++) {
      // Every double quotation on the way is passed over, not only the first.
      while (d < doubles.size() && doubles.get(d).close() <= i) {
        d++;
      }
      if (d < doubles.size() && doubles.get(d).open() <= i) {
        i = doubles.get(d).close() - 1;
        continue;
      }
      char c = text.charAt(i);
      if (SINGLE_CLOSE.indexOf(c) < 0) {
        continue;
      }
      char prev = text.charAt(i - 1);
      char next = i + 1 < para[1] ? text.charAt(i + 1) : ' ';
      if (isSpace(prev) || Character.isLetterOrDigit(next)) {
        continue;
      }
      // "troops’ involvement": a plural possessive, unless nothing better follows.
      if ((prev == 's' || prev == 'S') && isSpace(next)) {
        if (fallback < 0) {
          fallback = i;
        }
        continue;
      }
      return i;
    }
    return fallback;
  }
}

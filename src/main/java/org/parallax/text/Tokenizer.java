package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule-based tokenisers, with offsets: {@link #prose} reads prose as the attribution rules do
 * (abbreviations, initials, line breaks, quotations as one token); {@link #words} splits a passage into
 * words and single symbols, as passages are compared word by word ({@link WordDiff#compare}). (Tagged
 * tokens come from the part-of-speech tagger in {@code framing}, which needs its models.)
 *
 * <p>Every tokeniser here scans character by character, without regular expressions: a repeated group
 * in a Java regular expression recurses once per repetition, and a long enough input ("a'a'a'…")
 * overflowed the stack.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** The text of the token standing for a line break. */
  public static final String LINE_BREAK = "\n";

  /** Abbreviations that keep their period: "Mr.", "Gen.", "Inc.". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
          "maj", "adm", "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "messrs", "hon",
          "amb", "cmdr", "brig", "cpl", "pvt", "supt", "det", "insp", "atty", "fr", "mt", "ft");

  /**
   * Whether a capitalised word keeps the period that follows it as an abbreviation ("Gen", "Sgt", "Co",
   * "Inc"); {@code word} without the period.
   */
  public static boolean isAbbreviation(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && ABBREVIATIONS.contains(Folding.LOOKUP.apply(word));
  }

  /**
   * The tokens of prose, as attribution rules read it: {@code text[from, to)} as words (letters and
   * digits joined by apostrophes, hyphens or, between digits, commas and periods; dotted initials
   * "U.S." and listed abbreviations "Gen." keep their periods), {@link Tok#PUNCT} marks (an ellipsis
   * "..." and a double hyphen "--" are one; a run of white space holding a line break is one
   * {@link #LINE_BREAK} token), and each quotation range in {@code quotes} (sorted, with marks) that
   * starts inside as one {@link Tok#QUOTE} token carrying its index in that list. {@code lower} is
   * {@link Folding#LOOKUP}; the sentence index is -1.
   */
  public static List<Tok> prose(String text, int from, int to, List<int[]> quotes) {
    List<Tok> out = new ArrayList<>();
    int q = firstQuoteAtOrAfter(quotes, from);
    int i = from;
    while (i < to) {
      if (q < quotes.size() && quotes.get(q)[0] <= i) {
        int[] r = quotes.get(q);
        if (r[1] > i) {
          out.add(tok(Tok.QUOTE, r[0], r[1], text.substring(r[0], r[1]), q));
          i = r[1];
        }
        q++;
        continue;
      }
      int limit = q < quotes.size() ? Math.min(to, quotes.get(q)[0]) : to;
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        // A line break ends every phrase: "... against ISIL\nKerry: ..." is not "ISIL Kerry".
        int end = i + 1;
        while (end < limit && Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        out.add(tok(Tok.PUNCT, i, end, LINE_BREAK, -1));
        i = end;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetterOrDigit(text.codePointAt(i))) {
        int end = wordEnd(text, i, limit);
        out.add(tok(Tok.WORD, i, end, text.substring(i, end), -1));
        i = end;
      } else {
        // A character outside the BMP (emoji, math letters) is one token, never half a surrogate pair.
        int end = Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
        if (c == '.' && end + 1 < limit && text.charAt(end) == '.' && text.charAt(end + 1) == '.') {
          end += 2;
        } else if (c == '-' && end < limit && text.charAt(end) == '-') {
          end++;
        }
        out.add(tok(Tok.PUNCT, i, end, text.substring(i, end), -1));
        i = end;
      }
    }
    return out;
  }

  /** A token of the prose rules: its look-up form is {@link Folding#LOOKUP}, it has no sentence index. */
  private static Tok tok(String tag, int start, int end, String text, int quote) {
    return new Tok(start, end, text, Folding.LOOKUP.apply(text), tag, -1, quote);
  }

  private static int firstQuoteAtOrAfter(List<int[]> quotes, int pos) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid)[1] <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The end of the word starting at {@code i}: letters and digits joined by apostrophes, hyphens
   * or (between digits) commas and periods; dotted initials ("U.S.", "K.") and listed
   * abbreviations ("Gen.") keep their periods.
   */
  private static int wordEnd(String text, int i, int limit) {
    // Dotted initials: one letter and a period, repeated.
    int j = i;
    while (j + 1 < limit
        && Character.isLetter(text.charAt(j))
        && text.charAt(j + 1) == '.'
        && (j + 2 >= limit || !Character.isLetter(text.charAt(j + 2))
            || (j + 3 < limit && text.charAt(j + 3) == '.'))) {
      j += 2;
    }
    if (j > i && (Character.isUpperCase(text.charAt(i)) || j - i >= 4)) {
      return j;
    }
    j = i;
    while (j < limit) {
      char c = text.charAt(j);
      int cp = text.codePointAt(j);
      if ((Character.isLetterOrDigit(cp) || isMark(cp)) && j + Character.charCount(cp) <= limit) {
        // Code points, not chars: a letter outside the BMP ("𐐷", "𝐁") belongs to its word; so do
        // combining marks of every kind (the vowel signs of Devanagari are spacing marks).
        j += Character.charCount(cp);
      } else if ((c == '\'' || c == '’' || c == '-' || c == '‐')
          && j + 1 < limit
          && Character.isLetterOrDigit(text.charAt(j + 1))) {
        j++;
      } else if ((c == ',' || c == '.')
          && j > i
          && Character.isDigit(text.charAt(j - 1))
          && j + 1 < limit
          && Character.isDigit(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    if (j < limit && text.charAt(j) == '.' && isAbbreviation(text.substring(i, j))) {
      j++;
    }
    return j;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The tokens of {@code text}: words (letters and numbers, joined by inner apostrophes: "we’re",
   * "O'Brien") and every other character that is not ASCII white space, one code point each. A token
   * starting with a letter or a digit is a {@link Tok#WORD}, any other a {@link Tok#PUNCT}; {@code lower}
   * is the token folded by {@code folding}.
   */
  public static List<Tok> words(String text, Folding folding) {
    List<Tok> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isAsciiSpace(c)) {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int end;
      if (isLetterOrNumber(cp)) {
        end = run(text, i);
        while (end + 1 < n && (text.charAt(end) == '\'' || text.charAt(end) == '’')
            && isLetterOrNumber(text.codePointAt(end + 1))) {
          end = run(text, end + 1);
        }
      } else {
        end = i + Character.charCount(cp);
      }
      String t = text.substring(i, end);
      out.add(new Tok(i, end, t, folding.apply(t), Character.isLetterOrDigit(cp) ? Tok.WORD : Tok.PUNCT, -1));
      i = end;
    }
    return out;
  }

  /** The end of the run of letters and numbers starting at {@code i}. */
  private static int run(String text, int i) {
    int j = i;
    while (j < text.length()) {
      int cp = text.codePointAt(j);
      if (!isLetterOrNumber(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /** A letter or a number of any kind ({@code \p{L}} or {@code \p{N}}: "½" and "Ⅻ" too). */
  static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** White space as {@code \s} knows it: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

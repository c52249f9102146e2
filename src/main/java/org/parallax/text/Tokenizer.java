package org.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based tokenisers with offsets. {@link #words} splits a passage into words and single symbols,
 * as passages are compared word by word ({@link WordDiff#compare}).
 *
 * <p>Every tokeniser here scans character by character, without regular expressions: a repeated group
 * in a Java regular expression recurses once per repetition, and a long enough input ("a'a'a'…")
 * overflowed the stack.
 */
public final class Tokenizer {

  private Tokenizer() {}

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

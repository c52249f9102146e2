package org.parallax.quotes;

import java.util.List;
import org.parallax.text.Tok;
import org.parallax.text.Tokenizer;

/**
 * Splits text into the tokens that attribution rules look at: words, punctuation, and whole
 * quotations collapsed into one token each, so that words inside a quotation can never be taken
 * for its speaker or its speech verb. The tokeniser is the text layer's ({@link Tokenizer#prose});
 * what is quotes' own is which words can be part of a name.
 */
final class Tokens {

  private Tokens() {}

  /** The text of the token standing for a line break. */
  static final String LINE_BREAK = Tokenizer.LINE_BREAK;

  /**
   * Tokens of {@code text[from, to)}; each quotation range in {@code quotes} (sorted, with marks)
   * that starts inside becomes one QUOTE token carrying its index in that list ({@link
   * Tokenizer#prose}).
   */
  static List<Tok> of(String text, int from, int to, List<int[]> quotes) {
    return Tokenizer.prose(text, from, to, quotes);
  }

  /**
   * Whether a word can be part of a personal or institutional name: capitalised, an initial, or
   * an Arabic-style prefixed surname ("al-Assad").
   */
  static boolean isNameLike(Tok t) {
    if (!t.isWord()) {
      return false;
    }
    String s = t.text();
    char c = s.charAt(0);
    if (Character.isUpperCase(c)) {
      return true;
    }
    int dash = s.indexOf('-');
    if (dash > 0 && dash + 1 < s.length() && Character.isUpperCase(s.charAt(dash + 1))) {
      return Lexicon.NAME_PARTICLES.contains(Lexicon.lower(s.substring(0, dash)))
          || s.substring(0, dash).length() <= 3;
    }
    return false;
  }
}

package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.text.Tok;

/**
 * Splits text into the tokens that attribution rules look at: words, punctuation, and whole
 * quotations collapsed into one token each, so that words inside a quotation can never be taken
 * for its speaker or its speech verb. Tokens are {@link Tok}s tagged {@link Tok#WORD}, {@link
 * Tok#PUNCT} or {@link Tok#QUOTE} (whose {@code quote} is the quotation's index and whose range
 * covers it with its marks), their {@code lower} folded by {@link Lexicon#lower}.
 */
final class Tokens {

  private Tokens() {}

  /** The text of the token standing for a line break. */
  static final String LINE_BREAK = "\n";

  /** Abbreviations that keep their period: "Mr.", "Gen.", "Inc.". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
          "maj", "adm", "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "messrs", "hon",
          "amb", "cmdr", "brig", "cpl", "pvt", "supt", "det", "insp", "atty", "fr");

  /**
   * Tokens of {@code text[from, to)}; each quotation range in {@code quotes} (sorted, with marks)
   * that starts inside becomes one QUOTE token carrying its index in that list.
   */
  static List<Tok> of(String text, int from, int to, List<int[]> quotes) {
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

  /** A token of these rules: its look-up form is {@link Lexicon#lower}, it has no sentence index. */
  private static Tok tok(String tag, int start, int end, String text, int quote) {
    return new Tok(start, end, text, Lexicon.lower(text), tag, -1, quote);
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
    if (j < limit
        && text.charAt(j) == '.'
        && ABBREVIATIONS.contains(Lexicon.lower(text.substring(i, j)))
        && Character.isUpperCase(text.charAt(i))) {
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

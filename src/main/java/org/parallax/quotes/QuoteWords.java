package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a quotation as compared across outlets: lowercase, without accents or
 * punctuation, apostrophes folded ("we’re" = "we're"), dotted abbreviations joined ("U.S." =
 * "US" = "us"), hyphenated words split ("long-term" = "long term"), digit groups joined ("2,000"
 * = "2000"). A parenthesis or bracket of at most {@value #MAX_ASIDE} characters is one word
 * ("(islamic state)", "[president bashar]"): an editor's gloss is inserted or dropped as a unit.
 */
final class QuoteWords {

  private QuoteWords() {}

  static final int MAX_ASIDE = 60;

  /** A normalised word and where it is written, as indices into the article text. */
  record Word(String norm, int start, int end) {}

  static List<Word> of(Quotation q) {
    return of(q.text(), q.span().start());
  }

  /** The words of {@code text}, whose first character is at {@code base} in the article. */
  static List<Word> of(String text, int base) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        char close = c == '(' ? ')' : ']';
        int e = text.indexOf(close, i + 1);
        if (e > i + 1 && e - i <= MAX_ASIDE) {
          List<Word> inner = of(text.substring(i + 1, e), 0);
          if (!inner.isEmpty()) {
            StringBuilder b = new StringBuilder().append(c);
            for (int k = 0; k < inner.size(); k++) {
              b.append(k == 0 ? "" : " ").append(inner.get(k).norm());
            }
            out.add(new Word(b.append(close).toString(), base + i, base + e + 1));
          }
          i = e + 1;
          continue;
        }
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int e = abbreviationEnd(text, i);
      if (e > i) {
        String letters = text.substring(i, e).replace(".", "");
        out.add(new Word(Lexicon.fold(letters), base + i, base + e));
        i = e;
        continue;
      }
      e = i;
      StringBuilder norm = new StringBuilder();
      while (e < n) {
        char d = text.charAt(e);
        if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
          norm.append(d);
          e++;
        } else if ((d == '\'' || d == '’') && e + 1 < n && Character.isLetter(text.charAt(e + 1))
            && e > i) {
          norm.append('\'');
          e++;
        } else if ((d == ',' || d == '.') && e > i && Character.isDigit(text.charAt(e - 1))
            && e + 1 < n && Character.isDigit(text.charAt(e + 1))) {
          e++;
        } else {
          break;
        }
      }
      out.add(new Word(Lexicon.fold(norm.toString()), base + i, base + e));
      i = e;
    }
    return out;
  }

  /** End of a dotted abbreviation ("U.S.", "U.N.") starting at {@code i}, or {@code i}. */
  private static int abbreviationEnd(String text, int i) {
    int j = i;
    int letters = 0;
    while (j + 1 < text.length() && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
        && (j + 2 >= text.length() || !Character.isLetter(text.charAt(j + 2))
            || (j + 3 < text.length() && text.charAt(j + 3) == '.'))) {
      j += 2;
      letters++;
    }
    return letters >= 2 ? j : i;
  }

  static List<String> norms(List<Word> words) {
    List<String> out = new ArrayList<>(words.size());
    for (Word w : words) {
      out.add(w.norm());
    }
    return out;
  }

  static boolean isContent(String norm) {
    return !Lexicon.STOPWORDS.contains(norm);
  }
}

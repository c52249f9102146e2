package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Sorted;
import org.parallax.text.TextRange;

/**
 * Sentence boundaries of one article, for capping unclosed quotations and for scoping
 * attribution to a sentence.
 *
 * <p>Uses the article's own sentence ranges. An article built without sentences (an empty list)
 * gets a crude fallback: a sentence ends at a line break, or after {@code . ! ?} (and closing
 * marks) followed by a space and an uppercase letter or an opening mark; this keeps the extractor
 * usable, not accurate.
 */
final class SentenceBounds {

  private final List<TextRange> sentences;

  private SentenceBounds(List<TextRange> sentences) {
    this.sentences = sentences;
  }

  static SentenceBounds of(String text, List<TextRange> sentences) {
    return new SentenceBounds(sentences.isEmpty() ? fallback(text) : sentences);
  }

  List<TextRange> sentences() {
    return sentences;
  }

  /** Index of the sentence containing {@code pos}, or of the first one after it; may be size(). */
  int indexAt(int pos) {
    return Sorted.lastAtMost(sentences, TextRange::end, pos) + 1;
  }

  /** The sentence containing {@code pos}, or null. */
  TextRange sentenceAt(int pos) {
    int i = indexAt(pos);
    return i < sentences.size() && sentences.get(i).start() <= pos ? sentences.get(i) : null;
  }

  /** The end of the sentence containing {@code pos}, never beyond {@code limit}. */
  int sentenceEnd(int pos, int limit) {
    TextRange s = sentenceAt(pos);
    return s == null ? limit : Math.min(s.end(), limit);
  }

  private static List<TextRange> fallback(String text) {
    List<TextRange> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (start >= 0) {
          out.add(trimmed(text, start, i));
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        if (Character.isWhitespace(c)) {
          continue;
        }
        start = i;
      }
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && "\"”’')]".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (j + 1 < n && text.charAt(j) == ' '
            && (Character.isUpperCase(text.charAt(j + 1))
                || "\"“‘".indexOf(text.charAt(j + 1)) >= 0)
            && !isShortAbbreviation(text, i)) {
          out.add(trimmed(text, start, j));
          start = -1;
          i = j;
        }
      }
    }
    if (start >= 0) {
      out.add(trimmed(text, start, n));
    }
    out.removeIf(r -> r.length() == 0);
    return out;
  }

  /** "U.S. President", "Sergei K. Shoigu", "Mr. Kerry": a period that ends no sentence. */
  private static boolean isShortAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    int len = dot - s;
    return len == 1 || (len <= 3 && Character.isUpperCase(text.charAt(s)));
  }

  private static TextRange trimmed(String text, int s, int e) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new TextRange(s, e);
  }
}

package org.parallax.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.parallax.text.TextRange;

/**
 * Where an annotation sits in one article, recorded so that it can be found again when the article's
 * cleaned text changes (re-analysis with a better cleaner, a corrected typo in the file): the W3C Web
 * Annotation idea of a {@code TextPositionSelector} ({@code start}, {@code end}) plus a {@code
 * TextQuoteSelector} ({@code exact} with up to {@value #CONTEXT} characters of {@code prefix} and
 * {@code suffix}).
 *
 * <p>Invariant: {@code 0 <= start <= end} and {@code exact.length() == end - start} when made by {@link
 * #of}.
 */
@JsonPropertyOrder({"article", "start", "end", "exact", "prefix", "suffix"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Anchor(String article, int start, int end, String exact, String prefix, String suffix) {

  /** Characters of context kept on each side. */
  public static final int CONTEXT = 32;

  public Anchor {
    if (article == null || exact == null) {
      throw new IllegalArgumentException("an anchor needs an article and its text");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad anchor range [" + start + ", " + end + ")");
    }
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
  }

  /** The anchor of {@code [start, end)} in {@code text}, the cleaned text of {@code article}. */
  public static Anchor of(String article, String text, int start, int end) {
    return new Anchor(
        article,
        start,
        end,
        text.substring(start, end),
        text.substring(Math.max(0, start - CONTEXT), start),
        text.substring(end, Math.min(text.length(), end + CONTEXT)));
  }

  /**
   * Where this anchor lies in {@code text} now: the recorded position when the quote is still there;
   * else the occurrence of the quote whose surroundings agree best with the recorded prefix and suffix
   * (nearest the old position on a tie); else the same words with different white space. Empty when
   * the quoted text is gone: the annotation is orphaned.
   */
  public Optional<TextRange> locate(String text) {
    if (exact.isEmpty()) {
      return start <= text.length() ? Optional.of(new TextRange(start, start)) : Optional.empty();
    }
    if (end <= text.length() && text.startsWith(exact, start)) {
      return Optional.of(new TextRange(start, end));
    }
    TextRange best = null;
    long bestScore = Long.MIN_VALUE;
    for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
      long score = context(text, at, at + exact.length()) * 1_000_000L - Math.abs(at - start);
      if (score > bestScore) {
        bestScore = score;
        best = new TextRange(at, at + exact.length());
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    return loosely(text);
  }

  /** How many characters of the recorded context agree around {@code [from, to)} in {@code text}. */
  private int context(String text, int from, int to) {
    int n = 0;
    for (int i = 1; i <= prefix.length() && from - i >= 0; i++) {
      if (text.charAt(from - i) != prefix.charAt(prefix.length() - i)) {
        break;
      }
      n++;
    }
    for (int i = 0; i < suffix.length() && to + i < text.length(); i++) {
      if (text.charAt(to + i) != suffix.charAt(i)) {
        break;
      }
      n++;
    }
    return n;
  }

  /** The quote's words in order with any white space between them (a re-wrapped paragraph). */
  private Optional<TextRange> loosely(String text) {
    String[] words = exact.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    StringBuilder pattern = new StringBuilder();
    for (String w : words) {
      if (pattern.length() > 0) {
        pattern.append("\\s+");
      }
      pattern.append(java.util.regex.Pattern.quote(w));
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern.toString()).matcher(text);
    TextRange best = null;
    long bestScore = Long.MIN_VALUE;
    while (m.find()) {
      long score = context(text, m.start(), m.end()) * 1_000_000L - Math.abs(m.start() - start);
      if (score > bestScore) {
        bestScore = score;
        best = new TextRange(m.start(), m.end());
      }
    }
    return Optional.ofNullable(best);
  }
}

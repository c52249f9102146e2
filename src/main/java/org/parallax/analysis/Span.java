package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;

/**
 * A stretch of one article's cleaned text: {@code start}/{@code end} are UTF-16 indices (end exclusive)
 * into {@code Article.text()}, and {@code text} repeats the characters so a reader needs no arithmetic.
 *
 * <p>Invariant (checked by {@link #of}): {@code text.equals(article.text().substring(start, end))}.
 */
@JsonPropertyOrder({"article", "start", "end", "text"})
public record Span(String article, int start, int end, String text) {

  /** The span of {@code range} in {@code article}. */
  public static Span of(Article article, TextRange range) {
    return new Span(article.id(), range.start(), range.end(), range.of(article.text()));
  }

  public TextRange range() {
    return new TextRange(start, end);
  }
}

package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A hedging or attribution cue in an outlet's own voice: a span (as in {@code hedges}) with what
 * kind of cue it is.
 *
 * @param kind {@code hedge} (makes the claim less certain: reportedly, alleged) or {@code
 *     attribution} (hands it to a source: according to, officials say, Washington says)
 * @param cue the cue in lexicon form, lowercase ("reportedly", "according to", "officials say")
 */
@JsonPropertyOrder({"article", "start", "end", "text", "kind", "cue"})
public record Hedge(String article, int start, int end, String text, String kind, String cue) {
  public Span span() {
    return new Span(article, start, end, text);
  }
}

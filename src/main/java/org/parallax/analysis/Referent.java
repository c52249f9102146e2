package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One actor, group, place, event or thing the articles talk about, with every mention of it.
 *
 * @param kind {@code person}, {@code group}, {@code organisation}, {@code place}, {@code event} or {@code
 *     thing}
 */
@JsonPropertyOrder({"id", "name", "kind", "mentions"})
public record Referent(String id, String name, String kind, List<Mention> mentions) {

  /** A mention: the whole noun phrase the outlet chose, and whether its wording carries evaluation. */
  @JsonPropertyOrder({"article", "start", "end", "text", "loaded"})
  public record Mention(String article, int start, int end, String text, boolean loaded) {
    public Span span() {
      return new Span(article, start, end, text);
    }
  }

  public Referent {
    mentions = List.copyOf(mentions);
  }
}

package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A place where outlets differ in wording about the same thing.
 *
 * @param kind {@code label}, {@code quote-alteration}, {@code hedge}, {@code wording} or {@code omission}
 * @param about the id of the referent, fact or quote it concerns
 * @param note a sentence a person can read
 */
@JsonPropertyOrder({"id", "kind", "about", "sides", "note"})
public record Divergence(String id, String kind, String about, List<Span> sides, String note) {
  public Divergence {
    sides = List.copyOf(sides);
  }
}

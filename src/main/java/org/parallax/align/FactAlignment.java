package org.parallax.align;

import java.util.List;

/**
 * The facts shared across articles, and the sentences that no other article reports.
 *
 * <p>A sentence is in at most one fact. A sentence that is neither in a fact nor unique resembles another
 * article's sentence too much to call it unique and too little to call it the same fact.
 */
public record FactAlignment(List<AlignedFact> facts, List<SentenceRef> unique) {
  public FactAlignment {
    facts = List.copyOf(facts);
    unique = List.copyOf(unique);
  }
}

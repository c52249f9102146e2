package org.parallax.align;

import java.util.List;

/**
 * Sentences from two or more articles that report the same fact.
 *
 * <p>Invariants: at least two members, at most one per article, ordered by article.
 *
 * @param similarity mean cosine similarity of the members' meanings, in [0, 1]
 * @param nearVerbatim true when the members share nearly all their words: copied (wire) text
 */
public record AlignedFact(List<SentenceRef> members, double similarity, boolean nearVerbatim) {
  public AlignedFact {
    members = List.copyOf(members);
  }
}

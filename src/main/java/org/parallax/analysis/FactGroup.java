package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Sentences (or clauses) from two or more articles that report the same fact.
 *
 * @param similarity how closely the members agree in meaning (mean cosine), in [0, 1]
 * @param nearVerbatim true when the members share nearly all their words, in order: copied (wire) text
 *     rather than the same fact told in different words (added to the starting contract)
 * @param missing ids of the articles that do not report this fact (added to the starting contract)
 */
@JsonPropertyOrder({"id", "similarity", "nearVerbatim", "members", "missing"})
public record FactGroup(
    String id, double similarity, boolean nearVerbatim, List<Span> members, List<String> missing) {
  /** A group of paraphrases (not copied text). */
  public FactGroup(String id, double similarity, List<Span> members, List<String> missing) {
    this(id, similarity, false, members, missing);
  }

  public FactGroup {
    members = List.copyOf(members);
    missing = List.copyOf(missing);
  }
}

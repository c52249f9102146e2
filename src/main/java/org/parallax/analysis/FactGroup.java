package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Sentences (or clauses) from two or more articles that report the same fact.
 *
 * @param similarity how closely the members agree, in [0, 1]
 * @param missing ids of the articles that do not report this fact (added to the starting contract)
 */
@JsonPropertyOrder({"id", "similarity", "members", "missing"})
public record FactGroup(String id, double similarity, List<Span> members, List<String> missing) {
  public FactGroup {
    members = List.copyOf(members);
    missing = List.copyOf(missing);
  }
}

package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Sentences (or clauses) from two or more articles that report the same fact.
 *
 * @param similarity how closely the members agree in meaning (mean cosine), in [0, 1]
 * @param nearVerbatim true when the members share nearly all their words, in order: copied (wire) text
 *     rather than the same fact told in different words (added to the starting contract)
 * @param evidence what joined the members, sorted (added to the starting contract): {@code copied}
 *     (nearly all the words, in order), {@code wording} (close meaning and words specific to few
 *     sentences), {@code rare-names} (two or more names or numbers few articles use), {@code meaning}
 *     (close meaning alone, each the other's closest sentence in its article, no different day, the same
 *     polarity); empty when not recorded (a fact the analyst aligned)
 * @param missing ids of the articles that do not report this fact (added to the starting contract)
 */
@JsonPropertyOrder({"id", "similarity", "nearVerbatim", "evidence", "members", "missing"})
public record FactGroup(
    String id, double similarity, boolean nearVerbatim, List<String> evidence, List<Span> members, List<String> missing) {
  /** A group of paraphrases (not copied text) whose evidence is not recorded. */
  public FactGroup(String id, double similarity, List<Span> members, List<String> missing) {
    this(id, similarity, false, List.of(), members, missing);
  }

  /** A group whose evidence is not recorded. */
  public FactGroup(String id, double similarity, boolean nearVerbatim, List<Span> members, List<String> missing) {
    this(id, similarity, nearVerbatim, List.of(), members, missing);
  }

  public FactGroup {
    evidence = List.copyOf(evidence);
    members = List.copyOf(members);
    missing = List.copyOf(missing);
  }
}

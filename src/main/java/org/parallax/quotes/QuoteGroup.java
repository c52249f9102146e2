package org.parallax.quotes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One distinct quotation with every place the corpus carries it.
 *
 * <p>The reference occurrence is the longest rendering (most words; the first by article id and
 * offset on a tie), since the others are most often excerpts of it. Every other occurrence's
 * {@link Match} and every {@link WordChange} is relative to it.
 *
 * <p>Invariants: {@code occurrences} is non-empty and sorted by article id, then offset;
 * {@code reference} indexes it and that occurrence is {@link Match#VERBATIM}; {@code changes}
 * only concern {@link Match#ALTERED} occurrences, in occurrence order. {@code id} is
 * {@code "q" + n}, numbered in order of first occurrence, so it is stable for the same input.
 *
 * @param speaker the canonical speaker: the one most occurrences give, the reference's on a tie;
 *     null when no occurrence has one
 */
public record QuoteGroup(
    String id,
    String speaker,
    int reference,
    List<QuoteOccurrence> occurrences,
    List<WordChange> changes) {

  public QuoteGroup {
    Objects.requireNonNull(id, "id");
    occurrences = List.copyOf(occurrences);
    changes = List.copyOf(changes);
    if (occurrences.isEmpty() || reference < 0 || reference >= occurrences.size()) {
      throw new IllegalArgumentException("bad reference " + reference);
    }
  }

  /** The reference occurrence. */
  public QuoteOccurrence referenceOccurrence() {
    return occurrences.get(reference);
  }

  /** The ids of the articles that carry this quotation, in order. */
  public Set<String> articles() {
    Set<String> out = new LinkedHashSet<>();
    for (QuoteOccurrence o : occurrences) {
      out.add(o.quotation().articleId());
    }
    return out;
  }

  /** Whether at least two articles carry this quotation. */
  public boolean isShared() {
    return articles().size() > 1;
  }
}

package org.parallax.quotes;

import java.util.Objects;

/**
 * One place where a grouped quotation appears, and how it compares with the group's reference.
 *
 * <p>Invariant: the reference occurrence of a group is always {@link Match#VERBATIM}.
 */
public record QuoteOccurrence(Quotation quotation, Match match) {

  public QuoteOccurrence {
    Objects.requireNonNull(quotation, "quotation");
    Objects.requireNonNull(match, "match");
  }
}

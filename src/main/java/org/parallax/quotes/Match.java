package org.parallax.quotes;

import java.util.Locale;

/**
 * How one occurrence of a quotation renders it, compared with the group's reference occurrence
 * (see {@link QuoteGroup}).
 */
public enum Match {
  /** The same words as the reference, after normalising case, punctuation and quote marks. */
  VERBATIM,
  /** A fragment of the reference: its words appear there in order, at most two left out. */
  PARTIAL,
  /** Presented as the same quotation, but with words the reference does not have. */
  ALTERED;

  /** The lowercase name used in the analysis file ({@code "verbatim"}...). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.parallax.quotes;

import java.util.Locale;
import java.util.Objects;
import org.parallax.text.TextRange;

/**
 * One word-level difference between an altered occurrence and its group's reference, from a
 * diff of their normalised words. Words that the reference has before or after everything the
 * variant shares with it are not changes: they are where the variant's excerpt starts or ends.
 *
 * <p>Invariants: for {@link Kind#INSERT}, {@code reference} and {@code referenceSpan} are null;
 * for {@link Kind#DELETE}, {@code variant} and {@code variantSpan} are null; otherwise both are
 * set. Spans index the article texts ({@code referenceSpan} the reference occurrence's article,
 * {@code variantSpan} article {@code articleId}) and the strings are the words as written there,
 * e.g. "Islamic State militants" replaced by "ISIL (Islamic State)".
 *
 * @param articleId the article of the altered occurrence
 */
public record WordChange(
    String articleId,
    Kind kind,
    String reference,
    TextRange referenceSpan,
    String variant,
    TextRange variantSpan) {

  /** What the variant did to the reference's words. */
  public enum Kind {
    INSERT,
    DELETE,
    REPLACE;

    /** The lowercase name used in the analysis file. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public WordChange {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.INSERT) != (reference == null)
        || (reference == null) != (referenceSpan == null)
        || (kind == Kind.DELETE) != (variant == null)
        || (variant == null) != (variantSpan == null)) {
      throw new IllegalArgumentException("inconsistent " + kind + " change");
    }
  }
}

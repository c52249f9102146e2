package org.parallax.pipeline;

/**
 * A limit stage {@code stage} applied to a unit, not an error: the unit was analysed in a simpler way
 * (see {@link org.parallax.work.Faults#note}). {@code unit} is the file it concerns, or {@code null}.
 */
public record StageNote(String stage, String unit, String message) {

  /** The one line the analyst reads, without the file. */
  public String line() {
    return stage + ": " + message;
  }
}

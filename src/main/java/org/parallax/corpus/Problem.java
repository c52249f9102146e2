package org.parallax.corpus;

/**
 * Something wrong with one input file or setting, reported to the analyst instead of a stack trace.
 *
 * @param file the file the problem concerns, relative to the corpus folder where possible
 * @param message what is wrong, one line, in plain words
 * @param skipped true when the file was left out of the analysis, false for a warning
 */
public record Problem(String file, String message, boolean skipped) {

  public static Problem skipped(String file, String message) {
    return new Problem(file, message, true);
  }

  public static Problem warning(String file, String message) {
    return new Problem(file, message, false);
  }

  /** The one-line form shown on the command line: {@code file: message}. */
  @Override
  public String toString() {
    return file + ": " + message + (skipped ? " (skipped)" : "");
  }
}

package org.parallax.work;

import java.util.Objects;

/**
 * Something that went wrong inside the engine for one unit of work (a sentence, an article, a stage),
 * contained there: the unit was left out and the rest of the analysis went on.
 *
 * @param unit where: the article id or file the unit belongs to, or {@code null} for the whole corpus
 * @param leftOut what was left out, in plain words ("one sentence left out", "article left out")
 * @param error the cause, kept for the debug log; never shown to the analyst as a stack trace
 */
public record Fault(String unit, String leftOut, Throwable error) {
  public Fault {
    Objects.requireNonNull(leftOut, "leftOut");
    Objects.requireNonNull(error, "error");
  }
}

package org.parallax.pipeline;

/**
 * How far a run is: stage {@code stageIndex} (from 1) of {@code stageCount}, named {@code stage}, and
 * in it {@code done} of {@code total} units of the kind the stage works in ({@code unit}: "article",
 * "file", "sentence"); {@code total} is 0 while unknown. When the run is over, the stage is "done" and
 * its index is one past the last.
 */
public record Progress(String stage, String unit, int stageIndex, int stageCount, int done, int total) {

  /** The progress of a run of {@code stageCount} stages that is over. */
  static Progress finished(int stageCount) {
    return new Progress("done", "", stageCount + 1, stageCount, 0, 0);
  }

  /** The share of the whole run done, in [0, 1], counting stages as equal. */
  public double fraction() {
    double within = total > 0 ? Math.min(1.0, (double) done / total) : 0;
    return Math.min(1.0, (stageIndex - 1 + within) / Math.max(1, stageCount));
  }

  /** "quotations: article 3 of 12", "facts: sentence 40 of 310", as shown beside a progress bar. */
  public String describe() {
    return total > 0 ? stage + ": " + unit + " " + Math.min(done, total) + " of " + total : stage;
  }
}

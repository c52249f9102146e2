package org.parallax.pipeline;

/**
 * How far a run is: stage {@code stageIndex} (from 1) of {@code stageCount}, named {@code stage}, and
 * in it {@code done} of {@code total} units (articles, sentences); {@code total} is 0 while unknown.
 */
public record Progress(String stage, int stageIndex, int stageCount, int done, int total) {

  /** The share of the whole run done, in [0, 1], counting stages as equal. */
  public double fraction() {
    if (stage.equals("done")) {
      return 1.0;
    }
    double within = total > 0 ? Math.min(1.0, (double) done / total) : 0;
    return Math.min(1.0, (stageIndex - 1 + within) / Math.max(1, stageCount));
  }

  /** "quotations: article 3 of 12", "facts: sentence 40 of 310", as shown beside a progress bar. */
  public String describe() {
    String unit =
        switch (stage) {
          case "reading" -> "file";
          case "facts" -> "sentence";
          default -> "article";
        };
    return total > 0 ? stage + ": " + unit + " " + Math.min(done, total) + " of " + total : stage;
  }
}

package org.parallax.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one story on its executor.
 *
 * @param story the story's id
 * @param records records given to the engine
 * @param articles articles the engine analysed (records it skipped are in {@code problems})
 * @param outlets outlets among them
 * @param status {@code analysed}, {@code nothing analysed} (every record skipped) or {@code failed}
 * @param message why it failed, or {@code null}
 * @param seconds time on the executor, writing the scratch folder and the analysis included
 * @param analysis where its analysis JSON was written ({@code OUT/analyses/NAME.json}), or {@code null}
 * @param tables its rows of the tables across stories ({@code null} unless analysed)
 * @param problems the engine's problems with its records (skipped files, warnings)
 */
public record StoryResult(String story, int records, int articles, int outlets, String status, String message, double seconds,
    String analysis, StoryTables tables, List<RecordProblem> problems) implements Serializable {

  public static final String ANALYSED = "analysed";
  public static final String NOTHING = "nothing analysed";
  public static final String FAILED = "failed";
}

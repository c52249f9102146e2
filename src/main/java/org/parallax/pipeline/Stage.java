package org.parallax.pipeline;

import java.util.List;

/**
 * One step of the analysis: names what it needs and what it adds, and adds it. A stage does its work
 * unit by unit (article, sentence) through its {@link StageContext}: {@link StageContext#reached}
 * between units (progress, cancellation), {@link StageContext#contain} around a unit that can be left
 * out on its own. Anything that escapes {@link #run} fails the stage for the whole corpus: the {@link
 * Pipeline} then fills the slots it adds with their empty values and goes on.
 */
public interface Stage {

  /** Short, lowercase, as the analyst reads it in messages and progress: "quotations", "referents". */
  String name();

  /** What the stage counts its progress in, as the analyst reads it: "article" unless it says so. */
  default String unit() {
    return "article";
  }

  List<Slot<?>> needs();

  List<Slot<?>> adds();

  /** Reads what it {@link #needs()} from {@code state} and puts everything it {@link #adds()} there. */
  void run(AnalysisState state, StageContext context);
}

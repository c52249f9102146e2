package org.parallax.align;

import java.util.List;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.Article;
import org.parallax.work.Checkpoint;
import org.parallax.work.Faults;

/** Finds the facts that several articles report, and what only one reports. */
public interface FactAligner {
  FactAlignment align(List<Article> articles);

  /**
   * As {@link #align(List)}, reporting progress to {@code checkpoint} (which also cancels) and the units
   * it had to leave out to {@code faults}.
   */
  default FactAlignment align(List<Article> articles, Checkpoint checkpoint, Faults faults) {
    checkpoint.check();
    return align(articles);
  }

  /**
   * As {@link #align(List, Checkpoint, Faults)}, reusing per-article results stored in {@code cache}
   * and storing those it computes; the alignment is the same as without it. By default the cache is not
   * used.
   */
  default FactAlignment align(List<Article> articles, Checkpoint checkpoint, Faults faults, ResultCache cache) {
    return align(articles, checkpoint, faults);
  }

  /**
   * Loads what aligning needs (models) now, on the caller's thread; the pipeline calls it on a thread
   * of its own while the corpus is read, and waits for it before the run ends.
   */
  default void prepare() {}

  /** As {@link #prepare()}, except what {@code cache} makes unlikely to be needed. */
  default void prepare(ResultCache cache) {
    prepare();
  }
}

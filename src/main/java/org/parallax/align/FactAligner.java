package org.parallax.align;

import java.util.List;
import org.parallax.corpus.Article;

/** Finds the facts that several articles report, and what only one reports. */
public interface FactAligner {
  FactAlignment align(List<Article> articles);

  /** Starts loading models in the background, so that it overlaps with reading the corpus. */
  default void prepare() {}
}

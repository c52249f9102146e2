package org.parallax.align;

import java.util.List;

/**
 * Maps sentences to vectors whose cosine similarity reflects closeness of meaning.
 *
 * <p>Invariant: every returned vector has length {@link #dimension()} and unit norm (or is all zeros for
 * an empty sentence), so that a dot product is the cosine.
 */
public interface SentenceEmbedder {

  int dimension();

  /** One unit vector per sentence, in order. */
  float[][] embed(List<String> sentences);
}

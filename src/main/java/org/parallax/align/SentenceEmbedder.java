package org.parallax.align;

import java.util.List;
import java.util.function.BiConsumer;
import org.parallax.work.Checkpoint;

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

  /**
   * As {@link #embed(List)}, reporting progress to {@code checkpoint} (which also cancels); a sentence
   * the model cannot embed gets a {@code null} vector and its failure goes to {@code failed}, with its
   * index.
   */
  default float[][] embed(List<String> sentences, Checkpoint checkpoint, BiConsumer<Integer, RuntimeException> failed) {
    checkpoint.check();
    float[][] out = embed(sentences);
    checkpoint.reached(sentences.size(), sentences.size());
    return out;
  }
}

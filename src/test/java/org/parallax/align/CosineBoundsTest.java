package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CosineBoundsTest {

  /**
   * Unit vectors like the sentences of one story: a shared direction, one of a few topics, and noise of
   * their own (as {@link MiniLmEmbedder} gives, float components of a unit vector).
   */
  static float[][] storyVectors(int count, int dimension, long seed) {
    Random random = new Random(seed);
    double[] story = gaussian(random, dimension);
    double[][] topics = new double[12][];
    for (int t = 0; t < topics.length; t++) {
      topics[t] = gaussian(random, dimension);
    }
    float[][] out = new float[count][];
    for (int i = 0; i < count; i++) {
      double[] topic = topics[random.nextInt(topics.length)];
      double[] noise = gaussian(random, dimension);
      double[] v = new double[dimension];
      for (int k = 0; k < dimension; k++) {
        v[k] = 0.8 * story[k] + 0.5 * topic[k] + 0.45 * noise[k];
      }
      out[i] = MiniLmEmbedder.unit(toFloat(v));
    }
    return out;
  }

  private static double[] gaussian(Random random, int dimension) {
    double[] v = new double[dimension];
    double norm = 0;
    for (int k = 0; k < dimension; k++) {
      v[k] = random.nextGaussian();
      norm += v[k] * v[k];
    }
    for (int k = 0; k < dimension; k++) {
      v[k] /= Math.sqrt(norm);
    }
    return v;
  }

  private static float[] toFloat(double[] v) {
    float[] f = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      f[k] = (float) v[k];
    }
    return f;
  }

  @Test
  void bothBoundsAreNeverBelowTheCosineAndTheTightOneIsClose() {
    float[][] vectors = storyVectors(1_200, 384, 7);
    CosineBounds bounds = CosineBounds.of(vectors);
    int looseHelps = 0;
    int pairs = 0;
    for (int i = 0; i < 300; i++) {
      for (int j = i + 1; j < 300; j++) {
        double exact = EmbeddingFactAligner.dot(vectors[i], vectors[j]);
        // Asked to settle below +infinity, the main axes' bound answers; below -infinity, the tight one.
        double loose = bounds.atMost(i, j, Double.POSITIVE_INFINITY);
        double tight = bounds.atMost(i, j, Double.NEGATIVE_INFINITY);
        assertTrue(loose >= exact, () -> "axes bound below the cosine");
        assertTrue(tight >= exact, () -> "8-bit bound below the cosine");
        assertTrue(tight - exact < 0.03, () -> "8-bit bound " + tight + " far above " + exact);
        pairs++;
        if (loose - exact < 0.2) {
          looseHelps++;
        }
      }
    }
    // The main axes hold most of such vectors: their bound is near enough to settle most far pairs.
    assertTrue(looseHelps > pairs * 0.9, looseHelps + " of " + pairs);
  }

  @Test
  void fewVectorsHaveNoMainAxesAndStillTrueBounds() {
    float[][] vectors = storyVectors(200, 384, 11);
    CosineBounds bounds = CosineBounds.of(vectors);
    for (int i = 0; i < vectors.length; i++) {
      for (int j = 0; j < vectors.length; j++) {
        double exact = EmbeddingFactAligner.dot(vectors[i], vectors[j]);
        double bound = bounds.atMost(i, j, Double.POSITIVE_INFINITY);
        assertTrue(bound >= exact && bound - exact < 0.03, bound + " for " + exact);
      }
    }
  }

  @Test
  void aZeroVectorAndTinyDimensionsAreBoundedToo() {
    float[][] vectors = {{0, 0, 0, 0}, {1, 0, 0, 0}, MiniLmEmbedder.unit(new float[] {1, 0.9f, 0, 0}), {0, 0, 0, 1}};
    CosineBounds bounds = CosineBounds.of(vectors);
    for (int i = 0; i < vectors.length; i++) {
      for (int j = 0; j < vectors.length; j++) {
        double exact = EmbeddingFactAligner.dot(vectors[i], vectors[j]);
        double bound = bounds.atMost(i, j, Double.NEGATIVE_INFINITY);
        assertTrue(bound >= exact && bound - exact < 0.03, i + "," + j + ": " + bound + " for " + exact);
      }
    }
    assertEquals(0, bounds.atMost(0, 1, Double.NEGATIVE_INFINITY), 1e-5);
  }

  @Test
  void extendingKeepsTheBaseAndBoundsTheNewUnits() {
    float[][] all = storyVectors(1_300, 384, 5);
    float[][] base = java.util.Arrays.copyOf(all, 1_100);
    CosineBounds extended = CosineBounds.extend(CosineBounds.of(base), all);
    for (int i = 1_050; i < 1_300; i += 7) {
      for (int j = 0; j < 1_300; j += 13) {
        double exact = EmbeddingFactAligner.dot(all[i], all[j]);
        assertTrue(extended.atMost(i, j, Double.POSITIVE_INFINITY) >= exact);
        assertTrue(extended.atMost(i, j, Double.NEGATIVE_INFINITY) >= exact);
      }
    }
  }
}

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
  void theBoundIsNeverBelowTheCosineAndCloseEnoughToSettleFarPairs() {
    float[][] vectors = storyVectors(1_200, 384, 7);
    CosineBounds bounds = CosineBounds.of(vectors);
    int near = 0;
    int pairs = 0;
    for (int i = 0; i < 300; i++) {
      for (int j = i + 1; j < 300; j++) {
        double exact = EmbeddingFactAligner.dot(vectors[i], vectors[j]);
        double bound = bounds.atMost(i, j);
        assertTrue(bound >= exact, () -> "bound below the cosine");
        assertTrue(bounds.below(i, j, exact + 0.3) || bound - exact >= 0.3);
        assertTrue(!bounds.below(i, j, exact));
        pairs++;
        if (bound - exact < 0.15) {
          near++;
        }
      }
    }
    // The main axes hold most of such vectors: their bound is near enough to settle most far pairs.
    assertTrue(near > pairs * 0.9, near + " of " + pairs);
  }

  @Test
  void vectorsWithinTheAxesAreBoundedToTheirCosine() {
    float[][] vectors = new float[1_100][];
    float[][] small = storyVectors(vectors.length, 40, 17);
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = java.util.Arrays.copyOf(small[i], 384);
    }
    CosineBounds bounds = CosineBounds.of(vectors);
    for (int i = 0; i < 200; i++) {
      for (int j = 0; j < 200; j++) {
        double exact = EmbeddingFactAligner.dot(vectors[i], vectors[j]);
        double bound = bounds.atMost(i, j);
        assertTrue(bound >= exact && bound - exact < 1e-4, bound + " for " + exact);
      }
    }
  }

  @Test
  void fewVectorsSettleNothing() {
    float[][] vectors = storyVectors(200, 384, 11);
    CosineBounds bounds = CosineBounds.of(vectors);
    assertEquals(Double.POSITIVE_INFINITY, bounds.atMost(0, 1));
    assertTrue(!bounds.below(0, 1, 2.0));
  }

  @Test
  void smallDimensionsSettleNothing() {
    float[][] vectors = new float[1_500][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = MiniLmEmbedder.unit(new float[] {i, 1, 0, 0});
    }
    assertTrue(!CosineBounds.of(vectors).below(0, 1, 2.0));
  }

  @Test
  void aZeroVectorIsBoundedToo() {
    float[][] vectors = storyVectors(1_100, 384, 13);
    vectors[5] = new float[384];
    CosineBounds bounds = CosineBounds.of(vectors);
    double bound = bounds.atMost(5, 6);
    assertTrue(bound >= 0 && bound < 1e-4, Double.toString(bound));
  }

  @Test
  void extendingKeepsTheBaseAndBoundsTheNewUnits() {
    float[][] all = storyVectors(1_300, 384, 5);
    float[][] base = java.util.Arrays.copyOf(all, 1_100);
    CosineBounds first = CosineBounds.of(base);
    CosineBounds extended = CosineBounds.extend(first, all);
    assertEquals(first.atMost(3, 900), extended.atMost(3, 900));
    for (int i = 1_050; i < 1_300; i += 7) {
      for (int j = 0; j < 1_300; j += 13) {
        double exact = EmbeddingFactAligner.dot(all[i], all[j]);
        double bound = extended.atMost(i, j);
        assertTrue(bound >= exact && bound - exact < 0.5, bound + " for " + exact);
      }
    }
  }
}

package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Upper bounds of the cosine of two sentence vectors ({@link EmbeddingFactAligner#dot}), far cheaper
 * than the cosine itself, so that the many candidate pairs of a story whose meanings are far apart are
 * settled without it. Each bound is a true upper bound (with a margin for rounding), so every decision
 * taken on a bound is the one the exact cosine would give; only the time changes.
 *
 * <p>Sentences of one story share much of their meaning, so a few directions (the leading eigenvectors
 * of the vectors' second-moment matrix, found by subspace iteration on a sample) hold most of every
 * vector. With {@code p} a vector's coordinates on those {@value #AXES} orthonormal axes and {@code r}
 * what is left of it, {@code a·b = pa·pb + ra·rb ≤ pa·pb + |ra|·|rb|} (Cauchy–Schwarz): {@value #AXES}
 * numbers per vector instead of some 400, stored next to each other in unit order. Only for a corpus of
 * at least {@value #AXES_FROM} distinct vectors of a dimension well above {@value #AXES}; below that
 * the exact cosines are few, and nothing is settled by a bound.
 */
final class CosineBounds {

  /** How many main axes are kept. */
  static final int AXES = 64;
  /** The fewest distinct vectors for which the axes are found. */
  static final int AXES_FROM = 1_000;
  private static final int SAMPLE = 3_000;
  private static final int ITERATIONS = 10;
  /**
   * Margin for rounding, per unit of the two vectors' norms: the coordinates are stored as floats
   * (relative error 6e-8 each), and the exact dot product sums float products in doubles.
   */
  private static final double ROUNDING = 1e-6;

  /** The main axes, orthonormal ({@code AXES × dimension}); none when the vectors are too few. */
  private final double[][] axes;
  /** Per unit, its coordinates on the axes: unit i's at {@code i × AXES}. */
  private final float[] onAxes;
  /** Per unit: the norm of what is left off the axes, and a margin for rounding. */
  private final double[] offAxes;
  private final double[] margin;

  private CosineBounds(double[][] axes, int units) {
    this.axes = axes;
    int n = axes.length == 0 ? 0 : units;
    onAxes = new float[n * AXES];
    offAxes = new double[n];
    margin = new double[n];
  }

  /** The bounds of {@code vectors}' pairs; a vector shared by several units is converted once. */
  static CosineBounds of(float[][] vectors) {
    return extend(null, vectors);
  }

  /**
   * The bounds of {@code vectors}' pairs, whose first units are those of {@code base} (taken over as
   * they are, with its axes), or of all of them when {@code base} is {@code null}.
   */
  static CosineBounds extend(CosineBounds base, float[][] vectors) {
    int[] first = EmbeddingFactAligner.firstOccurrences(vectors);
    CosineBounds b = new CosineBounds(base == null ? mainAxes(vectors, first) : base.axes, vectors.length);
    if (b.axes.length == 0) {
      return b;
    }
    int from = base == null ? 0 : base.offAxes.length;
    if (base != null) {
      System.arraycopy(base.onAxes, 0, b.onAxes, 0, base.onAxes.length);
      System.arraycopy(base.offAxes, 0, b.offAxes, 0, from);
      System.arraycopy(base.margin, 0, b.margin, 0, from);
    }
    // Each distinct vector on its own (on every core: one is independent of the others), then the copies.
    java.util.stream.IntStream.range(from, vectors.length).parallel().filter(i -> first[i] == i)
        .forEach(i -> b.convert(i, vectors[i]));
    for (int i = from; i < vectors.length; i++) {
      int same = first[i];
      if (same != i) {
        System.arraycopy(b.onAxes, same * AXES, b.onAxes, i * AXES, AXES);
        b.offAxes[i] = b.offAxes[same];
        b.margin[i] = b.margin[same];
      }
    }
    return b;
  }

  /** Whether the cosine of units {@code i} and {@code j} is surely below {@code limit}, by {@link #atMost}. */
  boolean below(int i, int j, double limit) {
    return axes.length > 0 && atMost(i, j) < limit;
  }

  /**
   * An upper bound of the cosine of units {@code i} and {@code j}, from their coordinates on the main
   * axes; positive infinity when there are none.
   */
  double atMost(int i, int j) {
    if (axes.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    // Four running sums: independent additions keep the processor busy. The product of two floats is
    // exact in a double.
    for (int k = 0, a = i * AXES, b = j * AXES; k < AXES; k += 4) {
      s0 += (double) onAxes[a + k] * onAxes[b + k];
      s1 += (double) onAxes[a + k + 1] * onAxes[b + k + 1];
      s2 += (double) onAxes[a + k + 2] * onAxes[b + k + 2];
      s3 += (double) onAxes[a + k + 3] * onAxes[b + k + 3];
    }
    return (s0 + s1) + (s2 + s3) + offAxes[i] * offAxes[j] + margin[i] * margin[j];
  }

  private void convert(int i, float[] v) {
    double[] rest = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      rest[k] = v[k];
    }
    for (int r = 0; r < axes.length; r++) {
      double p = dot(axes[r], v);
      onAxes[i * AXES + r] = (float) p;
      for (int k = 0; k < v.length; k++) {
        rest[k] -= p * axes[r][k];
      }
    }
    offAxes[i] = Math.sqrt(dot(rest, rest));
    // margin[i] * margin[j] = ROUNDING * (1 + |a|·|b|) or more.
    margin[i] = Math.sqrt(ROUNDING) * (1 + Math.sqrt(squares(v)));
  }

  /**
   * The leading {@value #AXES} eigenvectors of the second-moment matrix of (a sample of) the distinct
   * vectors, orthonormal; none when there are fewer than {@value #AXES_FROM} distinct vectors or their
   * dimension is not well above {@value #AXES}. Any orthonormal axes keep the bound true; these make it
   * tight. Deterministic: a fixed start and an evenly spaced sample.
   */
  private static double[][] mainAxes(float[][] vectors, int[] first) {
    List<float[]> distinct = new ArrayList<>();
    for (int i = 0; i < vectors.length; i++) {
      if (first[i] == i) {
        distinct.add(vectors[i]);
      }
    }
    int dim = vectors.length == 0 ? 0 : vectors[0].length;
    if (distinct.size() < AXES_FROM || dim < 4 * AXES) {
      return new double[0][];
    }
    double[][] moment = new double[dim][dim];
    int step = Math.max(1, distinct.size() / SAMPLE);
    // Row by row on every core; each row sums the sample in the same order, so the matrix is the same.
    java.util.stream.IntStream.range(0, dim).parallel().forEach(x -> {
      double[] row = moment[x];
      for (int s = 0; s < distinct.size(); s += step) {
        float[] v = distinct.get(s);
        double vx = v[x];
        for (int y = x; y < dim; y++) {
          row[y] += vx * v[y];
        }
      }
    });
    for (int x = 0; x < dim; x++) {
      for (int y = 0; y < x; y++) {
        moment[x][y] = moment[y][x];
      }
    }
    Random random = new Random(20261204L);
    double[][] basis = new double[AXES][dim];
    for (double[] b : basis) {
      for (int k = 0; k < dim; k++) {
        b[k] = random.nextGaussian();
      }
    }
    orthonormalise(basis);
    for (int it = 0; it < ITERATIONS; it++) {
      double[][] next = new double[AXES][];
      double[][] current = basis;
      java.util.stream.IntStream.range(0, AXES).parallel().forEach(r -> {
        double[] m = new double[dim];
        for (int x = 0; x < dim; x++) {
          m[x] = dot(moment[x], current[r]);
        }
        next[r] = m;
      });
      orthonormalise(next);
      basis = next;
    }
    return basis;
  }

  /**
   * Modified Gram–Schmidt, twice (so the rows are orthonormal to the last digits). A row that the rows
   * before it already span (nothing but rounding is left of it) becomes zero: it adds no axis, and a
   * zero row keeps the bound true.
   */
  private static void orthonormalise(double[][] rows) {
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < rows.length; r++) {
        double before = Math.sqrt(dot(rows[r], rows[r]));
        for (int p = 0; p < r; p++) {
          double d = dot(rows[p], rows[r]);
          for (int k = 0; k < rows[r].length; k++) {
            rows[r][k] -= d * rows[p][k];
          }
        }
        double norm = Math.sqrt(dot(rows[r], rows[r]));
        boolean spanned = norm <= before * 1e-8;
        for (int k = 0; k < rows[r].length; k++) {
          rows[r][k] = spanned ? 0 : rows[r][k] / norm;
        }
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  private static double dot(double[] a, float[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  private static double squares(float[] v) {
    double s = 0;
    for (float x : v) {
      s += (double) x * x;
    }
    return s;
  }
}

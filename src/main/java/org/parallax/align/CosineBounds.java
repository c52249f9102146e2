package org.parallax.align;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Upper bounds of the cosine of two sentence vectors ({@link EmbeddingFactAligner#dot}), far cheaper
 * than the cosine itself, so that the many candidate pairs of a story whose meanings are far apart are
 * settled without it. Each bound is a true upper bound (plus a margin for rounding), so every decision
 * taken on a bound is the one the exact cosine would give; only the time changes. Two levels, tried in
 * turn ({@link #atMost}):
 *
 * <ol>
 *   <li><b>The story's main axes.</b> Sentences of one story share much of their meaning, so a few
 *       directions (the leading eigenvectors of the vectors' second-moment matrix, found by subspace
 *       iteration on a sample) hold most of every vector. With {@code p} a vector's coordinates on
 *       those orthonormal axes and {@code r} what is left of it, {@code a·b = pa·pb + ra·rb ≤ pa·pb +
 *       |ra|·|rb|}: {@value #AXES} numbers per vector, which stay in the processor's cache. Only for a
 *       corpus of at least {@value #AXES_FROM} distinct vectors (below that the exact cosines are few).
 *   <li><b>8-bit integers.</b> Each vector {@code v = s·q + r} with integers {@code q} in [-127, 127],
 *       a scale {@code s} and a small remainder {@code r}; {@code a·b ≤ sa·sb·(qa·qb) + |sa·qa|·|rb| +
 *       |ra|·|sb·qb| + |ra|·|rb|} (Cauchy–Schwarz), a product of integers that the JIT compiles to vector
 *       instructions, within about 0.02 of the cosine.
 * </ol>
 */
final class CosineBounds {

  /** How many main axes the first level keeps. */
  static final int AXES = 32;
  /** The fewest distinct vectors for which the first level is built. */
  static final int AXES_FROM = 1_000;
  private static final int SAMPLE = 3_000;
  private static final int ITERATIONS = 10;
  /** Margin for rounding: of the exact dot product (float products summed in doubles) and of these. */
  private static final double ROUNDING = 1e-6;

  /** The main axes, orthonormal ({@code AXES × dimension}); empty when the first level is not used. */
  private final double[][] axes;
  /** Per unit: its coordinates on the axes (unit i's at {@code i × AXES}, so that units close in order are close in memory), and the norm of what is left. */
  private final double[] onAxes;
  private final double[] offAxes;
  /** Per unit: its 8-bit form, the scale, the norm of the scaled integers and of the remainder. */
  private final int[][] coarse;
  private final double[] scale;
  private final double[] coarseNorm;
  private final double[] remainderNorm;

  private CosineBounds(double[][] axes, int n) {
    this.axes = axes;
    onAxes = new double[axes.length == 0 ? 0 : n * AXES];
    offAxes = new double[n];
    coarse = new int[n][];
    scale = new double[n];
    coarseNorm = new double[n];
    remainderNorm = new double[n];
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
    int from = base == null ? 0 : base.coarse.length;
    CosineBounds b = new CosineBounds(base == null ? mainAxes(vectors) : base.axes, vectors.length);
    if (base != null) {
      System.arraycopy(base.onAxes, 0, b.onAxes, 0, base.onAxes.length);
      System.arraycopy(base.offAxes, 0, b.offAxes, 0, from);
      System.arraycopy(base.coarse, 0, b.coarse, 0, from);
      System.arraycopy(base.scale, 0, b.scale, 0, from);
      System.arraycopy(base.coarseNorm, 0, b.coarseNorm, 0, from);
      System.arraycopy(base.remainderNorm, 0, b.remainderNorm, 0, from);
    }
    Map<float[], Integer> done = new IdentityHashMap<>();
    for (int i = from; i < vectors.length; i++) {
      Integer same = done.putIfAbsent(vectors[i], i);
      if (same == null) {
        b.convert(i, vectors[i]);
      } else {
        if (b.axes.length > 0) {
          System.arraycopy(b.onAxes, same * AXES, b.onAxes, i * AXES, AXES);
        }
        b.offAxes[i] = b.offAxes[same];
        b.coarse[i] = b.coarse[same];
        b.scale[i] = b.scale[same];
        b.coarseNorm[i] = b.coarseNorm[same];
        b.remainderNorm[i] = b.remainderNorm[same];
      }
    }
    return b;
  }

  /**
   * An upper bound of the cosine of units {@code i} and {@code j}: the cheapest one that is below {@code
   * settledBelow}, if one is, else the tightest (in either case a true bound).
   */
  double atMost(int i, int j, double settledBelow) {
    if (axes.length > 0) {
      double sum = offAxes[i] * offAxes[j];
      for (int k = 0, a = i * AXES, b = j * AXES; k < AXES; k++) {
        sum += onAxes[a + k] * onAxes[b + k];
      }
      sum += ROUNDING;
      if (sum < settledBelow) {
        return sum;
      }
    }
    int[] a = coarse[i];
    int[] b = coarse[j];
    int dot = 0;
    for (int k = 0; k < a.length; k++) {
      dot += a[k] * b[k];
    }
    double ni = coarseNorm[i] + remainderNorm[i];
    double nj = coarseNorm[j] + remainderNorm[j];
    return scale[i] * scale[j] * dot
        + coarseNorm[i] * remainderNorm[j]
        + remainderNorm[i] * coarseNorm[j]
        + remainderNorm[i] * remainderNorm[j]
        + ROUNDING * (1 + ni * nj);
  }

  private void convert(int i, float[] v) {
    if (axes.length > 0) {
      double[] p = new double[axes.length];
      double[] rest = new double[v.length];
      for (int k = 0; k < v.length; k++) {
        rest[k] = v[k];
      }
      for (int r = 0; r < axes.length; r++) {
        p[r] = dot(axes[r], v);
      }
      for (int r = 0; r < axes.length; r++) {
        for (int k = 0; k < v.length; k++) {
          rest[k] -= p[r] * axes[r][k];
        }
      }
      System.arraycopy(p, 0, onAxes, i * AXES, AXES);
      offAxes[i] = Math.sqrt(squares(rest));
    }
    double max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    int[] q = new int[v.length];
    double s = max / 127;
    double coarseSquares = 0;
    double remainderSquares = 0;
    for (int k = 0; k < v.length; k++) {
      q[k] = s == 0 ? 0 : (int) Math.round(v[k] / s);
      double part = s * q[k];
      double rest = v[k] - part;
      coarseSquares += part * part;
      remainderSquares += rest * rest;
    }
    coarse[i] = q;
    scale[i] = s;
    coarseNorm[i] = Math.sqrt(coarseSquares);
    remainderNorm[i] = Math.sqrt(remainderSquares);
  }

  /**
   * The leading {@value #AXES} eigenvectors of the second-moment matrix of (a sample of) the distinct
   * vectors, orthonormal; none when there are fewer than {@value #AXES_FROM} distinct vectors or their
   * dimension is not well above {@value #AXES}. Any orthonormal axes keep the bound true; these make it
   * tight. Deterministic: a fixed start and an evenly spaced sample.
   */
  private static double[][] mainAxes(float[][] vectors) {
    Map<float[], Boolean> seen = new IdentityHashMap<>();
    List<float[]> distinct = new ArrayList<>();
    for (float[] v : vectors) {
      if (seen.put(v, Boolean.TRUE) == null) {
        distinct.add(v);
      }
    }
    int dim = vectors.length == 0 ? 0 : vectors[0].length;
    if (distinct.size() < AXES_FROM || dim < 4 * AXES) {
      return new double[0][];
    }
    double[][] moment = new double[dim][dim];
    int step = Math.max(1, distinct.size() / SAMPLE);
    for (int s = 0; s < distinct.size(); s += step) {
      float[] v = distinct.get(s);
      for (int x = 0; x < dim; x++) {
        double vx = v[x];
        double[] row = moment[x];
        for (int y = x; y < dim; y++) {
          row[y] += vx * v[y];
        }
      }
    }
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
      for (int r = 0; r < AXES; r++) {
        double[] m = new double[dim];
        for (int x = 0; x < dim; x++) {
          m[x] = dot(moment[x], basis[r]);
        }
        next[r] = m;
      }
      orthonormalise(next);
      basis = next;
    }
    return basis;
  }

  /** Modified Gram–Schmidt, twice (so the rows are orthonormal to the last digits). */
  private static void orthonormalise(double[][] rows) {
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < rows.length; r++) {
        for (int p = 0; p < r; p++) {
          double d = dot(rows[p], rows[r]);
          for (int k = 0; k < rows[r].length; k++) {
            rows[r][k] -= d * rows[p][k];
          }
        }
        double norm = Math.sqrt(squares(rows[r]));
        for (int k = 0; k < rows[r].length; k++) {
          rows[r][k] = norm == 0 ? 0 : rows[r][k] / norm;
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

  private static double squares(double[] a) {
    return dot(a, a);
  }
}

package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Orders items so that similar ones stand together (seriation): average-linkage agglomerative
 * clustering (UPGMA) of a distance matrix, the tree's leaves read left to right. Each merge puts the
 * cluster holding the earlier item first and turns each half (reversed or not) so that the two ends
 * that meet are the closest pair of ends; ties keep the given order. Deterministic: the same matrix
 * always gives the same order. Cubic in the number of items (200 outlets: a few milliseconds).
 */
final class RowOrder {

  private RowOrder() {}

  /**
   * The order of the items of the symmetric matrix {@code d} (the distance between items {@code i} and
   * {@code j} at {@code d[i][j]}).
   */
  static int[] of(double[][] d) {
    int n = d.length;
    if (n == 0) {
      return new int[0];
    }
    // Cluster k lives in slot k until merged into a lower slot; a slot's index is its earliest item.
    List<List<Integer>> leaves = new ArrayList<>();
    double[][] between = new double[n][n];
    int[] size = new int[n];
    boolean[] active = new boolean[n];
    for (int i = 0; i < n; i++) {
      leaves.add(new ArrayList<>(List.of(i)));
      size[i] = 1;
      active[i] = true;
      System.arraycopy(d[i], 0, between[i], 0, n);
    }
    for (int step = 1; step < n; step++) {
      int bi = -1;
      int bj = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!active[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (active[j] && between[i][j] < best - 1e-12) {
            best = between[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      leaves.set(bi, joined(leaves.get(bi), leaves.get(bj), d));
      leaves.set(bj, null);
      for (int k = 0; k < n; k++) {
        if (active[k] && k != bi && k != bj) {
          double v = (size[bi] * between[bi][k] + size[bj] * between[bj][k]) / (size[bi] + size[bj]);
          between[bi][k] = v;
          between[k][bi] = v;
        }
      }
      size[bi] += size[bj];
      active[bj] = false;
    }
    return leaves.get(0).stream().mapToInt(Integer::intValue).toArray();
  }

  /** {@code a} then {@code b}, each reversed or not so that the ends that meet are closest. */
  private static List<Integer> joined(List<Integer> a, List<Integer> b, double[][] d) {
    List<Integer> ra = reversed(a);
    List<Integer> rb = reversed(b);
    List<List<Integer>> firsts = List.of(a, a, ra, ra);
    List<List<Integer>> seconds = List.of(b, rb, b, rb);
    int best = 0;
    double bestGap = Double.POSITIVE_INFINITY;
    for (int k = 0; k < 4; k++) {
      List<Integer> x = firsts.get(k);
      double gap = d[x.get(x.size() - 1)][seconds.get(k).get(0)];
      if (gap < bestGap - 1e-12) {
        bestGap = gap;
        best = k;
      }
    }
    List<Integer> out = new ArrayList<>(firsts.get(best));
    out.addAll(seconds.get(best));
    return out;
  }

  private static List<Integer> reversed(List<Integer> xs) {
    List<Integer> out = new ArrayList<>(xs);
    Collections.reverse(out);
    return out;
  }
}

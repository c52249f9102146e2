package org.parallax.eval;

import java.util.Arrays;

/**
 * The Kuhn–Munkres (Hungarian) algorithm: the one-to-one assignment of rows to columns with the largest
 * total weight, in O(n²m) for n rows and m columns. Rows or columns may be left unassigned when the
 * matrix is not square; weights are finite and may be 0.
 */
final class Assignment {

  private Assignment() {}

  /** The largest total weight of a one-to-one assignment of {@code weights}' rows to its columns. */
  static double maxWeight(double[][] weights) {
    int rows = weights.length;
    int cols = rows == 0 ? 0 : weights[0].length;
    if (rows == 0 || cols == 0) {
      return 0;
    }
    // The algorithm below needs at most as many rows as columns: transpose when there are more.
    if (rows > cols) {
      double[][] t = new double[cols][rows];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          t[j][i] = weights[i][j];
        }
      }
      return maxWeight(t);
    }
    int[] assigned = minCostAssignment(weights, rows, cols);
    double total = 0;
    for (int j = 1; j <= cols; j++) {
      if (assigned[j] != 0) {
        total += weights[assigned[j] - 1][j - 1];
      }
    }
    return total;
  }

  /**
   * Minimises the total of the negated weights (potentials u, v; e-maxx formulation, 1-based). Returns,
   * per column j (1..cols), the row (1..rows) assigned to it, or 0.
   */
  private static int[] minCostAssignment(double[][] w, int rows, int cols) {
    double[] u = new double[rows + 1];
    double[] v = new double[cols + 1];
    int[] p = new int[cols + 1];
    int[] way = new int[cols + 1];
    double[] minv = new double[cols + 1];
    boolean[] used = new boolean[cols + 1];
    for (int i = 1; i <= rows; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= cols; j++) {
          if (!used[j]) {
            double cur = -w[i0 - 1][j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= cols; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    return p;
  }
}

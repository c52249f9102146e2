package org.parallax.text;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search in lists kept sorted by a position (a token's start, a sentence's end...). */
public final class Sorted {

  private Sorted() {}

  /**
   * The index of the first item whose {@code key} is at least {@code value}, or {@code sorted.size()}
   * when none is; {@code sorted} is in ascending order of {@code key}.
   */
  public static <T> int firstAtLeast(List<T> sorted, ToIntFunction<T> key, int value) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(sorted.get(mid)) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the last item whose {@code key} is at most {@code value}, or -1 when none is. */
  public static <T> int lastAtMost(List<T> sorted, ToIntFunction<T> key, int value) {
    return value == Integer.MAX_VALUE ? sorted.size() - 1 : firstAtLeast(sorted, key, value + 1) - 1;
  }
}

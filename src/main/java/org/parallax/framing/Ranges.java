package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.text.TextRange;

/**
 * Ranges of one article (its quotations) indexed for "is this position inside one?" in logarithmic
 * time: a long article holds thousands of quotations, and every token and phrase asks.
 */
final class Ranges {

  private final int[] starts;
  /** {@code reach[i]}: the furthest end among the first {@code i + 1} ranges by start. */
  private final int[] reach;

  Ranges(List<TextRange> ranges) {
    List<TextRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(TextRange::start));
    starts = new int[sorted.size()];
    reach = new int[sorted.size()];
    int far = Integer.MIN_VALUE;
    for (int i = 0; i < sorted.size(); i++) {
      starts[i] = sorted.get(i).start();
      far = Math.max(far, sorted.get(i).end());
      reach[i] = far;
    }
  }

  /** Whether a range covers {@code pos} (start inclusive, end exclusive). */
  boolean covers(int pos) {
    int lo = 0;
    int hi = starts.length - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= pos) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && reach[last] > pos;
  }
}

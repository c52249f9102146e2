package org.parallax.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranges of one text (an article's quotations, its loaded mentions, what Find in articles found) indexed
 * for "is this position inside one?" in logarithmic time: a long article holds thousands of them, and
 * every token and phrase asks. Ranges may overlap.
 */
public final class Ranges {

  private final int[] starts;
  /** {@code reach[i]}: the furthest end among the first {@code i + 1} ranges by start. */
  private final int[] reach;

  public Ranges(List<TextRange> ranges) {
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
  public boolean covers(int pos) {
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

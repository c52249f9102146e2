package org.parallax.export;

/**
 * One line of text as it is drawn: the characters {@code [start, end)} of a source string, turned
 * into the glyph string {@code visual} (shaped and in left-to-right drawing order), with the
 * horizontal extent of every source character relative to the line's left edge.
 *
 * <p>Invariants: {@code x0.length == x1.length == end - start}; {@code x0[i] <= x1[i]}; a character
 * that draws nothing (a format character, the second half of a surrogate pair, the place an Arabic
 * lam-alef ligature frees) has {@code x0[i] == x1[i]}. Whitespace that ends a line is not part of
 * it.
 *
 * @param rtl whether the line belongs to a right-to-left paragraph (it is then right-aligned)
 */
record LaidLine(
    int start, int end, String visual, float width, float[] x0, float[] x1, boolean rtl) {

  /** The horizontal runs covering source characters {@code [from, to)}, merged where they touch. */
  java.util.List<float[]> runs(int from, int to) {
    int a = Math.max(from, start);
    int b = Math.min(to, end);
    java.util.List<float[]> spans = new java.util.ArrayList<>();
    for (int i = a; i < b; i++) {
      float l = x0[i - start];
      float r = x1[i - start];
      if (r > l) {
        spans.add(new float[] {l, r});
      }
    }
    spans.sort((p, q) -> Float.compare(p[0], q[0]));
    java.util.List<float[]> merged = new java.util.ArrayList<>();
    for (float[] s : spans) {
      float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1] + 0.01f) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new float[] {s[0], s[1]});
      }
    }
    return merged;
  }
}

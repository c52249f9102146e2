package org.parallax.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in some text, usually an article's cleaned
 * text.
 *
 * <p>Invariant: {@code 0 <= start <= end}.
 */
public record TextRange(int start, int end) {

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The characters this range covers in {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}

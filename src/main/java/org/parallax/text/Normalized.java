package org.parallax.text;

import java.util.Objects;

/**
 * A folded copy of a text that maps back to the original characters (OpenNLP's {@code AlignedText}
 * idea): match in {@link #text}, then highlight {@link #toOriginal} in {@link #original}. Made by
 * {@link Folding#align}.
 *
 * <p>Invariants: {@code from.length == text.length()}; {@code from[i]} is the index in {@code original}
 * of the code point that folded character {@code i} comes from, and never decreases with {@code i}.
 * Characters a folding drops (accents written as combining marks) belong to the range of the character
 * before them; a range mapped back never cuts a code point in two.
 *
 * @param original the text as written
 * @param text the folded text
 */
public record Normalized(String original, String text, int[] from) {

  public Normalized {
    from = from.clone();
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    if (from.length != text.length()) {
      throw new IllegalArgumentException("map of " + from.length + " for " + text.length() + " characters");
    }
  }

  /** The map, as a copy: the record is immutable. */
  @Override
  public int[] from() {
    return from.clone();
  }

  /** Where folded character {@code i} starts in the original. */
  public int originalStart(int i) {
    return i == text.length() ? original.length() : from[i];
  }

  /**
   * Where the folded range ending before {@code i} (exclusive) ends in the original: after the whole code
   * point of character {@code i - 1}, and after any marks the folding dropped behind it.
   */
  public int originalEnd(int i) {
    if (i == 0) {
      return 0;
    }
    int last = from[i - 1];
    for (int k = i; k < from.length; k++) {
      if (from[k] != last) {
        return from[k];
      }
    }
    return original.length();
  }

  /** The original characters a range of the folded text comes from; an empty range stays empty. */
  public TextRange toOriginal(TextRange folded) {
    if (folded.end() > text.length()) {
      throw new IndexOutOfBoundsException(folded + " outside " + text.length() + " characters");
    }
    int start = originalStart(folded.start());
    return folded.length() == 0 ? new TextRange(start, start) : new TextRange(start, originalEnd(folded.end()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Normalized n && original.equals(n.original) && text.equals(n.text)
        && java.util.Arrays.equals(from, n.from);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, text, java.util.Arrays.hashCode(from));
  }

  @Override
  public String toString() {
    return "Normalized[" + text + " <- " + original + "]";
  }
}

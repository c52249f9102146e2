package org.parallax.corpus;

/**
 * A file's characters and the encoding they were decoded with.
 *
 * @param text the decoded text, without a byte-order mark
 * @param encoding the canonical charset name, e.g. {@code UTF-8}, {@code UTF-16LE}, {@code windows-1252}
 * @param replaced how many invalid byte sequences were replaced with U+FFFD (a UTF-8 file with a few
 *     broken bytes); 0 for a clean file
 */
public record DecodedText(String text, String encoding, int replaced) {

  public DecodedText(String text, String encoding) {
    this(text, encoding, 0);
  }

  /** The warning to give the analyst about replaced bytes, or null. */
  public String replacementNote() {
    return replaced == 0
        ? null
        : replaced + " invalid " + encoding + " byte sequence" + (replaced == 1 ? " was" : "s were")
            + " replaced with \uFFFD (the rest of the file is read as " + encoding + ")";
  }
}

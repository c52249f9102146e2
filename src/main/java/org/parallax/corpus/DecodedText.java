package org.parallax.corpus;

/**
 * A file's characters and the encoding they were decoded with.
 *
 * @param text the decoded text, without a byte-order mark
 * @param encoding the canonical charset name, e.g. {@code UTF-8}, {@code UTF-16LE}, {@code windows-1252}
 */
public record DecodedText(String text, String encoding) {}

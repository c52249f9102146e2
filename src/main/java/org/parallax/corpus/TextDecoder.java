package org.parallax.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an article file into text without producing mojibake.
 *
 * <p>Order of evidence: a byte-order mark (UTF-8, UTF-16LE/BE) wins; otherwise bytes that are valid UTF-8
 * are UTF-8; bytes that are mostly UTF-8 (its multi-byte sequences, with a few broken ones) are UTF-8
 * with the broken sequences replaced by U+FFFD and counted ({@link DecodedText#replaced()}), so that one
 * bad byte never turns a whole file into mojibake; otherwise the file is a legacy single-byte file and
 * is decoded as windows-1252 (reported as ISO-8859-1 when it uses no byte of the 0x80-0x9F range where
 * the two differ). Content that is not text at all (NUL bytes, many control characters, too few letters
 * and spaces) is rejected rather than decoded into garbage.
 */
public final class TextDecoder {

  /** Raised for bytes that are not a text file. */
  public static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public DecodedText decode(byte[] bytes) throws NotTextException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return checked(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with a byte-order mark"), "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return checked(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return checked(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return checked(strict(bytes, 0, utf16, utf16.name()), utf16.name());
    }
    if (hasNul(bytes)) {
      throw new NotTextException("binary content, not a text file");
    }
    try {
      return checked(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      DecodedText mostlyUtf8 = mostlyUtf8(bytes);
      if (mostlyUtf8 != null) {
        return mostlyUtf8;
      }
      boolean usesC1Range = false;
      for (byte b : bytes) {
        int v = b & 0xFF;
        if (v >= 0x80 && v <= 0x9F) {
          usesC1Range = true;
          break;
        }
      }
      // windows-1252 is a superset of ISO-8859-1's printable characters, so decoding with it is right
      // for both; the name recorded says which one the bytes are consistent with.
      String text = new String(bytes, WINDOWS_1252);
      DecodedText legacy = checked(text, usesC1Range ? "windows-1252" : "ISO-8859-1");
      if (!looksLikeText(text)) {
        throw new NotTextException("binary content, not a text file");
      }
      return legacy;
    }
  }

  /**
   * The bytes as UTF-8 with broken sequences replaced, if they are mostly UTF-8: at least two valid
   * multi-byte sequences, at least twice as many as broken ones, and broken ones at most 1% of the bytes.
   * Else null: in a legacy single-byte file every accented letter is a broken sequence and valid ones
   * are accidents.
   */
  private static DecodedText mostlyUtf8(byte[] bytes) throws NotTextException {
    int valid = 0;
    int broken = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
      boolean ok = need > 0;
      for (int k = 1; ok && k <= need; k++) {
        ok = i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += need + 1;
      } else {
        broken++;
        i++;
      }
    }
    if (valid < 2 || broken * 2 > valid || broken * 100L > bytes.length) {
      return null;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException cannotHappen) {
      return null;
    }
    DecodedText checked = checked(text, "UTF-8");
    return new DecodedText(checked.text(), "UTF-8", Math.max(1, broken));
  }

  /**
   * Whether decoded legacy text reads as text: letters, digits, spaces and common punctuation make up
   * nearly all of any article, while random bytes decoded as windows-1252 are a third symbols.
   */
  private static boolean looksLikeText(String text) {
    if (text.length() < 64) {
      return true;
    }
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || ".,;:!?'\"-()/&%$@#*+=[]<>|_\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u20AC\u00A3".indexOf(c) >= 0) {
        plain++;
      }
    }
    return plain * 100L >= text.length() * 85L;
  }

  private static DecodedText checked(String text, String encoding) throws NotTextException {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new NotTextException("binary content, not a text file");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    // A few stray control characters occur in real pages; a large share of them means binary data.
    if (control > 8 && control * 100L > text.length()) {
      throw new NotTextException("binary content, not a text file");
    }
    return new DecodedText(text, encoding);
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String what)
      throws NotTextException {
    try {
      return decodeStrictly(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      throw new NotTextException("declares " + what + " but its bytes are not valid " + charset.name());
    }
  }

  private static String decodeStrictly(byte[] bytes, int offset, Charset charset)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Latin-script text in UTF-16 has a NUL in every other byte: the high byte of each code unit. Returns
   * the byte order such a file uses, or null.
   */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 4000) & ~1;
    if (n < 8 || (bytes.length & 1) != 0) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }
}

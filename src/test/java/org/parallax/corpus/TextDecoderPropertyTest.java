package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.NewsText;
import org.parallax.testkit.Props;

/** Decoding: any bytes give text or a reported refusal; text written in a supported encoding comes back. */
class TextDecoderPropertyTest {

  private static final Set<String> ENCODINGS = Set.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void anyBytesAreDecodedToTextOrRefusedAsNotText() {
    Props.forAll("decode any bytes", 300, r -> NewsText.fragment(r), text -> {
      // The generated text only seeds the bytes: raw noise, then the text's encodings, damaged.
      SplittableRandom r = new SplittableRandom(text.hashCode());
      byte[] bytes = switch (r.nextInt(4)) {
        case 0 -> noise(r, r.nextInt(64));
        case 1 -> damaged(r, text.getBytes(StandardCharsets.UTF_8));
        case 2 -> damaged(r, text.getBytes(StandardCharsets.UTF_16LE));
        default -> damaged(r, withBom(text.getBytes(StandardCharsets.UTF_16BE), 0xFE, 0xFF));
      };
      decodesOrRefuses(bytes);
    });
  }

  @Test
  void utf8ComesBackAsWritten() {
    Props.forAll("UTF-8 round trip", 200, r -> NewsText.sample(r), text -> {
      String expected = text.startsWith("\uFEFF") ? text.substring(1) : text;
      expectBack(text.getBytes(StandardCharsets.UTF_8), expected, "UTF-8");
    });
  }

  @Test
  void utf16WithAByteOrderMarkComesBackAsWritten() {
    Props.forAll("UTF-16 round trip", 200, r -> NewsText.sample(r), text -> {
      expectBack(withBom(text.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE), text, "UTF-16LE");
      expectBack(withBom(text.getBytes(StandardCharsets.UTF_16BE), 0xFE, 0xFF), text, "UTF-16BE");
    });
  }

  @Test
  void legacySingleByteTextComesBackAsWritten() {
    Props.forAll("windows-1252 round trip", 200, r -> NewsText.sample(r), generated -> {
      // Keep what windows-1252 can say, and make sure the file is not also valid UTF-8.
      StringBuilder b = new StringBuilder("Café ");
      generated.codePoints().filter(cp -> WINDOWS_1252.newEncoder().canEncode(new String(Character.toChars(cp))))
          .forEach(b::appendCodePoint);
      String text = b.toString();
      byte[] bytes = text.getBytes(WINDOWS_1252);
      if (isUtf8(bytes)) {
        return;
      }
      boolean c1 = false;
      for (byte x : bytes) {
        c1 |= (x & 0xFF) >= 0x80 && (x & 0xFF) <= 0x9F;
      }
      expectBack(bytes, text, c1 ? "windows-1252" : "ISO-8859-1");
    });
  }

  private void decodesOrRefuses(byte[] bytes) {
    try {
      DecodedText d = decoder.decode(bytes);
      assertNotNull(d.text());
      assertTrue(ENCODINGS.contains(d.encoding()), d.encoding());
      assertTrue(d.text().indexOf('\0') < 0, "decoded text holds a NUL");
    } catch (TextDecoder.NotTextException e) {
      assertNotNull(e.getMessage());
    }
  }

  private void expectBack(byte[] bytes, String expected, String encoding) {
    int control = 0;
    for (char c : expected.toCharArray()) {
      control += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' ? 1 : 0;
    }
    boolean binaryLooking = control > 8 && control * 100L > expected.length();
    try {
      DecodedText d = decoder.decode(bytes);
      if (binaryLooking) {
        fail("text with " + control + " control characters in " + expected.length() + " was not refused");
      }
      assertEquals(encoding, d.encoding());
      assertEquals(expected, d.text());
    } catch (TextDecoder.NotTextException e) {
      if (!binaryLooking && !expected.isEmpty()) {
        fail("text refused as " + e.getMessage() + ": " + Props.javaLiteral(expected));
      }
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] withBom(byte[] bytes, int b0, int b1) {
    byte[] out = new byte[bytes.length + 2];
    out[0] = (byte) b0;
    out[1] = (byte) b1;
    System.arraycopy(bytes, 0, out, 2, bytes.length);
    return out;
  }

  private static byte[] noise(SplittableRandom r, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return b;
  }

  private static byte[] damaged(SplittableRandom r, byte[] bytes) {
    byte[] b = bytes.clone();
    int hits = r.nextInt(4);
    for (int i = 0; i < hits && b.length > 0; i++) {
      b[r.nextInt(b.length)] = (byte) r.nextInt(256);
    }
    return b;
  }
}

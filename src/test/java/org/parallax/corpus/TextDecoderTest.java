package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String SAMPLE = "Kerry’s “focus” remains — naïve café €5 façade";
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void decodesUtf8WithoutBom() throws Exception {
    DecodedText d = decoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8));
    assertEquals(SAMPLE, d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void dropsUtf8ByteOrderMark() throws Exception {
    DecodedText d = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(SAMPLE, d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void decodesUtf16LittleAndBigEndianWithBom() throws Exception {
    DecodedText le = decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(SAMPLE, le.text());
    assertEquals("UTF-16LE", le.encoding());
    DecodedText be = decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(SAMPLE, be.text());
    assertEquals("UTF-16BE", be.encoding());
  }

  @Test
  void decodesUtf16WithoutBomFromItsNulPattern() throws Exception {
    String text = "Kerry said the talks were constructive.";
    DecodedText d = decoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(text, d.text());
    assertEquals("UTF-16LE", d.encoding());
  }

  @Test
  void decodesWindows1252CurlyQuotesInsteadOfMojibake() throws Exception {
    DecodedText d = decoder.decode(SAMPLE.getBytes(Charset.forName("windows-1252")));
    assertEquals(SAMPLE, d.text());
    assertEquals("windows-1252", d.encoding());
  }

  @Test
  void namesLatin1WhenNoWindowsOnlyBytesAreUsed() throws Exception {
    String latin = "Le président a déclaré à Genève";
    DecodedText d = decoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(latin, d.text());
    assertEquals("ISO-8859-1", d.encoding());
  }

  @Test
  void keepsCyrillicAndArabicInUtf8() throws Exception {
    String s = "Лавров заявил: «Мы готовы». قال لافروف";
    assertEquals(s, decoder.decode(s.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void rejectsBinaryContent() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    var e = assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(png));
    assertEquals("binary content, not a text file", e.getMessage());
  }

  @Test
  void rejectsControlCharacterSoup() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 + (i % 7) : 'a');
    }
    assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(bytes));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void oneBrokenByteInUtf8IsReplacedNotTheWholeFileMisread() throws Exception {
    byte[] good = ("The talks went on. " + SAMPLE + " Lavrov said “talks” would resume.").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(concat(java.util.Arrays.copyOf(good, 19), new byte[] {(byte) 0xC3}), java.util.Arrays.copyOfRange(good, 19, good.length));
    DecodedText d = decoder.decode(bytes);
    assertEquals("UTF-8", d.encoding());
    assertEquals(1, d.replaced());
    assertEquals("The talks went on. \uFFFD" + SAMPLE + " Lavrov said “talks” would resume.", d.text());
    assertEquals("1 invalid UTF-8 byte sequence was replaced with \uFFFD (the rest of the file is read as UTF-8)", d.replacementNote());
  }

  @Test
  void randomBytesAreBinaryNotPageJunk() {
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);
    for (int i = 0; i < random.length; i++) {
      if (random[i] == 0) {
        random[i] = 1; // no NUL, so only the content can tell
      }
    }
    TextDecoder.NotTextException e = assertThrows(TextDecoder.NotTextException.class, () -> decoder.decode(random));
    assertEquals("binary content, not a text file", e.getMessage());
  }

  @Test
  void legacyTextStillDecodesAsWindows1252() throws Exception {
    String text = "Caf\u00e9 owners said the na\u00efve plan \u2013 announced on Monday \u2013 would cost \u20ac5 million. ".repeat(4);
    DecodedText d = decoder.decode(text.getBytes(Charset.forName("windows-1252")));
    assertEquals(text, d.text());
    assertEquals("windows-1252", d.encoding());
    assertEquals(0, d.replaced());
  }
}

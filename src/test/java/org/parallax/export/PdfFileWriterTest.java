package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's cross-reference stream, read byte by byte as a strict reader (qpdf) reads it: what
 * {@code qpdf --check} warned about ("reported number of objects (N+2) is not one plus the highest
 * object number (N)") is checked here without qpdf.
 */
class PdfFileWriterTest {

  @TempDir Path dir;

  /** One entry of a cross-reference stream: type 1 = at an offset, 2 = in an object stream. */
  record Entry(int type, long second, long third) {}

  @Test
  void theCrossReferenceStreamListsEveryObjectItselfIncludedAndSizeIsOneAboveTheHighest()
      throws Exception {
    Path pdf = dir.resolve("seeds.pdf");
    new PdfReportWriter(PdfReportWriterTest.CLOCK)
        .write(SeedAnalysis.build(), ReportOptions.all(), pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);

    Matcher start = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(latin);
    assertTrue(start.find(), "ends with startxref and %%EOF");
    int xref = Integer.parseInt(start.group(1));
    Matcher head =
        Pattern.compile("(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream\r?\n", Pattern.DOTALL)
            .matcher(latin)
            .region(xref, latin.length());
    assertTrue(head.lookingAt(), "startxref points at the cross-reference stream");
    long self = Long.parseLong(head.group(1));
    String dict = head.group(2);
    assertTrue(dict.contains("/Type /XRef"), dict);
    long size = number(dict, "Size");
    long[] index = numbers(dict, "Index");
    long[] w = numbers(dict, "W");
    int length = (int) number(dict, "Length");

    Inflater inflater = new Inflater();
    inflater.setInput(bytes, head.end(), length);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!inflater.finished()) {
      int n = inflater.inflate(buf);
      assertTrue(n > 0 || inflater.finished(), "the stream inflates");
      raw.write(buf, 0, n);
    }
    byte[] data = raw.toByteArray();

    Map<Long, Entry> entries = new TreeMap<>();
    int at = 0;
    for (int s = 0; s < index.length; s += 2) {
      for (long k = 0; k < index[s + 1]; k++) {
        long[] f = new long[3];
        for (int c = 0; c < 3; c++) {
          for (int b = 0; b < w[c]; b++) {
            f[c] = (f[c] << 8) | (data[at++] & 0xff);
          }
        }
        entries.put(index[s] + k, new Entry((int) f[0], f[1], f[2]));
      }
    }
    assertEquals(data.length, at, "the entries fill the stream");

    long highest = ((TreeMap<Long, Entry>) entries).lastKey();
    assertEquals(highest + 1, size, "/Size is one above the highest object number listed");
    assertEquals(new Entry(1, xref, 0), entries.get(self), "the stream lists itself at its offset");
    int inStreams = 0;
    for (Map.Entry<Long, Entry> e : entries.entrySet()) {
      if (e.getValue().type() == 1) {
        String at0 = latin.substring((int) e.getValue().second());
        assertTrue(at0.startsWith(e.getKey() + " 0 obj"), "object " + e.getKey() + " is at its offset");
      } else if (e.getValue().type() == 2) {
        inStreams++;
        assertEquals(1, entries.get(e.getValue().second()).type(), "its object stream is a real object");
      }
    }
    assertTrue(inStreams > 100, "the seeds report uses object streams: " + inStreams);
  }

  private static long number(String dict, String key) {
    Matcher m = Pattern.compile("/" + key + "\\s+(\\d+)").matcher(dict);
    assertTrue(m.find(), key + " in " + dict);
    return Long.parseLong(m.group(1));
  }

  private static long[] numbers(String dict, String key) {
    Matcher m = Pattern.compile("/" + key + "\\s*\\[([\\d\\s]+)\\]").matcher(dict);
    assertTrue(m.find(), key + " in " + dict);
    String[] parts = m.group(1).trim().split("\\s+");
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Long.parseLong(parts[i]);
    }
    return out;
  }
}

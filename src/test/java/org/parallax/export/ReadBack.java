package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;

/**
 * Reads a written report's highlight annotations back and holds them against the glyphs on the
 * page.
 */
final class ReadBack {

  private static final float TOLERANCE = 0.5f;

  private ReadBack() {}

  /** One annotation as read back: its page, quads as {x0, y0, x1, y1}, and what it says. */
  record Annotation(
      int page,
      String name,
      List<float[]> quads,
      String contents,
      String title,
      PDAnnotationPopup popup) {}

  static List<Annotation> annotations(PDDocument doc) throws IOException {
    List<Annotation> out = new ArrayList<>();
    for (int p = 0; p < doc.getNumberOfPages(); p++) {
      for (PDAnnotation a : doc.getPage(p).getAnnotations()) {
        if (a instanceof PDAnnotationHighlight h) {
          float[] q = h.getQuadPoints();
          List<float[]> quads = new ArrayList<>();
          for (int i = 0; i < q.length; i += 8) {
            // Quad order as Acrobat writes it: upper left, upper right, lower left, lower right.
            quads.add(new float[] {q[i + 4], q[i + 5], q[i + 2], q[i + 3]});
          }
          out.add(
              new Annotation(
                  p,
                  h.getAnnotationName(),
                  quads,
                  h.getContents(),
                  h.getTitlePopup(),
                  h.getPopup()));
        }
      }
    }
    return out;
  }

  /**
   * Asserts that every highlight has annotations, and that each annotation's quads cover exactly
   * the glyphs of its text: the glyphs whose centres fall inside spell the highlighted text (in
   * order, or as the same letters for right-to-left text, which is drawn reordered and shaped), and
   * every quad is as wide as the glyphs inside it and high enough for them.
   *
   * @return the number of annotations
   */
  static int assertAnnotationsCoverTheirWords(
      PDDocument doc, Analysis analysis, List<Highlight> highlights, boolean inOrder)
      throws IOException {
    Map<String, Highlight> byName = new LinkedHashMap<>();
    highlights.forEach(h -> byName.put(ArticlePages.name(h), h));
    List<Annotation> read = annotations(doc);
    Map<String, StringBuilder> covered = new LinkedHashMap<>();
    Map<Integer, List<PdfGlyphs.Glyph>> glyphs = new HashMap<>();
    for (Annotation r : read) {
      List<PdfGlyphs.Glyph> page = glyphs.computeIfAbsent(r.page(), p -> load(doc, p));
      for (float[] q : r.quads()) {
        List<PdfGlyphs.Glyph> inside =
            page.stream()
                .filter(
                    g ->
                        g.centreX() > q[0]
                            && g.centreX() < q[2]
                            && g.baseline() > q[1]
                            && g.baseline() < q[3])
                .toList();
        assertFalse(inside.isEmpty(), r.name());
        float left = (float) inside.stream().mapToDouble(PdfGlyphs.Glyph::x).min().orElseThrow();
        float right =
            (float) inside.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
        assertEquals(left, q[0], TOLERANCE, r.name() + " left edge");
        assertEquals(right, q[2], TOLERANCE, r.name() + " right edge");
        for (PdfGlyphs.Glyph g : inside) {
          assertTrue(
              g.baseline() - q[1] > 1.5f, r.name() + ": room for descenders below " + g.text());
          assertTrue(
              g.baseline() + g.height() <= q[3] + TOLERANCE,
              r.name() + ": " + g.text() + " sticks out at the top");
        }
        StringBuilder text = covered.computeIfAbsent(r.name(), k -> new StringBuilder());
        inside.forEach(g -> text.append(g.text()));
      }
    }
    assertEquals(byName.keySet(), covered.keySet());
    for (Map.Entry<String, StringBuilder> e : covered.entrySet()) {
      Highlight h = byName.get(e.getKey());
      String expected =
          analysis.article(h.article()).orElseThrow().text().substring(h.start(), h.end());
      if (inOrder) {
        assertEquals(
            expected.replaceAll("\\s+", ""),
            e.getValue().toString().replaceAll("\\s+", ""),
            e.getKey());
      } else {
        assertEquals(letters(expected), letters(e.getValue().toString()), e.getKey());
      }
    }
    return read.size();
  }

  /** The letters of {@code s} without regard to order or shaping: NFKC, no whitespace, sorted. */
  private static String letters(String s) {
    char[] c = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toCharArray();
    java.util.Arrays.sort(c);
    return new String(c);
  }

  private static List<PdfGlyphs.Glyph> load(PDDocument doc, int page) {
    try {
      return PdfGlyphs.onPage(doc, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

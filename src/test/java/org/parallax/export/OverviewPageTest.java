package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.OverviewStory;

/**
 * The report's overview page on the hand-made six-article story: after the glance page, drawn as
 * rectangles and text (no image), one rectangle per cell in the colour of what the cell says, the
 * outlets under their groups, each outlet's most used label written in its cell.
 */
class OverviewPageTest {

  private static byte[] report(Analysis a, EnumSet<ReportOptions.Section> sections) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter(PdfReportWriterTest.CLOCK).write(a, ReportOptions.all().withSections(sections), out);
    return out.toByteArray();
  }

  /** Every filled rectangle on a page, by colour, and how many images it draws. */
  private static final class Shapes extends PDFGraphicsStreamEngine {
    final Map<Integer, Integer> filled = new LinkedHashMap<>();
    int images;
    private int pending;

    Shapes(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      pending++;
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
      int rgb = getGraphicsState().getNonStrokingColor().toRGB();
      filled.merge(rgb, pending, Integer::sum);
      pending = 0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
      images++;
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      pending = 0;
    }

    @Override
    public void strokePath() {
      pending = 0;
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
      fillPath(windingRule);
    }

    @Override
    public void shadingFill(COSName shadingName) {}

    /** Rectangles filled with {@code rgb} (give or take one step a channel: colours pass through floats). */
    int count(int rgb) {
      int n = 0;
      for (Map.Entry<Integer, Integer> e : filled.entrySet()) {
        if (near(e.getKey(), rgb)) {
          n += e.getValue();
        }
      }
      return n;
    }

    private static boolean near(int a, int b) {
      for (int shift = 0; shift <= 16; shift += 8) {
        if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 1) {
          return false;
        }
      }
      return true;
    }
  }

  private static Shapes shapes(PDDocument doc, int page) throws IOException {
    Shapes s = new Shapes(doc.getPage(page));
    s.processPage(doc.getPage(page));
    return s;
  }

  @Test
  void theOverviewFollowsTheGlancePageAsOneRectanglePerCellInTheColourOfWhatItSays() throws Exception {
    byte[] pdf = report(OverviewStory.story(), EnumSet.of(ReportOptions.Section.GLANCE, ReportOptions.Section.OVERVIEW));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // The cover, the glance page, the overview, the summary's legend.
      assertEquals(4, doc.getNumberOfPages());
      assertTrue(PdfGlyphs.pageText(doc, 1).startsWith("story The story at a glance"));
      String text = PdfGlyphs.pageText(doc, 2);
      assertTrue(text.startsWith("story Overview Overview: who reports what, and what they call it"), text);
      Shapes s = shapes(doc, 2);
      assertEquals(0, s.images);
      // 5 outlets × 5 items: 14 cells report (every outlet f1; the wires and the unknown outlet f2; Press TV and
      // Al-Alam f3; the wires q1; Press TV and Al-Alam q2, Al-Alam altered), 11 leave out; one legend swatch each.
      int fact = Palette.strong(Highlight.Kind.FACT);
      assertEquals(9 + 1, s.count(fact), s.filled.toString());
      assertEquals(1, s.count(OverviewPage.coverageColour(org.parallax.analysis.Overview.Kind.FACT, false, 0.5)));
      assertEquals(3 + 1, s.count(Palette.strong(Highlight.Kind.QUOTE)));
      assertEquals(1 + 1, s.count(Palette.strong(Highlight.Kind.ALTERED_QUOTE)));
      assertEquals(11 + 1, s.count(OverviewPage.EMPTY));
      // 5 outlets × 2 referents: the two Iranian outlets' "Takfiri terrorists" loaded, the other eight neutral.
      assertEquals(2 + 1, s.count(OverviewPage.loadedColour()));
      assertEquals(8 + 1, s.count(OverviewPage.NEUTRAL));
      assertEquals(0 + 1, s.count(OverviewPage.UNMENTIONED));
      // One band per group heading, and a stripe per grouped row and heading in its group's colour.
      assertEquals(3, s.count(OverviewPage.BAND));
      assertEquals(3, s.count(OverviewPage.GROUP_COLOURS[0]));
      assertEquals(3, s.count(OverviewPage.GROUP_COLOURS[1]));

      List<String> order = new ArrayList<>();
      for (String w : List.of("Iran, state-owned", "Al-Alam", "Press TV 2", "Wire", "Reuters", "AP", "No group", "“Quake hits Aceh”")) {
        order.add(w);
        assertTrue(text.contains(w), w + " in " + text);
      }
      for (int i = 1; i < order.size(); i++) {
        assertTrue(text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)), order.get(i - 1) + " before " + order.get(i) + ": " + text);
      }
      for (String w : List.of("Who reports what 3 facts, 2 quotations", "The label each outlet uses most", "Islamic State",
          "r2 · 5 outlets", "Takfiri terrorists ×3", "The Takfiri terrorists", "John Kerry ×2", "The IS group")) {
        assertTrue(text.contains(w), w + " in " + text);
      }
    }
  }

  @Test
  void withoutTheSectionThereIsNoOverviewPage() throws Exception {
    byte[] pdf = report(OverviewStory.story(), EnumSet.of(ReportOptions.Section.GLANCE));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(3, doc.getNumberOfPages());
      assertFalse(PdfGlyphs.flatText(doc).contains("who reports what"));
    }
  }
}

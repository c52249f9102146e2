package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The pages of a report being written: A4 landscape, each with a header (the report's name and the
 * section) and, once all are made, a footer with the page number. Sections draw through it with a
 * cursor {@link #y} that runs down the page; {@link #room} starts a new page when what comes next
 * does not fit.
 *
 * <p>Invariant: between {@link #newPage} and the next {@code newPage} or {@link #finish}, {@link
 * #stream} is the open content stream of the last page; text is drawn with {@link ReportFont}s
 * only, so every glyph is in an embedded font and the text layer stays searchable.
 */
final class ReportCanvas {

  static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  static final float MARGIN = 36;
  static final float TOP = PAGE.getHeight() - 50;
  static final float BOTTOM = 44;
  static final float LEFT = MARGIN;
  static final float RIGHT = PAGE.getWidth() - MARGIN;
  static final float WIDTH = RIGHT - LEFT;

  static final int INK = 0x1A1A1A;
  static final int GREY = 0x5F6368;
  static final int RULE = 0xBDC1C6;
  static final int HEADER_FILL = 0xECEFF1;

  /** Draws extra things in a page's header band (the legend on article pages). */
  interface HeaderExtra {
    void draw(ReportCanvas canvas) throws IOException;
  }

  final PDDocument doc;
  final ReportFont regular;
  final ReportFont bold;
  private final String name;
  private final String footerNote;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream stream;
  private String section;
  private HeaderExtra headerExtra;
  float y;

  ReportCanvas(
      PDDocument doc, ReportFont regular, ReportFont bold, String name, String footerNote) {
    this.doc = doc;
    this.regular = regular;
    this.bold = bold;
    this.name = name;
    this.footerNote = footerNote;
  }

  PDPageContentStream stream() {
    return stream;
  }

  PDPage page() {
    return pages.get(pages.size() - 1);
  }

  int pageIndex() {
    return pages.size() - 1;
  }

  List<PDPage> pages() {
    return pages;
  }

  /** Starts a new page in {@code sectionName}, header drawn, cursor at the top of the text area. */
  PDPage newPage(String sectionName, HeaderExtra extra) throws IOException {
    closeStream();
    PDPage page = new PDPage(PAGE);
    doc.addPage(page);
    pages.add(page);
    stream = new PDPageContentStream(doc, page);
    section = sectionName;
    headerExtra = extra;
    float base = PAGE.getHeight() - 30;
    // The header's left part never runs into the legend on its right.
    LaidLine title = Typesetter.single(Typesetter.fit(name, bold, 9, 260, false), bold, 9);
    text(title, LEFT, base, bold, 9, INK);
    text(Typesetter.single(section, regular, 9), LEFT + title.width() + 10, base, regular, 9, GREY);
    if (extra != null) {
      extra.draw(this);
    }
    rule(LEFT, PAGE.getHeight() - 37, RIGHT, RULE, 0.6f);
    y = TOP;
    return page;
  }

  PDPage newPage(String sectionName) throws IOException {
    return newPage(sectionName, null);
  }

  /** Makes sure {@code height} points fit below the cursor, else continues on a new page. */
  boolean room(float height) throws IOException {
    if (y - height < BOTTOM) {
      newPage(section, headerExtra);
      return false;
    }
    return true;
  }

  /** Draws a laid-out line with its left edge at {@code x} and its baseline at {@code baseline}. */
  void text(LaidLine line, float x, float baseline, ReportFont font, float size, int rgb)
      throws IOException {
    if (line.visual().isEmpty()) {
      return;
    }
    float[] c = Palette.components(rgb);
    stream.setNonStrokingColor(c[0], c[1], c[2]);
    stream.beginText();
    stream.setFont(font.pdFont(), size);
    stream.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
    stream.showText(line.visual());
    stream.endText();
  }

  /**
   * Draws {@code s} wrapped to {@code width} at the cursor, moving it down and onto new pages as
   * needed.
   *
   * @return the number of lines drawn
   */
  int paragraph(String s, float x, float width, ReportFont font, float size, float leading, int rgb)
      throws IOException {
    List<LaidLine> lines = Typesetter.set(s, 0, s.length(), font, size, width);
    for (LaidLine line : lines) {
      room(leading);
      y -= leading;
      float lx = line.rtl() ? x + width - line.width() : x;
      text(line, lx, y + (leading - size) * 0.5f, font, size, rgb);
    }
    return lines.size();
  }

  /** A boxed note across the text width at the cursor. */
  void note(String s, ReportFont font, float size, float leading, int background)
      throws IOException {
    List<LaidLine> lines = Typesetter.set(s, 0, s.length(), font, size, WIDTH - 16);
    float h = lines.size() * leading + 10;
    room(h);
    fill(LEFT, y - h, WIDTH, h, background);
    float base = y - 5;
    for (LaidLine line : lines) {
      base -= leading;
      text(line, LEFT + 8, base + (leading - size) * 0.5f, font, size, INK);
    }
    y -= h + 12;
  }

  void fill(float x, float yBottom, float w, float h, int rgb) throws IOException {
    float[] c = Palette.components(rgb);
    stream.setNonStrokingColor(c[0], c[1], c[2]);
    stream.addRect(x, yBottom, w, h);
    stream.fill();
  }

  void rule(float x0, float yy, float x1, int rgb, float lineWidth) throws IOException {
    line(x0, yy, x1, yy, rgb, lineWidth);
  }

  void verticalRule(float x, float y0, float y1, int rgb, float lineWidth) throws IOException {
    line(x, y0, x, y1, rgb, lineWidth);
  }

  private void line(float x0, float y0, float x1, float y1, int rgb, float lineWidth) throws IOException {
    float[] c = Palette.components(rgb);
    stream.setStrokingColor(c[0], c[1], c[2]);
    stream.setLineWidth(lineWidth);
    stream.moveTo(x0, y0);
    stream.lineTo(x1, y1);
    stream.stroke();
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  /** Closes the last page and adds every page's footer, now that the page count is known. */
  void finish() throws IOException {
    closeStream();
    int total = pages.size();
    for (int i = 0; i < total; i++) {
      try (PDPageContentStream s =
          new PDPageContentStream(
              doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        stream = s;
        rule(LEFT, 34, RIGHT, RULE, 0.6f);
        text(Typesetter.single(footerNote, regular, 7.5f), LEFT, 24, regular, 7.5f, GREY);
        LaidLine number = Typesetter.single("Page " + (i + 1) + " of " + total, regular, 8);
        text(number, RIGHT - number.width(), 24, regular, 8, GREY);
      } finally {
        stream = null;
      }
    }
  }
}

package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the report: fixed column widths, a header row repeated on every page it spans, cells
 * of wrapped text. A cell is a stack of pieces (a label, a count, a line of quotation), each with
 * its own weight and optional tint behind its words, and an optional background for the whole cell.
 *
 * <p>Invariant: every row has one cell per column. A cell shows at most {@link #MAX_LINES} lines,
 * the last ending in "…" when cut, so that no row is taller than a page.
 */
final class Table {

  static final int MAX_LINES = 12;
  static final float SIZE = 7.5f;
  static final float LEADING = 9.5f;
  static final float PAD = 3;

  /** Text in a cell; {@code tint} is a fill colour behind its words, or -1. */
  record Piece(String text, boolean bold, int tint, int rgb) {
    static Piece plain(String text) {
      return new Piece(text, false, -1, ReportCanvas.INK);
    }

    static Piece grey(String text) {
      return new Piece(text, false, -1, ReportCanvas.GREY);
    }

    static Piece strong(String text) {
      return new Piece(text, true, -1, ReportCanvas.INK);
    }
  }

  /** A cell; {@code background} is a fill for the whole cell, or -1. */
  record Cell(List<Piece> pieces, int background) {
    static Cell of(Piece... pieces) {
      return new Cell(List.of(pieces), -1);
    }

    static Cell text(String s) {
      return of(Piece.plain(s));
    }
  }

  private final float[] widths;
  private final List<Cell> header;
  private final List<List<Cell>> rows = new ArrayList<>();

  Table(float[] widths, List<Cell> header) {
    this.widths = widths.clone();
    this.header = List.copyOf(header);
    if (header.size() != widths.length) {
      throw new IllegalArgumentException(
          "header has " + header.size() + " cells for " + widths.length + " columns");
    }
  }

  void row(List<Cell> cells) {
    if (cells.size() != widths.length) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells for " + widths.length + " columns");
    }
    rows.add(List.copyOf(cells));
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Draws the table at the canvas cursor, continuing on new pages (header repeated) as needed. */
  void draw(ReportCanvas c) throws IOException {
    List<List<Laid>> head = layRow(c, header, true);
    float headHeight = height(head);
    c.room(headHeight + LEADING * 2 + PAD * 2);
    drawRow(c, header, head, headHeight, true);
    for (List<Cell> row : rows) {
      List<List<Laid>> laid = layRow(c, row, false);
      float h = height(laid);
      if (!c.room(h)) {
        drawRow(c, header, head, headHeight, true);
      }
      drawRow(c, row, laid, h, false);
    }
    c.y -= 8;
  }

  /** One laid-out line of a cell, with the piece it came from. */
  private record Laid(LaidLine line, Piece piece, boolean gapBefore) {}

  private List<List<Laid>> layRow(ReportCanvas c, List<Cell> cells, boolean isHeader) {
    List<List<Laid>> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      List<Laid> lines = new ArrayList<>();
      float inner = widths[i] - 2 * PAD;
      boolean first = true;
      for (Piece p : cells.get(i).pieces()) {
        ReportFont f = p.bold() || isHeader ? c.bold : c.regular;
        String text = p.text() == null ? "" : p.text();
        boolean gap = !first;
        for (LaidLine l : Typesetter.set(text, 0, text.length(), f, SIZE, inner)) {
          lines.add(new Laid(l, p, gap));
          gap = false;
        }
        first = false;
      }
      if (lines.size() > MAX_LINES) {
        Laid last = lines.get(MAX_LINES - 1);
        ReportFont f = last.piece().bold() || isHeader ? c.bold : c.regular;
        String cut = last.piece().text().substring(last.line().start(), last.line().end());
        String shortened = Typesetter.fit(cut + " …", f, SIZE, inner, true);
        lines = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
        lines.add(new Laid(Typesetter.single(shortened, f, SIZE), last.piece(), last.gapBefore()));
      }
      out.add(lines);
    }
    return out;
  }

  private static float height(List<List<Laid>> cells) {
    float max = 0;
    for (List<Laid> cell : cells) {
      float h = 0;
      for (Laid l : cell) {
        h += LEADING + (l.gapBefore() ? 2 : 0);
      }
      max = Math.max(max, h);
    }
    return Math.max(max, LEADING) + 2 * PAD;
  }

  private void drawRow(
      ReportCanvas c, List<Cell> cells, List<List<Laid>> laid, float h, boolean isHeader)
      throws IOException {
    float top = c.y;
    float x = ReportCanvas.LEFT;
    float total = 0;
    for (float w : widths) {
      total += w;
    }
    if (isHeader) {
      c.fill(x, top - h, total, h, ReportCanvas.HEADER_FILL);
    }
    for (int i = 0; i < widths.length; i++) {
      if (cells.get(i).background() >= 0) {
        c.fill(x, top - h, widths[i], h, cells.get(i).background());
      }
      float baseline = top - PAD;
      for (Laid l : laid.get(i)) {
        baseline -= LEADING + (l.gapBefore() ? 2 : 0);
        float textBase = baseline + (LEADING - SIZE) * 0.5f;
        ReportFont f = l.piece().bold() || isHeader ? c.bold : c.regular;
        float lx = x + PAD + (l.line().rtl() ? widths[i] - 2 * PAD - l.line().width() : 0);
        if (l.piece().tint() >= 0) {
          c.fill(
              lx - 1,
              textBase - f.descent() * SIZE,
              l.line().width() + 2,
              (f.ascent() + f.descent()) * SIZE,
              l.piece().tint());
        }
        c.text(l.line(), lx, textBase, f, SIZE, l.piece().rgb());
      }
      x += widths[i];
    }
    c.rule(ReportCanvas.LEFT, top - h, ReportCanvas.LEFT + total, ReportCanvas.RULE, 0.4f);
    c.y = top - h;
  }
}

package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Overview;

/**
 * The overview after the story at a glance: the outlets (rows, those that frame alike together, by
 * outlet group when the analyst gave groups) × the facts and quotations they share (a heat map: who
 * reports what, who leaves it out) and × the referents (the label each outlet uses most, tinted when
 * loaded). Drawn as vector graphics: one filled rectangle per cell and real text, so that it prints
 * sharp and its words can be searched. Rows run on to further pages, the column headings repeated;
 * the columns are capped to what a page holds, the most reported first, and the page says so.
 */
final class OverviewPage {

  static final String SECTION = "Overview";
  /** The row headings' width. */
  static final float LABEL_W = 150;
  static final float ROW_H = 11;
  static final float GAP = 10;
  /** At most this many facts and quotations: past it a cell is too narrow to see. */
  static final int MAX_ITEMS = 60;
  static final float MAX_ITEMS_W = 340;
  static final float MIN_REF_W = 60;
  static final float MAX_REF_W = 110;

  static final int EMPTY = 0xE6E9EC;
  static final int UNMENTIONED = 0xF6F7F8;
  static final int NEUTRAL = 0xDCE5EE;
  static final int BAND = 0xE8EAED;
  /** Outlet groups' stripes: hues the cells do not use, so that a group never reads as a kind of finding. */
  static final int[] GROUP_COLOURS = {0x0072B2, 0xE69F00, 0x6A3D9A, 0x8C8C8C, 0xB15928, 0x1F1F1F, 0xF0E442, 0xA6CEE3};

  private final ReportCanvas c;
  private final Overview whole;
  private Overview o;
  private float cellW;
  private float refW;

  private OverviewPage(ReportCanvas c, Analysis a) {
    this.c = c;
    this.whole = Overview.of(a);
  }

  /** Draws the overview of {@code a} from a new page; returns that page's index. */
  static int draw(ReportCanvas c, Analysis a) throws IOException {
    return new OverviewPage(c, a).draw();
  }

  /** The colour of a cell of an item reported by {@code share} of an outlet's articles (0: left out). */
  static int coverageColour(Overview.Kind kind, boolean altered, double share) {
    if (share <= 0) {
      return EMPTY;
    }
    int strong = Palette.strong(altered ? Highlight.Kind.ALTERED_QUOTE : kind == Overview.Kind.FACT ? Highlight.Kind.FACT : Highlight.Kind.QUOTE);
    return between(EMPTY, strong, 0.4 + 0.6 * share);
  }

  static int loadedColour() {
    return Palette.tint(Highlight.Kind.LOADED_LABEL);
  }

  private static int between(int from, int to, double t) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int a = (from >> shift) & 0xFF;
      int b = (to >> shift) & 0xFF;
      out |= ((int) Math.round(a + (b - a) * t)) << shift;
    }
    return out;
  }

  private int draw() throws IOException {
    c.newPage(SECTION);
    int page = c.pageIndex();
    float left = ReportCanvas.LEFT;
    float width = ReportCanvas.WIDTH;
    c.paragraph("Overview: who reports what, and what they call it", left, width, c.bold, 15, 21, ReportCanvas.INK);
    boolean grouped = !whole.groups().isEmpty();
    c.paragraph(
        "One row per outlet, ordered so that outlets that report and label the story alike stand together"
            + (grouped ? ", under the outlet groups the analyst gave in parallax.json" : "")
            + ". Left: the facts and quotations two or more outlets share; a filled cell means the outlet reports it"
            + " (the darker, the more of its articles do), grey that it leaves it out, purple that it alters the"
            + " quotation. Right: the label each outlet uses most for each referent, tinted when it is loaded"
            + " (a vermillion edge: some of its other mentions are).",
        left, width, c.regular, 8.5f, 12, 0x333333);
    c.y -= 4;
    legend();
    if (whole.rows().isEmpty() || whole.items().isEmpty() && whole.referents().isEmpty()) {
      c.paragraph("Nothing two outlets share in this analysis.", left, width, c.regular, 8.5f, 12, ReportCanvas.GREY);
      return page;
    }
    layout();
    Overview shown = grouped ? o.grouped() : o;
    header();
    String group = "\u0000";
    for (Overview.Row row : shown.rows()) {
      if (grouped && !Objects.equals(row.group(), group)) {
        group = row.group();
        ensureRow(2);
        band(group);
      }
      ensureRow(1);
      row(row, whole.groups().indexOf(row.group()));
    }
    c.y -= 8;
    List<String> cut = new ArrayList<>();
    if (o.items().size() < whole.items().size()) {
      cut.add("the " + o.items().size() + " facts and quotations most outlets report, of " + whole.items().size());
    }
    if (o.referents().size() < whole.referents().size()) {
      cut.add(o.referents().size() + " of " + whole.referents().size() + " referents (those outlets label loaded or neutral first, then the most mentioned)");
    }
    if (!cut.isEmpty()) {
      // Not "Showing …": that is the summary tables' word for rows --top leaves out.
      c.paragraph("The page holds " + String.join(", and ", cut) + ". The app's Overview tab shows them all.", left, width, c.regular, 8,
          11, ReportCanvas.GREY);
    }
    return page;
  }

  /** Chooses how many columns fit and how wide they are. */
  private void layout() {
    int items = Math.min(whole.items().size(), MAX_ITEMS);
    // Few items get wider cells, so that the block is wide enough for its caption.
    cellW = items == 0 ? 0 : Math.max(Math.max(5, Math.min(12, MAX_ITEMS_W / items)), Math.min(18, 80f / items));
    float itemsW = items * cellW;
    float space = ReportCanvas.WIDTH - LABEL_W - itemsW - (items > 0 ? GAP : 0);
    int refs = Math.min(whole.referents().size(), (int) Math.floor(space / MIN_REF_W));
    refW = refs == 0 ? 0 : Math.min(MAX_REF_W, space / refs);
    o = whole.limit(items, refs);
    if (refs == 0) {
      o = new Overview(o.items(), List.of(), o.rows().stream()
          .map(r -> new Overview.Row(r.outlet(), r.group(), r.articles(), r.coverage(), List.of())).toList());
    }
  }

  private float itemX(int i) {
    return ReportCanvas.LEFT + LABEL_W + i * cellW;
  }

  private float refX(int r) {
    return ReportCanvas.LEFT + LABEL_W + o.items().size() * cellW + (o.items().isEmpty() ? 0 : GAP) + r * refW;
  }

  private void legend() throws IOException {
    c.room(16);
    float x = ReportCanvas.LEFT;
    float base = c.y - 10;
    Object[][] keys = {
      {Palette.strong(Highlight.Kind.FACT), "fact reported"},
      {Palette.strong(Highlight.Kind.QUOTE), "quotation carried"},
      {Palette.strong(Highlight.Kind.ALTERED_QUOTE), "quotation altered"},
      {EMPTY, "left out"},
      {loadedColour(), "loaded label"},
      {NEUTRAL, "neutral label"},
      {UNMENTIONED, "not mentioned"},
    };
    for (Object[] k : keys) {
      c.fill(x, base - 1.5f, 8, 8, (Integer) k[0]);
      LaidLine l = Typesetter.single((String) k[1], c.regular, 7.5f);
      c.text(l, x + 11, base, c.regular, 7.5f, ReportCanvas.INK);
      x += 11 + l.width() + 14;
    }
    c.y -= 20;
  }

  /** The column headings at the cursor: block captions, item ids (turned), referent names. */
  private void header() throws IOException {
    float h = 58;
    c.room(h + ROW_H * 2);
    float y = c.y;
    int items = o.items().size();
    if (items > 0) {
      float room = items * cellW + GAP - 2;
      c.text(Typesetter.single(Typesetter.fit("Who reports what", c.bold, 7.5f, room, false), c.bold, 7.5f),
          itemX(0), y - 9, c.bold, 7.5f, ReportCanvas.INK);
      String counts = count(Overview.Kind.FACT, "fact", "facts") + ", " + count(Overview.Kind.QUOTATION, "quotation", "quotations");
      c.text(Typesetter.single(Typesetter.fit(counts, c.regular, 6, room, false), c.regular, 6),
          itemX(0), y - 17, c.regular, 6, ReportCanvas.GREY);
      float size = Math.min(6, cellW * 0.8f);
      for (int i = 0; i < items; i++) {
        rotated(o.items().get(i).id(), itemX(i) + cellW / 2 + size * 0.35f, y - h + 3, size);
      }
    }
    if (!o.referents().isEmpty()) {
      c.text(Typesetter.single("The label each outlet uses most", c.bold, 7.5f), refX(0), y - 9, c.bold, 7.5f, ReportCanvas.INK);
      for (int r = 0; r < o.referents().size(); r++) {
        Overview.Column col = o.referents().get(r);
        String name = Typesetter.fit(col.title(), c.bold, 6.5f, refW - 4, false);
        c.text(Typesetter.single(name, c.bold, 6.5f), refX(r) + 1, y - h + 12, c.bold, 6.5f, ReportCanvas.INK);
        String sub = col.id() + " · " + col.outlets() + (col.outlets() == 1 ? " outlet" : " outlets");
        c.text(Typesetter.single(sub, c.regular, 5.5f), refX(r) + 1, y - h + 4, c.regular, 5.5f, ReportCanvas.GREY);
      }
    }
    c.rule(ReportCanvas.LEFT, y - h, ReportCanvas.RIGHT, ReportCanvas.RULE, 0.5f);
    c.y = y - h - 1;
  }

  private String count(Overview.Kind kind, String one, String many) {
    long n = o.items().stream().filter(x -> x.kind() == kind).count();
    return n + " " + (n == 1 ? one : many);
  }

  /** Text turned a quarter left, its baseline running up from ({@code x}, {@code y}). */
  private void rotated(String s, float x, float y, float size) throws IOException {
    LaidLine line = Typesetter.single(s, c.regular, size);
    PDPageContentStream st = c.stream();
    float[] rgb = Palette.components(ReportCanvas.INK);
    st.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    st.beginText();
    st.setFont(c.regular.pdFont(), size);
    st.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
    st.showText(line.visual());
    st.endText();
  }

  /** Makes room for {@code rows} rows, continuing on a new page under the headings repeated. */
  private void ensureRow(int rows) throws IOException {
    if (c.y - rows * ROW_H < ReportCanvas.BOTTOM) {
      c.newPage(SECTION + " (continued)");
      header();
    }
  }

  private void band(String group) throws IOException {
    float y = c.y - ROW_H;
    c.fill(ReportCanvas.LEFT, y + 0.3f, ReportCanvas.WIDTH, ROW_H - 0.6f, BAND);
    int colour = group == null ? -1 : GROUP_COLOURS[whole.groups().indexOf(group) % GROUP_COLOURS.length];
    if (colour >= 0) {
      c.fill(ReportCanvas.LEFT, y + 0.3f, 3, ROW_H - 0.6f, colour);
    }
    String name = group == null ? "No group" : group;
    c.text(Typesetter.single(Typesetter.fit(name, c.bold, 7, ReportCanvas.WIDTH - 12, false), c.bold, 7), ReportCanvas.LEFT + 6,
        y + 3, c.bold, 7, ReportCanvas.INK);
    c.y = y;
  }

  private void row(Overview.Row row, int groupIndex) throws IOException {
    float y = c.y - ROW_H;
    float base = y + 3.2f;
    if (groupIndex >= 0) {
      c.fill(ReportCanvas.LEFT, y + 0.3f, 3, ROW_H - 0.6f, GROUP_COLOURS[groupIndex % GROUP_COLOURS.length]);
    }
    String count = row.articles().size() > 1 ? Integer.toString(row.articles().size()) : "";
    float countW = count.isEmpty() ? 0 : Typesetter.single(count, c.regular, 6).width() + 4;
    String name = Typesetter.fit(row.outlet(), c.regular, 7, LABEL_W - 12 - countW, false);
    c.text(Typesetter.single(name, c.regular, 7), ReportCanvas.LEFT + 6, base, c.regular, 7, ReportCanvas.INK);
    if (!count.isEmpty()) {
      LaidLine n = Typesetter.single(count, c.regular, 6);
      c.text(n, ReportCanvas.LEFT + LABEL_W - 4 - n.width(), base, c.regular, 6, ReportCanvas.GREY);
    }
    for (int i = 0; i < o.items().size(); i++) {
      Overview.Coverage cov = row.coverage().get(i);
      c.fill(itemX(i), y + 0.3f, cellW - 0.6f, ROW_H - 0.6f, coverageColour(o.items().get(i).kind(), cov.altered(), row.share(i)));
    }
    for (int r = 0; r < o.referents().size(); r++) {
      Overview.Labels labels = row.labels().get(r);
      Overview.Usage use = labels.top();
      float x = refX(r);
      if (use == null) {
        c.fill(x, y + 0.3f, refW - 1, ROW_H - 0.6f, UNMENTIONED);
        continue;
      }
      c.fill(x, y + 0.3f, refW - 1, ROW_H - 0.6f, use.loaded() ? loadedColour() : NEUTRAL);
      if (!use.loaded() && labels.loadedMentions() > 0) {
        c.fill(x, y + 0.3f, 2, ROW_H - 0.6f, Palette.strong(Highlight.Kind.LOADED_LABEL));
      }
      String words = Typesetter.fit(use.text() + (use.count() > 1 ? " ×" + use.count() : ""), c.regular, 6, refW - 6, false);
      c.text(Typesetter.single(words, c.regular, 6), x + 3, base, c.regular, 6, use.loaded() ? 0x7A3300 : ReportCanvas.INK);
    }
    c.y = y;
  }
}

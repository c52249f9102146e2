package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.handlers.PDAppearanceHandler;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.corpus.Article;

/**
 * The articles side by side: {@code columns} articles per page spread, one column each, every
 * column flowing over as many pages as its article needs (the spread lasts as long as its longest
 * article). Each highlight is drawn under its words (a tint, plus an underline for the short,
 * phrase-level kinds) and also stored as a PDF highlight annotation, one quad per line fragment,
 * whose pop-up note is the {@link Highlights} note.
 *
 * <p>Invariant: a highlight's quads are computed from the same {@link LaidLine} the words are drawn
 * from, so they cover exactly the glyphs of its characters (whitespace at either end left out).
 */
final class ArticlePages {

  static final float BODY = 9f;
  static final float LEADING = 12.2f;
  static final float GUTTER = 24f;
  static final float PARAGRAPH_GAP = 5f;

  /**
   * How strongly an annotation shows over the tint drawn in the page (viewers multiply it in): just
   * enough to see that a mark is live, little enough that the page still matches the legend.
   */
  static final float ANNOTATION_OPACITY = 0.3f;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*");

  private final ReportCanvas canvas;
  private final Map<String, List<Highlight>> byArticle;
  private final ReportCanvas.HeaderExtra legend;
  private final Calendar now;
  private int annotations;
  private PDResources resources;
  private PDExtendedGraphicsState multiply;

  ArticlePages(
      ReportCanvas canvas,
      List<Highlight> highlights,
      ReportCanvas.HeaderExtra legend,
      Calendar now) {
    this.canvas = canvas;
    this.legend = legend;
    this.now = now;
    this.byArticle = new LinkedHashMap<>();
    for (Highlight h : highlights) {
      byArticle.computeIfAbsent(h.article(), k -> new ArrayList<>()).add(h);
    }
  }

  int annotations() {
    return annotations;
  }

  /** What a column puts on its pages: a line of text, or a rule under the column heading. */
  private record Placed(
      int page,
      float x,
      float baseline,
      LaidLine line,
      ReportFont font,
      float size,
      int rgb,
      boolean body) {}

  /**
   * Draws {@code articles} in spreads of {@code columns}; returns the first page index of each
   * article.
   */
  Map<String, Integer> draw(List<Article> articles, int columns) throws IOException {
    Map<String, Integer> firstPage = new LinkedHashMap<>();
    int perPage = Math.max(1, Math.min(columns, articles.size()));
    float colWidth = (ReportCanvas.WIDTH - (perPage - 1) * GUTTER) / perPage;
    for (int i = 0; i < articles.size(); i += perPage) {
      List<Article> spread = articles.subList(i, Math.min(articles.size(), i + perPage));
      List<List<Placed>> laid = new ArrayList<>();
      int pages = 1;
      for (Article a : spread) {
        List<Placed> col = layout(a, colWidth);
        laid.add(col);
        pages = Math.max(pages, col.get(col.size() - 1).page() + 1);
      }
      for (int p = 0; p < pages; p++) {
        canvas.newPage("Articles side by side", legend);
        if (p == 0) {
          for (Article a : spread) {
            firstPage.put(a.id(), canvas.pageIndex());
          }
        }
        for (int c = 1; c < spread.size(); c++) {
          float x = ReportCanvas.LEFT + c * (colWidth + GUTTER) - GUTTER / 2;
          canvas.verticalRule(
              x, ReportCanvas.BOTTOM, ReportCanvas.TOP + 4, ReportCanvas.RULE, 0.5f);
        }
        Map<Highlight, List<float[]>> quads = new LinkedHashMap<>();
        for (int c = 0; c < spread.size(); c++) {
          float left = ReportCanvas.LEFT + c * (colWidth + GUTTER);
          drawColumnPage(spread.get(c), laid.get(c), p, left, colWidth, quads);
        }
        annotate(canvas.page(), quads);
      }
    }
    return firstPage;
  }

  private List<Placed> layout(Article a, float width) {
    List<Placed> out = new ArrayList<>();
    float[] y = {ReportCanvas.TOP};
    ReportFont bold = canvas.bold;
    ReportFont regular = canvas.regular;
    String outlet = Highlights.name(a);
    List<LaidLine> outletLines = Typesetter.set(outlet, 0, outlet.length(), bold, 11, width);
    for (LaidLine l : outletLines.subList(0, Math.min(2, outletLines.size()))) {
      y[0] -= 13.5f;
      out.add(
          new Placed(
              0, l.rtl() ? width - l.width() : 0, y[0] + 2, l, bold, 11, ReportCanvas.INK, false));
    }
    String title = a.title() == null ? "(no title)" : a.title();
    List<LaidLine> titleLines = Typesetter.set(title, 0, title.length(), bold, 9, width);
    for (int i = 0; i < Math.min(3, titleLines.size()); i++) {
      LaidLine l = titleLines.get(i);
      if (i == 2 && titleLines.size() > 3) {
        l =
            Typesetter.single(
                Typesetter.fit(title.substring(l.start()), bold, 9, width, false), bold, 9);
      }
      y[0] -= 11.5f;
      out.add(
          new Placed(0, l.rtl() ? width - l.width() : 0, y[0] + 2, l, bold, 9, 0x333333, false));
    }
    String meta =
        (a.published() == null ? "date unknown" : a.published())
            + "  ·  "
            + a.id()
            + "  ·  "
            + ReportTables.words(a.text())
            + " words"
            + (a.author() == null ? "" : "  ·  " + a.author());
    y[0] -= 10.5f;
    out.add(
        new Placed(
            0,
            0,
            y[0] + 2,
            Typesetter.single(Typesetter.fit(meta, regular, 7.5f, width, false), regular, 7.5f),
            regular,
            7.5f,
            ReportCanvas.GREY,
            false));
    y[0] -= 5;
    out.add(new Placed(0, 0, y[0], null, null, 0, ReportCanvas.RULE, false));
    y[0] -= 3;

    String text = a.text();
    int[] page = {0};
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (start < text.length()) {
      int end;
      int next;
      if (m.find(start)) {
        end = m.start();
        next = m.end();
      } else {
        end = text.length();
        next = text.length();
      }
      for (LaidLine l : Typesetter.set(text, start, end, regular, BODY, width)) {
        if (y[0] - LEADING < ReportCanvas.BOTTOM) {
          page[0]++;
          y[0] = ReportCanvas.TOP;
          LaidLine cont =
              Typesetter.single(
                  Typesetter.fit(outlet + " (continued)", regular, 7.5f, width, false),
                  regular,
                  7.5f);
          y[0] -= 9;
          out.add(new Placed(page[0], 0, y[0], cont, regular, 7.5f, ReportCanvas.GREY, false));
          y[0] -= 4;
          out.add(new Placed(page[0], 0, y[0], null, null, 0, ReportCanvas.RULE, false));
          y[0] -= 1;
        }
        y[0] -= LEADING;
        out.add(
            new Placed(
                page[0],
                l.rtl() ? width - l.width() : 0,
                y[0] + 3,
                l,
                regular,
                BODY,
                ReportCanvas.INK,
                true));
      }
      y[0] -= PARAGRAPH_GAP;
      start = next;
    }
    return out;
  }

  /** One rectangle of one highlight on one line. */
  private record Mark(
      Highlight h, float x, float bottom, float width, float height, float baseline) {}

  private void drawColumnPage(
      Article a,
      List<Placed> items,
      int page,
      float left,
      float width,
      Map<Highlight, List<float[]>> quads)
      throws IOException {
    List<Highlight> hs = byArticle.getOrDefault(a.id(), List.of());
    String text = a.text();
    List<Mark> marks = new ArrayList<>();
    for (Placed p : items) {
      if (p.page() != page || !p.body() || hs.isEmpty()) {
        continue;
      }
      LaidLine line = p.line();
      for (Highlight h : hs) {
        if (h.start() >= line.end()) {
          break; // sorted by start
        }
        if (h.end() <= line.start()) {
          continue;
        }
        int from = Math.max(h.start(), line.start());
        int to = Math.min(h.end(), line.end());
        while (from < to && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
          to--;
        }
        if (from >= to) {
          continue;
        }
        float bottom = p.baseline() - p.font().descent() * p.size();
        float height = (p.font().ascent() + p.font().descent()) * p.size();
        for (float[] run : line.runs(from, to)) {
          float x = left + p.x() + run[0];
          float w = run[1] - run[0];
          marks.add(new Mark(h, x, bottom, w, height, p.baseline()));
          quads
              .computeIfAbsent(h, k -> new ArrayList<>())
              .add(
                  new float[] {
                    x, bottom + height, x + w, bottom + height, x, bottom, x + w, bottom
                  });
        }
      }
    }
    // Wider marks first, so that a label inside a quotation inside a fact stays visible on top.
    marks.sort(Comparator.comparingInt((Mark mk) -> mk.h().end() - mk.h().start()).reversed());
    for (Mark mk : marks) {
      canvas.fill(mk.x(), mk.bottom(), mk.width(), mk.height(), Palette.tint(mk.h().kind()));
    }
    for (Mark mk : marks) {
      if (phraseLevel(mk.h().kind())) {
        canvas.rule(
            mk.x(), mk.baseline() - 1.6f, mk.x() + mk.width(), Palette.strong(mk.h().kind()), 0.9f);
      }
    }
    for (Placed p : items) {
      if (p.page() != page) {
        continue;
      }
      if (p.line() == null) {
        canvas.rule(left, p.baseline(), left + width, p.rgb(), 0.5f);
      } else {
        canvas.text(p.line(), left + p.x(), p.baseline(), p.font(), p.size(), p.rgb());
      }
    }
  }

  /**
   * Short marks get an underline as well as a tint: they must not vanish inside a tinted sentence.
   */
  static boolean phraseLevel(Highlight.Kind kind) {
    return kind != Highlight.Kind.FACT && kind != Highlight.Kind.UNIQUE;
  }

  private void annotate(PDPage page, Map<Highlight, List<float[]>> quads) throws IOException {
    for (Map.Entry<Highlight, List<float[]>> e : quads.entrySet()) {
      Highlight h = e.getKey();
      List<float[]> qs = e.getValue();
      float[] points = new float[qs.size() * 8];
      float minX = Float.MAX_VALUE;
      float minY = Float.MAX_VALUE;
      float maxX = -Float.MAX_VALUE;
      float maxY = -Float.MAX_VALUE;
      for (int i = 0; i < qs.size(); i++) {
        float[] q = qs.get(i);
        System.arraycopy(q, 0, points, i * 8, 8);
        minX = Math.min(minX, q[0]);
        maxX = Math.max(maxX, q[2]);
        minY = Math.min(minY, q[5]);
        maxY = Math.max(maxY, q[1]);
      }
      PDAnnotationHighlight a = new PDAnnotationHighlight();
      a.setQuadPoints(points);
      a.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
      a.setColor(new PDColor(Palette.components(Palette.tint(h.kind())), PDDeviceRGB.INSTANCE));
      a.setConstantOpacity(ANNOTATION_OPACITY);
      a.setContents(h.note());
      a.setTitlePopup(h.kind().label());
      a.setSubject(h.kind().label());
      a.setAnnotationName(name(h));
      a.setCreationDate(now);
      a.setModifiedDate(now);
      PDAnnotationPopup popup = new PDAnnotationPopup();
      float pw = 220;
      float ph = 90;
      float px = Math.min(maxX + 4, ReportCanvas.PAGE.getWidth() - pw - 4);
      float py = Math.max(4, Math.min(maxY - ph, ReportCanvas.PAGE.getHeight() - ph - 4));
      popup.setRectangle(new PDRectangle(px, py, pw, ph));
      popup.setOpen(false);
      popup.setParent(a);
      a.setPopup(popup);
      a.setCustomAppearanceHandler(new MarkAppearance(a, points));
      a.constructAppearances(canvas.doc);
      page.getAnnotations().add(a);
      page.getAnnotations().add(popup);
      annotations++;
    }
  }

  /**
   * A highlight annotation's look: its quads filled in its colour, multiplied over the page at the
   * annotation's opacity. PDFBox's own highlight appearance takes three streams per annotation (and
   * draws curved ends past the words); at thousands of marks those streams alone, each holding a
   * buffer page, would take hundreds of megabytes. This one is a single small stream, and all share
   * one graphics state.
   */
  private final class MarkAppearance implements PDAppearanceHandler {
    private final PDAnnotationHighlight annotation;
    private final float[] points;

    MarkAppearance(PDAnnotationHighlight annotation, float[] points) {
      this.annotation = annotation;
      this.points = points;
    }

    @Override
    public void generateNormalAppearance() {
      PDAppearanceStream form = new PDAppearanceStream(canvas.doc);
      form.setBBox(annotation.getRectangle());
      form.setResources(sharedResources());
      try (PDAppearanceContentStream cs = new PDAppearanceContentStream(form)) {
        cs.setGraphicsStateParameters(multiply);
        cs.setNonStrokingColor(annotation.getColor());
        for (int i = 0; i + 7 < points.length; i += 8) {
          // Upper left (x, y), upper right, lower left, lower right.
          cs.addRect(
              points[i + 4],
              points[i + 5],
              points[i + 2] - points[i + 4],
              points[i + 3] - points[i + 5]);
        }
        cs.fill();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      PDAppearanceDictionary appearance = new PDAppearanceDictionary();
      appearance.setNormalAppearance(form);
      annotation.setAppearance(appearance);
    }

    @Override
    public void generateRolloverAppearance() {
      // The normal appearance serves.
    }

    @Override
    public void generateDownAppearance() {
      // The normal appearance serves.
    }
  }

  private PDResources sharedResources() {
    if (resources == null) {
      multiply = new PDExtendedGraphicsState();
      multiply.setBlendMode(BlendMode.MULTIPLY);
      multiply.setNonStrokingAlphaConstant(ANNOTATION_OPACITY);
      multiply.setStrokingAlphaConstant(ANNOTATION_OPACITY);
      resources = new PDResources();
      resources.add(multiply);
    }
    return resources;
  }

  /**
   * The annotation's name: which highlight it is, readable by tools ("parallax:LOADED_LABEL:r1:
   * 000_5687b2dc5866d8ae:245-263").
   */
  static String name(Highlight h) {
    return "parallax:"
        + h.kind()
        + ":"
        + (h.item() == null ? "" : h.item())
        + ":"
        + h.article()
        + ":"
        + h.start()
        + "-"
        + h.end();
  }
}

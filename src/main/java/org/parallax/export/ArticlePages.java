package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
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
import org.parallax.project.Coded;

/**
 * The articles side by side: {@code columns} articles per page spread, one column each, every
 * column flowing over as many pages as its article needs (the spread lasts as long as its longest
 * article). Each highlight is drawn under its words (a tint, plus an underline for the short,
 * phrase-level kinds) and also stored as a PDF highlight annotation, one quad per line fragment,
 * whose pop-up note is the {@link Highlights} note (and the analyst's verdict on the finding, if any).
 *
 * <p>The analyst's coded segments are highlight annotations too, in their code's colour, whose note is
 * the code's path and the memos on the coding; a stripe in the code's colour runs beside their lines in
 * the column's margin, as coding stripes do in QDA programs, one lane per overlapping segment.
 *
 * <p>Invariant: a highlight's (and a coded segment's) quads are computed from the same {@link LaidLine}
 * the words are drawn from, so they cover exactly the glyphs of its characters (whitespace at either
 * end left out).
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

  /**
   * How strongly a coded segment's annotation shows: it is the segment's only mark on the text (nothing
   * is drawn under its words), in a strong code colour that must leave the words readable.
   */
  static final float CODE_OPACITY = 0.24f;

  /** The title of the analyst's annotations, as a viewer shows their author. */
  static final String ANALYST = "Parallax: analyst";

  /** Coding stripes: width, gap between lanes, lanes at most (a fourth overlap shares the last). */
  static final float STRIPE = 2.2f;
  static final float STRIPE_STEP = 3.4f;
  static final int STRIPE_LANES = 3;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*");

  private final ReportCanvas canvas;
  private final Map<String, List<Highlight>> byArticle;
  private final Map<String, List<Coded.Segment>> codedByArticle;
  /** The lane of each coded segment's stripe, 0 nearest the text. */
  private final Map<Coded.Segment, Integer> lanes = new HashMap<>();
  private final Verdicts verdicts;
  private final ReportCanvas.HeaderExtra legend;
  private final Calendar now;
  private int annotations;
  private PDResources resources;
  private PDExtendedGraphicsState multiply;
  private PDExtendedGraphicsState codeMultiply;

  ArticlePages(
      ReportCanvas canvas,
      List<Highlight> highlights,
      ReportCanvas.HeaderExtra legend,
      Calendar now) {
    this(canvas, highlights, List.of(), Verdicts.NONE, legend, now);
  }

  /**
   * With the analyst's {@code coded} segments (in article order, then by position, as {@link Coded}
   * lists them) and {@code verdicts} on the machine's findings.
   */
  ArticlePages(
      ReportCanvas canvas,
      List<Highlight> highlights,
      List<Coded.Segment> coded,
      Verdicts verdicts,
      ReportCanvas.HeaderExtra legend,
      Calendar now) {
    this.canvas = canvas;
    this.legend = legend;
    this.now = now;
    this.verdicts = verdicts;
    this.byArticle = new LinkedHashMap<>();
    for (Highlight h : highlights) {
      byArticle.computeIfAbsent(h.article(), k -> new ArrayList<>()).add(h);
    }
    this.codedByArticle = new LinkedHashMap<>();
    for (Coded.Segment s : coded) {
      codedByArticle.computeIfAbsent(s.span().article(), k -> new ArrayList<>()).add(s);
    }
  }

  /**
   * Gives each of the article's coded segments the lowest stripe lane free on all of its lines: two
   * segments that share a line never share a lane, even when their words do not overlap.
   */
  private void assignLanes(Article a, List<Placed> laid) {
    List<Coded.Segment> segments = codedByArticle.getOrDefault(a.id(), List.of());
    if (segments.isEmpty()) {
      return;
    }
    List<LaidLine> lines = laid.stream().filter(Placed::body).map(Placed::line).toList();
    List<Integer> laneLast = new ArrayList<>();
    for (Coded.Segment s : segments) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).start() < s.span().end() && s.span().start() < lines.get(i).end()) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first < 0) {
        lanes.put(s, 0); // on no line (an empty span): draws nothing
        continue;
      }
      int lane = 0;
      while (lane < laneLast.size() && laneLast.get(lane) >= first) {
        lane++;
      }
      if (lane == laneLast.size()) {
        laneLast.add(last);
      } else {
        laneLast.set(lane, last);
      }
      lanes.put(s, Math.min(lane, STRIPE_LANES - 1));
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
        assignLanes(a, col);
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
        Map<Coded.Segment, List<float[]>> codedQuads = new LinkedHashMap<>();
        for (int c = 0; c < spread.size(); c++) {
          float left = ReportCanvas.LEFT + c * (colWidth + GUTTER);
          drawColumnPage(spread.get(c), laid.get(c), p, left, colWidth, quads, codedQuads);
        }
        annotate(canvas.page(), quads);
        annotateCoded(canvas.page(), codedQuads);
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
    // A headline the text opens with is set in bold as its first paragraph, highlights and all.
    String title = a.headline() != null ? "" : a.title() == null ? "(no title)" : a.title();
    List<LaidLine> titleLines = title.isEmpty() ? List.of() : Typesetter.set(title, 0, title.length(), bold, 9, width);
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
      ReportFont font = a.inHeadline(start, end) ? bold : regular;
      for (LaidLine l : Typesetter.set(text, start, end, font, BODY, width)) {
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
                font,
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
      Map<Highlight, List<float[]>> quads,
      Map<Coded.Segment, List<float[]>> codedQuads)
      throws IOException {
    List<Highlight> hs = byArticle.getOrDefault(a.id(), List.of());
    List<Coded.Segment> coded = codedByArticle.getOrDefault(a.id(), List.of());
    String text = a.text();
    List<Mark> marks = new ArrayList<>();
    for (Placed p : items) {
      if (p.page() != page || !p.body()) {
        continue;
      }
      LaidLine line = p.line();
      for (Highlight h : hs) {
        if (h.start() >= line.end()) {
          break; // sorted by start
        }
        for (float[] r : rects(text, line, p, left, h.start(), h.end())) {
          marks.add(new Mark(h, r[0], r[1], r[2], r[3], p.baseline()));
          quads.computeIfAbsent(h, k -> new ArrayList<>()).add(quad(r));
        }
      }
      for (Coded.Segment s : coded) {
        if (s.span().start() >= line.end()) {
          break; // sorted by start
        }
        List<float[]> rs = rects(text, line, p, left, s.span().start(), s.span().end());
        if (rs.isEmpty()) {
          continue;
        }
        rs.forEach(r -> codedQuads.computeIfAbsent(s, k -> new ArrayList<>()).add(quad(r)));
        // The stripe spans the line's whole leading, so that a segment's lines make one bar.
        float x = left - 4 - lanes.get(s) * STRIPE_STEP - STRIPE;
        canvas.fill(x, p.baseline() - 3, STRIPE, LEADING, CodesPages.rgb(s.color()));
      }
    }
    // Wider marks first, so that a label inside a quotation inside a fact stays visible on top.
    marks.sort(Comparator.comparingInt((Mark mk) -> mk.h().end() - mk.h().start()).reversed());
    for (Mark mk : marks) {
      canvas.fill(mk.x(), mk.bottom(), mk.width(), mk.height(), Palette.tint(mk.h()));
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
   * The rectangles {x, bottom, width, height} on the page covering the glyphs of {@code [start, end)}
   * on one line (none when the range misses the line or holds only whitespace there).
   */
  private static List<float[]> rects(String text, LaidLine line, Placed p, float left, int start, int end) {
    if (end <= line.start() || start >= line.end()) {
      return List.of();
    }
    int from = Math.max(start, line.start());
    int to = Math.min(end, line.end());
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from >= to) {
      return List.of();
    }
    float bottom = p.baseline() - p.font().descent() * p.size();
    float height = (p.font().ascent() + p.font().descent()) * p.size();
    List<float[]> out = new ArrayList<>();
    for (float[] run : line.runs(from, to)) {
      out.add(new float[] {left + p.x() + run[0], bottom, run[1] - run[0], height});
    }
    return out;
  }

  /** A rectangle as a quad: upper left, upper right, lower left, lower right (as Acrobat writes them). */
  private static float[] quad(float[] r) {
    float x = r[0];
    float bottom = r[1];
    float w = r[2];
    float top = bottom + r[3];
    return new float[] {x, top, x + w, top, x, bottom, x + w, bottom};
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
      String verdict = verdicts.words(h);
      PDAnnotationHighlight a = highlight(page, e.getValue(), Palette.tint(h), false,
          verdict == null ? h.note() : h.note() + "\n\n" + capitalised(verdict) + ".");
      a.setTitlePopup(h.kind().label());
      a.setSubject(h.kind().label());
      a.setAnnotationName(name(h));
    }
  }

  /** The analyst's coded segments on {@code page}: a highlight in the code's colour, printed. */
  private void annotateCoded(PDPage page, Map<Coded.Segment, List<float[]>> quads) throws IOException {
    for (Map.Entry<Coded.Segment, List<float[]>> e : quads.entrySet()) {
      Coded.Segment s = e.getKey();
      String memos = s.memoText();
      PDAnnotationHighlight a = highlight(page, e.getValue(), CodesPages.rgb(s.color()),
          true, memos.isBlank() ? s.path() : s.path() + "\n\n" + memos);
      a.setTitlePopup(ANALYST);
      a.setSubject("Code: " + s.path());
      a.setAnnotationName(name(s));
      // Nothing is drawn under a coded segment's words: the annotation is its mark on paper too.
      a.setPrinted(true);
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Adds a highlight annotation over {@code qs} to {@code page} (a coded segment's when {@code coded}),
   * with a closed pop-up holding {@code contents}; its title, subject and name are the caller's.
   */
  private PDAnnotationHighlight highlight(PDPage page, List<float[]> qs, int rgb, boolean coded, String contents)
      throws IOException {
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
    a.setColor(new PDColor(Palette.components(rgb), PDDeviceRGB.INSTANCE));
    a.setConstantOpacity(coded ? CODE_OPACITY : ANNOTATION_OPACITY);
    a.setContents(contents);
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
    a.setCustomAppearanceHandler(new MarkAppearance(a, points, coded));
    a.constructAppearances(canvas.doc);
    page.getAnnotations().add(a);
    page.getAnnotations().add(popup);
    annotations++;
    return a;
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
    private final boolean coded;

    MarkAppearance(PDAnnotationHighlight annotation, float[] points, boolean coded) {
      this.annotation = annotation;
      this.points = points;
      this.coded = coded;
    }

    @Override
    public void generateNormalAppearance() {
      PDAppearanceStream form = new PDAppearanceStream(canvas.doc);
      form.setBBox(annotation.getRectangle());
      form.setResources(sharedResources());
      try (PDAppearanceContentStream cs = new PDAppearanceContentStream(form)) {
        cs.setGraphicsStateParameters(coded ? codeMultiply : multiply);
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
      codeMultiply = new PDExtendedGraphicsState();
      codeMultiply.setBlendMode(BlendMode.MULTIPLY);
      codeMultiply.setNonStrokingAlphaConstant(CODE_OPACITY);
      codeMultiply.setStrokingAlphaConstant(CODE_OPACITY);
      resources = new PDResources();
      resources.add(multiply);
      resources.add(codeMultiply);
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

  /** A coded segment's annotation name ("parallax:CODING:<coding id>:<article>:245-263"). */
  static String name(Coded.Segment s) {
    return "parallax:CODING:"
        + s.coding().id()
        + ":"
        + s.span().article()
        + ":"
        + s.span().start()
        + "-"
        + s.span().end();
  }
}

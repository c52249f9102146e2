package org.parallax.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Tool;
import org.parallax.corpus.Article;
import org.parallax.project.Coded;

/**
 * Writes the annotated PDF report of an analysis: a cover (corpus, outlets, dates, counts, when
 * made), the story at a glance ({@link GlancePage}), the overview ({@link OverviewPage}: outlets ×
 * facts, quotations and labels, as vector graphics), the summary of findings (legend, labels per referent and outlet, hedging per outlet,
 * quotations, facts × outlets, divergences) and the articles side by side with Parallax's
 * highlights drawn under the words and stored as PDF highlight annotations carrying the {@link
 * Highlights} notes. A4 landscape, page headers and numbers, bookmarks for every section and
 * article. With the analyst's project ({@link ReportOptions#project}): the coded segments as highlight
 * annotations in their codes' colours, the codes and memos section ({@link CodesPages}), and the findings
 * the analyst confirmed or rejected marked so ({@link Verdicts}).
 *
 * <p>Invariants: all text is real text in an embedded DejaVu Sans subset (selectable, searchable,
 * no ligature glyphs); a character the font lacks is drawn as U+FFFD and listed in {@link
 * PdfReport#missingCharacters}, never an error; the file appears at its target complete or not at
 * all ({@link TargetFile}). Page content streams beyond a few megabytes are kept in temporary files
 * rather than memory, so a large corpus does not exhaust the heap. Instances hold no state between
 * calls.
 */
public final class PdfReportWriter {

  private static final long IN_MEMORY_BYTES = 16L << 20;
  private static final int OBJECT_STREAM_PAGES = 200;
  private static final DateTimeFormatter MADE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  /** The note a single-article report carries (also said on its cover). */
  public static final String ONE_ARTICLE_NOTE = "one article: nothing to align";

  private final Clock clock;

  public PdfReportWriter() {
    this(Clock.systemUTC());
  }

  /** With {@code clock} for the "made at" time (tests pass a fixed one). */
  public PdfReportWriter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Writes the report of {@code analysis}, restricted and arranged by {@code options}, to {@code
   * target}.
   *
   * @throws ExportException if the target cannot be written (a folder, a path under a file, no
   *     permission, disk full); nothing is left behind then
   * @throws IllegalArgumentException if the options select an article the analysis does not have
   */
  public PdfReport write(Analysis analysis, ReportOptions options, Path target)
      throws ExportException {
    TargetFile.check(target, "report");
    PdfReport[] made = new PdfReport[1];
    TargetFile.write(target, "report", content(analysis, options, target, r -> made[0] = r));
    return made[0];
  }

  /**
   * The report of {@code analysis} as content for {@link TargetFile#writeAll}, so that it can be written
   * together with other files, all or none; {@code made} receives the report's description.
   */
  public TargetFile.Content content(Analysis analysis, ReportOptions options, Path target, java.util.function.Consumer<PdfReport> made) {
    Analysis selected = options.select(analysis);
    return out -> made.accept(render(selected, options, out, target));
  }

  /**
   * Writes the report of {@code analysis} (already restricted by {@code options}, see {@link
   * ReportOptions#select}) to {@code out}, which stays open.
   */
  public PdfReport write(Analysis analysis, ReportOptions options, OutputStream out)
      throws IOException {
    return render(analysis, options, out, null);
  }

  private PdfReport render(Analysis a, ReportOptions options, OutputStream out, Path file)
      throws IOException {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
    Calendar calendar = GregorianCalendar.from(now);
    String title =
        options.title() != null && !options.title().isBlank()
            ? options.title()
            : a.corpus() != null && a.corpus().name() != null
                ? a.corpus().name()
                : "Parallax report";
    List<Highlight> marks = new ArrayList<>();
    int invalid = 0;
    for (Highlight h : Highlights.of(a)) {
      if (!options.kinds().contains(h.kind())) {
        continue;
      }
      Article art = a.article(h.article()).orElse(null);
      if (art == null || h.start() < 0 || h.end() > art.text().length() || h.start() >= h.end()) {
        invalid++;
        continue;
      }
      marks.add(h);
    }
    List<String> notes = new ArrayList<>();
    if (a.articles().size() == 1) {
      notes.add(ONE_ARTICLE_NOTE);
    }
    if (invalid > 0) {
      notes.add(
          invalid
              + (invalid == 1 ? " highlight points" : " highlights point")
              + " outside its article's text and was left out");
    }
    java.util.Set<Integer> missing = java.util.Collections.synchronizedSet(new TreeSet<>());
    try (PDDocument doc =
            new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY_BYTES).streamCache);
        ReportFont regular = ReportFont.load(doc, ReportFont.REGULAR, missing);
        ReportFont bold = ReportFont.load(doc, ReportFont.BOLD, missing)) {
      String made =
          "Made "
              + MADE.format(now)
              + " with "
              + Tool.nameAndVersion()
              + " · analysis of "
              + a.corpus().analyzedAt()
              + " by "
              + a.corpus().tool()
              + " · corpus folder "
              + a.corpus().path();
      ReportCanvas canvas =
          new ReportCanvas(
              doc,
              regular,
              bold,
              title,
              "Parallax framing report · " + title + " · made " + MADE.format(now));
      CoverPage.draw(canvas, a, title, made, marks);
      Verdicts verdicts = Verdicts.of(a, options);
      Coded coded = Coded.of(options.project(), a);
      int glance = -1;
      if (options.sections().contains(ReportOptions.Section.GLANCE)) {
        GlancePage.draw(canvas, a, verdicts);
        glance = canvas.pageIndex();
      }
      int overview = -1;
      if (options.sections().contains(ReportOptions.Section.OVERVIEW)) {
        overview = OverviewPage.draw(canvas, a);
      }
      Legend legend = new Legend(options.kinds(), marks);
      ReportTables tables = ReportTables.of(a);
      Map<String, Integer> sections = new SummaryPages(canvas, a, tables, options, verdicts).draw(legend);
      int codes = -1;
      if (options.sections().contains(ReportOptions.Section.CODES) && CodesPages.hasContent(options.project())) {
        codes = new CodesPages(canvas, a, options.project(), coded).draw();
      }
      ArticlePages articles = new ArticlePages(canvas, marks, coded.segments(), verdicts, legend, calendar);
      Map<String, Integer> firstPages =
          options.sections().contains(ReportOptions.Section.ARTICLES)
              ? articles.draw(options.articles().isEmpty() ? tables.articlesInOutletOrder(a) : a.articles(), options.columns())
              : Map.of();
      canvas.finish();

      outline(doc, canvas, sections, a, firstPages, glance, overview, codes);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title + " — Parallax framing report");
      info.setSubject("Framing report on " + a.articles().size() + " articles");
      info.setCreator(Tool.nameAndVersion());
      info.setProducer(Tool.nameAndVersion() + " (Apache PDFBox)");
      info.setCreationDate(calendar);
      doc.getDocumentCatalog().setLanguage("en");
      doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
      // Object streams make the file smaller but PDFBox builds them all in memory at the end;
      // past a few hundred pages that costs more heap than the whole document.
      PdfFileWriter.save(
          doc,
          List.of(regular, bold),
          out,
          canvas.pages().size() > OBJECT_STREAM_PAGES
              ? CompressParameters.NO_COMPRESSION
              : CompressParameters.DEFAULT_COMPRESSION);
      List<Integer> missingList;
      synchronized (missing) {
        missingList = new ArrayList<>(missing);
      }
      return new PdfReport(
          file,
          canvas.pages().size(),
          a.articles().size(),
          marks.size(),
          articles.annotations(),
          missingList,
          notes);
    }
  }

  private static void outline(
      PDDocument doc,
      ReportCanvas canvas,
      Map<String, Integer> sections,
      Analysis a,
      Map<String, Integer> firstPages,
      int glance,
      int overview,
      int codes) {
    PDDocumentOutline root = new PDDocumentOutline();
    doc.getDocumentCatalog().setDocumentOutline(root);
    root.addLast(item("Cover", canvas, 0));
    if (glance >= 0) {
      root.addLast(item("The story at a glance", canvas, glance));
    }
    if (overview >= 0) {
      root.addLast(item(OverviewPage.SECTION, canvas, overview));
    }
    PDOutlineItem summary = item("Summary of findings", canvas, sections.getOrDefault("Legend", 0));
    sections.forEach((name, page) -> summary.addLast(item(name, canvas, page)));
    root.addLast(summary);
    if (codes >= 0) {
      root.addLast(item(CodesPages.SECTION, canvas, codes));
    }
    if (!firstPages.isEmpty()) {
      PDOutlineItem articles =
          item("Articles side by side", canvas, firstPages.values().iterator().next());
      // In the order the pages give them (an outlet's articles together, unless the analyst chose an order).
      firstPages.forEach((id, page) -> a.article(id).ifPresent(art -> {
        String t = art.title() == null ? art.id() : art.title();
        articles.addLast(item(Highlights.name(art) + ": " + t, canvas, page));
      }));
      articles.openNode();
      root.addLast(articles);
    }
    summary.openNode();
    root.openNode();
  }

  private static PDOutlineItem item(String title, ReportCanvas canvas, int page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(canvas.pages().get(page));
    return item;
  }
}

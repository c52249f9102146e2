package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.project.Anchor;
import org.parallax.project.Code;
import org.parallax.project.Coding;
import org.parallax.project.Correction;
import org.parallax.project.Corrections;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;
import org.parallax.project.Workspace;

/**
 * The analyst's own work in the exports: coded segments as highlight annotations in their code's
 * colour, the codes and memos section, corrected findings marked, and codings.csv and memos.csv.
 */
class AnalystLayerExportTest {

  @TempDir static Path shared;

  private static final String BLAME_COLOUR = "#e6194b";
  private static final String BLAMED =
      "noting that Washington and Moscow “share the same goals” in the fight against the ISIS/ISIL Takfiri"
          + " terrorists";
  private static final String BLAME_MEMO = "Blames ISIL alone; no word on the government's part.";

  private static Analysis seeds;
  private static Project project;
  /** The seeds as the analyst corrected them, rejected findings kept. */
  private static Analysis kept;
  private static Path report;
  private static Path tables;

  @BeforeAll
  static void export() throws Exception {
    seeds = SeedAnalysis.build();
    String fars = text(SeedAnalysis.FARS);
    List<Coding> codings = List.of(
        coding("c1", "k-blame", SeedAnalysis.FARS, BLAMED),
        coding("c2", "k-blame", SeedAnalysis.PRESS_TV_1, "launching airstrikes against the Takfiri terrorists of Daesh"),
        coding("c3", "k-blame", SeedAnalysis.PRESS_TV_2, "deadly unrest in the Arab country"),
        coding("c4", "k-framing", SeedAnalysis.MOSCOW_TIMES, "an important next step"),
        // Made on words the article no longer has: orphaned.
        new Coding("c5", "k-framing", new Anchor(SeedAnalysis.FARS, 10, 40, "a sentence the article never had", "", ""),
            "2026-03-01T09:00:00Z"),
        // On an article not in the corpus: left out, counted.
        new Coding("c6", "k-framing", new Anchor("999_gone", 0, 5, "Gone.", "", ""), "2026-03-01T09:00:00Z"));
    int q1 = text(SeedAnalysis.MOSCOW_TIMES).indexOf("Our focus remains");
    List<Memo> memos = List.of(
        new Memo("m1", Target.coding("c1"), BLAME_MEMO, "2026-03-01T09:00:00Z", "2026-03-02T09:00:00Z"),
        new Memo("m2", Target.corpus(), "Compare the Iranian outlets with the Western ones.", "2026-03-01T08:00:00Z",
            "2026-03-01T08:00:00Z"),
        new Memo("m3", Target.finding(Target.Kind.quote, "q1",
            Anchor.of(SeedAnalysis.MOSCOW_TIMES, text(SeedAnalysis.MOSCOW_TIMES), q1, q1 + 17)),
            "Kerry's words, trimmed differently.", "2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z"));
    int takfiri = fars.indexOf("Takfiri terrorists");
    int open = fars.indexOf("remains open to tactical, practical discussions");
    int reportedly = fars.indexOf("reportedly");
    List<Correction> corrections = List.of(
        verdict("x1", Correction.Action.reject, Target.Kind.divergence, "d1", SeedAnalysis.FARS, takfiri, takfiri + 18),
        verdict("x2", Correction.Action.confirm, Target.Kind.quote, "q2", SeedAnalysis.FARS, open, open + 47),
        verdict("x3", Correction.Action.reject, Target.Kind.hedge, null, SeedAnalysis.FARS, reportedly, reportedly + 10),
        // The speaker, not the quotation: the quotation itself stays unmarked.
        verdict("x4", Correction.Action.reject, Target.Kind.speaker, "q1", SeedAnalysis.MOSCOW_TIMES, q1, q1 + 17));
    project = new Project(Project.SCHEMA,
        List.of(
            new Code("k-framing", "Framing", "#3cb44b", "", null),
            new Code("k-blame", "Blame", BLAME_COLOUR, "Who is held responsible", "k-framing")),
        codings, memos, corrections, Workspace.EMPTY);
    kept = Corrections.apply(seeds, project, Corrections.Rejected.KEEP).analysis();
    report = shared.resolve("analyst.pdf");
    new PdfReportWriter(PdfReportWriterTest.CLOCK)
        .write(kept, ReportOptions.all().withProject(project).withRejected(Corrections.Rejected.KEEP), report);
    tables = shared.resolve("tables");
    new CsvExporter().write(kept, project, tables);
  }

  private static String text(String article) {
    return seeds.article(article).orElseThrow().text();
  }

  private static Coding coding(String id, String code, String article, String words) {
    String text = text(article);
    int at = text.indexOf(words);
    assertTrue(at >= 0, article + " lacks " + words);
    return new Coding(id, code, Anchor.of(article, text, at, at + words.length()), "2026-03-01T09:00:00Z");
  }

  private static Correction verdict(String id, Correction.Action action, Target.Kind kind, String item, String article,
      int start, int end) {
    return new Correction(id, action, Target.finding(kind, item, Anchor.of(article, text(article), start, end)), null,
        null, null, "2026-03-01T09:00:00Z");
  }

  private static List<PDAnnotationHighlight> coded(PDDocument doc, int page) {
    List<PDAnnotationHighlight> out = new ArrayList<>();
    try {
      for (PDAnnotation a : doc.getPage(page).getAnnotations()) {
        if (a instanceof PDAnnotationHighlight h && h.getAnnotationName().startsWith("parallax:CODING:")) {
          out.add(h);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void aCodedSegmentIsAHighlightInItsCodesColourCoveringItsWordsWithPathAndMemo() throws Exception {
    int start = text(SeedAnalysis.FARS).indexOf(BLAMED);
    try (PDDocument doc = Loader.loadPDF(report.toFile())) {
      PDAnnotationHighlight found = null;
      int page = -1;
      for (int p = 0; p < doc.getNumberOfPages() && found == null; p++) {
        for (PDAnnotationHighlight h : coded(doc, p)) {
          if (h.getAnnotationName().equals("parallax:CODING:c1:" + SeedAnalysis.FARS + ":" + start + "-"
              + (start + BLAMED.length()))) {
            found = h;
            page = p;
          }
        }
      }
      assertTrue(found != null, "no annotation for c1");
      assertArrayEquals(new float[] {0xe6 / 255f, 0x19 / 255f, 0x4b / 255f}, found.getColor().getComponents(), 0.001f);
      assertEquals("Framing/Blame\n\n" + BLAME_MEMO, found.getContents());
      assertEquals("Parallax: analyst", found.getTitlePopup());
      assertTrue(found.isPrinted());
      // The Fars article's first page: its title is there, and the quads cover exactly the coded words.
      assertTrue(PdfGlyphs.pageText(doc, page).contains("Kerry: Russia, US Follow Same Goals in Syria against ISIL"));
      float[] q = found.getQuadPoints();
      assertEquals(2, q.length / 8, "the segment runs over two lines");
      StringBuilder covered = new StringBuilder();
      List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.onPage(doc, page);
      for (int i = 0; i < q.length; i += 8) {
        float left = q[i + 4];
        float bottom = q[i + 5];
        float right = q[i + 2];
        float top = q[i + 3];
        glyphs.stream()
            .filter(g -> g.centreX() > left && g.centreX() < right && g.baseline() > bottom && g.baseline() < top)
            .forEach(g -> covered.append(g.text()));
      }
      assertEquals(BLAMED.replaceAll("\\s+", ""), covered.toString().replaceAll("\\s+", ""));
      // Three of the four coded segments lie in the report's articles; the orphan and the one elsewhere do not.
      int all = 0;
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        all += coded(doc, p).size();
      }
      assertEquals(4, all);
    }
  }

  @Test
  void theCodesSectionHoldsTheMatrixTheSegmentsTheMemosAndTheOrphans() throws Exception {
    try (PDDocument doc = Loader.loadPDF(report.toFile())) {
      String text = PdfGlyphs.flatText(doc);
      int at = text.indexOf("The analyst's codes and memos 2 codes");
      assertTrue(at >= 0, text);
      String codes = text.substring(at, text.indexOf("Articles side by side", at));
      assertTrue(codes.contains("2 codes, 4 coded segments in 4 articles and 3 memos"), codes);
      // Press TV's two articles add up; outlets in the order of their first article.
      assertTrue(codes.contains("Code Fars News Agency 1 article Press TV 2 articles The Moscow Times 1 article"
          + " Example Daily 1 article All Framing — — 1 — 1 Framing/Blame 1 2 — — 3"), codes);
      assertTrue(codes.contains("Framing/Blame · 3 segments Outlet Article Coded text Memo Fars News Agency Kerry:"
          + " Russia, US Follow Same Goals in Syria against ISIL"), codes);
      assertTrue(codes.contains("“" + BLAMED + "” " + BLAME_MEMO), codes);
      assertTrue(codes.contains("The corpus — Compare the Iranian outlets with the Western ones. 2026-03-01"), codes);
      assertTrue(codes.contains("Quotation q1 ‘Our focus remains’ The Moscow Times"), codes);
      assertTrue(codes.contains("Codings whose passage is gone"), codes);
      assertTrue(codes.contains("Framing Fars News Agency Kerry: Russia, US Follow Same Goals in Syria against ISIL"), codes);
      assertTrue(codes.contains("“a sentence the article never had” —"), codes);
      assertTrue(codes.contains("1 coding and 0 memos on articles not in this report are left out."), codes);
    }
  }

  @Test
  void findingsTheAnalystCheckedAreMarkedInTheSummaryAndInTheirNotes() throws Exception {
    try (PDDocument doc = Loader.loadPDF(report.toFile())) {
      String text = PdfGlyphs.flatText(doc);
      assertTrue(text.contains("The analyst confirmed 1 and rejected 3 of these findings"), text);
      assertTrue(text.contains("q1 John Kerry speaker rejected by analyst “Our focus remains on destroying Islamic State"
          + " militants and also on a political settlement with respect to Syria” The Moscow Times: verbatim"), text);
      assertTrue(text.contains("“remains open to tactical, practical discussions” confirmed by analyst"), text);
      assertTrue(text.contains("d1 label Islamic State rejected by analyst"), text);
      assertTrue(text.contains("reportedly 1 rejected by analyst"), text);
      int reportedly = text(SeedAnalysis.FARS).indexOf("reportedly");
      String hedge = "parallax:HEDGE::" + SeedAnalysis.FARS + ":" + reportedly + "-" + (reportedly + 10);
      ReadBack.Annotation note = ReadBack.annotations(doc).stream().filter(a -> a.name().equals(hedge))
          .findFirst().orElseThrow();
      assertTrue(note.contents().endsWith("\n\nRejected by analyst."), note.contents());
    }
  }

  @Test
  void rejectedFindingsLeftOutAreNotMarkedButConfirmedOnesAre() throws Exception {
    Analysis corrected = Corrections.apply(seeds, project, Corrections.Rejected.LEAVE_OUT).analysis();
    Path target = shared.resolve("left-out.pdf");
    new PdfReportWriter(PdfReportWriterTest.CLOCK).write(corrected, ReportOptions.all().withProject(project), target);
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      String text = PdfGlyphs.flatText(doc);
      assertFalse(text.contains("rejected by analyst"), text);
      assertTrue(text.contains("The analyst confirmed 1 of these findings, each marked so in the tables and in its"
          + " note in the articles. Findings the analyst rejected are left out."), text);
      assertTrue(text.contains("“remains open to tactical, practical discussions” confirmed by analyst"), text);
    }
  }

  @Test
  void withoutCodesOrMemosThereIsNoCodesSection() throws Exception {
    Path target = shared.resolve("none.pdf");
    new PdfReportWriter(PdfReportWriterTest.CLOCK).write(seeds, ReportOptions.all(), target);
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      assertFalse(PdfGlyphs.flatText(doc).contains("The analyst's codes and memos"));
    }
  }

  private static List<CSVRecord> read(Path folder, String file) throws Exception {
    byte[] bytes = Files.readAllBytes(folder.resolve(file));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return p.getRecords();
    }
  }

  @Test
  void codingsCsvHasOneRowPerCodedSegment() throws Exception {
    List<CSVRecord> rows = read(tables, "codings.csv");
    assertEquals(List.of("article", "outlet", "date", "code_path", "text", "memo", "start", "end"), rows.get(0).toList());
    assertEquals(5, rows.size());
    // Offsets into the text, which opens with the headline (57 characters and a blank line at Fars).
    int start = text(SeedAnalysis.FARS).indexOf(BLAMED);
    assertEquals(185, start);
    assertEquals(
        List.of(SeedAnalysis.FARS, "Fars News Agency", "2015-09-19", "Framing/Blame", BLAMED, BLAME_MEMO, "185", "295"),
        rows.get(1).toList());
    assertEquals(
        List.of(SeedAnalysis.MOSCOW_TIMES, "The Moscow Times", "2015-09-18", "Framing", "an important next step", "",
            "176", "198"),
        rows.get(3).toList());
  }

  @Test
  void memosCsvHasOneRowPerMemoInTheExportedArticles() throws Exception {
    List<CSVRecord> rows = read(tables, "memos.csv");
    assertEquals(List.of("about", "article", "item", "text", "created", "modified", "passage"), rows.get(0).toList());
    assertEquals(4, rows.size());
    assertEquals(List.of("coding", SeedAnalysis.FARS, "c1", BLAME_MEMO, "2026-03-01T09:00:00Z", "2026-03-02T09:00:00Z",
        BLAMED), rows.get(1).toList());
    assertEquals(List.of("corpus", "", "", "Compare the Iranian outlets with the Western ones.", "2026-03-01T08:00:00Z",
        "2026-03-01T08:00:00Z", ""), rows.get(2).toList());
    assertEquals(List.of("quote", SeedAnalysis.MOSCOW_TIMES, "q1", "Kerry's words, trimmed differently.",
        "2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z", "Our focus remains"), rows.get(3).toList());
  }

  @Test
  void withoutAProjectTheAnalystsFilesHoldTheirHeaderAlone(@TempDir Path dir) throws Exception {
    List<Path> written = new CsvExporter().write(seeds, dir);
    assertEquals(CsvExporter.FILES.stream().map(dir::resolve).toList(), written);
    assertEquals(1, read(dir, "codings.csv").size());
    assertEquals(1, read(dir, "memos.csv").size());
  }
}

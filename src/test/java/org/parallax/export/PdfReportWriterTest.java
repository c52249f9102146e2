package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;

class PdfReportWriterTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Analysis seeds;
  private static Path seedReport;
  private static PdfReport seedResult;

  @BeforeAll
  static void writeSeedReport() throws Exception {
    seeds = SeedAnalysis.build();
    seedReport = shared.resolve("seeds.pdf");
    seedResult = new PdfReportWriter(CLOCK).write(seeds, ReportOptions.all(), seedReport);
  }

  @Test
  void theArticlePagesKeepAnOutletsArticlesTogetherUnlessTheAnalystChoseAnOrder() throws Exception {
    // The seeds' corpus order puts The Moscow Times between Press TV's two articles.
    assertEquals(
        List.of(SeedAnalysis.FARS, SeedAnalysis.PRESS_TV_1, SeedAnalysis.PRESS_TV_2, SeedAnalysis.MOSCOW_TIMES, SeedAnalysis.DAILY),
        articleOutline(seedReport));
    Path chosen = dir.resolve("chosen.pdf");
    List<String> order = List.of(SeedAnalysis.DAILY, SeedAnalysis.MOSCOW_TIMES, SeedAnalysis.FARS);
    ReportOptions options = ReportOptions.all().withArticles(order);
    new PdfReportWriter(CLOCK).write(options.select(seeds), options, chosen);
    assertEquals(order, articleOutline(chosen));
  }

  /** The ids of the articles under the outline's "Articles side by side", in its order, by their pages. */
  private static List<String> articleOutline(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<String> titles = new java.util.ArrayList<>();
      for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        if (item.getTitle().equals("Articles side by side")) {
          item.children().forEach(c -> titles.add(c.getTitle()));
        }
      }
      List<String> ids = new java.util.ArrayList<>();
      for (String t : titles) {
        ids.add(seeds.articles().stream()
            .filter(a -> t.endsWith(": " + (a.title() == null ? a.id() : a.title())) && t.startsWith(Highlights.name(a) + ": "))
            .map(a -> a.id()).findFirst().orElse(t));
      }
      return ids;
    }
  }

  @Test
  void everyHighlightBecomesAnAnnotationCoveringExactlyItsWords() throws Exception {
    assertEquals(23, Highlights.of(seeds).size());
    try (PDDocument doc = Loader.loadPDF(seedReport.toFile())) {
      int read = ReadBack.assertAnnotationsCoverTheirWords(doc, seeds, Highlights.of(seeds), true);
      assertEquals(read, seedResult.annotations());
    }
  }

  @Test
  void annotationsCarryTheHighlightNotesInClosedPopups() throws Exception {
    Map<String, Highlight> byName = new HashMap<>();
    Highlights.of(seeds).forEach(h -> byName.put(ArticlePages.name(h), h));
    try (PDDocument doc = Loader.loadPDF(seedReport.toFile())) {
      List<ReadBack.Annotation> read = ReadBack.annotations(doc);
      for (ReadBack.Annotation r : read) {
        Highlight h = byName.get(r.name());
        assertEquals(h.note(), r.contents());
        assertEquals(h.kind().label(), r.title());
        assertNotNull(r.popup(), r.name());
        assertFalse(r.popup().getOpen());
      }
      int start =
          seeds.article(SeedAnalysis.FARS).orElseThrow().text().indexOf("Takfiri terrorists");
      ReadBack.Annotation takfiri =
          read.stream()
              .filter(
                  r ->
                      r.name()
                          .equals(
                              "parallax:LOADED_LABEL:r1:"
                                  + SeedAnalysis.FARS
                                  + ":"
                                  + start
                                  + "-"
                                  + (start + 18)))
              .findFirst()
              .orElseThrow();
      assertEquals(
          "Label for Islamic State: 'Takfiri terrorists' — Press TV writes 'Takfiri terrorists of"
              + " Daesh'; The Moscow Times writes 'Islamic State militants'; Press TV writes 'Daesh"
              + " (ISIL) terrorist group'; Example Daily writes 'Islamic State (IS) extremists'",
          takfiri.contents());
      assertEquals("Loaded label", takfiri.title());
      assertEquals(1, takfiri.quads().size());
    }
  }

  @Test
  void textLayerFindsThePhrasesAndHasNoLigatures() throws Exception {
    try (PDDocument doc = Loader.loadPDF(seedReport.toFile())) {
      String text = PdfGlyphs.flatText(doc);
      assertTrue(text.contains("the ISIS/ISIL Takfiri terrorists."));
      assertTrue(text.contains("destroying Islamic State militants and also"));
      assertTrue(text.contains("officially kicked off"));
      assertTrue(text.contains("Millions of Syrians have fled the four-year conflict"));
      assertFalse(
          text.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06),
          "ligature characters in the text layer");
    }
  }

  @Test
  void coverNamesTheCorpusOutletsDatesAndCounts() throws Exception {
    try (PDDocument doc = Loader.loadPDF(seedReport.toFile())) {
      String cover = PdfGlyphs.pageText(doc, 0);
      assertTrue(
          cover.contains(
              "Framing report on 5 articles from 4 outlets, published 2015-09-18 to 2015-09-19 (3"
                  + " undated): Fars News Agency, Press TV, The Moscow Times, Example Daily."),
          cover);
      assertTrue(cover.contains("Made 2026-03-01 10:00 UTC with parallax"), cover);
      assertTrue(cover.contains("3 quotations (2 shared, 1 altered)"), cover);
      assertTrue(cover.contains("23 marks in the articles"), cover);
      assertTrue(cover.contains("Page 1 of " + seedResult.pages()), cover);
      assertEquals(doc.getNumberOfPages(), seedResult.pages());
      assertEquals("seeds — Parallax framing report", doc.getDocumentInformation().getTitle());
    }
  }

  @Test
  void theStoryAtAGlanceFollowsTheCoverOnOnePage() throws Exception {
    try (PDDocument doc = Loader.loadPDF(seedReport.toFile())) {
      String glance = PdfGlyphs.pageText(doc, 1);
      assertTrue(glance.startsWith("seeds The story at a glance"), glance);
      // The first-ranked divergence, with each side's outlet and words.
      assertTrue(glance.contains("label d1 Fars News Agency: ‘Takfiri terrorists’ The Moscow Times: ‘Islamic State militants’"), glance);
      assertTrue(glance.contains("Outlets by loaded wording"), glance);
      assertTrue(PdfGlyphs.pageText(doc, 2).startsWith("seeds Overview"), "the overview follows the glance page");
      assertTrue(PdfGlyphs.pageText(doc, 3).contains("Summary of findings"), "the summary starts on the next page");
    }
  }

  @Test
  void summaryHasTheLabelHedgeQuoteAndFactTables() throws Exception {
    try (PDDocument doc = Loader.loadPDF(seedReport.toFile())) {
      String summary = PdfGlyphs.pageText(doc, 3) + PdfGlyphs.pageText(doc, 4);
      assertTrue(summary.contains("What each outlet calls them"));
      assertTrue(summary.contains("Takfiri terrorists of Daesh Takfiris"), summary);
      // Outlets are the unit: Press TV's two articles are one column and one hedge row.
      assertTrue(summary.contains("Press TV 2 articles · date unknown"), summary);
      assertTrue(
          summary.contains(
              "Press TV 2 articles 850 5 5.9 reportedly ×2, allegedly, alleged, according to"
                  + " American intelligence"),
          summary);
      assertTrue(summary.contains("The Moscow Times: verbatim Example Daily: altered"), summary);
      assertTrue(summary.contains("Facts × outlets"));
      assertTrue(summary.contains("● 1/2 — — 2 of 4"), "f2: one of Press TV's two articles: " + summary);
      assertTrue(summary.contains("Divergences in wording"));
    }
  }

  @Test
  void selectedArticlesComeAloneInTheGivenOrder() throws Exception {
    Path target = dir.resolve("two.pdf");
    ReportOptions options =
        ReportOptions.all()
            .withArticles(List.of(SeedAnalysis.DAILY, SeedAnalysis.FARS))
            .withTitle("Two outlets");
    PdfReport report = new PdfReportWriter(CLOCK).write(seeds, options, target);
    assertEquals(2, report.articles());
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      String cover = PdfGlyphs.pageText(doc, 0);
      assertTrue(
          cover.startsWith(
              "Two outlets Cover Two outlets Framing report on 2 articles from 2 outlets"),
          cover);
      assertTrue(cover.indexOf("Example Daily") < cover.indexOf("Fars News Agency"));
      for (ReadBack.Annotation r : ReadBack.annotations(doc)) {
        assertTrue(
            r.name().contains(SeedAnalysis.DAILY) || r.name().contains(SeedAnalysis.FARS),
            r.name());
      }
    }
  }

  @Test
  void onlyTheChosenKindsAreMarked() throws Exception {
    Path target = dir.resolve("labels.pdf");
    PdfReport report =
        new PdfReportWriter(CLOCK)
            .write(
                seeds,
                ReportOptions.all().withKinds(EnumSet.of(Highlight.Kind.LOADED_LABEL)),
                target);
    assertEquals(6, report.marks());
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      assertTrue(
          ReadBack.annotations(doc).stream()
              .allMatch(r -> r.name().startsWith("parallax:LOADED_LABEL:")));
    }
  }

  @Test
  void unknownArticleIsRefusedBeforeAnythingIsWritten() {
    Path target = dir.resolve("x.pdf");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PdfReportWriter(CLOCK)
                    .write(seeds, ReportOptions.all().withArticles(List.of("nope")), target));
    assertEquals("no article with id nope in the corpus", e.getMessage());
    assertFalse(Files.exists(target));
  }

  @Test
  void singleArticleCorpusSaysThereIsNothingToAlign() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("one"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "Kerry meets Lavrov\n\nKerry met Lavrov in New York on Wednesday.\n");
    Analysis one = org.parallax.analysis.AnalysisInvariants.check(new Analyzer().analyze(corpus));
    Path target = dir.resolve("one.pdf");
    PdfReport report = new PdfReportWriter(CLOCK).write(one, ReportOptions.all(), target);
    assertEquals(List.of("one article: nothing to align"), report.notes());
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      assertTrue(PdfGlyphs.pageText(doc, 0).contains("One article: nothing to align."));
      assertTrue(PdfGlyphs.flatText(doc).contains("Kerry met Lavrov in New York on Wednesday."));
    }
  }

  @Test
  void charactersTheFontLacksAreReplacedAndReported() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("cjk"));
    Files.writeString(corpus.resolve("a.txt"), "Headline\n\nBeijing (北京) said nothing.\n");
    Files.writeString(corpus.resolve("b.txt"), "Other headline\n\nNothing was said.\n");
    Path target = dir.resolve("cjk.pdf");
    PdfReport report =
        new PdfReportWriter(CLOCK)
            .write(org.parallax.analysis.AnalysisInvariants.check(new Analyzer().analyze(corpus)), ReportOptions.all(), target);
    assertEquals(List.of(0x4EAC, 0x5317), report.missingCharacters());
    assertEquals("U+4EAC 京, U+5317 北", report.describeMissing());
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      assertTrue(PdfGlyphs.flatText(doc).contains("Beijing (\uFFFD\uFFFD) said nothing."));
    }
  }

  @Test
  void targetThatIsAFolderIsRefusedAndNothingIsLeft() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("report.pdf"));
    ExportException e =
        assertThrows(
            ExportException.class,
            () -> new PdfReportWriter(CLOCK).write(seeds, ReportOptions.all(), folder));
    assertEquals(folder + ": is a folder; give a file name for the report", e.getMessage());
    assertEquals(List.of(folder), list(dir));
    assertEquals(List.of(), list(folder));
  }

  @Test
  void targetUnderAFileIsRefusedAndNothingIsLeft() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
    Path target = file.resolve("report.pdf");
    ExportException e =
        assertThrows(
            ExportException.class,
            () -> new PdfReportWriter(CLOCK).write(seeds, ReportOptions.all(), target));
    assertEquals(target + ": cannot write (" + file + " is a file, not a folder)", e.getMessage());
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void rewritingReplacesTheReportAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("again.pdf");
    Files.writeString(target, "old");
    new PdfReportWriter(CLOCK).write(seeds, ReportOptions.all(), target);
    assertEquals(List.of(target), list(dir));
    try (PDDocument doc = Loader.loadPDF(target.toFile())) {
      assertEquals(seedResult.pages(), doc.getNumberOfPages());
    }
  }

  static List<Path> list(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.export.CsvExporter;

class ExportViewModelTest {

  private final Analysis story = Story.analysis();
  private final ExportViewModel model = new ExportViewModel(new SameThreadTasks());

  @Test
  void thePdfReportIsWrittenForTheShownArticles(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("story-report.pdf");
    model.exportPdf(story, List.of("a2", "a1"), pdf);
    assertTrue(model.outcome().get().ok(), model.outcome().get().message());
    assertTrue(model.outcome().get().message().startsWith("Report written: " + pdf + " ("), model.outcome().get().message());
    assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertFalse(model.running().get());
  }

  @Test
  void theDataAreTheCsvTablesAndTheJson(@TempDir Path dir) {
    model.exportData(story, List.of("a1", "a2", "a3"), dir);
    assertEquals(
        new ExportViewModel.Outcome(true, "Data written: " + (CsvExporter.FILES.size() + 1) + " files in " + dir + " (CSV tables and story.json)"),
        model.outcome().get());
    for (String f : CsvExporter.FILES) {
      assertTrue(Files.isRegularFile(dir.resolve(f)), f);
    }
    assertTrue(Files.isRegularFile(dir.resolve("story.json")));
  }

  @Test
  void aTargetThatIsAFolderFailsWithAReasonNotAStackTrace(@TempDir Path dir) {
    model.exportPdf(story, List.of("a1", "a2", "a3"), dir);
    assertFalse(model.outcome().get().ok());
    assertTrue(model.outcome().get().message().startsWith("The report could not be written: " + dir + ": "), model.outcome().get().message());
  }

  @Test
  void everyArticleInCorpusOrderMeansTheWholeCorpus() {
    assertEquals(List.of(), ExportViewModel.options(story, List.of("a1", "a2", "a3")).articles());
    assertEquals(List.of("a3", "a1"), ExportViewModel.options(story, List.of("a3", "a1")).articles());
    assertEquals("Kerry-Russia-and-Syria", ExportViewModel.safeName("Kerry, Russia and Syria"));
  }

  @Test
  void theReportIsShapedAsTheAnalystChose(@TempDir Path dir) throws Exception {
    org.parallax.export.ReportOptions o = model.reportOptions(story, List.of("a1", "a2", "a3"));
    assertEquals(java.util.EnumSet.allOf(org.parallax.export.ReportOptions.Section.class), o.sections());
    assertEquals(org.parallax.export.ReportOptions.AUTO_ROWS, o.top());
    model.sections().remove(org.parallax.export.ReportOptions.Section.ARTICLES);
    model.top().set(10);
    model.onlyLoaded().set(true);
    o = model.reportOptions(story, List.of("a1", "a2", "a3"));
    assertFalse(o.sections().contains(org.parallax.export.ReportOptions.Section.ARTICLES));
    assertEquals(10, o.top());
    assertTrue(o.onlyLoaded());
    Path pdf = dir.resolve("brief.pdf");
    model.exportPdf(story, List.of("a1", "a2", "a3"), pdf);
    assertTrue(model.outcome().get().ok(), model.outcome().get().message());
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertFalse(text.contains(Story.PRESS_TEXT.substring(0, 25)), "no article pages");
    }
  }
}

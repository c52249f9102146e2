package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.CsvExporter;

/**
 * {@code parallax export}, run as a person would: arguments in, files and one-line messages out.
 */
class ExportCommandTest {

  private static final String NL = System.lineSeparator();
  private static final String FARS = "000_5687b2dc5866d8ae";
  private static final String MOSCOW_TIMES = "002_17b3dee94d847ef4";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(CliTests.keepSeedsClean(args), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void exportsThePdfTheTablesAndTheJson() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    Path tables = dir.resolve("tables");
    Path json = dir.resolve("seeds.json");
    assertEquals(
        0,
        run(
            "export",
            "seeds",
            "--pdf",
            pdf.toString(),
            "--csv",
            tables.toString(),
            "--json",
            json.toString()));
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      pages = doc.getNumberOfPages();
      assertTrue(coverText(doc).contains("Framing report on 5 articles"));
    }
    assertEquals(CsvExporter.FILES.size(), list(tables).size());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("parallax.analysis/1", root.get("schema").asText());
    assertEquals(5, root.get("articles").size());
    assertEquals(
        "parallax: seeds: 5 article(s) exported -> "
            + pdf
            + " ("
            + pages
            + " pages), "
            + tables
            + " (" + org.parallax.export.CsvExporter.FILES.size() + " CSV files), "
            + json
            + NL,
        err.toString());
  }

  @Test
  void selectedArticlesAreExportedInTheirOrder() throws Exception {
    Path json = dir.resolve("two.json");
    assertEquals(
        0,
        run(
            "export",
            "seeds",
            "--json",
            json.toString(),
            "--articles",
            MOSCOW_TIMES + "," + FARS,
            "-q"));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(MOSCOW_TIMES, root.at("/articles/0/id").asText());
    assertEquals(FARS, root.at("/articles/1/id").asText());
    assertEquals("", err.toString());
  }

  @Test
  void needsAtLeastOneTarget() {
    assertEquals(2, run("export", "seeds"));
    assertTrue(
        err.toString().startsWith("give at least one of --pdf FILE, --csv DIR, --json FILE, --qdpx FILE" + NL),
        err.toString());
  }

  @Test
  void targetThatIsAFolderFailsAtOnceAndWritesNothing() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("out"));
    Path json = dir.resolve("seeds.json");
    assertEquals(3, run("export", "seeds", "--pdf", folder.toString(), "--json", json.toString()));
    assertEquals(
        "parallax: " + folder + ": is a folder; give a file name for the report" + NL,
        err.toString());
    assertEquals(List.of(folder), list(dir));
    assertEquals(List.of(), list(folder));
  }

  @Test
  void targetUnderAFileIsUnwritableAndLeavesNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    Path pdf = file.resolve("report.pdf");
    assertEquals(3, run("export", "seeds", "--pdf", pdf.toString()));
    assertEquals(
        "parallax: " + pdf + ": cannot write (" + file + " is a file, not a folder)" + NL,
        err.toString());
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void csvTargetThatIsAFileIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("tables"), "x");
    assertEquals(3, run("export", "seeds", "--csv", file.toString()));
    assertEquals(
        "parallax: " + file + ": is a file; give a folder for the CSV tables" + NL, err.toString());
  }

  @Test
  void singleArticleCorpusExportsWithANote() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("one"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "Kerry meets Lavrov\n\nKerry met Lavrov in New York on Wednesday.\n");
    Path pdf = dir.resolve("one.pdf");
    assertEquals(0, run("export", corpus.toString(), "--pdf", pdf.toString()));
    assertTrue(err.toString().contains("parallax: " + corpus + ": "), err.toString());
    assertTrue(err.toString().contains("nothing to align"), err.toString());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(coverText(doc).contains("One article: nothing to align."));
    }
  }

  @Test
  void selectingOneArticleSaysThereIsNothingToAlign() throws Exception {
    Path pdf = dir.resolve("one.pdf");
    assertEquals(0, run("export", "seeds", "--pdf", pdf.toString(), "--articles", FARS));
    assertTrue(
        err.toString()
            .startsWith(
                "parallax: seeds: one article: nothing to align (exported all the same)" + NL),
        err.toString());
  }

  @Test
  void missingFolderIsAWrongArgument() {
    Path pdf = dir.resolve("x.pdf");
    assertEquals(2, run("export", dir.resolve("nope").toString(), "--pdf", pdf.toString()));
    assertEquals("parallax: " + dir.resolve("nope") + ": no such folder" + NL, err.toString());
    assertFalse(Files.exists(pdf));
  }

  @Test
  void emptyFolderExportsNothing() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path pdf = dir.resolve("x.pdf");
    assertEquals(1, run("export", empty.toString(), "--pdf", pdf.toString()));
    assertTrue(
        err.toString()
            .endsWith("parallax: " + empty + ": nothing could be analysed; nothing exported" + NL),
        err.toString());
    assertFalse(Files.exists(pdf));
  }

  @Test
  void unknownArticleIsAWrongArgument() {
    Path pdf = dir.resolve("x.pdf");
    assertEquals(2, run("export", "seeds", "--pdf", pdf.toString(), "--articles", "nope"));
    assertEquals("parallax: seeds: no article with id nope in the corpus" + NL, err.toString());
    assertFalse(Files.exists(pdf));
  }

  @Test
  void anUnknownSectionOrANegativeTopIsAWrongArgument() {
    Path pdf = dir.resolve("x.pdf");
    assertEquals(2, run("export", "seeds", "--pdf", pdf.toString(), "--sections", "labels,heatmap"));
    assertTrue(err.toString().startsWith("--sections: unknown section 'heatmap' (one of [glance, overview, labels, hedges, quotations, facts, divergences, codes, articles])"), err.toString());
    assertEquals(2, run("export", "seeds", "--pdf", pdf.toString(), "--top", "-3"));
    assertFalse(Files.exists(pdf));
  }

  @Test
  void sectionsAndTopShapeTheReport() throws Exception {
    Path pdf = dir.resolve("labels.pdf");
    assertEquals(0, run("export", "seeds", "--pdf", pdf.toString(), "--sections", "labels", "--top", "3", "-q"));
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("What each outlet calls them"), text);
      assertTrue(text.contains("Showing 3 of "), text);
      assertFalse(text.contains("Facts × outlets"), text);
    }
  }

  private static String coverText(PDDocument doc) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setEndPage(1);
    return stripper.getText(doc).replaceAll("\\s+", " ");
  }

  private static List<Path> list(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  @Test
  void exportingSomeOfAnOutletsArticlesKeepsItsGroup() throws Exception {
    // The seeds with 001 credited to Press TV as well, and Press TV in a group; only 003 of its two is exported.
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Files.writeString(corpus.resolve("parallax.json"), "{\"articles\": {\"001_202df9670cb2560d.txt\": {\"outlet\": \"Press TV\"}},"
        + " \"outlets\": {\"Press TV\": \"Iran, state-owned\"}}");
    Path tables = dir.resolve("tables");
    assertEquals(0, run("export", corpus.toString(), "--csv", tables.toString(), "--articles", "003_3a3cfc992890462a," + MOSCOW_TIMES,
        "--no-cache", "-q"), err.toString());
    List<String> labelHeader;
    try (var csv = org.apache.commons.csv.CSVParser.parse(Files.readString(tables.resolve("label-table.csv")).substring(1),
        org.apache.commons.csv.CSVFormat.RFC4180)) {
      labelHeader = csv.getRecords().get(0).toList();
    }
    assertEquals(List.of("referent", "name", "Press TV (group: Iran, state-owned)", "The Moscow Times"), labelHeader);
    List<String> outlets = Files.readAllLines(tables.resolve("outlets.csv"));
    assertTrue(outlets.stream().anyMatch(l -> l.startsWith("Press TV,003_3a3cfc992890462a,") && l.endsWith(",\"Iran, state-owned\"")),
        String.join("\n", outlets));
  }
}

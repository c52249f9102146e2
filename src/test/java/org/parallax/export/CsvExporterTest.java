package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.OutletGroups;
import org.parallax.analysis.OutletProfile;

class CsvExporterTest {

  @TempDir static Path out;
  @TempDir Path dir;

  private static Analysis seeds;
  private static List<Path> written;

  @BeforeAll
  static void export() throws Exception {
    seeds = SeedAnalysis.build();
    written = new CsvExporter().write(seeds, out.resolve("tables"));
  }

  /**
   * The records of a written table, header included, read as a spreadsheet would (BOM stripped).
   */
  private static List<CSVRecord> read(String file) throws Exception {
    return read(out.resolve("tables"), file);
  }

  private static List<CSVRecord> read(Path folder, String file) throws Exception {
    byte[] bytes = Files.readAllBytes(folder.resolve(file));
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3),
        file + " starts with a BOM");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"), file + " ends its lines with CRLF");
    try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return p.getRecords();
    }
  }

  private static List<String> values(CSVRecord r) {
    return r.toList();
  }

  @Test
  void writesEveryTableIntoTheFolder() throws Exception {
    assertEquals(
        CsvExporter.FILES.stream().map(f -> out.resolve("tables").resolve(f)).toList(), written);
    assertEquals(
        written.stream().sorted().toList(), PdfReportWriterTest.list(out.resolve("tables")));
  }

  @Test
  void quotationsHaveOneRowPerOccurrenceWithSpeakerAndOutlet() throws Exception {
    List<CSVRecord> rows = read("quotes.csv");
    assertEquals(
        List.of(
            "quote",
            "speaker",
            "article",
            "outlet",
            "published",
            "match",
            "occurrence_speaker",
            "start",
            "end",
            "text"),
        values(rows.get(0)));
    assertEquals(6, rows.size());
    String text = seeds.article(SeedAnalysis.DAILY).orElseThrow().text();
    String words =
        "Obviously our focus remains on destroying ISIL (Islamic State) and also on a political"
            + " settlement with respect to Syria";
    int start = text.indexOf(words);
    assertEquals(
        List.of(
            "q1",
            "John Kerry",
            SeedAnalysis.DAILY,
            "Example Daily",
            "",
            "altered",
            "John Kerry",
            Integer.toString(start),
            Integer.toString(start + words.length()),
            words),
        values(rows.get(2)));
    assertEquals("2015-09-18", rows.get(1).get(4));
  }

  @Test
  void labelsHaveOneRowPerMentionAndTheWideTableOneColumnPerArticle() throws Exception {
    List<CSVRecord> labels = read("labels.csv");
    assertEquals(
        List.of(
            "referent",
            "name",
            "referent_kind",
            "article",
            "outlet",
            "start",
            "end",
            "label",
            "loaded",
            "via"),
        values(labels.get(0)));
    assertEquals(9, labels.size());
    assertEquals(
        List.of("r1", "Islamic State", "group", SeedAnalysis.MOSCOW_TIMES, "The Moscow Times"),
        values(labels.get(4)).subList(0, 5));
    assertEquals(List.of("Islamic State militants", "false"), values(labels.get(4)).subList(7, 9));

    // One column per article, an outlet's articles together (Press TV's two, which the corpus has apart).
    List<CSVRecord> table = read("label-table-articles.csv");
    assertEquals(
        List.of(
            "referent",
            "name",
            "Fars News Agency (" + SeedAnalysis.FARS + ")",
            "Press TV (" + SeedAnalysis.PRESS_TV_1 + ")",
            "Press TV (" + SeedAnalysis.PRESS_TV_2 + ")",
            "The Moscow Times (" + SeedAnalysis.MOSCOW_TIMES + ")",
            "Example Daily (" + SeedAnalysis.DAILY + ")"),
        values(table.get(0)));
    assertEquals(
        List.of(
            "r1",
            "Islamic State",
            "Takfiri terrorists [loaded]",
            "Takfiri terrorists of Daesh [loaded] | Takfiris [loaded]",
            "Daesh (ISIL) terrorist group [loaded]",
            "Islamic State militants",
            "Islamic State (IS) extremists"),
        values(table.get(1)));
    assertEquals(
        List.of(
            "r2",
            "Syrian government",
            "",
            "",
            "the Assad regime [loaded]",
            "",
            "the Assad regime [loaded]"),
        values(table.get(2)));
  }

  @Test
  void theLabelTableHasOneColumnPerOutletWithItsGroupAndItsArticlesAddedUp(@TempDir Path tmp) throws Exception {
    // Press TV's two articles in one column; the groups as parallax.json gives them.
    List<OutletProfile> profiles = new java.util.ArrayList<>();
    for (OutletGroups.Outlet o : OutletGroups.outlets(seeds)) {
      String group = o.name().equals("Press TV") || o.name().equals("Fars News Agency") ? "Iran, state-owned" : null;
      profiles.add(new OutletProfile(o.name(), group, o.articles(), 0, List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(), 0, 0, List.of()));
    }
    Analysis grouped = new Analysis(seeds.schema(), seeds.corpus(), seeds.articles(), seeds.quotes(), seeds.facts(), seeds.referents(),
        seeds.divergences(), seeds.hedges(), seeds.unique(), seeds.problems(), List.of(), profiles, List.of(), List.of());
    new CsvExporter().write(grouped, tmp);
    List<CSVRecord> table = read(tmp, "label-table.csv");
    assertEquals(
        List.of("referent", "name", "Fars News Agency (group: Iran, state-owned)", "Press TV (group: Iran, state-owned)",
            "The Moscow Times", "Example Daily"),
        values(table.get(0)));
    assertEquals(
        List.of("r1", "Islamic State", "Takfiri terrorists [loaded]",
            "Takfiri terrorists of Daesh [loaded] | Takfiris [loaded] | Daesh (ISIL) terrorist group [loaded]",
            "Islamic State militants", "Islamic State (IS) extremists"),
        values(table.get(1)));
    assertEquals(List.of("r2", "Syrian government", "", "the Assad regime [loaded]", "", "the Assad regime [loaded]"),
        values(table.get(2)));
  }

  @Test
  void factsListTheArticlesThatReportThemAndThoseThatDoNot() throws Exception {
    List<CSVRecord> rows = read("facts.csv");
    assertEquals(
        List.of("fact", "similarity", "article", "outlet", "reported", "start", "end", "text", "evidence"),
        values(rows.get(0)));
    assertEquals(11, rows.size());
    assertEquals("wording", rows.get(1).get(8));
    assertEquals(
        List.of("f1", "0.810", SeedAnalysis.FARS, "Fars News Agency", "true"),
        values(rows.get(1)).subList(0, 5));
    assertTrue(
        rows.get(1)
            .get(7)
            .startsWith("His comments came after US Secretary of Defense Ash Carter"));
    assertEquals(
        List.of("f1", "0.810", SeedAnalysis.PRESS_TV_1, "Press TV", "false", "", "", "", "wording"),
        values(rows.get(3)));
  }

  @Test
  void divergencesHaveOneRowPerSide() throws Exception {
    List<CSVRecord> rows = read("divergences.csv");
    assertEquals(
        List.of(
            "divergence",
            "kind",
            "about",
            "side",
            "article",
            "outlet",
            "start",
            "end",
            "text",
            "note"),
        values(rows.get(0)));
    assertEquals(5, rows.size());
    assertEquals(
        List.of("d1", "label", "r1", "2", SeedAnalysis.MOSCOW_TIMES, "The Moscow Times"),
        values(rows.get(2)).subList(0, 6));
    assertEquals("Islamic State militants", rows.get(2).get(8));
  }

  @Test
  void hedgesAndArticlesAreListed() throws Exception {
    List<CSVRecord> hedges = read("hedges.csv");
    assertEquals(8, hedges.size());
    assertEquals(
        List.of(SeedAnalysis.MOSCOW_TIMES, "The Moscow Times"),
        values(hedges.get(3)).subList(0, 2));
    assertEquals("U.S. officials say", hedges.get(3).get(4));
    List<CSVRecord> articles = read("articles.csv");
    assertEquals(
        List.of("article", "outlet", "title", "published", "url", "author", "source", "words", "shown_as", "shown_from"),
        values(articles.get(0)));
    assertEquals(
        List.of(SeedAnalysis.MOSCOW_TIMES, "The Moscow Times"),
        values(articles.get(3)).subList(0, 2));
    assertEquals("352", articles.get(3).get(7)); // the headline's 13 words and the body's 339
    assertEquals(List.of("The Moscow Times", "outlet"), values(articles.get(3)).subList(8, 10));
    assertTrue(read("unique.csv").stream().skip(1).noneMatch(r -> r.get(1).isEmpty()), "no empty outlet");
  }

  @Test
  void textThatLooksLikeAFormulaIsShownAsText() {
    assertEquals("'=HYPERLINK(\"x\")", CsvExporter.text("=HYPERLINK(\"x\")"));
    assertEquals("'-- especially Qatar", CsvExporter.text("-- especially Qatar"));
    assertEquals("'@SUM(A1)", CsvExporter.text("@SUM(A1)"));
    assertEquals("Takfiri terrorists", CsvExporter.text("Takfiri terrorists"));
  }

  @Test
  void targetThatIsAFileIsRefusedAndNothingIsWritten() throws Exception {
    Path file = Files.writeString(dir.resolve("tables"), "not a folder");
    ExportException e =
        assertThrows(ExportException.class, () -> new CsvExporter().write(seeds, file));
    assertEquals(file + ": is a file; give a folder for the CSV tables", e.getMessage());
    assertEquals(List.of(file), PdfReportWriterTest.list(dir));
    assertEquals("not a folder", Files.readString(file));
  }

  @Test
  void theOutletTableHoldsEachOutletsProfileAndTheUniqueTableItsSentences(@TempDir Path tmp) throws Exception {
    Analysis a = new org.parallax.pipeline.Analyzer().analyze(java.nio.file.Path.of("seeds"));
    new CsvExporter().write(a, tmp);
    List<CSVRecord> outlets;
    List<CSVRecord> unique;
    try (CSVParser p = CSVParser.parse(tmp.resolve("outlets.csv"), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
      outlets = p.getRecords();
    }
    try (CSVParser p = CSVParser.parse(tmp.resolve("unique.csv"), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
      unique = p.getRecords();
    }
    assertEquals(a.outlets().size() + 1, outlets.size());
    org.parallax.analysis.OutletProfile first = a.outlets().get(0);
    assertEquals(first.outlet(), outlets.get(1).get(0));
    assertEquals(String.valueOf(first.wording()), outlets.get(1).get(7));
    assertEquals(a.unique().size() + 1, unique.size());
    assertEquals(a.unique().get(0).text(), unique.get(1).get(4));
  }
}

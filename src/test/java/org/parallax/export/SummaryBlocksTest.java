package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisInvariants;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Span;
import org.parallax.pipeline.Analyzer;

/**
 * A wide corpus's summary tables come in blocks of articles; a block lists only the rows its articles
 * fill, so the report grows with what the articles say, not with the square of their number.
 */
class SummaryBlocksTest {

  @Test
  void aFactIsListedOnlyInTheBlocksWhoseArticlesReportIt() throws Exception {
    // 30 Wikinews articles: the facts table comes in blocks of at most eight outlets.
    Analysis a = eachItsOwnOutlet(AnalysisInvariants.check(new Analyzer().analyze(Path.of("src/test/resources/realnews/meantime-apple"))));
    assertTrue(a.articles().size() > 16, "articles: " + a.articles().size());
    assertTrue(a.facts().size() >= 3, "facts: " + a.facts().size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(a, ReportOptions.all().withTop(ReportOptions.ALL_ROWS), out);
    String text;
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      text = new PDFTextStripper().getText(doc);
    }
    String facts = text.substring(text.indexOf("Facts × outlets"), text.indexOf("Divergences in wording"));
    // The columns are outlets (an outlet's articles added up), eight to a block.
    ReportTables outlets = ReportTables.of(a).byOutlet();
    assertTrue(outlets.columns().size() > 16, "outlets: " + outlets.columns().size());
    int listedRows = 0;
    for (FactGroup f : a.facts()) {
      java.util.Set<Integer> blocks = new java.util.HashSet<>();
      for (Span m : f.members()) {
        blocks.add(outlets.column(m.article()) / 8);
      }
      Matcher rows = Pattern.compile(Pattern.quote(f.id() + " · similarity")).matcher(facts);
      int n = 0;
      while (rows.find()) {
        n++;
      }
      assertEquals(blocks.size(), n, f.id() + " is listed once per block holding one of its members");
      listedRows += n;
    }
    assertTrue(listedRows < a.facts().size() * 4, "rows of dashes left out: " + listedRows);
  }

  /**
   * {@code a} with its articles' outlets unknown: the Wikinews articles then stand each under its own
   * title, one column each (as Wikinews they would be one outlet, one column).
   */
  private static Analysis eachItsOwnOutlet(Analysis a) {
    java.util.List<org.parallax.corpus.Article> arts = a.articles().stream()
        .map(x -> new org.parallax.corpus.Article(x.id(), x.source(), x.format(), x.encoding(), x.title(), null,
            x.published(), x.url(), x.author(), x.text(), x.sentences(), x.removed()))
        .toList();
    return new Analysis(a.schema(), a.corpus(), arts, a.quotes(), a.facts(), a.referents(), a.divergences(), a.hedges(),
        a.unique(), a.problems());
  }

  private static String text(Analysis a, ReportOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportWriter().write(a, options, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(doc).replace('\n', ' ');
    }
  }

  @Test
  void aLargeCorpusReportShowsTheMostTellingRowsByDefaultAndSaysHowToSeeAll() throws Exception {
    Analysis a = AnalysisInvariants.check(new Analyzer().analyze(Path.of("src/test/resources/realnews/meantime-apple")));
    assertTrue(a.articles().size() > ReportOptions.FEW_ARTICLES);
    assertTrue(a.referents().size() > ReportOptions.AUTO_TOP, "referents: " + a.referents().size());
    String text = text(a, ReportOptions.all());
    assertTrue(text.contains("Showing " + ReportOptions.AUTO_TOP + " of " + a.referents().size() + " referents"), text);
    // The most widely mentioned referent is there; the least is not.
    String labels = text.substring(text.indexOf("What each outlet calls them"), text.indexOf("Hedging and attribution per outlet"));
    org.parallax.analysis.Referent last = a.referents().get(a.referents().size() - 1);
    assertTrue(labels.contains(last.id()) == false, last.id() + " is listed");
    assertTrue(labels.contains(a.referents().get(0).id() + " "), a.referents().get(0).id() + " is not listed");
    String all = text(a, ReportOptions.all().withTop(ReportOptions.ALL_ROWS));
    assertTrue(!all.contains("Showing "), "every row");
  }

  @Test
  void theAnalystChoosesTheSections() throws Exception {
    Analysis a = AnalysisInvariants.check(new Analyzer().analyze(Path.of("seeds")));
    String text = text(a, ReportOptions.all().withSections(java.util.EnumSet.of(ReportOptions.Section.LABELS)));
    assertTrue(text.contains("What each outlet calls them"));
    assertTrue(!text.contains("Facts × outlets") && !text.contains("Quotations: shared and altered"), text);
    // No annotated article pages: the seeds' first sentence of Fars News is not in the report.
    assertTrue(!text.contains(a.articles().get(0).body().substring(0, 40)), "article pages drawn");
    String seeds = text(a, ReportOptions.all());
    assertTrue(!seeds.contains("Showing "), "five articles: every row");
    assertTrue(seeds.contains("Facts × outlets"));
  }
}

package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.OutletGroups;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.QuoteGroup;
import org.parallax.corpus.Article;

/** The summary tables with outlets as the unit: the seeds carry two Press TV articles. */
class ReportTablesTest {

  private static Analysis seeds;

  @BeforeAll
  static void analyse() throws Exception {
    seeds = SeedAnalysis.build();
  }

  /** The seeds with the outlets given groups, as parallax.json would give them. */
  private static Analysis grouped(Map<String, String> groups) {
    List<OutletProfile> profiles = new ArrayList<>();
    for (OutletGroups.Outlet o : OutletGroups.outlets(seeds)) {
      profiles.add(new OutletProfile(o.name(), OutletGroups.of(o.name(), groups), o.articles(), 0, List.of(), 0, 0, 0, 0,
          List.of(), List.of(), List.of(), 0, 0, List.of()));
    }
    return new Analysis(seeds.schema(), seeds.corpus(), seeds.articles(), seeds.quotes(), seeds.facts(), seeds.referents(),
        seeds.divergences(), seeds.hedges(), seeds.unique(), seeds.problems(), List.of(), profiles, List.of(), List.of());
  }

  private static int column(ReportTables t, String outlet) {
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).outlet().equals(outlet)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void twoArticlesOfOneOutletGiveOneColumnWithBothArticlesLabels() {
    ReportTables articles = ReportTables.of(seeds);
    ReportTables outlets = articles.byOutlet();
    assertEquals(5, articles.columns().size());
    assertEquals(
        List.of("Fars News Agency", "Press TV", "The Moscow Times", "Example Daily"),
        outlets.columns().stream().map(ReportTables.Column::outlet).toList());
    int press = column(outlets, "Press TV");
    ReportTables.Column col = outlets.columns().get(press);
    assertEquals(List.of(SeedAnalysis.PRESS_TV_1, SeedAnalysis.PRESS_TV_2), col.articles());
    assertEquals("2 articles", col.title());

    ReportTables.LabelRow r1 = articles.labels().get(0);
    List<ReportTables.Label> first = r1.cells().get(articles.column(SeedAnalysis.PRESS_TV_1));
    List<ReportTables.Label> second = r1.cells().get(articles.column(SeedAnalysis.PRESS_TV_2));
    assertTrue(!first.isEmpty() && !second.isEmpty(), "both Press TV articles name " + r1.name());
    List<ReportTables.Label> merged = outlets.labels().get(0).cells().get(press);
    for (ReportTables.Label l : first) {
      int count = l.count() + second.stream().filter(x -> x.text().equals(l.text())).mapToInt(ReportTables.Label::count).sum();
      assertTrue(merged.contains(new ReportTables.Label(l.text(), l.loaded(), count)), l + " in " + merged);
    }
    for (ReportTables.Label l : second) {
      assertTrue(merged.stream().anyMatch(x -> x.text().equals(l.text())), l + " in " + merged);
    }
    assertEquals(
        first.stream().mapToInt(ReportTables.Label::count).sum() + second.stream().mapToInt(ReportTables.Label::count).sum(),
        merged.stream().mapToInt(ReportTables.Label::count).sum());
  }

  @Test
  void anOutletsHedgesFactsAndQuotationsAddUpItsArticles() {
    ReportTables articles = ReportTables.of(seeds);
    ReportTables outlets = articles.byOutlet();
    int press = column(outlets, "Press TV");
    ReportTables.HedgeRow h = outlets.hedges().get(press);
    ReportTables.HedgeRow h1 = articles.hedges().get(articles.column(SeedAnalysis.PRESS_TV_1));
    ReportTables.HedgeRow h2 = articles.hedges().get(articles.column(SeedAnalysis.PRESS_TV_2));
    assertEquals("Press TV", h.outlet());
    assertEquals(List.of(SeedAnalysis.PRESS_TV_1, SeedAnalysis.PRESS_TV_2), h.articles());
    assertEquals(h1.words() + h2.words(), h.words());
    assertEquals(h1.count() + h2.count(), h.count());

    // f2: one of Press TV's two articles reports it.
    ReportTables.FactRow f2 = outlets.facts().stream().filter(f -> f.fact().equals("f2")).findFirst().orElseThrow();
    assertEquals(1, f2.reporting().get(press));
    assertTrue(f2.members().get(press) != null);
    assertEquals(2, f2.reportedBy(), "counted in outlets");
    // q2: Fars and the second Press TV article carry it verbatim.
    ReportTables.QuoteRow q2 = outlets.quotes().stream().filter(q -> q.quote().equals("q2")).findFirst().orElseThrow();
    assertEquals(QuoteGroup.Match.verbatim, q2.matches().get(press));
    assertNull(q2.matches().get(column(outlets, "The Moscow Times")));
    assertEquals(2, q2.carriedBy());
  }

  @Test
  void outletsOfAGroupStandTogetherAndAFilterByGroupLeavesOnlyThatGroupsOutlets() {
    Analysis a = grouped(Map.of("Press TV", "Iran, state-owned", "Fars News Agency", "Iran, state-owned",
        "The Moscow Times", "Russia"));
    ReportTables outlets = ReportTables.of(a).byOutlet();
    assertEquals(
        List.of("Fars News Agency", "Press TV", "The Moscow Times", "Example Daily"),
        outlets.columns().stream().map(ReportTables.Column::outlet).toList());
    assertEquals(List.of("Iran, state-owned", "Russia"), outlets.groups());

    ReportTables iran = ReportTables.of(a).onlyGroup("Iran, state-owned").byOutlet();
    assertEquals(List.of("Fars News Agency", "Press TV"), iran.columns().stream().map(ReportTables.Column::outlet).toList());
    assertEquals(List.of("Fars News Agency", "Press TV"), iran.hedges().stream().map(ReportTables.HedgeRow::outlet).toList());
    // q1 is carried by The Moscow Times and Example Daily only: not an Iranian outlet's row.
    assertTrue(iran.quotes().stream().noneMatch(q -> q.quote().equals("q1")), "q1 left out");
    assertTrue(iran.quotes().stream().anyMatch(q -> q.quote().equals("q2")));
    ReportTables none = ReportTables.of(a).onlyGroup(null).byOutlet();
    assertEquals(List.of("Example Daily"), none.columns().stream().map(ReportTables.Column::outlet).toList());
  }

  @Test
  void theReportsTablesHoldEachGroupsOutletsInBlocksNamedByTheGroup() throws Exception {
    Analysis a = grouped(Map.of("Press TV", "Iran, state-owned", "Fars News Agency", "Iran, state-owned",
        "The Moscow Times", "Russia"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new PdfReportWriter(PdfReportWriterTest.CLOCK)
        .write(a, ReportOptions.all().withSections(java.util.EnumSet.of(ReportOptions.Section.LABELS)), out);
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace('\n', ' ');
    }
    int iran = text.indexOf("Iran, state-owned · outlets 1–2 of 4 Referent Fars News Agency 2015-09-19 Press TV 2 articles");
    int russia = text.indexOf("Russia · outlet 3 of 4 Referent The Moscow Times");
    int none = text.indexOf("No group · outlet 4 of 4 Referent Example Daily");
    assertTrue(iran > 0 && russia > iran && none > russia, text);
  }

  @Test
  void anArticleWithNoKnownOutletIsNamedByItsTitle() {
    Article moscow = seeds.article(SeedAnalysis.MOSCOW_TIMES).orElseThrow();
    Article unknown = new Article(moscow.id(), moscow.source(), moscow.format(), moscow.encoding(), moscow.title(), null,
        moscow.published(), moscow.url(), moscow.author(), moscow.text(), moscow.sentences(), moscow.removed());
    List<Article> arts = seeds.articles().stream().map(x -> x.id().equals(moscow.id()) ? unknown : x).toList();
    Analysis a = new Analysis(seeds.schema(), seeds.corpus(), arts, seeds.quotes(), seeds.facts(), seeds.referents(),
        seeds.divergences(), seeds.hedges(), seeds.unique(), seeds.problems());
    ReportTables outlets = ReportTables.of(a).byOutlet();
    assertTrue(
        outlets.columns().stream().anyMatch(c -> c.outlet().equals("“U.S. Sees Military Talks With Russia on…”")),
        outlets.columns().stream().map(ReportTables.Column::outlet).toList().toString());
    assertTrue(outlets.columns().stream().noneMatch(c -> c.outlet().equals(moscow.id())));
  }

  @Test
  void articlesWithNoKnownOutletAndOneTitleStayOutletsOfTheirOwn() {
    // Both Press TV articles lose their outlet and share a title: nothing says they come from one outlet.
    List<Article> arts = seeds.articles().stream()
        .map(x -> x.id().equals(SeedAnalysis.PRESS_TV_1) || x.id().equals(SeedAnalysis.PRESS_TV_2)
            ? new Article(x.id(), x.source(), x.format(), x.encoding(), "Talks in Geneva", null,
                x.id().equals(SeedAnalysis.PRESS_TV_1) ? "2015-09-18" : "2015-09-20", x.url(), x.author(), x.text(), x.sentences(), x.removed())
            : x)
        .toList();
    Analysis a = new Analysis(seeds.schema(), seeds.corpus(), arts, seeds.quotes(), seeds.facts(), seeds.referents(),
        seeds.divergences(), seeds.hedges(), seeds.unique(), seeds.problems());
    // Told apart by their dates, which differ.
    String first = "“Talks in Geneva” · 2015-09-18";
    String second = "“Talks in Geneva” · 2015-09-20";
    ReportTables outlets = ReportTables.of(a).byOutlet();
    assertEquals(List.of("Fars News Agency", first, "The Moscow Times", second, "Example Daily"),
        outlets.columns().stream().map(ReportTables.Column::outlet).toList());
    assertEquals(List.of(SeedAnalysis.PRESS_TV_2), outlets.columns().get(column(outlets, second)).articles());
    assertEquals(List.of(first, second), outlets.hedges().stream().map(ReportTables.HedgeRow::outlet).filter(o -> o.startsWith("“")).toList());
    assertEquals(List.of("Fars News Agency", first, "The Moscow Times", second, "Example Daily"),
        OutletGroups.outlets(a).stream().map(OutletGroups.Outlet::name).toList());
    assertEquals(5, org.parallax.analysis.Overview.of(a).rows().size());
  }
}

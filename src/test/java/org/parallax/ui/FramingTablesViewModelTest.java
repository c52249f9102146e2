package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.export.ReportTables;

class FramingTablesViewModelTest {

  private final FramingTablesViewModel model = new FramingTablesViewModel();

  FramingTablesViewModelTest() {
    model.setAnalysis(Story.analysis());
  }

  @Test
  void theLabelTableShowsEachOutletsWordsForEachReferent() {
    assertEquals(List.of("a1", "a2", "a3"), model.columns().stream().map(ReportTables.Column::article).toList());
    assertEquals(List.of("r1", "r2"), model.labels().stream().map(ReportTables.LabelRow::referent).toList());
    ReportTables.LabelRow r1 = model.labels().get(0);
    assertEquals("Takfiri terrorists (loaded)", FramingTablesViewModel.labelCell(r1.cells().get(0)));
    assertEquals("Islamic State militants", FramingTablesViewModel.labelCell(r1.cells().get(1)));
    assertEquals("", FramingTablesViewModel.labelCell(r1.cells().get(2)));
  }

  @Test
  void labelsFilterByWordsAndByLoadedLabels() {
    model.labelFilter().set("MILITANTS");
    assertEquals(List.of("r1"), model.labels().stream().map(ReportTables.LabelRow::referent).toList());
    model.labelFilter().set("");
    model.onlyLoaded().set(true);
    assertEquals(List.of("r1"), model.labels().stream().map(ReportTables.LabelRow::referent).toList());
  }

  @Test
  void coverageShowsWhoLeavesAFactOut() {
    assertEquals(List.of("f1", "f2"), model.facts().stream().map(ReportTables.FactRow::fact).toList());
    model.onlyGaps().set(true);
    assertEquals(List.of("f2"), model.facts().stream().map(ReportTables.FactRow::fact).toList());
    model.onlyGaps().set(false);
    model.factFilter().set("officials");
    assertEquals(List.of("f1"), model.facts().stream().map(ReportTables.FactRow::fact).toList());
  }

  @Test
  void hedgesArePerArticleWithTheirCues() {
    assertEquals(List.of(1, 1, 0), model.hedges().stream().map(ReportTables.HedgeRow::count).toList());
    assertEquals("Reportedly", FramingTablesViewModel.cues(model.hedges().get(0)));
    model.hedgeFilter().set("press");
    assertEquals(List.of("a3"), model.hedges().stream().map(ReportTables.HedgeRow::article).toList());
  }

  @Test
  void quotationsOnlyOneArticleCarriesAreShownOnRequest() {
    assertEquals(List.of("q1"), model.quotes().stream().map(ReportTables.QuoteRow::quote).toList());
    model.onlyShared().set(false);
    assertEquals(List.of("q1", "q2"), model.quotes().stream().map(ReportTables.QuoteRow::quote).toList());
  }

  @Test
  void twoArticlesOfOneOutletAreOneColumnWithEachArticleOneCallAway() {
    model.setAnalysis(Story.twoFromFars(false));
    assertEquals(List.of("Fars News", "The Moscow Times"), model.columns().stream().map(ReportTables.Column::outlet).toList());
    ReportTables.Column fars = model.columns().get(0);
    assertEquals(List.of("a1", "a3"), fars.articles());
    ReportTables.LabelRow kerry = model.labels().stream().filter(r -> r.referent().equals("r2")).findFirst().orElseThrow();
    assertEquals("Kerry ×2", FramingTablesViewModel.labelCell(kerry.cells().get(0)));
    assertEquals(List.of("“Kerry: same goals” (2015-09-19): Kerry", "“White House seeks help”: Kerry"), model.labelDetail(kerry, fars));
    ReportTables.LabelRow is = model.labels().get(0);
    assertEquals("Takfiri terrorists (loaded)", FramingTablesViewModel.labelCell(is.cells().get(0)));
    assertEquals("“White House seeks help”: not mentioned", model.labelDetail(is, fars).get(1));
    assertEquals("a1", model.labelArticle(is, fars));

    // f2: a1 reports it, a3 does not: one of Fars News's two articles.
    ReportTables.FactRow f2 = model.facts().stream().filter(f -> f.fact().equals("f2")).findFirst().orElseThrow();
    assertEquals(1, f2.reporting().get(0));
    assertEquals("“White House seeks help”: does not report it", model.factDetail(f2, fars).get(1));
    // q2 is carried by Fars News's second article alone: one outlet, so not shared.
    assertEquals(List.of("q1"), model.quotes().stream().map(ReportTables.QuoteRow::quote).toList());
    model.onlyShared().set(false);
    ReportTables.QuoteRow q2 = model.quotes().get(1);
    assertEquals("a3", model.quoteArticle(q2, fars));
    assertEquals(List.of("“Kerry: same goals” (2015-09-19): not carried", "“White House seeks help”: verbatim"), model.quoteDetail(q2, fars));

    ReportTables.HedgeRow farsHedges = model.hedges().get(0);
    assertEquals(List.of("a1", "a3"), farsHedges.articles());
    assertEquals("2 articles", model.articlesOf(farsHedges));
    assertEquals("U.S. sees talks as next step", model.articlesOf(model.hedges().get(1)));

    model.byArticle().set(true);
    // One column per article, an outlet's articles together: Fars News's two, then The Moscow Times's.
    assertEquals(List.of("a1", "a3", "a2"), model.columns().stream().map(ReportTables.Column::article).toList());
    assertEquals(List.of("a1", "a3", "a2"), model.hedges().stream().map(ReportTables.HedgeRow::article).toList());
    assertEquals("Takfiri terrorists (loaded)", FramingTablesViewModel.labelCell(model.labels().get(0).cells().get(0)));
    assertEquals("Islamic State militants", FramingTablesViewModel.labelCell(model.labels().get(0).cells().get(2)));
  }

  @Test
  void oneColumnPerArticleStandsByGroupThenOutletThenDateTheArticlesWithoutAGroupLast() {
    // WideStory: article 0 has no outlet, hence no group; article a is outlet a % 6's, in camp (a % 6) % 3.
    model.setAnalysis(WideStory.analysis(12, 6, 3, 2, 2));
    model.byArticle().set(true);
    assertEquals(
        List.of("w001", "w007", "w004", "w010", "w002", "w008", "w005", "w011", "w003", "w009", "w006", "w000"),
        model.columns().stream().map(ReportTables.Column::article).toList());
    assertEquals(
        java.util.Arrays.asList("Wire service", "Wire service", "Wire service", "Wire service", "Independent", "Independent",
            "Independent", "Independent", "State-owned", "State-owned", "State-owned", null),
        model.columns().stream().map(ReportTables.Column::group).toList());
    // The rows follow their columns: w000 leaves fact 0 and referent 0 out ((a + f) % 4, (a + r) % 5).
    ReportTables.LabelRow group1 = model.labels().get(0);
    assertEquals("", FramingTablesViewModel.labelCell(group1.cells().get(11)));
    assertEquals("Group 1 fighters", FramingTablesViewModel.labelCell(group1.cells().get(0)));

    // Within an outlet, by date: Herald 06 has w005 (Jan 6), w011, w017, w023 and w029 (Jan 2), w035 (Jan 8).
    model.setAnalysis(WideStory.analysis(40, 6, 3, 2, 2));
    List<String> herald = model.columns().stream().filter(c -> c.outlet().equals("Herald 06")).map(ReportTables.Column::article).toList();
    assertEquals(List.of("w029", "w005", "w035", "w011", "w017", "w023"), herald);
    assertEquals("w000", model.columns().get(model.columns().size() - 1).article());
  }

  @Test
  void aFilterByGroupLeavesOnlyThatGroupsOutlets() {
    model.setAnalysis(Story.twoFromFars(true));
    assertEquals(List.of("Iran", "Russia"), model.groups());
    model.group().set("Russia");
    assertEquals(List.of("The Moscow Times"), model.columns().stream().map(ReportTables.Column::outlet).toList());
    assertEquals(List.of("The Moscow Times"), model.hedges().stream().map(ReportTables.HedgeRow::outlet).toList());
    model.group().set("Iran");
    assertEquals(List.of("Fars News"), model.columns().stream().map(ReportTables.Column::outlet).toList());
    model.group().set(FramingTablesViewModel.NO_GROUP);
    assertEquals(List.of(), model.columns());
    model.group().set(null);
    assertEquals(2, model.columns().size());
    // A new analysis without that group shows every outlet again.
    model.group().set("Russia");
    model.setAnalysis(Story.analysis());
    assertNull(model.group().get());
    assertEquals(3, model.columns().size());
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

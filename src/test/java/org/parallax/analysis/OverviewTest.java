package org.parallax.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overview on a hand-made story of six articles from five outlets (two Iranian state outlets that
 * call Islamic State "Takfiri terrorists", two wire services, and an article whose outlet is unknown):
 * who reports what, which label each uses most, and rows ordered so that outlets that frame alike
 * stand together.
 */
class OverviewTest {

  private static List<String> outlets(Overview o) {
    return o.rows().stream().map(Overview.Row::outlet).toList();
  }

  private static int column(Overview o, String id) {
    for (int i = 0; i < o.items().size(); i++) {
      if (o.items().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  private static Overview.Coverage cell(Overview o, Overview.Row row, String id) {
    return row.coverage().get(column(o, id));
  }

  private static Overview.Row row(Overview o, String outlet) {
    return o.rows().stream().filter(r -> r.outlet().equals(outlet)).findFirst().orElseThrow();
  }

  @Test
  void outletsThatFrameAlikeStandTogether() {
    // Reuters and AP differ only in "Kerry" / "John Kerry" and merge first; then Press TV and Al-Alam; the
    // unknown outlet joins the wires, turned so that Reuters (its nearest) meets it; the Iranian pair,
    // turned, meets it with Press TV, which is nearer to it than Al-Alam.
    assertEquals(List.of("Al-Alam", "Press TV", "“Quake hits Aceh”", "Reuters", "AP"), outlets(Overview.of(OverviewStory.story())));
  }

  @Test
  void columnsAreTheSharedFactsThenQuotationsFollowingTheRowsThenTheReferentsOutletsLabelLoadedOrNeutralFirst() {
    Overview o = Overview.of(OverviewStory.story());
    // Mean place of the rows reporting each (Al-Alam 0 … AP 4): f3 1/3 (Al-Alam, half of Press TV), f1 2, f2 3;
    // q2 0.5, q1 3.5. The quotation only one article carries (q3) is not a column.
    assertEquals(List.of("f3", "f1", "f2", "q2", "q1"), o.items().stream().map(Overview.Column::id).toList());
    assertEquals(List.of(2, 5, 3, 2, 2), o.items().stream().map(Overview.Column::outlets).toList());
    assertEquals("we will act now", o.items().get(3).title());
    assertEquals(List.of("r2", "r1"), o.referents().stream().map(Overview.Column::id).toList());
  }

  @Test
  void eachCellSaysHowManyOfTheOutletsArticlesReportItAndWhereToGo() {
    Overview o = Overview.of(OverviewStory.story());
    Overview.Row press = row(o, "Press TV");
    assertEquals(List.of("a1", "a6"), press.articles());
    assertEquals("Iran, state-owned", press.group());
    assertEquals(new Overview.Coverage(2, "a1", false), cell(o, press, "f1"));
    assertEquals(new Overview.Coverage(0, "a1", false), cell(o, press, "f2"));
    assertEquals(new Overview.Coverage(1, "a1", false), cell(o, press, "f3"));
    assertEquals(0.5, press.share(column(o, "f3")));
    assertEquals(new Overview.Coverage(1, "a3", true), cell(o, row(o, "Al-Alam"), "q2"));
    assertEquals(new Overview.Coverage(1, "a5", false), cell(o, row(o, "“Quake hits Aceh”"), "f2"));
  }

  @Test
  void eachOutletsMostUsedLabelIsShownWithWhetherItIsLoaded() {
    Overview o = Overview.of(OverviewStory.story());
    Overview.Labels press = row(o, "Press TV").labels().get(0);
    assertEquals(List.of(new Overview.Usage("Takfiri terrorists", 3, true), new Overview.Usage("The Takfiri terrorists", 1, true)), press.uses());
    assertEquals("a1", press.article());
    assertEquals(4, press.loadedMentions());
    Overview.Labels ap = row(o, "AP").labels().get(1);
    assertEquals(new Overview.Usage("John Kerry", 2, false), ap.top());
    assertEquals(3, ap.mentions());
    assertEquals(new Overview.Usage("The IS group", 1, false), row(o, "“Quake hits Aceh”").labels().get(0).top());
  }

  @Test
  void rowsCanBeGroupedOrFilteredByOutletGroup() {
    Overview o = Overview.of(OverviewStory.story());
    assertEquals(List.of("Iran, state-owned", "Wire"), o.groups());
    assertEquals(List.of("Al-Alam", "Press TV", "Reuters", "AP", "“Quake hits Aceh”"), outlets(o.grouped()));
    assertEquals(List.of("Reuters", "AP"), outlets(o.only("Wire")));
    assertEquals(List.of("“Quake hits Aceh”"), outlets(o.only(null)));
  }

  @Test
  void aLimitKeepsTheMostReportedItemsInTheirOrder() {
    Overview o = Overview.of(OverviewStory.story()).limit(3, 1);
    // f1 (5 outlets) and f2 (3), then the first of the items two outlets report (f3, q2, q1), in column order.
    assertEquals(List.of("f3", "f1", "f2"), o.items().stream().map(Overview.Column::id).toList());
    assertEquals(List.of("r2"), o.referents().stream().map(Overview.Column::id).toList());
    assertEquals(3, o.rows().get(0).coverage().size());
    assertEquals(1, o.rows().get(0).labels().size());
  }

  @Test
  void theDistanceMatrixIsTheDistanceOfEveryTwoRows() {
    List<Overview.Row> rows = Overview.of(OverviewStory.story()).rows();
    double[][] d = Overview.distances(rows);
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rows.size(); j++) {
        assertEquals(i == j ? 0 : Overview.distance(rows.get(i), rows.get(j)), d[i][j], 1e-12, i + ", " + j);
      }
    }
    // Reuters and AP: the same in everything but "Kerry" / "John Kerry" (0.25), over 5 items and 2 referents.
    assertEquals(0.25 / 7, Overview.distance(row(Overview.of(OverviewStory.story()), "Reuters"), row(Overview.of(OverviewStory.story()), "AP")), 1e-12);
  }

  @Test
  void theDistanceMatrixOfManySparseAndDenseRowsIsExactlyTheDistanceOfEveryTwoRows() {
    // 60 outlets of 1 to 3 articles over 90 items and 70 referents: some report or name almost
    // everything, most little, with loaded and neutral wordings that agree or not.
    java.util.Random random = new java.util.Random(14);
    List<String> words = List.of("Kerry", "John Kerry", "the terrorists", "militants", "Daesh");
    List<Overview.Row> rows = new java.util.ArrayList<>();
    for (int r = 0; r < 60; r++) {
      int articles = 1 + random.nextInt(3);
      double density = r % 7 == 0 ? 0.9 : 0.08;
      List<Overview.Coverage> coverage = new java.util.ArrayList<>();
      for (int c = 0; c < 90; c++) {
        coverage.add(new Overview.Coverage(random.nextDouble() < density ? 1 + random.nextInt(articles) : 0, "a", false));
      }
      List<Overview.Labels> labels = new java.util.ArrayList<>();
      for (int k = 0; k < 70; k++) {
        labels.add(new Overview.Labels(random.nextDouble() < density
            ? List.of(new Overview.Usage(words.get(random.nextInt(words.size())), 1, random.nextBoolean()))
            : List.of(), "a"));
      }
      rows.add(new Overview.Row("outlet " + r, null, java.util.Collections.nCopies(articles, "a"), coverage, labels));
    }
    double[][] d = Overview.distances(rows);
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rows.size(); j++) {
        assertEquals(i == j ? 0 : Overview.distance(rows.get(i), rows.get(j)), d[i][j], 0.0, i + ", " + j);
      }
    }
  }

  @Test
  void theLeavesOfTheTreeAreTurnedSoThatNeighboursAreClose() {
    // Four points on a line at 0, 10, 1, 11: pairs {0, 2} and {1, 3}, joined where they are closest (2 meets 1).
    double[] at = {0, 10, 1, 11};
    double[][] d = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        d[i][j] = Math.abs(at[i] - at[j]);
      }
    }
    assertArrayEquals(new int[] {0, 2, 1, 3}, RowOrder.of(d));
    assertArrayEquals(new int[] {0, 1, 2}, RowOrder.of(new double[3][3]));
  }

  @Test
  void anAnalysisWithoutSharedItemsHasRowsAndNoColumns() {
    Analysis one = new Analysis(Analysis.SCHEMA, new Analysis.CorpusInfo("one", "one", "2026-01-01T00:00:00Z", "test"),
        List.of(OverviewStory.A1), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Overview o = Overview.of(one);
    assertEquals(List.of("Press TV"), outlets(o));
    assertTrue(o.items().isEmpty());
    assertFalse(o.rows().get(0).articles().isEmpty());
  }
}

package org.parallax.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;

/**
 * The overview on a hand-made story of six articles from five outlets (two Iranian state outlets that
 * call Islamic State "Takfiri terrorists", two wire services, and an article whose outlet is unknown):
 * who reports what, which label each uses most, and rows ordered so that outlets that frame alike
 * stand together.
 */
class OverviewTest {

  static final Article A1 = article("a1", "Press TV", "The Takfiri terrorists attacked. Kerry spoke. Takfiri terrorists fled, Takfiri terrorists said. Kerry said \"we will act now\" in Geneva.");
  static final Article A2 = article("a2", "Reuters", "Islamic State attacked. Kerry spoke. Talks resume in Geneva. Kerry said \"the talks are useful\". Syria was calm.");
  static final Article A3 = article("a3", "Al-Alam", "The Takfiri terrorists attacked. Kerry spoke. Takfiri terrorists fled. Kerry said \"we will act\" in Geneva.");
  static final Article A4 = article("a4", "AP", "Islamic State attacked. John Kerry spoke. Talks resume in Geneva. John Kerry said \"the talks are useful\". Kerry left.");
  static final Article A5 = new Article("a5", "a5.txt", "text", "UTF-8", "Quake hits Aceh", null, null, null, null,
      "The IS group attacked. Kerry spoke. Talks resume in Geneva. \"A quote nobody else has\", Kerry said.", List.of(), List.of());
  static final Article A6 = article("a6", "Press TV", "The Takfiri terrorists attacked. Kerry said \"we will act now\" in Geneva.");

  static Article article(String id, String outlet, String text) {
    return new Article(id, id + ".txt", "text", "UTF-8", "Title " + id, outlet, "2015-09-18", null, null, text, List.of(), List.of());
  }

  static Span span(Article a, String text) {
    return span(a, text, 0);
  }

  /** The {@code nth} (from 0) place of {@code text} in {@code a}. */
  static Span span(Article a, String text, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = a.text().indexOf(text, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException(text + " not in " + a.id());
    }
    return new Span(a.id(), at, at + text.length(), text);
  }

  static Referent.Mention mention(Article a, String text, int nth, boolean loaded) {
    Span s = span(a, text, nth);
    return new Referent.Mention(s.article(), s.start(), s.end(), s.text(), loaded);
  }

  static QuoteGroup.Occurrence occurrence(Article a, String text, QuoteGroup.Match match) {
    Span s = span(a, text);
    return new QuoteGroup.Occurrence(s.article(), s.start(), s.end(), s.text(), "John Kerry", match);
  }

  static OutletProfile profile(String outlet, String group, String... articles) {
    return new OutletProfile(outlet, group, List.of(articles), 20, List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(), 0, 0, List.of());
  }

  static Analysis story() {
    List<FactGroup> facts = List.of(
        new FactGroup("f1", 0.9, List.of(span(A1, "attacked."), span(A2, "attacked."), span(A3, "attacked."), span(A4, "attacked."),
            span(A5, "attacked."), span(A6, "attacked.")), List.of()),
        new FactGroup("f2", 0.8, List.of(span(A2, "Talks resume in Geneva."), span(A4, "Talks resume in Geneva."),
            span(A5, "Talks resume in Geneva.")), List.of("a1", "a3", "a6")),
        new FactGroup("f3", 0.8, List.of(span(A1, "Takfiri terrorists fled"), span(A3, "Takfiri terrorists fled")),
            List.of("a2", "a4", "a5", "a6")));
    List<QuoteGroup> quotes = List.of(
        new QuoteGroup("q1", "John Kerry", List.of(occurrence(A2, "the talks are useful", QuoteGroup.Match.verbatim),
            occurrence(A4, "the talks are useful", QuoteGroup.Match.verbatim))),
        new QuoteGroup("q2", "John Kerry", List.of(occurrence(A1, "we will act now", QuoteGroup.Match.verbatim),
            occurrence(A3, "we will act", QuoteGroup.Match.altered), occurrence(A6, "we will act now", QuoteGroup.Match.verbatim))),
        new QuoteGroup("q3", "John Kerry", List.of(occurrence(A5, "A quote nobody else has", QuoteGroup.Match.verbatim))));
    List<Referent> referents = List.of(
        new Referent("r1", "John Kerry", "person", List.of(
            mention(A1, "Kerry", 0, false), mention(A1, "Kerry", 1, false), mention(A2, "Kerry", 0, false),
            mention(A3, "Kerry", 0, false), mention(A4, "John Kerry", 0, false), mention(A4, "John Kerry", 1, false),
            mention(A4, "Kerry", 2, false), mention(A5, "Kerry", 0, false), mention(A6, "Kerry", 0, false))),
        new Referent("r2", "Islamic State", "group", List.of(
            mention(A1, "The Takfiri terrorists", 0, true), mention(A1, "Takfiri terrorists", 1, true), mention(A1, "Takfiri terrorists", 2, true),
            mention(A2, "Islamic State", 0, false), mention(A3, "The Takfiri terrorists", 0, true), mention(A3, "Takfiri terrorists", 1, true),
            mention(A4, "Islamic State", 0, false), mention(A5, "The IS group", 0, false), mention(A6, "Takfiri terrorists", 0, true))),
        new Referent("r3", "Syria", "place", List.of(mention(A2, "Syria", 0, false))));
    List<OutletProfile> outlets = List.of(
        profile("Press TV", "Iran, state-owned", "a1", "a6"), profile("Reuters", "Wire", "a2"),
        profile("Al-Alam", "Iran, state-owned", "a3"), profile("AP", "Wire", "a4"), profile("“Quake hits Aceh”", null, "a5"));
    return new Analysis(Analysis.SCHEMA, new Analysis.CorpusInfo("story", "story", "2026-01-01T00:00:00Z", "test"),
        List.of(A1, A2, A3, A4, A5, A6), quotes, facts, referents, List.of(), List.of(), List.of(), List.of(), List.of(),
        outlets, List.of(), List.of());
  }

  private static List<String> outlets(Overview o) {
    return o.rows().stream().map(Overview.Row::outlet).toList();
  }

  private static Overview.Row row(Overview o, String outlet) {
    return o.rows().stream().filter(r -> r.outlet().equals(outlet)).findFirst().orElseThrow();
  }

  @Test
  void outletsThatFrameAlikeStandTogether() {
    // Reuters and AP differ only in "Kerry" / "John Kerry" and merge first; then Press TV and Al-Alam; the
    // unknown outlet joins the wires, turned so that Reuters (its nearest) meets it; the Iranian pair,
    // turned, meets it with Press TV, which is nearer to it than Al-Alam.
    assertEquals(List.of("Al-Alam", "Press TV", "“Quake hits Aceh”", "Reuters", "AP"), outlets(Overview.of(story())));
  }

  @Test
  void columnsAreTheSharedFactsAndQuotationsMostReportedFirstThenTheReferentsWithALoadedLabelFirst() {
    Overview o = Overview.of(story());
    assertEquals(List.of("f1", "f2", "f3", "q1", "q2"), o.items().stream().map(Overview.Column::id).toList());
    assertEquals(List.of(5, 3, 2, 2, 2), o.items().stream().map(Overview.Column::outlets).toList());
    assertEquals("we will act now", o.items().get(4).title());
    assertEquals(List.of("r2", "r1"), o.referents().stream().map(Overview.Column::id).toList());
  }

  @Test
  void eachCellSaysHowManyOfTheOutletsArticlesReportItAndWhereToGo() {
    Overview o = Overview.of(story());
    Overview.Row press = row(o, "Press TV");
    assertEquals(List.of("a1", "a6"), press.articles());
    assertEquals("Iran, state-owned", press.group());
    assertEquals(new Overview.Coverage(2, "a1", false), press.coverage().get(0));
    assertEquals(new Overview.Coverage(0, "a1", false), press.coverage().get(1));
    assertEquals(new Overview.Coverage(1, "a1", false), press.coverage().get(2));
    assertEquals(0.5, press.share(2));
    assertEquals(new Overview.Coverage(1, "a3", true), row(o, "Al-Alam").coverage().get(4));
    assertEquals(new Overview.Coverage(1, "a5", false), row(o, "“Quake hits Aceh”").coverage().get(1));
  }

  @Test
  void eachOutletsMostUsedLabelIsShownWithWhetherItIsLoaded() {
    Overview o = Overview.of(story());
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
    Overview o = Overview.of(story());
    assertEquals(List.of("Iran, state-owned", "Wire"), o.groups());
    assertEquals(List.of("Al-Alam", "Press TV", "Reuters", "AP", "“Quake hits Aceh”"), outlets(o.grouped()));
    assertEquals(List.of("Reuters", "AP"), outlets(o.only("Wire")));
    assertEquals(List.of("“Quake hits Aceh”"), outlets(o.only(null)));
  }

  @Test
  void aLimitKeepsTheMostReportedItemsInTheirOrder() {
    Overview o = Overview.of(story()).limit(3, 1);
    assertEquals(List.of("f1", "f2", "f3"), o.items().stream().map(Overview.Column::id).toList());
    assertEquals(List.of("r2"), o.referents().stream().map(Overview.Column::id).toList());
    assertEquals(3, o.rows().get(0).coverage().size());
    assertEquals(1, o.rows().get(0).labels().size());
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
        List.of(A1), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Overview o = Overview.of(one);
    assertEquals(List.of("Press TV"), outlets(o));
    assertTrue(o.items().isEmpty());
    assertFalse(o.rows().get(0).articles().isEmpty());
  }
}

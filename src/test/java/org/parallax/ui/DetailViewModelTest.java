package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.ui.DetailViewModel.Row;
import org.parallax.ui.PassageDiff.Change;
import org.parallax.ui.PassageDiff.Piece;

class DetailViewModelTest {

  private final Analysis story = Story.analysis();
  private final List<NavItem> items = NavItems.of(story);
  private final DetailViewModel model = new DetailViewModel();

  private NavItem item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aQuotationIsComparedWithItsVerbatimRendering() {
    model.show(item("q1"), story, List.of("a1", "a2", "a3"));
    assertEquals("Quotation q1: “our focus remains on destroying Islamic State militants”", model.title().get());
    assertEquals(2, model.rows().size());
    assertEquals(
        new Row("a2", "The Moscow Times · 2015-09-18", "reference", "our focus remains on destroying Islamic State militants", null),
        model.rows().get(0));
    Row fars = model.rows().get(1);
    assertEquals("Fars News · 2015-09-19", fars.heading());
    assertEquals("altered", fars.tag());
    assertEquals(
        List.of(
            new Piece(Change.SAME, "", "", "our focus remains on destroying"),
            new Piece(Change.REPLACED, " ", "Islamic State militants", "Takfiri terrorists")),
        fars.diff().pieces());
    assertEquals(3, model.notes().size());
  }

  @Test
  void aFactIsComparedWithThePassageInTheLeftmostColumn() {
    model.show(item("f1"), story, List.of("a3", "a1", "a2"));
    assertEquals(List.of("a3", "a1", "a2"), model.rows().stream().map(Row::article).toList());
    assertEquals("Press TV · date unknown", model.rows().get(0).heading());
    assertEquals("reference", model.rows().get(0).tag());
    assertNull(model.rows().get(0).diff());
    assertEquals("1 word added", model.rows().get(1).diff().summary());
    assertEquals("2 words added", model.rows().get(2).diff().summary());
  }

  @Test
  void aReferentShowsEachOutletsLabelsUncompared() {
    model.show(item("r1"), story, List.of("a1", "a2", "a3"));
    assertEquals(
        List.of(
            new Row("a1", "Fars News · 2015-09-19", "", "Takfiri terrorists [loaded]", null),
            new Row("a2", "The Moscow Times · 2015-09-18", "", "Islamic State militants", null)),
        model.rows());
  }

  @Test
  void aSinglePassageIsShownAsItIs() {
    model.show(item("u1"), story, List.of("a1", "a2", "a3"));
    assertEquals(List.of(new Row("a1", "Fars News · 2015-09-19", "", "The weather was fine.", null)), model.rows());
  }

  @Test
  void nothingSelectedInvitesASelection() {
    model.show(null, story, List.of());
    assertEquals("", model.title().get());
    assertEquals("Select an item in the navigator, or click a highlight in the text.", model.subtitle().get());
    assertEquals(List.of(), model.rows());
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsViewModelTest {

  private final ColumnsViewModel model = new ColumnsViewModel();

  ColumnsViewModelTest() {
    model.setArticles(List.of(Story.FARS, Story.MT, Story.PRESS));
  }

  @Test
  void aNewCorpusShowsEveryArticleInCorpusOrder() {
    assertEquals(List.of("a1", "a2", "a3"), model.shownIds());
  }

  @Test
  void columnsMoveLeftAndRightWithinTheEnds() {
    model.moveRight("a1");
    assertEquals(List.of("a2", "a1", "a3"), model.shownIds());
    model.moveLeft("a3");
    assertEquals(List.of("a2", "a3", "a1"), model.shownIds());
    model.moveLeft("a2");
    model.moveRight("a1");
    assertEquals(List.of("a2", "a3", "a1"), model.shownIds());
  }

  @Test
  void aHiddenArticleComesBackAtTheRightEnd() {
    model.hide("a1");
    assertFalse(model.isShown("a1"));
    assertEquals(List.of("a2", "a3"), model.shownIds());
    model.show("a1");
    assertEquals(List.of("a2", "a3", "a1"), model.shownIds());
  }

  @Test
  void showOnlyKeepsTheOrderOfColumnsStillShown() {
    model.moveRight("a1");
    model.showOnly(List.of("a3", "a1"));
    assertEquals(List.of("a1", "a3"), model.shownIds());
    model.showOnly(List.of("a1", "a2", "a3"));
    assertEquals(List.of("a1", "a3", "a2"), model.shownIds());
    model.reset();
    assertEquals(List.of("a1", "a2", "a3"), model.shownIds());
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;

/** Find in articles: where the words are, without regard to case or accents, and stepping through them. */
class FindViewModelTest {

  private static Article article(String id, String text) {
    return new Article(id, id + ".txt", "text", "UTF-8", null, null, null, null, null, text, List.of(), List.of());
  }

  private final List<Article> shown = new ArrayList<>(List.of(
      article("a", "President Bashar al-Assad met the envoy. ASSAD said little."),
      article("b"," Assád's government denied it.")));
  private final FindViewModel find = new FindViewModel(() -> shown);

  @Test
  void findsTheWordsWithoutRegardToCaseOrAccentsInColumnOrder() {
    find.query().set("assad");
    assertEquals(3, find.count().get());
    assertEquals(List.of(new TextRange(20, 25), new TextRange(41, 46)), find.in("a"));
    assertEquals(List.of(new TextRange(1, 6)), find.in("b"));
    assertEquals("Assád", shown.get(1).text().substring(1, 6));
    assertEquals(new FindViewModel.Match("a", new TextRange(20, 25)), find.current().get());
    assertEquals("1 of 3", find.status());
  }

  @Test
  void nextAndPreviousWrapAround() {
    find.query().set("assad");
    find.next();
    find.next();
    assertEquals("b", find.current().get().article());
    find.next();
    assertEquals(0, find.index().get());
    find.previous();
    assertEquals(2, find.index().get());
    assertEquals("3 of 3", find.status());
  }

  @Test
  void oneLetterFindsNothingAndSaysWhy() {
    find.query().set("a");
    assertEquals(0, find.count().get());
    assertNull(find.current().get());
    assertEquals("type 2 letters or more", find.status());
    find.query().set("kerry");
    assertEquals("no match", find.status());
  }

  @Test
  void hiddenArticlesAreNotSearched() {
    find.query().set("assad");
    shown.remove(1);
    find.refresh();
    assertEquals(2, find.count().get());
    assertEquals(List.of(), find.in("b"));
  }

  @Test
  void theMarksCarryWhatWasFound() {
    List<ArticleMarks.Run> runs = ArticleMarks.of(12, List.of(), Set.of(), java.util.Map.of(), List.of(), List.of(new TextRange(4, 7)));
    assertEquals(List.of(new ArticleMarks.Run(4, List.of()), new ArticleMarks.Run(3, List.of("mark-found")), new ArticleMarks.Run(5, List.of())), runs);
  }
}

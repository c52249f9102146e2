package org.parallax.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;

/** How an article is named to a reader when its outlet is unknown. */
class HighlightsNameTest {

  private static Article article(String title, String outlet) {
    return new Article("003_9f2c", "3.txt", "text", "UTF-8", title, outlet, null, null, null, "Text.", List.of(), List.of());
  }

  @Test
  void anArticleIsNamedByItsOutletElseItsTitleElseItsId() {
    assertEquals("Reuters", Highlights.name(article("Quake hits Aceh", "Reuters")));
    assertEquals("outlet", Highlights.nameFrom(article("Quake hits Aceh", "Reuters")));
    assertEquals("“Quake hits Aceh”", Highlights.name(article("Quake hits Aceh", null)));
    assertEquals("title", Highlights.nameFrom(article("Quake hits Aceh", " ")));
    assertEquals("003_9f2c", Highlights.name(article(null, null)));
    assertEquals("id", Highlights.nameFrom(article(null, null)));
  }

  @Test
  void aLongTitleIsCutAtAWord() {
    String name = Highlights.name(article("Dozens injured as 6.1-magnitude quake strikes Indonesia's Aceh province", null));
    assertEquals("“Dozens injured as 6.1-magnitude quake…”", name);
  }

  @Test
  void articlesWithNoKnownOutletNeverShareANameAndTheirDateOrIdTellsThemApart() {
    Article reuters = new Article("r", "r.txt", "text", "UTF-8", "Quake hits Aceh", "Reuters", "2015-09-18", null, null, "Text.", List.of(), List.of());
    Article first = new Article("a", "a.txt", "text", "UTF-8", "Quake hits Aceh", null, "2015-09-18", null, null, "Text.", List.of(), List.of());
    Article second = new Article("b", "b.txt", "text", "UTF-8", "Quake hits  Aceh", null, "2015-09-18", null, null, "Text.", List.of(), List.of());
    Article later = new Article("c", "c.txt", "text", "UTF-8", "Tsunami fears", null, "2015-09-19", null, null, "Text.", List.of(), List.of());
    assertEquals(List.of("Reuters", "“Quake hits Aceh” · a", "“Quake hits Aceh” · b", "“Tsunami fears”"),
        List.copyOf(Highlights.names(List.of(reuters, first, second, later)).values()));
    Article dated = new Article("b", "b.txt", "text", "UTF-8", "Quake hits Aceh", null, "2015-09-20", null, null, "Text.", List.of(), List.of());
    assertEquals(List.of("“Quake hits Aceh” · 2015-09-18", "“Quake hits Aceh” · 2015-09-20"),
        List.copyOf(Highlights.names(List.of(first, dated)).values()));
    // Alone in a selection, an article needs no more than its title.
    assertEquals("“Quake hits Aceh”", Highlights.names(List.of(reuters, first)).get("a"));
  }
}

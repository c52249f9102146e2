package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.corpus.Article;

/** The cover's subtitle at the sizes of real stories: every outlet of a few, the busiest of many. */
class CoverPageTest {

  private static Analysis seeds;

  @BeforeAll
  static void build() throws Exception {
    seeds = SeedAnalysis.build();
  }

  /** The seeds' articles copied {@code n} times over, the copy {@code i} of each from {@code outlet.apply(i)}. */
  private static Analysis copies(int n, java.util.function.IntFunction<String> outlet) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = seeds.articles().get(i % seeds.articles().size());
      articles.add(new Article(a.id() + "-" + i, a.source(), a.format(), a.encoding(), a.title() + " " + i,
          outlet.apply(i), a.published(), a.url(), a.author(), a.text(), a.sentences(), a.removed()));
    }
    return new Analysis(seeds.schema(), seeds.corpus(), articles, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  @Test
  void aFewOutletsAreAllNamed() {
    String s = CoverPage.subtitle(copies(6, i -> "Outlet " + (i % 3)));
    assertTrue(s.startsWith("Framing report on 6 articles from 3 outlets"), s);
    assertTrue(s.contains("Outlet 0") && s.contains("Outlet 1") && s.contains("Outlet 2"), s);
  }

  @Test
  void manyOutletsNameOnlyThoseWithMostArticles() {
    // 40 articles: "Wire" wrote 10, "Daily" 5, the other 25 one each. Two hundred names would fill pages.
    String s = CoverPage.subtitle(copies(40, i -> i < 10 ? "Wire" : i < 15 ? "Daily" : "Paper " + i));
    assertTrue(s.startsWith("Framing report on 40 articles from 27 outlets"), s);
    assertTrue(s.contains("Most articles from Wire (10), Daily (5) and 25 more outlets."), s);
    assertTrue(s.endsWith("Every article is listed below."), s);
    assertFalse(s.contains("Paper 20"), s);
  }
}

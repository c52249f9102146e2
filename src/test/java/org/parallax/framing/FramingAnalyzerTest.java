package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.text.SentenceSplitter;

/** An analyzer given its lexicons late: read when the first step needs them, once, with the same outcome. */
class FramingAnalyzerTest {

  private static Article article(String id, String text) {
    return new Article(id, id + ".txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
  }

  @Test
  void aLexiconGivenLateIsAskedForOnceWhenAStepNeedsItAndGivesTheSameAnalysis() {
    List<Article> articles = List.of(
        article("a", "Takfiri terrorists reportedly attacked the Assad regime's positions near Aleppo on Friday."),
        article("b", "Islamic State militants attacked positions of President Bashar al-Assad's army near Aleppo on Friday."));
    AtomicInteger asked = new AtomicInteger();
    FramingAnalyzer late = new FramingAnalyzer(() -> {
      asked.incrementAndGet();
      return FramingLexicon.bundled();
    });
    assertEquals(0, asked.get(), "not read when the analyzer is made");
    FramingAnalyzer.Result lateResult = late.analyze(articles, List.of(), List.of(), List.of(), List.of(), List.of());
    assertEquals(1, asked.get(), "read once for every step");
    FramingAnalyzer.Result eager = new FramingAnalyzer(FramingLexicon.bundled())
        .analyze(articles, List.of(), List.of(), List.of(), List.of(), List.of());
    assertFalse(eager.referents().isEmpty());
    assertFalse(eager.hedges().isEmpty(), "'reportedly'");
    assertEquals(eager.referents(), lateResult.referents());
    assertEquals(eager.hedges(), lateResult.hedges());
    assertEquals(eager.wording(), lateResult.wording());
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.text.TextRange;
import org.parallax.ui.ArticleMarks.Run;

class ArticleMarksTest {

  private final List<Highlight> fars = Highlights.of(Story.analysis()).stream().filter(h -> h.article().equals("a1")).toList();
  private final Map<String, Integer> factIndex = Map.of("f1", 0, "f2", 1);

  @Test
  void runsCoverTheTextWithEveryOverlappingMark() {
    List<Run> runs = ArticleMarks.of(140, fars, EnumSet.allOf(Highlight.Kind.class), factIndex, List.of());
    assertEquals(
        List.of(
            new Run(12, List.of("mark-fact", "fact-tint-1")),
            new Run(32, List.of("mark-fact", "fact-tint-1", "mark-altered-quote")),
            new Run(18, List.of("mark-fact", "fact-tint-1", "mark-altered-quote", "mark-loaded-label")),
            new Run(14, List.of("mark-fact", "fact-tint-1")),
            new Run(2, List.of()),
            new Run(10, List.of("mark-fact", "fact-tint-0", "mark-hedge")),
            new Run(29, List.of("mark-fact", "fact-tint-0")),
            new Run(2, List.of()),
            new Run(21, List.of("mark-unique"))),
        runs);
  }

  @Test
  void hiddenKindsAreLeftOutAndTheSelectedPassageIsMarked() {
    EnumSet<Highlight.Kind> shown = EnumSet.allOf(Highlight.Kind.class);
    shown.remove(Highlight.Kind.FACT);
    List<Run> runs = ArticleMarks.of(140, fars, shown, factIndex, List.of(new TextRange(12, 62)));
    assertEquals(
        List.of(
            new Run(12, List.of()),
            new Run(32, List.of("mark-altered-quote", "mark-current")),
            new Run(18, List.of("mark-altered-quote", "mark-loaded-label", "mark-current")),
            new Run(16, List.of()),
            new Run(10, List.of("mark-hedge")),
            new Run(31, List.of()),
            new Run(21, List.of("mark-unique"))),
        runs);
  }

  @Test
  void marksOutsideTheTextAreClipped() {
    Highlight beyond = new Highlight("a1", 5, 50, Highlight.Kind.UNIQUE, null, "x");
    assertEquals(
        List.of(new Run(5, List.of()), new Run(5, List.of("mark-unique"))),
        ArticleMarks.of(10, List.of(beyond), EnumSet.allOf(Highlight.Kind.class), Map.of(), List.of()));
  }

  @Test
  void theSameFactHasTheSameTintInEveryColumnAndTintsCycle() {
    assertEquals("fact-tint-0", ArticleMarks.factTint(0));
    assertEquals("fact-tint-4", ArticleMarks.factTint(4));
    assertEquals("fact-tint-0", ArticleMarks.factTint(5));
    assertEquals("mark-altered-quote", ArticleMarks.styleClass(Highlight.Kind.ALTERED_QUOTE));
  }
}

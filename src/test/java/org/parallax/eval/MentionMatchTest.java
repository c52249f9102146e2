package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.text.TextRange;

/** How the evaluation pairs the engine's mentions with the gold ones before scoring. */
class MentionMatchTest {

  private static final String TEXT = "The firm released an emergency patch for the browser of the bank on Monday.";

  private static TextRange span(String words) {
    int at = TEXT.indexOf(words);
    return new TextRange(at, at + words.length());
  }

  private static CorefEvaluation.EngineMention engine(String words) {
    TextRange s = span(words);
    return new CorefEvaluation.EngineMention(0, "d", s.start(), s.end());
  }

  /**
   * Annotators mark "emergency" inside "an emergency patch" as a mention of its own (an event); the
   * engine's phrase is the patch, whose head is its last word, though "emergency" overlaps it more.
   */
  @Test
  void anEngineMentionIsTheGoldMentionOfItsHeadBeforeALongerOneInsideIt() {
    TextRange[] gold = {span("emergency"), span("patch")};
    int[] match = CorefEvaluation.match(List.of(engine("an emergency patch")), Map.of("d", List.of(0, 1)), gold, gold, Map.of("d", TEXT));
    assertArrayEquals(new int[] {1}, match);
  }

  /** A phrase's head comes before its "of": "the browser of the bank" is the browser, not the bank. */
  @Test
  void theHeadOfAPhraseWithOfIsTheWordBeforeIt() {
    TextRange[] gold = {span("the bank"), span("browser")};
    TextRange[] heads = {span("bank"), span("browser")};
    int[] match = CorefEvaluation.match(List.of(engine("the browser of the bank")), Map.of("d", List.of(0, 1)), gold, heads, Map.of("d", TEXT));
    assertArrayEquals(new int[] {1}, match);
  }

  /** Without a gold mention of its head, the engine mention still matches one whose head lies inside it. */
  @Test
  void withoutAGoldMentionOfItsHeadTheLargestOverlapInsideIsTaken() {
    TextRange[] gold = {span("emergency")};
    int[] match = CorefEvaluation.match(List.of(engine("an emergency patch")), Map.of("d", List.of(0)), gold, gold, Map.of("d", TEXT));
    assertArrayEquals(new int[] {0}, match);
  }
}

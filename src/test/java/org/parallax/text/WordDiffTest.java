package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.WordDiff.Edit;
import org.parallax.text.WordDiff.Kind;
import org.parallax.text.WordDiff.Run;

class WordDiffTest {

  @Test
  void labelReplacedByAnotherIsOneChangeSpanningBothLabels() {
    WordDiff.Comparison c = WordDiff.compare("the Takfiri terrorists", "Islamic State militants", Folding.TYPOGRAPHY);
    assertEquals(
        List.of(new Run(new Edit(Kind.CHANGE, 0, 3, 0, 3), new TextRange(0, 22), new TextRange(0, 23))),
        c.runs());
  }

  @Test
  void sharedWordsFrameTheReplacedLabelWithOffsetsIntoBothTexts() {
    String a = "Russia is bombing the Takfiri terrorists, Assad said.";
    String b = "Russia is bombing Islamic State militants, he said.";
    WordDiff.Comparison c = WordDiff.compare(a, b, Folding.TYPOGRAPHY);
    assertEquals(
        List.of(
            new Run(new Edit(Kind.SAME, 0, 3, 0, 3), new TextRange(0, 17), new TextRange(0, 17)),
            new Run(new Edit(Kind.CHANGE, 3, 6, 3, 6), new TextRange(18, 40), new TextRange(18, 41)),
            new Run(new Edit(Kind.SAME, 6, 7, 6, 7), new TextRange(40, 41), new TextRange(41, 42)),
            new Run(new Edit(Kind.CHANGE, 7, 8, 7, 8), new TextRange(42, 47), new TextRange(43, 45)),
            new Run(new Edit(Kind.SAME, 8, 10, 8, 10), new TextRange(48, 53), new TextRange(46, 51))),
        c.runs());
    assertEquals("the Takfiri terrorists", c.runs().get(1).a().of(a));
    assertEquals("Islamic State militants", c.runs().get(1).b().of(b));
  }

  @Test
  void insertedWordsHaveAnEmptyRangeAfterTheWordBeforeThem() {
    WordDiff.Comparison c = WordDiff.compare("Kerry said", "Kerry reportedly said", Folding.TYPOGRAPHY);
    assertEquals(
        List.of(
            new Run(new Edit(Kind.SAME, 0, 1, 0, 1), new TextRange(0, 5), new TextRange(0, 5)),
            new Run(new Edit(Kind.INSERT, 1, 1, 1, 2), new TextRange(5, 5), new TextRange(6, 16)),
            new Run(new Edit(Kind.SAME, 1, 2, 2, 3), new TextRange(6, 10), new TextRange(17, 21))),
        c.runs());
  }

  @Test
  void foldingDecidesWhatCountsAsTheSameWord() {
    assertEquals(
        List.of(new Run(new Edit(Kind.SAME, 0, 5, 0, 5), new TextRange(0, 12), new TextRange(0, 12))),
        WordDiff.compare("“We’re” – OK", "\"we're\" - ok", Folding.TYPOGRAPHY).runs());
    assertEquals(
        List.of(new Edit(Kind.CHANGE, 0, 4, 0, 4)),
        WordDiff.edits(
            Tokenizer.words("“We’re” – OK", Folding.LOWERCASE).stream().map(Tok::lower).toList(),
            Tokenizer.words("\"we're\" - ok", Folding.LOWERCASE).stream().map(Tok::lower).toList()));
  }

  @Test
  void editsOfWordKeysSayWhereExcerptsStartAndEnd() {
    List<String> full = List.of("our", "focus", "remains", "on", "destroying", "isil");
    List<String> cut = List.of("remains", "on", "destroying");
    List<Edit> edits = WordDiff.edits(full, cut);
    assertEquals(List.of(new Edit(Kind.DELETE, 0, 2, 0, 0), new Edit(Kind.DELETE, 5, 6, 3, 3)), edits);
    assertEquals(true, edits.get(0).leading());
    assertEquals(true, edits.get(1).trailing(full.size(), cut.size()));
  }

  @Test
  void commonLengthAndLongestRun() {
    List<String> a = List.of("a", "b", "c", "d", "e");
    List<String> b = List.of("a", "x", "c", "d", "e", "b");
    assertEquals(4, WordDiff.commonLength(a, b));
    assertEquals(3, WordDiff.longestCommonRun(a, b));
    assertEquals(0, WordDiff.commonLength(List.of(), b));
  }

  @Test
  void twoHundredThousandWordsDiffWithoutOverflowingTheStack() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      String w = "w" + (i % 97);
      a.append(w).append(' ');
      b.append(i == 100_000 ? "changed" : w).append(' ');
    }
    // One word of 20,000 apostrophe-joined parts: the old pattern recursed once per part.
    String chain = "a'".repeat(20_000) + "a";
    a.append(chain);
    b.append(chain);
    WordDiff.Comparison c = WordDiff.compare(a.toString(), b.toString(), Folding.TYPOGRAPHY);
    assertEquals(200_001, c.aTokens().size());
    assertEquals(200_001, c.bTokens().size());
    Run changed = c.runs().get(1);
    assertEquals(new Edit(Kind.CHANGE, 100_000, 100_001, 100_000, 100_001), changed.edit());
    assertEquals("changed", changed.b().of(b));
    assertEquals(3, c.runs().size());
    assertEquals(new TextRange(a.length() - chain.length(), a.length()), c.aTokens().get(200_000).range());
  }

  @Test
  void levenshteinCountsCharacterEdits() {
    assertEquals(0, WordDiff.levenshtein("sergei", "sergei"));
    assertEquals(1, WordDiff.levenshtein("sergei", "sergey"));
    assertEquals(4, WordDiff.levenshtein("miles", "mark"));
    assertEquals(3, WordDiff.levenshtein("", "ash"));
  }
}

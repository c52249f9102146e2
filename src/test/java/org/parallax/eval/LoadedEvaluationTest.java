package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loaded-language counts on a sentence and marks made by hand, and reading the BABE format. */
class LoadedEvaluationTest {

  private static final double EPS = 1e-9;

  @Test
  void countsGoldWordsInsideHighlightsAndHighlightsOnGoldWords() {
    String sentence = "The regime's militants reportedly shelled the town.";
    LoadedEvaluation.Row row =
        new LoadedEvaluation.Row(sentence, "Example Daily", "conflict", true, List.of("regime", "militants", "shelled", "brutal"));
    int at = 10; // the sentence begins at 10 in its article's text
    List<HighlightSource.Mark> marks =
        List.of(
            new HighlightSource.Mark("s1", at + 4, at + 22), // "regime's militants"
            new HighlightSource.Mark("s1", at + 23, at + 33), // "reportedly"
            new HighlightSource.Mark("s1", 0, 8)); // before the sentence: not counted

    LoadedEvaluation.Figures f = LoadedEvaluation.score(row, at, marks);

    // Gold: regime (as regime's), militants, shelled, and brutal, which the sentence lacks (missed).
    assertEquals(4, f.goldWords());
    assertEquals(1, f.goldNotInSentence());
    assertEquals(2, f.goldHighlighted());
    // Highlighted words: regime's, militants, reportedly; two of them gold.
    assertEquals(3, f.highlightedWords());
    assertEquals(2, f.highlightedGold());
    assertEquals(2, f.highlights());
    assertEquals(1, f.highlightsOnGold());
    assertEquals(0.5, f.recall(), EPS);
    assertEquals(2.0 / 3, f.precision(), EPS);
    assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), f.f1(), EPS);
    assertEquals(0.5, f.onAnnotated(), EPS);
  }

  @Test
  void aSentenceTheEngineDidNotKeepMissesAllItsGoldWords() {
    LoadedEvaluation.Row row = new LoadedEvaluation.Row("A bizarre rant.", "", "city", true, List.of("bizarre", "rant"));

    LoadedEvaluation.Figures f = LoadedEvaluation.score(row, -1, List.of(new HighlightSource.Mark("s1", 0, 9)));

    assertEquals(2, f.goldWords());
    assertEquals(0, f.goldHighlighted());
    assertEquals(0, f.highlights());
  }

  @Test
  void readsBiasedWordListsWithEitherQuote() {
    assertEquals(List.of("bizarre", "characteristically"), LoadedEvaluation.listed("['bizarre', 'characteristically']"));
    assertEquals(List.of("don't", "lies"), LoadedEvaluation.listed("[\"don't\", 'lies']"));
    assertEquals(List.of(), LoadedEvaluation.listed("[]"));
  }

  @Test
  void readsTheSampleTable() throws Exception {
    List<LoadedEvaluation.Row> rows = LoadedEvaluation.read(Path.of("src/test/resources/eval/babe-sample.csv"));

    assertEquals(11, rows.size());
    assertEquals("Radical activists stormed the meeting, according to a police statement.", rows.get(5).text());
    assertEquals("Critics say the so-called reform is a blatant \"power grab\".", rows.get(8).text());
    assertEquals(List.of("Extremists", "apologists", "lies"), rows.get(9).biasedWords());
    assertEquals("Example Herald", rows.get(4).outlet());
    assertEquals(7, rows.stream().filter(LoadedEvaluation.Row::biased).count());
  }

  @Test
  void refusesATableWithoutBiasedWords(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("t.csv");
    Files.writeString(table, "text;topic;label_bias\nA sentence.;city;Biased\n");

    LoadedEvaluation.TableException e = assertThrows(LoadedEvaluation.TableException.class, () -> LoadedEvaluation.read(table));
    assertEquals(
        "no column 'biased_words': not a BABE/MBIC label table (text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words)",
        e.getMessage());
  }
}

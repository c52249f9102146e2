package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.pipeline.Analyzer;

/**
 * Both evaluations end to end, with the real engine, on the committed samples ({@code
 * src/test/resources/eval}, see SOURCES.md there): two ECB+ topics and a hand-written BABE-format table.
 * The engine's figures change as it improves, so they are held to what must stay true; the baseline
 * and the gold counts do not depend on the engine and are exact.
 */
class EvaluationSampleTest {

  private static final double EPS = 1e-9;
  private static final Path ECB = Path.of("src/test/resources/eval/ecbplus");
  private static final Path BABE = Path.of("src/test/resources/eval/babe-sample.csv");

  private static final Analyzer ANALYZER = new Analyzer();
  private static CorefEvaluation.Report coref;

  @BeforeAll
  static void scoreTheEcbSample() throws Exception {
    coref = new CorefEvaluation(ANALYZER::analyze, false).evaluate("ECB+ sample", CorefEvaluation.topics(ECB), line -> {});
  }

  @Test
  void scoresBothTopicsWithTheKeyOfChainsOfTwoOrMore() {
    assertEquals(2, coref.topics());
    assertEquals(List.of("1ecb", "24ecb"), coref.perTopic().stream().map(CorefEvaluation.TopicFigures::topic).toList());
    assertEquals(18 + 15, coref.documents());
    assertEquals(201, coref.keyMentions());
    assertEquals(21, coref.keyChains());
    assertEquals(0, coref.unplaced());
  }

  /** The baseline's figures, worked out independently (a separate script, the reference scorer's definitions). */
  @Test
  void baselineScoresWhatWasComputedIndependently() {
    CorefScores b = coref.baseline();
    // MUC: 138 of 180 links recalled, 138 of 142 right.
    assertEquals(new Tally(138, 180, 138, 142), b.muc());
    assertEquals(79.15165652467883, b.bcubed().recallHits(), EPS);
    assertEquals(194.92380952380952, b.bcubed().precisionHits(), EPS);
    assertEquals(201, b.bcubed().recallTotal(), EPS);
    // CEAF-e: 21 key entities, 59 head lemmas.
    assertEquals(15.49529242039674, b.ceafe().recallHits(), EPS);
    assertEquals(21, b.ceafe().recallTotal(), EPS);
    assertEquals(59, b.ceafe().precisionTotal(), EPS);
    assertEquals(0.6015516547183248, b.conllF1(), EPS);
  }

  @Test
  void engineFiguresAreSharesAndItCoversSomeKeyMentions() {
    for (CorefScores s : List.of(coref.engine(), coref.engineOnAnnotated())) {
      for (Tally t : List.of(s.muc(), s.bcubed(), s.ceafe())) {
        assertTrue(t.recall() >= 0 && t.recall() <= 1, "recall " + t);
        assertTrue(t.precision() >= 0 && t.precision() <= 1, "precision " + t);
      }
      assertTrue(s.conllF1() > 0 && s.conllF1() <= 1, "CoNLL F1 " + s.conllF1());
    }
    assertTrue(coref.coverage().matched() > 0);
    assertEquals(coref.keyMentions(), coref.coverage().total());
    assertEquals(coref.coverage().total(), coref.coverageByType().values().stream().mapToInt(CorefEvaluation.Coverage::total).sum());
    assertTrue(coref.engineMentions() >= coref.spurious());
  }

  /** "Tara Reid" named in two documents, grouped by the engine: one correct link in the response. */
  @Test
  void countsTheEngineGroupingOneNamedPersonAcrossDocumentsAsACorrectLink() throws Exception {
    CdcrTopic topic = CdcrTopic.read(ECB.resolve("1ecb"));
    CorefEvaluation.TopicResult r = new CorefEvaluation(ANALYZER::analyze, false).evaluate(topic);
    List<Integer> taraReid = new ArrayList<>();
    for (int i = 0; i < topic.mentions().size(); i++) {
      CdcrTopic.GoldMention g = topic.mentions().get(i);
      if (g.text().equals("Tara Reid") && (g.document().equals("1/1ecb/2") || g.document().equals("1/1ecb/10"))) {
        taraReid.add(i);
      }
    }
    assertEquals(2, taraReid.size(), "documents 2 and 10 name Tara Reid once each");
    String first = "g" + taraReid.get(0);
    String second = "g" + taraReid.get(1);
    // Same gold chain ...
    assertTrue(r.key().stream().anyMatch(e -> e.containsAll(Set.of(first, second))));
    // ... and the same engine referent: a link both MUC sides count.
    assertTrue(r.response().stream().anyMatch(e -> e.containsAll(Set.of(first, second))), "one referent holds both");
    assertTrue(r.engine().muc().recallHits() >= 1);
    assertTrue(r.engine().muc().precisionHits() >= 1);
  }

  /**
   * Nominal event mentions ({@code --events}): the key and the baseline worked out independently (a separate
   * script over the two event mention files: the mentions whose head is a NOUN or PROPN, chains of two or
   * more: 32 mentions in 11 chains; baseline MUC 14/21 recalled, 14/16 right, CoNLL F1 0.7327), and the
   * jewel heists of two documents of topic 24, which one referent of the engine holds, one correct link.
   */
  @Test
  void scoresNominalEventMentionsAgainstTheEngineEventReferents() throws Exception {
    CorefEvaluation events = new CorefEvaluation(ANALYZER::analyze, false, true);
    CorefEvaluation.Report r = events.evaluate("ECB+ sample", CorefEvaluation.topics(ECB), line -> {});

    assertTrue(r.events());
    assertEquals(32, r.keyMentions());
    assertEquals(11, r.keyChains());
    assertEquals(new Tally(14, 21, 14, 16), r.baseline().muc());
    assertEquals(0.7326678744911623, r.baseline().conllF1(), 1e-6);
    assertTrue(r.coverage().matched() > 0 && r.coverage().matched() <= 32);

    CdcrTopic topic = CdcrTopic.read(ECB.resolve("24ecb"));
    CorefEvaluation.TopicResult t = events.evaluate(topic);
    List<String> heists = new ArrayList<>();
    for (int i = 0; i < topic.nominalEvents().size(); i++) {
      CdcrTopic.GoldMention g = topic.nominalEvents().get(i);
      if (g.text().equals("heists")) {
        heists.add("g" + i);
      }
    }
    assertEquals(2, heists.size(), "documents 2 and 4 tell of the biggest jewel heists");
    assertTrue(t.key().stream().anyMatch(e -> e.containsAll(heists)));
    assertTrue(t.response().stream().anyMatch(e -> e.containsAll(heists)), "one event referent holds both");
  }

  @Test
  void scoresTheBabeSampleTable() throws Exception {
    LoadedEvaluation.Report r = new LoadedEvaluation(ANALYZER::analyze, false).evaluate(BABE, line -> {});

    assertEquals(3, r.topics());
    assertEquals(11, r.all().sentences());
    assertEquals(7, r.biased().sentences());
    // Gold words, by hand: 2 + 3 + 2 + 2 + 2 + 3 + 3, all in their sentences, all in Biased sentences.
    assertEquals(17, r.all().goldWords());
    assertEquals(17, r.biased().goldWords());
    assertEquals(0, r.all().goldNotInSentence());
    assertEquals(0, r.notAnalysed());
    // "terrorists" is loaded wording by any account, and it is annotated.
    assertTrue(r.all().goldHighlighted() >= 1, "gold words highlighted: " + r.all().goldHighlighted());
    assertTrue(r.all().highlights() >= r.all().highlightsOnGold());
    for (double share : List.of(r.all().recall(), r.all().precision(), r.all().f1(), r.all().onAnnotated())) {
      assertTrue(share > 0 && share <= 1, "share " + share);
    }
  }

  @Test
  void commandLineWritesTheTableAndTheFigures(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path json = dir.resolve("babe.json");

    int exit =
        ParallaxCommand.run(
            new String[] {"evaluate", "loaded", BABE.toString(), "--json", json.toString(), "-q"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertEquals(0, exit, err.toString());
    assertTrue(out.toString().contains("babe-sample.csv: 11 sentences in 3 topics"), out.toString());
    String figures = Files.readString(json);
    assertTrue(figures.contains("\"evaluation\" : \"loaded-language\""), figures);
    assertTrue(figures.contains("\"goldWords\" : 17"), figures);
  }

  /**
   * The fact evaluation on the sample: the key counted independently (a separate script over the two
   * event and entity mention files: 54 sentences with an event mention, 453 + 65 pairs of them in
   * different documents sharing an event chain and an entity chain), and the engine's aligned pairs
   * held to what must stay true.
   */
  @Test
  void scoresTheFactsOfTheSampleAgainstTheEventChains() throws Exception {
    FactEvaluation.Report r = new FactEvaluation(ANALYZER::analyze).evaluate("ECB+ sample", CorefEvaluation.topics(ECB), line -> {});

    assertEquals(2, r.topics());
    assertEquals(54, r.sentences());
    assertEquals(453 + 65, r.keyPairs());
    assertEquals(List.of(453, 65), r.perTopic().stream().map(FactEvaluation.TopicFigures::keyPairs).toList());
    assertTrue(r.aligned() > 0 && r.keyAligned() > 0, "aligned " + r.aligned() + ", key pairs aligned " + r.keyAligned());
    assertTrue(r.right() + r.wrong() <= r.aligned());
    assertTrue(r.keyAligned() <= r.right(), "a key pair shares an event, so it is right");
    assertTrue(r.precision() > 0.5 && r.precision() <= 1, "precision " + r.precision());
    assertTrue(r.recall() > 0 && r.recall() <= 1, "recall " + r.recall());
  }

  @Test
  void factsCommandLineScoresTheChosenTopicsAndWritesTheFigures(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path json = dir.resolve("facts.json");

    int exit =
        ParallaxCommand.run(
            new String[] {"evaluate", "facts", ECB.toString(), "--topics", "1", "--json", json.toString(), "-q"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertEquals(0, exit, err.toString());
    assertTrue(out.toString().contains("ecbplus: 1 topics, 18 documents, 39 scored sentences"), out.toString());
    assertTrue(out.toString().contains("of 453 key pairs"), out.toString());
    String figures = Files.readString(json);
    assertTrue(figures.contains("\"evaluation\" : \"facts\""), figures);
    assertTrue(figures.contains("\"keyPairs\" : 453"), figures);
  }

  @Test
  void aFolderWithoutTopicsIsAWrongArgument(@TempDir Path dir) {
    StringWriter err = new StringWriter();

    int exit =
        ParallaxCommand.run(new String[] {"evaluate", "coref", dir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));

    assertEquals(2, exit);
    assertEquals(
        "parallax: " + dir + ": no topic folders (T/annotation/original/T.conll and entity_mentions_T.json)",
        err.toString().strip());
  }
}

package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.align.FactAligner;
import org.parallax.align.FactAlignment;
import org.parallax.corpus.Article;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import org.parallax.work.Cancelled;
import org.parallax.work.Fault;

/** A failure inside the engine costs its unit or its section, never the corpus. */
class AnalyzerFaultTest {

  private static final Path SEEDS = Path.of("seeds");

  @Test
  void aFactAlignerThatFailsLeavesFactsEmptyAndTheRestIsAnalysed() throws Exception {
    FactAligner broken = articles -> {
      throw new IllegalStateException("model exploded");
    };
    Analyzer.Result r = new Analyzer(new CorpusReader(), broken, Clock.systemUTC()).run(SEEDS, ProgressListener.NONE, new Cancellation());
    org.parallax.analysis.AnalysisInvariants.check(r.analysis());
    assertEquals(5, r.analysis().articles().size());
    assertTrue(r.analysis().facts().isEmpty());
    assertTrue(r.analysis().unique().isEmpty());
    assertFalse(r.analysis().quotes().isEmpty(), "quotations still found");
    assertFalse(r.analysis().referents().isEmpty(), "referents still found");
    assertFalse(r.analysis().hedges().isEmpty(), "hedges still found");
    assertEquals(1, r.faults().size());
    assertEquals("facts", r.faults().get(0).stage());
    assertTrue(r.analysis().problems().contains(Problem.warning("seeds", "facts: left out for the whole corpus (internal error)")),
        r.analysis().problems().toString());
  }

  @Test
  void aSentenceTheAlignerCannotEmbedIsLeftOutWithItsFile() throws Exception {
    FactAligner partly = new FactAligner() {
      @Override
      public FactAlignment align(List<Article> articles) {
        return new FactAlignment(List.of(), List.of());
      }

      @Override
      public FactAlignment align(List<Article> articles, org.parallax.work.Checkpoint checkpoint, org.parallax.work.Faults faults) {
        faults.report(new Fault(articles.get(1).source(), "one sentence left out of the fact alignment", new IllegalArgumentException("tokenizer")));
        return align(articles);
      }
    };
    Analyzer.Result r = new Analyzer(new CorpusReader(), partly, Clock.systemUTC()).run(SEEDS, ProgressListener.NONE, new Cancellation());
    assertTrue(
        r.analysis().problems().contains(
            Problem.warning("001_202df9670cb2560d.txt", "facts: one sentence left out of the fact alignment (internal error)")),
        r.analysis().problems().toString());
  }

  @Test
  void cancellingStopsTheEngine() {
    Cancellation cancel = new Cancellation();
    List<String> stages = new java.util.ArrayList<>();
    assertThrows(Cancelled.class, () -> new Analyzer().run(SEEDS, p -> {
      stages.add(p.stage());
      if (p.stage().equals("quotations")) {
        cancel.cancel();
      }
    }, cancel));
    assertFalse(stages.contains("facts"), stages.toString());
  }

  @Test
  void timesEveryStage() throws Exception {
    Analyzer.Result r = new Analyzer().run(SEEDS, ProgressListener.NONE, new Cancellation());
    assertEquals(
        List.of("reading", "cleaning", "sentences", "quotations", "quotation groups", "facts", "tagging", "referents", "hedges",
            "wording", "divergences", "profiles"),
        r.times().stream().map(StageTime::stage).toList());
    assertTrue(r.faults().isEmpty(), r.faults().toString());
    org.parallax.analysis.AnalysisInvariants.check(r.analysis());
  }
}

package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.work.Cancelled;

/** The runner: order, needs and adds, containment, progress, cancellation. */
class PipelineTest {

  private static final Slot<List<String>> WORDS = Slot.of("words", List::of);
  private static final Slot<List<String>> UPPER = Slot.of("upper", List::of);
  private static final Slot<Integer> COUNT = Slot.of("count", () -> -1);

  /** Upper-cases each word; a word "boom" fails its unit, "static" as a class that cannot initialise. */
  private static final class Upper extends BasicStage {
    Upper() {
      super("upper", List.of(WORDS), List.of(UPPER));
    }

    @Override
    public void run(AnalysisState state, StageContext context) {
      List<String> words = state.get(WORDS);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        context.reached(i, words.size());
        String w = words.get(i);
        String u = context.contain(w + ".txt", "word left out", () -> {
          if (w.equals("boom")) {
            throw new IllegalStateException("boom");
          }
          if (w.equals("static")) {
            throw new ExceptionInInitializerError(new IllegalArgumentException("bad lexicon entry"));
          }
          return w.toUpperCase();
        }, () -> null);
        if (u != null) {
          out.add(u);
        }
      }
      state.put(UPPER, out);
    }
  }

  /** Counts the upper-cased words, or fails for the whole corpus when told to. */
  private static final class Count extends BasicStage {
    private final boolean fail;

    Count(boolean fail) {
      super("count", List.of(UPPER), List.of(COUNT));
      this.fail = fail;
    }

    @Override
    public void run(AnalysisState state, StageContext context) {
      if (fail) {
        throw new ArrayIndexOutOfBoundsException(3);
      }
      state.put(COUNT, state.get(UPPER).size());
    }
  }

  private static AnalysisState words(String... words) {
    AnalysisState s = new AnalysisState();
    s.put(WORDS, List.of(words));
    return s;
  }

  @Test
  void containsAFailedUnitAndGoesOn() {
    Pipeline p = new Pipeline(List.of(WORDS), List.of(new Upper(), new Count(false)));
    Pipeline.Run run = p.run(words("kerry", "boom", "lavrov"), ProgressListener.NONE, new Cancellation());
    assertEquals(List.of("KERRY", "LAVROV"), run.state().get(UPPER));
    assertEquals(2, run.state().get(COUNT));
    assertEquals(1, run.faults().size());
    StageFault f = run.faults().get(0);
    assertEquals("upper", f.stage());
    assertEquals("boom.txt", f.fault().unit());
    assertEquals("upper: word left out (internal error)", f.message());
    assertEquals(List.of("upper", "count"), run.times().stream().map(StageTime::stage).toList());
  }

  @Test
  void containsAnErrorOfAClassThatCannotInitialiseLikeAnException() {
    Pipeline p = new Pipeline(List.of(WORDS), List.of(new Upper(), new Count(false)));
    Pipeline.Run run = p.run(words("kerry", "static", "lavrov"), ProgressListener.NONE, new Cancellation());
    assertEquals(List.of("KERRY", "LAVROV"), run.state().get(UPPER));
    assertEquals("static.txt", run.faults().get(0).fault().unit());
    assertTrue(run.faults().get(0).fault().error() instanceof ExceptionInInitializerError);
  }

  @Test
  void aStageWhoseClassCannotLoadLeavesItsSlotsEmptyAndTheRunGoesOn() {
    BasicStage broken = new BasicStage("count", List.of(UPPER), List.of(COUNT)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        throw new NoClassDefFoundError("org/parallax/framing/Lexicon");
      }
    };
    Pipeline p = new Pipeline(List.of(WORDS), List.of(new Upper(), broken));
    Pipeline.Run run = p.run(words("kerry"), ProgressListener.NONE, new Cancellation());
    assertEquals(List.of("KERRY"), run.state().get(UPPER));
    assertEquals(-1, run.state().get(COUNT));
    assertEquals("count", run.faults().get(0).stage());
  }

  @Test
  void aStageThatFailsLeavesItsSlotsEmptyAndTheRunGoesOn() {
    Pipeline p = new Pipeline(List.of(WORDS), List.of(new Upper(), new Count(true)));
    Pipeline.Run run = p.run(words("kerry"), ProgressListener.NONE, new Cancellation());
    assertEquals(List.of("KERRY"), run.state().get(UPPER));
    assertEquals(-1, run.state().get(COUNT));
    StageFault f = run.faults().get(0);
    assertEquals("count", f.stage());
    assertNull(f.fault().unit());
    assertTrue(f.fault().error() instanceof ArrayIndexOutOfBoundsException);
  }

  @Test
  void refusesAStageWhoseNeedsNothingBeforeItAdds() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(WORDS), List.of(new Count(false), new Upper())));
    assertEquals("stage 'count' needs 'upper', which no earlier stage adds", e.getMessage());
  }

  @Test
  void reportsProgressPerStageAndUnit() {
    List<Progress> seen = new ArrayList<>();
    new Pipeline(List.of(WORDS), List.of(new Upper(), new Count(false)))
        .run(words("a", "b"), seen::add, new Cancellation());
    assertEquals(
        List.of("upper 0/0", "upper 0/2", "upper 1/2", "count 0/0", "done 0/0"),
        seen.stream().map(p -> p.stage() + " " + p.done() + "/" + p.total()).toList());
    assertEquals(0.25, seen.get(2).fraction(), 1e-9); // stage 1 of 2, half done
    assertEquals("upper: article 1 of 2", seen.get(2).describe());
  }

  @Test
  void cancellingStopsAtTheNextUnit() {
    Cancellation cancel = new Cancellation();
    List<String> stages = new ArrayList<>();
    Pipeline p = new Pipeline(List.of(WORDS), List.of(new Upper(), new Count(false)));
    assertThrows(
        Cancelled.class,
        () -> p.run(words("a", "b", "c"), progress -> {
          stages.add(progress.stage() + progress.done());
          if (progress.done() == 1) {
            cancel.cancel();
          }
        }, cancel));
    assertEquals(List.of("upper0", "upper0", "upper1"), stages);
  }
}

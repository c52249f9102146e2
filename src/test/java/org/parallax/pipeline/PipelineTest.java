package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.work.Cancelled;

/** The runner: order, needs and adds, containment, progress, cancellation, independent stages at once. */
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

  private static final Slot<String> LEFT = Slot.of("left", () -> "");
  private static final Slot<String> RIGHT = Slot.of("right", () -> "");
  private static final Slot<String> BOTH = Slot.of("both", () -> "");

  /**
   * Needs WORDS, adds {@code out}: waits until {@code other} has started (so it finishes only if both run
   * at once), then reports a fault and a note and sets its slot.
   */
  private static final class Side extends BasicStage {
    private final CountDownLatch mine;
    private final CountDownLatch other;
    private final Slot<String> out;

    Side(String name, Slot<String> out, CountDownLatch mine, CountDownLatch other) {
      super(name, List.of(WORDS), List.of(out));
      this.out = out;
      this.mine = mine;
      this.other = other;
    }

    @Override
    public void run(AnalysisState state, StageContext context) {
      mine.countDown();
      try {
        if (!other.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException(name() + " ran alone");
        }
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      context.reached(1, 1);
      context.report(new org.parallax.work.Fault(name() + ".txt", "word left out", new IllegalStateException(name())));
      context.note(name() + ".txt", name() + " noted");
      state.put(out, name() + ":" + String.join(",", state.get(WORDS)));
    }
  }

  /** Joins LEFT and RIGHT: it must wait for both. */
  private static final class Join extends BasicStage {
    Join() {
      super("join", List.of(LEFT, RIGHT), List.of(BOTH));
    }

    @Override
    public void run(AnalysisState state, StageContext context) {
      state.put(BOTH, state.get(LEFT) + "|" + state.get(RIGHT));
    }
  }

  @Test
  void runsIndependentStagesAtOnceAndListsWhatTheyReportInStageOrder() {
    CountDownLatch left = new CountDownLatch(1);
    CountDownLatch right = new CountDownLatch(1);
    List<Progress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    Pipeline p = new Pipeline(List.of(WORDS), List.of(new Side("left", LEFT, left, right), new Side("right", RIGHT, right, left), new Join()), 2);
    Pipeline.Run run = p.run(words("a", "b"), seen::add, new Cancellation());
    assertEquals("left:a,b|right:a,b", run.state().get(BOTH));
    assertEquals(List.of("left", "right"), run.faults().stream().map(StageFault::stage).toList());
    assertEquals(List.of("left noted", "right noted"), run.notes().stream().map(StageNote::message).toList());
    assertEquals(List.of("left", "right", "join"), run.times().stream().map(StageTime::stage).toList());
    // Progress only moves forward: the later stage's reports wait until the earlier one has finished.
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i).stageIndex() >= seen.get(i - 1).stageIndex(), "progress went back: " + seen);
    }
    assertEquals("done", seen.get(seen.size() - 1).stage());
    // The second stage reports nothing while the first is running (it is passed over if it finished first).
    int leftDone = seen.indexOf(new Progress("left", "article", 1, 3, 1, 1));
    assertTrue(leftDone >= 0, "the first stage's progress is shown: " + seen);
    assertTrue(seen.subList(0, leftDone).stream().allMatch(g -> g.stage().equals("left")), "shown before the first stage's: " + seen);
  }

  @Test
  void runsOneStageAtATimeWhenToldTo() {
    List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
    BasicStage first = new BasicStage("first", List.of(WORDS), List.of(LEFT)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        order.add("first start");
        order.add("first end");
        state.put(LEFT, "l");
      }
    };
    BasicStage second = new BasicStage("second", List.of(WORDS), List.of(RIGHT)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        order.add("second start");
        state.put(RIGHT, "r");
      }
    };
    new Pipeline(List.of(WORDS), List.of(first, second, new Join()), 1).run(words("a"), ProgressListener.NONE, new Cancellation());
    assertEquals(List.of("first start", "first end", "second start"), order);
  }

  @Test
  void cancellingWhileTwoStagesRunStopsBothAndNothingOutlivesTheRun() {
    Cancellation cancel = new Cancellation();
    CountDownLatch bothStarted = new CountDownLatch(2);
    List<Thread> running = new java.util.concurrent.CopyOnWriteArrayList<>();
    class Spinning extends BasicStage {
      Spinning(String name, Slot<String> out) {
        super(name, List.of(WORDS), List.of(out));
      }

      @Override
      public void run(AnalysisState state, StageContext context) {
        running.add(Thread.currentThread());
        bothStarted.countDown();
        while (true) {
          context.check();
          if (bothStarted.getCount() == 0) {
            cancel.cancel();
          }
          Thread.onSpinWait();
        }
      }
    }
    Pipeline p = new Pipeline(List.of(WORDS), List.of(new Spinning("left", LEFT), new Spinning("right", RIGHT), new Join()), 2);
    assertThrows(Cancelled.class, () -> p.run(words("a"), ProgressListener.NONE, cancel));
    assertEquals(2, running.size());
    for (Thread t : running) {
      assertTrue(t == Thread.currentThread() || !t.isAlive(), "a stage thread outlived the run");
    }
  }

  @Test
  void anErrorThatCannotBeContainedStopsTheOtherStageAndIsThrown() {
    CountDownLatch started = new CountDownLatch(1);
    BasicStage spinning = new BasicStage("left", List.of(WORDS), List.of(LEFT)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        started.countDown();
        while (true) {
          context.check();
          Thread.onSpinWait();
        }
      }
    };
    BasicStage failing = new BasicStage("right", List.of(WORDS), List.of(RIGHT)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        try {
          started.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        throw new OutOfMemoryError("test");
      }
    };
    Pipeline p = new Pipeline(List.of(WORDS), List.of(spinning, failing, new Join()), 2);
    OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> p.run(words("a"), ProgressListener.NONE, new Cancellation()));
    assertEquals("test", e.getMessage());
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aSlotWhoseEmptyValueFailsOnAnotherThreadEndsTheRunInsteadOfHangingIt() {
    Slot<String> bad = Slot.of("bad", () -> {
      throw new IllegalStateException("no empty value");
    });
    CountDownLatch otherStarted = new CountDownLatch(1);
    BasicStage waiting = new BasicStage("left", List.of(WORDS), List.of(LEFT)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        try {
          otherStarted.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        state.put(LEFT, "l");
      }
    };
    BasicStage failing = new BasicStage("right", List.of(WORDS), List.of(bad)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        otherStarted.countDown();
        throw new IllegalArgumentException("whole corpus");
      }
    };
    BasicStage last = new BasicStage("last", List.of(LEFT, bad), List.of(BOTH)) {
      @Override
      public void run(AnalysisState state, StageContext context) {
        state.put(BOTH, "b");
      }
    };
    Pipeline p = new Pipeline(List.of(WORDS), List.of(waiting, failing, last), 2);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(words("a"), ProgressListener.NONE, new Cancellation()));
    assertEquals("no empty value", e.getMessage());
  }
}

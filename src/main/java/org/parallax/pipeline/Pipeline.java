package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parallax.work.Cancelled;
import org.parallax.work.Fault;

/**
 * Runs {@link Stage}s in order over one {@link AnalysisState}: times each, reports progress, honours
 * cancellation between stages and (through the stages' {@link StageContext}) between units of work, and
 * contains failures. A stage that fails for the whole corpus is recorded as a {@link StageFault} with
 * no file, the slots it adds get their empty values, and the run goes on; the faults a stage contained
 * itself (one article, one sentence) are recorded the same way with their file.
 *
 * <p>Invariant, checked when the pipeline is built: every slot a stage needs is an input of the run or
 * added by an earlier stage, and no slot is added twice.
 */
public final class Pipeline {

  /**
   * The outcome of a run: the state with every slot set, the stages' times, the faults contained and
   * the limits applied.
   */
  public record Run(AnalysisState state, List<StageTime> times, List<StageFault> faults, List<StageNote> notes) {
    public Run {
      times = List.copyOf(times);
      faults = List.copyOf(faults);
      notes = List.copyOf(notes);
    }
  }

  private final List<Stage> stages;
  private final List<Slot<?>> inputs;

  /**
   * @param inputs the slots the caller sets before {@link #run}
   * @throws IllegalArgumentException if a stage needs a slot nothing before it adds, or two add one
   */
  public Pipeline(List<Slot<?>> inputs, List<Stage> stages) {
    this.inputs = List.copyOf(inputs);
    this.stages = List.copyOf(stages);
    Set<Slot<?>> available = new HashSet<>(inputs);
    for (Stage s : stages) {
      for (Slot<?> need : s.needs()) {
        if (!available.contains(need)) {
          throw new IllegalArgumentException("stage '" + s.name() + "' needs '" + need.name() + "', which no earlier stage adds");
        }
      }
      for (Slot<?> add : s.adds()) {
        if (!available.add(add)) {
          throw new IllegalArgumentException("stage '" + s.name() + "' adds '" + add.name() + "', which is already there");
        }
      }
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * Runs every stage on {@code state}, which holds the inputs.
   *
   * @throws Cancelled if {@code cancellation} was cancelled; the state is then incomplete
   */
  public Run run(AnalysisState state, ProgressListener listener, Cancellation cancellation) {
    for (Slot<?> in : inputs) {
      if (!state.has(in)) {
        throw new IllegalArgumentException("input '" + in.name() + "' is not set");
      }
    }
    List<StageFault> faults = new CopyOnWriteArrayList<>();
    List<StageNote> notes = new CopyOnWriteArrayList<>();
    List<StageTime> times = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      if (cancellation.isCancelled()) {
        throw new Cancelled();
      }
      StageContext context = new StageContext(stage, i + 1, stages.size(), listener, cancellation, faults, notes);
      listener.progress(new Progress(stage.name(), stage.unit(), i + 1, stages.size(), 0, 0));
      long start = System.nanoTime();
      try {
        stage.run(state, context);
      } catch (Cancelled c) {
        throw c;
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        faults.add(new StageFault(stage.name(), new Fault(null, "left out for the whole corpus", e)));
      }
      fillMissing(stage, state);
      times.add(new StageTime(stage.name(), (System.nanoTime() - start) / 1_000_000));
    }
    listener.progress(Progress.finished(stages.size()));
    return new Run(state, times, faults, notes);
  }

  private static void fillMissing(Stage stage, AnalysisState state) {
    for (Slot<?> add : stage.adds()) {
      fill(add, state);
    }
  }

  private static <T> void fill(Slot<T> slot, AnalysisState state) {
    if (!state.has(slot)) {
      state.put(slot, slot.empty());
    }
  }
}

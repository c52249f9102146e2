package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parallax.work.Cancelled;
import org.parallax.work.Fault;
import org.parallax.work.Threads;

/**
 * Runs {@link Stage}s over one {@link AnalysisState}, in order or, when allowed to run several at once
 * ({@code -Dparallax.stages=N}), each as soon as the slots it needs are set (independent stages then run
 * at the same time, with the outcome of running them in order): times each,
 * reports progress, honours cancellation between stages and (through the stages' {@link StageContext})
 * between units of work, and contains failures. A stage that fails for the whole corpus is recorded as a {@link StageFault} with
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
  /** Stages run at once at most; 0: the default ({@link #concurrency()}). */
  private final int concurrency;

  /**
   * @param inputs the slots the caller sets before {@link #run}
   * @throws IllegalArgumentException if a stage needs a slot nothing before it adds, or two add one
   */
  public Pipeline(List<Slot<?>> inputs, List<Stage> stages) {
    this(inputs, stages, 0);
  }

  /** As {@link #Pipeline(List, List)}, running at most {@code concurrency} stages at once (0: the default). */
  Pipeline(List<Slot<?>> inputs, List<Stage> stages, int concurrency) {
    this.inputs = List.copyOf(inputs);
    this.stages = List.copyOf(stages);
    this.concurrency = concurrency;
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
   * Runs every stage on {@code state}, which holds the inputs. With several stages allowed at once, a
   * stage starts as soon as every slot it needs is set, so stages that do not depend on each other run
   * at the same time (tagging while the facts are aligned), on the caller's thread and up to N - 1
   * more; each stage still sees exactly the slots it needs, so the outcome is the one of running them
   * in order. The times,
   * faults and notes are listed in stage order, and progress is reported for the earliest stage not
   * finished (a stage finished meanwhile is passed over), so it only moves forward.
   *
   * @throws Cancelled if {@code cancellation} was cancelled; the state is then incomplete. No stage is
   *     still running when this method returns or throws.
   */
  public Run run(AnalysisState state, ProgressListener listener, Cancellation cancellation) {
    for (Slot<?> in : inputs) {
      if (!state.has(in)) {
        throw new IllegalArgumentException("input '" + in.name() + "' is not set");
      }
    }
    return new Schedule(state, listener, cancellation).run();
  }

  /**
   * At most this many stages run at once: as set, else {@code -Dparallax.stages=N}, else 1 (one after
   * the other). Not more by default: on 2 cores that other work kept busy, tagging beside the facts
   * showed no gain (50 articles, 5 paired runs: at once 0.76-1.23 times the time in order), and a gain
   * on idle cores is not yet measured (README, Benchmarks).
   */
  private int concurrency() {
    if (concurrency > 0) {
      return concurrency;
    }
    Integer set = Integer.getInteger("parallax.stages");
    return set != null && set > 0 ? set : 1;
  }

  /** One run: which stages have started and finished, what each reported, and the threads running them. */
  private final class Schedule {
    private final AnalysisState state;
    private final ProgressListener listener;
    private final Cancellation cancellation;
    /** What the stages check: cancelled with the caller's, or when a stage threw what cannot be contained. */
    private final Cancellation stop;
    private final int count = stages.size();
    private final boolean[] started = new boolean[count];
    private final boolean[] finished = new boolean[count];
    private final long[] millis = new long[count];
    private final List<List<StageFault>> faults = new ArrayList<>();
    private final List<List<StageNote>> notes = new ArrayList<>();
    /** The latest progress of each started stage, reported when it becomes the earliest unfinished one. */
    private final Progress[] latest = new Progress[count];
    private final Set<Slot<?>> available = new HashSet<>(inputs);
    private final List<Thread> helpers = new ArrayList<>();
    /** Threads taking stages: the caller's and the helpers still looking for work. */
    private int workers = 1;
    private int earliest;
    private Throwable thrown;
    private boolean interrupted;

    Schedule(AnalysisState state, ProgressListener listener, Cancellation cancellation) {
      this.state = state;
      this.listener = listener;
      this.cancellation = cancellation;
      this.stop = new Cancellation(cancellation);
      for (int i = 0; i < count; i++) {
        faults.add(new CopyOnWriteArrayList<>());
        notes.add(new CopyOnWriteArrayList<>());
      }
    }

    Run run() {
      try {
        work(true);
      } finally {
        // Nothing outlives the run: wait for the stages still running (stopped ones end at their next unit).
        Threads.awaitAll(helpers());
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      synchronized (this) {
        if (thrown instanceof Error e) {
          throw e;
        }
        if (thrown instanceof RuntimeException e) {
          throw e;
        }
        if (thrown != null) {
          throw new IllegalStateException(thrown);
        }
        if (earliest < count) {
          throw new Cancelled();
        }
      }
      listener.progress(Progress.finished(count));
      List<StageTime> times = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        times.add(new StageTime(stages.get(i).name(), millis[i]));
      }
      return new Run(state, times, faults.stream().flatMap(List::stream).toList(), notes.stream().flatMap(List::stream).toList());
    }

    private synchronized List<Thread> helpers() {
      return List.copyOf(helpers);
    }

    /**
     * Runs ready stages, one after the other, while there are any. The caller's thread ({@code caller})
     * also waits for stages that others are running to make more ready, and returns when every stage has
     * finished or the run was stopped; a helper returns when nothing is ready.
     */
    private void work(boolean caller) {
      try {
        while (true) {
          int next;
          synchronized (this) {
            while (true) {
              if (thrown != null || stop.isCancelled()) {
                return;
              }
              next = ready();
              if (next >= 0) {
                break;
              }
              if (!caller || earliest == count) {
                return;
              }
              try {
                wait();
              } catch (InterruptedException e) {
                // A run is stopped by its cancellation, not by interrupts: the flag is kept for the caller.
                interrupted = true;
              }
            }
            started[next] = true;
            // The other ready stages go to threads of their own, up to the concurrency.
            if (workers < concurrency() && ready() >= 0) {
              workers++;
              Thread t = new Thread(() -> work(false), "parallax-stage-" + helpers.size());
              helpers.add(t);
              t.start();
            }
          }
          runStage(next);
        }
      } catch (RuntimeException | Error e) {
        // Only a helper gets here with work unfinished (a thread that could not start): the caller must not wait for it.
        if (caller) {
          throw e;
        }
        abort(e);
      } finally {
        if (!caller) {
          synchronized (this) {
            workers--;
          }
        }
      }
    }

    /** The first stage not started whose needs are all set, or -1. */
    private int ready() {
      for (int i = earliest; i < count; i++) {
        if (!started[i] && available.containsAll(stages.get(i).needs())) {
          return i;
        }
      }
      return -1;
    }

    private void runStage(int i) {
      Stage stage = stages.get(i);
      StageContext context = new StageContext(stage, i + 1, count, p -> progress(i, p), stop, faults.get(i), notes.get(i));
      long start = System.nanoTime();
      try {
        progress(i, new Progress(stage.name(), stage.unit(), i + 1, count, 0, 0));
        stage.run(state, context);
      } catch (Cancelled c) {
        synchronized (this) {
          notifyAll();
        }
        return;
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        faults.get(i).add(new StageFault(stage.name(), new Fault(null, "left out for the whole corpus", e)));
      } catch (Throwable e) {
        abort(e);
        return;
      }
      try {
        fillMissing(stage, state);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        synchronized (this) {
          finished[i] = true;
          available.addAll(stage.adds());
          while (earliest < count && finished[earliest]) {
            earliest++;
          }
          if (earliest < count && latest[earliest] != null) {
            listener.progress(latest[earliest]);
          }
          notifyAll();
        }
      } catch (Throwable e) {
        abort(e);
      }
    }

    /**
     * Stops the run for what no stage can contain (out of memory, a slot's empty value failing): the other
     * stages stop at their next unit, and the caller's thread throws it once they have.
     */
    private synchronized void abort(Throwable e) {
      if (thrown == null) {
        thrown = e;
      }
      stop.cancel();
      notifyAll();
    }

    private synchronized void progress(int stage, Progress p) {
      latest[stage] = p;
      if (stage == earliest) {
        listener.progress(p);
      }
    }
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

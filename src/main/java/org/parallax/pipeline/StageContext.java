package org.parallax.pipeline;

import java.util.List;
import org.parallax.work.Cancelled;
import org.parallax.work.Checkpoint;
import org.parallax.work.Fault;
import org.parallax.work.Faults;

/**
 * What a running stage reports to: progress and cancellation ({@link Checkpoint}) and the faults it
 * contained and the limits it applied ({@link Faults}). One per stage per run; thread-safe.
 */
public final class StageContext implements Checkpoint, Faults {

  private final String stage;
  private final String unit;
  private final int index;
  private final int count;
  private final ProgressListener listener;
  private final Cancellation cancellation;
  private final List<StageFault> faults;
  private final List<StageNote> notes;

  StageContext(
      Stage stage,
      int index,
      int count,
      ProgressListener listener,
      Cancellation cancellation,
      List<StageFault> faults,
      List<StageNote> notes) {
    this.stage = stage.name();
    this.unit = stage.unit();
    this.index = index;
    this.count = count;
    this.listener = listener;
    this.cancellation = cancellation;
    this.faults = faults;
    this.notes = notes;
  }

  public String stage() {
    return stage;
  }

  @Override
  public void reached(int done, int total) {
    if (cancellation.isCancelled()) {
      throw new Cancelled();
    }
    if (total >= 0) {
      listener.progress(new Progress(stage, unit, index, count, done, total));
    }
  }

  @Override
  public void report(Fault fault) {
    faults.add(new StageFault(stage, fault));
  }

  @Override
  public void note(String unit, String message) {
    notes.add(new StageNote(stage, unit, message));
  }
}

package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Holds tasks until the test finishes them, one by one and in any order: a stand-in for slow background
 * work, to test what happens while it runs and when a result arrives late.
 */
final class HeldTasks implements TaskRunner {

  private final List<Runnable> held = new ArrayList<>();

  @Override
  public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
    held.add(
        () -> {
          T result;
          try {
            result = work.get();
          } catch (RuntimeException e) {
            onError.accept(e);
            return;
          }
          onDone.accept(result);
        });
  }

  int waiting() {
    return held.size();
  }

  /** Runs the task started {@code index}-th among those still held, and delivers its result. */
  void finish(int index) {
    held.remove(index).run();
  }
}

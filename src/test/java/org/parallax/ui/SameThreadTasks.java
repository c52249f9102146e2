package org.parallax.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs work at once on the calling thread, so tests see results without waiting. */
final class SameThreadTasks implements TaskRunner {
  @Override
  public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      onError.accept(e);
      return;
    }
    onDone.accept(result);
  }
}

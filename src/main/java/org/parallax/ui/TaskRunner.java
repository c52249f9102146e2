package org.parallax.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs long work off the JavaFX thread and hands the result back on it. Tests replace it with a
 * same-thread runner.
 */
public interface TaskRunner {

  /** Runs {@code work} in the background, then {@code onDone} or {@code onError} on the UI thread. */
  <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError);
}

package org.parallax.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The app's {@link TaskRunner}: daemon worker threads, results delivered with runLater. A new task
 * never waits for an abandoned one (a cancelled analysis still runs to its end), so the pool grows as
 * needed and idle threads go away after a minute.
 */
public final class BackgroundTasks implements TaskRunner {

  private final AtomicInteger count = new AtomicInteger();
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "parallax-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            // Below the JavaFX thread, so that a long analysis on two cores leaves the window smooth.
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
          });

  @Override
  public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
    executor.execute(
        () -> {
          try {
            T result = work.get();
            Platform.runLater(() -> onDone.accept(result));
          } catch (RuntimeException | Error e) {
            Platform.runLater(() -> onError.accept(e));
          }
        });
  }
}

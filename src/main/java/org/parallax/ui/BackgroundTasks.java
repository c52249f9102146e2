package org.parallax.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The app's {@link TaskRunner}: daemon worker threads, results delivered with runLater. A new task
 * never waits for an abandoned one (a cancelled analysis still runs to its end), so the pool grows as
 * needed and idle threads go away after a minute.
 *
 * <p>Work called for from the JavaFX thread starts only once the window has drawn what the caller
 * changed just before (the progress bar, the Cancel button), or after a quarter of a second at most: on
 * two cores, a CPU-heavy start (class loading, the language model) competing with that frame kept the
 * window from answering for 150 ms (measured under Xvfb), while the frame alone takes a few
 * milliseconds.
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
    CountDownLatch drawn = new CountDownLatch(Platform.isFxApplicationThread() ? 1 : 0);
    if (drawn.getCount() > 0) {
      Frames.afterNextFrame(drawn::countDown);
    }
    executor.execute(
        () -> {
          try {
            drawn.await(250, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          try {
            T result = work.get();
            Platform.runLater(() -> onDone.accept(result));
          } catch (RuntimeException | Error e) {
            Platform.runLater(() -> onError.accept(e));
          }
        });
  }
}

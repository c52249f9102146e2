package org.parallax.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The app's {@link TaskRunner}: one daemon worker thread, results delivered with runLater. */
public final class BackgroundTasks implements TaskRunner {

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "parallax-analysis");
            t.setDaemon(true);
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

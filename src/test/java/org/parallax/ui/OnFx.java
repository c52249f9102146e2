package org.parallax.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Reads scene-graph state on the JavaFX thread: reading layout from the test thread corrupts it. */
final class OnFx {

  private OnFx() {}

  static <T> T call(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs checks on the JavaFX thread and rethrows their failures on the test thread. */
  static void check(Runnable checks) {
    call(() -> {
      checks.run();
      return null;
    });
  }

  /** Waits (up to 20 s) until {@code condition}, evaluated on the JavaFX thread, holds. */
  static void waitUntil(Callable<Boolean> condition) throws java.util.concurrent.TimeoutException {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> call(condition));
    WaitForAsyncUtils.waitForFxEvents();
  }
}

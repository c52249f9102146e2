package org.parallax.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread is kept from handling events: a background thread posts a small
 * task every few milliseconds and records how late it runs. The longest delay is the longest time the
 * window could not respond (the longest task or pulse on the JavaFX thread), to within the sampling
 * period. Each delay is also measured in the JavaFX thread's own processor time over it ("busy"): on a
 * machine whose cores other work keeps busy, a delay is mostly waiting for a core, and the busy time is
 * what the window itself did.
 */
final class FxStallMeter {

  private static final long PERIOD_NANOS = 5_000_000;
  private static final long REPORT_NANOS = 60_000_000;

  private final AtomicLong longest = new AtomicLong();
  private final AtomicLong busiest = new AtomicLong();
  private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
  /** The JavaFX thread's id, once a task has run on it. */
  private volatile long fxThread = -1;
  private final AtomicBoolean running = new AtomicBoolean(true);

  /** Starts measuring at once. */
  FxStallMeter() {
    Thread t =
        new Thread(
            () -> {
              AtomicBoolean pending = new AtomicBoolean(false);
              while (running.get()) {
                if (pending.compareAndSet(false, true)) {
                  long posted = System.nanoTime();
                  long fx = fxThread;
                  long cpuBefore = fx < 0 ? -1 : threads.getThreadCpuTime(fx);
                  Platform.runLater(
                      () -> {
                        long late = System.nanoTime() - posted;
                        if (fxThread < 0) {
                          fxThread = Thread.currentThread().getId();
                        }
                        long busy = cpuBefore < 0 ? 0 : Math.max(0, threads.getCurrentThreadCpuTime() - cpuBefore);
                        longest.accumulateAndGet(late, Math::max);
                        busiest.accumulateAndGet(busy, Math::max);
                        if (late > REPORT_NANOS) {
                          System.err.printf(
                              "parallax.measure: JavaFX thread stalled %.1f ms, busy %.1f ms of it (ending at %d ms JVM uptime)%n",
                              late / 1e6, busy / 1e6, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                        }
                        pending.set(false);
                      });
                }
                try {
                  Thread.sleep(PERIOD_NANOS / 1_000_000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "parallax-stall-meter");
    t.setDaemon(true);
    t.start();
  }

  /** The longest delay since the start or the last {@link #reset}, in milliseconds. */
  double longestMillis() {
    return longest.get() / 1e6;
  }

  /**
   * The most processor time the JavaFX thread spent within one delay since the start or the last {@link
   * #reset}, in milliseconds.
   */
  double busiestMillis() {
    return busiest.get() / 1e6;
  }

  /** Returns the longest delay so far and starts a new measurement (of both figures). */
  double reset() {
    busiest.set(0);
    return longest.getAndSet(0) / 1e6;
  }

  void stop() {
    running.set(false);
  }
}

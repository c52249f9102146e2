package org.parallax.work;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Work on every core: waiting for the threads a unit of work started, so that none outlives it, and
 * running one piece of work per article in parallel with its results kept in order.
 */
public final class Threads {

  private Threads() {}

  /**
   * Waits until every thread has ended, even when the caller is interrupted meanwhile: an interrupt is
   * kept and restored once all have ended (restoring it earlier would make each later join return at
   * once and spin). Threads that never started or have ended pass at once.
   */
  public static void awaitAll(Iterable<? extends Thread> threads) {
    boolean interrupted = false;
    for (Thread t : threads) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * {@code work} for each of {@code 0} to {@code n - 1} on every core, the results (null allowed) in that
   * order: the caller's results do not depend on which core ran what. {@code checkpoint} hears 0 of
   * {@code n} first, then each time one more is done, from the thread that did it.
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> eachInOrder(int n, Checkpoint checkpoint, IntFunction<T> work) {
    Object[] out = new Object[n];
    AtomicInteger done = new AtomicInteger();
    checkpoint.reached(0, n);
    IntStream.range(0, n).parallel().forEach(i -> {
      out[i] = work.apply(i);
      checkpoint.reached(done.incrementAndGet(), n);
    });
    return (List<T>) Arrays.asList(out);
  }
}

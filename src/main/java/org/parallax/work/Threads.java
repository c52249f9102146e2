package org.parallax.work;

/** Waiting for the threads a unit of work started, so that none outlives it. */
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
}

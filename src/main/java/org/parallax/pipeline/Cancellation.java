package org.parallax.pipeline;

/**
 * Asks a running analysis to stop. The pipeline checks it between units of work, so a cancelled run
 * ends within about one unit (a sentence or an article) with {@link org.parallax.work.Cancelled}.
 */
public final class Cancellation {

  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}

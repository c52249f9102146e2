package org.parallax.pipeline;

/**
 * Asks a running analysis to stop. The pipeline checks it between units of work, so a cancelled run
 * ends within about one unit (a sentence or an article) with {@link org.parallax.work.Cancelled}.
 */
public final class Cancellation {

  private volatile boolean cancelled;
  /** Cancelling that one cancels this one too, or {@code null}. */
  private final Cancellation parent;

  public Cancellation() {
    this(null);
  }

  /** A cancellation that is also cancelled when {@code parent} is (one run's own stop, under the caller's). */
  Cancellation(Cancellation parent) {
    this.parent = parent;
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled || (parent != null && parent.isCancelled());
  }
}

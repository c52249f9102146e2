package org.parallax.work;

/** Thrown at a {@link Checkpoint} once the run was cancelled; unwinds the whole run, never contained. */
public final class Cancelled extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Cancelled() {
    super("cancelled", null, false, false);
  }
}

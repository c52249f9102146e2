package org.parallax.work;

/**
 * A point between units of work in a long loop: reports how far the loop is and throws {@link
 * Cancelled} once the run was cancelled. Thread-safe; cheap enough to call once per sentence.
 */
public interface Checkpoint {

  /** For callers that neither report progress nor cancel. */
  Checkpoint NONE = (done, total) -> {};

  /**
   * {@code done} of {@code total} units of the current step are finished.
   *
   * @throws Cancelled if the run was cancelled
   */
  void reached(int done, int total);

  /** Throws {@link Cancelled} if the run was cancelled; reports nothing. */
  default void check() {
    reached(-1, -1);
  }
}

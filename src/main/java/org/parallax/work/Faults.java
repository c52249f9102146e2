package org.parallax.work;

import java.util.function.Supplier;

/**
 * Where engine code reports a contained {@link Fault}. Implementations are thread-safe: articles are
 * processed in parallel.
 */
@FunctionalInterface
public interface Faults {

  /** A sink that drops everything; for callers that do not report (tests of one class). */
  Faults IGNORE = fault -> {};

  void report(Fault fault);

  /**
   * Tells the analyst that a unit was analysed in a simpler way than usual because of a limit, not an
   * error ("a very long article: most sentences compared by their words only"). Dropped by default.
   *
   * @param unit the article's source, or {@code null} for the whole corpus
   */
  default void note(String unit, String message) {}

  /**
   * Runs {@code work} for one unit; if it fails with an unexpected exception, a stack overflow, a class
   * that failed to initialise or a broken assertion, the failure is reported as a fault for {@code
   * unit} and {@code fallback} is returned instead. {@link Cancelled} is never contained: cancelling
   * stops the whole run; neither is running out of memory.
   */
  default <T> T contain(String unit, String leftOut, Supplier<T> work, Supplier<T> fallback) {
    try {
      return work.get();
    } catch (Cancelled c) {
      throw c;
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      report(new Fault(unit, leftOut, e));
      return fallback.get();
    }
  }
}

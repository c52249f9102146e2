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
   * Runs {@code work} for one unit; if it fails with an unexpected exception (or a stack overflow), the
   * failure is reported as a fault for {@code unit} and {@code fallback} is returned instead. {@link
   * Cancelled} is never contained: cancelling stops the whole run.
   */
  default <T> T contain(String unit, String leftOut, Supplier<T> work, Supplier<T> fallback) {
    try {
      return work.get();
    } catch (Cancelled c) {
      throw c;
    } catch (RuntimeException | StackOverflowError e) {
      report(new Fault(unit, leftOut, e));
      return fallback.get();
    }
  }
}

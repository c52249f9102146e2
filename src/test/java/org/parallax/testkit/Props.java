package org.parallax.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property runner for JUnit tests: checks a property on many generated samples and, when one
 * fails, shrinks it to a small failing sample and reports that sample (as a Java string literal to
 * paste into a unit test) with the seed that reproduces the run.
 *
 * <p>Runs are deterministic: the same seed gives the same samples. System properties (Maven passes
 * {@code -D} options on to the tests):
 *
 * <ul>
 *   <li>{@code parallax.props.tries}: samples per property (default: what the test asks for, 200 for
 *       most, so that CI stays fast);
 *   <li>{@code parallax.props.seed}: a number to replay a reported run, or {@code random} to explore
 *       new samples (default: a fixed seed per property).
 * </ul>
 */
public final class Props {

  private static final int MAX_SHRINK_STEPS = 3000;
  /** Shrinking stops after this long, with the smallest failing sample found by then. */
  private static final long MAX_SHRINK_NANOS = 20_000_000_000L;

  private Props() {}

  /** Checks {@code property} on {@code tries} samples of {@code generator}. */
  public static void forAll(
      String name, int tries, Function<SplittableRandom, NewsText.Sample> generator, Consumer<String> property) {
    int n = Integer.getInteger("parallax.props.tries", tries);
    long seed = seed(name);
    SplittableRandom root = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      NewsText.Sample sample = generator.apply(root.split());
      Throwable failure = failure(property, sample.text());
      if (failure != null) {
        Shrunk shrunk = shrink(sample, failure, property);
        AssertionError e =
            new AssertionError(
                name + " fails (seed " + seed + ", sample " + (i + 1) + " of " + n + ", replay with -Dparallax.props.seed="
                    + seed + "); smallest failing text found (" + shrunk.steps + " shrink steps, from "
                    + sample.text().length() + " to " + shrunk.sample.text().length() + " chars):\n"
                    + javaLiteral(shrunk.sample.text()) + "\nfailure: " + shrunk.failure,
                shrunk.failure);
        throw e;
      }
    }
  }

  private static long seed(String name) {
    String s = System.getProperty("parallax.props.seed");
    if (s == null || s.isBlank()) {
      return name.hashCode() * 0x9E3779B97F4A7C15L;
    }
    if (s.equals("random")) {
      return new SplittableRandom().nextLong();
    }
    return Long.parseLong(s.strip());
  }

  private static Throwable failure(Consumer<String> property, String text) {
    try {
      property.accept(text);
      return null;
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (VirtualMachineError) t;
      }
      return t;
    }
  }

  private record Shrunk(NewsText.Sample sample, Throwable failure, int steps) {}

  /**
   * Drops runs of parts, then single parts, then shortens parts (halves, then single characters), as
   * long as the property still fails the same way (the same exception class).
   */
  private static Shrunk shrink(NewsText.Sample sample, Throwable failure, Consumer<String> property) {
    Class<?> kind = failure.getClass();
    // Finer parts first: a part split after each space, so that words drop one by one.
    List<String> parts = new ArrayList<>();
    for (String part : sample.parts()) {
      for (String piece : part.split("(?<=\\s)")) {
        if (!piece.isEmpty()) {
          parts.add(piece);
        }
      }
    }
    Throwable last = failure;
    int steps = 0;
    long deadline = System.nanoTime() + MAX_SHRINK_NANOS;
    boolean progress = true;
    while (progress && steps < MAX_SHRINK_STEPS) {
      progress = false;
      for (int chunk = Math.max(1, parts.size() / 2); chunk >= 1 && steps < MAX_SHRINK_STEPS; chunk /= 2) {
        for (int at = 0; at + chunk <= parts.size() && steps < MAX_SHRINK_STEPS; ) {
          List<String> fewer = new ArrayList<>(parts.subList(0, at));
          fewer.addAll(parts.subList(at + chunk, parts.size()));
          steps += System.nanoTime() > deadline ? MAX_SHRINK_STEPS : 1;
          Throwable t = failure(property, String.join("", fewer));
          if (t != null && t.getClass() == kind) {
            parts = fewer;
            last = t;
            progress = true;
          } else {
            at++;
          }
        }
      }
      for (int p = 0; p < parts.size() && steps < MAX_SHRINK_STEPS; p++) {
        String part = parts.get(p);
        for (String shorter : shorter(part)) {
          if (steps >= MAX_SHRINK_STEPS) {
            break;
          }
          List<String> tried = new ArrayList<>(parts);
          tried.set(p, shorter);
          steps += System.nanoTime() > deadline ? MAX_SHRINK_STEPS : 1;
          Throwable t = failure(property, String.join("", tried));
          if (t != null && t.getClass() == kind) {
            parts = tried;
            last = t;
            progress = true;
            part = shorter;
            break;
          }
        }
      }
    }
    return new Shrunk(new NewsText.Sample(parts), last, steps);
  }

  /** Shorter versions of a part: its halves, then (for short parts) without one code point each. */
  private static List<String> shorter(String s) {
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    if (s.length() > 8) {
      int mid = s.length() / 2;
      if (Character.isLowSurrogate(s.charAt(mid))) {
        mid++;
      }
      out.add(s.substring(0, mid));
      out.add(s.substring(mid));
    }
    if (s.length() <= 200) {
      for (int i = 0; i < s.length(); ) {
        int next = i + Character.charCount(s.codePointAt(i));
        out.add(s.substring(0, i) + s.substring(next));
        i = next;
      }
    }
    return out;
  }

  /** {@code s} as a Java string literal, non-ASCII and control characters escaped. */
  public static String javaLiteral(String s) {
    Objects.requireNonNull(s);
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}

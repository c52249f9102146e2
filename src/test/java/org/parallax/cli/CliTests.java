package org.parallax.cli;

import java.util.Arrays;
import java.util.List;

/** What the command-line tests share. */
final class CliTests {

  private CliTests() {}

  /**
   * {@code args} with {@code --no-cache} added when they name the repository's {@code seeds} folder: a
   * test never writes a cache into the sources (tests of the cache run on copies in temporary folders).
   */
  static String[] keepSeedsClean(String... args) {
    List<String> all = Arrays.asList(args);
    if (!all.contains("seeds") || all.contains("--no-cache") || all.contains("--help") || all.contains("--version")) {
      return args;
    }
    String[] out = Arrays.copyOf(args, args.length + 1);
    out[args.length] = "--no-cache";
    return out;
  }
}

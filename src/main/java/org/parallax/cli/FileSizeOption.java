package org.parallax.cli;

import java.time.Clock;
import org.parallax.cache.FolderCache;
import org.parallax.pipeline.Analyzer;
import org.parallax.corpus.CorpusReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --max-file-size MB} and {@code --no-cache}, shared by the commands that read a corpus, and the
 * analyzer they ask for.
 */
final class FileSizeOption {

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      defaultValue = "20",
      description = "Skip article files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxFileMegabytes;

  @Option(
      names = "--no-cache",
      description =
          "Compute everything afresh: neither read nor write the cache of per-article results (FOLDER/"
              + FolderCache.CORPUS_FOLDER + ", or the user's cache folder when FOLDER cannot be written).")
  boolean noCache;

  /** Refuses a size of 0 or below as a wrong argument of {@code spec}'s command. */
  void check(CommandSpec spec) {
    if (!(maxFileMegabytes > 0) || Double.isInfinite(maxFileMegabytes)) {
      throw new ParameterException(spec.commandLine(), "--max-file-size must be above 0");
    }
  }

  /** An analyzer whose reader skips files above the size, with each corpus's cache unless --no-cache. */
  Analyzer analyzer() {
    return analyzer(folder -> java.util.Map.of());
  }

  /** The analyzer, reading the article details the analyst set ({@code overrides}, by article id). */
  Analyzer analyzer(java.util.function.Function<java.nio.file.Path, java.util.Map<String, org.parallax.corpus.Metadata>> overrides) {
    CorpusReader reader = new CorpusReader((long) (maxFileMegabytes * 1024 * 1024)).withOverrides(overrides);
    Analyzer analyzer = new Analyzer(reader, Clock.systemUTC());
    return noCache ? analyzer : analyzer.withCorpusCache();
  }
}

package org.parallax.cli;

import java.time.Clock;
import org.parallax.pipeline.Analyzer;
import org.parallax.corpus.CorpusReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --max-file-size MB}, shared by the commands that read a corpus, and the analyzer it asks for. */
final class FileSizeOption {

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      defaultValue = "20",
      description = "Skip article files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxFileMegabytes;

  /** Refuses a size of 0 or below as a wrong argument of {@code spec}'s command. */
  void check(CommandSpec spec) {
    if (!(maxFileMegabytes > 0) || Double.isInfinite(maxFileMegabytes)) {
      throw new ParameterException(spec.commandLine(), "--max-file-size must be above 0");
    }
  }

  /** An analyzer whose reader skips files above the size. */
  Analyzer analyzer() {
    return new Analyzer(new CorpusReader((long) (maxFileMegabytes * 1024 * 1024)), Clock.systemUTC());
  }
}

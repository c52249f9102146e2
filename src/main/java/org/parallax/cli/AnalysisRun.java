package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parallax.analysis.Analysis;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import org.parallax.pipeline.Analyzer;
import org.parallax.pipeline.Cancellation;
import org.parallax.pipeline.DebugLog;
import org.parallax.pipeline.ProgressListener;
import picocli.CommandLine.Option;

/**
 * How the commands run an analysis: a progress bar on a terminal (never when standard error is not a
 * terminal, nor with {@code -q}), the problems on standard error one line each, and the causes of
 * contained faults in a debug log whose path the lines give. A picocli mixin for {@code --debug}.
 */
public final class AnalysisRun {

  @Option(
      names = "--debug",
      arity = "0..1",
      paramLabel = "FILE",
      fallbackValue = "",
      description =
          "Write how long each stage took and the full cause of every internal error to FILE (default: "
              + DebugLog.FILE_NAME + " in the temporary folder), for a bug report. Causes of internal errors"
              + " are written there even without this option.")
  String debug;

  /** The debug log this run writes to. */
  DebugLog log() {
    return debug == null || debug.isEmpty() ? DebugLog.inTemporaryFolder() : new DebugLog(Path.of(debug));
  }

  /**
   * Analyses {@code folder}: shows progress unless {@code quiet}, writes the debug log if faults were
   * contained (or always, with {@code --debug}), and prints every problem.
   */
  Analysis analyze(Analyzer analyzer, Path folder, boolean quiet, PrintWriter err) throws CorpusReader.FolderException {
    Analyzer.Result result;
    try (Bar bar = Bar.open(!quiet && System.console() != null, folder)) {
      result = analyzer.run(folder, bar, new Cancellation());
    }
    Path logged = null;
    if (debug != null || !result.faults().isEmpty()) {
      DebugLog log = log();
      try {
        log.write("analyse " + folder, result);
        logged = log.file();
      } catch (IOException e) {
        err.println("parallax: " + log.file() + ": cannot write the debug log (" + e.getMessage() + ")");
      }
    }
    for (Problem p : result.analysis().problems()) {
      String line = AnalyzeCommand.located(folder, p);
      if (logged != null && line.endsWith("(internal error)")) {
        line = line.substring(0, line.length() - 1) + ", see " + logged + ")";
      }
      err.println("parallax: " + line);
    }
    if (debug != null && logged != null) {
      err.println("parallax: debug log: " + logged);
    }
    return result.analysis();
  }

  /** The terminal's progress bar, or nothing. */
  private static final class Bar implements ProgressListener, AutoCloseable {
    private static final int STEPS = 1000;
    private final ProgressBar bar;

    private Bar(ProgressBar bar) {
      this.bar = bar;
    }

    static Bar open(boolean show, Path folder) {
      if (!show) {
        return new Bar(null);
      }
      ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName(String.valueOf(folder.getFileName() == null ? folder : folder.getFileName()))
              .setInitialMax(STEPS)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUpdateIntervalMillis(200)
              .hideEta()
              .build();
      return new Bar(bar);
    }

    @Override
    public void progress(org.parallax.pipeline.Progress p) {
      if (bar == null) {
        return;
      }
      synchronized (this) {
        long at = Math.round(p.fraction() * STEPS);
        if (at > bar.getCurrent()) {
          bar.stepTo(at);
        }
        bar.setExtraMessage(p.describe());
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}

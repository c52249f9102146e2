package org.parallax.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Metadata;
import org.parallax.pipeline.Analyzer;
import org.parallax.pipeline.Cancellation;
import org.parallax.pipeline.ProgressListener;

/** Produces the analysis of a corpus folder. The app's is the engine; tests substitute prepared ones. */
@FunctionalInterface
public interface AnalysisSource {

  /** Reads and analyses {@code folder}; slow, so never called on the JavaFX thread. */
  Analysis analyze(Path folder) throws CorpusReader.FolderException;

  /**
   * Reads and analyses {@code folder}, reporting progress and stopping when {@code cancellation} is
   * cancelled (with {@link org.parallax.work.Cancelled}). A prepared source reports nothing and has no
   * faults.
   */
  default Analyzer.Result run(Path folder, ProgressListener progress, Cancellation cancellation)
      throws CorpusReader.FolderException {
    return new Analyzer.Result(analyze(folder), List.of(), List.of());
  }

  /**
   * As {@link #run(Path, ProgressListener, Cancellation)}, reading the article details the analyst set
   * ({@code details}, by article id) over what the files say. A prepared source ignores them.
   */
  default Analyzer.Result run(Path folder, Map<String, Metadata> details, ProgressListener progress, Cancellation cancellation)
      throws CorpusReader.FolderException {
    return run(folder, progress, cancellation);
  }

  /**
   * The engine's pipeline, a fresh {@link Analyzer} per corpus (the models are shared), keeping each
   * corpus's per-article results in its cache so that re-opening it is quick.
   */
  static AnalysisSource engine() {
    return new AnalysisSource() {
      @Override
      public Analysis analyze(Path folder) throws CorpusReader.FolderException {
        return new Analyzer().withCorpusCache().analyze(folder);
      }

      @Override
      public Analyzer.Result run(Path folder, ProgressListener progress, Cancellation cancellation)
          throws CorpusReader.FolderException {
        return new Analyzer().withCorpusCache().run(folder, progress, cancellation);
      }

      @Override
      public Analyzer.Result run(Path folder, Map<String, Metadata> details, ProgressListener progress, Cancellation cancellation)
          throws CorpusReader.FolderException {
        return new Analyzer(new CorpusReader().withOverrides(f -> details), Clock.systemUTC()).withCorpusCache()
            .run(folder, progress, cancellation);
      }
    };
  }
}

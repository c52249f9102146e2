package org.parallax.ui;

import java.nio.file.Path;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;
import org.parallax.corpus.CorpusReader;

/** Produces the analysis of a corpus folder. The app's is the engine; tests substitute prepared ones. */
@FunctionalInterface
public interface AnalysisSource {

  /** Reads and analyses {@code folder}; slow, so never called on the JavaFX thread. */
  Analysis analyze(Path folder) throws CorpusReader.FolderException;

  /** The engine's pipeline, a fresh {@link Analyzer} per corpus (the embedding model is shared). */
  static AnalysisSource engine() {
    return folder -> new Analyzer().analyze(folder);
  }
}

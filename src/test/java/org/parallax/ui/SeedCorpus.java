package org.parallax.ui;

import java.nio.file.Path;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;
import org.parallax.corpus.CorpusReader;

/**
 * The seeds corpus, analysed once per test run by the real engine (it takes seconds: the embedding
 * model loads), and an {@link AnalysisSource} that hands out that analysis for {@code seeds} and runs the
 * engine for any other folder.
 */
final class SeedCorpus {

  static final Path FOLDER = Path.of("seeds");
  private static Analysis analysis;

  private SeedCorpus() {}

  static synchronized Analysis analysis() {
    if (analysis == null) {
      try {
        analysis = org.parallax.analysis.AnalysisInvariants.check(new Analyzer().analyze(FOLDER));
      } catch (CorpusReader.FolderException e) {
        throw new IllegalStateException(e);
      }
    }
    return analysis;
  }

  static AnalysisSource source() {
    return folder -> folder.equals(FOLDER) ? analysis() : org.parallax.analysis.AnalysisInvariants.check(new Analyzer().analyze(folder));
  }
}

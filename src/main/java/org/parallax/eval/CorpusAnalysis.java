package org.parallax.eval;

import org.parallax.analysis.Analysis;
import org.parallax.corpus.CorpusReader;

/**
 * How an evaluation has a corpus folder analysed: by the standard pipeline ({@code new
 * Analyzer()::analyze}), or by a front end's run of it that also reports progress and problems.
 */
@FunctionalInterface
public interface CorpusAnalysis {
  Analysis analyze(java.nio.file.Path folder) throws CorpusReader.FolderException;
}

package org.parallax.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.parallax.analysis.Analysis;
import org.parallax.corpus.CorpusReader;

/** Analyses one story's folder on an executor. */
@FunctionalInterface
public interface StoryAnalyzer extends Serializable {

  /**
   * The analysis of the corpus folder {@code folder} (written by {@link StoryFolder}).
   *
   * @throws CorpusReader.FolderException if the folder cannot be read
   */
  Analysis analyze(Path folder) throws CorpusReader.FolderException;

  /**
   * The engine as {@code parallax analyze --no-cache FOLDER} runs it: the standard reader and pipeline,
   * no cache (an executor's scratch folder is gone after the story; nothing is written beside the input).
   */
  static StoryAnalyzer engine() {
    return folder -> new org.parallax.pipeline.Analyzer().analyze(folder);
  }
}

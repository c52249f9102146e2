package org.parallax.analysis;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parallax.corpus.Corpus;
import org.parallax.corpus.CorpusReader;

/**
 * The analysis pipeline: reads a corpus folder and produces its {@link Analysis}. The command line, the
 * desktop app and the exports all go through this class.
 */
public final class Analyzer {

  private final CorpusReader reader;
  private final Clock clock;

  public Analyzer() {
    this(new CorpusReader(), Clock.systemUTC());
  }

  public Analyzer(CorpusReader reader, Clock clock) {
    this.reader = reader;
    this.clock = clock;
  }

  /** Reads and analyses the corpus in {@code folder}. */
  public Analysis analyze(Path folder) throws CorpusReader.FolderException {
    return analyze(reader.read(folder));
  }

  /** Analyses an already-read corpus. */
  public Analysis analyze(Corpus corpus) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    var info =
        new Analysis.CorpusInfo(
            corpus.name(), corpus.path().toString().replace('\\', '/'), now.toString(), Tool.nameAndVersion());
    return new Analysis(
        Analysis.SCHEMA,
        info,
        corpus.articles(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        corpus.problems());
  }
}

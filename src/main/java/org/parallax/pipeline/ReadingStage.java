package org.parallax.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;

/** Reads each listed file: decodes it, extracts a page's main text, splits a JSON or CSV file into records. */
final class ReadingStage extends BasicStage {

  private final CorpusReader reader;

  ReadingStage(CorpusReader reader) {
    super("reading", List.of(Slots.LISTING), List.of(Slots.SOURCES, Slots.READING_PROBLEMS));
    this.reader = reader;
  }

  @Override
  public String unit() {
    return "file";
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    CorpusReader.Listing listing = state.get(Slots.LISTING);
    List<CorpusReader.Source> sources = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Path> files = listing.files();
    for (int i = 0; i < files.size(); i++) {
      context.reached(i, files.size());
      Path file = files.get(i);
      List<Problem> own = new ArrayList<>();
      List<CorpusReader.Source> read =
          context.contain(listing.source(file), "file left out", () -> reader.readFile(listing, file, own), List::of);
      sources.addAll(read);
      problems.addAll(own);
    }
    context.reached(files.size(), files.size());
    state.put(Slots.SOURCES, sources);
    state.put(Slots.READING_PROBLEMS, problems);
  }
}

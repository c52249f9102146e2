package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;

/** Cleans each article of page junk and reads its metadata; an article with no text left is skipped. */
final class CleaningStage extends BasicStage {

  private final CorpusReader reader;

  CleaningStage(CorpusReader reader) {
    super("cleaning", List.of(Slots.SOURCES), List.of(Slots.CLEANED, Slots.CLEANING_PROBLEMS));
    this.reader = reader;
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    List<CorpusReader.Source> sources = state.get(Slots.SOURCES);
    List<CorpusReader.Cleaned> cleaned = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      context.reached(i, sources.size());
      CorpusReader.Source s = sources.get(i);
      CorpusReader.Cleaned c =
          context.contain(s.source(), "article left out", () -> {
            try {
              return reader.clean(s);
            } catch (CorpusReader.Skip e) {
              problems.add(Problem.skipped(s.source(), e.getMessage()));
              return null;
            }
          }, () -> null);
      if (c != null) {
        cleaned.add(c);
      }
    }
    context.reached(sources.size(), sources.size());
    state.put(Slots.CLEANED, cleaned);
    state.put(Slots.CLEANING_PROBLEMS, problems);
  }
}

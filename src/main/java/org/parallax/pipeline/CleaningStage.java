package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import org.parallax.work.Threads;

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
    int n = sources.size();
    // Articles on every core (the reader cleans each on its own), then kept in their order.
    Problem[] skipped = new Problem[n];
    List<CorpusReader.Cleaned> cleaned = Threads.eachInOrder(n, context, i -> {
      CorpusReader.Source s = sources.get(i);
      return context.contain(s.source(), "article left out", () -> {
        try {
          return reader.clean(s);
        } catch (CorpusReader.Skip e) {
          skipped[i] = Problem.skipped(s.source(), e.getMessage());
          return null;
        }
      }, () -> null);
    });
    List<CorpusReader.Cleaned> kept = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (skipped[i] != null) {
        problems.add(skipped[i]);
      }
      if (cleaned.get(i) != null) {
        kept.add(cleaned.get(i));
      }
    }
    context.reached(n, n);
    state.put(Slots.CLEANED, kept);
    state.put(Slots.CLEANING_PROBLEMS, problems);
  }
}

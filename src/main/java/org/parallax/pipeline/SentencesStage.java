package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.parallax.corpus.Article;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextRange;

/**
 * Splits each article into sentences (articles in parallel) and makes the corpus. If splitting fails for
 * an article, its paragraphs serve as its sentences.
 */
final class SentencesStage extends BasicStage {

  private final CorpusReader reader;

  SentencesStage(CorpusReader reader) {
    super(
        "sentences",
        List.of(Slots.LISTING, Slots.CLEANED, Slots.READING_PROBLEMS, Slots.CLEANING_PROBLEMS),
        List.of(Slots.CORPUS));
    this.reader = reader;
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    List<CorpusReader.Cleaned> cleaned = state.get(Slots.CLEANED);
    Article[] articles = new Article[cleaned.size()];
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, cleaned.size()).parallel().forEach(i -> {
      context.check();
      CorpusReader.Cleaned c = cleaned.get(i);
      articles[i] =
          context.contain(
              c.source().source(),
              "sentences not split (its paragraphs are its sentences)",
              () -> CorpusReader.split(c),
              () -> CorpusReader.article(c, paragraphs(c.text())));
      context.reached(done.incrementAndGet(), cleaned.size());
    });
    List<Problem> problems = new ArrayList<>(state.get(Slots.LISTING).problems());
    problems.addAll(state.get(Slots.READING_PROBLEMS));
    problems.addAll(state.get(Slots.CLEANING_PROBLEMS));
    state.put(Slots.CORPUS, reader.finish(state.get(Slots.LISTING), List.of(articles), problems));
  }

  /** The non-blank paragraphs of {@code text} (blank-line separated), trimmed. */
  static List<TextRange> paragraphs(String text) {
    List<TextRange> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = text.indexOf("\n\n", i);
      if (end < 0) {
        end = n;
      }
      TextRange p = SentenceSplitter.trimmed(text, i, end);
      if (p.end() > p.start()) {
        out.add(p);
      }
      i = end + 2;
    }
    return out;
  }
}

package org.parallax.analysis;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.parallax.align.AlignedFact;
import org.parallax.align.EmbeddingFactAligner;
import org.parallax.align.FactAligner;
import org.parallax.align.FactAlignment;
import org.parallax.align.SentenceRef;
import org.parallax.corpus.Article;
import org.parallax.corpus.Corpus;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;

/**
 * The analysis pipeline: reads a corpus folder and produces its {@link Analysis}. The command line, the
 * desktop app and the exports all go through this class.
 */
public final class Analyzer {

  private final CorpusReader reader;
  private final FactAligner facts;
  private final Clock clock;

  public Analyzer() {
    this(new CorpusReader(), new EmbeddingFactAligner(), Clock.systemUTC());
  }

  /** The standard pipeline with its own reader (e.g. another file-size limit). */
  public Analyzer(CorpusReader reader, Clock clock) {
    this(reader, new EmbeddingFactAligner(), clock);
  }

  public Analyzer(CorpusReader reader, FactAligner facts, Clock clock) {
    this.reader = reader;
    this.facts = facts;
    this.clock = clock;
  }

  /** Reads and analyses the corpus in {@code folder}. */
  public Analysis analyze(Path folder) throws CorpusReader.FolderException {
    facts.prepare();
    return analyze(reader.read(folder));
  }

  /** Analyses an already-read corpus. */
  public Analysis analyze(Corpus corpus) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    var info =
        new Analysis.CorpusInfo(
            corpus.name(), corpus.path().toString().replace('\\', '/'), now.toString(), Tool.nameAndVersion());
    List<Article> articles = corpus.articles();
    List<Problem> problems = new ArrayList<>(corpus.problems());
    if (articles.size() == 1) {
      problems.add(Problem.warning(corpus.path().toString(), "only one article: nothing to align across outlets"));
    }
    FactAlignment alignment = facts.align(articles);
    return new Analysis(
        Analysis.SCHEMA,
        info,
        articles,
        List.of(),
        factGroups(articles, alignment),
        List.of(),
        List.of(),
        List.of(),
        alignment.unique().stream().map(r -> span(articles, r)).toList(),
        problems);
  }

  private static List<FactGroup> factGroups(List<Article> articles, FactAlignment alignment) {
    List<FactGroup> groups = new ArrayList<>();
    for (AlignedFact f : alignment.facts()) {
      List<Span> members = f.members().stream().map(r -> span(articles, r)).toList();
      List<String> missing = new ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        int index = a;
        if (f.members().stream().noneMatch(r -> r.article() == index)) {
          missing.add(articles.get(a).id());
        }
      }
      groups.add(new FactGroup("f" + (groups.size() + 1), f.similarity(), f.nearVerbatim(), members, missing));
    }
    return groups;
  }

  private static Span span(List<Article> articles, SentenceRef ref) {
    Article a = articles.get(ref.article());
    return Span.of(a, a.sentences().get(ref.sentence()));
  }
}

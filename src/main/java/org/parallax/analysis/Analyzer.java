package org.parallax.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.parallax.align.AlignedFact;
import org.parallax.align.EmbeddingFactAligner;
import org.parallax.align.FactAligner;
import org.parallax.align.FactAlignment;
import org.parallax.align.SentenceRef;
import org.parallax.corpus.Article;
import org.parallax.corpus.Corpus;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.CorpusSettings;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.framing.FramingLexicon;
import org.parallax.quotes.Quotation;
import org.parallax.corpus.Problem;
import org.parallax.quotes.QuotationExtractor;
import org.parallax.quotes.QuoteAligner;
import org.parallax.quotes.QuoteOccurrence;
import org.parallax.quotes.WordChange;
import org.parallax.text.TextRange;

/**
 * The analysis pipeline: reads a corpus folder and produces its {@link Analysis}. The command line, the
 * desktop app and the exports all go through this class.
 *
 * <p>Order: quotations ({@code org.parallax.quotes}) and facts ({@code org.parallax.align}), then the
 * framing analysis ({@code org.parallax.framing}), which uses both as evidence and ranks every
 * divergence, the quotation alterations included.
 */
public final class Analyzer {

  private final CorpusReader reader;
  private final FactAligner facts;
  private final Clock clock;
  private final FramingLexicon lexicon = FramingLexicon.bundled();

  /** Runs the framing analysis's reading beside the alignment; daemon threads, made on demand. */
  private static final Executor FRAMING_READER =
      command -> {
        Thread t = new Thread(command, "parallax-framing-reader");
        t.setDaemon(true);
        t.start();
      };

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
    FramingAnalyzer.prepare();
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
    List<Quotation> quotations = new QuotationExtractor().extractAll(articles);
    List<org.parallax.quotes.QuoteGroup> quoteGroups = new QuoteAligner().group(quotations);
    FramingAnalyzer framing = new FramingAnalyzer(lexicon(corpus));
    // Reading for the framing analysis (tagging, noun phrases) needs no facts: it overlaps the alignment.
    CompletableFuture<FramingAnalyzer.Reading> reading =
        CompletableFuture.supplyAsync(() -> framing.read(articles, quotations), FRAMING_READER);
    FactAlignment alignment = facts.align(articles);
    List<Span> unique =
        alignment.unique().stream()
            .map(r -> span(articles, r))
            .filter(u -> !carriesSharedQuote(u, quoteGroups))
            .toList();
    List<FactGroup> factGroups = factGroups(articles, alignment);
    FramingAnalyzer.Result framed =
        framing.analyze(
            reading.join(),
            quoteGroups,
            alignment.facts(),
            factGroups.stream().map(FactGroup::id).toList(),
            quoteAlterations(articles, quoteGroups));
    return new Analysis(
        Analysis.SCHEMA,
        info,
        articles,
        quoteGroups.stream().map(Analyzer::quoteGroup).toList(),
        factGroups,
        framed.referents(),
        framed.divergences(),
        framed.hedges().stream().map(Hedge::span).toList(),
        unique,
        problems,
        framed.hedges(),
        framed.outlets(),
        framed.proposedTerms());
  }

  /**
   * The framing lexicons for this corpus: the bundled ones extended by the corpus's {@code
   * parallax.json} (whose problems the reader has already reported).
   */
  private FramingLexicon lexicon(Corpus corpus) {
    Path folder = corpus.path();
    if (folder == null || !Files.isDirectory(folder)) {
      return lexicon;
    }
    return lexicon.extend(CorpusSettings.read(folder).lexicon());
  }

  private static QuoteGroup quoteGroup(org.parallax.quotes.QuoteGroup g) {
    List<QuoteGroup.Occurrence> occurrences = new ArrayList<>();
    for (QuoteOccurrence o : g.occurrences()) {
      var q = o.quotation();
      occurrences.add(
          new QuoteGroup.Occurrence(
              q.articleId(), q.span().start(), q.span().end(), q.text(), q.speaker(), QuoteGroup.Match.valueOf(o.match().jsonName())));
    }
    return new QuoteGroup(g.id(), g.speaker(), occurrences);
  }

  /** One {@code quote-alteration} divergence per word-level change of an altered occurrence. */
  private static List<Divergence> quoteAlterations(List<Article> articles, List<org.parallax.quotes.QuoteGroup> groups) {
    List<Divergence> out = new ArrayList<>();
    for (var g : groups) {
      var reference = g.referenceOccurrence().quotation();
      String referenceName = outlet(articles, reference.articleId());
      for (WordChange c : g.changes()) {
        List<Span> sides = new ArrayList<>();
        if (c.referenceSpan() != null) {
          sides.add(span(articles, reference.articleId(), c.referenceSpan()));
        }
        if (c.variantSpan() != null) {
          sides.add(span(articles, c.articleId(), c.variantSpan()));
        }
        String variantName = outlet(articles, c.articleId());
        String who = g.speaker() == null ? "the quotation" : g.speaker() + "'s quotation";
        String note =
            switch (c.kind()) {
              case INSERT -> variantName + " adds '" + c.variant() + "' to " + who + " as " + referenceName + " renders it";
              case DELETE -> variantName + " leaves out '" + c.reference() + "' from " + who + " as " + referenceName + " renders it";
              case REPLACE -> "In " + who + ", " + referenceName + " has '" + c.reference() + "' where " + variantName + " has '" + c.variant() + "'";
            };
        out.add(new Divergence("d" + (out.size() + 1), "quote-alteration", g.id(), sides, note));
      }
    }
    return out;
  }

  private static boolean carriesSharedQuote(Span sentence, List<org.parallax.quotes.QuoteGroup> groups) {
    for (var g : groups) {
      if (!g.isShared()) {
        continue;
      }
      for (QuoteOccurrence o : g.occurrences()) {
        var q = o.quotation();
        if (q.articleId().equals(sentence.article()) && q.span().start() < sentence.end() && q.span().end() > sentence.start()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String outlet(List<Article> articles, String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().map(Highlights::name).orElse(id);
  }

  private static Span span(List<Article> articles, String id, TextRange range) {
    Article a = articles.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return Span.of(a, range);
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

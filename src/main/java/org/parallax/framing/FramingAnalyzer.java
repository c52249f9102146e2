package org.parallax.framing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.parallax.align.AlignedFact;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.ProposedTerm;
import org.parallax.analysis.Referent;
import org.parallax.corpus.Article;
import org.parallax.framing.Tagger.Tok;
import org.parallax.quotes.Quotation;
import org.parallax.quotes.QuoteGroup;
import org.parallax.text.TextRange;

/**
 * The framing analysis of a corpus: referents and their labels, loaded wording, hedges, divergences,
 * proposed framing terms and outlet profiles. Runs after the alignment engine, whose facts and
 * quotations it uses as evidence.
 *
 * <pre>{@code
 * FramingAnalyzer framing = new FramingAnalyzer(FramingLexicon.bundled().extend(settings.lexicon()));
 * FramingAnalyzer.Reading reading = framing.read(articles, quotations); // may overlap the alignment
 * FramingAnalyzer.Result r =
 *     framing.analyze(reading, quoteGroups, alignment.facts(), factIds, quoteAlterations);
 * }</pre>
 *
 * <p>Pipeline: {@link Tagger} (OpenNLP tokens and parts of speech, articles in parallel) → {@link
 * MentionFinder} (noun phrases) → {@link ReferentResolver} (referents) → {@link HedgeFinder} →
 * {@link TermDiscovery} → {@link DivergenceFinder} (label, hedge, wording, omission, with the
 * quotation alterations, ranked) → {@link OutletProfiles}.
 *
 * <p>Invariants of the result: every span indexes its article's cleaned text; referent ids are
 * {@code r1..} (most widely mentioned first), divergence ids {@code d1..} in rank order. Instances
 * are immutable; {@link #analyze} may run on several corpora at once.
 */
public final class FramingAnalyzer {

  /** What the framing analysis adds to an analysis. */
  public record Result(
      List<Referent> referents,
      List<Hedge> hedges,
      List<Divergence> divergences,
      List<OutletProfile> outlets,
      List<ProposedTerm> proposedTerms) {
    public Result {
      referents = List.copyOf(referents);
      hedges = List.copyOf(hedges);
      divergences = List.copyOf(divergences);
      outlets = List.copyOf(outlets);
      proposedTerms = List.copyOf(proposedTerms);
    }
  }

  private final FramingLexicon lexicon;

  public FramingAnalyzer() {
    this(FramingLexicon.bundled());
  }

  public FramingAnalyzer(FramingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Starts loading the language models on a background thread. */
  public static void prepare() {
    Thread t = new Thread(Tagger::prepare, "parallax-framing-models");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Analyses {@code articles}.
   *
   * @param quotations every quotation, speakers unified ({@code QuotationExtractor.extractAll})
   * @param quoteGroups the quotations grouped ({@code QuoteAligner.group})
   * @param facts the aligned facts; {@code factIds.get(i)} is the id of {@code facts.get(i)}
   * @param quoteAlterations the {@code quote-alteration} divergences, ranked with the others
   */
  public Result analyze(
      List<Article> articles,
      List<Quotation> quotations,
      List<QuoteGroup> quoteGroups,
      List<AlignedFact> facts,
      List<String> factIds,
      List<Divergence> quoteAlterations) {
    return analyze(read(articles, quotations), quoteGroups, facts, factIds, quoteAlterations);
  }

  /**
   * The articles read for the framing analysis (tokens, parts of speech, noun phrases): the part that
   * needs neither facts nor quotation groups, so that the pipeline can run it while facts are aligned.
   */
  public static final class Reading {
    private final Parsed corpus;
    private final List<Quotation> quotations;

    private Reading(Parsed corpus, List<Quotation> quotations) {
      this.corpus = corpus;
      this.quotations = List.copyOf(quotations);
    }
  }

  /** Reads {@code articles} (see {@link Reading}); thread-safe. */
  public Reading read(List<Article> articles, List<Quotation> quotations) {
    return new Reading(parse(articles, quotations), quotations);
  }

  /** Analyses what {@link #read} read, with the alignment's evidence. */
  public Result analyze(
      Reading reading,
      List<QuoteGroup> quoteGroups,
      List<AlignedFact> facts,
      List<String> factIds,
      List<Divergence> quoteAlterations) {
    Parsed corpus = reading.corpus;
    List<Quotation> quotations = reading.quotations;
    List<Article> articles = corpus.articles();
    Map<String, String> speakerNames = new HashMap<>();
    for (Quotation q : quotations) {
      if (q.speaker() != null) {
        speakerNames.put(ReferentResolver.clean(q.speaker()), q.speaker());
      }
    }
    ReferentResolver resolver = new ReferentResolver(lexicon, corpus);
    List<ReferentResolver.Cluster> clusters = resolver.resolve(quotations, quoteGroups, facts, speakerNames);
    clusters = order(clusters);
    HedgeFinder hedgeFinder = new HedgeFinder(lexicon);
    List<HedgeFinder.Cue> cues = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      cues.addAll(hedgeFinder.find(corpus, a));
    }
    TermDiscovery discovery = new TermDiscovery(lexicon, corpus, clusters);
    List<ProposedTerm> proposed = discovery.propose();
    List<Referent> referents = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      ReferentResolver.Cluster c = clusters.get(i);
      List<Referent.Mention> mentions = new ArrayList<>();
      for (Phrase p : c.mentions()) {
        boolean loaded = p.isLoaded() || discovery.isStronglyLoaded(p);
        mentions.add(new Referent.Mention(articles.get(p.article).id(), p.start, p.end, p.text, loaded));
      }
      referents.add(new Referent("r" + (i + 1), c.name(), c.kind(), mentions));
    }
    List<Hedge> hedges = new ArrayList<>();
    for (HedgeFinder.Cue c : cues) {
      hedges.add(new Hedge(articles.get(c.article()).id(), c.start(), c.end(), c.text(), c.kind(), c.cue()));
    }
    List<Divergence> divergences =
        new DivergenceFinder(lexicon, corpus).find(clusters, referents, cues, facts, factIds, quoteAlterations);
    List<OutletProfile> outlets = OutletProfiles.of(lexicon, corpus, referents, hedges, quoteGroups);
    return new Result(referents, hedges, divergences, outlets, proposed);
  }

  /** Tokens, quotations and phrases of every article; articles are tagged in parallel. */
  private Parsed parse(List<Article> articles, List<Quotation> quotations) {
    Map<String, List<TextRange>> quotesOf = new HashMap<>();
    for (Quotation q : quotations) {
      quotesOf.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q.withMarks());
    }
    Tagger tagger = new Tagger();
    MentionFinder finder = new MentionFinder(lexicon);
    int n = articles.size();
    List<List<Tok>> tokens = new ArrayList<>(Collections.nCopies(n, List.of()));
    List<List<Phrase>> phrases = new ArrayList<>(Collections.nCopies(n, List.of()));
    List<List<TextRange>> quotes = new ArrayList<>(n);
    for (Article a : articles) {
      quotes.add(quotesOf.getOrDefault(a.id(), List.of()));
    }
    IntStream.range(0, n).parallel().forEach(i -> {
      Article a = articles.get(i);
      List<Tok> toks = a.text() == null ? List.of() : tagger.tag(a);
      List<Phrase> ps = a.text() == null ? List.of() : finder.find(i, a.text(), toks, quotes.get(i));
      synchronized (tokens) {
        tokens.set(i, toks);
        phrases.set(i, ps);
      }
    });
    return Parsed.of(articles, tokens, phrases, quotes);
  }

  /** Referents mentioned by most articles first, then most mentioned, then first mentioned. */
  private static List<ReferentResolver.Cluster> order(List<ReferentResolver.Cluster> clusters) {
    List<ReferentResolver.Cluster> out = new ArrayList<>(clusters);
    out.sort((x, y) -> {
      long ax = x.mentions().stream().map(p -> p.article).distinct().count();
      long ay = y.mentions().stream().map(p -> p.article).distinct().count();
      if (ax != ay) {
        return Long.compare(ay, ax);
      }
      if (x.mentions().size() != y.mentions().size()) {
        return Integer.compare(y.mentions().size(), x.mentions().size());
      }
      Phrase fx = x.mentions().get(0);
      Phrase fy = y.mentions().get(0);
      return fx.article != fy.article ? Integer.compare(fx.article, fy.article) : Integer.compare(fx.start, fy.start);
    });
    return out;
  }
}

package org.parallax.framing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.parallax.align.AlignedFact;
import org.parallax.analysis.Divergence;
import org.parallax.cache.CacheKey;
import org.parallax.cache.ResultCache;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.ProposedTerm;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Article;
import org.parallax.quotes.Quotation;
import org.parallax.quotes.QuoteGroup;
import org.parallax.text.HeadlineCase;
import org.parallax.text.Language;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;
import org.parallax.work.Checkpoint;
import org.parallax.work.Fault;
import org.parallax.work.Faults;

/**
 * The framing analysis of a corpus: referents and their labels, loaded wording, hedges, divergences,
 * proposed framing terms and outlet profiles. Runs after the alignment engine, whose facts and
 * quotations it uses as evidence.
 *
 * <pre>{@code
 * FramingAnalyzer framing = new FramingAnalyzer(FramingLexicon.bundled().extend(settings.lexicon()));
 * Reading reading = framing.read(articles, quotations, faults, checkpoint); // needs no facts
 * Referents referents = framing.referents(reading, quoteGroups, alignment.facts());
 * Hedges hedges = framing.hedges(reading, faults, checkpoint);
 * List<Wording> wording = framing.wording(reading, referents, alignment.facts());
 * List<Divergence> divergences =
 *     framing.divergences(reading, referents, hedges, alignment.facts(), factIds, quoteAlterations, wording);
 * List<OutletProfile> outlets = framing.profiles(reading, referents, hedges, quoteGroups, wording);
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
      List<ProposedTerm> proposedTerms,
      List<Wording> wording) {
    public Result {
      wording = List.copyOf(wording);
      referents = List.copyOf(referents);
      hedges = List.copyOf(hedges);
      divergences = List.copyOf(divergences);
      outlets = List.copyOf(outlets);
      proposedTerms = List.copyOf(proposedTerms);
    }
  }

  /** The lexicons, read the first time a step asks for them. */
  private final Supplier<FramingLexicon> lexicon;

  public FramingAnalyzer() {
    this(FramingLexicon.bundled());
  }

  public FramingAnalyzer(FramingLexicon lexicon) {
    Objects.requireNonNull(lexicon);
    this.lexicon = () -> lexicon;
  }

  /**
   * An analyzer whose lexicons {@code lexicon} gives when the first step needs them (tagging), so that
   * reading them can overlap with reading and splitting the articles; asked once.
   */
  public FramingAnalyzer(Supplier<FramingLexicon> lexicon) {
    Objects.requireNonNull(lexicon);
    FramingLexicon[] once = new FramingLexicon[1];
    this.lexicon = () -> {
      synchronized (once) {
        if (once[0] == null) {
          once[0] = Objects.requireNonNull(lexicon.get());
        }
        return once[0];
      }
    };
  }

  /** Loads the language models now (slow, about half a second); later calls return at once. */
  public static void loadModels() {
    Tagger.prepare();
  }

  /** As {@link #loadModels()}, unless {@code cache} holds tagged articles: the models may then not be needed. */
  public static void loadModels(ResultCache cache) {
    if (!cache.holds(TaggingCache.KIND)) {
      loadModels();
    }
  }

  /**
   * Analyses {@code articles}: every step below, in order, with faults ignored.
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
    Reading reading = read(articles, quotations, Faults.IGNORE, Checkpoint.NONE);
    Referents referents = referents(reading, quoteGroups, facts);
    Hedges hedges = hedges(reading, Faults.IGNORE, Checkpoint.NONE);
    List<Wording> wording = wording(reading, referents, facts);
    List<Divergence> divergences = divergences(reading, referents, hedges, facts, factIds, quoteAlterations, wording);
    List<OutletProfile> outlets = profiles(reading, referents, hedges, quoteGroups, wording);
    return new Result(referents.referents(), hedges.hedges(), divergences, outlets, referents.proposedTerms(), wording);
  }

  /**
   * The articles read for the framing analysis (tokens, parts of speech, noun phrases): the part that
   * needs neither facts nor quotation groups.
   */
  public static final class Reading {
    private final Parsed corpus;
    private final List<Quotation> quotations;

    private Reading(Parsed corpus, List<Quotation> quotations) {
      this.corpus = corpus;
      this.quotations = List.copyOf(quotations);
    }

    /** Nothing read: what a failed step leaves (no article takes part in the framing analysis). */
    public static Reading none() {
      return new Reading(Parsed.of(List.of(), List.of(), List.of(), List.of()), List.of());
    }
  }

  /** The referents found ({@link #referents}), with what later steps need of how they were found. */
  public static final class Referents {
    private final List<ReferentResolver.Cluster> clusters;
    private final List<Referent> referents;
    private final List<ProposedTerm> proposed;

    private Referents(List<ReferentResolver.Cluster> clusters, List<Referent> referents, List<ProposedTerm> proposed) {
      this.clusters = List.copyOf(clusters);
      this.referents = List.copyOf(referents);
      this.proposed = List.copyOf(proposed);
    }

    /** No referents: what a failed step leaves. */
    public static Referents none() {
      return new Referents(List.of(), List.of(), List.of());
    }

    public List<Referent> referents() {
      return referents;
    }

    public List<ProposedTerm> proposedTerms() {
      return proposed;
    }
  }

  /** The hedging and attribution cues found ({@link #hedges}). */
  public static final class Hedges {
    private final List<HedgeFinder.Cue> cues;
    private final List<Hedge> hedges;

    private Hedges(List<HedgeFinder.Cue> cues, List<Hedge> hedges) {
      this.cues = List.copyOf(cues);
      this.hedges = List.copyOf(hedges);
    }

    /** No cues: what a failed step leaves. */
    public static Hedges none() {
      return new Hedges(List.of(), List.of());
    }

    public List<Hedge> hedges() {
      return hedges;
    }
  }

  /**
   * Tokens, parts of speech, quotations and noun phrases of every article; articles in parallel. An
   * article whose tagging fails is left out of the framing analysis (no phrases); a sentence whose phrase
   * finding fails is left out of it alone. Each is reported to {@code faults}.
   */
  public Reading read(List<Article> articles, List<Quotation> quotations, Faults faults, Checkpoint checkpoint) {
    return read(articles, quotations, faults, checkpoint, ResultCache.NONE);
  }

  /**
   * As {@link #read(List, List, Faults, Checkpoint)}, with each article's tokens and parts of speech
   * taken from {@code cache} when it holds them, and stored there when it does not; the reading is the
   * same either way.
   */
  public Reading read(List<Article> articles, List<Quotation> quotations, Faults faults, Checkpoint checkpoint, ResultCache cache) {
    Map<String, List<TextRange>> quotesOf = new HashMap<>();
    for (Quotation q : quotations) {
      quotesOf.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q.withMarks());
    }
    Tagger tagger = new Tagger();
    MentionFinder finder = new MentionFinder(lexicon.get());
    int n = articles.size();
    List<List<Tok>> tokens = new ArrayList<>(Collections.nCopies(n, List.of()));
    List<List<Phrase>> phrases = new ArrayList<>(Collections.nCopies(n, List.of()));
    List<List<TextRange>> quotes = new ArrayList<>(n);
    for (Article a : articles) {
      quotes.add(quotesOf.getOrDefault(a.id(), List.of()));
    }
    // Tagging: every run of sentences of every article, on all cores at once, so that one long article
    // is not left to a single core. An article is done when its last run is.
    TaggingCache stored = new TaggingCache(cache);
    boolean caching = cache != ResultCache.NONE;
    CacheKey[] keys = new CacheKey[n];
    String[] headlines = headlines(articles);
    List<List<Tok>> found = new ArrayList<>(Collections.nCopies(n, null));
    if (caching) {
      IntStream.range(0, n).parallel().forEach(i -> {
        if (articles.get(i).text() != null) {
          keys[i] = stored.key(articles.get(i), headlines[i]);
          found.set(i, stored.load(keys[i], articles.get(i)));
        }
      });
    }
    // The framing analysis reads English only: an article in another language is left out of it, and said so.
    // A stored tagging is of an article that passed this check (the cache never holds another), so only the
    // articles to tag are checked.
    String[] language = new String[n];
    IntStream.range(0, n).parallel().filter(i -> found.get(i) == null).forEach(i -> language[i] = faults.contain(
        articles.get(i).source(), "language not checked", () -> Language.notEnglish(articles.get(i).text()).orElse(null),
        () -> null));
    for (int i = 0; i < n; i++) {
      if (language[i] != null) {
        faults.note(articles.get(i).source(), "written in " + language[i] + ", not English: left out of the"
            + " referents, loaded wording and hedges, which read English only");
      }
    }
    List<int[]> runs = new ArrayList<>();
    int[] remaining = new int[n];
    for (int i = 0; i < n; i++) {
      int count = articles.get(i).text() == null || found.get(i) != null || language[i] != null
          ? 0
          : Tagger.runs(articles.get(i));
      remaining[i] = count;
      for (int r = 0; r < count; r++) {
        runs.add(new int[] {i, r});
      }
    }
    List<List<List<Tok>>> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parts.add(new ArrayList<>(Collections.nCopies(remaining[i], List.of())));
    }
    AtomicReferenceArray<Fault> failed = new AtomicReferenceArray<>(n);
    AtomicInteger done = new AtomicInteger((int) IntStream.of(remaining).filter(c -> c == 0).count());
    IntStream.range(0, runs.size()).parallel().forEach(k -> {
      checkpoint.check();
      int i = runs.get(k)[0];
      int r = runs.get(k)[1];
      Article a = articles.get(i);
      // The first failure leaves the whole article out (its other runs are not tagged); it is reported once.
      Faults first = f -> failed.compareAndSet(i, null, f);
      List<Tok> toks = failed.get(i) != null
          ? List.of()
          : first.contain(a.source(), "article left out of the framing analysis", () -> tagger.tag(a, r, headlines[i]), List::of);
      synchronized (parts) {
        parts.get(i).set(r, toks);
        if (--remaining[i] > 0) {
          return;
        }
      }
      checkpoint.reached(done.incrementAndGet(), n);
    });
    for (int i = 0; i < n; i++) {
      if (failed.get(i) != null) {
        faults.report(failed.get(i));
      }
    }
    IntStream.range(0, n).parallel().forEach(i -> {
      checkpoint.check();
      List<Tok> toks = new ArrayList<>();
      if (found.get(i) != null) {
        toks.addAll(found.get(i));
      } else if (failed.get(i) == null && language[i] == null) {
        parts.get(i).forEach(toks::addAll);
        if (keys[i] != null) {
          stored.store(keys[i], toks);
        }
      }
      synchronized (tokens) {
        tokens.set(i, toks.isEmpty() ? List.of() : toks);
      }
    });
    // What the articles together write as names: a word one article only tags as a verb ("Boeing had
    // hoped") is a name another writes in mid-sentence.
    MentionFinder.CorpusNames names = faults.contain(null, "names of the corpus left out",
        () -> finder.corpusNames(articles, tokens, quotes), () -> MentionFinder.CorpusNames.NONE);
    IntStream.range(0, n).parallel().forEach(i -> {
      checkpoint.check();
      Article a = articles.get(i);
      List<Tok> toks = tokens.get(i);
      List<Phrase> ps = toks.isEmpty() ? List.of() : finder.find(i, a.text(), toks, quotes.get(i), a.source(), faults, names);
      synchronized (tokens) {
        phrases.set(i, ps);
      }
    });
    return new Reading(Parsed.of(articles, tokens, phrases, quotes), quotations);
  }

  /**
   * The referents of the corpus: phrases joined into actors, groups, places and events, with the
   * framing terms discovered beyond the lexicon.
   */
  public Referents referents(Reading reading, List<QuoteGroup> quoteGroups, List<AlignedFact> facts) {
    Parsed corpus = reading.corpus;
    List<Article> articles = corpus.articles();
    Map<String, String> speakerNames = new HashMap<>();
    for (Quotation q : reading.quotations) {
      if (q.speaker() != null) {
        speakerNames.put(ReferentResolver.clean(q.speaker()), q.speaker());
      }
    }
    ReferentResolver resolver = new ReferentResolver(lexicon.get(), corpus);
    List<ReferentResolver.Cluster> clusters = order(resolver.resolve(reading.quotations, quoteGroups, facts, speakerNames));
    List<ProposedTerm> proposed = new TermDiscovery(lexicon.get(), corpus, clusters).propose();
    Map<Integer, List<PronounResolver.Pronoun>> pronouns = new PronounResolver(corpus, reading.quotations, lexicon.get()).resolve(clusters);
    List<Referent> referents = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      ReferentResolver.Cluster c = clusters.get(i);
      List<Referent.Mention> mentions = new ArrayList<>();
      List<String> why = resolver.evidence(c);
      for (int m = 0; m < c.mentions().size(); m++) {
        Phrase p = c.mentions().get(m);
        mentions.add(new Referent.Mention(articles.get(p.article).id(), p.start, p.end, p.text, p.isLoaded(), why.get(m)));
      }
      List<Referent.Mention> its = new ArrayList<>();
      for (PronounResolver.Pronoun p : pronouns.getOrDefault(i, List.of())) {
        its.add(new Referent.Mention(articles.get(p.article()).id(), p.start(), p.end(), p.text(), false,
            "points back to '" + p.antecedent().text + "'"));
      }
      referents.add(new Referent("r" + (i + 1), c.name(), c.kind(), mentions, its));
    }
    return new Referents(clusters, referents, proposed);
  }

  /** The hedging and attribution cues of every article; an article whose finding fails has none. */
  public Hedges hedges(Reading reading, Faults faults, Checkpoint checkpoint) {
    Parsed corpus = reading.corpus;
    List<Article> articles = corpus.articles();
    HedgeFinder hedgeFinder = new HedgeFinder(lexicon.get());
    List<HedgeFinder.Cue> cues = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      checkpoint.reached(a, articles.size());
      int index = a;
      cues.addAll(faults.contain(articles.get(a).source(), "hedges of the article left out", () -> hedgeFinder.find(corpus, index), List::of));
    }
    List<Hedge> hedges = new ArrayList<>();
    for (HedgeFinder.Cue c : cues) {
      hedges.add(new Hedge(articles.get(c.article()).id(), c.start(), c.end(), c.text(), c.kind(), c.cue()));
    }
    return new Hedges(cues, hedges);
  }

  /**
   * The loaded wording in each outlet's own voice, weighed: lexicon classes, labels inside loaded
   * mentions, scare quotes, and contrast with other outlets telling the same fact.
   */
  public List<Wording> wording(Reading reading, Referents referents, List<AlignedFact> facts) {
    return new WordingFinder(lexicon.get(), reading.corpus).find(referents.referents, reading.quotations, facts);
  }

  /** The divergences in wording, the quotation alterations among them, ranked. */
  public List<Divergence> divergences(
      Reading reading, Referents referents, Hedges hedges, List<AlignedFact> facts, List<String> factIds,
      List<Divergence> quoteAlterations, List<Wording> wording) {
    return new DivergenceFinder(lexicon.get(), reading.corpus)
        .find(referents.clusters, referents.referents, hedges.cues, facts, factIds, quoteAlterations, wording);
  }

  /** One profile per outlet. */
  public List<OutletProfile> profiles(Reading reading, Referents referents, Hedges hedges, List<QuoteGroup> quoteGroups,
      List<Wording> wording) {
    return OutletProfiles.of(lexicon.get(), reading.corpus, referents.referents, hedges.hedges, quoteGroups, wording);
  }

  /** Referents mentioned by most articles first, then most mentioned, then first mentioned. */
  /**
   * Each article's headline as the tagger reads it: recased when it is set in title case or capitals
   * ({@link HeadlineCase}, from the forms the articles' bodies give the words), else {@code null}.
   */
  static String[] headlines(List<Article> articles) {
    String[] out = new String[articles.size()];
    List<Integer> shouted = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (a.text() != null && a.headline() != null && HeadlineCase.shouted(a.headline().of(a.text()))) {
        shouted.add(i);
      }
    }
    if (shouted.isEmpty()) {
      return out;
    }
    List<CharSequence> bodies = new ArrayList<>(articles.size());
    for (Article a : articles) {
      if (a.text() != null) {
        bodies.add(a.headline() == null ? a.text() : java.nio.CharBuffer.wrap(a.text(), a.headline().end(), a.text().length()));
      }
    }
    HeadlineCase corpus = HeadlineCase.of(bodies);
    for (int i : shouted) {
      Article a = articles.get(i);
      String headline = a.headline().of(a.text());
      String recased = corpus.recase(headline);
      out[i] = recased.equals(headline) ? null : recased;
    }
    return out;
  }

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

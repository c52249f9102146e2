package org.parallax.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parallax.align.EmbeddingFactAligner;
import org.parallax.align.FactAligner;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.OutletGroups;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Tool;
import org.parallax.cache.CacheStats;
import org.parallax.cache.FolderCache;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.Corpus;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.CorpusSettings;
import org.parallax.corpus.Problem;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.framing.FramingLexicon;
import org.parallax.quotes.QuoteOccurrence;
import org.parallax.text.SentenceSplitter;
import org.parallax.work.Cancelled;
import org.parallax.work.Threads;

/**
 * Reads a corpus folder and produces its {@link Analysis}, through the standard {@link Pipeline}:
 * reading, cleaning, sentences, quotations, quotation groups, facts, tagging, referents, hedges,
 * divergences, profiles. The command line, the desktop app and the exports all go through this class.
 *
 * <p>Faults the stages contained become warnings in the analysis's {@code problems} ("referents: one
 * sentence left out (internal error)", naming the file); {@link Result#faults()} keeps their causes for
 * a debug log. The models (sentence embeddings, tagger) load on a thread of the run's own while the
 * files are read; a run never returns while that thread is still working, so nothing outlives it.
 */
public final class Analyzer {

  /**
   * A run's analysis, with how long each stage took, the faults contained (causes included) and what
   * the cache of per-article results did.
   */
  public record Result(Analysis analysis, List<StageTime> times, List<StageFault> faults, CacheStats cache) {
    public Result {
      times = List.copyOf(times);
      faults = List.copyOf(faults);
    }

    /** A run without a cache. */
    public Result(Analysis analysis, List<StageTime> times, List<StageFault> faults) {
      this(analysis, times, faults, CacheStats.NONE);
    }
  }

  private final CorpusReader reader;
  private final FactAligner facts;
  private final Clock clock;
  private final Function<Path, ResultCache> caches;
  /** The latest analysis {@link #run} found in or kept in a cache, and that cache. */
  private volatile Written last;

  private record Written(Analysis analysis, AnalysisCache cache) {}

  public Analyzer() {
    this(new CorpusReader(), new EmbeddingFactAligner(), Clock.systemUTC());
  }

  /** The standard pipeline with its own reader (e.g. another file-size limit). */
  public Analyzer(CorpusReader reader, Clock clock) {
    this(reader, new EmbeddingFactAligner(), clock);
  }

  public Analyzer(CorpusReader reader, FactAligner facts, Clock clock) {
    this(reader, facts, clock, folder -> ResultCache.NONE);
  }

  private Analyzer(CorpusReader reader, FactAligner facts, Clock clock, Function<Path, ResultCache> caches) {
    this.reader = reader;
    this.facts = facts;
    this.clock = clock;
    this.caches = caches;
  }

  /**
   * This analyzer keeping the per-article results of a corpus folder ({@link #run}) in {@code
   * caches.apply(folder)}: re-opening an unchanged corpus then reuses them, and a changed article
   * recomputes only its own. The analysis is the same as without.
   */
  public Analyzer withCache(Function<Path, ResultCache> caches) {
    return new Analyzer(reader, facts, clock, caches);
  }

  /**
   * This analyzer with each corpus's cache where {@link FolderCache#forCorpus} puts it ({@code
   * CORPUS/.parallax/cache}, or the user's cache folder when the corpus cannot be written).
   */
  public Analyzer withCorpusCache() {
    return withCache(FolderCache::forCorpus);
  }

  /** The stages that follow reading a corpus, in order. */
  private List<Stage> analysisStages(ResultCache cache) {
    return List.of(
        new QuotationsStage(),
        new QuoteGroupsStage(),
        new FactsStage(facts, cache),
        new TaggingStage(cache),
        new ReferentsStage(),
        new HedgesStage(),
        new WordingStage(),
        new DivergencesStage(),
        new ProfilesStage());
  }

  /** The whole pipeline from a listed folder. */
  public Pipeline pipeline() {
    return pipeline(ResultCache.NONE);
  }

  private Pipeline pipeline(ResultCache cache) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new ReadingStage(reader));
    stages.add(new CleaningStage(reader));
    stages.add(new SentencesStage(reader));
    stages.addAll(analysisStages(cache));
    return new Pipeline(List.of(Slots.LISTING, Slots.FRAMING), stages);
  }

  /** Reads and analyses the corpus in {@code folder}. */
  public Analysis analyze(Path folder) throws CorpusReader.FolderException {
    return run(folder, ProgressListener.NONE, new Cancellation()).analysis();
  }

  /**
   * Reads and analyses the corpus in {@code folder}, reporting progress.
   *
   * @throws CorpusReader.FolderException if the folder itself cannot be used
   * @throws Cancelled if {@code cancellation} was cancelled before the run ended
   */
  public Result run(Path folder, ProgressListener progress, Cancellation cancellation) throws CorpusReader.FolderException {
    long start = System.nanoTime();
    CorpusReader.Listing listing = reader.list(folder);
    ResultCache cache = listing.files().isEmpty() ? ResultCache.NONE : caches.apply(folder);
    Optional<AnalysisCache> whole = AnalysisCache.of(cache, reader, facts.getClass().getName(), listing);
    Optional<Analysis> kept = whole.flatMap(w -> w.find(now()));
    if (kept.isPresent()) {
      // An unchanged corpus: no stage runs and no model loads.
      last = new Written(kept.get(), whole.get());
      progress.progress(Progress.finished(pipeline(cache).stages().size()));
      List<StageTime> times = List.of(new StageTime("cached analysis", (System.nanoTime() - start) / 1_000_000));
      return new Result(kept.get(), times, List.of(), cache.stats());
    }
    // A folder without article files needs no model: nothing to load, nothing to wait for.
    List<Thread> models = listing.files().isEmpty() ? List.of() : startLoadingModels(cache);
    try {
      AnalysisState state = new AnalysisState();
      state.put(Slots.LISTING, listing);
      // The lexicons are read on a loader thread meanwhile; the first step that needs them waits for it.
      state.put(Slots.FRAMING, new FramingAnalyzer(() -> lexicon(folder)));
      Result result = result(pipeline(cache).run(state, progress, cancellation), cache);
      if (result.faults().isEmpty() && whole.isPresent()) {
        whole.get().keep(result.analysis());
        last = new Written(result.analysis(), whole.get());
      }
      cache.trim();
      return new Result(result.analysis(), result.times(), result.faults(), cache.stats());
    } finally {
      Threads.awaitAll(models);
    }
  }

  /**
   * Writes {@code analysis} as {@link AnalysisJson#write(Analysis, OutputStream)} does, byte for byte;
   * when it is this analyzer's latest analysis of a cached corpus, from the JSON kept in the cache if
   * there is one (a copy instead of a serialisation), else keeping what it writes there for the next run.
   */
  public void writeJson(Analysis analysis, OutputStream out) throws IOException {
    Written w = last;
    if (w == null || w.analysis() != analysis) {
      AnalysisJson.write(analysis, out);
      return;
    }
    String at = analysis.corpus().analyzedAt();
    Optional<byte[]> kept = w.cache().findJson();
    if (kept.isPresent() && AnalysisCache.writeWithTime(kept.get(), kept.get().length, at, out)) {
      out.flush();
      return;
    }
    // The JSON is written once, without its time of analysis (the template the cache keeps), and copied
    // out with the time put in; the cache keeps one copy of its exact length (150 MB of JSON at 1,000
    // articles had been held up to five times).
    Template bytes = new Template();
    AnalysisJson.write(AnalysisCache.at(analysis, ""), bytes);
    if (!AnalysisCache.writeWithTime(bytes.buffer(), bytes.size(), at, out)) {
      AnalysisJson.write(analysis, out); // no time field where it should be: nothing to keep
      out.flush();
      return;
    }
    out.flush();
    try {
      w.cache().keepJson(bytes.buffer(), bytes.size());
    } catch (OutOfMemoryError e) {
      // The JSON is written; keeping it only saves the next run its serialisation.
    }
  }

  /** A growing buffer whose bytes are read in place. */
  private static final class Template extends ByteArrayOutputStream {
    Template() {
      super(1 << 16);
    }

    byte[] buffer() {
      return buf;
    }
  }

  /** Analyses an already-read corpus. */
  public Analysis analyze(Corpus corpus) {
    AnalysisState state = new AnalysisState();
    state.put(Slots.CORPUS, corpus);
    state.put(Slots.FRAMING, new FramingAnalyzer(lexicon(corpus.path())));
    Pipeline pipeline = new Pipeline(List.of(Slots.CORPUS, Slots.FRAMING), analysisStages(ResultCache.NONE));
    return result(pipeline.run(state, ProgressListener.NONE, new Cancellation()), ResultCache.NONE).analysis();
  }

  private Result result(Pipeline.Run run, ResultCache cache) {
    AnalysisState s = run.state();
    Corpus corpus = s.get(Slots.CORPUS);
    String path = corpus.path() == null ? "" : corpus.path().toString().replace('\\', '/');
    var info = new Analysis.CorpusInfo(corpus.name(), path, now(), Tool.nameAndVersion());
    List<Problem> problems = new ArrayList<>(corpus.problems());
    if (corpus.articles().size() == 1) {
      problems.add(Problem.warning(path, "only one article: nothing to align across outlets"));
    }
    for (StageFault f : run.faults()) {
      problems.add(Problem.warning(f.fault().unit() == null ? path : f.fault().unit(), f.message()));
    }
    for (StageNote n : run.notes()) {
      problems.add(Problem.warning(n.unit() == null ? path : n.unit(), n.line()));
    }
    FramingAnalyzer.Hedges hedges = s.get(Slots.HEDGES);
    FramingAnalyzer.Referents referents = s.get(Slots.REFERENTS);
    // The analyst's outlet groups (parallax.json), set on the profiles last: they are the analyst's, not found.
    java.util.Map<String, String> groups = corpus.path() != null && Files.isDirectory(corpus.path())
        ? CorpusSettings.read(corpus.path()).outletGroups() : java.util.Map.of();
    List<org.parallax.analysis.OutletProfile> outlets = OutletGroups.apply(s.get(Slots.OUTLETS), groups);
    for (String name : OutletGroups.unmatched(groups, corpus.articles().stream().map(Highlights::name).distinct().toList())) {
      problems.add(Problem.warning(CorpusSettings.FILE_NAME, "\"outlets\" names \"" + name + "\", which no article here has as its outlet"));
    }
    Analysis analysis =
        new Analysis(
            Analysis.SCHEMA,
            info,
            corpus.articles(),
            s.get(Slots.QUOTE_GROUPS).stream().map(Analyzer::quoteGroup).toList(),
            s.get(Slots.FACTS),
            referents.referents(),
            s.get(Slots.DIVERGENCES),
            hedges.hedges().stream().map(org.parallax.analysis.Hedge::span).toList(),
            s.get(Slots.UNIQUE),
            problems,
            hedges.hedges(),
            outlets,
            referents.proposedTerms(),
            s.get(Slots.WORDING));
    return new Result(analysis, run.times(), run.faults(), cache.stats());
  }

  /** The time of analysis, to the second. */
  private String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * Loads the models on threads of this run's own while the files are read, except those whose
   * results {@code cache} holds (they load when a stage needs them, if it does): the sentence model on
   * one, the sentence splitter's and the tagger's on another, so that neither waits for the other
   * (with stages at once, tagging may start before the facts), and the framing lexicons (then how an
   * analysis is written as JSON) on a third. Not daemons: the run waits for them ({@link
   * Threads#awaitAll}), because the JVM exiting while ONNX Runtime creates its session crashes the process
   * natively.
   */
  private List<Thread> startLoadingModels(ResultCache cache) {
    // A step that fails here is left to its stage, which loads it again and reports the failure there.
    List<Thread> loaders = List.of(
        loader("parallax-model-loader", () -> facts.prepare(cache)),
        loader("parallax-tagger-loader", SentenceSplitter::shared, () -> FramingAnalyzer.loadModels(cache)),
        loader("parallax-lexicon-loader", FramingLexicon::prepare, AnalysisJson::prepare));
    loaders.forEach(Thread::start);
    return loaders;
  }

  /** A thread (not started) that runs {@code steps} in order, each whether or not the one before failed. */
  private static Thread loader(String name, Runnable... steps) {
    return new Thread(() -> {
      for (Runnable step : steps) {
        try {
          step.run();
        } catch (RuntimeException | LinkageError e) {
          // Its stage tries again and reports it.
        }
      }
    }, name);
  }


  /**
   * The framing lexicons for this corpus: the bundled ones extended by the corpus's {@code
   * parallax.json} (whose problems the reader has already reported).
   */
  private static FramingLexicon lexicon(Path folder) {
    // Loaded when a run needs it, not with the analyzer: re-opening a cached corpus never does.
    FramingLexicon lexicon = FramingLexicon.bundled();
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
}

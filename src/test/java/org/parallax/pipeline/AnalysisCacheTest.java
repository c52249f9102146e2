package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.align.EmbeddingFactAligner;
import org.parallax.align.FactAligner;
import org.parallax.align.FactAlignment;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.Article;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Metadata;
import org.parallax.work.Checkpoint;
import org.parallax.work.Faults;
import java.util.stream.Stream;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.cache.CacheStats;
import org.parallax.cache.FolderCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache changes nothing in the analysis: cold, warm and after one article changed, a cached run's
 * JSON is byte for byte an uncached run's; re-opening an unchanged corpus runs no stage; whatever the
 * analysis depends on (an article, {@code parallax.json}, the analyst's metadata, the file-size limit)
 * is part of its key; and a damaged entry is recomputed.
 */
class AnalysisCacheTest {

  private static final Analyzer UNCACHED = new Analyzer();
  private static final Analyzer CACHED = new Analyzer().withCorpusCache();
  /**
   * Per article: its sentence vectors, the vectors of the clauses of its sentences that tell two facts
   * (every seed article has some), and its tagged tokens.
   */
  private static final int KINDS = 3;
  /** Per corpus: the whole analysis. */
  private static final int WHOLE = 1;

  @Test
  void cachedAnalysisEqualsUncachedColdWarmAndAfterAChange(@TempDir Path dir) throws Exception {
    Path corpus = seedsIn(dir);
    Path project = corpus.resolve(".parallax/project.json");
    Files.createDirectories(project.getParent());
    Files.writeString(project, "{\"schema\":\"parallax.project/1\"}");
    String expected = json(UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation()));
    assertEquals(CacheStats.NONE, UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation()).cache());

    Analyzer.Result cold = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expected, json(cold));
    assertEquals(new CacheStats(0, 5 * KINDS + WHOLE, 0, 5 * KINDS + WHOLE, 0), cold.cache());
    assertEquals(5 * KINDS + WHOLE, entries(corpus.resolve(FolderCache.CORPUS_FOLDER)).size());

    Analyzer.Result warm = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expected, json(warm));
    assertEquals(new CacheStats(WHOLE, 0, 0, 0, 0), warm.cache(), "the whole analysis is found, nothing per article is looked up");

    Path changed = corpus.resolve("002_17b3dee94d847ef4.txt");
    Files.writeString(changed, Files.readString(changed)
        + "\n\nMoscow said on Thursday that the talks would resume next week, and Washington said it would send a delegation to Geneva.\n");
    String expectedAfter = json(UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation()));
    Analyzer.Result after = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expectedAfter, json(after));
    assertEquals(
        new CacheStats(4 * KINDS, KINDS + WHOLE, 0, KINDS + WHOLE, 0), after.cache(), "only the changed article is computed again");
    assertEquals(5 * KINDS + WHOLE, entries(corpus.resolve(FolderCache.CORPUS_FOLDER)).size() - KINDS, "the older analysis was replaced");

    assertEquals("{\"schema\":\"parallax.project/1\"}", Files.readString(project), "the analyst's project is untouched");
  }

  @Test
  void damagedOrForeignEntriesAreIgnoredAndRecomputed(@TempDir Path dir) throws Exception {
    Path corpus = seedsIn(dir);
    String expected = json(UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation()));
    CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    Path root = corpus.resolve(FolderCache.CORPUS_FOLDER);
    List<Path> whole = entries(root.resolve(AnalysisCache.KIND));
    assertEquals(1, whole.size());
    byte[] analysis = Files.readAllBytes(whole.get(0));
    analysis[analysis.length / 3] ^= 0x01;
    Files.write(whole.get(0), analysis);
    List<Path> entries = entries(root).stream().filter(p -> !p.startsWith(root.resolve(AnalysisCache.KIND))).toList();
    // Truncated, one value bit flipped, garbage, another format's header, empty.
    byte[] first = Files.readAllBytes(entries.get(0));
    Files.write(entries.get(0), java.util.Arrays.copyOf(first, first.length / 2));
    byte[] second = Files.readAllBytes(entries.get(1));
    second[second.length / 2] ^= 0x10;
    Files.write(entries.get(1), second);
    Files.writeString(entries.get(2), "not a cache entry");
    byte[] third = Files.readAllBytes(entries.get(3));
    third[7] = 99; // the format number
    Files.write(entries.get(3), third);
    Files.write(entries.get(4), new byte[0]);

    Analyzer.Result repaired = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expected, json(repaired));
    assertEquals(new CacheStats(5 * KINDS - 5, 5 + WHOLE, 5 + WHOLE, 5 + WHOLE, 0), repaired.cache());
    assertArrayEquals(first, Files.readAllBytes(entries.get(0)), "the damaged entry was written again");

    Analyzer.Result warm = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expected, json(warm));
    assertEquals(new CacheStats(WHOLE, 0, 0, 0, 0), warm.cache());
  }

  @Test
  void reopeningAnUnchangedCorpusRunsNoStageAndAlignsNothing(@TempDir Path dir) throws Exception {
    Path corpus = seedsIn(dir);
    CountingAligner aligner = new CountingAligner();
    Analyzer cached = new Analyzer(new CorpusReader(), aligner, java.time.Clock.systemUTC()).withCorpusCache();
    String cold = json(cached.run(corpus, ProgressListener.NONE, new Cancellation()));
    assertEquals(1, aligner.aligned.get());

    Analyzer.Result warm = cached.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(cold, json(warm));
    assertEquals(List.of("cached analysis"), warm.times().stream().map(StageTime::stage).toList());
    assertEquals(1, aligner.aligned.get(), "no alignment on re-opening");
    assertEquals(1, aligner.prepared.get(), "no model loaded on re-opening");
  }

  @Test
  void settingsMetadataAndFileLimitArePartOfTheKey(@TempDir Path dir) throws Exception {
    Path corpus = seedsIn(dir);
    CACHED.run(corpus, ProgressListener.NONE, new Cancellation());

    Files.writeString(corpus.resolve("parallax.json"), "{\"articles\": {\"001_202df9670cb2560d.txt\": {\"outlet\": \"Example Weekly\"}}}");
    String withSettings = json(CACHED.run(corpus, ProgressListener.NONE, new Cancellation()));
    assertTrue(withSettings.contains("Example Weekly"));
    assertEquals(json(UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation())), withSettings);

    Map<String, Metadata> details = Map.of("002_17b3dee94d847ef4", new Metadata(null, "Example Daily", null, null, null));
    Analyzer overriding = new Analyzer(new CorpusReader().withOverrides(f -> details), java.time.Clock.systemUTC());
    String withDetails = json(overriding.withCorpusCache().run(corpus, ProgressListener.NONE, new Cancellation()));
    assertTrue(withDetails.contains("Example Daily"));
    assertEquals(json(overriding.run(corpus, ProgressListener.NONE, new Cancellation())), withDetails);
    assertEquals(withSettings, json(CACHED.run(corpus, ProgressListener.NONE, new Cancellation())), "without the details again");

    Analyzer small = new Analyzer(new CorpusReader(3_000), java.time.Clock.systemUTC());
    String limited = json(small.withCorpusCache().run(corpus, ProgressListener.NONE, new Cancellation()));
    assertEquals(json(small.run(corpus, ProgressListener.NONE, new Cancellation())), limited);
    assertTrue(limited.contains("too large"), "the larger seeds are skipped under a 3,000-byte limit");
  }

  @Test
  void jsonCopiedFromTheCacheIsWhatJacksonWritesAtTheNewTime(@TempDir Path dir) throws Exception {
    Path corpus = seedsIn(dir);
    java.time.Instant t1 = java.time.Instant.parse("2026-01-02T03:04:05Z");
    java.time.Instant t2 = java.time.Instant.parse("2027-06-07T08:09:10Z");
    Analyzer first = new Analyzer(new CorpusReader(), java.time.Clock.fixed(t1, java.time.ZoneOffset.UTC)).withCorpusCache();
    Analyzer later = new Analyzer(new CorpusReader(), java.time.Clock.fixed(t2, java.time.ZoneOffset.UTC)).withCorpusCache();

    Analysis cold = first.run(corpus, ProgressListener.NONE, new Cancellation()).analysis();
    assertEquals(AnalysisJson.toJson(cold), written(first, cold));
    Path json = corpus.resolve(FolderCache.CORPUS_FOLDER).resolve(AnalysisCache.JSON_KIND);
    assertEquals(1, entries(json).size(), "the JSON written is kept");

    Analysis warm = later.run(corpus, ProgressListener.NONE, new Cancellation()).analysis();
    String copied = written(later, warm);
    assertEquals(AnalysisJson.toJson(warm), copied);
    assertTrue(copied.contains("\"analyzedAt\" : \"2027-06-07T08:09:10Z\""));
    assertEquals(AnalysisJson.toJson(cold).replace("2026-01-02T03:04:05Z", "2027-06-07T08:09:10Z"), copied);

    Files.write(entries(json).get(0), "damaged".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Analysis again = later.run(corpus, ProgressListener.NONE, new Cancellation()).analysis();
    assertEquals(AnalysisJson.toJson(again), written(later, again), "a damaged JSON entry is written afresh");
    Analysis other = UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation()).analysis();
    assertEquals(AnalysisJson.toJson(other), written(later, other), "an analysis the analyzer did not make is serialised");
  }

  private static String written(Analyzer analyzer, Analysis analysis) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    analyzer.writeJson(analysis, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The standard aligner, counting what it is asked to do. */
  private static final class CountingAligner implements FactAligner {
    final FactAligner real = new EmbeddingFactAligner();
    final AtomicInteger aligned = new AtomicInteger();
    final AtomicInteger prepared = new AtomicInteger();

    @Override
    public FactAlignment align(List<Article> articles) {
      aligned.incrementAndGet();
      return real.align(articles);
    }

    @Override
    public FactAlignment align(List<Article> articles, Checkpoint checkpoint, Faults faults, ResultCache cache) {
      aligned.incrementAndGet();
      return real.align(articles, checkpoint, faults, cache);
    }

    @Override
    public void prepare(ResultCache cache) {
      prepared.incrementAndGet();
      real.prepare(cache);
    }
  }

  private static Path seedsIn(Path dir) throws IOException {
    Path corpus = dir.resolve("seeds");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    return corpus;
  }

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      return files.filter(f -> f.toString().endsWith(".bin")).sorted().toList();
    }
  }

  /** The analysis JSON without its time of analysis. */
  private static String json(Analyzer.Result result) {
    String json = AnalysisJson.toJson(result.analysis());
    assertTrue(json.contains("\"analyzedAt\""), "the JSON names its time of analysis");
    return json.replaceFirst("\"analyzedAt\"\\s*:\\s*\"[^\"]*\"", "\"analyzedAt\":\"\"");
  }
}

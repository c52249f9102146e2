package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.analysis.AnalysisJson;
import org.parallax.cache.CacheStats;
import org.parallax.cache.FolderCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of per-article results changes nothing in the analysis: cold, warm and after one article
 * changed, a cached run's JSON is byte for byte an uncached run's; and a damaged entry is recomputed.
 */
class AnalysisCacheTest {

  private static final Analyzer UNCACHED = new Analyzer();
  private static final Analyzer CACHED = new Analyzer().withCorpusCache();
  /** Per article: its sentence vectors and its tagged tokens. */
  private static final int KINDS = 2;

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
    assertEquals(new CacheStats(0, 5 * KINDS, 0, 5 * KINDS, 0), cold.cache());
    assertEquals(5 * KINDS, entries(corpus.resolve(FolderCache.CORPUS_FOLDER)).size());

    Analyzer.Result warm = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expected, json(warm));
    assertEquals(new CacheStats(5 * KINDS, 0, 0, 0, 0), warm.cache());

    Path changed = corpus.resolve("002_17b3dee94d847ef4.txt");
    Files.writeString(changed, Files.readString(changed) + "\n\nMoscow said on Thursday that the talks would resume next week.\n");
    String expectedAfter = json(UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation()));
    Analyzer.Result after = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expectedAfter, json(after));
    assertEquals(new CacheStats(4 * KINDS, KINDS, 0, KINDS, 0), after.cache(), "only the changed article is computed again");

    assertEquals("{\"schema\":\"parallax.project/1\"}", Files.readString(project), "the analyst's project is untouched");
  }

  @Test
  void damagedOrForeignEntriesAreIgnoredAndRecomputed(@TempDir Path dir) throws Exception {
    Path corpus = seedsIn(dir);
    String expected = json(UNCACHED.run(corpus, ProgressListener.NONE, new Cancellation()));
    CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    List<Path> entries = entries(corpus.resolve(FolderCache.CORPUS_FOLDER));
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
    assertEquals(new CacheStats(5 * KINDS - 5, 5, 5, 5, 0), repaired.cache());
    assertArrayEquals(first, Files.readAllBytes(entries.get(0)), "the damaged entry was written again");

    Analyzer.Result warm = CACHED.run(corpus, ProgressListener.NONE, new Cancellation());
    assertEquals(expected, json(warm));
    assertEquals(new CacheStats(5 * KINDS, 0, 0, 0, 0), warm.cache());
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

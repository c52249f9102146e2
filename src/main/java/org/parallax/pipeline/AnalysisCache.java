package org.parallax.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.analysis.Tool;
import org.parallax.cache.CacheKey;
import org.parallax.cache.RecordCodec;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.CorpusSettings;

/**
 * The whole analysis of a corpus, kept in its cache so that re-opening an unchanged corpus runs no
 * stage and loads no model. The key is a hash of everything the analysis depends on: every listed
 * file's path and bytes, {@code parallax.json}, the metadata the analyst set in the app, the listing's
 * problems, the reader's file-size limit, the folder's path as given (the analysis names it), the
 * fact aligner, and this build of the engine (its jar or classes folder: any change of code or bundled
 * lexicon is another key). The stored value is the analysis with an empty time of analysis, which a
 * hit fills with the present one; an analysis whose run contained an internal error is not kept (its
 * problems name a debug log of that run).
 */
final class AnalysisCache {

  static final String KIND = "analysis";
  /** The same analysis as JSON, once a run wrote it: writing it again is then a copy. */
  static final String JSON_KIND = "analysis-json";
  private static final byte[] TIME_FIELD = "\"analyzedAt\" : \"".getBytes(StandardCharsets.UTF_8);
  /** Bump when what is stored changes meaning. */
  private static final int VERSION = 1;
  private static final String BUILD = build();

  private final ResultCache cache;
  private final CacheKey key;

  private AnalysisCache(ResultCache cache, CacheKey key) {
    this.cache = cache;
    this.key = key;
  }

  /** The cached analysis of {@code listing}, or none if {@code cache} keeps nothing or its files cannot be read. */
  static Optional<AnalysisCache> of(ResultCache cache, CorpusReader reader, String aligner, CorpusReader.Listing listing) {
    if (cache == ResultCache.NONE) {
      return Optional.empty();
    }
    try {
      CacheKey.Builder b =
          CacheKey.of(KIND)
              .add(VERSION)
              .add(BUILD)
              .add(Tool.nameAndVersion())
              .add(aligner)
              .add(listing.folder().toString())
              .add(listing.name())
              .add(reader.maxFileBytes())
              .add(RecordCodec.encode(listing.problems()))
              .add(RecordCodec.encode(new TreeMap<>(listing.overrides())));
      Path settings = listing.folder().resolve(CorpusSettings.FILE_NAME);
      b.add(Files.isRegularFile(settings) ? Files.readAllBytes(settings) : new byte[0]);
      b.add(listing.files().size());
      for (Path f : listing.files()) {
        b.add(listing.source(f)).add(String.valueOf(listing.ids().get(f)));
        long size = Files.size(f);
        // A file over the limit is skipped for its size alone: its bytes are never read.
        b.add(size > reader.maxFileBytes() ? new byte[0] : Files.readAllBytes(f)).add(size);
      }
      return Optional.of(new AnalysisCache(cache, b.build()));
    } catch (IOException | UncheckedIOException | SecurityException | IllegalArgumentException | OutOfMemoryError e) {
      // A file that cannot be read now is a problem the run reports; nothing is reused or kept.
      return Optional.empty();
    }
  }

  /** The analysis kept under this key, analysed at {@code analyzedAt}, if it is there and intact. */
  Optional<Analysis> find(String analyzedAt) {
    Optional<byte[]> bytes = cache.get(key);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      Analysis a = RecordCodec.decode(bytes.get(), Analysis.class);
      return Optional.of(at(a, analyzedAt));
    } catch (IllegalArgumentException | LinkageError e) {
      return Optional.empty();
    }
  }

  /**
   * The JSON kept for this analysis, as {@link AnalysisJson} writes it with an empty time of analysis
   * (see {@link #writeWithTime}), if it is there and intact.
   */
  Optional<byte[]> findJson() {
    return cache.get(jsonKey());
  }

  /**
   * Keeps the first {@code length} bytes of {@code template}, what {@link AnalysisJson} wrote for this
   * analysis with an empty time of analysis, for the next run to copy.
   */
  void keepJson(byte[] template, int length) {
    cache.putReplacing(jsonKey(), length == template.length ? template : Arrays.copyOf(template, length));
  }

  /**
   * Writes the first {@code length} bytes of {@code template} (JSON with an empty time of analysis) to
   * {@code out} with {@code analyzedAt} put in; false, writing nothing, if the template has no such field.
   * The corpus's time comes before anything an article says (a quote in a string is escaped), so the
   * first such field is it.
   */
  static boolean writeWithTime(byte[] template, int length, String analyzedAt, java.io.OutputStream out)
      throws java.io.IOException {
    byte[] field = concat(TIME_FIELD, "\"".getBytes(StandardCharsets.UTF_8));
    int at = indexOf(template, length, field);
    if (at < 0) {
      return false;
    }
    out.write(template, 0, at);
    out.write(concat(TIME_FIELD, (analyzedAt + "\"").getBytes(StandardCharsets.UTF_8)));
    out.write(template, at + field.length, length - at - field.length);
    return true;
  }

  private CacheKey jsonKey() {
    return new CacheKey(JSON_KIND, key.hash());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int indexOf(byte[] haystack, int length, byte[] needle) {
    // The field is within the first lines (schema, corpus name and path); the scan stops at the first.
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Keeps {@code analysis} as this corpus's one analysis, if it reads back equal to itself (a value of
   * a kind the codec cannot write is not kept: the next run computes it again).
   */
  void keep(Analysis analysis) {
    Analysis timeless = at(analysis, "");
    byte[] bytes;
    try {
      bytes = RecordCodec.encode(timeless);
      if (!RecordCodec.decode(bytes, Analysis.class).equals(timeless)) {
        return;
      }
    } catch (IllegalArgumentException | UncheckedIOException | OutOfMemoryError e) {
      return;
    }
    cache.putReplacing(key, bytes);
  }

  static Analysis at(Analysis a, String analyzedAt) {
    Analysis.CorpusInfo c = a.corpus();
    return new Analysis(
        a.schema(),
        new Analysis.CorpusInfo(c.name(), c.path(), analyzedAt, c.tool()),
        a.articles(),
        a.quotes(),
        a.facts(),
        a.referents(),
        a.divergences(),
        a.hedges(),
        a.unique(),
        a.problems(),
        a.hedgeCues(),
        a.outlets(),
        a.proposedTerms(),
        a.wording());
  }

  /**
   * This build of the engine: the path, size and time of the jar it runs from, or of every file in its
   * classes folder (a development build), so that a rebuilt engine never reuses an older one's analysis.
   */
  private static String build() {
    try {
      CodeSource source = AnalysisCache.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return "unknown";
      }
      Path where = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(where)) {
        return where + " " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
      }
      CacheKey.Builder b = CacheKey.of("build");
      try (Stream<Path> files = Files.walk(where)) {
        List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
        for (Path f : all) {
          b.add(where.relativize(f).toString()).add(Files.size(f)).add(Files.getLastModifiedTime(f).toMillis());
        }
      }
      return where + " " + b.build().hash();
    } catch (IOException | UncheckedIOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      // Unknown builds share a key only with themselves in this process's run of the JVM.
      return "unknown " + System.nanoTime();
    }
  }
}

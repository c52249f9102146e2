package org.parallax.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.parallax.corpus.Article;
import org.parallax.corpus.Corpus;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.CorpusSettings;
import org.parallax.corpus.Problem;
import org.parallax.testkit.SpanChecks;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextRange;

/**
 * Coverage-guided fuzzing of every reader: the bytes of one file in a corpus folder, read as the
 * command line and the app read it. A reported problem (a {@link Problem}: the file skipped, a
 * warning) is a fine answer to bad input; an exception, or an article that breaks the corpus's
 * invariants, is a finding.
 *
 * <p>In a normal test run each target runs over its committed inputs in {@code
 * src/test/resources/org/parallax/fuzz/ReadersFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * Jazzer fuzzes one target (README, "Fuzzing").
 */
class ReadersFuzzTest {

  private static final CorpusReader READER = new CorpusReader();

  @FuzzTest(maxDuration = "5m")
  void plainText(byte[] bytes) {
    // The same bytes as a text file and as Markdown.
    check(read(bytes, "article.txt", "article2.md"));
  }

  @FuzzTest(maxDuration = "5m")
  void htmlPage(byte[] bytes) {
    check(read(bytes, "page.html"));
  }

  @FuzzTest(maxDuration = "5m")
  void jsonArticles(byte[] bytes) {
    // The same bytes as one JSON document (an object or an array of them) and as JSON Lines.
    check(read(bytes, "articles.json", "articles2.jsonl"));
  }

  @FuzzTest(maxDuration = "5m")
  void csvTable(byte[] bytes) {
    check(read(bytes, "table.csv"));
  }

  @FuzzTest(maxDuration = "5m")
  void settings(byte[] bytes) {
    Path folder = folder();
    write(folder.resolve(CorpusSettings.FILE_NAME), bytes);
    write(folder.resolve("a.txt"), "Kerry met Lavrov in Geneva on Monday. The talks went on.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CorpusSettings s = CorpusSettings.read(folder);
    assertNotNull(s.articles());
    assertNotNull(s.lexicon());
    for (var group : s.lexicon().aliases()) {
      assertTrue(group.size() >= 2, "alias group of fewer than two names: " + group);
      group.forEach(n -> assertFalse(n.isBlank(), "blank alias"));
    }
    check(read(folder));
  }

  /** A fresh folder holding {@code bytes} under each of {@code names}, read as a corpus. */
  static Corpus read(byte[] bytes, String... names) {
    Path folder = folder();
    for (String name : names) {
      write(folder.resolve(name), bytes);
    }
    return read(folder);
  }

  static Corpus read(Path folder) {
    try {
      return READER.read(folder);
    } catch (CorpusReader.FolderException e) {
      throw new AssertionError("the corpus folder itself was refused: " + e.getMessage(), e);
    }
  }

  /** What every corpus promises, whatever its files held. */
  static void check(Corpus corpus) {
    for (Problem p : corpus.problems()) {
      assertFalse(p.file() == null || p.message() == null || p.message().isBlank(), "a problem without a message: " + p);
    }
    for (Article a : corpus.articles()) {
      assertFalse(a.id() == null || a.id().isBlank(), "article without an id");
      assertNotNull(a.source());
      String text = a.text();
      assertFalse(text.isBlank(), a.id() + ": blank article text");
      SpanChecks.ordered(a.sentences(), a.id() + ": sentences");
      for (TextRange s : a.sentences()) {
        SpanChecks.inside(text, s.start(), s.end(), a.id() + ": sentence " + s);
        assertTrue(s.length() > 0, "empty sentence");
        assertFalse(SentenceSplitter.isWhitespace(text.charAt(s.start())) || SentenceSplitter.isWhitespace(text.charAt(s.end() - 1)),
            a.id() + ": sentence " + s + " not trimmed");
      }
      for (String field : new String[] {a.title(), a.outlet(), a.published(), a.url(), a.author()}) {
        assertTrue(field == null || !field.isBlank(), a.id() + ": blank metadata instead of null");
      }
      assertTrue(a.published() == null || a.published().matches("\\d{4}-\\d{2}-\\d{2}"), a.id() + ": published " + a.published());
    }
  }

  private static Path root;

  /** An empty folder for one run, under a temporary folder (in memory where the system has one). */
  static synchronized Path folder() {
    try {
      if (root == null) {
        Path shm = Path.of("/dev/shm");
        root = Files.isDirectory(shm) && Files.isWritable(shm)
            ? Files.createTempDirectory(shm, "parallax-fuzz-") : Files.createTempDirectory("parallax-fuzz-");
        Path r = root;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(r)));
      }
      Path folder = root.resolve("corpus");
      delete(folder);
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.parallax.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parallax.cache.FolderCache;

/**
 * Prints what the cache of per-article results saves, as a user meets it: {@code parallax analyze} in
 * fresh JVMs on a copy of each corpus, medians of 3 runs each: without the cache ({@code --no-cache}),
 * cold (an empty cache, filled by the run), re-opened unchanged (warm cache), and with one article
 * added to a warm cache (a new article each run).
 *
 * <pre>
 * mvn -B -DskipTests package org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.parallax.bench.CacheBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="target/parallax.jar seeds /tmp/s25 50"
 * </pre>
 *
 * Arguments: the jar, then corpus folders; a number instead of a folder is a synthetic corpus of that
 * many articles ({@link SyntheticCorpus}).
 */
public final class CacheBenchmark {

  private static final int RUNS = 3;

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length == 0 ? "target/parallax.jar" : args[0]);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run 'mvn -B -DskipTests package' first");
    }
    System.out.printf(Locale.ROOT, "machine: %d cores; fresh JVM per run, medians of %d%n", Runtime.getRuntime().availableProcessors(), RUNS);
    List<String> corpora = args.length <= 1 ? List.of("seeds") : List.of(args).subList(1, args.length);
    for (String c : corpora) {
      Path copy = Files.createTempDirectory("parallax-cache-bench");
      String name;
      if (c.matches("\\d+")) {
        SyntheticCorpus.write(copy, Integer.parseInt(c), 42);
        name = c + " synthetic articles";
      } else {
        copyArticles(Path.of(c), copy);
        name = c;
      }
      long articles;
      try (Stream<Path> files = Files.list(copy)) {
        articles = files.filter(Files::isRegularFile).count();
      }
      Path cache = copy.resolve(FolderCache.CORPUS_FOLDER);
      List<Double> none = new ArrayList<>();
      List<Double> cold = new ArrayList<>();
      List<Double> warm = new ArrayList<>();
      List<Double> added = new ArrayList<>();
      for (int r = 0; r < RUNS; r++) {
        none.add(analyze(jar, copy, "--no-cache"));
      }
      for (int r = 0; r < RUNS; r++) {
        delete(cache);
        cold.add(analyze(jar, copy, null));
      }
      for (int r = 0; r < RUNS; r++) {
        warm.add(analyze(jar, copy, null));
      }
      Path model = largestArticle(copy);
      String text = Files.readString(model);
      for (int r = 0; r < RUNS; r++) {
        String name2 = "zz-added-" + r + model.getFileName().toString().replaceAll("^.*(\\.[^.]+)$", "$1");
        Files.writeString(copy.resolve(name2), "Update " + r + ": officials said more talks were planned.\n\n" + text);
        added.add(analyze(jar, copy, null));
      }
      long bytes;
      try (Stream<Path> files = Files.walk(cache)) {
        bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
      System.out.printf(
          Locale.ROOT,
          "%s (%d articles): no cache %.2f s, cold %.2f s, re-open %.2f s, +1 article %.2f s; cache %d KB%n"
              + "    runs: no cache %s, cold %s, re-open %s, +1 %s%n",
          name, articles, median(none), median(cold), median(warm), median(added), bytes >> 10, none, cold, warm, added);
      delete(copy);
    }
  }

  private static double analyze(Path jar, Path corpus, String option) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "analyze", corpus.toString(), "--json", "/dev/null", "--quiet"));
    if (option != null) {
      command.add(option);
    }
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    int code = p.waitFor();
    double s = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("analyze " + corpus + " exited with " + code);
    }
    return Math.round(s * 100) / 100.0;
  }

  private static void copyArticles(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static Path largestArticle(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).max(Comparator.comparingLong(f -> f.toFile().length()))
          .orElseThrow(() -> new IllegalStateException("no .txt article in " + dir));
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }
}

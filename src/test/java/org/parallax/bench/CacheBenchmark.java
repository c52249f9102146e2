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
 * Prints what the cache saves, as a user meets it: {@code parallax analyze} in fresh JVMs on a copy of
 * each corpus, medians of 3 runs each ({@code -Dbench.runs=N}): without the cache ({@code --no-cache};
 * left out with {@code -Dbench.noCache=false}), cold (an empty cache, filled by the run), re-opened
 * unchanged (warm cache), and with one article added to a warm cache (a new article each run). With
 * {@code /usr/bin/time} on the machine, also the largest peak resident memory of each kind of run;
 * {@code -Dbench.jvm="-Xmx1g"} passes options to those JVMs. The machine's load average is printed
 * before and after each corpus: on a shared machine it says how far to trust the figures.
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

  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final boolean NO_CACHE = !"false".equals(System.getProperty("bench.noCache"));
  private static final List<String> JVM =
      System.getProperty("bench.jvm", "").isBlank() ? List.of() : List.of(System.getProperty("bench.jvm").trim().split("\\s+"));
  private static final Path TIME = Path.of("/usr/bin/time");

  /** One run: its wall time and peak resident memory (KB, 0 if unknown). */
  private record Run(double seconds, long peakKb) {}

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
      String loadBefore = Figures.load();
      List<Run> none = new ArrayList<>();
      List<Run> cold = new ArrayList<>();
      List<Run> warm = new ArrayList<>();
      List<Run> added = new ArrayList<>();
      for (int r = 0; r < RUNS && NO_CACHE; r++) {
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
          "%s (%d articles): no cache %s, cold %s, re-open %s, +1 article %s; cache %d KB%n"
              + "    runs (s): no cache %s, cold %s, re-open %s, +1 %s%n"
              + "    peak RSS (MB, largest): no cache %s, cold %s, re-open %s, +1 %s%n"
              + "    load average before: %s, after: %s%n",
          name, articles, median(none), median(cold), median(warm), median(added), bytes >> 10,
          seconds(none), seconds(cold), seconds(warm), seconds(added),
          peak(none), peak(cold), peak(warm), peak(added), loadBefore, Figures.load());
      delete(copy);
    }
  }

  private static Run analyze(Path jar, Path corpus, String option) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path peakFile = Files.createTempFile("parallax-bench-rss", ".txt");
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      command.addAll(List.of(TIME.toString(), "-o", peakFile.toString(), "-f", "%M"));
    }
    command.add(java);
    command.addAll(JVM);
    command.addAll(List.of("-jar", jar.toString(), "analyze", corpus.toString(), "--json", "/dev/null", "--quiet"));
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
    long peak = 0;
    if (timed) {
      String out = Files.readString(peakFile).strip();
      peak = out.matches("\\d+") ? Long.parseLong(out) : 0;
    }
    Files.deleteIfExists(peakFile);
    return new Run(Math.round(s * 100) / 100.0, peak);
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

  private static String median(List<Run> runs) {
    if (runs.isEmpty()) {
      return "-";
    }
    List<Double> s = new ArrayList<>(runs.stream().map(Run::seconds).toList());
    s.sort(null);
    return String.format(Locale.ROOT, "%.2f s", s.get(s.size() / 2));
  }

  private static String seconds(List<Run> runs) {
    return runs.stream().map(r -> String.valueOf(r.seconds())).toList().toString();
  }

  private static String peak(List<Run> runs) {
    return runs.isEmpty() ? "-" : String.valueOf(runs.stream().mapToLong(Run::peakKb).max().orElse(0) >> 10);
  }
}

package org.parallax.bench;

import eu.interedition.collatex.CollationAlgorithmFactory;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The paired run against CollateX (#15): {@code parallax analyze --no-cache} and CollateX's
 * Needleman-Wunsch collation ({@link CollateXPeer}) of the same synthetic corpus, each in a fresh JVM,
 * in alternation (pair by pair, the one that goes first alternating too, so that a change in the
 * machine's load falls on both), and prints each pair, the medians, the ratio of the medians and the
 * median of the pairs' ratios, with the load average before and after.
 *
 * <pre>
 * mvn -B -DskipTests package org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.parallax.bench.CollateXBenchmark -Dexec.classpathScope=test -Dexec.args="50 3"
 * </pre>
 *
 * Arguments: the number of synthetic articles ({@link SyntheticCorpus}, default 50), or a corpus folder
 * of plain-text articles, and the number of pairs (default 3). {@code -Dparallax.bench.jar} names the
 * jar to run (default {@code target/parallax.jar}).
 */
public final class CollateXBenchmark {

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("parallax.bench.jar", "target/parallax.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run 'mvn -B -DskipTests package' first");
    }
    String corpusArg = args.length > 0 ? args[0] : "50";
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path corpus;
    boolean synthetic = corpusArg.matches("\\d+");
    if (synthetic) {
      corpus = Files.createTempDirectory("parallax-collatex-bench");
      SyntheticCorpus.write(corpus, Integer.parseInt(corpusArg), 42);
    } else {
      corpus = Path.of(corpusArg);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // -Dparallax.bench.jvm="-XX:TieredStopAtLevel=1": Parallax's JVM as the installed app starts it.
    List<String> parallax = new ArrayList<>(List.of(java));
    for (String option : System.getProperty("parallax.bench.jvm", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        parallax.add(option);
      }
    }
    parallax.addAll(List.of("-jar", jar.toString(), "analyze", corpus.toString(), "--no-cache", "--json", "/dev/null", "--quiet"));
    String peerPath = location(CollationAlgorithmFactory.class) + File.pathSeparator + location(CollateXPeer.class);
    List<String> collatex = List.of(java, "-cp", peerPath, CollateXPeer.class.getName(), corpus.toString());
    System.out.printf(Locale.ROOT, "machine: %d cores; %s (%s); fresh JVM per run, %d pairs%n",
        Runtime.getRuntime().availableProcessors(), corpus, synthetic ? corpusArg + " synthetic articles" : "folder", pairs);
    System.out.println("parallax: " + String.join(" ", parallax));
    System.out.println("collatex: " + output(collatex));
    String loadBefore = Figures.load();
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int p = 0; p < pairs; p++) {
      double a;
      double b;
      if (p % 2 == 0) {
        a = time(parallax);
        b = time(collatex);
      } else {
        b = time(collatex);
        a = time(parallax);
      }
      ours.add(a);
      theirs.add(b);
      ratios.add(b / a);
      System.out.printf(Locale.ROOT, "pair %d: parallax %.2f s, collatex %.2f s, collatex/parallax %.2f (load %s)%n", p + 1, a, b, b / a, Figures.load());
    }
    System.out.printf(
        Locale.ROOT,
        "medians: parallax analyze --no-cache %.2f s, CollateX Needleman-Wunsch %.2f s; Parallax is %.2fx as fast"
            + " (ratio of medians; median of the pairs' ratios %.2f)%n    load average before: %s, after: %s%n",
        Figures.median(ours), Figures.median(theirs), Figures.median(theirs) / Figures.median(ours), Figures.median(ratios), loadBefore, Figures.load());
    if (synthetic) {
      delete(corpus);
    }
  }

  private static String location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** The wall time of one run in a fresh JVM; a failed run stops the benchmark. */
  private static double time(List<String> command) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    int code = p.waitFor();
    double s = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
    }
    return s;
  }

  /** What one run prints (the peer's summary of its result), once before the timed runs. */
  private static String output(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}

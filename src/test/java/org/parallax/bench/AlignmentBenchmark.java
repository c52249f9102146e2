package org.parallax.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;

/**
 * Prints the analysis speed figures: cold runs of {@code parallax analyze seeds} in fresh JVMs (model
 * loading included), then in-process runs on synthetic corpora of growing size with the peak heap.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx1g mvn -B -DskipTests package exec:java \
 *     -Dexec.mainClass=org.parallax.bench.AlignmentBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * Arguments ({@code -Dexec.args="50 200"}): the corpus sizes (default 50 200 1000). The cold runs start
 * {@code target/parallax.jar}, or the jar {@code -Dparallax.bench.jar} names (a build of one's own, e.g.
 * {@code -DbuildDir=target-x}, without overwriting the shared one); MAVEN_OPTS=-Xmx1g holds the
 * in-process runs to the 1 GB heap target.
 */
public final class AlignmentBenchmark {

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {50, 200, 1000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    coldSeeds(5);
    Analyzer analyzer = new Analyzer();
    analyzer.analyze(Path.of("seeds"));
    for (int size : sizes) {
      Path dir = Files.createTempDirectory("parallax-bench-" + size);
      SyntheticCorpus.write(dir, size, 42);
      int runs = size <= 200 ? 3 : 1;
      List<Double> times = new ArrayList<>();
      Analysis last = null;
      resetPeaks();
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        last = analyzer.analyze(dir);
        times.add((System.nanoTime() - t0) / 1e9);
      }
      int sentences = last.articles().stream().mapToInt(a -> a.sentences().size()).sum();
      System.out.printf(
          Locale.ROOT,
          "%5d articles, %6d sentences: median %.1f s over %d run(s) (%s); %d facts, %d unique; peak heap %d MB%n",
          size, sentences, Figures.median(times), runs, times, last.facts().size(), last.unique().size(), peakHeapMb());
    }
  }

  /** Fresh JVMs, as a user starts the command: class loading, JIT warm-up and model loading included. */
  private static void coldSeeds(int runs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path jar = Path.of(System.getProperty("parallax.bench.jar", "target/parallax.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run 'mvn -B -DskipTests package' first");
    }
    Path out = Files.createTempFile("parallax-bench", ".json");
    List<Double> times = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      Process p =
          new ProcessBuilder(java, "-jar", jar.toString(), "analyze", "seeds", "--json", out.toString(), "--quiet", "--no-cache")
              .redirectErrorStream(true)
              .redirectOutput(new File("/dev/null"))
              .start();
      int code = p.waitFor();
      times.add((System.nanoTime() - t0) / 1e9);
      if (code != 0) {
        throw new IllegalStateException("analyze seeds exited with " + code);
      }
    }
    System.out.printf(Locale.ROOT, "seeds cold (fresh JVM, 5 articles): median %.2f s over %d runs %s%n", Figures.median(times), runs, times);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}

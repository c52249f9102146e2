package org.parallax.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.parallax.pipeline.Analyzer;
import org.parallax.pipeline.Cancellation;
import org.parallax.pipeline.ProgressListener;
import org.parallax.pipeline.StageTime;

/**
 * Prints how long one long article takes, stage by stage: an article of each given size (in KB) beside
 * a short one, analysed in this JVM (models loaded and warmed up first, so the figures are the work the
 * article's length causes).
 *
 * <pre>
 * MAVEN_OPTS=-Xmx1g mvn -B -DskipTests package org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.parallax.bench.LongArticleBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="128 1024 5120"
 * </pre>
 *
 * <p>The long article is real news prose: the regression corpus's plain-text articles, one after the
 * other on one line, repeated until the size is reached, each repetition with two words of every
 * sentence swapped so that no sentence repeats (a repeated sentence would be embedded and tagged once).
 */
public final class LongArticleBenchmark {

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {128, 1024, 5120} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    String prose = prose(Path.of("src/test/resources/realnews"));
    Analyzer analyzer = new Analyzer();
    analyzer.analyze(Path.of("seeds")); // loads and warms the models
    for (int kb : sizes) {
      Path dir = Files.createTempDirectory("parallax-long-" + kb);
      Files.writeString(dir.resolve("long.txt"), longArticle(prose, kb * 1024, 7), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("short.txt"), prose.substring(0, 4000), StandardCharsets.UTF_8);
      long t0 = System.nanoTime();
      Analyzer.Result r = analyzer.run(dir, ProgressListener.NONE, new Cancellation());
      double total = (System.nanoTime() - t0) / 1e9;
      StringBuilder stages = new StringBuilder();
      for (StageTime t : r.times()) {
        if (t.millis() >= 100) {
          stages.append(String.format(Locale.ROOT, " %s %.1f s;", t.stage(), t.millis() / 1000.0));
        }
      }
      int sentences = r.analysis().articles().stream().mapToInt(a -> a.sentences().size()).sum();
      System.out.printf(
          Locale.ROOT, "%6d KB article (%d sentences): %.1f s;%s %d problem(s)%n",
          kb, sentences, total, stages, r.analysis().problems().size());
    }
  }

  /** The regression corpus's plain-text articles, in file order, on one line. */
  static String prose(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    StringBuilder b = new StringBuilder();
    for (Path p : files) {
      try {
        b.append(Files.readString(p).replaceAll("\\s+", " ").strip()).append(' ');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b.toString();
  }

  /** {@code prose} repeated to {@code chars} characters, two words of every sentence swapped in each copy. */
  static String longArticle(String prose, int chars, long seed) {
    Random random = new Random(seed);
    String[] sentences = prose.split("(?<=[.!?])\\s+");
    StringBuilder b = new StringBuilder(chars + 1000);
    while (b.length() < chars) {
      for (String s : sentences) {
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        if (words.size() > 4) {
          int i = random.nextInt(words.size() - 1);
          int j = random.nextInt(words.size() - 1);
          String w = words.get(i);
          words.set(i, words.get(j));
          words.set(j, w);
        }
        b.append(String.join(" ", words)).append(' ');
        if (b.length() >= chars) {
          break;
        }
      }
    }
    return b.substring(0, chars).strip();
  }
}

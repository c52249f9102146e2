package org.parallax.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the desktop app's responsiveness figures: it starts {@code target/parallax.jar} as a user would,
 * several times, on the seeds and on a synthetic corpus of 50 articles, and reads what the app measures
 * of itself with {@code -Dparallax.measure=true}:
 *
 * <ul>
 *   <li>first window: from the moment this harness starts the process to the first frame on screen;
 *   <li>longest stall building the workbench: the longest time the JavaFX thread could not answer from
 *       that first frame until the workbench is built, laid out and drawn (before the analysis starts);
 *   <li>longest stall during the analysis: the longest time the JavaFX thread could not answer while the
 *       corpus was being analysed (the target: under 100 ms);
 *   <li>longest stall showing the result: the same, over the 3 s after the analysis is shown.
 * </ul>
 *
 * It needs a display; on a machine without one, run it under Xvfb with software rendering:
 *
 * <pre>
 * mvn -B -DskipTests package
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.parallax.bench.WorkbenchBenchmark -Dexec.classpathScope=test -Dexec.args="5"
 * </pre>
 *
 * The first argument is the number of runs per corpus (default 5); further arguments are the corpora,
 * folders or numbers of synthetic articles (default: the seeds and 50). {@code -Dparallax.bench.jar}
 * names another jar than {@code target/parallax.jar}. Each run uses its own empty settings
 * folder (a first run: no remembered window size or recent corpora) and {@code -Dprism.order=sw}, the
 * software renderer, which is what Xvfb offers; on a machine with a graphics card, add
 * {@code -Dparallax.bench.prism=es2}.
 */
public final class WorkbenchBenchmark {

  private static final Pattern FIRST = Pattern.compile("first window drawn after (\\d+) ms");
  private static final Pattern SHOWN = Pattern.compile("analysis shown after (\\d+) ms .*stall during the analysis: ([\\d.]+) ms(?:; busiest: ([\\d.]+) ms)?");
  private static final Pattern BUILD = Pattern.compile("stall building the workbench: ([\\d.]+) ms(?:; busiest: ([\\d.]+) ms)?");
  private static final Pattern AFTER = Pattern.compile("stall while showing the result \\(3 s\\): ([\\d.]+) ms(?:; busiest: ([\\d.]+) ms)?");

  /**
   * One run's figures. A stall is how long the JavaFX thread could not answer; "busy" is the most processor
   * time the JavaFX thread itself spent within one stall (NaN from an app that does not measure it): on a
   * loaded machine a stall is mostly waiting for a core, and the busy time is the window's own work.
   */
  private record Run(
      double firstWindow, double stallBuilding, double busyBuilding, double analysis, double stallDuring, double busyDuring,
      double stallShowing, double busyShowing) {
    /** The longest stall after the first frame: the target is 100 ms. */
    double stallAfterFirstFrame() {
      return Math.max(stallBuilding, Math.max(stallDuring, stallShowing));
    }

    double busyAfterFirstFrame() {
      return Math.max(busyBuilding, Math.max(busyDuring, busyShowing));
    }
  }

  private static double group(Matcher m, int g) {
    return m.group(g) == null ? Double.NaN : Double.parseDouble(m.group(g));
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length == 0 ? 5 : Integer.parseInt(args[0]);
    Path jar = Path.of(System.getProperty("parallax.bench.jar", "target/parallax.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run 'mvn -B -DskipTests package' first");
    }
    System.out.printf(Locale.ROOT, "machine: %d cores; display %s; %d runs per corpus%n", Runtime.getRuntime().availableProcessors(), System.getenv("DISPLAY"), runs);
    if (args.length > 1) {
      // Further arguments: corpus folders, or numbers for synthetic corpora of that many articles.
      for (int i = 1; i < args.length; i++) {
        if (args[i].matches("\\d+")) {
          int n = Integer.parseInt(args[i]);
          Path synthetic = Files.createTempDirectory("parallax-bench-ui-" + n);
          SyntheticCorpus.write(synthetic, n, 42);
          report("synthetic, " + n + " articles", measure(jar, synthetic, runs));
        } else {
          report(args[i], measure(jar, Path.of(args[i]), runs));
        }
      }
      return;
    }
    Path fifty = Files.createTempDirectory("parallax-bench-ui-50");
    SyntheticCorpus.write(fifty, 50, 42);
    report("seeds (5 articles)", measure(jar, Path.of("seeds"), runs));
    report("synthetic, 50 articles", measure(jar, fifty, runs));
  }

  private static List<Run> measure(Path jar, Path corpus, int runs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Run> out = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      Path prefs = Files.createTempDirectory("parallax-bench-prefs");
      long launched = System.currentTimeMillis();
      Process p =
          new ProcessBuilder(
                  java,
                  "-Dprism.order=" + System.getProperty("parallax.bench.prism", "sw"),
                  "-Dparallax.measure=true",
                  "-Dparallax.measure.launched=" + launched,
                  "-Djava.util.prefs.userRoot=" + prefs,
                  "-jar",
                  jar.toString(),
                  "app",
                  corpus.toString())
              .redirectOutput(new File("/dev/null"))
              .start();
      double first = Double.NaN;
      double building = Double.NaN;
      double busyBuilding = Double.NaN;
      double analysis = Double.NaN;
      double during = Double.NaN;
      double busyDuring = Double.NaN;
      double showing = Double.NaN;
      double busyShowing = Double.NaN;
      try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = err.readLine()) != null; ) {
          Matcher m;
          if ((m = FIRST.matcher(line)).find()) {
            first = Double.parseDouble(m.group(1));
          } else if ((m = BUILD.matcher(line)).find()) {
            building = Double.parseDouble(m.group(1));
            busyBuilding = group(m, 2);
          } else if ((m = SHOWN.matcher(line)).find()) {
            analysis = Double.parseDouble(m.group(1));
            during = Double.parseDouble(m.group(2));
            busyDuring = group(m, 3);
          } else if ((m = AFTER.matcher(line)).find()) {
            showing = Double.parseDouble(m.group(1));
            busyShowing = group(m, 2);
            break;
          } else if (!line.startsWith("parallax.measure")) {
            System.err.println("  app: " + line);
          }
        }
      } finally {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
      if (Double.isNaN(showing)) {
        throw new IllegalStateException("the app ended before it reported its figures (is there a display?)");
      }
      Run run = new Run(first, building, busyBuilding, analysis, during, busyDuring, showing, busyShowing);
      System.out.printf(
          Locale.ROOT,
          "  run %d: first window %.0f ms; longest stall (busiest) building the workbench %.1f ms (%.1f ms), analysis %.0f ms,"
              + " during analysis %.1f ms (%.1f ms), showing result %.1f ms (%.1f ms); load average %s%n",
          r + 1, first, building, busyBuilding, analysis, during, busyDuring, showing, busyShowing, Figures.lastMinuteLoad());
      out.add(run);
    }
    return out;
  }

  private static void report(String corpus, List<Run> runs) {
    System.out.printf(
        Locale.ROOT,
        "%s: median first window %.0f ms; longest JavaFX-thread stall building the workbench: median %.1f ms, worst %.1f ms;"
            + " median analysis %.0f ms; longest JavaFX-thread stall during the analysis: median %.1f ms, worst %.1f ms;"
            + " while showing the result: median %.1f ms; after the first frame, all told: median %.1f ms"
            + " (the JavaFX thread's busiest time within one stall: building %.1f ms, during %.1f ms, showing %.1f ms, all told %.1f ms)%n",
        corpus,
        Figures.median(runs.stream().map(Run::firstWindow).toList()),
        Figures.median(runs.stream().map(Run::stallBuilding).toList()),
        runs.stream().mapToDouble(Run::stallBuilding).max().orElse(Double.NaN),
        Figures.median(runs.stream().map(Run::analysis).toList()),
        Figures.median(runs.stream().map(Run::stallDuring).toList()),
        runs.stream().mapToDouble(Run::stallDuring).max().orElse(Double.NaN),
        Figures.median(runs.stream().map(Run::stallShowing).toList()),
        Figures.median(runs.stream().map(Run::stallAfterFirstFrame).toList()),
        Figures.median(runs.stream().map(Run::busyBuilding).toList()),
        Figures.median(runs.stream().map(Run::busyDuring).toList()),
        Figures.median(runs.stream().map(Run::busyShowing).toList()),
        Figures.median(runs.stream().map(Run::busyAfterFirstFrame).toList()));
  }

}

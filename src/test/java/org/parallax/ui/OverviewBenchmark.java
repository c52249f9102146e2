package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Overview;

/**
 * Prints how long the overview takes at the largest size (200 articles): computing it from the
 * analysis (clustering included), drawing the canvas (the drawing commands for the cells in view), and
 * rasterising what was drawn (a snapshot of the canvas through the software renderer, a stand-in for the
 * frame that shows it). The story is {@link WideStory}'s: 200 articles, from 50 outlets and from 200 (one
 * row each), with 800 facts, 150 quotations and 120 referents. Not a unit test; it needs a display:
 *
 * <pre>
 * Xvfb :9 -screen 0 1600x1000x24 &amp;
 * DISPLAY=:9 mvn -B -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dprism.order=sw \
 *     -Dexec.mainClass=org.parallax.ui.OverviewBenchmark -Dexec.classpathScope=test -Dexec.args="15"
 * </pre>
 *
 * The argument is the number of timed runs (medians are printed).
 */
public final class OverviewBenchmark {

  private OverviewBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Platform.startup(() -> {});
    Platform.setImplicitExit(false);
    try {
      int articles = args.length > 1 ? Integer.parseInt(args[1]) : 200;
      for (int outlets : new int[] {articles, articles / 4}) {
        long t = System.nanoTime();
        Analysis a = WideStory.analysis(articles, outlets, articles * 4, articles * 3 / 4, 120);
        System.out.printf(Locale.ROOT, "synthetic analysis made in %.1f s%n", (System.nanoTime() - t) / 1e9);
        measure(a, outlets, runs);
      }
    } finally {
      Platform.exit();
    }
  }

  private static void measure(Analysis a, int outlets, int runs) throws Exception {
    long[] compute = new long[runs];
    for (int i = -10; i < runs; i++) { // ten warm-up runs: the first compile the code
      long t = System.nanoTime();
      Overview o = Overview.of(a);
      if (i >= 0) {
        compute[i] = System.nanoTime() - t;
      }
      if (o.rows().isEmpty()) {
        throw new IllegalStateException();
      }
    }
    Overview o = Overview.of(a);
    System.out.printf(Locale.ROOT, "overview computed %d times%n", runs + 10);
    Path folder = Files.createTempDirectory("parallax-overview-bench");
    CompletableFuture<long[][]> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        WorkbenchViewModel model = new WorkbenchViewModel(new SameThreadTasks(), f -> a, new AppSettings(new MemoryPreferences()));
        long t0 = System.nanoTime();
        model.corpus().openCorpus(folder);
        System.out.printf(Locale.ROOT, "workbench loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        long t = System.nanoTime();
        OverviewView view = new OverviewView(model, () -> {});
        long firstShow = System.nanoTime() - t;
        Stage stage = new Stage();
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1500, 960));
        stage.show();
        // The stage lays out on the next pulse; draw then.
        Platform.runLater(() -> Platform.runLater(() -> {
          long[] draw = new long[runs];
          long[] raster = new long[runs];
          OverviewViewModel vm = view.viewModel();
          for (int i = -3; i < runs; i++) {
            // Scroll to a different place each time: top-left, middle, bottom-right.
            int e = (i + 3) % 3 == 0 ? 0 : (i + 3) % 3 == 1 ? vm.entries().size() / 2 : vm.entries().size() - 1;
            int c = (i + 3) % 3 == 0 ? 0 : (i + 3) % 3 == 1 ? vm.columns() / 2 : vm.columns() - 1;
            view.cellCentre(e, c);
            long d0 = System.nanoTime();
            view.draw();
            long d1 = System.nanoTime();
            view.canvas().snapshot(null, null);
            long d2 = System.nanoTime();
            if (i >= 0) {
              draw[i] = view.drawNanos();
              raster[i] = d2 - d1;
            }
            if (d1 - d0 < 0) {
              throw new IllegalStateException();
            }
          }
          System.out.printf(Locale.ROOT, "canvas %.0f × %.0f px%n", view.canvas().getWidth(), view.canvas().getHeight());
          stage.close();
          result.complete(new long[][] {draw, raster, {firstShow}});
        }));
      } catch (RuntimeException ex) {
        result.completeExceptionally(ex);
      }
    });
    long[][] r = result.get(5, TimeUnit.MINUTES);
    System.out.printf(Locale.ROOT,
        "%d articles, %d outlets (%d rows), %d facts and quotations, %d referents: compute %.1f ms, draw %.1f ms,"
            + " rasterise %.1f ms (medians of %d); view built with the overview computed %.1f ms%n",
        a.articles().size(), outlets, o.rows().size(), o.items().size(), o.referents().size(), median(compute), median(r[0]), median(r[1]), runs,
        r[2][0] / 1e6);
  }

  private static double median(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }
}

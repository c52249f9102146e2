package org.parallax.ui;

import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application: one window over one corpus.
 *
 * <p>Start-up comes in three steps so that the window appears at once and never stops answering: the
 * window opens showing only what it is opening and a progress bar (as cheap a first frame as JavaFX
 * can draw); on the next turn the workbench is built into it; once the workbench is on screen the
 * corpus is analysed in the background, and the workbench fills in when that is done.
 *
 * <p>Developer options (system properties), for measurements and screenshots: {@code parallax.measure}
 * prints the time to the first window and the longest JavaFX-thread stall during and after an
 * analysis; {@code parallax.demo.select=ID} selects an item once the first analysis is shown; {@code
 * parallax.demo.tab=framing} (optionally with {@code parallax.demo.table=coverageTab}) shows the framing
 * tables; {@code parallax.demo.dark=true} uses the dark theme for this run.
 */
public final class ParallaxApp extends Application {

  private static volatile Path initialCorpus;

  /** Opens the window on {@code corpus} (may be null: an empty window) and blocks until it closes. */
  public static void launchOn(Path corpus) {
    initialCorpus = corpus;
    Application.launch(ParallaxApp.class);
  }

  private AppSettings settings;
  private final boolean measure = Boolean.getBoolean("parallax.measure");

  @Override
  public void start(Stage stage) {
    if (measure) {
      System.err.println("parallax.measure: JavaFX started the app after " + sinceStart() + " ms");
    }
    // While the first window is made and shown, the workbench's classes are loaded on another thread.
    ClassPreload.start();
    settings = AppSettings.user();
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double[] size = settings.windowSize(new double[] {Math.min(1500, screen.getWidth() * 0.94), Math.min(960, screen.getHeight() * 0.92)});
    Path corpus = initialCorpus;
    Label name = new Label("Parallax");
    name.setStyle("-fx-font-size: 2em; -fx-font-weight: bold;");
    Label what = new Label(corpus == null ? "Starting…" : "Opening " + corpus.toAbsolutePath().normalize().getFileName() + "…");
    ProgressBar bar = new ProgressBar(0.02);
    bar.setPrefWidth(260);
    VBox opening = new VBox(14, name, what, bar);
    opening.setAlignment(Pos.CENTER);
    Scene scene = new Scene(opening, Math.min(size[0], screen.getWidth()), Math.min(size[1], screen.getHeight()));
    stage.setScene(scene);
    stage.setTitle("Parallax");
    stage.setMinWidth(700);
    stage.setMinHeight(450);
    stage.setOnHidden(e -> {
      settings.setWindowSize(scene.getWidth(), scene.getHeight());
      settings.flush();
    });
    stage.show();
    Frames.afterNextFrame(() -> {
      // From the first frame on, so that building and first laying out the workbench are measured too.
      FxStallMeter meter = measure ? new FxStallMeter() : null;
      if (measure) {
        System.err.println("parallax.measure: first window drawn after " + sinceStart() + " ms (from launch)");
      }
      buildWorkbench(stage, scene, corpus, meter);
    });
  }

  private void buildWorkbench(Stage stage, Scene scene, Path corpus, FxStallMeter meter) {
    BackgroundTasks tasks = new BackgroundTasks();
    WorkbenchViewModel model = new WorkbenchViewModel(tasks, AnalysisSource.engine(), settings);
    if (System.getProperty("parallax.demo.dark") != null) {
      model.darkTheme().set(Boolean.getBoolean("parallax.demo.dark"));
    }
    if (corpus != null) {
      model.corpus().aboutToOpen(corpus);
    }
    // What the analyst did last is on disk before the application ends, whatever was still queued.
    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> model.project().flush());
    // The window in the next frame: the view-model and the window's controls each took a few hundred
    // milliseconds on a cold, loaded machine.
    Frames.afterNextFrame(() -> buildWindow(stage, scene, corpus, meter, tasks, model));
  }

  private void buildWindow(Stage stage, Scene scene, Path corpus, FxStallMeter meter, BackgroundTasks tasks, WorkbenchViewModel model) {
    javafx.scene.Parent opening = scene.getRoot();
    MainWindow window = new MainWindow(model);
    // Shown in the next frame: the window's controls are made in this one, its style sheets read and
    // applied in that one.
    Frames.afterNextFrame(() -> showWindow(stage, scene, corpus, meter, tasks, model, opening, window));
  }

  private void showWindow(
      Stage stage, Scene scene, Path corpus, FxStallMeter meter, BackgroundTasks tasks, WorkbenchViewModel model, javafx.scene.Parent opening,
      MainWindow window) {
    scene.setRoot(window.root());
    stage.titleProperty().bind(model.corpus().title());
    if (measure) {
      System.err.println("parallax.measure: workbench built after " + sinceStart() + " ms");
    }
    installDemo(model, window);
    if (meter != null && corpus != null) {
      watch(model, meter);
    }
    window.revealInStages(opening, () -> {
      if (corpus == null) {
        if (meter != null) {
          meter.stop();
        }
        return;
      }
      // After the workbench's first frames are drawn, so that drawing it does not compete with the
      // analysis. Drawing runs a frame behind the pulses, and the new workbench takes a few frames to
      // settle (its split panes and lists lay out again once sized): after three pulses the window was
      // still painting for up to 100 ms (software rendering); after six it is done.
      Frames.afterPulses(6, () -> {
        if (measure) {
          System.err.println("parallax.measure: workbench on screen after " + sinceStart() + " ms");
          double busy = meter.busiestMillis();
          System.err.printf("parallax.measure: longest JavaFX-thread stall building the workbench: %.1f ms; busiest: %.1f ms%n", meter.reset(), busy);
        }
        model.corpus().openCorpus(corpus);
        warmUpTextAreas(tasks);
      });
    });
  }

  /**
   * Pays RichTextFX's first-use cost in the background while the first analysis runs (after the frame
   * that shows the analysis has started, like the analysis itself).
   */
  private static void warmUpTextAreas(TaskRunner tasks) {
    tasks.run(
        () -> {
          ArticleColumn.warmUp();
          return null;
        },
        done -> {},
        // Only an optimisation: if it fails, the first column pays the cost itself.
        failed -> {});
  }

  @Override
  public void stop() {
    if (settings != null) {
      settings.flush();
    }
  }

  /**
   * Milliseconds since the launch: since {@code parallax.measure.launched} (epoch milliseconds, set by a
   * benchmark that starts the process) if given, else since the JVM started (which misses the few tens
   * of milliseconds the operating system takes to start it). Not the process's start instant: Linux
   * reports it against a boot time rounded to the second, up to a second early.
   */
  private static long sinceStart() {
    long launched = Long.getLong("parallax.measure.launched", 0);
    long start = launched > 0 ? launched : java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    return System.currentTimeMillis() - start;
  }

  /** Prints the longest stall while the analysis runs, and in the 3 s after its result is shown. */
  private static void watch(WorkbenchViewModel model, FxStallMeter meter) {
    long[] started = new long[1];
    model.corpus().busy().addListener((o, was, now) -> {
      if (now) {
        meter.reset();
        started[0] = System.nanoTime();
      } else {
        double busyDuring = meter.busiestMillis();
        double during = meter.reset();
        long took = (System.nanoTime() - started[0]) / 1_000_000;
        System.err.printf(
            "parallax.measure: analysis shown after %d ms (at %d ms from launch); longest JavaFX-thread stall during the analysis: %.1f ms; busiest: %.1f ms%n",
            took, sinceStart(), during, busyDuring);
        AnimationTimer frames =
            new AnimationTimer() {
              private long last;

              @Override
              public void handle(long t) {
                if (last != 0 && t - last > 50_000_000) {
                  System.err.printf("parallax.measure: frame gap %.1f ms%n", (t - last) / 1e6);
                }
                last = t;
              }
            };
        frames.start();
        PauseTransition later = new PauseTransition(javafx.util.Duration.seconds(3));
        later.setOnFinished(e -> {
          frames.stop();
          double busy = meter.busiestMillis();
          System.err.printf("parallax.measure: longest JavaFX-thread stall while showing the result (3 s): %.1f ms; busiest: %.1f ms%n", meter.reset(), busy);
        });
        later.play();
      }
    });
  }

  private static void installDemo(WorkbenchViewModel model, MainWindow window) {
    String select = System.getProperty("parallax.demo.select");
    String tab = System.getProperty("parallax.demo.tab");
    if (select == null && tab == null) {
      return;
    }
    model.corpus().analysis().addListener((o, was, now) -> {
      if (now == null) {
        return;
      }
      // After the columns are laid out, so that scrolling to the passage has sizes to work with.
      PauseTransition later = new PauseTransition(javafx.util.Duration.millis(600));
      later.setOnFinished(e -> {
        if (select != null) {
          model.navigate(select, null);
        }
        if ("framing".equals(tab)) {
          window.showFramingTables(System.getProperty("parallax.demo.table"));
        }
      });
      later.play();
    });
  }
}

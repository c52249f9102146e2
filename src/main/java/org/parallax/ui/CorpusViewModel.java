package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.Analysis;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import org.parallax.pipeline.Analyzer;
import org.parallax.pipeline.Cancellation;
import org.parallax.pipeline.DebugLog;
import org.parallax.pipeline.Progress;
import org.parallax.work.Cancelled;

/**
 * The open corpus: which folder, its analysis, the problems met reading it, the recent folders, and
 * whether an analysis is running. Analysis runs through the {@link TaskRunner}, so the window stays
 * responsive; the view only binds to this state.
 *
 * <p>Cancelling stops the running analysis: the engine stops at its next unit of work (a sentence or
 * an article), whatever it would still have produced is dropped, and the window keeps showing what it
 * showed before (the previous corpus, or nothing). Opening another folder while one is being analysed
 * cancels the first in the same way. The engine's progress (stage, article k of n) is kept in {@link
 * #progress()}, for the window to show at its own pace.
 */
public final class CorpusViewModel {

  private final TaskRunner tasks;
  private final AnalysisSource source;
  private final AppSettings settings;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Parallax");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a corpus folder to begin (File > Open corpus folder…).");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> loading = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
  private final ReadOnlyLongWrapper expectedMillis = new ReadOnlyLongWrapper(0);
  /** Counts analyses started; a result whose number is not the latest was abandoned. */
  private long generation;
  /** Stops the running analysis's engine. */
  private Cancellation running = new Cancellation();
  /** The engine's latest progress; written by its threads, read by the window. */
  private final AtomicReference<Progress> progress = new AtomicReference<>();
  /** The last analysis's stage times and contained faults, for a problem report. */
  private volatile Analyzer.Result lastRun;
  private long startedNanos;
  private boolean analysedOnce;

  public CorpusViewModel(TaskRunner tasks, AnalysisSource source, AppSettings settings) {
    this.tasks = tasks;
    this.source = source;
    this.settings = settings;
    recent.setAll(settings.recentCorpora());
  }

  /** Reads and analyses {@code corpus} in the background; the current corpus stays until it is done. */
  public void openCorpus(Path corpus) {
    long mine = ++generation;
    running.cancel();
    Cancellation cancellation = new Cancellation();
    running = cancellation;
    progress.set(null);
    startedNanos = System.nanoTime();
    expectedMillis.set(estimateMillis(articleFiles(corpus)));
    loading.set(corpus);
    status.set("Analysing " + nameOf(corpus) + "…" + (analysedOnce ? "" : " (the first analysis also loads the language model)"));
    busy.set(true);
    tasks.run(
        () -> {
          try {
            return source.run(corpus, p -> progress.set(p), cancellation);
          } catch (CorpusReader.FolderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        },
        result -> {
          if (mine == generation) {
            lastRun = result;
            show(corpus, result.analysis());
          }
        },
        error -> {
          if (mine == generation && !(error instanceof Cancelled)) {
            fail(corpus, error);
          }
        });
  }

  /**
   * Says that {@code corpus} is about to be opened (the window is still being built): the status and the
   * empty columns say so at once, so that starting the analysis a moment later changes only the progress
   * bar rather than the whole window.
   */
  public void aboutToOpen(Path corpus) {
    if (!busy.get() && analysis.get() == null) {
      loading.set(corpus);
      status.set("Opening " + nameOf(corpus) + "…");
    }
  }

  /** Analyses the open corpus again (its files may have changed). */
  public void reanalyse() {
    if (folder.get() != null) {
      openCorpus(folder.get());
    }
  }

  /** Stops the running analysis; the window returns at once to what it showed before. */
  public void cancel() {
    if (!busy.get()) {
      return;
    }
    generation++;
    running.cancel();
    busy.set(false);
    Path was = loading.get();
    loading.set(null);
    status.set(
        "Cancelled: "
            + nameOf(was)
            + " was not opened"
            + (analysis.get() == null ? "." : "; still showing " + analysis.get().corpus().name() + "."));
  }

  private void show(Path corpus, Analysis result) {
    // Not busy first: the analysis is over, what follows is showing its result.
    analysedOnce = true;
    loading.set(null);
    busy.set(false);
    folder.set(corpus);
    problems.setAll(result.problems());
    analysis.set(result);
    title.set(result.corpus().name() + " — Parallax");
    status.set(summary(result));
    recent.setAll(settings.addRecent(corpus));
  }

  private void fail(Path corpus, Throwable error) {
    String message =
        error instanceof IllegalArgumentException && error.getMessage() != null
            ? error.getMessage()
            : "the analysis failed (" + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")";
    if (!(error instanceof IllegalArgumentException)) {
      // Kept for a bug report; the analyst sees the one-line message.
      DebugLog log = DebugLog.inTemporaryFolder();
      try {
        log.write("open " + corpus, error);
        message += "; the details are in " + log.file();
      } catch (java.io.IOException notWritten) {
        System.err.println("parallax: analysing " + corpus + " failed: " + error);
      }
    }
    problems.add(0, Problem.skipped(corpus.toString(), message.startsWith(corpus.toString() + ": ") ? message.substring(corpus.toString().length() + 2) : message));
    status.set("Could not open " + nameOf(corpus) + ": " + message);
    if (!Files.isDirectory(corpus)) {
      recent.setAll(settings.removeRecent(corpus));
    }
    loading.set(null);
    busy.set(false);
  }

  /**
   * Roughly how long analysing {@code files} articles takes: measured on a two-core machine (five
   * articles in about four seconds, the language model's loading included; fifty in about twenty). The
   * progress bar follows the clock against this estimate; the engine reports no progress of its own.
   */
  static long estimateMillis(int files) {
    return 2000 + 350L * files;
  }

  /**
   * How many article files the folder holds at its top level (sub-folders not searched: one directory
   * listing, cheap enough to make while the analyst waits), or 0 if it cannot be listed.
   */
  static int articleFiles(Path folder) {
    try (var entries = Files.list(folder)) {
      return (int)
          entries
              .filter(p -> CorpusReader.isArticleFileName(p.getFileName().toString()))
              .count();
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
  }

  /** The running analysis's latest progress, or null before the engine has reported any. */
  public Progress progress() {
    return busy.get() ? progress.get() : null;
  }

  /**
   * Writes a problem report for the shown analysis (its stage times and the full cause of every
   * contained fault) to the debug log, and returns the log's path.
   */
  public Path writeProblemReport() throws java.io.IOException {
    DebugLog log = DebugLog.inTemporaryFolder();
    Analyzer.Result r = lastRun;
    Path shown = folder.get();
    if (r == null) {
      log.write("problem report: no analysis shown yet", new IllegalStateException("no analysis has finished in this window"));
    } else {
      log.write("problem report for " + shown, r);
    }
    return log.file();
  }

  /** Milliseconds since the running analysis started. */
  public long elapsedMillis() {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /** The estimated duration of the running analysis, in milliseconds. */
  public ReadOnlyLongProperty expectedMillis() {
    return expectedMillis.getReadOnlyProperty();
  }

  /** "seeds: 5 articles · 3 shared quotations · 7 facts · 41 sentences only one outlet reports". */
  static String summary(Analysis a) {
    long shared = a.quotes().stream().filter(q -> q.occurrences().stream().map(o -> o.article()).distinct().count() > 1).count();
    long skipped = a.problems().stream().filter(Problem::skipped).count();
    long warnings = a.problems().size() - skipped;
    StringBuilder s = new StringBuilder(a.corpus().name()).append(": ");
    s.append(count(a.articles().size(), "article", "articles"));
    s.append(" · ").append(count(shared, "shared quotation", "shared quotations"));
    s.append(" · ").append(count(a.facts().size(), "aligned fact", "aligned facts"));
    if (!a.referents().isEmpty()) {
      s.append(" · ").append(count(a.referents().size(), "referent", "referents"));
    }
    if (!a.divergences().isEmpty()) {
      s.append(" · ").append(count(a.divergences().size(), "divergence", "divergences"));
    }
    if (!a.hedges().isEmpty()) {
      s.append(" · ").append(count(a.hedges().size(), "hedge", "hedges"));
    }
    s.append(" · ").append(count(a.unique().size(), "sentence only one outlet reports", "sentences only one outlet reports"));
    if (skipped > 0) {
      s.append(" · ").append(count(skipped, "file skipped", "files skipped"));
    }
    if (warnings > 0) {
      s.append(" · ").append(count(warnings, "warning", "warnings"));
    }
    return s.toString();
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String nameOf(Path p) {
    if (p == null) {
      return "the corpus";
    }
    Path name = p.toAbsolutePath().normalize().getFileName();
    return name == null ? p.toString() : name.toString();
  }

  /**
   * The folder to open for files dropped on the window: a dropped folder itself, or the folder holding a
   * dropped file.
   */
  public static Optional<Path> droppedFolder(List<Path> dropped) {
    for (Path p : dropped) {
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    for (Path p : dropped) {
      Path parent = p.toAbsolutePath().getParent();
      if (Files.isRegularFile(p) && parent != null) {
        return Optional.of(parent);
      }
    }
    return Optional.empty();
  }

  public void clearRecent() {
    settings.clearRecent();
    recent.clear();
  }

  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busy() {
    return busy.getReadOnlyProperty();
  }

  /** The analysis shown, or null before the first corpus is open. */
  public ReadOnlyObjectProperty<Analysis> analysis() {
    return analysis.getReadOnlyProperty();
  }

  /** The folder of the analysis shown. */
  public ReadOnlyObjectProperty<Path> folder() {
    return folder.getReadOnlyProperty();
  }

  /** The folder being analysed, or null. */
  public ReadOnlyObjectProperty<Path> loading() {
    return loading.getReadOnlyProperty();
  }

  /** Files skipped and warnings of the shown corpus, after any folder that could not be opened. */
  /**
   * Replaces the problems reported about {@code file} (not a file of the corpus: the project, say) with
   * {@code now}, keeping the corpus's own.
   */
  public void setProblemsOf(String file, List<Problem> now) {
    List<Problem> next = new java.util.ArrayList<>(problems.stream().filter(p -> !p.file().equals(file)).toList());
    next.addAll(now);
    if (!next.equals(problems)) {
      problems.setAll(next);
    }
  }

  public ObservableList<Problem> problems() {
    return problemsView;
  }

  public ObservableList<Path> recent() {
    return recentView;
  }
}

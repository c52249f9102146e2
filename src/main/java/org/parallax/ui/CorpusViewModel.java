package org.parallax.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Analyzer;
import org.parallax.corpus.Article;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;

/**
 * State of the main window: the open corpus, its articles, the selected one, and the problems met while
 * reading it. Analysis runs through the {@link TaskRunner}; the view only binds to this state.
 */
public final class CorpusViewModel {

  private final TaskRunner tasks;
  private final Supplier<Analyzer> analyzer;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Parallax");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a corpus folder to begin.");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Article> selected = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Article> articles = FXCollections.observableArrayList();
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();

  public CorpusViewModel(TaskRunner tasks) {
    this(tasks, Analyzer::new);
  }

  public CorpusViewModel(TaskRunner tasks, Supplier<Analyzer> analyzer) {
    this.tasks = tasks;
    this.analyzer = analyzer;
  }

  /** Reads and analyses {@code folder} in the background; the window stays responsive. */
  public void openCorpus(Path folder) {
    busy.set(true);
    status.set("Analysing " + folder + " …");
    tasks.run(
        () -> {
          try {
            return analyzer.get().analyze(folder);
          } catch (CorpusReader.FolderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        },
        this::show,
        error -> {
          busy.set(false);
          status.set(error instanceof IllegalArgumentException ? error.getMessage() : "Analysis failed: " + error);
        });
  }

  private void show(Analysis result) {
    analysis.set(result);
    articles.setAll(result.articles());
    problems.setAll(result.problems());
    selected.set(articles.isEmpty() ? null : articles.get(0));
    title.set(result.corpus().name() + " — Parallax");
    long skipped = result.problems().stream().filter(Problem::skipped).count();
    status.set(
        result.articles().size() + " article(s)"
            + (skipped > 0 ? ", " + skipped + " file(s) skipped" : "")
            + (result.problems().size() > skipped ? ", " + (result.problems().size() - skipped) + " warning(s)" : ""));
    busy.set(false);
  }

  public void selectArticle(Article article) {
    selected.set(article);
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

  public ReadOnlyObjectProperty<Analysis> analysis() {
    return analysis.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Article> selected() {
    return selected.getReadOnlyProperty();
  }

  public ObservableList<Article> articles() {
    return FXCollections.unmodifiableObservableList(articles);
  }

  public ObservableList<Problem> problems() {
    return FXCollections.unmodifiableObservableList(problems);
  }
}

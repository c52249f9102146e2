package org.parallax.ui;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.parallax.corpus.Article;
import org.parallax.corpus.Problem;

/**
 * The main window's view: the article list, the selected article's cleaned text, and the problems. It
 * binds to a {@link CorpusViewModel} and forwards the user's actions to it; it holds no state of its own.
 */
public final class MainWindow {

  private final CorpusViewModel model;
  private final BorderPane root = new BorderPane();

  public MainWindow(CorpusViewModel model) {
    this.model = model;

    Button open = new Button("Open corpus…");
    open.setId("openCorpus");
    open.setOnAction(e -> chooseFolder());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("progress");
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(model.busy());
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(model.status());
    root.setTop(new ToolBar(open, progress, status));

    ListView<Article> articles = new ListView<>(model.articles());
    articles.setId("articles");
    articles.setCellFactory(list -> new ArticleCell());
    articles.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        model.selectArticle(now);
      }
    });
    model.selected().addListener((o, was, now) -> {
      if (now != null && articles.getSelectionModel().getSelectedItem() != now) {
        articles.getSelectionModel().select(now);
      }
    });

    Label heading = new Label();
    heading.setId("articleHeading");
    heading.setWrapText(true);
    heading.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
    heading.textProperty().bind(Bindings.createStringBinding(() -> headingOf(model.selected().get()), model.selected()));
    Label meta = new Label();
    meta.setId("articleMeta");
    meta.textProperty().bind(Bindings.createStringBinding(() -> metaOf(model.selected().get()), model.selected()));
    TextArea text = new TextArea();
    text.setId("articleText");
    text.setEditable(false);
    text.setWrapText(true);
    text.textProperty().bind(Bindings.createStringBinding(
        () -> model.selected().get() == null ? "" : model.selected().get().text(), model.selected()));
    VBox.setVgrow(text, Priority.ALWAYS);
    VBox reader = new VBox(6, heading, meta, text);
    reader.setPadding(new Insets(8));

    ListView<Problem> problems = new ListView<>(model.problems());
    problems.setId("problems");
    problems.setPlaceholder(new Label("No problems reading this corpus."));
    problems.setPrefHeight(110);

    SplitPane centre = new SplitPane(reader, problems);
    centre.setOrientation(Orientation.VERTICAL);
    centre.setDividerPositions(0.85);
    SplitPane main = new SplitPane(articles, centre);
    main.setDividerPositions(0.28);
    root.setCenter(main);
    HBox.setHgrow(status, Priority.ALWAYS);
  }

  public Parent root() {
    return root;
  }

  public CorpusViewModel viewModel() {
    return model;
  }

  public ObservableStringValue title() {
    return model.title();
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open corpus folder");
    File dir = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
    if (dir != null) {
      model.openCorpus(dir.toPath());
    }
  }

  private static String headingOf(Article a) {
    if (a == null) {
      return "";
    }
    return a.title() != null ? a.title() : a.source();
  }

  private static String metaOf(Article a) {
    if (a == null) {
      return "";
    }
    return String.join(
        "  ·  ",
        a.outlet() != null ? a.outlet() : "outlet unknown",
        a.published() != null ? a.published() : "date unknown",
        a.source() + " (" + a.encoding() + ")");
  }

  private static final class ArticleCell extends ListCell<Article> {
    @Override
    protected void updateItem(Article a, boolean empty) {
      super.updateItem(a, empty);
      if (empty || a == null) {
        setText(null);
        return;
      }
      setText(headingOf(a) + "\n" + (a.outlet() != null ? a.outlet() : "—") + "  " + (a.published() != null ? a.published() : ""));
    }
  }
}

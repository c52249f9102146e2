package org.parallax.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.parallax.analysis.Highlight;
import org.parallax.corpus.Article;

/**
 * The articles side by side: one {@link ArticleColumn} per shown article, sharing the width, scrolling
 * horizontally when there are more than fit ({@value ArticleColumn#MIN_WIDTH} pixels each at least).
 * Selecting an item marks and scrolls to its passage in every column.
 *
 * <p>Columns are built lazily, one per frame, and only once they come into view: until then a light
 * placeholder of the same width holds their place. Building a column of styled text costs tens of
 * milliseconds, so a corpus of fifty articles must neither build them all in one go on the JavaFX thread
 * nor build those nobody scrolls to.
 */
final class ColumnsView {

  private final WorkbenchViewModel model;
  private final HBox row = new HBox();
  private final ScrollPane scroll = new ScrollPane(row);
  private final Label empty = new Label();
  private final StackPane root = new StackPane(scroll, empty);
  /** Columns by article object: a new analysis brings new articles, so stale columns are never reused. */
  private final Map<Article, ArticleColumn> built = new IdentityHashMap<>();
  private final Map<Article, Node> placeholders = new IdentityHashMap<>();
  /** One hover popup for all columns: a popup is a window, too heavy to make per column. */
  private final Popup tip = new Popup();

  /** Frames to let pass before building: the frame that shows a new corpus has enough to draw. */
  private int wait;

  /**
   * Time left between two columns built: a new column's frame is drawn while the JavaFX thread is free.
   * Built on consecutive frames, each pulse first waited for the previous frame, which the software
   * renderer took 200-600 ms to draw at 200 articles on a loaded machine (measured): stalls, frame
   * after frame.
   */
  static final long BUILD_GAP_NANOS = 150_000_000;

  private long lastBuilt;

  private final AnimationTimer builder =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          if (wait > 0) {
            wait--;
          } else if (now - lastBuilt < BUILD_GAP_NANOS) {
            return;
          } else if (buildNextInView()) {
            lastBuilt = now;
          } else {
            stop();
          }
        }
      };

  private CodingActions actions;

  /** The analyst's edits, offered in every column's context menu (columns built from now on). */
  void setActions(CodingActions a) {
    this.actions = a;
  }

  ColumnsView(WorkbenchViewModel model) {
    this.model = model;
    row.setId("columns");
    row.setFillHeight(true);
    scroll.setId("columnsScroll");
    scroll.setFitToHeight(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    // At least as wide as the viewport (columns share it), wider when they do not fit (then it scrolls).
    row.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
    empty.getStyleClass().add("empty-hint");
    empty.setId("columnsHint");
    empty.setWrapText(true);
    empty.setMouseTransparent(true);
    tip.setAutoHide(true);
    updateHint();

    model.columns().shown().addListener((ListChangeListener<Article>) c -> rebuild());
    model.navigator().selected().addListener((o, was, now) -> columns().forEach(col -> col.showSelection(now)));
    model.shownKinds().addListener((SetChangeListener<Highlight.Kind>) c -> columns().forEach(ArticleColumn::restyle));
    // Find in articles: every column marks what was found; the current match is brought into view.
    model.find().version().addListener((o, was, now) -> columns().forEach(ArticleColumn::restyle));
    model.codingsVersion().addListener((o, was, now) -> columns().forEach(ArticleColumn::restyle));
    model.find().current().addListener((o, was, now) -> {
      if (now != null) {
        reveal(now.article());
        columns().stream().filter(col -> col.article().id().equals(now.article())).findFirst()
            .ifPresent(col -> col.showFound(now.range()));
      }
    });
    model.zoom().addListener((o, was, now) -> columns().forEach(col -> col.setTextSize(now.doubleValue())));
    model.reveal().addListener((o, was, now) -> {
      if (now != null) {
        Platform.runLater(() -> reveal(now.article()));
      }
    });
    model.corpus().busy().addListener((o, was, now) -> updateHint());
    // The scroll pane's skin keeps its viewport as a cached bitmap: every change in a column (one built,
    // a mark restyled) renders the cache again and draws it, which in software rendering was most of each
    // frame while the columns of a 200-article corpus were built (measured). Drawn directly instead.
    scroll.skinProperty().addListener((o, was, now) -> {
      Node viewport = scroll.lookup(".viewport");
      if (viewport != null) {
        viewport.setCache(false);
      }
    });
    scroll.hvalueProperty().addListener((o, was, now) -> builder.start());
    scroll.viewportBoundsProperty().addListener((o, was, now) -> builder.start());
  }

  private void rebuild() {
    Set<Article> current = Collections.newSetFromMap(new IdentityHashMap<>());
    current.addAll(model.columns().articles());
    built.keySet().retainAll(current);
    placeholders.keySet().retainAll(current);
    List<Node> children = new ArrayList<>();
    for (Article a : model.columns().shown()) {
      Node n = built.containsKey(a) ? built.get(a) : placeholders.computeIfAbsent(a, ColumnsView::placeholder);
      if (n instanceof ArticleColumn col && !row.getChildren().contains(col)) {
        // A column shown again missed the selections made while it was hidden.
        col.showSelection(model.navigator().selected().get());
      }
      HBox.setHgrow(n, Priority.ALWAYS);
      children.add(n);
    }
    boolean first = row.getChildren().stream().noneMatch(n -> n instanceof ArticleColumn);
    arrange(children);
    updateHint();
    wait = first ? 1 : 0;
    builder.start();
  }

  /**
   * A stand-in as wide as a column, until the column is built: an empty pane, since a label in each of
   * 200 stand-ins (a skin and its styles each) was a good part of the frame that shows the corpus.
   */
  private static Node placeholder(Article a) {
    StackPane p = new StackPane();
    p.getStyleClass().add("article-column");
    p.setMinWidth(ArticleColumn.MIN_WIDTH);
    p.setPrefWidth(ArticleColumn.MIN_WIDTH);
    p.setMaxWidth(Double.MAX_VALUE);
    p.setUserData(a);
    return p;
  }

  /**
   * Builds the leftmost placeholder that is in view (or just beside it) into its column.
   *
   * @return false when there is none left to build
   */
  private boolean buildNextInView() {
    double view = scroll.getViewportBounds().getWidth();
    double total = row.getWidth();
    double left = total > view ? scroll.getHvalue() * (total - view) : 0;
    List<Node> children = row.getChildren();
    for (int i = 0; i < children.size(); i++) {
      Node n = children.get(i);
      if (n instanceof ArticleColumn) {
        continue;
      }
      Bounds b = n.getBoundsInParent();
      // Before the first layout every bound is empty: build from the left then.
      boolean inView = b.getWidth() == 0 || (b.getMaxX() >= left - ArticleColumn.MIN_WIDTH && b.getMinX() <= left + view + ArticleColumn.MIN_WIDTH);
      if (inView) {
        Article a = (Article) n.getUserData();
        ArticleColumn col = new ArticleColumn(a, model, tip, actions);
        col.setTextSize(model.zoom().get());
        col.showSelection(model.navigator().selected().get());
        FindViewModel.Match found = model.find().current().get();
        if (found != null && found.article().equals(a.id())) {
          col.showFound(found.range());
        }
        HBox.setHgrow(col, Priority.ALWAYS);
        built.put(a, col);
        placeholders.remove(a);
        children.set(i, col);
        updateHint();
        return true;
      }
    }
    return false;
  }

  /**
   * Makes the row hold {@code wanted}, in order, touching as few children as possible: a node taken out
   * of the scene and put back has its style sheet applied again, which for a column of styled text is
   * the most expensive thing the window does.
   */
  private void arrange(List<Node> wanted) {
    List<Node> children = row.getChildren();
    if (children.equals(wanted)) {
      return;
    }
    Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(wanted);
    if (children.stream().noneMatch(n -> n instanceof ArticleColumn && kept.contains(n))) {
      // No built column to keep in the scene (a new corpus): one change rather than one per column,
      // each of which checked the whole row (at 200 articles, tens of milliseconds).
      row.getChildren().setAll(wanted);
      return;
    }
    children.removeIf(n -> !kept.contains(n));
    for (int i = 0; i < wanted.size(); i++) {
      Node n = wanted.get(i);
      if (i < children.size() && children.get(i) == n) {
        continue;
      }
      children.remove(n);
      children.add(i, n);
    }
  }

  /** Whether every column in view is built (columns are built over a few frames). */
  boolean complete() {
    return !row.getChildren().isEmpty() && !buildable();
  }

  private boolean buildable() {
    double view = scroll.getViewportBounds().getWidth();
    double total = row.getWidth();
    double left = total > view ? scroll.getHvalue() * (total - view) : 0;
    for (Node n : row.getChildren()) {
      Bounds b = n.getBoundsInParent();
      if (!(n instanceof ArticleColumn) && (b.getWidth() == 0 || (b.getMaxX() >= left && b.getMinX() <= left + view))) {
        return true;
      }
    }
    return false;
  }

  private void updateHint() {
    boolean none = row.getChildren().isEmpty();
    empty.setVisible(none);
    if ((model.corpus().busy().get() || model.corpus().loading().get() != null) && model.corpus().analysis().get() == null) {
      empty.setText("Analysing the corpus… the articles appear here when it is done.");
    } else if (model.corpus().analysis().get() == null) {
      empty.setText("Open a corpus folder (File > Open corpus folder…, Ctrl+O) or drop one on this window.");
    } else if (!model.columns().shown().isEmpty()) {
      empty.setText("");
    } else {
      empty.setText("All articles are hidden. Choose the articles to show under Articles in the toolbar.");
    }
  }

  /** Scrolls horizontally so that the article's column is in view (it is then built if need be). */
  void reveal(String article) {
    for (Node n : row.getChildren()) {
      Article a = n instanceof ArticleColumn col ? col.article() : (Article) n.getUserData();
      if (a.id().equals(article)) {
        double total = row.getWidth();
        double view = scroll.getViewportBounds().getWidth();
        if (total <= view) {
          return;
        }
        double x = n.getBoundsInParent().getMinX();
        double right = n.getBoundsInParent().getMaxX();
        double left = scroll.getHvalue() * (total - view);
        if (x < left || right > left + view) {
          scroll.setHvalue(Math.max(0, Math.min(1, x / (total - view))));
        }
        return;
      }
    }
  }

  /** The built columns, left to right. */
  List<ArticleColumn> columns() {
    List<ArticleColumn> out = new ArrayList<>();
    for (Node n : row.getChildren()) {
      if (n instanceof ArticleColumn col) {
        out.add(col);
      }
    }
    return out;
  }

  Node root() {
    return root;
  }
}

package org.parallax.ui;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;
import org.parallax.analysis.Highlights;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;

/**
 * One article's column: outlet, date and title above its cleaned text, with Parallax's marks drawn in
 * it. The text is a read-only, virtualised RichTextFX area, so long articles scroll smoothly. Hovering
 * a mark shows its notes; clicking one selects its item.
 *
 * <p>Ids (for tests and accessibility tools): the column is {@code column-ID}, its text {@code text-ID},
 * where ID is the article id with characters other than letters, digits, {@code _} and {@code -}
 * replaced by {@code _}.
 */
final class ArticleColumn extends VBox {

  static final double MIN_WIDTH = 230;

  private final Article article;
  private final WorkbenchViewModel model;
  private final StyleClassedTextArea area = new StyleClassedTextArea(false);
  private final Label absent = new Label();
  /** Opens the analyst's memo on the article; reads ✎ when there is one. */
  private final Button memo = new Button("✐");
  private final Popup tip;
  /** Paragraphs that carry the selection bar now. */
  private final List<Integer> barred = new java.util.ArrayList<>();

  /** @param tip the popup to show a mark's notes in, shared by the columns */
  ArticleColumn(Article article, WorkbenchViewModel model, Popup tip) {
    this(article, model, tip, null);
  }

  /** @param actions the analyst's edits offered in the context menu; null for none */
  ArticleColumn(Article article, WorkbenchViewModel model, Popup tip, CodingActions actions) {
    this.article = article;
    this.model = model;
    this.tip = tip;
    String key = safeId(article.id());
    setId("column-" + key);
    getStyleClass().add("article-column");
    setMinWidth(MIN_WIDTH);
    setPrefWidth(MIN_WIDTH);
    setMaxWidth(Double.MAX_VALUE);

    Label outlet = new Label(Highlights.name(article));
    outlet.getStyleClass().add("outlet");
    outlet.setId("outlet-" + key);
    outlet.setEllipsisString("…");
    // Ids of one folder share their start ("ecb-01-a_1_10ecb", "ecb-01-a_1_11ecb"): cut in the middle, so
    // that narrow columns still tell them apart; names and titles after a whole word ("The Moscow…").
    outlet.setTextOverrun(Highlights.nameFrom(article).equals("id")
        ? javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS : javafx.scene.control.OverrunStyle.WORD_ELLIPSIS);
    LazyTooltip.install(outlet, () -> switch (Highlights.nameFrom(article)) {
      case "title" -> "Outlet unknown; the article's title is shown";
      case "id" -> "Outlet unknown and no title; the article's id is shown";
      default -> article.outlet();
    });
    Label date = new Label(article.published() == null ? "date unknown" : article.published());
    date.getStyleClass().add("date");
    Label title = new Label(article.title() == null ? article.source() : article.title());
    title.getStyleClass().add("title");
    title.setWrapText(true);
    title.setMaxHeight(54);
    LazyTooltip.install(title, () -> (article.title() == null ? "(no title)" : article.title()) + "\n" + article.source() + (article.url() == null ? "" : "\n" + article.url()));
    absent.getStyleClass().add("absent");
    absent.setId("absent-" + key);
    absent.setWrapText(true);
    absent.managedProperty().bind(absent.visibleProperty());
    absent.setVisible(false);

    Button left = small("◀", "Move this column left", () -> model.columns().moveLeft(article.id()));
    left.setId("moveLeft-" + key);
    Button right = small("▶", "Move this column right", () -> model.columns().moveRight(article.id()));
    right.setId("moveRight-" + key);
    Button hide = small("✕", "Hide this article (show it again from Articles in the toolbar)", () -> model.columns().hide(article.id()));
    hide.setId("hide-" + key);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    outlet.setMinWidth(0);
    memo.setId("memo-" + key);
    memo.setFocusTraversable(false);
    memo.getStyleClass().add("column-memo");
    memo.setOnAction(e -> {
      if (actions != null) {
        actions.memoOnArticle(article);
      }
    });
    memo.setVisible(actions != null);
    memo.managedProperty().bind(memo.visibleProperty());
    LazyTooltip.install(memo, () -> model.project().memoOn(org.parallax.project.Target.article(article.id()))
        .map(m -> "Your memo on this article:\n" + m.text()).orElse("Write a memo on this article"));
    HBox top = new HBox(4, outlet, spacer, memo, left, right, hide);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox header = new VBox(2, top, date, title, absent);
    header.getStyleClass().add("column-header");

    area.setId("text-" + key);
    area.setUserData(article.id());
    area.getStyleClass().add("article-text");
    area.setEditable(false);
    area.setWrapText(true);
    area.replaceText(article.text());
    if (article.headline() != null) {
      // The headline opens the text, in bold; the header's title would repeat it.
      area.setParagraphStyle(0, List.of("headline"));
      title.setVisible(false);
      title.setManaged(false);
    }
    area.getUndoManager().forgetHistory();
    area.setAccessibleText(Highlights.name(article) + ": " + (article.title() == null ? article.id() : article.title()));
    VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(header, scroll);

    restyle();
    installTooltips();
    area.selectionProperty().addListener((o, was, now) -> model.selectText(article.id(), now.getStart(), now.getEnd()));
    if (actions != null) {
      area.setOnContextMenuRequested(e -> {
        var hit = area.hit(e.getX(), e.getY());
        // From the keyboard (Shift+F10, the menu key) the menu is about the caret, not the mouse.
        int at = e.isKeyboardTrigger() ? area.getCaretPosition() : hit.getCharacterIndex().orElse(hit.getInsertionIndex());
        javafx.scene.control.ContextMenu menu = actions.contextMenu(article, at);
        menu.setAutoHide(true);
        menu.show(area, e.getScreenX(), e.getScreenY());
        e.consume();
      });
    }
    area.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && e.getClickCount() == 1) {
            var hit = area.hit(e.getX(), e.getY());
            int at = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
            model.selectAt(article.id(), at);
          }
        });
  }

  private static Button small(String text, String tooltip, Runnable action) {
    Button b = new Button(text);
    LazyTooltip.install(b, () -> tooltip);
    b.setAccessibleText(tooltip);
    b.setFocusTraversable(false);
    b.setOnAction(e -> action.run());
    return b;
  }

  private void installTooltips() {
    area.setMouseOverTextDelay(Duration.ofMillis(450));
    area.addEventHandler(
        MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
        e -> {
          List<String> notes = model.notesAt(article.id(), e.getCharacterIndex());
          if (!notes.isEmpty() && getScene() != null) {
            Label text = new Label(String.join("\n", notes));
            text.getStyleClass().add("mark-tooltip");
            text.setWrapText(true);
            text.setMaxWidth(460);
            text.getStylesheets().setAll(getScene().getStylesheets());
            tip.getContent().setAll(text);
            tip.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 14);
          }
        });
    area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
  }

  /** Draws the marks as the model says (kinds shown, item selected). */
  void restyle() {
    List<ArticleMarks.Run> runs = model.runs(article);
    if (runs.isEmpty()) {
      return;
    }
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(runs.size());
    for (ArticleMarks.Run r : runs) {
      spans.add(r.classes(), r.length());
    }
    StyleSpans<Collection<String>> built = spans.create();
    area.setStyleSpans(0, built);
    stripes();
    boolean has = model.project().memoOn(org.parallax.project.Target.article(article.id())).isPresent();
    memo.setText(has ? "✎" : "✐");
    if (has) {
      memo.getStyleClass().add("has-memo");
    } else {
      memo.getStyleClass().remove("has-memo");
    }
  }

  /** The coded segments drawn on now, to redraw the margin stripes only when they change. */
  private List<ArticleMarks.CodeMark> striped = List.of();

  /**
   * A stripe in the code's colour beside each paragraph that holds a coded span, one per code, as QDA
   * programs draw coding stripes; no margin at all while the article has no coding.
   */
  private void stripes() {
    List<ArticleMarks.CodeMark> codes = model.codeMarks(article.id());
    if (codes.equals(striped)) {
      return;
    }
    striped = codes;
    if (codes.isEmpty()) {
      area.setParagraphGraphicFactory(null);
      return;
    }
    int most = 1;
    java.util.Map<Integer, List<ArticleMarks.CodeMark>> byParagraph = new java.util.HashMap<>();
    for (ArticleMarks.CodeMark m : codes) {
      int from = area.offsetToPosition(Math.min(m.range().start(), area.getLength()), TwoDimensional.Bias.Forward).getMajor();
      int to = area.offsetToPosition(Math.min(Math.max(m.range().start(), m.range().end() - 1), area.getLength()), TwoDimensional.Bias.Forward).getMajor();
      for (int p = from; p <= to; p++) {
        List<ArticleMarks.CodeMark> here = byParagraph.computeIfAbsent(p, k -> new java.util.ArrayList<>());
        if (here.stream().noneMatch(h -> h.color().equals(m.color()))) {
          here.add(m);
          most = Math.max(most, here.size());
        }
      }
    }
    double width = most * 5 + 3;
    area.setParagraphGraphicFactory(p -> {
      HBox box = new HBox();
      box.getStyleClass().add("code-stripes");
      box.setMinWidth(width);
      box.setPrefWidth(width);
      for (ArticleMarks.CodeMark m : byParagraph.getOrDefault(p, List.of())) {
        Region stripe = new Region();
        stripe.getStyleClass().add("code-stripe");
        stripe.setStyle("-fx-background-color: " + m.color() + ";");
        Tooltip.install(stripe, new Tooltip(m.path()));
        box.getChildren().add(stripe);
      }
      return box;
    });
  }

  /**
   * Marks the selected item's passage here: selects it, scrolls to it, or says in the header that this
   * article does not carry it.
   */
  void showSelection(NavItem item) {
    restyle();
    List<TextRange> ranges = model.currentRanges(article.id());
    markParagraphs(ranges);
    if (item == null) {
      absent.setVisible(false);
      area.deselect();
      return;
    }
    if (ranges.isEmpty()) {
      absent.setText(absentText(item));
      absent.setVisible(true);
      area.deselect();
      return;
    }
    absent.setVisible(false);
    TextRange first = ranges.get(0);
    int end = Math.min(first.end(), area.getLength());
    int start = Math.min(first.start(), end);
    area.selectRange(end, start);
    // Its paragraph at the top; a passage near the end of the text comes to rest with the text's end at
    // the bottom, whole. (Following the caret as well scrolled back until only its first line showed.)
    int paragraph = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
    area.showParagraphAtTop(Math.max(0, paragraph));
  }

  /** Selects {@code range} (a place Find in articles found) and scrolls its paragraph into view. */
  void showFound(TextRange range) {
    int end = Math.min(range.end(), area.getLength());
    int start = Math.min(range.start(), end);
    area.selectRange(start, end);
    int paragraph = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
    area.showParagraphAtTop(Math.max(0, paragraph - 1));
  }

  /**
   * Puts a bar beside the paragraphs holding the selected passage (their {@code current-paragraph}
   * class), so that it stands out in every column without boxing each run of differently marked words.
   */
  private void markParagraphs(List<TextRange> ranges) {
    for (int p : barred) {
      if (p < area.getParagraphs().size()) {
        area.setParagraphStyle(p, List.of());
      }
    }
    barred.clear();
    for (TextRange r : ranges) {
      int last = Math.min(area.getLength(), Math.max(r.start(), r.end() - 1));
      int from = area.offsetToPosition(Math.min(r.start(), area.getLength()), TwoDimensional.Bias.Forward).getMajor();
      int to = area.offsetToPosition(last, TwoDimensional.Bias.Forward).getMajor();
      for (int p = from; p <= to; p++) {
        if (!barred.contains(p)) {
          area.setParagraphStyle(p, List.of("current-paragraph"));
          barred.add(p);
        }
      }
    }
  }

  private static String absentText(NavItem item) {
    return switch (item.category()) {
      case FACT -> "Does not report this fact (" + item.id() + ")";
      case QUOTATION -> "Does not carry this quotation (" + item.id() + ")";
      case LABEL -> "Does not mention " + item.title();
      default -> "Not in this article";
    };
  }

  void setTextSize(double points) {
    area.setStyle("-fx-font-size: " + points + "px;");
  }

  Article article() {
    return article;
  }

  StyleClassedTextArea area() {
    return area;
  }

  /**
   * Builds and throws away a small styled text area, off the JavaFX thread: the first area the window
   * builds otherwise pays for loading and linking RichTextFX (about 300 ms on two cores, measured under
   * Xvfb), and pays it on the JavaFX thread just as the result appears. Nodes may be built on any thread
   * while they are not in a scene; this one never is.
   */
  static void warmUp() {
    StyleClassedTextArea a = new StyleClassedTextArea(false);
    a.setEditable(false);
    a.setWrapText(true);
    a.replaceText("Warm-up paragraph one.\nWarm-up paragraph two, a little longer than the first.");
    a.getUndoManager().forgetHistory();
    a.setStyleSpans(0, new StyleSpansBuilder<Collection<String>>().add(List.of("quote"), 7).add(List.of(), a.getLength() - 7).create());
    a.setParagraphStyle(1, List.of("current-paragraph"));
    a.offsetToPosition(30, TwoDimensional.Bias.Forward);
    a.selectRange(10, 0);
    a.deselect();
    new VirtualizedScrollPane<>(a);
  }

  static String safeId(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}

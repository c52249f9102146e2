package org.parallax.ui;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The navigator pane: a filter (what kind of item), a search field, and the list of items. Selecting an
 * item here selects it everywhere; the list follows selections made elsewhere (a click in the text, a
 * table cell, next/previous).
 */
final class NavigatorView {

  private final NavigatorViewModel model;
  /** The strength filter's choices and their least strengths. */
  static final java.util.List<String> STRENGTHS = java.util.List.of("Any strength", "Strength 0.75 and more (loaded wording)", "Strength 0.9 and more (loaded wording)");
  static final double[] STRENGTH_VALUES = {0, 0.75, 0.9};

  private final VBox root = new VBox();
  private final ListView<NavItem> list;
  private final TextField search = new TextField();
  private boolean syncing;

  NavigatorView(NavigatorViewModel model) {
    this.model = model;
    root.getStyleClass().add("navigator");
    root.setId("navigatorPane");

    Label heading = new Label("Navigator");
    heading.getStyleClass().add("heading");
    Label position = new Label();
    position.setId("navigatorPosition");
    position.textProperty().bind(model.position());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button previous = new Button("▲");
    previous.setId("previousItem");
    LazyTooltip.text(previous, "Previous item (Shift+F7)");
    previous.setOnAction(e -> model.previous());
    Button next = new Button("▼");
    next.setId("nextItem");
    LazyTooltip.text(next, "Next item (F7)");
    next.setOnAction(e -> model.next());
    HBox top = new HBox(6, heading, position, spacer, previous, next);
    top.setAlignment(Pos.CENTER_LEFT);

    ComboBox<NavigatorViewModel.Filter> filter = new ComboBox<>(FXCollections.observableArrayList(NavigatorViewModel.Filter.values()));
    filter.setId("navigatorFilter");
    filter.setMaxWidth(Double.MAX_VALUE);
    LazyTooltip.text(filter, "Which items to list");
    filter.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(NavigatorViewModel.Filter f) {
            return f == null ? "" : f.label();
          }

          @Override
          public NavigatorViewModel.Filter fromString(String s) {
            return NavigatorViewModel.Filter.ALL;
          }
        });
    filter.valueProperty().bindBidirectional(model.filter());

    ComboBox<String> outlet = new ComboBox<>(model.outlets());
    outlet.setId("navigatorOutlet");
    outlet.setMaxWidth(Double.MAX_VALUE);
    LazyTooltip.text(outlet, "List only the items one outlet's articles carry");
    outlet.valueProperty().bindBidirectional(model.outlet());

    ComboBox<String> strength = new ComboBox<>(FXCollections.observableArrayList(STRENGTHS));
    strength.setId("navigatorStrength");
    strength.setMaxWidth(Double.MAX_VALUE);
    LazyTooltip.text(strength, "List only loaded wording at least this strong (0.6 is shown in the text, 1 is the strongest)");
    strength.getSelectionModel().select(0);
    strength.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> model.minStrength().set(STRENGTH_VALUES[Math.max(0, i.intValue())]));
    model.minStrength().addListener((o, was, now) -> {
      for (int i = 0; i < STRENGTH_VALUES.length; i++) {
        if (STRENGTH_VALUES[i] == now.doubleValue()) {
          strength.getSelectionModel().select(i);
        }
      }
    });

    search.setId("navigatorSearch");
    search.setPromptText("Search items (Ctrl+F)");
    LazyTooltip.text(search, "Words from the item or its passages; an id such as f3 or q21. Enter goes to the first match.");
    search.textProperty().bindBidirectional(model.search());
    search.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && !model.filtered().isEmpty()) {
            model.select(model.filtered().get(0));
            e.consume();
          } else if (e.getCode() == KeyCode.DOWN) {
            list().requestFocus();
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            search.clear();
            e.consume();
          }
        });

    CheckBox singles = new CheckBox("Include quotations only one outlet carries");
    singles.setId("singleOutletQuotations");
    singles.selectedProperty().bindBidirectional(model.singleOutletQuotations());
    singles.setWrapText(true);

    list = new ListView<>(model.filtered());
    list.setId("navigator");
    list.setCellFactory(v -> new ItemCell(model));
    list.setPlaceholder(new Label("Nothing to list."));
    VBox.setVgrow(list, Priority.ALWAYS);
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (!syncing && now != null && now != model.selected().get()) {
        model.select(now);
      }
    });
    model.selected().addListener((o, was, now) -> follow());
    model.filtered().addListener((ListChangeListener<NavItem>) c -> follow());

    root.getChildren().addAll(top, filter, outlet, strength, search, singles, list);
    root.setMinWidth(200);
  }

  /** Shows the model's selection in the list (none when the filter hides it). */
  private void follow() {
    syncing = true;
    try {
      NavItem s = model.selected().get();
      int i = s == null ? -1 : list.getItems().indexOf(s);
      if (i < 0) {
        list.getSelectionModel().clearSelection();
      } else if (list.getSelectionModel().getSelectedIndex() != i) {
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 3));
      }
    } finally {
      syncing = false;
    }
  }

  void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  ListView<NavItem> list() {
    return list;
  }

  Node root() {
    return root;
  }

  private static String tip(NavItem item) {
    return item.title() + "\n" + item.detail() + (item.notes().isEmpty() ? "" : "\n\n" + String.join("\n", item.notes()));
  }

  /** What a right-click (or the menu key) on the selected item offers; built each time from the item. */
  void setContextMenu(java.util.function.Function<NavItem, javafx.scene.control.ContextMenu> menu) {
    list.setOnContextMenuRequested(e -> {
      NavItem item = list.getSelectionModel().getSelectedItem();
      if (item != null) {
        javafx.scene.control.ContextMenu m = menu.apply(item);
        if (m != null && !m.getItems().isEmpty()) {
          m.setAutoHide(true);
          m.show(list, e.getScreenX(), e.getScreenY());
        }
      }
      e.consume();
    });
  }

  private static final class ItemCell extends ListCell<NavItem> {
    private final NavigatorViewModel model;

    private final Region swatch = new Region();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox text = new VBox(1, title, detail);
    private final HBox box = new HBox(6, swatch, text);

    ItemCell(NavigatorViewModel model) {
      this.model = model;
      swatch.getStyleClass().add("category-swatch");
      title.getStyleClass().add("nav-cell-title");
      detail.getStyleClass().add("nav-cell-detail");
      box.setAlignment(Pos.TOP_LEFT);
      title.setMinWidth(0);
      title.setWrapText(true);
      title.setMaxHeight(40);
      detail.setMinWidth(0);
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(NavItem item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      swatch.getStyleClass().setAll("category-swatch", "cat-" + item.category().name().toLowerCase(Locale.ROOT));
      // An analyst's code wears its own colour.
      String colour = item.category() == NavItem.Category.CODE ? model.codeColor(item.id()) : null;
      swatch.setStyle(colour == null ? null : "-fx-background-color: " + colour + ";");
      title.setText(item.title());
      detail.setText(item.category().label() + " · " + item.detail());
      setText(null);
      setGraphic(box);
      setAccessibleText(item.category().label() + " " + item.title());
      LazyTooltip.install(this, () -> getItem() == null ? null : tip(getItem()));
    }
  }
}

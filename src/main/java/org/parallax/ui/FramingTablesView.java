package org.parallax.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Span;
import org.parallax.export.ReportTables;

/**
 * The framing tables, one tab each: labels (referents × outlets), coverage (facts × outlets), hedges per
 * outlet, and quotations × outlets. Every table sorts by any column header and has a filter; clicking a
 * cell (or Enter on it) goes to that passage in the text. An outlet's articles are added up in its
 * column; the tooltip of a cell lists what each of them says, and "One column per article" shows them
 * apart. When the outlets have groups, a choice above the tabs keeps one group's outlets.
 */
final class FramingTablesView {

  private final WorkbenchViewModel model;
  private final FramingTablesViewModel tables;
  private final Runnable showText;
  private final TabPane tabs = new TabPane();
  private final VBox root = new VBox(4);
  private final TableView<ReportTables.LabelRow> labelTable = new TableView<>();
  private final TableView<ReportTables.FactRow> coverageTable = new TableView<>();
  private final TableView<ReportTables.HedgeRow> hedgeTable = new TableView<>();
  private final TableView<ReportTables.QuoteRow> quoteTable = new TableView<>();

  /** @param showText brings the side-by-side text to the front after a cell click */
  FramingTablesView(WorkbenchViewModel model, Runnable showText) {
    this.model = model;
    this.tables = model.tables();
    this.showText = showText;
    tabs.setId("framingTabs");
    tabs.getStyleClass().add("framing");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    root.getChildren().setAll(unitBar(), tabs);

    labelTable.setId("labelTable");
    labelTable.setPlaceholder(hint("No referents in this analysis: the framing analysis lists here who is called what by which outlet."));
    coverageTable.setId("coverageTable");
    coverageTable.setPlaceholder(hint("No facts shared by two or more articles."));
    hedgeTable.setId("hedgeTable");
    hedgeTable.setPlaceholder(hint("No articles."));
    quoteTable.setId("quoteTable");
    quoteTable.setPlaceholder(hint("No quotation matches the filter."));

    CheckBox onlyLoaded = new CheckBox("Only referents with a loaded label");
    onlyLoaded.setId("onlyLoaded");
    onlyLoaded.selectedProperty().bindBidirectional(tables.onlyLoaded());
    CheckBox onlyGaps = new CheckBox("Only facts some outlet leaves out");
    onlyGaps.setId("onlyGaps");
    onlyGaps.selectedProperty().bindBidirectional(tables.onlyGaps());
    CheckBox onlyShared = new CheckBox("Only quotations two or more articles carry");
    onlyShared.setId("onlyShared");
    onlyShared.selectedProperty().bindBidirectional(tables.onlyShared());

    Tab labels = tab("Labels", "labelsTab", labelTable, tables.labels(), tables.labelFilter(), "labelFilter", "Filter by referent or label", onlyLoaded,
        "What each outlet calls each referent; loaded labels in bold. Click a cell to see the label in the text. Shift+click selects cells without leaving the table; Ctrl+C copies them for a spreadsheet.");
    Tab coverage = tab("Coverage", "coverageTab", coverageTable, tables.facts(), tables.factFilter(), "factFilter", "Filter by fact wording or id", onlyGaps,
        "Which outlet reports which fact (● reports it, 1/2 one of its two articles does, — leaves it out). Click a cell to go to the sentence. Shift+click selects cells without leaving the table; Ctrl+C copies them for a spreadsheet.");
    Tab hedges = tab("Hedges", "hedgesTab", hedgeTable, tables.hedges(), tables.hedgeFilter(), "hedgeFilter", "Filter by outlet or cue", null,
        "Hedging and attribution cues per outlet. Click a row to go to its first hedge. Shift+click selects cells without leaving the table; Ctrl+C copies them for a spreadsheet.");
    Tab quotes = tab("Quotations", "quotesTab", quoteTable, tables.quotes(), tables.quoteFilter(), "quoteFilter", "Filter by words or speaker", onlyShared,
        "How each outlet renders each quotation (an outlet's least faithful article). Click a cell to go to it. Shift+click selects cells without leaving the table; Ctrl+C copies them for a spreadsheet.");
    tabs.getTabs().addAll(labels, coverage, hedges, quotes);

    tables.columns().addListener((ListChangeListener<ReportTables.Column>) c -> buildColumns());
    buildColumns();
  }

  /** Outlets or articles as the columns, and the group shown (when the outlets have groups). */
  private HBox unitBar() {
    CheckBox byArticle = new CheckBox("One column per article");
    byArticle.setId("byArticle");
    byArticle.selectedProperty().bindBidirectional(tables.byArticle());
    byArticle.setTooltip(new Tooltip("Off: one column per outlet, its articles added up (the tooltip of a cell lists each"
        + " article). On: one column per article."));
    javafx.scene.control.ComboBox<String> group = new javafx.scene.control.ComboBox<>();
    group.setId("groupFilter");
    group.setTooltip(new Tooltip("Show only the outlets of one group (outlets in parallax.json)"));
    javafx.util.StringConverter<String> names = new javafx.util.StringConverter<>() {
      @Override
      public String toString(String g) {
        return g == null ? "All groups" : g.equals(FramingTablesViewModel.NO_GROUP) ? "Outlets without a group" : g;
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    };
    group.setConverter(names);
    Label groupLabel = new Label("Group:");
    Runnable choices = () -> {
      List<String> items = new java.util.ArrayList<>();
      items.add(null);
      items.addAll(tables.groups());
      items.add(FramingTablesViewModel.NO_GROUP);
      group.getItems().setAll(items);
      group.setValue(tables.group().get());
      boolean any = !tables.groups().isEmpty();
      group.setVisible(any);
      group.setManaged(any);
      groupLabel.setVisible(any);
      groupLabel.setManaged(any);
    };
    tables.groups().addListener((ListChangeListener<String>) c -> choices.run());
    choices.run();
    group.valueProperty().addListener((o, was, now) -> {
      if (group.getItems().contains(now) || now == null) {
        tables.group().set(now);
      }
    });
    tables.group().addListener((o, was, now) -> group.setValue(now));
    HBox bar = new HBox(10, byArticle, groupLabel, group);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setStyle("-fx-padding: 6 8 0 8;");
    return bar;
  }

  private static Label hint(String s) {
    Label l = new Label(s);
    l.setWrapText(true);
    l.getStyleClass().add("hint");
    return l;
  }

  private <T> Tab tab(
      String name, String id, TableView<T> table, ObservableList<T> rows, StringProperty filter, String filterId, String prompt, CheckBox extra, String help) {
    SortedList<T> sorted = new SortedList<>(rows);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    enterNavigates(table);
    copies(table);
    table.getSelectionModel().setCellSelectionEnabled(true);
    table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
    // Columns keep their widths and the table scrolls sideways: squeezing 20-200 article columns into
    // the window broke words letter by letter and shrank headers to "…".
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    // And the row's name stays in view while they scroll.
    FrozenFirstColumn.install(table);
    // Rows as tall as what they show: a long cell scrolled out of view made every row tall and blank.
    RowsFitShownCells.install(table);
    VBox.setVgrow(table, Priority.ALWAYS);
    TextField field = new TextField();
    field.setId(filterId);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(filter);
    field.setPrefColumnCount(24);
    HBox bar = new HBox(10, field);
    bar.setAlignment(Pos.CENTER_LEFT);
    if (extra != null) {
      bar.getChildren().add(extra);
    }
    Label helpLabel = hint(help);
    VBox box = new VBox(6, bar, helpLabel, table);
    box.setStyle("-fx-padding: 8;");
    Tab tab = new Tab(name, box);
    tab.setId(id);
    return tab;
  }

  private void buildColumns() {
    // A new analysis brings new columns; the analyst's sort order is carried over to them.
    List<Runnable> restoreSorting = List.of(keepSorting(labelTable), keepSorting(coverageTable), keepSorting(hedgeTable), keepSorting(quoteTable));
    build();
    restoreSorting.forEach(Runnable::run);
  }

  /** What restores {@code table}'s sort order once its columns are rebuilt: columns are matched by id, else by heading. */
  private static <T> Runnable keepSorting(TableView<T> table) {
    List<String> keys = table.getSortOrder().stream().map(FramingTablesView::key).toList();
    List<TableColumn.SortType> types = table.getSortOrder().stream().map(TableColumn::getSortType).toList();
    return () -> {
      List<TableColumn<T, ?>> order = new java.util.ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        for (TableColumn<T, ?> c : table.getVisibleLeafColumns()) {
          if (key(c).equals(keys.get(i))) {
            c.setSortType(types.get(i));
            order.add(c);
            break;
          }
        }
      }
      table.getSortOrder().setAll(order);
    };
  }

  private static String key(TableColumn<?, ?> c) {
    return c.getId() != null ? c.getId() : String.valueOf(c.getText());
  }

  /**
   * The selected cells of {@code table} as tab-separated text, a header row first, one line per row
   * (for a spreadsheet); every row when no cell is selected.
   */
  static <T> String tabSeparated(TableView<T> table) {
    java.util.SortedSet<Integer> rows = new java.util.TreeSet<>();
    java.util.SortedSet<Integer> columns = new java.util.TreeSet<>();
    for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
      rows.add(p.getRow());
      columns.add(Math.max(0, table.getVisibleLeafColumns().indexOf(p.getTableColumn())));
    }
    if (rows.isEmpty()) {
      for (int r = 0; r < table.getItems().size(); r++) {
        rows.add(r);
      }
      for (int c = 0; c < table.getVisibleLeafColumns().size(); c++) {
        columns.add(c);
      }
    }
    StringBuilder out = new StringBuilder();
    List<String> head = new java.util.ArrayList<>();
    for (int c : columns) {
      TableColumn<T, ?> col = table.getVisibleLeafColumn(c);
      head.add(cellText(col.getGraphic() instanceof Label l ? l.getText() : col.getText()));
    }
    out.append(String.join("\t", head)).append('\n');
    for (int r : rows) {
      List<String> line = new java.util.ArrayList<>();
      for (int c : columns) {
        Object v = table.getVisibleLeafColumn(c).getCellData(r);
        line.add(cellText(v == null ? "" : v.toString()));
      }
      out.append(String.join("\t", line)).append('\n');
    }
    return out.toString();
  }

  /** A value on one spreadsheet cell: tabs and line breaks become spaces. */
  private static String cellText(String s) {
    return s.replace('\t', ' ').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** Ctrl+C (Cmd+C) copies the selected cells as tab-separated text. */
  private static <T> void copies(TableView<T> table) {
    javafx.scene.input.KeyCombination copy =
        new javafx.scene.input.KeyCodeCombination(KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (copy.match(e)) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(tabSeparated(table));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        e.consume();
      }
    });
  }

  private void build() {
    List<ReportTables.Column> cols = tables.columns();

    TableColumn<ReportTables.LabelRow, String> referent = text("Referent", r -> r.name(), 160);
    navigates(referent, row -> model.navigate(row.referent(), null));
    labelTable.getColumns().setAll(List.of(referent, text("Kind", r -> r.kind(), 90)));
    for (int i = 0; i < cols.size(); i++) {
      int k = i;
      ReportTables.Column column = cols.get(k);
      TableColumn<ReportTables.LabelRow, String> c = articleColumn(column, r -> FramingTablesViewModel.labelCell(r.cells().get(k)));
      navigates(c, row -> model.navigate(row.referent(), tables.labelArticle(row, column)));
      c.setCellFactory(col -> new NavigableCell<>() {
        @Override
        void decorate(ReportTables.LabelRow row) {
          toggleClass("loaded-cell", row.cells().get(k).stream().anyMatch(ReportTables.Label::loaded));
          if (column.articles().size() > 1) {
            setTooltip(new Tooltip(String.join("\n", tables.labelDetail(row, column))));
          }
        }
      });
      labelTable.getColumns().add(c);
    }

    TableColumn<ReportTables.FactRow, String> factId = text("Fact", r -> r.fact(), 50);
    factId.setMinWidth(48);
    factId.setComparator(ID_ORDER);
    navigates(factId, row -> model.navigate(row.fact(), firstArticle(row.members())));
    TableColumn<ReportTables.FactRow, String> wording = text("Wording (first report)", r -> r.text(), 280);
    navigates(wording, row -> model.navigate(row.fact(), firstArticle(row.members())));
    TableColumn<ReportTables.FactRow, Integer> reported = number("Reported by", r -> r.reportedBy(), 90);
    reported.setMinWidth(88);
    TableColumn<ReportTables.FactRow, Double> similarity = decimal("Similarity", r -> r.similarity(), 80);
    similarity.setMinWidth(78);
    coverageTable.getColumns().setAll(List.of(factId, wording, reported, similarity));
    for (int i = 0; i < cols.size(); i++) {
      int k = i;
      ReportTables.Column column = cols.get(k);
      int of = column.articles().size();
      TableColumn<ReportTables.FactRow, String> c = articleColumn(column,
          r -> r.members().get(k) == null ? "—" : r.reporting().get(k) == of ? "●" : r.reporting().get(k) + "/" + of);
      navigates(c, row -> model.navigate(row.fact(), row.members().get(k) != null ? row.members().get(k).article() : column.article()));
      c.setCellFactory(col -> new NavigableCell<>() {
        @Override
        void decorate(ReportTables.FactRow row) {
          Span m = row.members().get(k);
          toggleClass("missing-cell", m == null);
          setTooltip(new Tooltip(of > 1 ? String.join("\n", tables.factDetail(row, column))
              : m == null ? column.outlet() + " does not report " + row.fact() : m.text()));
          setAlignment(Pos.CENTER);
        }
      });
      coverageTable.getColumns().add(c);
    }

    TableColumn<ReportTables.HedgeRow, String> outlet = text("Outlet", r -> r.outlet(), 150);
    navigates(outlet, row -> model.navigateToHedges(row.article()));
    TableColumn<ReportTables.HedgeRow, String> article = text("Articles", tables::articlesOf, 170);
    navigates(article, row -> model.navigateToHedges(row.article()));
    article.setCellFactory(col -> new NavigableCell<>() {
      @Override
      void decorate(ReportTables.HedgeRow row) {
        setTooltip(new Tooltip(String.join("\n", tables.hedgeDetail(row))));
      }
    });
    TableColumn<ReportTables.HedgeRow, Integer> words = number("Words", r -> r.words(), 70);
    TableColumn<ReportTables.HedgeRow, Integer> count = number("Hedges", r -> r.count(), 70);
    TableColumn<ReportTables.HedgeRow, Double> rate = decimal("Per 1,000 words", r -> r.perThousandWords(), 110);
    TableColumn<ReportTables.HedgeRow, String> cues = text("Cues", FramingTablesViewModel::cues, 260);
    navigates(cues, row -> model.navigateToHedges(row.article()));
    hedgeTable.getColumns().setAll(List.of(outlet, article, words, count, rate, cues));

    TableColumn<ReportTables.QuoteRow, String> quoteId = text("Quote", r -> r.quote(), 55);
    quoteId.setComparator(ID_ORDER);
    navigates(quoteId, row -> model.navigate(row.quote(), null));
    TableColumn<ReportTables.QuoteRow, String> speaker = text("Speaker", r -> r.speaker() == null ? "unknown" : r.speaker(), 120);
    TableColumn<ReportTables.QuoteRow, String> quotation = text("Quotation", r -> r.text(), 280);
    navigates(quotation, row -> model.navigate(row.quote(), null));
    TableColumn<ReportTables.QuoteRow, Integer> carried = number("Carried by", r -> r.carriedBy(), 80);
    quoteTable.getColumns().setAll(List.of(quoteId, speaker, quotation, carried));
    for (int i = 0; i < cols.size(); i++) {
      int k = i;
      ReportTables.Column column = cols.get(k);
      TableColumn<ReportTables.QuoteRow, String> c = articleColumn(column, r -> r.matches().get(k) == null ? "—" : r.matches().get(k).name());
      navigates(c, row -> model.navigate(row.quote(), tables.quoteArticle(row, column)));
      c.setCellFactory(col -> new NavigableCell<>() {
        @Override
        void decorate(ReportTables.QuoteRow row) {
          QuoteGroup.Match m = row.matches().get(k);
          toggleClass("missing-cell", m == null);
          toggleClass("loaded-cell", m == QuoteGroup.Match.altered);
          if (column.articles().size() > 1) {
            setTooltip(new Tooltip(String.join("\n", tables.quoteDetail(row, column))));
          }
        }
      });
      quoteTable.getColumns().add(c);
    }
    fitHeadings(labelTable, 2);
    fitHeadings(coverageTable, 4);
    fitHeadings(hedgeTable, hedgeTable.getColumns().size());
    fitHeadings(quoteTable, 4);
    nestByGroup(labelTable, 2, cols);
    nestByGroup(coverageTable, 4, cols);
    nestByGroup(quoteTable, 4, cols);
  }

  /** Room a heading needs beside its words: the header's padding and the sort arrow. */
  private static final double HEADING_PADDING = 26;

  /**
   * The first {@code fixed} columns (the referent, the fact, the counts) are at least as wide as their
   * bold headings, so that none is cut to "Report…"; the outlet columns instead cut their headings with
   * an ellipsis and give the full text in a tooltip.
   */
  private static <T> void fitHeadings(TableView<T> table, int fixed) {
    for (TableColumn<T, ?> c : table.getColumns().subList(0, Math.min(fixed, table.getColumns().size()))) {
      double w = headingWidth(c.getText());
      c.setMinWidth(Math.max(c.getMinWidth(), w));
      c.setPrefWidth(Math.max(c.getPrefWidth(), w));
    }
  }

  /** The width {@code heading} takes in a column header (bold, the default font). */
  static double headingWidth(String heading) {
    Text t = new Text(heading);
    t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
        javafx.scene.text.Font.getDefault().getSize()));
    return Math.ceil(t.getLayoutBounds().getWidth()) + HEADING_PADDING;
  }

  /**
   * Puts the outlet (or article) columns after the first {@code fixed} under a heading per group, runs
   * of one group's columns together, when the outlets have groups.
   */
  private static <T> void nestByGroup(TableView<T> table, int fixed, List<ReportTables.Column> cols) {
    if (cols.stream().allMatch(c -> c.group() == null) || table.getColumns().size() != fixed + cols.size()) {
      return;
    }
    List<TableColumn<T, ?>> all = new java.util.ArrayList<>(table.getColumns());
    List<TableColumn<T, ?>> out = new java.util.ArrayList<>(all.subList(0, fixed));
    int i = 0;
    while (i < cols.size()) {
      String g = cols.get(i).group();
      TableColumn<T, String> parent = new TableColumn<>(g == null ? "No group" : g);
      parent.setId("group-" + i);
      parent.getStyleClass().add("group-column");
      int j = i;
      while (j < cols.size() && java.util.Objects.equals(cols.get(j).group(), g)) {
        parent.getColumns().add(all.get(fixed + j));
        j++;
      }
      out.add(parent);
      i = j;
    }
    table.getColumns().setAll(out);
  }

  /**
   * Makes clicks on (and Enter in) {@code column}'s cells go to the row's passage: the action is kept as
   * the column's user data, where the cells and the table's key handler find it.
   */
  private <T> void navigates(TableColumn<T, ?> column, Predicate<T> action) {
    column.setUserData((Consumer<Object>) row -> {
      @SuppressWarnings("unchecked")
      T r = (T) row;
      if (action.test(r)) {
        showText.run();
      }
    });
    column.getStyleClass().add("navigable-column");
  }

  /** Enter on a focused cell does what a click does. */
  private static <T> void enterNavigates(TableView<T> table) {
    table.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() != KeyCode.ENTER) {
            return;
          }
          TablePosition<?, ?> pos = table.getFocusModel().getFocusedCell();
          if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null) {
            return;
          }
          if (pos.getTableColumn().getUserData() instanceof Consumer<?> go) {
            @SuppressWarnings("unchecked")
            Consumer<Object> action = (Consumer<Object>) go;
            action.accept(table.getItems().get(pos.getRow()));
            e.consume();
          }
        });
  }

  private static String firstArticle(List<Span> members) {
    return members.stream().filter(m -> m != null).map(Span::article).findFirst().orElse(null);
  }

  /** "f2" before "f10". */
  private static final Comparator<String> ID_ORDER =
      Comparator.comparingInt((String s) -> s.replaceAll("\\D", "").isEmpty() ? 0 : Integer.parseInt(s.replaceAll("\\D", ""))).thenComparing(s -> s);

  /** Widest an outlet column starts, however long the outlet's name (the rest is in the tooltip). */
  static final double OUTLET_MAX_PREF_WIDTH = 210;

  /** Narrowest an article column gets: a word of a label must fit on its line. */
  static final double ARTICLE_MIN_WIDTH = 110;

  private static <T> TableColumn<T, String> articleColumn(ReportTables.Column c, Function<T, String> value) {
    // Wide enough for a long outlet's name where that costs little room ("Agence France-Presse").
    TableColumn<T, String> col = text("", value, Math.min(OUTLET_MAX_PREF_WIDTH, Math.max(150, headingWidth(c.outlet()))));
    col.setId("col-" + ArticleColumn.safeId(c.article()));
    col.setMinWidth(ARTICLE_MIN_WIDTH);
    // The heading as a label, so that its full text (outlet, group, date, title or articles) is in a tooltip.
    int n = c.articles().size();
    String second = n > 1 ? n + " articles" : c.published();
    Label head = new Label(c.outlet() + (second == null ? "" : "\n" + second));
    head.getStyleClass().add("column-head");
    // Never wrapped (a wrapped heading broke mid-word): a narrow column cuts each line after a whole
    // word, with "…", and the tooltip gives the whole.
    head.setWrapText(false);
    head.setTextOverrun(javafx.scene.control.OverrunStyle.WORD_ELLIPSIS);
    head.setEllipsisString("…");
    head.setTooltip(new Tooltip(c.outlet() + (c.group() == null ? "" : " · " + c.group())
        + (c.published() == null ? "" : " · " + c.published())
        + (n > 1 ? "\n" + n + " articles: " + String.join(", ", c.articles())
            : (c.title() == null ? "" : "\n" + c.title()) + "\narticle " + c.article())));
    col.setGraphic(head);
    return col;
  }

  private static <T> TableColumn<T, String> text(String name, Function<T, String> value, double width) {
    TableColumn<T, String> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setMinWidth(Math.min(width, 90));
    c.setCellFactory(col -> new NavigableCell<>());
    return c;
  }

  private static <T> TableColumn<T, Integer> number(String name, Function<T, Integer> value, double width) {
    TableColumn<T, Integer> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setMinWidth(Math.min(width, 90));
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    return c;
  }

  private static <T> TableColumn<T, Double> decimal(String name, Function<T, Double> value, double width) {
    TableColumn<T, Double> c = new TableColumn<>(name);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setMinWidth(Math.min(width, 90));
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, "%.2f", v));
              }
            });
    return c;
  }

  /**
   * A text cell; when its column {@link #navigates}, a click goes to the row's passage. {@link
   * #decorate} adds per-cell styling.
   */
  private static class NavigableCell<T> extends TableCell<T, String> {

    /** The cell's words, wrapped to the column's width (a plain cell text would be cut with "…"). */
    private final Text words = new Text();

    NavigableCell() {
      words.getStyleClass().add("cell-text");
      // Wrapped to the column's width, which is known before the cell is laid out: binding to the
      // cell's own width gave one-line rows (and overlapping words) after the columns were rebuilt.
      widthProperty().addListener((o, was, now) -> {
        wrapTo(now.doubleValue());
        requestLayout();
      });
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY
                && !e.isShiftDown()
                && !e.isShortcutDown()
                && !isEmpty()
                && getTableRow() != null
                && getTableRow().getItem() != null
                && getTableColumn() != null
                && getTableColumn().getUserData() instanceof Consumer<?> go) {
              @SuppressWarnings("unchecked")
              Consumer<Object> action = (Consumer<Object>) go;
              action.accept(getTableRow().getItem());
            }
          });
    }

    void decorate(T row) {}

    private void wrapTo(double width) {
      double w = Math.max(20, width - 8);
      if (words.getWrappingWidth() != w) {
        words.setWrappingWidth(w);
      }
    }

    @Override
    protected double computePrefHeight(double width) {
      if (getGraphic() == words && getTableColumn() != null) {
        wrapTo(getTableColumn().getWidth());
        return snappedTopInset() + words.prefHeight(-1) + snappedBottomInset();
      }
      return super.computePrefHeight(width);
    }

    void toggleClass(String c, boolean on) {
      if (on && !getStyleClass().contains(c)) {
        getStyleClass().add(c);
      } else if (!on) {
        getStyleClass().remove(c);
      }
    }

    @Override
    protected void updateItem(String v, boolean empty) {
      super.updateItem(v, empty);
      getStyleClass().removeAll("loaded-cell", "missing-cell");
      setTooltip(null);
      setText(null);
      if (empty || v == null || getTableRow() == null || getTableRow().getItem() == null) {
        setGraphic(null);
        return;
      }
      words.setText(v);
      if (getTableColumn() != null) {
        wrapTo(getTableColumn().getWidth());
      }
      setGraphic(words);
      decorate(getTableRow().getItem());
    }
  }

  Node root() {
    return root;
  }

  /** Selects the tab with this id ({@code labelsTab}, {@code coverageTab}, {@code hedgesTab}, {@code quotesTab}). */
  void selectTab(String id) {
    tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
  }

  TableView<ReportTables.LabelRow> labelTable() {
    return labelTable;
  }

  TableView<ReportTables.FactRow> coverageTable() {
    return coverageTable;
  }
}

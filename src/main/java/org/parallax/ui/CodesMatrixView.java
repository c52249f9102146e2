package org.parallax.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlights;
import org.parallax.corpus.Article;
import org.parallax.project.Code;
import org.parallax.project.Coded;
import org.parallax.project.Project;

/**
 * The code × outlet matrix: how many segments each of the analyst's codes has in each outlet's articles.
 * A click on a count shows those segments side by side (the code selected, only that outlet's articles).
 */
final class CodesMatrixView {

  /** One row: a code, its path and its counts per outlet (in column order), and its total. */
  record Row(Code code, String path, List<Integer> counts, int total) {}

  private final WorkbenchViewModel model;
  private final Runnable showText;
  private final TableView<Row> table = new TableView<>();
  private final Label hint = new Label();
  private final VBox root;

  /** @param showText brings the side-by-side tab forward */
  CodesMatrixView(WorkbenchViewModel model, Runnable showText) {
    this.model = model;
    this.showText = showText;
    table.setId("codesMatrix");
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setPlaceholder(new Label("No codes yet. Select text in a column and press Ctrl+K to code it."));
    hint.setWrapText(true);
    hint.setText("Coded segments per code and outlet (a code's own segments, not those of the codes nested in it). Click a count (or Enter on it) to see its segments side by side.");
    root = new VBox(6, hint, table);
    root.setPadding(new Insets(6));
    VBox.setVgrow(table, Priority.ALWAYS);
    // From the keyboard too: arrows move between counts, Enter shows the segments of the one selected.
    table.getSelectionModel().setCellSelectionEnabled(true);
    table.setOnKeyPressed(e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !table.getSelectionModel().getSelectedCells().isEmpty()) {
        var pos = table.getSelectionModel().getSelectedCells().get(0);
        Object articles = pos.getTableColumn() == null ? null : pos.getTableColumn().getUserData();
        if (articles instanceof List<?> ids && pos.getRow() >= 0 && pos.getRow() < table.getItems().size()) {
          show(table.getItems().get(pos.getRow()), ids.stream().map(String::valueOf).toList());
          e.consume();
        }
      }
    });
    model.codingsVersion().addListener((o, was, now) -> refresh());
    refresh();
  }

  Node root() {
    return root;
  }

  /** The outlets as the columns name them, each with its article ids, in corpus order. */
  static Map<String, List<String>> outlets(Analysis a) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Highlights.names(a.articles()).forEach((id, name) -> out.computeIfAbsent(name, k -> new ArrayList<>()).add(id));
    return out;
  }

  /** The matrix's rows: every code in code-system order (parents before their nested codes). */
  static List<Row> rows(Project p, Coded coded, Map<String, List<String>> outlets) {
    List<Row> rows = new ArrayList<>();
    for (Code c : ordered(p, null)) {
      // A code's own segments, as the PDF's matrix counts them (the navigator lists a code with its nested ones).
      List<Coded.Segment> segs = coded.segments().stream().filter(s -> s.coding().code().equals(c.id())).toList();
      List<Integer> counts = new ArrayList<>();
      for (List<String> ids : outlets.values()) {
        counts.add((int) segs.stream().filter(s -> ids.contains(s.span().article())).count());
      }
      rows.add(new Row(c, p.path(c.id()), counts, segs.size()));
    }
    return rows;
  }

  private static List<Code> ordered(Project p, String parent) {
    List<Code> out = new ArrayList<>();
    for (Code c : p.codes()) {
      if (java.util.Objects.equals(c.parent(), parent)) {
        out.add(c);
        out.addAll(ordered(p, c.id()));
      }
    }
    return out;
  }

  private void refresh() {
    Analysis a = model.analysis().get();
    table.getColumns().clear();
    if (a == null) {
      table.getItems().clear();
      return;
    }
    Map<String, List<String>> outlets = outlets(a);
    TableColumn<Row, Row> code = new TableColumn<>("Code");
    code.setPrefWidth(220);
    code.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
    code.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Row r, boolean empty) {
        super.updateItem(r, empty);
        setText(empty || r == null ? null : r.path());
        setGraphic(empty || r == null ? null : new Rectangle(10, 10, Color.web(r.code().color())));
      }
    });
    table.getColumns().add(code);
    int i = 0;
    for (Map.Entry<String, List<String>> o : outlets.entrySet()) {
      int index = i++;
      TableColumn<Row, Integer> col = new TableColumn<>();
      Label header = new Label(o.getKey());
      header.setTooltip(new Tooltip(o.getKey() + " (" + o.getValue().size() + (o.getValue().size() == 1 ? " article)" : " articles)")));
      col.setGraphic(header);
      col.setPrefWidth(Math.max(80, Math.min(170, o.getKey().length() * 8 + 24)));
      col.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().counts().get(index)));
      col.setCellFactory(c -> countCell(o.getValue()));
      col.setUserData(o.getValue());
      table.getColumns().add(col);
    }
    TableColumn<Row, Integer> total = new TableColumn<>("All");
    total.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().total()));
    total.setCellFactory(c -> countCell(a.articles().stream().map(Article::id).toList()));
    total.setUserData(a.articles().stream().map(Article::id).toList());
    table.getColumns().add(total);
    table.getItems().setAll(rows(model.project().current(), model.coded(), outlets));
  }

  private TableCell<Row, Integer> countCell(List<String> articles) {
    TableCell<Row, Integer> cell = new TableCell<>() {
      @Override
      protected void updateItem(Integer n, boolean empty) {
        super.updateItem(n, empty);
        setText(empty || n == null ? null : n == 0 ? "·" : String.valueOf(n));
        getStyleClass().remove("navigable-cell");
        if (!empty && n != null && n > 0) {
          getStyleClass().add("navigable-cell");
        }
      }
    };
    cell.setOnMouseClicked(e -> {
      Row r = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
      if (r != null && cell.getItem() != null && cell.getItem() > 0) {
        show(r, articles);
      }
    });
    return cell;
  }

  /** The segments of a code in some articles, side by side: only those columns, the code selected. */
  private void show(Row r, List<String> articles) {
    model.columns().showOnly(articles);
    model.navigator().select(WorkbenchViewModel.CODE_ITEM + r.code().id());
    showText.run();
  }
}

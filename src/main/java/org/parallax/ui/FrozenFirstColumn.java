package org.parallax.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;

/**
 * Keeps a table's first column in place while the other columns scroll sideways, as a spreadsheet's
 * frozen column: with 20-200 article columns the row's name (the referent, the fact) stays in view.
 *
 * <p>JavaFX tables have no frozen columns, and a second table beside the first would let wrapped rows of
 * different heights drift apart. So the first column's cells and header are shifted right by exactly as
 * much as the table has scrolled, drawn above the other cells with the row's own background.
 */
final class FrozenFirstColumn {

  private final TableView<?> table;
  /** How far the table has scrolled sideways, in pixels. */
  private final DoubleProperty offset = new SimpleDoubleProperty();
  private ScrollBar bar;

  private FrozenFirstColumn(TableView<?> table) {
    this.table = table;
  }

  /** Freezes the first column of {@code table}, whatever columns it is given later. */
  static void install(TableView<?> table) {
    FrozenFirstColumn f = new FrozenFirstColumn(table);
    table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) c -> f.freeze());
    table.skinProperty().addListener((o, was, now) -> f.findBar());
    table.needsLayoutProperty().addListener((o, was, now) -> {
      if (!now) {
        f.findBar();
        f.pinHeader();
      }
    });
    f.freeze();
  }

  private void findBar() {
    if (bar != null) {
      return;
    }
    for (Node n : table.lookupAll(".scroll-bar")) {
      if (n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL) {
        bar = s;
        offset.bind(s.valueProperty());
        offset.addListener((o, was, now) -> pinHeader());
        return;
      }
    }
  }

  /** The first column's cells ride along with the scroll; a column rebuilt gets the same. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void freeze() {
    if (table.getColumns().isEmpty()) {
      return;
    }
    TableColumn first = table.getColumns().get(0);
    if (Boolean.TRUE.equals(first.getProperties().get(FrozenFirstColumn.class))) {
      return;
    }
    first.getProperties().put(FrozenFirstColumn.class, true);
    Callback<TableColumn, TableCell> made = first.getCellFactory();
    first.setCellFactory(c -> {
      TableCell cell = made.call((TableColumn) c);
      cell.translateXProperty().bind(offset);
      cell.setViewOrder(-1);
      cell.getStyleClass().add("frozen-cell");
      return cell;
    });
    pinHeader();
  }

  private void pinHeader() {
    if (table.getColumns().isEmpty()) {
      return;
    }
    TableColumn<?, ?> first = table.getColumns().get(0);
    for (Node n : table.lookupAll(".column-header")) {
      if (n instanceof TableColumnHeader h) {
        boolean frozen = h.getTableColumn() == first;
        if (frozen) {
          h.setTranslateX(offset.get());
          h.setViewOrder(-1);
          if (!h.getStyleClass().contains("frozen-header")) {
            h.getStyleClass().add("frozen-header");
          }
        } else if (h.getStyleClass().contains("frozen-header")) {
          h.setTranslateX(0);
          h.setViewOrder(0);
          h.getStyleClass().remove("frozen-header");
        }
      }
    }
  }

  /** How far the first column is shifted now (for tests). */
  double offset() {
    return offset.get();
  }
}

package org.parallax.ui;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * Sizes a table's rows by the cells in view, not by every cell of the row: JavaFX makes a row as tall as
 * its tallest cell, including those scrolled far off to the side, so with 200 outlet columns one outlet's
 * long list of labels made every row on screen many lines tall and mostly blank. A row here is as tall
 * as the tallest of its cells that are at least partly in view (the first, frozen column always is);
 * when scrolling sideways brings other columns into view, the rows are measured again.
 */
final class RowsFitShownCells {

  /** The height of a row whose cells in view are all short: JavaFX's own default cell size. */
  static final double LEAST_HEIGHT = 24;

  private final TableView<?> table;
  private ScrollBar sideways;
  private Region viewport;
  /** The first and last column index in view when the rows were last measured. */
  private int shownFrom = -1;
  private int shownTo = -1;

  private RowsFitShownCells(TableView<?> table) {
    this.table = table;
  }

  static <T> void install(TableView<T> table) {
    RowsFitShownCells fit = new RowsFitShownCells(table);
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected javafx.scene.control.Skin<?> createDefaultSkin() {
        return fit.new Skin<>(this);
      }
    });
    table.needsLayoutProperty().addListener((o, was, now) -> {
      if (!now) {
        fit.findScrolling();
      }
    });
  }

  /** Finds the table's sideways scroll bar and viewport once its skin has made them. */
  private void findScrolling() {
    if (sideways != null) {
      return;
    }
    VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
    if (flow == null) {
      return;
    }
    for (Node n : flow.getChildrenUnmodifiable()) {
      if (n instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL) {
        sideways = s;
      } else if (n instanceof Region r && r.getStyleClass().contains("clipped-container")) {
        viewport = r;
      }
    }
    if (sideways != null) {
      sideways.valueProperty().addListener((o, was, now) -> remeasureIfOtherColumnsShown());
    }
    if (viewport != null) {
      viewport.widthProperty().addListener((o, was, now) -> remeasureIfOtherColumnsShown());
    }
  }

  /** The leftmost and rightmost pixel of the rows in view (all of them until the table is laid out). */
  private double[] view() {
    if (sideways == null || viewport == null || viewport.getWidth() <= 0) {
      return new double[] {0, Double.MAX_VALUE};
    }
    double from = sideways.isVisible() ? sideways.getValue() : 0;
    return new double[] {from, from + viewport.getWidth()};
  }

  /** Whether the column from {@code x} to {@code x + width} is at least partly in {@code view}. */
  private static boolean inView(double x, double width, double[] view) {
    return x + width > view[0] && x < view[1];
  }

  private void remeasureIfOtherColumnsShown() {
    double[] view = view();
    List<? extends TableColumn<?, ?>> leaves = table.getVisibleLeafColumns();
    int from = -1;
    int to = -1;
    double x = 0;
    for (int i = 0; i < leaves.size(); i++) {
      double w = leaves.get(i).getWidth();
      if (inView(x, w, view)) {
        from = from < 0 ? i : from;
        to = i;
      }
      x += w;
    }
    if (from == shownFrom && to == shownTo) {
      return;
    }
    shownFrom = from;
    shownTo = to;
    for (Node n : table.lookupAll(".table-row-cell")) {
      if (n instanceof Parent row) {
        row.requestLayout();
      }
    }
  }

  /** A row's skin whose height (preferred and least) comes from its cells in view. */
  private final class Skin<T> extends TableRowSkin<T> {

    Skin(TableRow<T> row) {
      super(row);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
      double h = tallestShown(false);
      return h < 0 ? super.computePrefHeight(width, top, right, bottom, left) : h + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
      double h = tallestShown(true);
      return h < 0 ? super.computeMinHeight(width, top, right, bottom, left) : h + top + bottom;
    }

    /**
     * The height of the tallest cell in view (at least {@link #LEAST_HEIGHT}); -1 when the row's cells
     * are not those of the table's columns (the columns were just rebuilt), or the row is empty: then
     * JavaFX's own measure, which brings the cells up to date first.
     */
    private double tallestShown(boolean least) {
      TableRow<T> row = getSkinnable();
      TableView<T> t = row.getTableView();
      if (t == null || row.isEmpty() || row.getItem() == null) {
        return -1;
      }
      List<TableColumn<T, ?>> leaves = t.getVisibleLeafColumns();
      List<Node> cells = getChildren();
      if (cells.size() != leaves.size()) {
        return -1;
      }
      double[] view = view();
      double x = 0;
      double tallest = LEAST_HEIGHT;
      for (int i = 0; i < leaves.size(); i++) {
        TableColumn<T, ?> column = leaves.get(i);
        if (!(cells.get(i) instanceof javafx.scene.control.TableCell<?, ?> cell) || cell.getTableColumn() != column) {
          return -1;
        }
        double w = column.getWidth();
        if (i == 0 || inView(x, w, view)) {
          tallest = Math.max(tallest, least ? cell.minHeight(-1) : cell.prefHeight(-1));
        }
        x += w;
      }
      return tallest;
    }
  }
}

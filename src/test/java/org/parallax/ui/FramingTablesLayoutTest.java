package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The framing tables in a window too narrow for all their columns, as with 20-200 articles: columns keep
 * a readable width and the table scrolls sideways, also after the corpus is analysed again (F5).
 */
@ExtendWith(ApplicationExtension.class)
class FramingTablesLayoutTest {

  private MainWindow window;
  private WorkbenchViewModel model;

  @Start
  void start(Stage stage) {
    model = new WorkbenchViewModel(new SameThreadTasks(), SeedCorpus.source(), new AppSettings(new MemoryPreferences()));
    window = new MainWindow(model);
    stage.setScene(new Scene(window.root(), 900, 700));
    stage.show();
    model.corpus().openCorpus(SeedCorpus.FOLDER);
  }

  private void assertReadable(FxRobot robot) {
    TableView<?> table = robot.lookup("#labelTable").queryTableView();
    OnFx.check(() -> {
      assertEquals(2 + 5, table.getColumns().size());
      for (TableColumn<?, ?> c : table.getColumns()) {
        assertTrue(c.getWidth() >= c.getMinWidth() && c.getWidth() >= 89, c.getId() + " " + c.getText() + " is " + c.getWidth() + " px wide");
      }
      for (TableColumn<?, ?> c : table.getColumns().subList(2, table.getColumns().size())) {
        assertTrue(c.getWidth() >= FramingTablesView.ARTICLE_MIN_WIDTH, c.getId() + " is " + c.getWidth() + " px wide");
        Label head = (Label) c.getGraphic();
        assertNotNull(head.getTooltip(), c.getId() + " has no tooltip");
        assertTrue(head.getTooltip().getText().contains("article "), head.getTooltip().getText());
      }
      // Each cell in view is as tall as its wrapped words: no row cuts or overlaps its text. (A row is as
      // tall as its cells in view: one scrolled out of view sideways may be cut until it comes into view.)
      javafx.geometry.Bounds view = table.localToScene(table.getLayoutBounds());
      int checked = 0;
      for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
        if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isVisible() && cell.getGraphic() instanceof javafx.scene.text.Text words
            && !words.getText().isEmpty() && cell.localToScene(cell.getLayoutBounds()).getMinX() < view.getMaxX()) {
          assertTrue(words.getLayoutBounds().getHeight() <= cell.getHeight() + 1,
              "'" + words.getText() + "' is " + words.getLayoutBounds().getHeight() + " px tall in a cell of " + cell.getHeight());
          checked++;
        }
      }
      assertTrue(checked > 10, checked + " cells checked");
      ScrollBar sideways = table.lookupAll(".scroll-bar").stream()
          .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
          .map(ScrollBar.class::cast).findFirst().orElseThrow();
      assertTrue(sideways.isVisible(), "the table scrolls sideways");
    });
  }

  @Test
  void labelColumnsKeepAReadableWidthAndTheTableScrollsSidewaysAlsoAfterF5(FxRobot robot) throws Exception {
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    assertReadable(robot);
    robot.push(KeyCode.F5);
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    WaitForAsyncUtils.waitForFxEvents();
    assertReadable(robot);
  }

  @Test
  void theSortOrderSurvivesAnotherAnalysisAndSelectedCellsCopyAsTabSeparatedText(FxRobot robot) throws Exception {
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<org.parallax.export.ReportTables.LabelRow> table = robot.lookup("#labelTable").queryTableView();
    robot.interact(() -> {
      TableColumn<org.parallax.export.ReportTables.LabelRow, ?> referent = table.getColumns().get(0);
      referent.setSortType(TableColumn.SortType.DESCENDING);
      table.getSortOrder().setAll(java.util.List.of(referent));
    });
    String first = OnFx.call(() -> table.getItems().get(0).name());
    robot.push(KeyCode.F5);
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.check(() -> {
      assertEquals(1, table.getSortOrder().size());
      assertEquals("Referent", table.getSortOrder().get(0).getText());
      assertEquals(TableColumn.SortType.DESCENDING, table.getSortOrder().get(0).getSortType());
      assertEquals(first, table.getItems().get(0).name());
    });
    robot.interact(() -> {
      table.getSelectionModel().clearSelection();
      table.getSelectionModel().select(0, table.getColumns().get(0));
      table.getSelectionModel().select(0, table.getColumns().get(1));
    });
    String tsv = OnFx.call(() -> FramingTablesView.tabSeparated(table));
    String kind = OnFx.call(() -> table.getItems().get(0).kind());
    assertEquals("Referent\tKind\n" + first + "\t" + kind + "\n", tsv);
  }

  @Test
  void theFirstColumnStaysInViewWhileTheOthersScrollSideways(FxRobot robot) throws Exception {
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> table = robot.lookup("#labelTable").queryTableView();
    ScrollBar sideways = OnFx.call(() -> table.lookupAll(".scroll-bar").stream()
        .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
        .map(ScrollBar.class::cast).findFirst().orElseThrow());
    double left = OnFx.call(() -> firstCellX(table));
    double kindBefore = OnFx.call(() -> cellX(table, 1));
    robot.interact(() -> sideways.setValue(sideways.getMax()));
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.check(() -> {
      assertTrue(sideways.getMax() > 50, "the table must scroll to test this: " + sideways.getMax());
      assertEquals(left, firstCellX(table), 1.5, "the referent column stays where it was");
      assertTrue(cellX(table, 1) < kindBefore - 50, "the other columns scrolled");
      javafx.scene.Node header = table.lookupAll(".column-header").stream()
          .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == table.getColumns().get(0))
          .findFirst().orElseThrow();
      assertEquals(left, header.localToScene(0, 0).getX(), 1.5, "and so does its heading");
    });
  }

  @Test
  void noHeadingBreaksMidWordTheFixedOnesWholeTheOutletsCutWithAnEllipsisAndWholeInTheirTooltip(FxRobot robot) throws Exception {
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    robot.interact(() -> window.showFramingTables("coverageTab"));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> table = robot.lookup("#coverageTable").queryTableView();
    // The outlet columns as narrow as they go.
    robot.interact(() -> table.getColumns().subList(4, table.getColumns().size()).forEach(c -> c.setPrefWidth(c.getMinWidth())));
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.check(() -> {
      List<String> fixed = new java.util.ArrayList<>();
      for (javafx.scene.Node n : table.lookupAll(".column-header")) {
        if (n instanceof javafx.scene.control.skin.TableColumnHeader h && table.getColumns().indexOf(h.getTableColumn()) >= 0) {
          javafx.scene.control.TableColumnBase<?, ?> c = h.getTableColumn();
          if (c.getGraphic() instanceof Label head) {
            // An outlet: one line per line of its heading, each whole or cut with "…" (never wrapped).
            String shown = ((javafx.scene.text.Text) head.lookup(".text")).getText();
            String[] lines = head.getText().split("\n");
            String[] shownLines = shown.split("\n");
            assertEquals(lines.length, shownLines.length, "'" + shown + "' for '" + head.getText() + "'");
            for (int i = 0; i < lines.length; i++) {
              String line = shownLines[i];
              String kept = line.endsWith("…") ? line.substring(0, line.length() - 1).stripTrailing() : line;
              assertTrue(line.equals(lines[i]) || line.endsWith("…") && lines[i].startsWith(kept) && (kept.isEmpty()
                      || !Character.isLetterOrDigit(lines[i].charAt(kept.length())) || !Character.isLetterOrDigit(kept.charAt(kept.length() - 1))),
                  "'" + line + "' of '" + lines[i] + "' is cut after a whole word");
            }
            assertTrue(head.getTooltip().getText().startsWith(lines[0]), head.getTooltip().getText());
            if (!shown.equals(head.getText())) {
              fixed.add("cut " + lines[0]);
            }
          } else {
            javafx.scene.text.Text words = (javafx.scene.text.Text) h.lookup(".label .text");
            assertEquals(c.getText(), words.getText(), "the heading of " + c.getText() + " is whole");
            fixed.add(c.getText());
          }
        }
      }
      assertTrue(fixed.containsAll(List.of("Fact", "Wording (first report)", "Reported by", "Similarity")), fixed.toString());
      assertTrue(fixed.contains("cut The Moscow Times"), "a narrow outlet column cuts its heading: " + fixed);
    });
  }

  private static double firstCellX(TableView<?> table) {
    return cellX(table, 0);
  }

  /** Where the first visible row's cell of column {@code index} starts, in the scene. */
  private static double cellX(TableView<?> table, int index) {
    return table.lookupAll(".table-cell").stream()
        .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(index)
            && c.getIndex() == 0 && c.isVisible())
        .map(n -> n.localToScene(0, 0).getX())
        .findFirst().orElseThrow();
  }
}

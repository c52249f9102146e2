package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ReportTables;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The framing tables with outlets as the unit, clicked as a user would: Fars News carries two of the
 * story's three articles, in the group "Iran"; The Moscow Times is in "Russia".
 */
@ExtendWith(ApplicationExtension.class)
class FramingTablesOutletsTest {

  @TempDir static Path temp;

  private MainWindow window;
  private WorkbenchViewModel model;
  private final HeldTasks tasks = new HeldTasks();

  @Start
  void start(Stage stage) {
    model = new WorkbenchViewModel(tasks, folder -> Story.twoFromFars(true), new AppSettings(new MemoryPreferences()));
    window = new MainWindow(model);
    stage.setScene(new Scene(window.root(), 1200, 760));
    stage.show();
  }

  private void open(FxRobot robot) throws Exception {
    Path story = temp.resolve("story");
    java.nio.file.Files.createDirectories(story);
    robot.interact(() -> {
      model.corpus().openCorpus(story);
      tasks.finish(0);
    });
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 3);
    robot.interact(() -> window.showFramingTables("labelsTab"));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static List<String> heads(TableView<?> table) {
    return table.getVisibleLeafColumns().stream()
        .map(c -> c.getGraphic() instanceof Label l ? l.getText() : c.getText())
        .toList();
  }

  private static TableCell<?, ?> cell(FxRobot robot, String columnId, int row) {
    return robot.lookup("#labelTable .table-cell")
        .match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row)
        .queryAs(TableCell.class);
  }

  /** The group choice's entry with this text (the table's group headings carry the same words). */
  private static Node choice(FxRobot robot, String text) {
    return robot.lookup(".combo-box-popup .list-cell")
        .match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && text.equals(c.getText()))
        .query();
  }

  @Test
  void anOutletsArticlesShareOneColumnTheirDetailInTheTooltipAndOneClickShowsThemApart(FxRobot robot) throws Exception {
    open(robot);
    TableView<ReportTables.LabelRow> table = robot.lookup("#labelTable").queryTableView();
    assertEquals(List.of("Referent", "Kind", "Fars News\n2 articles", "The Moscow Times\n2015-09-18"), heads(table));
    // Each group's outlets under its heading.
    assertEquals(List.of("Referent", "Kind", "Iran", "Russia"), table.getColumns().stream().map(TableColumn::getText).toList());
    assertEquals(List.of("col-a1"), table.getColumns().get(2).getColumns().stream().map(TableColumn::getId).toList());
    // A group's heading starts over its first column, so a group of many columns shows it on screen.
    javafx.scene.Node heading = table.lookup(".column-header.group-column");
    javafx.scene.control.Label label = (javafx.scene.control.Label) heading.lookup(".label");
    assertEquals(javafx.geometry.Pos.CENTER_LEFT, label.getAlignment());
    TableCell<?, ?> kerry = cell(robot, "col-a1", 1);
    assertEquals("Kerry ×2", kerry.getItem());
    assertEquals("“Kerry: same goals” (2015-09-19): Kerry\n“White House seeks help”: Kerry", kerry.getTooltip().getText());
    robot.clickOn(kerry);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("r2", model.navigator().selected().get().id());

    robot.interact(() -> window.showFramingTables("labelsTab"));
    robot.clickOn(robot.lookup("#byArticle").queryAs(CheckBox.class));
    WaitForAsyncUtils.waitForFxEvents();
    // One column per article, as the outlets stand: Fars News's two articles (the dated first), then The Moscow Times.
    assertEquals(
        List.of("Referent", "Kind", "Fars News\n2015-09-19", "Fars News", "The Moscow Times\n2015-09-18"), heads(table));
  }

  @Test
  void theGroupChoiceKeepsOneGroupsOutlets(FxRobot robot) throws Exception {
    open(robot);
    TableView<ReportTables.LabelRow> table = robot.lookup("#labelTable").queryTableView();
    @SuppressWarnings("unchecked")
    ComboBox<String> group = robot.lookup("#groupFilter").queryAs(ComboBox.class);
    assertTrue(group.isVisible());
    robot.clickOn(group);
    robot.clickOn(choice(robot, "Russia"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("Referent", "Kind", "The Moscow Times\n2015-09-18"), heads(table));
    assertEquals(List.of("Islamic State", "John Kerry"), table.getItems().stream().map(ReportTables.LabelRow::name).toList());
    robot.clickOn(group);
    robot.clickOn(choice(robot, "All groups"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(4, table.getVisibleLeafColumns().size());
    TableColumn<?, ?> fars = table.getVisibleLeafColumns().get(2);
    assertEquals("col-a1", fars.getId());
  }
}

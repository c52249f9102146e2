package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ReportTables;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench on a small hand-made analysis with labels, hedges and divergences: the sections the
 * framing analysis fills show as soon as they are not empty.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowStoryTest {

  @TempDir static Path temp;

  private MainWindow window;
  private WorkbenchViewModel model;
  private final HeldTasks tasks = new HeldTasks();

  @Start
  void start(Stage stage) {
    model = new WorkbenchViewModel(tasks, folder -> Story.analysis(), new AppSettings(new MemoryPreferences()));
    window = new MainWindow(model);
    stage.setScene(new Scene(window.root(), 1200, 760));
    stage.show();
  }

  private void open(FxRobot robot) throws Exception {
    robot.interact(() -> {
      model.corpus().openCorpus(story());
      tasks.finish(0);
    });
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 3);
  }

  @BeforeEach
  void nothingOpenYet(FxRobot robot) {
    assertEquals("Open a corpus folder (File > Open corpus folder…, Ctrl+O) or drop one on this window.", robot.lookup("#columnsHint").queryAs(Label.class).getText());
  }

  @Test
  void whileAnalysingTheWindowShowsProgressAndCancelReturnsAtOnce(FxRobot robot) {
    robot.interact(() -> model.corpus().openCorpus(story()));
    Button cancel = robot.lookup("#cancelAnalysis").queryButton();
    assertTrue(cancel.isVisible());
    org.controlsfx.control.StatusBar status = robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class);
    // Three articles are expected to take 2000 + 3 × 350 ms: the bar follows the clock towards that.
    assertEquals(3050, model.corpus().expectedMillis().get());
    assertTrue(status.getProgress() >= 0.02 && status.getProgress() <= 0.95, String.valueOf(status.getProgress()));
    assertTrue(status.getText().startsWith("Analysing story… (the first analysis also loads the language model)  (about "), status.getText());
    robot.clickOn(cancel);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(cancel.isVisible());
    assertEquals("Cancelled: story was not opened.", robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText());
    robot.interact(() -> tasks.finish(0));
    assertEquals(0, window.columns().size());
    assertEquals("Parallax", model.corpus().title().get());
  }

  @Test
  void theLabelTableShowsEachOutletsLabelsAndACellGoesToTheMention(FxRobot robot) throws Exception {
    open(robot);
    robot.interact(() -> window.showFramingTables("labelsTab"));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<ReportTables.LabelRow> table = robot.lookup("#labelTable").queryTableView();
    assertEquals(List.of("Islamic State", "John Kerry"), table.getItems().stream().map(ReportTables.LabelRow::name).toList());
    TableCell<?, ?> fars = cell(robot, "#labelTable", "col-a1", 0);
    assertEquals("Takfiri terrorists (loaded)", fars.getItem());
    assertTrue(fars.getStyleClass().contains("loaded-cell"));
    TableCell<?, ?> moscow = cell(robot, "#labelTable", "col-a2", 0);
    assertEquals("Islamic State militants", moscow.getItem());
    robot.clickOn(moscow);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("r1", model.navigator().selected().get().id());
    assertEquals(new IndexRange(44, 67), window.columns().get(1).area().getSelection());
    assertEquals(new IndexRange(44, 62), window.columns().get(0).area().getSelection());
    assertTrue(robot.lookup("#absent-a3").queryAs(Label.class).isVisible());
    assertEquals("Does not mention Islamic State", robot.lookup("#absent-a3").queryAs(Label.class).getText());
  }

  @Test
  void helpReportAProblemWritesTheDebugLogAndSaysWhere(FxRobot robot) throws Exception {
    open(robot);
    robot.clickOn("Help");
    robot.clickOn("Report a problem…");
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
    java.nio.file.Path log = org.parallax.pipeline.DebugLog.inTemporaryFolder().file();
    assertTrue(pane.getContentText().contains(log.toString()), pane.getContentText());
    String written = java.nio.file.Files.readString(log);
    assertTrue(written.contains("problem report for " + story()), written.substring(Math.max(0, written.length() - 400)));
    robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
  }

  @Test
  void theHedgeTableGoesToAnOutletsFirstHedge(FxRobot robot) throws Exception {
    open(robot);
    robot.interact(() -> window.showFramingTables("hedgesTab"));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<ReportTables.HedgeRow> table = robot.lookup("#hedgeTable").queryTableView();
    assertEquals(List.of(1, 1, 0), table.getItems().stream().map(ReportTables.HedgeRow::count).toList());
    robot.clickOn("officials said");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("h2", model.navigator().selected().get().id());
    assertEquals(new IndexRange(111, 125), window.columns().get(1).area().getSelection());
  }

  @Test
  void theDetailPaneShowsTheAlteredQuotationWordByWord(FxRobot robot) throws Exception {
    open(robot);
    robot.interact(() -> model.navigator().select("q1"));
    WaitForAsyncUtils.waitForFxEvents();
    Node detail = robot.lookup("#detail").query();
    List<String> replaced = detail.lookupAll(".diff-replaced-new").stream().map(n -> ((Text) n).getText()).toList();
    List<String> old = detail.lookupAll(".diff-replaced-old").stream().map(n -> ((Text) n).getText()).toList();
    assertEquals(List.of("Takfiri terrorists"), replaced);
    assertEquals(List.of("Islamic State militants"), old);
    assertTrue(robot.lookup("The Moscow Times · 2015-09-18   —   reference").tryQuery().isPresent());
    assertTrue(robot.lookup("Fars News · 2015-09-19   —   altered · 1 substitution").tryQuery().isPresent());
  }

  @Test
  void hoveringAMarkShowsItsNotes(FxRobot robot) throws Exception {
    open(robot);
    javafx.geometry.Bounds b = OnFx.call(() -> window.columns().get(0).area().getCharacterBoundsOnScreen(80, 81).orElseThrow());
    robot.moveTo(b.getCenterX(), b.getCenterY());
    robot.moveBy(1, 0);
    OnFx.waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Popup p && p.isShowing() && !p.getContent().isEmpty()));
    String shown =
        OnFx.call(() -> javafx.stage.Window.getWindows().stream()
            .filter(w -> w instanceof javafx.stage.Popup p && p.isShowing() && !p.getContent().isEmpty())
            .map(w -> ((Label) ((javafx.stage.Popup) w).getContent().get(0)).getText())
            .findFirst()
            .orElseThrow());
    assertEquals("Same fact reported by Fars News, The Moscow Times, Press TV\nHedge or attribution: 'Reportedly'", shown);
  }

  @Test
  void columnsHideAndMoveFromTheirHeaders(FxRobot robot) throws Exception {
    open(robot);
    robot.clickOn("#moveRight-a1");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("a2", "a1", "a3"), window.columns().stream().map(c -> c.article().id()).toList());
    robot.clickOn("#hide-a3");
    OnFx.waitUntil(() -> window.columns().size() == 2);
    assertEquals(List.of("a2", "a1"), model.columns().shownIds());
    robot.interact(() -> model.navigate("f1", "a3"));
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 3);
    assertEquals(new IndexRange(31, 58), window.columns().get(2).area().getSelection());
  }

  /** A folder "story" of three article files and two others, so that the progress estimate has something to count. */
  private static Path story() {
    try {
      Path dir = java.nio.file.Files.createDirectories(temp.resolve("story"));
      for (String name : List.of("a1.txt", "a2.txt", "a3.txt", "notes.pdf", "parallax.json")) {
        java.nio.file.Files.writeString(dir.resolve(name), "text");
      }
      return dir;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TableCell<?, ?> cell(FxRobot robot, String table, String columnId, int row) {
    return robot.lookup(table + " .table-cell")
        .match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row)
        .queryAs(TableCell.class);
  }
}

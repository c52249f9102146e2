package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview tab at 25 articles from 12 outlets ({@link WideStory}): Ctrl+3 shows it, hovering a cell
 * says what it is, a click on a cell goes to the passage side by side (or to the outlet's article that
 * says it leaves the item out), and the rows are grouped or filtered by outlet group.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {

  @TempDir static Path temp;

  private static final int ARTICLES = 25;
  private static final int OUTLETS = 12;

  private MainWindow window;
  private WorkbenchViewModel model;

  @Start
  void start(Stage stage) {
    model = new WorkbenchViewModel(new SameThreadTasks(), folder -> WideStory.analysis(ARTICLES, OUTLETS, 14, 6, 6),
        new AppSettings(new MemoryPreferences()));
    window = new MainWindow(model);
    stage.setScene(new Scene(window.root(), 1200, 760));
    stage.show();
  }

  private static Path folder() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("wide"));
    for (int a = 0; a < ARTICLES; a++) {
      Files.writeString(dir.resolve(WideStory.id(a) + ".txt"), "text");
    }
    return dir;
  }

  private OverviewView open(FxRobot robot) throws Exception {
    Path dir = folder();
    robot.interact(() -> model.corpus().openCorpus(dir));
    // Columns are built as they come into view: those in view are enough here.
    OnFx.waitUntil(() -> window.columnsComplete() && !window.columns().isEmpty());
    assertEquals(ARTICLES, OnFx.call(() -> model.columns().shown().size()));
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
    WaitForAsyncUtils.waitForFxEvents();
    TabPane main = robot.lookup("#mainTabs").queryAs(TabPane.class);
    assertEquals("overviewTab", main.getSelectionModel().getSelectedItem().getId());
    OverviewView view = window.overviewView();
    OnFx.waitUntil(() -> view.canvas().getWidth() > 0);
    return view;
  }

  /** Where on the screen the cell of {@code outlet}'s row and item {@code item} is (scrolled into view). */
  private static Point2D screen(OverviewView view, String outlet, String item) {
    return OnFx.call(() -> {
      OverviewViewModel vm = view.viewModel();
      int e = vm.entryOf(outlet);
      int c = vm.columnOf(item);
      assertTrue(e >= 0 && c >= 0, outlet + " × " + item);
      return view.canvas().localToScreen(view.cellCentre(e, c));
    });
  }

  /** The column of {@code article}, once it is built (it is brought into view). */
  private ArticleColumn column(String article) throws Exception {
    OnFx.waitUntil(() -> window.columns().stream().anyMatch(c -> c.article().id().equals(article)));
    return OnFx.call(() -> window.columns().stream().filter(c -> c.article().id().equals(article)).findFirst().orElseThrow());
  }

  @Test
  void clickingACellGoesToThePassageSideBySide(FxRobot robot) throws Exception {
    OverviewView view = open(robot);
    // 12 outlets, and the article whose outlet is unknown (shown by its title).
    assertEquals(OUTLETS + 1, OnFx.call(() -> view.viewModel().entries().size()));
    // Herald 03 (camp Independent) has w002 and w014; fact 4 (rule index 3) is its first sentence in both.
    robot.moveTo(screen(view, "Herald 03", "f4"));
    WaitForAsyncUtils.waitForFxEvents();
    String sentence = "The ministry confirmed event 4 near the border on day 4.";
    assertEquals("Herald 03 (Independent) reports fact f4 (2 of its 2 articles): “" + sentence + "”",
        robot.lookup("#overviewHover").queryAs(Label.class).getText());
    robot.clickOn(screen(view, "Herald 03", "f4"));
    WaitForAsyncUtils.waitForFxEvents();
    TabPane main = robot.lookup("#mainTabs").queryAs(TabPane.class);
    assertEquals("textTab", main.getSelectionModel().getSelectedItem().getId());
    assertEquals("f4", model.navigator().selected().get().id());
    ArticleColumn w002 = column("w002");
    assertEquals(new IndexRange(0, sentence.length()), OnFx.call(() -> w002.area().getSelection()));
  }

  @Test
  void aCellAnOutletLeavesOutGoesToItsArticleThatSaysSo(FxRobot robot) throws Exception {
    OverviewView view = open(robot);
    // Fact 1 (rule index 0) is reported by the State-owned camp only.
    robot.moveTo(screen(view, "Herald 03", "f1"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Herald 03 (Independent) does not report fact f1: “The ministry confirmed event 1 near the border on day 1.”",
        robot.lookup("#overviewHover").queryAs(Label.class).getText());
    robot.clickOn(screen(view, "Herald 03", "f1"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("f1", model.navigator().selected().get().id());
    Label absent = robot.lookup("#absent-w002").queryAs(Label.class);
    assertTrue(absent.isVisible());
    assertEquals("Does not report this fact (f1)", absent.getText());
  }

  @Test
  void aLabelCellGoesToTheMentionAndTheKeyboardReachesEveryCell(FxRobot robot) throws Exception {
    OverviewView view = open(robot);
    robot.moveTo(screen(view, "Sun 04", "r1"));
    WaitForAsyncUtils.waitForFxEvents();
    // Sun 04 has w003 and w015; w015 does not mention Group 1 ((15 + 0) % 5 == 0).
    assertEquals("Sun 04 (State-owned) calls Group 1 ‘the terrorists of Group 1’ (loaded), 1 of 1 mention",
        robot.lookup("#overviewHover").queryAs(Label.class).getText());
    robot.clickOn(screen(view, "Sun 04", "r1"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("r1", model.navigator().selected().get().id());
    ArticleColumn w003 = column("w003");
    String text = OnFx.call(() -> w003.article().text());
    int at = text.indexOf("the terrorists of Group 1 ");
    assertEquals(new IndexRange(at, at + "the terrorists of Group 1".length()), OnFx.call(() -> w003.area().getSelection()));
    // Back in the overview the keyboard's cursor is on the cell clicked last; Up, Left, Enter go to its neighbour.
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
    robot.interact(() -> view.canvas().requestFocus());
    robot.push(KeyCode.UP);
    robot.push(KeyCode.LEFT);
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    String expected = OnFx.call(() -> view.viewModel().column(view.viewModel().columnOf("r1") - 1).id());
    assertEquals(expected, model.navigator().selected().get().id());
  }

  @Test
  void rowsAreGroupedOrFilteredByOutletGroup(FxRobot robot) throws Exception {
    OverviewView view = open(robot);
    robot.clickOn("#overviewGroupBy");
    WaitForAsyncUtils.waitForFxEvents();
    List<String> headings = OnFx.call(() -> view.viewModel().entries().stream().filter(OverviewViewModel.Entry::heading)
        .map(e -> e.group() == null ? "(none)" : e.group()).toList());
    assertEquals(4, headings.size());
    assertEquals(List.of("(none)", "Independent", "State-owned", "Wire service"), headings.stream().sorted().toList());
    ComboBox<String> shown = robot.lookup("#overviewShown").queryComboBox();
    assertEquals(OverviewViewModel.ALL, shown.getValue());
    assertEquals(List.of(OverviewViewModel.ALL, "State-owned", "Wire service", "Independent", OverviewViewModel.NO_GROUP).stream().sorted().toList(),
        shown.getItems().stream().sorted().toList());
    robot.interact(() -> shown.setValue("Wire service"));
    List<String> rows = OnFx.call(() -> view.viewModel().entries().stream().filter(e -> !e.heading()).map(e -> e.row().outlet()).sorted().toList());
    assertEquals(List.of("Wire 02", "Wire 05", "Wire 08", "Wire 11"), rows);
    robot.interact(() -> shown.setValue(OverviewViewModel.NO_GROUP));
    assertEquals(List.of("“" + WideStory.UNKNOWN_TITLE + "”"),
        OnFx.call(() -> view.viewModel().entries().stream().filter(e -> !e.heading()).map(e -> e.row().outlet()).toList()));
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Span;
import org.parallax.export.ReportTables;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench on the seeds corpus, driven as an analyst would: clicks and keys. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSeedsTest {

  private MainWindow window;
  private WorkbenchViewModel model;
  private final Analysis seeds = SeedCorpus.analysis();

  @Start
  void start(Stage stage) {
    model = new WorkbenchViewModel(new SameThreadTasks(), SeedCorpus.source(), new AppSettings(new MemoryPreferences()));
    window = new MainWindow(model);
    // Small enough that the columns must scroll to show most passages.
    stage.setScene(new Scene(window.root(), 1280, 760));
    stage.show();
    model.corpus().openCorpus(SeedCorpus.FOLDER);
  }

  @BeforeEach
  void columnsBuilt() throws Exception {
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
  }

  /** Checks that every column shows the selected item's first passage in it, selected and in view. */
  private void assertEveryColumnShows(NavItem item) {
    OnFx.check(() -> checkEveryColumnShows(item));
  }

  private void checkEveryColumnShows(NavItem item) {
    for (ArticleColumn col : window.columns()) {
      String id = col.article().id();
      StyleClassedTextArea area = col.area();
      List<Span> passages = item.in(id).stream().map(NavItem.Passage::span).sorted(Comparator.comparingInt(Span::start)).toList();
      Label absent = (Label) col.lookup("#absent-" + ArticleColumn.safeId(id));
      if (passages.isEmpty()) {
        assertTrue(absent.isVisible(), id);
        assertEquals(0, area.getSelection().getLength(), id);
        continue;
      }
      Span first = passages.get(0);
      assertFalse(absent.isVisible(), id);
      assertEquals(new IndexRange(first.start(), first.end()), area.getSelection(), id);
      Optional<Bounds> shown = area.getCharacterBoundsOnScreen(first.start(), first.start() + 1);
      assertTrue(shown.isPresent(), id + ": passage start not laid out");
      Bounds view = area.localToScreen(area.getBoundsInLocal());
      assertTrue(
          shown.get().getMinY() >= view.getMinY() - 1 && shown.get().getMaxY() <= view.getMaxY() + 1,
          id + ": passage at " + shown.get() + " outside " + view);
      // A passage that fits in the column is shown whole, not just its first line.
      Optional<Bounds> last = area.getCharacterBoundsOnScreen(first.end() - 1, first.end());
      if (last.isPresent() && last.get().getMaxY() - shown.get().getMinY() < view.getHeight()) {
        assertTrue(last.get().getMaxY() <= view.getMaxY() + 1, id + ": passage end at " + last.get() + " below " + view);
      } else {
        assertTrue(last.isEmpty() || last.get().getMaxY() - shown.get().getMinY() >= view.getHeight(), id + ": passage end not laid out though it fits");
      }
      assertTrue(area.getStyleOfChar(first.start()).contains("mark-current"), id);
    }
  }

  @Test
  void openingSeedsShowsOneColumnPerArticleWithItsOutletDateAndTitle() {
    assertEquals("seeds — Parallax", model.corpus().title().get());
    assertEquals(seeds.articles().stream().map(a -> a.id()).toList(), window.columns().stream().map(c -> c.article().id()).toList());
    Label outlet = window.root().lookup("#column-002_17b3dee94d847ef4").lookupAll(".outlet").stream().map(Label.class::cast).findFirst().orElseThrow();
    assertEquals("The Moscow Times", outlet.getText());
    assertEquals(seeds.articles().get(2).text(), window.columns().get(2).area().getText());
  }

  @Test
  void selectingAQuotationScrollsEveryColumnToItsPassageAndSelectsIt(FxRobot robot) {
    ListView<NavItem> list = robot.lookup("#navigator").queryListView();
    // The shared quotation that stands furthest down its articles: the columns must scroll to it.
    NavItem deepest =
        list.getItems().stream()
            .filter(i -> i.category() == NavItem.Category.QUOTATION)
            .max(Comparator.comparingInt(i -> i.passages().stream().mapToInt(p -> p.span().start()).min().orElse(0)))
            .orElseThrow();
    int index = list.getItems().indexOf(deepest);
    robot.interact(() -> list.scrollTo(index));
    robot.clickOn(robot.lookup("#navigator .list-cell").match((javafx.scene.control.ListCell<NavItem> c) -> c.getItem() == deepest).queryAs(Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    assertSame(deepest, model.navigator().selected().get());
    assertTrue(deepest.articleCount() >= 2);
    assertEveryColumnShows(deepest);
    assertEquals("Quotation " + deepest.id() + ": " + deepest.title(), robot.lookup("#detailTitle").queryAs(Label.class).getText());
  }

  @Test
  void f7StepsToTheNextItemAndShiftF7Back(FxRobot robot) {
    ListView<NavItem> list = robot.lookup("#navigator").queryListView();
    robot.clickOn(robot.lookup("#navigator .list-cell").nth(0).queryAs(Node.class));
    NavItem first = list.getItems().get(0);
    assertSame(first, model.navigator().selected().get());
    robot.push(KeyCode.F7);
    robot.push(KeyCode.F7);
    WaitForAsyncUtils.waitForFxEvents();
    assertSame(list.getItems().get(2), model.navigator().selected().get());
    assertEveryColumnShows(list.getItems().get(2));
    robot.push(KeyCode.SHIFT, KeyCode.F7);
    WaitForAsyncUtils.waitForFxEvents();
    assertSame(list.getItems().get(1), model.navigator().selected().get());
    assertEquals(1, list.getSelectionModel().getSelectedIndex());
    assertEveryColumnShows(list.getItems().get(1));
  }

  @Test
  void filteringTheNavigatorToFactsAndSearchingNarrowsTheList(FxRobot robot) {
    robot.clickOn("#navigatorFilter");
    robot.clickOn("Facts");
    WaitForAsyncUtils.waitForFxEvents();
    ListView<NavItem> list = robot.lookup("#navigator").queryListView();
    assertEquals(seeds.facts().stream().map(f -> f.id()).toList(), list.getItems().stream().map(NavItem::id).toList());
    robot.clickOn("#navigatorSearch").write("f3");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("f3"), list.getItems().stream().map(NavItem::id).toList());
    robot.push(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("f3", model.navigator().selected().get().id());
    assertEquals("1 of 1 item", robot.lookup("#navigatorPosition").queryAs(Label.class).getText());
    assertEveryColumnShows(model.navigator().selected().get());
  }

  @Test
  void theCoverageTableOpensAndACellGoesToTheSentence(FxRobot robot) {
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    TabPane main = robot.lookup("#mainTabs").queryAs(TabPane.class);
    assertEquals("framingTab", main.getSelectionModel().getSelectedItem().getId());
    robot.clickOn("Coverage");
    WaitForAsyncUtils.waitForFxEvents();
    TableView<ReportTables.FactRow> table = robot.lookup("#coverageTable").queryTableView();
    assertEquals(seeds.facts().size(), table.getItems().size());
    ReportTables.FactRow row = table.getItems().get(0);
    int column = 0;
    while (row.members().get(column) == null) {
      column++;
    }
    Span member = row.members().get(column);
    String header = "#col-" + ArticleColumn.safeId(member.article());
    assertEquals(4 + seeds.articles().size(), table.getColumns().size());
    // The cell of that row in the article's column: the first "●" cell below the header.
    Node cell =
        robot.lookup("#coverageTable .table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
            && c.getTableColumn() == table.getColumns().stream().filter(tc -> header.equals("#" + tc.getId())).findFirst().orElseThrow()
            && c.getIndex() == 0).queryAs(Node.class);
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("textTab", main.getSelectionModel().getSelectedItem().getId());
    assertEquals(row.fact(), model.navigator().selected().get().id());
    assertEveryColumnShows(model.navigator().selected().get());
  }

  @Test
  void clickingAHighlightSelectsItsItem(FxRobot robot) {
    // A place inside an aligned fact that no other highlighted item covers (divergences are not drawn),
    // so that the click can only mean that fact.
    NavItem fact = null;
    Span member = null;
    int at = -1;
    search:
    for (NavItem f : model.navigator().items()) {
      if (f.category() != NavItem.Category.FACT) {
        continue;
      }
      for (NavItem.Passage p : f.passages()) {
        for (int i = p.span().start(); i < p.span().end(); i++) {
          if (!Character.isWhitespace(p.span().text().charAt(i - p.span().start())) && !covered(p.span().article(), i, f)) {
            fact = f;
            member = p.span();
            at = i;
            break search;
          }
        }
      }
    }
    assertTrue(at >= 0, "every character of every fact is also inside another item");
    String article = member.article();
    ArticleColumn col = window.columns().stream().filter(c -> c.article().id().equals(article)).findFirst().orElseThrow();
    int offset = at;
    robot.interact(() -> col.area().showParagraphAtTop(col.area().offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
    WaitForAsyncUtils.waitForFxEvents();
    Bounds[] b = new Bounds[1];
    OnFx.check(() -> b[0] = col.area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
    robot.clickOn(b[0].getCenterX(), b[0].getCenterY());
    WaitForAsyncUtils.waitForFxEvents();
    assertSame(fact, model.navigator().selected().get());
    assertEveryColumnShows(fact);
  }

  private boolean covered(String article, int offset, NavItem except) {
    return model.navigator().items().stream()
        .filter(i -> i != except && i.category() != NavItem.Category.DIVERGENCE)
        .anyMatch(i -> i.in(article).stream().anyMatch(p -> p.span().start() <= offset && offset < p.span().end()));
  }

  @Test
  void untickingAKindInTheLegendRemovesItsMarks(FxRobot robot) {
    Span member = seeds.facts().get(0).members().get(0);
    StyleClassedTextArea area =
        window.columns().stream().filter(c -> c.article().id().equals(member.article())).findFirst().orElseThrow().area();
    assertTrue(area.getStyleOfChar(member.start()).contains("mark-fact"));
    assertTrue(area.getStyleOfChar(member.start()).contains("fact-tint-0"));
    robot.clickOn("#legend-fact");
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(area.getStyleOfChar(member.start()).contains("mark-fact"));
    robot.clickOn("#legend-fact");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(area.getStyleOfChar(member.start()).contains("mark-fact"));
  }

  @Test
  void findInArticlesMarksEveryPlaceAndF3GoesToTheNext(FxRobot robot) {
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
    robot.write("lavrov");
    WaitForAsyncUtils.waitForFxEvents();
    FindViewModel find = model.find();
    int count = OnFx.call(() -> find.count().get());
    long expected = seeds.articles().stream().mapToLong(a -> a.text().toLowerCase(java.util.Locale.ROOT).split("lavrov", -1).length - 1).sum();
    assertEquals(expected, count);
    assertTrue(count > 2, "matches: " + count);
    robot.push(KeyCode.F3);
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.check(() -> {
      assertEquals(1, find.index().get());
      assertEquals("2 of " + count, robot.lookup("#findStatus").queryAs(Label.class).getText());
      FindViewModel.Match m = find.current().get();
      ArticleColumn col = window.columns().stream().filter(c -> c.article().id().equals(m.article())).findFirst().orElseThrow();
      assertEquals(new IndexRange(m.range().start(), m.range().end()), col.area().getSelection());
      assertEquals("Lavrov", col.area().getSelectedText());
    });
  }

  @Test
  void theArticlePickerShowsNoneAndAllAgain(FxRobot robot) throws Exception {
    robot.clickOn("#articlePickerMenu");
    robot.clickOn("#pickNone");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(), OnFx.call(() -> model.columns().shownIds()));
    robot.clickOn("#articlePickerMenu");
    robot.clickOn("#pickAll");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(seeds.articles().stream().map(a -> a.id()).toList(), OnFx.call(() -> model.columns().shownIds()));
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
  }
}

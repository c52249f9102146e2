package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Referent;
import org.parallax.corpus.Article;
import org.parallax.export.ReportTables;
import org.parallax.text.TextRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The labels table of a story with more outlets than the window shows, one of them far off to the
 * right naming a referent fourteen ways: the rows on screen are as tall as what they show, and the row
 * grows when that outlet's column is scrolled into view.
 */
@ExtendWith(ApplicationExtension.class)
class FramingTablesRowHeightTest {

  @TempDir static Path temp;

  /** The article (and, each outlet having one, the outlet's column) with the long cell. */
  private static final String LONG = "w011";

  private MainWindow window;
  private WorkbenchViewModel model;

  @Start
  void start(Stage stage) {
    model = new WorkbenchViewModel(new SameThreadTasks(), folder -> story(), new AppSettings(new MemoryPreferences()));
    window = new MainWindow(model);
    stage.setScene(new Scene(window.root(), 1200, 760));
    stage.show();
  }

  /** WideStory's 12 articles from 12 outlets, where article w011 calls referent r1 fourteen things. */
  private static Analysis story() {
    Analysis s = WideStory.analysis(12, 12, 3, 2, 3);
    List<Article> articles = new ArrayList<>(s.articles());
    Article last = articles.get(11);
    StringBuilder text = new StringBuilder(last.text());
    List<TextRange> sentences = new ArrayList<>(last.sentences());
    List<Referent.Mention> more = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      String label = "the armed band number " + i;
      text.append(' ');
      int start = text.length();
      text.append("Officials said ").append(label).append(" moved again.");
      sentences.add(new TextRange(start, text.length()));
      int at = start + "Officials said ".length();
      more.add(new Referent.Mention(LONG, at, at + label.length(), label, false));
    }
    articles.set(11, new Article(last.id(), last.source(), last.format(), last.encoding(), last.title(), last.outlet(), last.published(),
        last.url(), last.author(), text.toString(), sentences, last.removed()));
    List<Referent> referents = new ArrayList<>(s.referents());
    Referent r1 = referents.get(0);
    List<Referent.Mention> mentions = new ArrayList<>(r1.mentions());
    mentions.addAll(more);
    referents.set(0, new Referent(r1.id(), r1.name(), r1.kind(), mentions));
    return new Analysis(s.schema(), s.corpus(), articles, s.quotes(), s.facts(), referents, s.divergences(), s.hedges(), s.unique(),
        s.problems(), s.hedgeCues(), s.outlets(), s.proposedTerms(), s.wording());
  }

  private static TableRow<?> firstRow(TableView<?> table) {
    return table.lookupAll(".table-row-cell").stream()
        .filter(n -> n instanceof TableRow<?> r && r.getIndex() == 0 && r.isVisible())
        .map(n -> (TableRow<?>) n)
        .findFirst().orElseThrow();
  }

  /** The words of the first row's cell in {@code column}. */
  private static Text words(TableView<?> table, TableColumn<?, ?> column) {
    for (Node n : firstRow(table).getChildrenUnmodifiable()) {
      if (n instanceof TableCell<?, ?> c && c.getTableColumn() == column && c.getGraphic() instanceof Text t) {
        return t;
      }
    }
    throw new AssertionError("no cell of " + column.getId() + " in the first row");
  }

  @Test
  void rowsAreAsTallAsTheCellsInViewAndGrowWhenTheTallCellIsScrolledIntoView(FxRobot robot) throws Exception {
    robot.interact(() -> model.corpus().openCorpus(temp));
    try {
      OnFx.waitUntil(() -> window.columnsComplete() && model.corpus().analysis().get() != null);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(OnFx.call(() -> window.columns().size() + " columns, complete " + window.columnsComplete() + ", analysis "
          + model.corpus().analysis().get() + ", problems " + model.corpus().problems() + ", status " + model.corpus().status().get()), e);
    }
    robot.interact(() -> window.showFramingTables("labelsTab"));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<ReportTables.LabelRow> table = robot.lookup("#labelTable").queryTableView();
    TableColumn<ReportTables.LabelRow, ?> longColumn = OnFx.call(() -> table.getVisibleLeafColumns().stream()
        .filter(c -> ("col-" + LONG).equals(c.getId())).findFirst().orElseThrow());
    OnFx.check(() -> {
      assertEquals("r1", table.getItems().get(0).referent());
      double tall = words(table, longColumn).getLayoutBounds().getHeight();
      assertTrue(tall > 150, "the long cell's words take " + tall + " px");
      double x = 0;
      for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
        if (c == longColumn) {
          break;
        }
        x += c.getWidth();
      }
      assertTrue(x > table.getWidth(), "the long cell is out of view, at " + x + " px in a table " + table.getWidth() + " px wide");
      double row = firstRow(table).getHeight();
      // The cells in view hold "the terrorists of Group 1 (loaded)" or "Group 1 fighters": two lines at most.
      assertTrue(row < 60, "the first row is " + row + " px tall, as tall as a cell out of view");
    });

    // Analysed again (F5), the tables get new columns: the rows stay sized by the cells in view.
    robot.interact(() -> model.corpus().reanalyse());
    OnFx.waitUntil(() -> window.columnsComplete() && model.corpus().analysis().get() != null && !model.corpus().busy().get());
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.check(() -> {
      double row = firstRow(table).getHeight();
      assertTrue(row < 60, "after F5 the first row is " + row + " px tall, as tall as a cell out of view");
    });
    TableColumn<ReportTables.LabelRow, ?> longColumnAgain = OnFx.call(() -> table.getVisibleLeafColumns().stream()
        .filter(c -> ("col-" + LONG).equals(c.getId())).findFirst().orElseThrow());
    assertTrue(longColumnAgain != null);
    robot.interact(() -> table.scrollToColumn(longColumnAgain));
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.check(() -> {
      double tall = words(table, longColumnAgain).getLayoutBounds().getHeight();
      double row = firstRow(table).getHeight();
      assertTrue(tall > 150 && row >= tall, "in view, the long cell's " + tall + " px of words fit its row of " + row + " px");
    });
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;
import org.parallax.project.Code;
import org.parallax.project.Coding;
import org.parallax.project.Correction;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.ProjectFile;
import org.parallax.project.Target;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's layer driven as a person would, on a copy of the seeds: make a code and code a span from
 * the keyboard, write a memo, reject a fact, press F5, restart the app, and find all of it again.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowProjectTest {

  static Path corpus;
  /** The engine's analysis of the copy, made once: F5 and the restart get the same. */
  static final Map<Path, Analysis> analysed = new HashMap<>();

  private MainWindow window;
  private WorkbenchViewModel model;

  @BeforeAll
  static void copySeeds() throws Exception {
    corpus = Files.createTempDirectory("parallax-project-test");
    try (var files = Files.list(SeedCorpus.FOLDER)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
  }

  @AfterAll
  static void removeCopy() throws Exception {
    try (var walk = Files.walk(corpus)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static AnalysisSource source() {
    return folder -> analysed.computeIfAbsent(folder, f -> {
      try {
        return new Analyzer().analyze(f);
      } catch (org.parallax.corpus.CorpusReader.FolderException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private MainWindow openWindow(Stage stage) {
    WorkbenchViewModel m = new WorkbenchViewModel(new SameThreadTasks(), source(), new AppSettings(new MemoryPreferences()));
    MainWindow w = new MainWindow(m);
    stage.setScene(new Scene(w.root(), 1280, 760));
    stage.show();
    m.corpus().openCorpus(corpus);
    return w;
  }

  @Start
  void start(Stage stage) {
    window = openWindow(stage);
    model = window.model();
  }

  @Test
  void codesMemosAndCorrectionsSurviveReanalysisAndARestart(FxRobot robot) throws Exception {
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    ArticleColumn first = OnFx.call(() -> window.columns().get(0));
    StyleClassedTextArea area = first.area();
    String text = first.article().text();

    // Select the first word of the first article from the keyboard: click, Ctrl+Home, Shift+Right ×4.
    robot.clickOn(area);
    robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
    robot.press(KeyCode.SHIFT);
    for (int i = 0; i < 4; i++) {
      robot.type(KeyCode.RIGHT);
    }
    robot.release(KeyCode.SHIFT);
    assertEquals(text.substring(0, 4), OnFx.call(area::getSelectedText));

    // Ctrl+K: name a new code and press Enter.
    robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#codeChooserName").write("Blame").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Project p = OnFx.call(() -> model.project().current());
    assertEquals(List.of("Blame"), p.codes().stream().map(Code::name).toList());
    // Coding takes whole words: "Kerr" of the headline becomes "Kerry", without the colon after it.
    int wordEnd = 0;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String coded = text.substring(0, wordEnd);
    assertEquals("Kerry", coded);
    assertEquals(List.of(coded), p.codings().stream().map(c -> c.anchor().exact()).toList());
    assertTrue(OnFx.call(() -> area.getStyleOfChar(1)).contains("code-0"), OnFx.call(() -> area.getStyleOfChar(1)).toString());

    // Ctrl+M on the same selection: a memo on that span.
    robot.clickOn(area);
    OnFx.call(() -> {
      area.selectRange(0, coded.length());
      return null;
    });
    robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    TextArea memo = robot.lookup("#memoText").queryAs(TextArea.class);
    robot.clickOn(memo).write("headline word");
    robot.clickOn("OK");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("headline word"), OnFx.call(() -> model.project().current().memos().stream().map(Memo::text).toList()));

    // Reject the first fact from the keyboard (Ctrl+Alt+R) after selecting it in the navigator.
    String fact = OnFx.call(() -> model.navigator().items().stream().filter(i -> i.category() == NavItem.Category.FACT).findFirst().orElseThrow().id());
    OnFx.call(() -> model.navigator().select(fact));
    robot.clickOn("#navigator");
    OnFx.call(() -> model.navigator().select(fact));
    robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(OnFx.call(() -> model.navigator().find(fact).isEmpty()), "the rejected fact is left out");
    // Move a column, so the workspace has something to keep.
    OnFx.call(() -> {
      model.columns().moveRight(first.article().id());
      return null;
    });
    List<String> order = OnFx.call(() -> model.columns().shownIds());

    // F5: everything stays.
    robot.type(KeyCode.F5);
    OnFx.waitUntil(() -> window.columnsComplete() && window.columns().size() == 5);
    assertEquals(order, OnFx.call(() -> model.columns().shownIds()));
    assertTrue(OnFx.call(() -> model.navigator().find(fact).isEmpty()));
    assertEquals(1, OnFx.call(() -> model.codeMarks(first.article().id()).size()));

    // What is on disk is all of it.
    Project saved = ProjectFile.read(ProjectFile.of(corpus));
    assertEquals(List.of("Blame"), saved.codes().stream().map(Code::name).toList());
    assertEquals(1, saved.codings().size());
    assertEquals(List.of(Correction.Action.reject), saved.corrections().stream().map(Correction::action).toList());
    assertEquals(Target.Kind.fact, saved.corrections().get(0).target().kind());

    // Restart: a new window on the same folder finds the code, the coding, the memo, the rejection, the layout.
    MainWindow again = OnFx.call(() -> openWindow(new Stage()));
    WorkbenchViewModel m2 = again.model();
    OnFx.waitUntil(() -> again.columnsComplete() && again.columns().size() == 5);
    assertEquals(order, OnFx.call(() -> m2.columns().shownIds()));
    assertTrue(OnFx.call(() -> m2.navigator().find(fact).isEmpty()));
    NavItem code = OnFx.call(() -> m2.navigator().items().stream().filter(i -> i.category() == NavItem.Category.CODE).findFirst().orElseThrow());
    assertEquals("Blame (1)", code.title());
    Coding coding = OnFx.call(() -> m2.project().current().codings().get(0));
    assertEquals(List.of("headline word"), OnFx.call(() -> m2.project().memoOn(Target.span(coding.anchor())).stream().map(Memo::text).toList()));
    ArticleColumn restored = OnFx.call(() -> again.columns().stream().filter(c -> c.article().id().equals(first.article().id())).findFirst().orElseThrow());
    assertTrue(OnFx.call(() -> restored.area().getStyleOfChar(1)).contains("code-0"));

    // Codes × outlets from the keyboard: select the count of the coded article's outlet, Enter shows it.
    OnFx.call(() -> {
      m2.tab().set("codes");
      return null;
    });
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.TableView<?> matrix = robot.lookup("#codesMatrix").queryTableView();
    int column = OnFx.call(() -> {
      for (int i = 1; i < matrix.getColumns().size(); i++) {
        if (matrix.getColumns().get(i).getUserData() instanceof List<?> ids && ids.contains(first.article().id())) {
          return i;
        }
      }
      return -1;
    });
    assertTrue(column > 0);
    robot.interact(() -> {
      matrix.requestFocus();
      matrix.getSelectionModel().clearAndSelect(0, (javafx.scene.control.TableColumn) matrix.getColumns().get(column));
    });
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("columns", OnFx.call(() -> m2.tab().get()));
    assertTrue(OnFx.call(() -> m2.columns().shownIds()).contains(first.article().id()));
    assertEquals(NavItem.Category.CODE, OnFx.call(() -> m2.navigator().selected().get().category()));
  }
}

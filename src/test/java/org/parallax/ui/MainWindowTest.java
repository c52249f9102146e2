package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.corpus.Article;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = new MainWindow(new CorpusViewModel(new SameThreadTasks()));
    stage.setScene(new Scene(window.root(), 1000, 700));
    stage.show();
    window.viewModel().openCorpus(Path.of("seeds"));
  }

  @Test
  void showsSeedArticlesAndTheSelectedText(FxRobot robot) {
    ListView<Article> list = robot.lookup("#articles").queryListView();
    assertEquals(5, list.getItems().size());
    robot.clickOn(robot.lookup("#articles .list-cell").nth(2).queryAs(javafx.scene.Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    Label heading = robot.lookup("#articleHeading").queryAs(Label.class);
    assertEquals("U.S. Sees Military Talks With Russia on Syria as Important Next Step - Kerry", heading.getText());
    Label meta = robot.lookup("#articleMeta").queryAs(Label.class);
    assertTrue(meta.getText().startsWith("The Moscow Times  ·  2015-09-18"), meta.getText());
    TextArea text = robot.lookup("#articleText").queryAs(TextArea.class);
    assertTrue(text.getText().startsWith("LONDON – U.S. President Barack Obama"));
    assertEquals("5 article(s)", robot.lookup("#status").queryAs(Label.class).getText());
  }
}

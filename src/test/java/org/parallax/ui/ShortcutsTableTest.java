package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The F1 list of shortcuts in a narrow window: every description stays in its own column, right of every key. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTableTest {

  private Parent table;

  @Start
  void start(Stage stage) {
    table = (Parent) MainWindow.shortcutsTable();
    stage.setScene(new Scene(new StackPane(table), 560, 900));
    stage.show();
  }

  @Test
  void longDescriptionsWrapWithinTheirColumnNotUnderTheKeys(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    OnFx.check(() -> {
      List<Label> keys = table.lookupAll(".shortcut-key").stream().map(Label.class::cast).toList();
      List<Label> descriptions = table.lookupAll(".shortcut-description").stream().map(Label.class::cast).toList();
      assertEquals(MainWindow.SHORTCUTS.size(), keys.size());
      assertEquals(MainWindow.SHORTCUTS.size(), descriptions.size());
      double keysEnd = keys.stream().mapToDouble(k -> bounds(k).getMaxX()).max().orElseThrow();
      double column = bounds(descriptions.get(0)).getMinX();
      int wrapped = 0;
      for (Label d : descriptions) {
        Bounds b = bounds(d);
        assertTrue(b.getMinX() >= keysEnd, d.getText() + " starts at " + b.getMinX() + ", left of the keys' end " + keysEnd);
        assertEquals(column, b.getMinX(), 0.5, d.getText());
        javafx.scene.text.Text shown = (javafx.scene.text.Text) d.lookup(".text");
        assertTrue(!shown.getText().endsWith("…"), d.getText() + " is cut: " + shown.getText());
        if (shown.getLayoutBounds().getHeight() > 1.5 * keys.get(0).getHeight()) {
          wrapped++;
        }
      }
      // At 560 px the longest descriptions take two lines, within their column.
      assertTrue(wrapped > 0, "no description wraps at this width");
    });
  }

  private static Bounds bounds(Node n) {
    return n.localToScene(n.getLayoutBounds());
  }
}

package org.parallax.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Installs a tooltip on first hover rather than up front: a tooltip is a small window, and a column
 * header or a list cell that makes several of them eagerly costs the frame it appears in.
 */
final class LazyTooltip {

  private static final String KEY = "parallax.lazyTooltip";

  private LazyTooltip() {}

  /**
   * Shows the fixed {@code text} as {@code node}'s tooltip, made on first hover, and gives it to screen
   * readers as the node's help at once. A tooltip made up front is a popup window with its own scene:
   * the workbench's two dozen cost a noticeable part of its first frame.
   */
  static void text(Node node, String text) {
    node.setAccessibleHelp(text);
    install(node, () -> text);
  }

  /** Shows {@code text} (asked for on first hover; null or empty: no tooltip) as {@code node}'s tooltip. */
  static void install(Node node, Supplier<String> text) {
    node.getProperties().put(KEY, text);
    if (node.getProperties().containsKey(KEY + ".handler")) {
      return;
    }
    node.getProperties().put(KEY + ".handler", Boolean.TRUE);
    node.addEventHandler(
        MouseEvent.MOUSE_ENTERED,
        e -> {
          @SuppressWarnings("unchecked")
          Supplier<String> current = (Supplier<String>) node.getProperties().get(KEY);
          String s = current == null ? null : current.get();
          Tooltip t = (Tooltip) node.getProperties().get(KEY + ".tooltip");
          if (s == null || s.isEmpty()) {
            if (t != null) {
              Tooltip.uninstall(node, t);
              node.getProperties().remove(KEY + ".tooltip");
            }
            return;
          }
          if (t == null) {
            t = new Tooltip(s);
            t.setWrapText(true);
            t.setMaxWidth(520);
            Tooltip.install(node, t);
            node.getProperties().put(KEY + ".tooltip", t);
          } else {
            t.setText(s);
          }
        });
  }
}

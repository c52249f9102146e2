package org.parallax.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.parallax.analysis.Highlight;

/**
 * The key to the marks in the text, one switch per highlight kind: a swatch drawn like the mark, the
 * kind's name, and a check box that shows or hides that kind in every column.
 */
final class LegendView {

  private static final Map<Highlight.Kind, String> MEANING = new EnumMap<>(Highlight.Kind.class);

  static {
    MEANING.put(Highlight.Kind.QUOTE, "The same quotation, carried by two or more outlets (solid underline)");
    MEANING.put(Highlight.Kind.ALTERED_QUOTE, "A quotation whose words differ from another outlet's rendering (wavy underline)");
    MEANING.put(Highlight.Kind.FACT, "A sentence, or a clause of one, reporting a fact other outlets report too; each fact has its own tint, the same in every column");
    MEANING.put(Highlight.Kind.LOADED_LABEL, "A name for an actor or group that carries a judgement (boxed, bold)");
    MEANING.put(Highlight.Kind.LOADED_WORD, "A word that judges or dramatises in the outlet's own voice: slammed, draconian, a scare quote … (bold, dotted vermillion underline); the strongest only");
    MEANING.put(Highlight.Kind.HEDGE, "A hedging or attribution cue: reportedly, alleged, according to … (dashed underline, italic)");
    MEANING.put(Highlight.Kind.UNIQUE, "A sentence no other outlet reports (yellow background)");
  }

  private final FlowPane root = new FlowPane();

  LegendView(WorkbenchViewModel model) {
    root.getStyleClass().add("legend");
    root.setId("legend");
    root.setHgap(14);
    root.setVgap(4);
    Label key = new Label("Marks:");
    root.getChildren().add(key);
    for (Highlight.Kind kind : Highlight.Kind.values()) {
      Region swatch = new Region();
      swatch.getStyleClass().addAll("legend-swatch", "swatch-" + ArticleMarks.styleClass(kind).substring("mark-".length()));
      CheckBox box = new CheckBox(kind.label());
      box.setId("legend-" + ArticleMarks.styleClass(kind).substring("mark-".length()));
      box.setGraphic(swatch);
      box.setSelected(model.shownKinds().contains(kind));
      LazyTooltip.text(box, MEANING.get(kind) + ". Untick to hide these marks.");
      box.selectedProperty().addListener((o, was, now) -> model.setKindShown(kind, now));
      root.getChildren().add(box);
    }
  }

  Node root() {
    return root;
  }
}

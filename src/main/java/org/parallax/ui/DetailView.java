package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The aligned passages of the selected item, one above another: the reference first, then each other
 * passage with its word-level differences from the reference (added words underlined, left-out words
 * struck through, substitutions as old → new), then Parallax's notes.
 */
final class DetailView {

  private final DetailViewModel model;
  private final VBox content = new VBox();
  private final ScrollPane root = new ScrollPane(content);

  DetailView(DetailViewModel model) {
    this.model = model;
    content.getStyleClass().add("detail");
    content.setId("detail");
    root.setFitToWidth(true);
    root.setId("detailScroll");
    model.rows().addListener((ListChangeListener<DetailViewModel.Row>) c -> render());
    model.notes().addListener((ListChangeListener<String>) c -> render());
    model.title().addListener((o, a, b) -> render());
    model.subtitle().addListener((o, a, b) -> render());
    render();
  }

  private void render() {
    List<Node> nodes = new ArrayList<>();
    Label title = new Label(model.title().get());
    title.getStyleClass().add("detail-title");
    title.setId("detailTitle");
    title.setWrapText(true);
    Label subtitle = new Label(model.subtitle().get());
    subtitle.getStyleClass().add("detail-subtitle");
    subtitle.setWrapText(true);
    if (!model.title().get().isEmpty()) {
      nodes.add(title);
    }
    nodes.add(subtitle);
    boolean compared = model.rows().stream().anyMatch(r -> r.diff() != null);
    if (compared) {
      Label key = new Label("Each passage is compared with the reference: added words underlined, left-out words struck through, substitutions shown as old → new.");
      key.getStyleClass().add("diff-key");
      key.setWrapText(true);
      nodes.add(key);
    }
    int i = 0;
    for (DetailViewModel.Row row : model.rows()) {
      String tag = row.tag().isEmpty() ? "" : row.tag();
      if (row.diff() != null) {
        tag = (tag.isEmpty() ? "" : tag + " · ") + row.diff().summary();
      }
      Label heading = new Label(row.heading() + (tag.isEmpty() ? "" : "   —   " + tag));
      heading.getStyleClass().add("passage-heading");
      heading.setWrapText(true);
      TextFlow text = row.diff() == null ? plain(row.text()) : diff(row.diff());
      text.getStyleClass().add("passage-text");
      text.setId("passage-" + i);
      nodes.add(heading);
      nodes.add(text);
      i++;
    }
    if (!model.notes().isEmpty()) {
      Label notesHeading = new Label("Notes");
      notesHeading.getStyleClass().add("passage-heading");
      nodes.add(notesHeading);
      for (String n : model.notes()) {
        Label note = new Label("• " + n);
        note.getStyleClass().add("note");
        note.setWrapText(true);
        nodes.add(note);
      }
    }
    content.getChildren().setAll(nodes);
  }

  private static TextFlow plain(String s) {
    return new TextFlow(styled(s, "diff-same"));
  }

  private static TextFlow diff(PassageDiff.Result result) {
    TextFlow flow = new TextFlow();
    for (PassageDiff.Piece p : result.pieces()) {
      if (!p.gap().isEmpty()) {
        flow.getChildren().add(styled(p.gap(), "diff-same"));
      }
      switch (p.change()) {
        case SAME -> flow.getChildren().add(styled(p.text(), "diff-same"));
        case INSERTED -> flow.getChildren().add(styled(p.text(), "diff-inserted"));
        case DELETED -> flow.getChildren().add(styled(p.before(), "diff-deleted"));
        case REPLACED -> {
          flow.getChildren().add(styled(p.before(), "diff-replaced-old"));
          flow.getChildren().add(styled(" → ", "diff-arrow"));
          flow.getChildren().add(styled(p.text(), "diff-replaced-new"));
        }
      }
    }
    return flow;
  }

  private static Text styled(String s, String styleClass) {
    Text t = new Text(s);
    t.getStyleClass().add(styleClass);
    return t;
  }

  Node root() {
    return root;
  }
}

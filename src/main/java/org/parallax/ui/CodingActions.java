package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.project.Anchor;
import org.parallax.project.Code;
import org.parallax.project.Coded;
import org.parallax.project.Coding;
import org.parallax.project.Correction;
import org.parallax.project.Edit;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;

/**
 * The analyst's edits as the window offers them (the Edit menu, a column's context menu, the navigator):
 * choosing a code, writing a memo, judging a finding, managing the code system, setting an article's
 * details. The edits themselves are the {@link ProjectViewModel}'s; this class asks for what they need.
 */
final class CodingActions {

  private final WorkbenchViewModel model;
  private final Supplier<Window> owner;
  private final Consumer<String> say;
  /** A passage kept to be aligned with one selected in another column. */
  private Span toAlign;

  CodingActions(WorkbenchViewModel model, Supplier<Window> owner, Consumer<String> say) {
    this.model = model;
    this.owner = owner;
    this.say = say;
  }

  private ProjectViewModel project() {
    return model.project();
  }

  /** Codes the text selected in a column with a code the analyst picks or names (Ctrl+K). */
  void codeSelection() {
    Optional<Span> sel = model.textSelection();
    if (sel.isEmpty()) {
      say.accept("Select some text in a column first (mouse, or Shift+arrows), then press Ctrl+K to code it.");
      return;
    }
    List<String> codes = chooseCodes("Code the selection", "“" + shorten(sel.get().text()) + "”");
    if (!codes.isEmpty()) {
      apply(sel.get(), codes);
    }
  }

  /** Codes the selection with the code applied last, again (Ctrl+L). */
  void codeAgain() {
    Optional<Span> sel = model.textSelection();
    List<Coding> all = project().current().codings();
    if (sel.isEmpty() || all.isEmpty()) {
      codeSelection();
      return;
    }
    apply(sel.get(), all.get(all.size() - 1).code());
  }

  private void apply(Span s, String code) {
    apply(s, List.of(code));
  }

  private void apply(Span s, List<String> codes) {
    model.article(s.article()).ifPresent(a -> {
      if (project().code(a, s.start(), s.end(), codes)) {
        List<Coding> all = project().current().codings();
        String words = all.get(all.size() - 1).anchor().exact();
        Project now = project().current();
        say.accept("Coded “" + shorten(words) + "” with " + String.join(", ", codes.stream().map(now::path).toList())
            + " (Ctrl+Z undoes).");
      }
    });
  }

  /**
   * Codes chosen from the code system (Ctrl+click or Shift+click chooses several), or a new one named in
   * the same dialog; their ids, empty when cancelled.
   */
  List<String> chooseCodes(String title, String header) {
    Project p = project().current();
    Dialog<List<String>> d = new Dialog<>();
    d.setTitle(title);
    d.setHeaderText(header);
    init(d);
    TextField name = new TextField();
    name.setId("codeChooserName");
    name.setPromptText("Type to filter, or a new code's name");
    ListView<Code> list = new ListView<>();
    list.setId("codeChooserList");
    list.setPrefHeight(220);
    list.setCellFactory(v -> codeCell(p));
    list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
    List<Code> all = p.codes().stream().sorted(java.util.Comparator.comparing(c -> p.path(c.id()).toLowerCase())).toList();
    list.getItems().setAll(all);
    name.textProperty().addListener((o, was, now) -> {
      String needle = now.strip().toLowerCase();
      list.getItems().setAll(all.stream().filter(c -> p.path(c.id()).toLowerCase().contains(needle)).toList());
      if (!list.getItems().isEmpty()) {
        list.getSelectionModel().select(0);
      }
    });
    if (!all.isEmpty()) {
      list.getSelectionModel().select(0);
    }
    Label hint = new Label("Enter applies the selected code (Ctrl+click chooses several); if none matches, a new code of"
        + " that name is made.");
    hint.setWrapText(true);
    VBox box = new VBox(6, name, list, hint);
    box.setPrefWidth(380);
    d.getDialogPane().setContent(box);
    ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
    d.getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
        ((Button) d.getDialogPane().lookupButton(apply)).fire();
      }
    });
    d.setResultConverter(b -> {
      if (b != apply) {
        return List.of();
      }
      List<Code> chosen = List.copyOf(list.getSelectionModel().getSelectedItems());
      if (!chosen.isEmpty()) {
        return chosen.stream().map(Code::id).toList();
      }
      return project().newCode(name.getText(), null).map(c -> List.of(c.id())).orElse(List.of());
    });
    // After the dialog has placed its own focus (on the default button), or typing would not reach the field.
    d.setOnShown(e -> javafx.application.Platform.runLater(name::requestFocus));
    return d.showAndWait().orElse(List.of());
  }

  private static ListCell<Code> codeCell(Project p) {
    return new ListCell<>() {
      @Override
      protected void updateItem(Code c, boolean empty) {
        super.updateItem(c, empty);
        if (empty || c == null) {
          setText(null);
          setGraphic(null);
        } else {
          setText(p.path(c.id()));
          setGraphic(new Rectangle(12, 12, Color.web(c.color())));
        }
      }
    };
  }

  /**
   * A memo where the analyst is (Ctrl+M): on the text selected in a column, else on the item selected in
   * the navigator, else on the corpus.
   */
  void memoHere() {
    Optional<Span> sel = model.textSelection();
    if (sel.isPresent()) {
      model.article(sel.get().article()).ifPresent(a -> memo(
          Target.span(Anchor.of(a.id(), a.text(), sel.get().start(), sel.get().end())),
          "Memo on “" + shorten(sel.get().text()) + "”"));
      return;
    }
    NavItem item = model.navigator().selected().get();
    if (item != null && item.category() == NavItem.Category.CODE) {
      manageCodes();
      return;
    }
    Optional<Target> t = model.targetOf(item);
    if (t.isPresent()) {
      memo(t.get(), "Memo on " + item.category().label().toLowerCase() + " " + item.id() + ": " + shorten(item.title()));
      return;
    }
    memoOnCorpus();
  }

  void memoOnCorpus() {
    memo(Target.corpus(), "Memo on the whole corpus");
  }

  void memoOnArticle(Article a) {
    memo(Target.article(a.id()), "Memo on " + org.parallax.analysis.Highlights.name(a) + ": " + shorten(a.title() == null ? a.id() : a.title()));
  }

  void memoOnCoding(Coded.Segment s) {
    memo(Target.coding(s.coding().id()), "Memo on the " + s.path() + " coding of “" + shorten(s.span().text()) + "”");
  }

  /** Opens the memo on {@code target} for writing; an emptied memo is deleted. */
  void memo(Target target, String header) {
    String old = project().memoOn(target).map(Memo::text).orElse("");
    Dialog<String> d = new Dialog<>();
    d.setTitle("Memo");
    d.setHeaderText(header);
    init(d);
    TextArea text = new TextArea(old);
    text.setId("memoText");
    text.setWrapText(true);
    text.setPrefRowCount(8);
    text.setPrefColumnCount(48);
    Label hint = new Label("Saved with the project at once. Empty the text to delete the memo.");
    d.getDialogPane().setContent(new VBox(6, text, hint));
    d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    d.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
    d.setOnShown(e -> javafx.application.Platform.runLater(text::requestFocus));
    d.showAndWait().ifPresent(t -> {
      if (project().memo(target, t)) {
        say.accept(t.isBlank() ? "Memo deleted." : "Memo saved.");
      }
    });
  }

  /** Rejects (or, again, un-rejects) the finding selected in the navigator. */
  void judgeSelected(Correction.Action action) {
    NavItem item = model.navigator().selected().get();
    Optional<Target> t = model.targetOf(item);
    if (t.isEmpty() || item.category() == NavItem.Category.LABEL) {
      say.accept("Select a quotation, fact, divergence, loaded wording or hedge in the navigator first."
          + " A referent is corrected from a column: right-click a mention.");
      return;
    }
    judge(t.get(), action, item.category().label().toLowerCase() + " " + item.id());
  }

  void judge(Target t, Correction.Action action, String what) {
    boolean had = project().verdictOn(t).filter(c -> c.action() == action).isPresent();
    if (project().verdict(t, action)) {
      say.accept(had ? "Withdrew your verdict on " + what + "."
          : (action == Correction.Action.reject ? "Rejected " : "Confirmed ") + what
              + (action == Correction.Action.reject && !model.showRejected().get() ? "; it is left out (View > Show rejected findings)" : "")
              + ". Ctrl+Z undoes.");
    }
  }

  /** The code system: new, nested, rename, colour, describe, merge, delete. */
  void manageCodes() {
    Dialog<Void> d = new Dialog<>();
    d.setTitle("Codes");
    d.setHeaderText("Your code system. Changes apply at once; Ctrl+Z in the window undoes them.");
    init(d);
    TreeView<Code> tree = new TreeView<>();
    tree.setId("codesTree");
    tree.setShowRoot(false);
    tree.setPrefSize(360, 280);
    tree.setCellFactory(v -> new javafx.scene.control.TreeCell<>() {
      @Override
      protected void updateItem(Code c, boolean empty) {
        super.updateItem(c, empty);
        if (empty || c == null) {
          setText(null);
          setGraphic(null);
        } else {
          long n = project().current().codings().stream().filter(k -> k.code().equals(c.id())).count();
          setText(c.name() + "  (" + n + ")" + (c.description().isBlank() ? "" : " — " + c.description()));
          setGraphic(new Rectangle(12, 12, Color.web(c.color())));
        }
      }
    });
    Runnable refresh = () -> {
      String was = Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(i -> i.getValue().id()).orElse(null);
      TreeItem<Code> root = new TreeItem<>();
      fill(root, null, project().current());
      tree.setRoot(root);
      select(root, was, tree);
    };
    refresh.run();
    Supplier<Code> selected = () -> Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(TreeItem::getValue).orElse(null);
    Button add = new Button("New…");
    add.setId("codesNew");
    add.setOnAction(e -> ask("New code", "Name", "").ifPresent(n -> {
      project().newCode(n, null);
      refresh.run();
    }));
    Button nested = new Button("New inside…");
    nested.setOnAction(e -> {
      Code c = selected.get();
      if (c != null) {
        ask("New code inside " + c.name(), "Name", "").ifPresent(n -> {
          project().newCode(n, c.id());
          refresh.run();
        });
      }
    });
    Button rename = new Button("Rename…");
    rename.setId("codesRename");
    rename.setOnAction(e -> {
      Code c = selected.get();
      if (c != null) {
        ask("Rename code", "Name", c.name()).filter(n -> !n.isBlank()).ifPresent(n -> {
          project().apply(new Edit.ChangeCode(c.withName(n.strip())));
          refresh.run();
        });
      }
    });
    Button describe = new Button("Describe…");
    describe.setOnAction(e -> {
      Code c = selected.get();
      if (c != null) {
        ask("Describe code " + c.name(), "Description", c.description()).ifPresent(n -> {
          project().apply(new Edit.ChangeCode(c.withDescription(n.strip())));
          refresh.run();
        });
      }
    });
    ColorPicker colour = new ColorPicker();
    colour.setId("codesColour");
    colour.setOnAction(e -> {
      Code c = selected.get();
      if (c != null) {
        Color k = colour.getValue();
        String hex = String.format("#%02x%02x%02x", Math.round(k.getRed() * 255), Math.round(k.getGreen() * 255), Math.round(k.getBlue() * 255));
        project().apply(new Edit.ChangeCode(c.withColor(hex)));
        refresh.run();
      }
    });
    tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        colour.setValue(Color.web(now.getValue().color()));
      }
    });
    Button merge = new Button("Merge into…");
    merge.setOnAction(e -> {
      Code c = selected.get();
      if (c == null) {
        return;
      }
      Project p = project().current();
      List<String> others = new ArrayList<>();
      for (Code o : p.codes()) {
        if (!p.subtree(c.id()).contains(o.id())) {
          others.add(p.path(o.id()));
        }
      }
      if (others.isEmpty()) {
        return;
      }
      ChoiceDialog<String> choose = new ChoiceDialog<>(others.get(0), others);
      choose.setTitle("Merge codes");
      choose.setHeaderText("Merge " + p.path(c.id()) + " into:");
      init(choose);
      choose.showAndWait().ifPresent(path -> p.codes().stream().filter(o -> p.path(o.id()).equals(path)).findFirst()
          .ifPresent(into -> {
            project().apply(new Edit.MergeCodes(c.id(), into.id()));
            refresh.run();
          }));
    });
    Button delete = new Button("Delete…");
    delete.setId("codesDelete");
    delete.setOnAction(e -> {
      Code c = selected.get();
      if (c == null) {
        return;
      }
      Project p = project().current();
      List<String> tree2 = p.subtree(c.id());
      long codings = p.codings().stream().filter(k -> tree2.contains(k.code())).count();
      Alert sure = new Alert(Alert.AlertType.CONFIRMATION,
          "Delete " + p.path(c.id()) + (tree2.size() > 1 ? " and the " + (tree2.size() - 1) + " codes inside it" : "")
              + ", with its " + codings + (codings == 1 ? " coding" : " codings") + "? Ctrl+Z undoes it.",
          ButtonType.OK, ButtonType.CANCEL);
      sure.setHeaderText("Delete a code");
      init(sure);
      if (sure.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
        project().apply(new Edit.DeleteCode(c.id()));
        refresh.run();
      }
    });
    VBox buttons = new VBox(6, add, nested, rename, describe, colour, merge, delete);
    buttons.getChildren().forEach(b -> ((javafx.scene.control.Control) b).setMaxWidth(Double.MAX_VALUE));
    HBox content = new HBox(10, tree, buttons);
    HBox.setHgrow(tree, Priority.ALWAYS);
    d.getDialogPane().setContent(content);
    d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    d.showAndWait();
  }

  private static void fill(TreeItem<Code> parent, String parentId, Project p) {
    for (Code c : p.codes()) {
      if (java.util.Objects.equals(c.parent(), parentId)) {
        TreeItem<Code> item = new TreeItem<>(c);
        item.setExpanded(true);
        parent.getChildren().add(item);
        fill(item, c.id(), p);
      }
    }
  }

  private static void select(TreeItem<Code> root, String id, TreeView<Code> tree) {
    if (id == null) {
      return;
    }
    for (TreeItem<Code> i : root.getChildren()) {
      if (i.getValue().id().equals(id)) {
        tree.getSelectionModel().select(i);
        return;
      }
      select(i, id, tree);
    }
  }

  /** Title, outlet and date of an article, as the analyst sets them (blank: back to the file's). */
  void editArticle(Article a) {
    Dialog<ButtonType> d = new Dialog<>();
    d.setTitle("Article details");
    d.setHeaderText(a.source());
    init(d);
    TextField title = new TextField(a.title() == null ? "" : a.title());
    TextField outlet = new TextField(a.outlet() == null ? "" : a.outlet());
    outlet.setId("articleOutlet");
    TextField date = new TextField(a.published() == null ? "" : a.published());
    date.setPromptText("yyyy-mm-dd");
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(6);
    g.setPadding(new Insets(4));
    g.addRow(0, new Label("Title"), title);
    g.addRow(1, new Label("Outlet"), outlet);
    g.addRow(2, new Label("Date"), date);
    GridPane.setHgrow(title, Priority.ALWAYS);
    title.setPrefColumnCount(40);
    d.getDialogPane().setContent(new VBox(6, g, new Label("Kept in the project; the file itself is not changed.")));
    d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
      return;
    }
    String newDate = date.getText().strip();
    if (!newDate.isEmpty() && !newDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
      say.accept("The date must be yyyy-mm-dd, like 2015-09-18; not changed.");
      newDate = a.published() == null ? "" : a.published();
    }
    List<Edit> edits = new ArrayList<>();
    String[][] fields = {{"title", title.getText(), a.title()}, {"outlet", outlet.getText(), a.outlet()}, {"published", newDate, a.published()}};
    for (String[] f : fields) {
      String now = f[1].strip();
      String was = f[2] == null ? "" : f[2];
      if (!now.equals(was)) {
        edits.add(new Edit.Correct(new Correction(java.util.UUID.randomUUID().toString(), Correction.Action.set,
            Target.article(a.id()), null, f[0], now, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())));
      }
    }
    if (!edits.isEmpty()) {
      project().apply(new Edit.All("Article details", edits));
      say.accept("Article details kept in the project.");
    }
  }

  /** The context menu of a column at {@code offset} of its text. */
  ContextMenu contextMenu(Article a, int offset) {
    ContextMenu menu = new ContextMenu();
    Optional<Span> sel = model.textSelection().filter(s -> s.article().equals(a.id()));
    Project p = project().current();
    Menu code = new Menu("Code selection with");
    code.setId("ctxCode");
    code.setDisable(sel.isEmpty());
    for (Code c : p.codes()) {
      MenuItem m = new MenuItem(p.path(c.id()), new Rectangle(10, 10, Color.web(c.color())));
      m.setMnemonicParsing(false);
      m.setOnAction(e -> sel.ifPresent(s -> apply(s, c.id())));
      code.getItems().add(m);
    }
    if (!p.codes().isEmpty()) {
      code.getItems().add(new SeparatorMenuItem());
    }
    MenuItem newCode = new MenuItem("New code…");
    newCode.setId("ctxNewCode");
    newCode.setOnAction(e -> sel.ifPresent(s -> ask("New code", "Name", "").flatMap(n -> project().newCode(n, null)).ifPresent(c -> apply(s, c.id()))));
    code.getItems().add(newCode);
    menu.getItems().add(code);
    MenuItem memo = new MenuItem(sel.isPresent() ? "Memo on selection…" : "Memo on this article…");
    memo.setOnAction(e -> {
      if (sel.isPresent()) {
        memoHere();
      } else {
        memoOnArticle(a);
      }
    });
    menu.getItems().add(memo);
    for (Coded.Segment s : model.codedAt(a.id(), offset)) {
      Menu one = new Menu("Coded " + s.path(), new Rectangle(10, 10, Color.web(s.color())));
      one.setMnemonicParsing(false);
      MenuItem m = new MenuItem(s.memos().isEmpty() ? "Memo on this coding…" : "Edit memo on this coding…");
      m.setOnAction(e -> memoOnCoding(s));
      MenuItem remove = new MenuItem("Remove this coding");
      remove.setOnAction(e -> project().apply(new Edit.RemoveCoding(s.coding().id())));
      one.getItems().addAll(m, remove);
      menu.getItems().add(one);
    }
    menu.getItems().add(new SeparatorMenuItem());
    model.loadedAt(a.id(), offset).ifPresent(t -> {
      boolean rejected = project().verdictOn(t).filter(c -> c.action() == Correction.Action.reject).isPresent();
      MenuItem m = new MenuItem(rejected ? "Loaded after all (withdraw rejection)" : "Not loaded: reject this flag");
      m.setId("ctxRejectLoaded");
      m.setOnAction(e -> judge(t, Correction.Action.reject, "the loaded flag on “" + t.anchor().exact() + "”"));
      menu.getItems().add(m);
    });
    model.mentionAt(a.id(), offset).ifPresent(t -> {
      MenuItem split = new MenuItem("Not the same as its referent: split “" + shorten(t.anchor().exact()) + "” out");
      split.setOnAction(e -> {
        if (project().split(t)) {
          say.accept("“" + t.anchor().exact() + "” is now a referent of its own. Ctrl+Z undoes.");
        }
      });
      MenuItem merge = new MenuItem("Same as… (merge referents)");
      merge.setOnAction(e -> mergeInto(t));
      menu.getItems().addAll(split, merge);
    });
    if (sel.isPresent()) {
      if (toAlign != null && !toAlign.article().equals(a.id())) {
        MenuItem align = new MenuItem("Align with “" + shorten(toAlign.text()) + "”");
        align.setId("ctxAlign");
        Span first = toAlign;
        align.setOnAction(e -> model.article(first.article()).ifPresent(fa -> {
          if (project().align(first, fa, sel.get(), a)) {
            toAlign = null;
            say.accept("Aligned as one fact. Ctrl+Z undoes.");
          }
        }));
        menu.getItems().add(align);
      }
      MenuItem mark = new MenuItem("Keep for aligning with another column");
      mark.setOnAction(e -> {
        toAlign = sel.get();
        say.accept("Now select the same fact in another column, right-click it and choose Align.");
      });
      menu.getItems().add(mark);
    }
    MenuItem details = new MenuItem("Article details (title, outlet, date)…");
    details.setOnAction(e -> editArticle(a));
    menu.getItems().addAll(new SeparatorMenuItem(), details);
    return menu;
  }

  /** The context menu of a navigator item: judge it, write a memo on it; for a code, manage the codes. */
  ContextMenu itemMenu(NavItem item) {
    ContextMenu menu = new ContextMenu();
    if (item.category() == NavItem.Category.CODE) {
      MenuItem codes = new MenuItem("Codes…");
      codes.setOnAction(e -> manageCodes());
      menu.getItems().add(codes);
      return menu;
    }
    Optional<Target> t = model.targetOf(item);
    if (t.isEmpty()) {
      return menu;
    }
    String what = item.category().label().toLowerCase() + " " + item.id();
    Optional<Correction> verdict = project().verdictOn(t.get());
    if (item.category() != NavItem.Category.LABEL) {
      boolean rejected = verdict.filter(c -> c.action() == Correction.Action.reject).isPresent();
      boolean confirmed = verdict.filter(c -> c.action() == Correction.Action.confirm).isPresent();
      MenuItem reject = new MenuItem(rejected ? "Withdraw rejection" : "Reject (wrong)");
      reject.setId("navReject");
      reject.setOnAction(e -> judge(t.get(), Correction.Action.reject, what));
      MenuItem confirm = new MenuItem(confirmed ? "Withdraw confirmation" : "Confirm (right)");
      confirm.setOnAction(e -> judge(t.get(), Correction.Action.confirm, what));
      menu.getItems().addAll(reject, confirm);
    }
    if (item.category() == NavItem.Category.QUOTATION) {
      Target speaker = new Target(Target.Kind.speaker, t.get().item(), t.get().anchor());
      boolean rejected = project().verdictOn(speaker).filter(c -> c.action() == Correction.Action.reject).isPresent();
      MenuItem sp = new MenuItem(rejected ? "Speaker is right after all" : "Wrong speaker: reject the attribution");
      sp.setOnAction(e -> judge(speaker, Correction.Action.reject, "the speaker of " + what));
      menu.getItems().add(sp);
    }
    MenuItem memo = new MenuItem(project().memoOn(t.get()).isPresent() ? "Edit memo…" : "Memo…");
    memo.setOnAction(e -> memo(t.get(), "Memo on " + what + ": " + shorten(item.title())));
    menu.getItems().addAll(new SeparatorMenuItem(), memo);
    return menu;
  }

  private void mergeInto(Target mention) {
    var analysis = model.analysis().get();
    if (analysis == null) {
      return;
    }
    // Alphabetical: the analyst looks for a name, not for the machine's numbering.
    List<org.parallax.analysis.Referent> others = analysis.referents().stream()
        .filter(r -> !r.id().equals(mention.item()) && !r.mentions().isEmpty())
        .sorted(java.util.Comparator.comparing((org.parallax.analysis.Referent r) -> r.name().toLowerCase(java.util.Locale.ROOT)))
        .toList();
    List<String> names = others.stream().map(r -> r.name() + " (" + r.id() + ", " + r.mentions().size() + " mentions)").toList();
    if (names.isEmpty()) {
      return;
    }
    ChoiceDialog<String> d = new ChoiceDialog<>(names.get(0), names);
    d.setTitle("Merge referents");
    d.setHeaderText("“" + mention.anchor().exact() + "” and its referent are the same actor as:");
    init(d);
    d.showAndWait().ifPresent(n -> {
      org.parallax.analysis.Referent other = others.get(names.indexOf(n));
      Target into = new Target(Target.Kind.referent, mention.item(), mention.anchor());
      model.target(Target.Kind.referent, other.id(), other.mentions().get(0).span()).ifPresent(o -> {
        if (project().merge(into, o)) {
          say.accept("Merged " + other.name() + " into this referent. Ctrl+Z undoes.");
        }
      });
    });
  }

  private Optional<String> ask(String title, String label, String initial) {
    TextInputDialog d = new TextInputDialog(initial);
    d.setTitle(title);
    d.setHeaderText(null);
    d.setContentText(label);
    init(d);
    return d.showAndWait();
  }

  private void init(Dialog<?> d) {
    Window w = owner.get();
    if (w != null) {
      d.initOwner(w);
      if (w.getScene() != null) {
        d.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
      }
    }
  }

  static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 60 ? one : one.substring(0, 59) + "…";
  }
}

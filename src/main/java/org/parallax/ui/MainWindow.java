package org.parallax.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.MasterDetailPane;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Tool;
import org.parallax.corpus.Article;
import org.parallax.corpus.Problem;
import org.parallax.export.ReportOptions;

/**
 * The main window: menus and toolbar; the navigator on the left; in the middle the articles side by side
 * (with the legend) or the framing tables; below them the aligned passages of the selected item and the
 * problems list; the status bar with progress and Cancel at the bottom. It binds to a {@link
 * WorkbenchViewModel} and forwards the analyst's actions to it; it holds no analysis state of its own.
 */
public final class MainWindow {

  /** The keyboard shortcuts, as the Help window and the README list them. */
  static final List<String[]> SHORTCUTS =
      List.of(
          new String[] {"Ctrl+O", "Open a corpus folder"},
          new String[] {"F5", "Analyse the open corpus again"},
          new String[] {"Esc", "Cancel the running analysis"},
          new String[] {"Ctrl+E", "Export the PDF report"},
          new String[] {"Ctrl+Shift+E", "Export the data (CSV tables and JSON)"},
          new String[] {"F7 / Shift+F7", "Next / previous item in the navigator"},
          new String[] {"Ctrl+F", "Search the navigator"},
          new String[] {"Ctrl+Shift+F", "Find words in the articles"},
          new String[] {"Ctrl+Shift+R / Ctrl+Shift+A", "Show only the articles with the selected item / all articles"},
          new String[] {"F3 / Shift+F3", "Next / previous place the words were found"},
          new String[] {"Ctrl+1 / Ctrl+2 / Ctrl+3", "Side by side / framing tables / overview"},
          new String[] {"Ctrl+D", "Show or hide the aligned passages and problems"},
          new String[] {"Ctrl+= / Ctrl+- / Ctrl+0", "Larger / smaller / normal text (also Ctrl+mouse wheel)"},
          new String[] {"Ctrl+Z / Ctrl+Shift+Z", "Undo / redo your last edit (codes, memos, corrections)"},
          new String[] {"Ctrl+K / Ctrl+L", "Code the selected text / code it with the last code"},
          new String[] {"Ctrl+Shift+K", "Your code system: new, rename, colour, merge, delete"},
          new String[] {"Ctrl+M / Ctrl+Shift+M", "Memo on the selection or selected item / on the corpus"},
          new String[] {"Ctrl+Alt+R / Ctrl+Alt+C", "Reject / confirm the selected finding (again: withdraw)"},
          new String[] {"Shift+arrows in a column", "Select text from the keyboard (then Ctrl+K)"},
          new String[] {"Shift+F10 / menu key", "A column's context menu: code, memo, correct, align"},
          new String[] {"F1", "This list"},
          new String[] {"Ctrl+Q", "Quit"});

  private static final String LIGHT = Objects.requireNonNull(MainWindow.class.getResource("parallax.css")).toExternalForm();
  private static final String DARK = Objects.requireNonNull(MainWindow.class.getResource("parallax-dark.css")).toExternalForm();

  private final WorkbenchViewModel model;
  private final BorderPane root = new BorderPane();
  private final NavigatorView navigator;
  private final ColumnsView columns;
  /** Built when first shown: its tables are not needed to open the window. */
  private FramingTablesView framing;
  /** Built when first shown, like the tables. */
  private OverviewView overview;
  private final Tab overviewTab = new Tab("Overview");
  private final TabPane mainTabs = new TabPane();
  private final MasterDetailPane masterDetail = new MasterDetailPane(Side.BOTTOM);
  private final SplitPane split = new SplitPane();
  private final TabPane lowerTabs = new TabPane();
  private final StringProperty statusText = new SimpleStringProperty("");
  private final CheckComboBox<Article> articlePicker = new CheckComboBox<>();
  private final TextField findField = new TextField();
  private final Menu recentMenu = new Menu("Open recent");
  private boolean syncingPicker;
  private final CodingActions actions;

  public MainWindow(WorkbenchViewModel model) {
    this.model = model;
    root.setId("mainWindow");
    navigator = new NavigatorView(model.navigator());
    columns = new ColumnsView(model);
    actions = new CodingActions(model, this::window, statusText::set);
    columns.setActions(actions);
    navigator.setContextMenu(actions::itemMenu);
    DetailView detail = new DetailView(model.detail());

    VBox text = new VBox(new LegendView(model).root(), columns.root());
    VBox.setVgrow(columns.root(), Priority.ALWAYS);
    Tab textTab = new Tab("Side by side", text);
    textTab.setId("textTab");
    Tab framingTab = new Tab("Framing tables", new Label("Loading the tables…"));
    framingTab.setId("framingTab");
    framingTab.selectedProperty().addListener((o, was, now) -> {
      if (now) {
        framingTab.setContent(framing().root());
      }
    });
    Tab codesTab = new Tab("Codes × outlets");
    codesTab.setId("codesTab");
    codesTab.selectedProperty().addListener((o, was, now) -> {
      if (now && codesTab.getContent() == null) {
        codesTab.setContent(new CodesMatrixView(model, this::showText).root());
      }
    });
    overviewTab.setId("overviewTab");
    overviewTab.selectedProperty().addListener((o, was, now) -> {
      if (now && overviewTab.getContent() == null) {
        overviewTab.setContent(overview().root());
      }
    });
    mainTabs.getTabs().addAll(textTab, framingTab, codesTab, overviewTab);
    // The open tab is part of the workspace the project keeps.
    mainTabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
        model.tab().set(now == framingTab ? "tables" : now == codesTab ? "codes" : now == overviewTab ? "overview" : "columns"));
    model.tab().addListener((o, was, now) -> mainTabs.getSelectionModel().select(
        "tables".equals(now) ? framingTab : "codes".equals(now) ? codesTab : "overview".equals(now) ? overviewTab : textTab));
    mainTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    mainTabs.setId("mainTabs");

    Tab detailTab = new Tab("Aligned passages", detail.root());
    detailTab.setId("detailTab");
    Tab problemsTab = new Tab("Problems", problemsList());
    problemsTab.setId("problemsTab");
    problemsTab.textProperty().bind(Bindings.size(model.corpus().problems()).asString("Problems (%d)"));
    lowerTabs.getTabs().addAll(detailTab, problemsTab);
    lowerTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    lowerTabs.setId("lowerTabs");
    model.corpus().problems().addListener((ListChangeListener<Problem>) c -> {
      // A folder that could not be opened is news the analyst must see, without a modal dialog.
      if (!model.corpus().problems().isEmpty() && model.corpus().problems().get(0).file().equals(String.valueOf(model.corpus().loading().get()))) {
        lowerTabs.getSelectionModel().select(problemsTab);
      }
    });
    model.navigator().selected().addListener((o, was, now) -> {
      if (now != null) {
        lowerTabs.getSelectionModel().select(detailTab);
      }
    });

    masterDetail.setId("masterDetail");
    masterDetail.setMasterNode(mainTabs);
    masterDetail.setDetailNode(lowerTabs);
    masterDetail.setAnimated(false);
    masterDetail.setDividerPosition(model.settings().divider("detail", 0.70));
    masterDetail.dividerPositionProperty().addListener((o, was, now) -> model.settings().setDivider("detail", now.doubleValue()));

    split.setId("mainSplit");
    split.getItems().addAll(navigator.root(), masterDetail);
    split.setDividerPositions(model.settings().divider("navigator", 0.22));
    split.getDividers().get(0).positionProperty().addListener((o, was, now) -> model.settings().setDivider("navigator", now.doubleValue()));
    SplitPane.setResizableWithParent(navigator.root(), false);

    VBox top = new VBox(menuBar(), toolBar());
    root.setTop(top);
    root.setCenter(split);
    root.setBottom(statusBar());
    installDragAndDrop();
    root.addEventFilter(ScrollEvent.SCROLL, e -> {
      if (e.isShortcutDown() && e.getDeltaY() != 0) {
        if (e.getDeltaY() > 0) {
          model.zoomIn();
        } else {
          model.zoomOut();
        }
        e.consume();
      }
    });
    root.sceneProperty().addListener((o, was, now) -> {
      if (now != null) {
        applyTheme(now);
        addAccelerators(now);
      }
    });
    model.darkTheme().addListener((o, was, now) -> {
      if (root.getScene() != null) {
        applyTheme(root.getScene());
      }
    });
    model.exports().outcome().addListener((o, was, now) -> {
      if (now != null) {
        statusText.set(now.message());
        notify(now);
      }
    });
    model.corpus().status().addListener((o, was, now) -> statusText.set(now));
    // Saving or reading the project went wrong: the analyst must know, in words, at once.
    model.project().status().addListener((o, was, now) -> {
      if (!now.isEmpty()) {
        statusText.set(now);
      }
    });
    statusText.set(model.corpus().status().get());
  }

  // ---- menus and toolbar ----

  private MenuBar menuBar() {
    MenuItem open = item("Open corpus folder…", "menuOpen", key(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFolder);
    recentMenu.setId("menuRecent");
    model.corpus().recent().addListener((ListChangeListener<Path>) c -> rebuildRecent());
    rebuildRecent();
    MenuItem again = item("Analyse again", "menuReanalyse", key(KeyCode.F5), () -> model.corpus().reanalyse());
    again.disableProperty().bind(model.corpus().folder().isNull().or(model.corpus().busy()));
    MenuItem cancel = item("Cancel analysis", "menuCancel", key(KeyCode.ESCAPE), () -> model.corpus().cancel());
    cancel.disableProperty().bind(model.corpus().busy().not());
    MenuItem pdf = item("Export PDF report…", "menuExportPdf", key(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportPdf);
    MenuItem data = item("Export data (CSV and JSON)…", "menuExportData", key(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::exportData);
    pdf.disableProperty().bind(model.corpus().analysis().isNull().or(model.exports().running()));
    data.disableProperty().bind(model.corpus().analysis().isNull().or(model.exports().running()));
    MenuItem quit = item("Quit", "menuQuit", key(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
      Window w = window();
      if (w != null) {
        w.hide();
      }
    });
    MenuItem qdpx = item("Export for QDA software (REFI-QDA .qdpx)…", "menuExportQdpx", null, this::exportQdpx);
    qdpx.disableProperty().bind(model.analysis().isNull().or(model.exports().running()));
    MenuItem saveAs = item("Save project as…", "menuSaveProjectAs", null, this::saveProjectAs);
    saveAs.disableProperty().bind(model.analysis().isNull());
    Menu file = new Menu("File", null, open, recentMenu, again, cancel, new SeparatorMenuItem(), pdf, data, qdpx, saveAs, new SeparatorMenuItem(), quit);

    ProjectViewModel project = model.project();
    MenuItem undo = item("Undo", "menuUndo", key(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), project::undo);
    undo.textProperty().bind(project.undoLabel());
    undo.disableProperty().bind(project.canUndo().not());
    MenuItem redo = item("Redo", "menuRedo", key(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), project::redo);
    redo.textProperty().bind(project.redoLabel());
    redo.disableProperty().bind(project.canRedo().not());
    MenuItem code = item("Code selection…", "menuCode", key(KeyCode.K, KeyCombination.SHORTCUT_DOWN), actions::codeSelection);
    MenuItem codeAgain = item("Code selection with the last code", "menuCodeAgain", key(KeyCode.L, KeyCombination.SHORTCUT_DOWN), actions::codeAgain);
    MenuItem memo = item("Memo…", "menuMemo", key(KeyCode.M, KeyCombination.SHORTCUT_DOWN), actions::memoHere);
    MenuItem corpusMemo = item("Memo on the corpus…", "menuCorpusMemo", key(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::memoOnCorpus);
    MenuItem reject = item("Reject the selected finding", "menuReject", key(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
        () -> actions.judgeSelected(org.parallax.project.Correction.Action.reject));
    MenuItem confirm = item("Confirm the selected finding", "menuConfirm", key(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
        () -> actions.judgeSelected(org.parallax.project.Correction.Action.confirm));
    MenuItem codes = item("Codes…", "menuCodes", key(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::manageCodes);
    for (MenuItem m : List.of(code, codeAgain, memo, corpusMemo, reject, confirm, codes)) {
      m.disableProperty().bind(model.analysis().isNull());
    }
    Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), code, codeAgain, codes, new SeparatorMenuItem(), memo, corpusMemo,
        new SeparatorMenuItem(), reject, confirm);
    edit.setId("menuEdit");

    MenuItem sideBySide = item("Side by side", "menuSideBySide", key(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), this::showText);
    MenuItem tables = item("Framing tables", "menuFraming", key(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> mainTabs.getSelectionModel().select(1));
    MenuItem overviewItem = item("Overview", "menuOverview", key(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), this::showOverview);
    CheckMenuItem lower = new CheckMenuItem("Aligned passages and problems");
    lower.setId("menuDetail");
    lower.setAccelerator(key(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
    lower.selectedProperty().bindBidirectional(masterDetail.showDetailNodeProperty());
    MenuItem showAll = item("Show all articles", "menuShowAll", key(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> model.columns().showAll());
    MenuItem onlyReporting = item("Show only the articles with the selected item", "menuOnlyReporting",
        key(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
          if (!model.showOnlyArticlesOfSelected()) {
            statusText.set("Select an item in the navigator first: a quotation, a fact, a referent…");
          }
        });
    MenuItem resetColumns = item("Reset column order", "menuResetColumns", null, () -> model.columns().reset());
    MenuItem zoomIn = item("Larger text", "menuZoomIn", key(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), model::zoomIn);
    MenuItem zoomOut = item("Smaller text", "menuZoomOut", key(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), model::zoomOut);
    MenuItem zoomReset = item("Normal text size", "menuZoomReset", key(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), model::resetZoom);
    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.setId("menuDark");
    dark.selectedProperty().bindBidirectional(model.darkTheme());
    CheckMenuItem rejected = new CheckMenuItem("Show rejected findings");
    rejected.setId("menuShowRejected");
    rejected.selectedProperty().bindBidirectional(model.showRejected());
    Menu view = new Menu("View", null, sideBySide, tables, overviewItem, lower, new SeparatorMenuItem(), onlyReporting, showAll, resetColumns, new SeparatorMenuItem(), rejected, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), dark);

    MenuItem next = item("Next item", "menuNext", key(KeyCode.F7), () -> model.navigator().next());
    MenuItem previous = item("Previous item", "menuPrevious", key(KeyCode.F7, KeyCombination.SHIFT_DOWN), () -> model.navigator().previous());
    MenuItem find = item("Search the navigator", "menuFind", key(KeyCode.F, KeyCombination.SHORTCUT_DOWN), navigator::focusSearch);
    MenuItem findText = item("Find in articles", "menuFindText", key(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
      findField.requestFocus();
      findField.selectAll();
    });
    MenuItem nextFound = item("Next place found", "menuNextFound", key(KeyCode.F3), () -> model.find().next());
    MenuItem previousFound = item("Previous place found", "menuPreviousFound", key(KeyCode.F3, KeyCombination.SHIFT_DOWN), () -> model.find().previous());
    Menu navigate = new Menu("Navigate", null, next, previous, find, new SeparatorMenuItem(), findText, nextFound, previousFound);

    MenuItem keys = item("Keyboard shortcuts", "menuShortcuts", key(KeyCode.F1), this::showShortcuts);
    MenuItem report = item("Report a problem…", "menuReportProblem", null, this::reportProblem);
    MenuItem about = item("About Parallax", "menuAbout", null, this::showAbout);
    Menu help = new Menu("Help", null, keys, report, about);

    MenuBar bar = new MenuBar(file, edit, view, navigate, help);
    bar.setId("menuBar");
    return bar;
  }

  private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }

  private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
    MenuItem m = new MenuItem(text);
    m.setId(id);
    if (accelerator != null) {
      m.setAccelerator(accelerator);
    }
    m.setOnAction(e -> action.run());
    return m;
  }

  private void rebuildRecent() {
    recentMenu.getItems().clear();
    for (Path p : model.corpus().recent()) {
      MenuItem m = new MenuItem(p.toString());
      m.setMnemonicParsing(false);
      m.setOnAction(e -> model.corpus().openCorpus(p));
      recentMenu.getItems().add(m);
    }
    if (!recentMenu.getItems().isEmpty()) {
      recentMenu.getItems().add(new SeparatorMenuItem());
      recentMenu.getItems().add(item("Clear list", "menuClearRecent", null, () -> model.corpus().clearRecent()));
    }
    recentMenu.setDisable(model.corpus().recent().isEmpty());
  }

  private ToolBar toolBar() {
    Button open = new Button("Open…");
    open.setId("openCorpus");
    LazyTooltip.text(open, "Open a corpus folder (Ctrl+O); you can also drop a folder on the window");
    open.setOnAction(e -> chooseFolder());

    articlePicker.setId("articlePicker");
    articlePicker.setTitle("Articles");
    articlePicker.setShowCheckedCount(true);
    articlePicker.setPrefWidth(170);
    articlePicker.setMaxWidth(170);
    LazyTooltip.text(articlePicker, "Choose which articles stand side by side; reorder them with the ◀ ▶ buttons on each column");
    articlePicker.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Article a) {
            return a == null ? "" : Highlights.name(a) + (a.published() == null ? "" : " · " + a.published()) + " — " + (a.title() == null ? a.id() : a.title());
          }

          @Override
          public Article fromString(String s) {
            return null;
          }
        });
    model.columns().articles().addListener((ListChangeListener<Article>) c -> syncPicker(true));
    model.columns().shown().addListener((ListChangeListener<Article>) c -> syncPicker(false));
    articlePicker.getCheckModel().getCheckedItems().addListener((ListChangeListener<Article>) c -> {
      if (!syncingPicker) {
        model.columns().showOnly(articlePicker.getCheckModel().getCheckedItems().stream().map(Article::id).toList());
      }
    });

    Button previous = new Button("▲ Previous");
    previous.setId("toolbarPrevious");
    LazyTooltip.text(previous, "Previous item in the navigator (Shift+F7)");
    previous.setOnAction(e -> model.navigator().previous());
    Button next = new Button("Next ▼");
    next.setId("toolbarNext");
    LazyTooltip.text(next, "Next item in the navigator (F7)");
    next.setOnAction(e -> model.navigator().next());
    Button smaller = new Button("A−");
    smaller.setId("zoomOut");
    LazyTooltip.text(smaller, "Smaller text (Ctrl+-)");
    smaller.setOnAction(e -> model.zoomOut());
    Button larger = new Button("A+");
    larger.setId("zoomIn");
    LazyTooltip.text(larger, "Larger text (Ctrl+=)");
    larger.setOnAction(e -> model.zoomIn());
    findField.setId("findInArticles");
    findField.setPromptText("Find in articles (Ctrl+Shift+F)");
    findField.setPrefColumnCount(16);
    LazyTooltip.text(findField, "Marks every place the shown articles hold these words (case and accents aside); Enter or F3 goes to the next, Shift+F3 to the previous");
    findField.textProperty().bindBidirectional(model.find().query());
    findField.setOnAction(e -> model.find().next());
    findField.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        findField.clear();
        e.consume();
      }
    });
    Label found = new Label();
    found.setId("findStatus");
    found.textProperty().bind(Bindings.createStringBinding(() -> model.find().status(), model.find().index(), model.find().count(), model.find().query()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label corpus = new Label();
    corpus.setId("corpusLabel");
    corpus.textProperty().bind(Bindings.createStringBinding(() -> {
      Analysis a = model.corpus().analysis().get();
      return a == null ? "" : a.corpus().name() + " — " + a.articles().size() + (a.articles().size() == 1 ? " article" : " articles");
    }, model.corpus().analysis()));
    // The picker's own list has no "all" or "none": with 30 articles, ticking one by one is no way to start over.
    MenuItem pickAll = new MenuItem("Show all articles");
    pickAll.setId("pickAll");
    pickAll.setOnAction(e -> model.columns().showAll());
    MenuItem pickNone = new MenuItem("Show none (then tick the ones to compare)");
    pickNone.setId("pickNone");
    pickNone.setOnAction(e -> model.columns().showOnly(List.of()));
    MenuItem pickSelected = new MenuItem("Show only the articles with the selected item");
    pickSelected.setOnAction(e -> model.showOnlyArticlesOfSelected());
    javafx.scene.control.MenuButton pick = new javafx.scene.control.MenuButton("", null, pickAll, pickNone, pickSelected);
    pick.setId("articlePickerMenu");
    LazyTooltip.text(pick, "All articles, none, or only those with the selected item");
    pick.setAccessibleText("Choose articles: all, none, or those with the selected item");
    ToolBar bar = new ToolBar(open, articlePicker, pick, previous, next, smaller, larger, findField, found, spacer, corpus);
    bar.setId("toolBar");
    return bar;
  }

  private void syncPicker(boolean items) {
    syncingPicker = true;
    try {
      if (items) {
        articlePicker.getCheckModel().clearChecks();
        articlePicker.getItems().setAll(model.columns().articles());
      }
      // By index and against a set: looking each article up in the lists by value took a quarter of the
      // frame that shows a 200-article corpus.
      java.util.Set<Article> shownSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      shownSet.addAll(model.columns().shown());
      List<Article> pickable = articlePicker.getItems();
      for (int i = 0; i < pickable.size(); i++) {
        boolean shown = shownSet.contains(pickable.get(i));
        if (shown != articlePicker.getCheckModel().isChecked(i)) {
          if (shown) {
            articlePicker.getCheckModel().check(i);
          } else {
            articlePicker.getCheckModel().clearCheck(i);
          }
        }
      }
    } finally {
      syncingPicker = false;
    }
  }

  private Node statusBar() {
    StatusBar bar = new StatusBar();
    bar.setId("statusBar");
    bar.textProperty().bind(statusText);
    // During an analysis the bar follows the clock against an estimate, twice a second, rather than
    // running the indeterminate animation: redrawing sixty times a second on a busy two-core machine kept
    // the window from answering for 400 ms at a time (measured), while two redraws a second cost nothing.
    Timeline clock = new Timeline(new KeyFrame(Duration.millis(500), e -> showProgress(bar)));
    clock.setCycleCount(Animation.INDEFINITE);
    model.corpus().busy().addListener((o, was, now) -> {
      if (now) {
        showProgress(bar);
        clock.play();
      } else {
        clock.stop();
        bar.setProgress(model.exports().running().get() ? -1 : 0);
      }
    });
    model.exports().running().addListener((o, was, now) -> {
      if (!model.corpus().busy().get()) {
        bar.setProgress(now ? -1 : 0);
      }
    });
    Button cancel = new Button("Cancel");
    cancel.setId("cancelAnalysis");
    LazyTooltip.text(cancel, "Stop this analysis (Esc); the window keeps what it showed before");
    // Always laid out, shown only during an analysis: the bar must not change height when it appears,
    // which would lay out and repaint the whole window above it (150-250 ms with software rendering).
    cancel.visibleProperty().bind(model.corpus().busy());
    cancel.setOnAction(e -> model.corpus().cancel());
    Button problems = new Button();
    problems.setId("problemsButton");
    problems.textProperty().bind(Bindings.size(model.corpus().problems()).asString("%d problem(s)"));
    problems.visibleProperty().bind(Bindings.isNotEmpty(model.corpus().problems()));
    problems.managedProperty().bind(problems.visibleProperty());
    LazyTooltip.text(problems, "Files skipped and warnings");
    problems.setOnAction(e -> {
      masterDetail.setShowDetailNode(true);
      lowerTabs.getSelectionModel().select(1);
    });
    // What the analyst has made so far, and that it is saved: a word, not a dialog.
    Label projectState = new Label();
    projectState.setId("projectState");
    projectState.textProperty().bind(Bindings.createStringBinding(() -> projectSummary(model.project()),
        model.project().project(), model.project().status(), model.project().readOnly()));
    LazyTooltip.install(projectState, () -> {
      ProjectViewModel pm = model.project();
      String corpusMemo = pm.memoOn(org.parallax.project.Target.corpus()).map(m -> "\n\nMemo on the corpus:\n" + m.text()).orElse("");
      return (pm.file() == null ? "No corpus open" : "Your codes, memos and corrections are saved to " + pm.file()) + corpusMemo;
    });
    bar.getRightItems().addAll(projectState, problems, cancel);
    return bar;
  }

  /** "3 codes · 17 codings · 1 correction", and whether it is saved. */
  static String projectSummary(ProjectViewModel pm) {
    org.parallax.project.Project p = pm.current();
    if (pm.readOnly().get()) {
      return "Project not read (see Problems)";
    }
    if (p.isEmpty()) {
      return "";
    }
    List<String> parts = new java.util.ArrayList<>();
    count(parts, p.codes().size(), "code");
    count(parts, p.codings().size(), "coding");
    count(parts, p.memos().size(), "memo");
    count(parts, p.corrections().size(), "correction");
    boolean failed = pm.status().get().startsWith("Saving failed");
    return String.join(" · ", parts) + (failed ? " — NOT SAVED" : "");
  }

  private static void count(List<String> parts, int n, String word) {
    if (n > 0) {
      parts.add(n + " " + word + (n == 1 ? "" : "s"));
    }
  }

  private void showProgress(StatusBar bar) {
    org.parallax.pipeline.Progress p = model.corpus().progress();
    if (p != null) {
      // The engine's own progress: the share of its stages done, and where it is.
      bar.setProgress(Math.max(0.02, Math.min(0.99, p.fraction())));
      statusText.set(model.corpus().status().get() + "  (" + p.describe() + ")");
      return;
    }
    long expected = Math.max(1, model.corpus().expectedMillis().get());
    long elapsed = model.corpus().elapsedMillis();
    bar.setProgress(Math.max(0.02, Math.min(0.95, elapsed / (double) expected)));
    long left = (expected - elapsed + 999) / 1000;
    statusText.set(model.corpus().status().get() + (left > 0 ? "  (about " + left + " s left)" : "  (taking longer than usual)"));
  }

  private Node problemsList() {
    ListView<Problem> list = new ListView<>(model.corpus().problems());
    list.setId("problems");
    list.setPlaceholder(new Label("No problems: every file of the corpus was read."));
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Problem p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : (p.skipped() ? "Skipped  " : "Warning  ") + p.file() + ": " + p.message());
      }
    });
    return list;
  }

  // ---- actions ----

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open corpus folder");
    Path current = model.corpus().folder().get();
    if (current != null && current.toAbsolutePath().getParent() != null && current.toAbsolutePath().getParent().toFile().isDirectory()) {
      chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
    }
    File dir = chooser.showDialog(window());
    if (dir != null) {
      model.corpus().openCorpus(dir.toPath());
    }
  }

  private void exportPdf() {
    Analysis a = model.analysis().get();
    model.exports().setProject(model.project().current(), model.showRejected().get()
        ? org.parallax.project.Corrections.Rejected.KEEP : org.parallax.project.Corrections.Rejected.LEAVE_OUT);
    if (a == null) {
      return;
    }
    if (!reportOptionsDialog(a).showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export PDF report");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF report", "*.pdf"));
    chooser.setInitialFileName(ExportViewModel.safeName(a.corpus().name()) + "-report.pdf");
    File f = chooser.showSaveDialog(window());
    if (f != null) {
      Path target = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".pdf");
      statusText.set("Writing the report to " + target + "…");
      model.exports().exportPdf(a, model.columns().shownIds(), target);
    }
  }

  /**
   * What goes in the report: its sections, how many rows each summary table shows, and whether the
   * labels table lists only referents with a loaded label (as {@code parallax export --sections, --top,
   * --only-loaded}). The choices stay for the session.
   */
  Dialog<ButtonType> reportOptionsDialog(Analysis a) {
    ExportViewModel ex = model.exports();
    Dialog<ButtonType> d = new Dialog<>();
    d.setTitle("Export PDF report");
    d.setHeaderText("What goes in the report of " + a.articles().size() + " articles");
    if (window() != null) {
      d.initOwner(window());
    }
    VBox box = new VBox(6);
    box.getChildren().add(new Label("Sections (the cover and the legend are always there):"));
    for (ReportOptions.Section section : ReportOptions.Section.values()) {
      CheckBox check = new CheckBox(sectionLabel(section));
      check.setId("section-" + section.word());
      check.setSelected(ex.sections().contains(section));
      check.selectedProperty().addListener((o, was, on) -> {
        if (on) {
          ex.sections().add(section);
        } else {
          ex.sections().remove(section);
        }
      });
      box.getChildren().add(check);
    }
    ComboBox<String> rows = new ComboBox<>();
    rows.setId("reportRows");
    rows.getItems().addAll(
        "Automatic: every row up to " + ReportOptions.FEW_ARTICLES + " articles, else the "
            + ReportOptions.AUTO_TOP + " most telling",
        "Every row", "10", "25", "50");
    int top = ex.top().get();
    rows.getSelectionModel().select(top == ReportOptions.AUTO_ROWS ? 0
        : top == ReportOptions.ALL_ROWS ? 1 : Math.max(0, rows.getItems().indexOf(String.valueOf(top))));
    rows.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> ex.top().set(switch (i.intValue()) {
      case 0 -> ReportOptions.AUTO_ROWS;
      case 1 -> ReportOptions.ALL_ROWS;
      default -> Integer.parseInt(rows.getItems().get(i.intValue()));
    }));
    CheckBox loaded = new CheckBox("Only referents with a loaded label in the labels table");
    loaded.setId("reportOnlyLoaded");
    loaded.selectedProperty().bindBidirectional(ex.onlyLoaded());
    box.getChildren().addAll(new Label("Rows in each summary table:"), rows, loaded);
    d.getDialogPane().setContent(box);
    d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
    ok.disableProperty().bind(Bindings.isEmpty(ex.sections()));
    return d;
  }

  /** A report section as the export dialog names it. */
  private static String sectionLabel(ReportOptions.Section section) {
    return switch (section) {
      case GLANCE -> "The story at a glance (one page)";
      case OVERVIEW -> "Overview: outlets × facts, quotations and labels (heat map)";
      case LABELS -> "What each outlet calls each referent";
      case HEDGES -> "Hedging and attribution per outlet";
      case QUOTATIONS -> "Quotations: shared and altered";
      case FACTS -> "Facts × outlets";
      case DIVERGENCES -> "Divergences in wording";
      case CODES -> "The analyst's codes, coded segments and memos";
      case ARTICLES -> "The annotated articles side by side";
    };
  }

  private void exportData() {
    Analysis a = model.analysis().get();
    model.exports().setProject(model.project().current(), model.showRejected().get()
        ? org.parallax.project.Corrections.Rejected.KEEP : org.parallax.project.Corrections.Rejected.LEAVE_OUT);
    if (a == null) {
      return;
    }
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Export data: choose a folder for the CSV tables and the JSON");
    File dir = chooser.showDialog(window());
    if (dir != null) {
      statusText.set("Writing the data to " + dir + "…");
      model.exports().exportData(a, model.columns().shownIds(), dir.toPath());
    }
  }

  /** Writes the articles, codes, codings and memos (and the machine's findings) as a REFI-QDA project. */
  private void exportQdpx() {
    Analysis a = model.analysis().get();
    if (a == null) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export for QDA software");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA project", "*.qdpx"));
    chooser.setInitialFileName(ExportViewModel.safeName(a.corpus().name()) + ".qdpx");
    File f = chooser.showSaveDialog(window());
    if (f != null) {
      Path target = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".qdpx");
      statusText.set("Writing " + target + "…");
      model.exports().exportQdpx(a, model.project().current(), model.columns().shownIds(), target);
    }
  }

  /** Saves the project to a file the analyst picks (when the corpus folder cannot take it). */
  private void saveProjectAs() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save project as");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parallax project", "*.json"));
    chooser.setInitialFileName("project.json");
    File f = chooser.showSaveDialog(window());
    if (f != null) {
      model.project().saveAs(f.toPath());
      statusText.set("The project is now saved to " + f);
    }
  }

  private void notify(ExportViewModel.Outcome outcome) {
    Window w = window();
    if (w == null || !w.isShowing()) {
      return;
    }
    try {
      Notifications n = Notifications.create().owner(w).title(outcome.ok() ? "Export done" : "Export failed").text(outcome.message()).hideAfter(Duration.seconds(outcome.ok() ? 6 : 12));
      if (outcome.ok()) {
        n.showInformation();
      } else {
        n.showError();
      }
    } catch (RuntimeException e) {
      // The status bar already says it; a notification is a courtesy.
    }
  }

  private void showShortcuts() {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
    alert.setTitle("Keyboard shortcuts");
    alert.setHeaderText("Keyboard shortcuts");
    alert.initModality(Modality.NONE);
    alert.initOwner(window());
    alert.getDialogPane().setContent(shortcutsTable());
    alert.show();
  }

  /**
   * The shortcuts as a table: keys on the left, what they do on the right, a long description wrapped
   * within its own column (one monospaced text wrapped the descriptions under the keys).
   */
  static Node shortcutsTable() {
    javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
    grid.setId("shortcuts");
    grid.setHgap(16);
    grid.setVgap(3);
    javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
    keys.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.layout.ColumnConstraints what = new javafx.scene.layout.ColumnConstraints();
    what.setPrefWidth(380);
    what.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().setAll(keys, what);
    for (int i = 0; i < SHORTCUTS.size(); i++) {
      Label key = new Label(SHORTCUTS.get(i)[0]);
      key.getStyleClass().add("shortcut-key");
      key.setStyle("-fx-font-weight: bold;");
      key.setMinWidth(Region.USE_PREF_SIZE);
      Label description = new Label(SHORTCUTS.get(i)[1]);
      description.getStyleClass().add("shortcut-description");
      description.setWrapText(true);
      javafx.scene.layout.GridPane.setValignment(key, javafx.geometry.VPos.TOP);
      grid.addRow(i, key, description);
    }
    Label hint = new Label("Click a highlight in the text to select its item; hover it to read its note.");
    hint.setWrapText(true);
    grid.add(hint, 0, SHORTCUTS.size(), 2, 1);
    javafx.scene.layout.GridPane.setMargin(hint, new javafx.geometry.Insets(10, 0, 0, 0));
    return grid;
  }

  /** Writes the debug log for a bug report and says where it is. */
  private void reportProblem() {
    String text;
    try {
      java.nio.file.Path log = model.corpus().writeProblemReport();
      text = "The details of the last analysis (how long each stage took, and the full cause of every internal"
          + " error it contained) were added to\n\n" + log + "\n\nPlease attach this file to your report, with a"
          + " description of what you did. It holds file names and error messages, which may quote a few"
          + " words of an article, but not the articles themselves.";
    } catch (java.io.IOException | RuntimeException e) {
      text = "The problem report could not be written: " + e.getMessage();
    }
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
    alert.setTitle("Report a problem");
    alert.setHeaderText("Report a problem");
    alert.initModality(Modality.NONE);
    alert.initOwner(window());
    alert.show();
  }

  private void showAbout() {
    Alert alert =
        new Alert(
            Alert.AlertType.INFORMATION,
            "Parallax aligns how different outlets report the same story: shared quotations, the same facts in"
                + " different words, labels, hedges and what only one outlet reports. It does the reading; the"
                + " judgement stays with the analyst.",
            ButtonType.CLOSE);
    alert.setTitle("About Parallax");
    alert.setHeaderText(Tool.nameAndVersion());
    alert.initModality(Modality.NONE);
    alert.initOwner(window());
    alert.show();
  }

  private void showText() {
    mainTabs.getSelectionModel().select(0);
  }

  private void installDragAndDrop() {
    root.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
      }
      e.consume();
    });
    root.setOnDragDropped(e -> {
      boolean done = false;
      if (e.getDragboard().hasFiles()) {
        var folder = CorpusViewModel.droppedFolder(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        if (folder.isPresent()) {
          Path p = folder.get();
          Platform.runLater(() -> model.corpus().openCorpus(p));
          done = true;
        }
      }
      e.setDropCompleted(done);
      e.consume();
    });
  }

  private void applyTheme(Scene scene) {
    if (model.darkTheme().get()) {
      scene.getStylesheets().setAll(LIGHT, DARK);
    } else {
      scene.getStylesheets().setAll(LIGHT);
    }
  }

  private void addAccelerators(Scene scene) {
    // Second keys for the same actions (a menu item holds one accelerator): numeric keypad and Ctrl+Plus.
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), model::zoomIn);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), model::zoomIn);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), model::zoomOut);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), model::resetZoom);
  }

  // ---- for the app and tests ----

  public Parent root() {
    return root;
  }

  /**
   * Puts the workbench on screen a part a frame (the menus; the toolbar, its article picker, its find
   * field; the status bar; the navigator; the articles; the lower tabs), then runs {@code then}. Call it before the root is shown; {@code
   * waiting}, what the window showed while starting, stands in for the parts not yet there. Styled and
   * laid out at once, the workbench's first frame kept the JavaFX thread 1-2 s (CSS and a skin for
   * every control, each kind of control loading its classes on first use), and the window did not
   * answer; a part a frame, each frame does a share of that.
   */
  public void revealInStages(Node waiting, Runnable then) {
    VBox top = (VBox) root.getTop();
    List<Node> bars = List.copyOf(top.getChildren());
    Node status = root.getBottom();
    Node tabs = masterDetail.getMasterNode();
    Node lower = masterDetail.getDetailNode();
    double divider = masterDetail.getDividerPosition();
    top.getChildren().clear();
    root.setBottom(null);
    root.setCenter(waiting);
    masterDetail.setMasterNode(new Region());
    masterDetail.setDetailNode(new Region());
    // The toolbar's article picker (a list in a popup) and find field are the dearest of its controls.
    ToolBar tools = (ToolBar) bars.get(1);
    List<Node> allTools = List.copyOf(tools.getItems());
    List<Node> withPicker = allTools.stream().filter(n -> n != findField).toList();
    tools.getItems().removeIf(n -> n == articlePicker || n == findField || "articlePickerMenu".equals(n.getId()));
    List<Runnable> stages = List.of(
        () -> top.getChildren().setAll(bars.get(0)),
        () -> top.getChildren().setAll(bars),
        () -> tools.getItems().setAll(withPicker),
        () -> tools.getItems().setAll(allTools),
        () -> root.setBottom(status),
        () -> root.setCenter(split),
        () -> {
          masterDetail.setMasterNode(tabs);
          masterDetail.setDividerPosition(divider);
        },
        () -> {
          masterDetail.setDetailNode(lower);
          // A new node in the pane moves its divider to the middle.
          masterDetail.setDividerPosition(divider);
        });
    revealFrom(stages, 0, then);
  }

  private static void revealFrom(List<Runnable> stages, int next, Runnable then) {
    Frames.afterNextFrame(() -> {
      if (next == stages.size()) {
        then.run();
        return;
      }
      stages.get(next).run();
      revealFrom(stages, next + 1, then);
    });
  }

  public WorkbenchViewModel model() {
    return model;
  }

  /** Brings the framing tables to the front, at the tab {@code tableTab} (e.g. {@code coverageTab}). */
  public void showFramingTables(String tableTab) {
    mainTabs.getSelectionModel().select(1);
    if (tableTab != null) {
      framing().selectTab(tableTab);
    }
  }

  /** Brings the overview to the front. */
  public void showOverview() {
    mainTabs.getSelectionModel().select(overviewTab);
  }

  private OverviewView overview() {
    if (overview == null) {
      overview = new OverviewView(model, this::showText);
    }
    return overview;
  }

  /** The overview, once it has been shown; {@code null} before. */
  OverviewView overviewView() {
    return overview;
  }

  private FramingTablesView framing() {
    if (framing == null) {
      framing = new FramingTablesView(model, this::showText);
    }
    return framing;
  }

  /** Whether the side-by-side columns are all built (they are built over a few frames). */
  boolean columnsComplete() {
    return columns.complete();
  }

  List<ArticleColumn> columns() {
    return columns.columns();
  }
}

package org.parallax.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.export.ReportTables;
import org.parallax.project.Anchor;
import org.parallax.project.Code;
import org.parallax.project.Coded;
import org.parallax.project.Coding;
import org.parallax.project.Correction;
import org.parallax.project.Corrections;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;
import org.parallax.project.Workspace;
import org.parallax.text.TextRange;

/**
 * The whole workbench's state: the open corpus and, derived from its analysis, the columns, the
 * navigator, the detail pane, the framing tables and the marks to draw, plus the view settings (which
 * highlight kinds show, text zoom, theme). It ties them together: selecting an item fills the detail
 * pane and marks the item's passage in every column; a new analysis resets them all.
 */
public final class WorkbenchViewModel {

  /** A request to bring an article's column into view; {@code serial} makes repeated requests distinct. */
  public record Reveal(String article, long serial) {}

  private final AppSettings settings;
  private final TaskRunner tasks;
  private final CorpusViewModel corpus;
  private final ColumnsViewModel columns = new ColumnsViewModel();
  private final FindViewModel find = new FindViewModel(() -> columns.shown());
  private final NavigatorViewModel navigator = new NavigatorViewModel();
  private final DetailViewModel detail = new DetailViewModel();
  private final FramingTablesViewModel tables = new FramingTablesViewModel();
  private final ExportViewModel exports;
  private final ProjectViewModel project;
  private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
  private final javafx.beans.property.BooleanProperty showRejected = new SimpleBooleanProperty(false);
  private final javafx.beans.property.ReadOnlyLongWrapper codingsVersion = new javafx.beans.property.ReadOnlyLongWrapper();
  private volatile Path projectFolder;
  private Corrections.Corrected corrected;
  private Map<String, List<ArticleMarks.CodeMark>> codeMarks = Map.of();
  private Coded coded = new Coded(List.of(), List.of());
  private final ObservableSet<Highlight.Kind> shownKinds = FXCollections.observableSet(EnumSet.allOf(Highlight.Kind.class));
  private final DoubleProperty zoom;
  private final BooleanProperty darkTheme;
  private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>();
  private Map<String, List<Highlight>> marks = Map.of();
  private Map<String, Integer> factIndex = Map.of();
  private long reveals;

  public WorkbenchViewModel(TaskRunner tasks, AnalysisSource source, AppSettings settings) {
    this.tasks = tasks;
    this.settings = settings;
    // Derived data is computed on the worker thread with the analysis, not on the JavaFX thread.
    this.corpus = new CorpusViewModel(tasks, preparing(source), settings);
    this.exports = new ExportViewModel(tasks);
    this.project = new ProjectViewModel(tasks, java.time.Clock.systemUTC());
    this.zoom = new SimpleDoubleProperty(settings.zoom());
    this.darkTheme = new SimpleBooleanProperty(settings.darkTheme());
    zoom.addListener((o, was, now) -> settings.setZoom(now.doubleValue()));
    darkTheme.addListener((o, was, now) -> settings.setDarkTheme(now));
    corpus.analysis().addListener((o, was, now) -> load(now));
    project.project().addListener((o, was, now) -> projectChanged(was, now));
    showRejected.addListener((o, was, now) -> load(corpus.analysis().get()));
    columns.shown().addListener((ListChangeListener<Article>) c -> saveWorkspace());
    navigator.selected().addListener((o, was, now) -> saveWorkspace());
    navigator.filter().addListener((o, was, now) -> saveWorkspace());
    navigator.outlet().addListener((o, was, now) -> saveWorkspace());
    navigator.minStrength().addListener((o, was, now) -> saveWorkspace());
    navigator.search().addListener((o, was, now) -> saveWorkspace());
    tab.addListener((o, was, now) -> saveWorkspace());
    find.query().addListener((o, was, now) -> saveWorkspace());
    navigator.selected().addListener((o, was, now) -> showDetail());
    columns.shown().addListener((ListChangeListener<Article>) c -> showDetail());
    columns.shown().addListener((ListChangeListener<Article>) c -> find.refresh());
  }

  /**
   * Shows only the articles that carry the selected item (a quotation, a fact, a referent...), in their
   * current order; false when nothing is selected or no article carries it.
   */
  boolean showOnlyArticlesOfSelected() {
    NavItem item = navigator.selected().get();
    if (item == null || item.passages().isEmpty()) {
      return false;
    }
    columns.showOnly(item.passages().stream().map(p -> p.span().article()).collect(java.util.stream.Collectors.toSet()));
    return true;
  }

  /** The runner of background work (the views' own, e.g. the overview's computation). */
  TaskRunner tasks() {
    return tasks;
  }

  /** Find in articles (the toolbar's search field, F3 / Shift+F3). */
  FindViewModel find() {
    return find;
  }

  /** What the views need from an analysis, derived once. */
  private record Derived(
      Analysis analysis, Map<String, List<Highlight>> marks, Map<String, Integer> factIndex, List<NavItem> items, ReportTables tables,
      ReportTables outletTables) {}

  /** The derivation of the analysis the worker thread produced last; used if it is the one shown. */
  private volatile Derived prepared;

  /** {@code source}, each analysis derived for the views as it arrives; progress and Cancel pass through. */
  private AnalysisSource preparing(AnalysisSource source) {
    return new AnalysisSource() {
      @Override
      public Analysis analyze(java.nio.file.Path folder) throws org.parallax.corpus.CorpusReader.FolderException {
        return prepare(source.analyze(folder));
      }

      @Override
      public org.parallax.pipeline.Analyzer.Result run(
          java.nio.file.Path folder, org.parallax.pipeline.ProgressListener progress, org.parallax.pipeline.Cancellation cancellation)
          throws org.parallax.corpus.CorpusReader.FolderException {
        org.parallax.pipeline.Analyzer.Result r = source.run(folder, detailsFor(folder), progress, cancellation);
        prepare(r.analysis());
        return r;
      }
    };
  }

  /** The article details the analyst set in the open project, kept for the worker thread. */
  private volatile Map<String, org.parallax.corpus.Metadata> details = Map.of();

  /**
   * The article details the analyst set for {@code folder}: the open project's when it is that folder's,
   * else what its project file says (nothing if it cannot be read). Runs on the worker thread.
   */
  private Map<String, org.parallax.corpus.Metadata> detailsFor(Path folder) {
    if (folder.equals(projectFolder)) {
      return details;
    }
    try {
      return Corrections.metadata(org.parallax.project.ProjectFile.read(org.parallax.project.ProjectFile.of(folder)));
    } catch (org.parallax.project.ProjectFile.ProjectFileException e) {
      return Map.of();
    }
  }

  private Analysis prepare(Analysis analysis) {
    prepared = derive(analysis);
    return analysis;
  }

  private static Derived derive(Analysis analysis) {
    List<Highlight> all = Highlights.of(analysis);
    Map<String, List<Highlight>> byArticle = new HashMap<>();
    for (Highlight h : all) {
      byArticle.computeIfAbsent(h.article(), k -> new ArrayList<>()).add(h);
    }
    Map<String, Integer> facts = new HashMap<>();
    analysis.facts().forEach(f -> facts.put(f.id(), facts.size()));
    ReportTables tables = ReportTables.of(analysis);
    return new Derived(analysis, byArticle, facts, NavItems.of(analysis, all), tables, tables.byOutlet());
  }

  /**
   * Shows a new machine analysis (or the same one under changed corrections): the project of its folder
   * is opened first when the folder is new, then the analyst's corrections are applied.
   */
  private void load(Analysis raw) {
    Path folder = corpus.folder().get();
    // The layout to keep: the window's own on re-analysis (F5) or a correction; the project's on a new folder.
    Workspace keep = raw != null && folder != null && folder.equals(projectFolder) ? workspace() : null;
    if (raw != null && folder != null && !folder.equals(projectFolder)) {
      projectFolder = folder;
      loading = true;
      try {
        project.open(folder);
      } finally {
        loading = false;
      }
    }
    Workspace layout = keep != null ? keep : project.current().workspace();
    restoring = true;
    Analysis analysis = null;
    corrected = null;
    if (raw != null) {
      corrected = Corrections.apply(raw, project.current(), showRejected.get() ? Corrections.Rejected.KEEP : Corrections.Rejected.LEAVE_OUT);
      analysis = corrected.analysis();
    }
    this.analysis.set(analysis);
    Derived d = null;
    if (analysis != null) {
      Derived p = prepared;
      d = p != null && p.analysis() == raw && project.current().corrections().isEmpty() && !showRejected.get() ? p : derive(analysis);
    }
    prepared = null;
    placeCodings();
    marks = d == null ? Map.of() : d.marks();
    factIndex = d == null ? Map.of() : d.factIndex();
    machineItems = d == null ? List.of() : d.items();
    navigator.setItems(decorated(machineItems));
    navigator.setOutlets(analysis == null ? Map.of() : org.parallax.analysis.Highlights.names(analysis.articles()));
    tables.setTables(d == null ? null : d.tables(), d == null ? null : d.outletTables());
    if (analysis == null) {
      columns.setArticles(List.of());
    } else {
      columns.setArticles(analysis.articles(), layout.columns(), layout.hidden());
      restore(layout);
    }
    restoring = false;
    showDetail();
    saveWorkspace();
  }

  private boolean restoring;
  /** True while load() opens a project, whose change it applies itself. */
  private boolean loading;
  /** The items of the shown analysis as the machine made them (before the analyst's marks and codes). */
  private List<NavItem> machineItems = List.of();

  /** The filters, search and selection of a saved workspace (its column layout is restored apart). */
  private void restore(Workspace w) {
    try {
      navigator.filter().set(w.filter() == null ? NavigatorViewModel.Filter.ALL : NavigatorViewModel.Filter.valueOf(w.filter()));
    } catch (IllegalArgumentException unknown) {
      navigator.filter().set(NavigatorViewModel.Filter.ALL);
    }
    navigator.outlet().set(w.outlet() == null || !navigator.outlets().contains(w.outlet()) ? NavigatorViewModel.ALL_OUTLETS : w.outlet());
    navigator.minStrength().set(w.strength());
    navigator.search().set(w.search() == null ? "" : w.search());
    if (w.tab() != null) {
      tab.set(w.tab());
    }
    if (w.find() != null && !w.find().equals(find.query().get())) {
      find.query().set(w.find());
    }
    if (w.selected() != null) {
      selectSaved(w.selected(), w.selectedAt());
    }
  }

  /**
   * Selects a saved item: by its id when that item still has a passage at the saved place (or no place
   * was saved), else the item of the same kind that has a passage there (re-analysis renumbers items).
   */
  private void selectSaved(String id, Anchor at) {
    Analysis a = analysis.get();
    Optional<org.parallax.analysis.Span> where = at == null || a == null ? Optional.empty() : Corrections.locate(a, at);
    Optional<NavItem> byId = navigator.find(id);
    if (where.isEmpty()) {
      byId.ifPresent(navigator::select);
      return;
    }
    org.parallax.analysis.Span s = where.get();
    java.util.function.Predicate<NavItem> there = i -> i.in(s.article()).stream()
        .anyMatch(p -> p.span().start() < s.end() && s.start() < p.span().end());
    if (byId.isPresent() && there.test(byId.get())) {
      navigator.select(byId.get());
      return;
    }
    NavItem.Category category = byId.map(NavItem::category).orElse(null);
    navigator.items().stream()
        .filter(i -> (category == null || i.category() == category) && there.test(i))
        .findFirst()
        .ifPresent(navigator::select);
  }

  /** The workspace as the window shows it now. */
  Workspace workspace() {
    NavItem sel = navigator.selected().get();
    Anchor at = null;
    if (sel != null && !sel.passages().isEmpty() && analysis.get() != null) {
      org.parallax.analysis.Span s = sel.passages().get(0).span();
      Optional<Article> art = analysis.get().article(s.article());
      if (art.isPresent()) {
        at = Anchor.of(s.article(), art.get().text(), s.start(), s.end());
      }
    }
    List<String> order = new ArrayList<>(columns.shownIds());
    order.addAll(columns.hiddenIds());
    NavigatorViewModel.Filter f = navigator.filter().get();
    String outlet = navigator.outlet().get();
    return new Workspace(order, columns.hiddenIds(), sel == null ? null : sel.id(), at, tab.get(),
        f == null || f == NavigatorViewModel.Filter.ALL ? null : f.name(),
        outlet == null || outlet.equals(NavigatorViewModel.ALL_OUTLETS) ? null : outlet,
        navigator.minStrength().get(),
        navigator.search().get() == null || navigator.search().get().isEmpty() ? null : navigator.search().get(),
        find.query().get() == null || find.query().get().isEmpty() ? null : find.query().get());
  }

  /** Records the workspace in the project (saved in the background), unless it is being restored. */
  private void saveWorkspace() {
    if (!restoring && analysis.get() != null) {
      project.setWorkspace(workspace());
    }
  }

  private final javafx.beans.property.StringProperty tab = new javafx.beans.property.SimpleStringProperty("columns");

  /** The open main tab ({@code columns}, {@code tables}, {@code codes}, {@code overview}); saved with the workspace. */
  public javafx.beans.property.StringProperty tab() {
    return tab;
  }

  private void showDetail() {
    detail.show(navigator.selected().get(), analysis.get(), columns.shownIds());
  }

  /** The project changed: corrections re-apply to the analysis; codings and memos only re-mark. */
  private void projectChanged(Project was, Project now) {
    Map<String, org.parallax.corpus.Metadata> before = details;
    details = Corrections.metadata(now);
    // A project opened by load() itself is applied by it.
    if (corpus.analysis().get() == null || loading) {
      return;
    }
    if (!before.equals(details) && !corpus.busy().get()) {
      // An outlet, title or date the analyst set: read again with it, so the outlets' profiles, the
      // tables and the exports group the article under it (the cache makes this quick).
      corpus.reanalyse();
    }
    if (was == null || !was.corrections().equals(now.corrections())) {
      load(corpus.analysis().get());
      return;
    }
    if (!was.codes().equals(now.codes()) || !was.codings().equals(now.codings()) || !was.memos().equals(now.memos())) {
      String selectedId = navigator.selected().get() == null ? null : navigator.selected().get().id();
      placeCodings();
      navigator.setItems(decorated(machineItems));
      if (selectedId != null) {
        navigator.select(selectedId);
      }
    }
  }

  /** Places the codings in the shown analysis's articles, for the columns' marks. */
  private void placeCodings() {
    Analysis a = analysis.get();
    coded = a == null ? new Coded(List.of(), List.of()) : Coded.of(project.current(), a);
    Map<String, List<ArticleMarks.CodeMark>> byArticle = new HashMap<>();
    for (Coded.Segment s : coded.segments()) {
      byArticle.computeIfAbsent(s.span().article(), k -> new ArrayList<>())
          .add(new ArticleMarks.CodeMark(s.span().range(), ArticleMarks.codeClass(s.color()), s.color(), s.path()));
    }
    codeMarks = byArticle;
    List<org.parallax.corpus.Problem> orphans = new ArrayList<>();
    if (project.readOnly().get()) {
      orphans.add(org.parallax.corpus.Problem.warning(PROJECT_FILE, project.status().get()));
    }
    for (Coding c : coded.orphaned()) {
      orphans.add(org.parallax.corpus.Problem.warning(PROJECT_FILE, "the " + project.current().path(c.code()) + " coding of “"
          + CodingActions.shorten(c.anchor().exact()) + "” in " + c.anchor().article()
          + " no longer finds its passage (the article changed or is gone); it is kept in the project"));
    }
    if (corrected != null) {
      for (Correction c : corrected.orphaned()) {
        String what = c.target().anchor() != null ? "“" + CodingActions.shorten(c.target().anchor().exact()) + "” in " + c.target().anchor().article()
            : c.target().item();
        orphans.add(org.parallax.corpus.Problem.warning(PROJECT_FILE, "your correction (" + c.action() + " " + c.target().kind() + ") of "
            + what + " no longer finds its finding; it is kept in the project"));
      }
    }
    if (a != null) {
      corpus.setProblemsOf(PROJECT_FILE, orphans);
    }
    codingsVersion.set(codingsVersion.get() + 1);
  }

  /** The machine's items with the analyst's codes first and verdicts, memos and reshapings marked. */
  private List<NavItem> decorated(List<NavItem> machine) {
    Project p = project.current();
    Map<String, String> colors = new HashMap<>();
    p.codes().forEach(c -> colors.put(CODE_ITEM + c.id(), c.color()));
    navigator.setCodeColors(colors);
    Map<String, List<String>> memos = AnalystItems.memosOnItems(machine, p, analysis.get());
    return AnalystItems.withCodes(AnalystItems.marked(machine, corrected, memos), p, coded);
  }

  /** How problems with the analyst's project are filed in the problems list. */
  static final String PROJECT_FILE = ".parallax/project.json";

  /** Navigator ids of code items: this prefix and the code's id. */
  static final String CODE_ITEM = "code:";

  /** The highlights of one article, by start. */
  public List<Highlight> marks(String article) {
    return marks.getOrDefault(article, List.of());
  }

  /** The style runs of an article's text as things stand (kinds shown, item selected). */
  List<ArticleMarks.Run> runs(Article article) {
    return ArticleMarks.of(article.text().length(), marks(article.id()), shownKinds, factIndex, currentRanges(article.id()), find.in(article.id()),
        codeMarks(article.id()));
  }

  /** The coded segments of one article, by start. */
  List<ArticleMarks.CodeMark> codeMarks(String article) {
    return codeMarks.getOrDefault(article, List.of());
  }

  /** Where the selected item stands in {@code article}, in text order (empty when it does not). */
  public List<TextRange> currentRanges(String article) {
    NavItem item = navigator.selected().get();
    if (item == null) {
      return List.of();
    }
    return item.in(article).stream()
        .map(p -> p.span().range())
        .sorted(java.util.Comparator.comparingInt(TextRange::start))
        .toList();
  }

  /** The notes of the highlights shown at {@code offset} of {@code article}, for a tooltip. */
  public List<String> notesAt(String article, int offset) {
    List<String> out = new ArrayList<>();
    for (Highlight h : marks(article)) {
      if (h.start() <= offset && offset < h.end() && shownKinds.contains(h.kind()) && !out.contains(h.note())) {
        out.add(h.note());
      }
    }
    for (Coded.Segment s : coded.segments()) {
      if (s.span().article().equals(article) && s.span().start() <= offset && offset < s.span().end()) {
        out.add("Code: " + s.path() + (s.memos().isEmpty() ? "" : "\nMemo: " + s.memoText()));
      }
    }
    return out;
  }

  /**
   * Goes to item {@code itemId} as seen in {@code article} (may be null): selects the item, shows the
   * article's column if it was hidden and brings it into view.
   *
   * @return false if there is no such item
   */
  public boolean navigate(String itemId, String article) {
    if (!navigator.select(itemId)) {
      return false;
    }
    if (article != null) {
      columns.show(article);
      reveal.set(new Reveal(article, ++reveals));
    }
    return true;
  }

  /** Goes to the first hedge of {@code article}; false if it has none. */
  public boolean navigateToHedges(String article) {
    Optional<NavItem> first =
        navigator.items().stream()
            .filter(i -> i.category() == NavItem.Category.HEDGE && !i.in(article).isEmpty())
            .findFirst();
    return first.isPresent() && navigate(first.get().id(), article);
  }

  /** Selects what the analyst clicked in a column; false if nothing navigable is there. */
  public boolean selectAt(String article, int offset) {
    return navigator.selectAt(article, offset).isPresent();
  }

  public void zoomIn() {
    zoom.set(AppSettings.clampZoom(zoom.get() + 1));
  }

  public void zoomOut() {
    zoom.set(AppSettings.clampZoom(zoom.get() - 1));
  }

  public void resetZoom() {
    zoom.set(AppSettings.DEFAULT_ZOOM);
  }

  public void setKindShown(Highlight.Kind kind, boolean show) {
    if (show) {
      shownKinds.add(kind);
    } else {
      shownKinds.remove(kind);
    }
  }

  public CorpusViewModel corpus() {
    return corpus;
  }

  public ColumnsViewModel columns() {
    return columns;
  }

  public NavigatorViewModel navigator() {
    return navigator;
  }

  public DetailViewModel detail() {
    return detail;
  }

  public FramingTablesViewModel tables() {
    return tables;
  }

  public ExportViewModel exports() {
    return exports;
  }

  private Span textSelection;

  /** The analyst selected {@code [start, end)} of an article's text in its column (empty: deselected). */
  void selectText(String article, int start, int end) {
    Optional<Article> a = article(article);
    if (a.isEmpty() || start >= end || end > a.get().text().length()) {
      if (textSelection != null && textSelection.article().equals(article)) {
        textSelection = null;
      }
      return;
    }
    textSelection = Span.of(a.get(), new TextRange(start, end));
  }

  /** The text last selected in a column, if it is still selected. */
  public Optional<Span> textSelection() {
    return Optional.ofNullable(textSelection);
  }

  /** The shown analysis's article {@code id}. */
  public Optional<Article> article(String id) {
    return analysis.get() == null ? Optional.empty() : analysis.get().article(id);
  }

  /** A target anchored at {@code span} of its article. */
  public Optional<Target> target(Target.Kind kind, String item, org.parallax.analysis.Span span) {
    return article(span.article()).map(a -> new Target(kind, item,
        Anchor.of(a.id(), a.text(), span.start(), span.end())));
  }

  /**
   * The finding a navigator item stands for, as a target of the analyst's verdicts and memos; empty for
   * items that are not one finding (an analyst's code, sentences only one outlet reports).
   */
  public Optional<Target> targetOf(NavItem item) {
    if (item == null || item.passages().isEmpty()) {
      return Optional.empty();
    }
    return AnalystItems.kindOf(item.category()).flatMap(kind -> target(kind, item.id(), item.passages().get(0).span()));
  }

  /** The loaded flag (a loaded label or loaded wording) drawn at {@code offset} of {@code article}. */
  public Optional<Target> loadedAt(String article, int offset) {
    for (Highlight h : marks(article)) {
      if ((h.kind() == Highlight.Kind.LOADED_LABEL || h.kind() == Highlight.Kind.LOADED_WORD) && h.start() <= offset && offset < h.end()) {
        Optional<Article> a = article(article);
        if (a.isPresent()) {
          return target(Target.Kind.loaded, null, Span.of(a.get(), new TextRange(h.start(), h.end())));
        }
      }
    }
    return Optional.empty();
  }

  /** The referent mention at {@code offset} of {@code article} and its referent's id. */
  public Optional<Target> mentionAt(String article, int offset) {
    Analysis a = analysis.get();
    if (a == null) {
      return Optional.empty();
    }
    for (org.parallax.analysis.Referent r : a.referents()) {
      for (org.parallax.analysis.Referent.Mention m : r.mentions()) {
        if (m.article().equals(article) && m.start() <= offset && offset < m.end()) {
          return target(Target.Kind.mention, r.id(), m.span());
        }
      }
    }
    return Optional.empty();
  }

  /** The coded segments at {@code offset} of {@code article}. */
  public List<Coded.Segment> codedAt(String article, int offset) {
    return coded.segments().stream()
        .filter(s -> s.span().article().equals(article) && s.span().start() <= offset && offset < s.span().end())
        .toList();
  }

  /** The analyst's project of the open corpus. */
  public ProjectViewModel project() {
    return project;
  }

  /** The analysis as shown: the machine's, with the analyst's corrections applied. */
  public ReadOnlyObjectProperty<Analysis> analysis() {
    return analysis.getReadOnlyProperty();
  }

  /** The corrections as applied to the shown analysis (verdicts and orphans); null with no analysis. */
  public Corrections.Corrected corrected() {
    return corrected;
  }

  /** The codings as placed in the shown analysis. */
  public Coded coded() {
    return coded;
  }

  /** Whether rejected findings stay in view, marked, instead of being left out. */
  public javafx.beans.property.BooleanProperty showRejected() {
    return showRejected;
  }

  /** Changes each time the coded segments are placed anew (the columns redraw their marks). */
  public javafx.beans.property.ReadOnlyLongProperty codingsVersion() {
    return codingsVersion.getReadOnlyProperty();
  }

  public AppSettings settings() {
    return settings;
  }

  /** The highlight kinds drawn (the legend's switches). */
  public ObservableSet<Highlight.Kind> shownKinds() {
    return shownKinds;
  }

  /** Article text size in points; remembered. */
  public DoubleProperty zoom() {
    return zoom;
  }

  /** Dark theme on; remembered. */
  public BooleanProperty darkTheme() {
    return darkTheme;
  }

  /** The latest request to bring a column into view. */
  public ReadOnlyObjectProperty<Reveal> reveal() {
    return reveal.getReadOnlyProperty();
  }
}

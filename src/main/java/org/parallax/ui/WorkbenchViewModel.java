package org.parallax.ui;

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
import org.parallax.corpus.Article;
import org.parallax.export.ReportTables;
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
  private final CorpusViewModel corpus;
  private final ColumnsViewModel columns = new ColumnsViewModel();
  private final FindViewModel find = new FindViewModel(() -> columns.shown());
  private final NavigatorViewModel navigator = new NavigatorViewModel();
  private final DetailViewModel detail = new DetailViewModel();
  private final FramingTablesViewModel tables = new FramingTablesViewModel();
  private final ExportViewModel exports;
  private final ObservableSet<Highlight.Kind> shownKinds = FXCollections.observableSet(EnumSet.allOf(Highlight.Kind.class));
  private final DoubleProperty zoom;
  private final BooleanProperty darkTheme;
  private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>();
  private Map<String, List<Highlight>> marks = Map.of();
  private Map<String, Integer> factIndex = Map.of();
  private long reveals;

  public WorkbenchViewModel(TaskRunner tasks, AnalysisSource source, AppSettings settings) {
    this.settings = settings;
    // Derived data is computed on the worker thread with the analysis, not on the JavaFX thread.
    this.corpus = new CorpusViewModel(tasks, preparing(source), settings);
    this.exports = new ExportViewModel(tasks);
    this.zoom = new SimpleDoubleProperty(settings.zoom());
    this.darkTheme = new SimpleBooleanProperty(settings.darkTheme());
    zoom.addListener((o, was, now) -> settings.setZoom(now.doubleValue()));
    darkTheme.addListener((o, was, now) -> settings.setDarkTheme(now));
    corpus.analysis().addListener((o, was, now) -> load(now));
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

  /** Find in articles (the toolbar's search field, F3 / Shift+F3). */
  FindViewModel find() {
    return find;
  }

  /** What the views need from an analysis, derived once. */
  private record Derived(Analysis analysis, Map<String, List<Highlight>> marks, Map<String, Integer> factIndex, List<NavItem> items, ReportTables tables) {}

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
        org.parallax.pipeline.Analyzer.Result r = source.run(folder, progress, cancellation);
        prepare(r.analysis());
        return r;
      }
    };
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
    return new Derived(analysis, byArticle, facts, NavItems.of(analysis, all), ReportTables.of(analysis));
  }

  private void load(Analysis analysis) {
    Derived d = null;
    if (analysis != null) {
      Derived p = prepared;
      d = p != null && p.analysis() == analysis ? p : derive(analysis);
    }
    prepared = null;
    marks = d == null ? Map.of() : d.marks();
    factIndex = d == null ? Map.of() : d.factIndex();
    navigator.setItems(d == null ? List.of() : d.items());
    java.util.Map<String, String> outletOf = new HashMap<>();
    if (analysis != null) {
      analysis.articles().forEach(a -> outletOf.put(a.id(), org.parallax.analysis.Highlights.name(a)));
    }
    navigator.setOutlets(outletOf);
    tables.setTables(d == null ? null : d.tables());
    columns.setArticles(analysis == null ? List.of() : analysis.articles());
    showDetail();
  }

  private void showDetail() {
    detail.show(navigator.selected().get(), corpus.analysis().get(), columns.shownIds());
  }

  /** The highlights of one article, by start. */
  public List<Highlight> marks(String article) {
    return marks.getOrDefault(article, List.of());
  }

  /** The style runs of an article's text as things stand (kinds shown, item selected). */
  List<ArticleMarks.Run> runs(Article article) {
    return ArticleMarks.of(article.text().length(), marks(article.id()), shownKinds, factIndex, currentRanges(article.id()), find.in(article.id()));
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

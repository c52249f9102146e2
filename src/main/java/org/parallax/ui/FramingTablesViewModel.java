package org.parallax.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parallax.analysis.Analysis;
import org.parallax.export.ReportTables;

/**
 * The framing tables, from the same {@link ReportTables} the PDF report and CSV export use: what each
 * outlet calls each referent, which outlet reports which fact, how much each outlet hedges, and which
 * quotations travel how faithfully. Each table has a text filter; the coverage table can be narrowed to
 * the facts some outlet leaves out.
 *
 * <p>Columns are outlets, an outlet's articles added up ({@link ReportTables#byOutlet}), or with {@link
 * #byArticle} one per article; {@link #group} keeps only the outlets of one group ({@code
 * outlets[].group}). Every row's per-column entries line up with {@link #columns()}. What each article of
 * an outlet's column says is one call away ({@link #labelDetail} and the like), from the tables by
 * article.
 */
public final class FramingTablesViewModel {

  private final ReadOnlyObjectWrapper<ReportTables> tables = new ReadOnlyObjectWrapper<>();
  private final ObservableList<ReportTables.Column> columns = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<ReportTables.Column> columnsView = FXCollections.unmodifiableObservableList(columns);
  private final ObservableList<ReportTables.LabelRow> labels = FXCollections.observableArrayList();
  private final ObservableList<ReportTables.FactRow> facts = FXCollections.observableArrayList();
  private final ObservableList<ReportTables.HedgeRow> hedges = FXCollections.observableArrayList();
  private final ObservableList<ReportTables.QuoteRow> quotes = FXCollections.observableArrayList();
  private final FilteredList<ReportTables.LabelRow> shownLabels = new FilteredList<>(labels);
  private final FilteredList<ReportTables.FactRow> shownFacts = new FilteredList<>(facts);
  private final FilteredList<ReportTables.HedgeRow> shownHedges = new FilteredList<>(hedges);
  private final FilteredList<ReportTables.QuoteRow> shownQuotes = new FilteredList<>(quotes);
  private final StringProperty labelFilter = new SimpleStringProperty("");
  private final StringProperty factFilter = new SimpleStringProperty("");
  private final StringProperty hedgeFilter = new SimpleStringProperty("");
  private final StringProperty quoteFilter = new SimpleStringProperty("");
  private final BooleanProperty onlyGaps = new SimpleBooleanProperty(false);
  private final BooleanProperty onlyLoaded = new SimpleBooleanProperty(false);
  private final BooleanProperty onlyShared = new SimpleBooleanProperty(true);
  private final BooleanProperty byArticle = new SimpleBooleanProperty(false);
  /** The group shown: {@code null} all, {@link #NO_GROUP} the outlets without one. */
  private final ObjectProperty<String> group = new SimpleObjectProperty<>();
  private final ObservableList<String> groups = FXCollections.observableArrayList();
  private final ObservableList<String> groupsView = FXCollections.unmodifiableObservableList(groups);
  /** The tables by article, before the group and the unit are applied. */
  private ReportTables articles;
  /** {@link #articles} by outlet, when given with them. */
  private ReportTables outlets;
  private final Map<String, Integer> articleColumn = new HashMap<>();
  private final Map<String, ReportTables.LabelRow> labelRows = new HashMap<>();
  private final Map<String, ReportTables.FactRow> factRows = new HashMap<>();
  private final Map<String, ReportTables.QuoteRow> quoteRows = new HashMap<>();

  /** {@link #group} for the outlets without a group. */
  public static final String NO_GROUP = "";

  public FramingTablesViewModel() {
    byArticle.addListener((o, a, b) -> show());
    group.addListener((o, a, b) -> show());
    labelFilter.addListener((o, a, b) -> refilter());
    factFilter.addListener((o, a, b) -> refilter());
    hedgeFilter.addListener((o, a, b) -> refilter());
    quoteFilter.addListener((o, a, b) -> refilter());
    onlyGaps.addListener((o, a, b) -> refilter());
    onlyLoaded.addListener((o, a, b) -> refilter());
    onlyShared.addListener((o, a, b) -> refilter());
    refilter();
  }

  /** The tables of {@code analysis} (null: empty tables). */
  public void setAnalysis(Analysis analysis) {
    setTables(analysis == null ? null : ReportTables.of(analysis));
  }

  /** Tables by article, already derived (null: empty tables). */
  public void setTables(ReportTables byArticle) {
    setTables(byArticle, null);
  }

  /**
   * Tables by article and, when already worked out (off the JavaFX thread: at 200 articles adding up the
   * outlets took tens of milliseconds), the same {@link ReportTables#byOutlet}; null: worked out here.
   */
  public void setTables(ReportTables byArticle, ReportTables byOutlet) {
    articles = byArticle;
    outlets = byArticle == null ? null : byOutlet;
    articleColumn.clear();
    labelRows.clear();
    factRows.clear();
    quoteRows.clear();
    if (byArticle != null) {
      for (int i = 0; i < byArticle.columns().size(); i++) {
        articleColumn.put(byArticle.columns().get(i).article(), i);
      }
      byArticle.labels().forEach(r -> labelRows.put(r.referent(), r));
      byArticle.facts().forEach(r -> factRows.put(r.fact(), r));
      byArticle.quotes().forEach(r -> quoteRows.put(r.quote(), r));
    }
    List<String> now = byArticle == null ? List.of() : byArticle.groups();
    if (!groups.equals(now)) {
      groups.setAll(now);
    }
    String g = group.get();
    if (g != null && !g.equals(NO_GROUP) && !now.contains(g)) {
      group.set(null); // shows again through the listener
      return;
    }
    show();
  }

  /** The shown tables: the group's outlets, by outlet or by article. */
  private void show() {
    ReportTables t = articles;
    if (t != null && group.get() != null) {
      t = t.onlyGroup(group.get().equals(NO_GROUP) ? null : group.get());
    }
    if (t != null && !byArticle.get()) {
      if (group.get() != null || outlets == null) {
        t = t.byOutlet();
      } else {
        t = outlets;
      }
    } else if (t != null) {
      // As the outlet columns stand, not in corpus order (which put the articles without a group first).
      t = t.inOutletOrder();
    }
    columns.setAll(t == null ? List.of() : t.columns());
    labels.setAll(t == null ? List.of() : t.labels());
    facts.setAll(t == null ? List.of() : t.facts());
    hedges.setAll(t == null ? List.of() : t.hedges());
    quotes.setAll(t == null ? List.of() : t.quotes());
    tables.set(t);
  }

  /** The article columns of {@code column}'s articles, in corpus order. */
  private List<Integer> articleColumns(ReportTables.Column column) {
    List<Integer> out = new ArrayList<>();
    for (String id : column.articles()) {
      Integer i = articleColumn.get(id);
      if (i != null) {
        out.add(i);
      }
    }
    return out;
  }

  /** How an article is named in a column's detail: its title (else its id) and date. */
  private String articleName(int i) {
    ReportTables.Column c = articles.columns().get(i);
    String t = c.title() == null || c.title().isBlank() ? c.article() : "“" + c.title().strip() + "”";
    return t + (c.published() == null ? "" : " (" + c.published() + ")");
  }

  /**
   * What each article of {@code column} calls the row's referent, a line each ("“Title” (date): Takfiri
   * terrorists ×2 (loaded)", "— not mentioned").
   */
  public List<String> labelDetail(ReportTables.LabelRow row, ReportTables.Column column) {
    ReportTables.LabelRow r = labelRows.get(row.referent());
    List<String> out = new ArrayList<>();
    for (int i : articleColumns(column)) {
      String cell = r == null ? "" : labelCell(r.cells().get(i));
      out.add(articleName(i) + ": " + (cell.isEmpty() ? "not mentioned" : cell));
    }
    return out;
  }

  /** Whether each article of {@code column} reports the row's fact, with its sentence. */
  public List<String> factDetail(ReportTables.FactRow row, ReportTables.Column column) {
    ReportTables.FactRow r = factRows.get(row.fact());
    List<String> out = new ArrayList<>();
    for (int i : articleColumns(column)) {
      org.parallax.analysis.Span m = r == null ? null : r.members().get(i);
      out.add(articleName(i) + ": " + (m == null ? "does not report it" : m.text().strip()));
    }
    return out;
  }

  /** How each article of {@code column} renders the row's quotation ("verbatim", "not carried"). */
  public List<String> quoteDetail(ReportTables.QuoteRow row, ReportTables.Column column) {
    ReportTables.QuoteRow r = quoteRows.get(row.quote());
    List<String> out = new ArrayList<>();
    for (int i : articleColumns(column)) {
      var m = r == null ? null : r.matches().get(i);
      out.add(articleName(i) + ": " + (m == null ? "not carried" : m.name()));
    }
    return out;
  }

  /** A hedge row's articles in a word: one article's title (its id without one), else how many. */
  public String articlesOf(ReportTables.HedgeRow row) {
    if (row.articles().size() > 1) {
      return row.articles().size() + " articles";
    }
    Integer i = articleColumn.get(row.article());
    String title = i == null ? null : articles.columns().get(i).title();
    return title == null || title.isBlank() ? row.article() : title.strip();
  }

  /** Each article of a hedge row: its hedges per 1,000 words and cues. */
  public List<String> hedgeDetail(ReportTables.HedgeRow row) {
    List<String> out = new ArrayList<>();
    for (String id : row.articles()) {
      Integer i = articleColumn.get(id);
      if (i == null) {
        continue;
      }
      ReportTables.HedgeRow h = articles.hedges().get(i);
      out.add(articleName(i) + ": " + h.count() + (h.count() == 1 ? " hedge" : " hedges")
          + String.format(Locale.ROOT, " (%.1f per 1,000 words)", h.perThousandWords())
          + (h.cues().isEmpty() ? "" : ": " + cues(h)));
    }
    return out;
  }

  /** The article of {@code column} a click on the row's label cell goes to: the first that names it. */
  public String labelArticle(ReportTables.LabelRow row, ReportTables.Column column) {
    ReportTables.LabelRow r = labelRows.get(row.referent());
    for (int i : articleColumns(column)) {
      if (r != null && !r.cells().get(i).isEmpty()) {
        return articles.columns().get(i).article();
      }
    }
    return column.article();
  }

  /** The article of {@code column} a click on the row's quotation cell goes to: the first carrying it. */
  public String quoteArticle(ReportTables.QuoteRow row, ReportTables.Column column) {
    ReportTables.QuoteRow r = quoteRows.get(row.quote());
    for (int i : articleColumns(column)) {
      if (r != null && r.matches().get(i) != null) {
        return articles.columns().get(i).article();
      }
    }
    return column.article();
  }

  private void refilter() {
    String l = needle(labelFilter);
    shownLabels.setPredicate(
        r ->
            (!onlyLoaded.get() || r.loaded())
                && (l.isEmpty()
                    || has(r.name(), l)
                    || has(r.kind(), l)
                    || r.cells().stream().flatMap(List::stream).anyMatch(x -> has(x.text(), l))));
    String f = needle(factFilter);
    shownFacts.setPredicate(
        r ->
            (!onlyGaps.get() || r.reportedBy() < r.members().size())
                && (f.isEmpty() || has(r.fact(), f) || r.members().stream().filter(Objects::nonNull).anyMatch(m -> has(m.text(), f))));
    String h = needle(hedgeFilter);
    shownHedges.setPredicate(
        r -> h.isEmpty() || has(r.outlet(), h) || has(r.article(), h) || r.cues().stream().anyMatch(c -> has(c.text(), h)));
    String q = needle(quoteFilter);
    shownQuotes.setPredicate(
        r -> (!onlyShared.get() || r.carriedBy() > 1) && (q.isEmpty() || has(r.text(), q) || has(r.speaker(), q) || has(r.quote(), q)));
  }

  private static String needle(StringProperty p) {
    return p.get() == null ? "" : p.get().trim().toLowerCase(Locale.ROOT);
  }

  private static boolean has(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
  }

  /** The cell text of a label table cell: "Takfiri terrorists ×2 (loaded); Daesh". */
  public static String labelCell(List<ReportTables.Label> cell) {
    return String.join(
        "; ",
        cell.stream()
            .map(x -> x.text() + (x.count() > 1 ? " ×" + x.count() : "") + (x.loaded() ? " (loaded)" : ""))
            .toList());
  }

  /** The cues of a hedge row: "reportedly ×3, according to". */
  public static String cues(ReportTables.HedgeRow row) {
    return String.join(", ", row.cues().stream().map(c -> c.text() + (c.count() > 1 ? " ×" + c.count() : "")).toList());
  }

  public ReadOnlyObjectProperty<ReportTables> tables() {
    return tables.getReadOnlyProperty();
  }

  public ObservableList<ReportTables.Column> columns() {
    return columnsView;
  }

  public ObservableList<ReportTables.LabelRow> labels() {
    return shownLabels;
  }

  public ObservableList<ReportTables.FactRow> facts() {
    return shownFacts;
  }

  public ObservableList<ReportTables.HedgeRow> hedges() {
    return shownHedges;
  }

  public ObservableList<ReportTables.QuoteRow> quotes() {
    return shownQuotes;
  }

  public StringProperty labelFilter() {
    return labelFilter;
  }

  public StringProperty factFilter() {
    return factFilter;
  }

  public StringProperty hedgeFilter() {
    return hedgeFilter;
  }

  public StringProperty quoteFilter() {
    return quoteFilter;
  }

  /** Only facts that at least one article does not report. */
  public BooleanProperty onlyGaps() {
    return onlyGaps;
  }

  /** Only referents some outlet gives a loaded label. */
  public BooleanProperty onlyLoaded() {
    return onlyLoaded;
  }

  /** Only quotations two or more outlets (articles, by article) carry (on by default). */
  public BooleanProperty onlyShared() {
    return onlyShared;
  }

  /**
   * One column (and hedge row) per article instead of per outlet (off by default), in the outlets'
   * order: by group, the articles without a group last, an outlet's articles together by date.
   */
  public BooleanProperty byArticle() {
    return byArticle;
  }

  /** Only the outlets of this group ({@code null}: all; {@link #NO_GROUP}: those without a group). */
  public ObjectProperty<String> group() {
    return group;
  }

  /** The outlets' groups, in the order their first outlet comes. */
  public ObservableList<String> groups() {
    return groupsView;
  }
}

package org.parallax.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
 * <p>Columns are articles (one outlet may carry several); every row's per-article entries line up with
 * {@link #columns()}.
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

  public FramingTablesViewModel() {
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

  /** Tables already derived (null: empty tables). */
  public void setTables(ReportTables t) {
    columns.setAll(t == null ? List.of() : t.columns());
    labels.setAll(t == null ? List.of() : t.labels());
    facts.setAll(t == null ? List.of() : t.facts());
    hedges.setAll(t == null ? List.of() : t.hedges());
    quotes.setAll(t == null ? List.of() : t.quotes());
    tables.set(t);
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

  /** Only quotations two or more articles carry (on by default). */
  public BooleanProperty onlyShared() {
    return onlyShared;
  }
}

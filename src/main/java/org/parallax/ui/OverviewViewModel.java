package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Overview;

/**
 * The overview's state: the {@link Overview} of the analysis shown, whether its rows are grouped by
 * outlet group, which rows are shown, and what a cell says and where it goes. The view only draws
 * {@link #entries} and forwards the pointer and the keys.
 *
 * <p>Columns are numbered across both blocks: {@code 0 .. items-1} the facts and quotations, then the
 * referents. An entry is an outlet's row or, when grouped, a group's heading.
 */
final class OverviewViewModel {

  /** The filter choice that shows every row. */
  static final String ALL = "All outlets";
  /** The filter choice that shows the rows without a group. */
  static final String NO_GROUP = "Outlets without a group";

  /** A line of the overview: an outlet's row, or (row {@code null}) the heading of {@code group}. */
  record Entry(String group, Overview.Row row) {
    boolean heading() {
      return row == null;
    }
  }

  private final WorkbenchViewModel model;
  private final BooleanProperty grouped = new SimpleBooleanProperty(false);
  private final StringProperty shown = new SimpleStringProperty(ALL);
  private final ObservableList<String> choices = FXCollections.observableArrayList(ALL);
  private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper();
  private Analysis analysis;
  private Overview overview;
  private List<Entry> entries = List.of();
  private volatile long lastMillis;
  /** Counts the overviews asked for: only the latest is shown. */
  private long requests;
  private Analysis shownFor;
  private String failure;

  OverviewViewModel(WorkbenchViewModel model) {
    this.model = model;
    grouped.addListener((o, was, now) -> rebuild());
    shown.addListener((o, was, now) -> rebuild());
  }

  /**
   * Shows the overview of {@code a} ({@code null}: nothing); the grouping and the filter stay if they
   * still apply. The overview is computed by the workbench's task runner, off the JavaFX thread (at 200
   * outlets it takes tens of milliseconds warm, more on a cold start); until it is ready the previous one
   * stays. An overview of an analysis that is no longer the latest is dropped.
   */
  void setAnalysis(Analysis a) {
    if (a == analysis && (a == null || overview != null)) {
      return;
    }
    analysis = a;
    long ticket = ++requests;
    if (a == null) {
      show(null, ticket, null);
      return;
    }
    model.tasks().run(() -> {
      long t = System.nanoTime();
      Overview o = Overview.of(a);
      lastMillis = (System.nanoTime() - t) / 1_000_000;
      return o;
    }, o -> show(o, ticket, null), e -> show(null, ticket, e.toString()));
  }

  private void show(Overview o, long ticket, String error) {
    if (ticket != requests) {
      return;
    }
    overview = o;
    failure = error;
    shownFor = o == null ? null : analysis;
    List<String> next = new ArrayList<>(List.of(ALL));
    if (overview != null) {
      next.addAll(overview.groups());
      if (!overview.groups().isEmpty() && overview.rows().stream().anyMatch(r -> r.group() == null)) {
        next.add(NO_GROUP);
      }
    }
    String keep = shown.get();
    // Replacing the choices clears a combo box bound to shown: set it again in any case.
    choices.setAll(next);
    shown.set(keep != null && next.contains(keep) ? keep : ALL);
    rebuild();
  }

  /** Whether the overview of the analysis shown is still being worked out. */
  boolean pending() {
    return analysis != null && shownFor != analysis && failure == null;
  }

  /** Why the overview could not be made, or {@code null}. */
  String failure() {
    return failure;
  }

  /** How long the last overview took to compute, in milliseconds. */
  long computeMillis() {
    return lastMillis;
  }

  private void rebuild() {
    if (overview == null) {
      entries = List.of();
    } else {
      Overview o = overview;
      String choice = shown.get();
      if (NO_GROUP.equals(choice)) {
        o = o.only(null);
      } else if (choice != null && !ALL.equals(choice)) {
        o = o.only(choice);
      }
      List<Entry> out = new ArrayList<>();
      if (grouped.get() && !overview.groups().isEmpty()) {
        o = o.grouped();
        String current = "\u0000";
        for (Overview.Row r : o.rows()) {
          if (!Objects.equals(r.group(), current)) {
            current = r.group();
            out.add(new Entry(current, null));
          }
          out.add(new Entry(r.group(), r));
        }
      } else {
        o.rows().forEach(r -> out.add(new Entry(r.group(), r)));
      }
      entries = List.copyOf(out);
    }
    version.set(version.get() + 1);
  }

  /** Whether rows stand by outlet group (each group under its heading). */
  BooleanProperty grouped() {
    return grouped;
  }

  /** Which rows are shown: {@link #ALL}, a group's name, or {@link #NO_GROUP}. */
  StringProperty shown() {
    return shown;
  }

  /** The choices for {@link #shown}: every row, each group, and the rows without a group (when some have one). */
  ObservableList<String> choices() {
    return choices;
  }

  /** Changes whenever what is drawn changes. */
  ReadOnlyLongProperty version() {
    return version.getReadOnlyProperty();
  }

  /** The overview of the whole analysis, or {@code null}. */
  Overview overview() {
    return overview;
  }

  List<Entry> entries() {
    return entries;
  }

  int items() {
    return overview == null ? 0 : overview.items().size();
  }

  int columns() {
    return overview == null ? 0 : overview.items().size() + overview.referents().size();
  }

  /** Column {@code c} across both blocks. */
  Overview.Column column(int c) {
    return c < items() ? overview.items().get(c) : overview.referents().get(c - items());
  }

  /** The index of the column of item {@code id} ({@code f3}, {@code q2}, {@code r1}), or -1. */
  int columnOf(String id) {
    for (int c = 0; c < columns(); c++) {
      if (column(c).id().equals(id)) {
        return c;
      }
    }
    return -1;
  }

  /** The index of the entry of {@code outlet}'s row, or -1. */
  int entryOf(String outlet) {
    for (int i = 0; i < entries.size(); i++) {
      if (!entries.get(i).heading() && entries.get(i).row().outlet().equals(outlet)) {
        return i;
      }
    }
    return -1;
  }

  /** What entry {@code e} at column {@code c} says ({@code c} -1: the row's heading; {@code e} -1: the column's heading). */
  String describe(int e, int c) {
    if (overview == null) {
      return "";
    }
    if (e < 0) {
      if (c < 0 || c >= columns()) {
        return "";
      }
      Overview.Column col = column(c);
      int rows = overview.rows().size();
      return switch (col.kind()) {
        case FACT -> col.id() + " · a fact " + col.outlets() + " of " + rows + " outlets report: “" + col.title() + "”";
        case QUOTATION -> col.id() + " · a quotation " + col.outlets() + " of " + rows + " outlets carry: “" + col.title() + "”";
        case REFERENT -> col.id() + " · " + col.title() + ", mentioned by " + col.outlets() + " of " + rows + " outlets";
      };
    }
    if (e >= entries.size()) {
      return "";
    }
    Entry entry = entries.get(e);
    if (entry.heading()) {
      long n = entries.stream().filter(x -> !x.heading() && Objects.equals(x.group(), entry.group())).count();
      return (entry.group() == null ? "No group" : "Group " + entry.group()) + ": " + n + (n == 1 ? " outlet" : " outlets");
    }
    Overview.Row r = entry.row();
    String who = r.outlet() + (r.group() == null ? "" : " (" + r.group() + ")");
    if (c < 0 || c >= columns()) {
      return who + " · " + r.articles().size() + (r.articles().size() == 1 ? " article: " : " articles: ") + String.join(", ", r.articles())
          + " · click to show only its articles side by side";
    }
    Overview.Column col = column(c);
    if (c < items()) {
      Overview.Coverage cov = r.coverage().get(c);
      String what = col.kind() == Overview.Kind.FACT ? "fact" : "quotation";
      if (!cov.reported()) {
        return who + " does not " + (col.kind() == Overview.Kind.FACT ? "report" : "carry") + " " + what + " " + col.id() + ": “"
            + NavItems.shorten(col.title()) + "”";
      }
      String of = r.articles().size() == 1 ? "" : " (" + cov.reporting() + " of its " + r.articles().size() + " articles)";
      return who + (col.kind() == Overview.Kind.FACT ? " reports fact " : " carries quotation ") + col.id() + of
          + (cov.altered() ? ", altered" : "") + ": “" + NavItems.shorten(col.title()) + "”";
    }
    Overview.Labels labels = r.labels().get(c - items());
    if (!labels.mentioned()) {
      return who + " does not mention " + col.title() + " (" + col.id() + ")";
    }
    Overview.Usage top = labels.top();
    StringBuilder s = new StringBuilder(who + " calls " + col.title() + " ‘" + top.text() + "’"
        + (top.loaded() ? " (loaded)" : "") + ", " + top.count() + " of " + labels.mentions()
        + (labels.mentions() == 1 ? " mention" : " mentions"));
    List<String> others = new ArrayList<>();
    for (Overview.Usage u : labels.uses().subList(1, Math.min(4, labels.uses().size()))) {
      others.add("‘" + u.text() + "’" + (u.count() > 1 ? " ×" + u.count() : "") + (u.loaded() ? " (loaded)" : ""));
    }
    if (!others.isEmpty()) {
      s.append("; also ").append(String.join(", ", others));
      if (labels.uses().size() > 4) {
        s.append(String.format(Locale.ROOT, " and %d more", labels.uses().size() - 4));
      }
    }
    return s.toString();
  }

  /**
   * Goes where entry {@code e} at column {@code c} points: a cell selects its item in the navigator as
   * seen in that outlet's article (an outlet that leaves it out: its first article, which says so); a
   * column heading selects the item; a row heading shows only that outlet's articles.
   *
   * @return whether it went somewhere (the side-by-side view should then come forward)
   */
  boolean activate(int e, int c) {
    if (overview == null) {
      return false;
    }
    if (e < 0) {
      return c >= 0 && c < columns() && model.navigate(column(c).id(), null);
    }
    if (e >= entries.size() || entries.get(e).heading()) {
      return false;
    }
    Overview.Row r = entries.get(e).row();
    if (c < 0 || c >= columns()) {
      model.columns().showOnly(r.articles());
      return true;
    }
    String article = c < items() ? r.coverage().get(c).article() : r.labels().get(c - items()).article();
    return model.navigate(column(c).id(), article);
  }
}

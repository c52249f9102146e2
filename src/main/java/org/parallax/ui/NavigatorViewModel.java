package org.parallax.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parallax.analysis.Span;

/**
 * The navigator: every item of the analysis, the part the filter and search let through, and the item
 * selected. Stepping next/previous walks the filtered list and wraps at its ends, so that filtering to
 * facts and pressing the shortcut steps through the facts.
 *
 * <p>Quotations only one outlet carries are listed only when {@link #singleOutletQuotations} is on: a
 * corpus has many of them and they align with nothing.
 */
public final class NavigatorViewModel {

  /** What the navigator lists. */
  public enum Filter {
    ALL("All items", null),
    CODES("Codes", NavItem.Category.CODE),
    QUOTATIONS("Quotations", NavItem.Category.QUOTATION),
    FACTS("Facts", NavItem.Category.FACT),
    DIVERGENCES("Divergences", NavItem.Category.DIVERGENCE),
    LABELS("Labels", NavItem.Category.LABEL),
    WORDING("Loaded wording", NavItem.Category.WORDING),
    HEDGES("Hedges", NavItem.Category.HEDGE),
    UNIQUE("Only one outlet", NavItem.Category.UNIQUE);

    private final String label;
    private final NavItem.Category category;

    Filter(String label, NavItem.Category category) {
      this.label = label;
      this.category = category;
    }

    public String label() {
      return label;
    }

    boolean admits(NavItem item) {
      return category == null || item.category() == category;
    }
  }

  private final ObservableList<NavItem> items = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<NavItem> itemsView = FXCollections.unmodifiableObservableList(items);
  private final FilteredList<NavItem> filtered = new FilteredList<>(items);
  private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
  private final StringProperty search = new SimpleStringProperty("");
  private final BooleanProperty singleOutletQuotations = new SimpleBooleanProperty(false);
  /** The outlet whose items to list ({@link #ALL_OUTLETS}: every outlet's). */
  private final StringProperty outlet = new SimpleStringProperty(ALL_OUTLETS);
  private final ObservableList<String> outlets = FXCollections.observableArrayList(ALL_OUTLETS);
  private java.util.Map<String, String> outletOf = java.util.Map.of();

  /** The least strength an item must have to be listed; 0 lists every item, with a strength or not. */
  private final javafx.beans.property.DoubleProperty minStrength = new javafx.beans.property.SimpleDoubleProperty(0);

  public javafx.beans.property.DoubleProperty minStrength() {
    return minStrength;
  }

  /** {@link #outlet()}: no outlet filter. */
  public static final String ALL_OUTLETS = "All outlets";
  private final ReadOnlyObjectWrapper<NavItem> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");

  public NavigatorViewModel() {
    filter.addListener((o, was, now) -> refilter());
    search.addListener((o, was, now) -> refilter());
    singleOutletQuotations.addListener((o, was, now) -> refilter());
    outlet.addListener((o, was, now) -> refilter());
    minStrength.addListener((o, was, now) -> refilter());
    selected.addListener((o, was, now) -> updatePosition());
  }

  private java.util.Map<String, String> codeColors = java.util.Map.of();

  /** The colours of the analyst's codes, by navigator item id. */
  void setCodeColors(java.util.Map<String, String> colors) {
    codeColors = java.util.Map.copyOf(colors);
  }

  /** The colour of the code item {@code id} ({@code #rrggbb}), or null. */
  String codeColor(String id) {
    return codeColors.get(id);
  }

  /** A new analysis's items; the selection is cleared, the filter kept. */
  public void setItems(List<NavItem> all) {
    selected.set(null);
    items.setAll(all);
    refilter();
  }

  /**
   * The outlets of the articles (article id to the outlet's name as the reader sees it), for the outlet
   * filter; a filter on an outlet the new corpus lacks goes back to every outlet.
   */
  public void setOutlets(java.util.Map<String, String> articleOutlets) {
    outletOf = java.util.Map.copyOf(articleOutlets);
    java.util.Set<String> sorted = new java.util.TreeSet<>(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)).thenComparing(n -> n));
    sorted.addAll(articleOutlets.values());
    List<String> names = new java.util.ArrayList<>(sorted);
    names.add(0, ALL_OUTLETS);
    outlets.setAll(names);
    if (!outlets.contains(outlet.get())) {
      outlet.set(ALL_OUTLETS);
    }
    refilter();
  }

  public StringProperty outlet() {
    return outlet;
  }

  /** {@link #ALL_OUTLETS}, then the outlets of the corpus in alphabetical order (case aside). */
  public ObservableList<String> outlets() {
    return outlets;
  }

  private void refilter() {
    Filter f = filter.get() == null ? Filter.ALL : filter.get();
    String only = outlet.get() == null || outlet.get().equals(ALL_OUTLETS) ? null : outlet.get();
    double least = minStrength.get();
    String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
    boolean singles = singleOutletQuotations.get();
    filtered.setPredicate(
        item ->
            f.admits(item)
                && (singles || item.category() != NavItem.Category.QUOTATION || item.articleCount() > 1)
                && (only == null || item.passages().stream().anyMatch(p -> only.equals(outletOf.get(p.span().article()))))
                && (least <= 0 || item.strength() >= least)
                && item.mentions(needle));
    updatePosition();
  }

  private void updatePosition() {
    NavItem s = selected.get();
    int i = s == null ? -1 : filtered.indexOf(s);
    String count = filtered.size() + (filtered.size() == 1 ? " item" : " items");
    position.set(
        i >= 0
            ? (i + 1) + " of " + count
            : count + (filtered.size() < items.size() ? " (of " + items.size() + ")" : ""));
  }

  /** Every item, in navigator order. */
  public ObservableList<NavItem> items() {
    return itemsView;
  }

  /** The items the filter and search let through. */
  public ObservableList<NavItem> filtered() {
    return filtered;
  }

  public ObjectProperty<Filter> filter() {
    return filter;
  }

  public StringProperty search() {
    return search;
  }

  public BooleanProperty singleOutletQuotations() {
    return singleOutletQuotations;
  }

  public ReadOnlyObjectProperty<NavItem> selected() {
    return selected.getReadOnlyProperty();
  }

  /** "3 of 12 items", or "12 items (of 60)" when nothing listed is selected. */
  public ReadOnlyStringProperty position() {
    return position.getReadOnlyProperty();
  }

  public void select(NavItem item) {
    selected.set(item);
  }

  /** Selects the item with {@code id}; false if there is none. */
  public boolean select(String id) {
    Optional<NavItem> item = find(id);
    item.ifPresent(this::reveal);
    return item.isPresent();
  }

  public Optional<NavItem> find(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public void clearSelection() {
    selected.set(null);
  }

  /** The next listed item after the selected one (the first if none is selected), wrapping around. */
  public void next() {
    step(1);
  }

  public void previous() {
    step(-1);
  }

  private void step(int direction) {
    if (filtered.isEmpty()) {
      return;
    }
    int i = selected.get() == null ? -1 : filtered.indexOf(selected.get());
    int next;
    if (i < 0) {
      next = direction > 0 ? 0 : filtered.size() - 1;
    } else {
      next = Math.floorMod(i + direction, filtered.size());
    }
    selected.set(filtered.get(next));
  }

  /**
   * Selects the item whose passage in {@code article} covers {@code offset}, as when the analyst clicks a
   * highlight: the most specific one (shortest passage; on a tie, in navigator order), a divergence
   * only where no highlighted item covers the place (divergences are not drawn), and an analyst's code
   * only where no finding does. The filter and search
   * are cleared if they hide it, so that the selection shows in the list.
   *
   * @return the item, or empty when no item covers that place
   */
  public Optional<NavItem> selectAt(String article, int offset) {
    Comparator<NavItem> specific = Comparator.comparingInt(i -> length(covering(i, article, offset).orElseThrow()));
    List<NavItem> covering =
        items.stream()
            .filter(i -> i.category() != NavItem.Category.QUOTATION || i.articleCount() > 1 || singleOutletQuotations.get())
            .filter(i -> covering(i, article, offset).isPresent())
            .toList();
    Optional<NavItem> hit =
        covering.stream().filter(i -> i.category() != NavItem.Category.DIVERGENCE && i.category() != NavItem.Category.CODE).min(specific)
            .or(() -> covering.stream().filter(i -> i.category() != NavItem.Category.CODE).min(specific))
            .or(() -> covering.stream().min(specific));
    hit.ifPresent(this::reveal);
    return hit;
  }

  private static int length(Span s) {
    return s.end() - s.start();
  }

  private static Optional<Span> covering(NavItem item, String article, int offset) {
    return item.in(article).stream()
        .map(NavItem.Passage::span)
        .filter(s -> s.start() <= offset && offset < s.end())
        .findFirst();
  }

  /** Selects {@code item}, first clearing a filter or search that would hide it. */
  private void reveal(NavItem item) {
    if (!filtered.contains(item)) {
      filter.set(Filter.ALL);
      search.set("");
      if (item.category() == NavItem.Category.QUOTATION && item.articleCount() < 2) {
        singleOutletQuotations.set(true);
      }
    }
    selected.set(item);
  }
}

package org.parallax.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlights;
import org.parallax.corpus.Article;

/**
 * The detail pane: the selected item's passages one above another, each compared word by word with a
 * reference passage, and what Parallax notes about the item.
 *
 * <p>The reference is the fullest verbatim rendering for a quotation, otherwise the passage in the
 * leftmost column; passages follow in column order (hidden articles last, in corpus order). A referent's
 * passages are its labels, one row per article, not compared (different names are the point).
 */
public final class DetailViewModel {

  /**
   * One passage row.
   *
   * @param heading "The Moscow Times · 2015-09-18"
   * @param tag how it stands ("reference", "verbatim", "altered", "loaded", …) or {@code ""}
   * @param diff its comparison with the reference, or {@code null} for the reference itself and rows
   *     that are not compared
   */
  public record Row(String article, String heading, String tag, String text, PassageDiff.Result diff) {}

  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> notes = FXCollections.observableArrayList();
  /** One read-only view, kept: a listener on a discarded view would be dropped with it. */
  private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);

  /** Shows {@code item} (null: nothing) of {@code analysis} with the columns in {@code columnOrder}. */
  public void show(NavItem item, Analysis analysis, List<String> columnOrder) {
    if (item == null || analysis == null) {
      title.set("");
      subtitle.set("Select an item in the navigator, or click a highlight in the text.");
      rows.clear();
      notes.clear();
      return;
    }
    // An analyst's code is named by its path; its id is a GUID nobody needs to read.
    title.set(item.category() == NavItem.Category.CODE ? "Code: " + item.title() : item.category().label() + " " + item.id() + ": " + item.title());
    subtitle.set(item.detail());
    notes.setAll(item.notes());

    Map<String, Integer> order = new HashMap<>();
    for (String id : columnOrder) {
      order.putIfAbsent(id, order.size());
    }
    for (Article a : analysis.articles()) {
      order.putIfAbsent(a.id(), order.size());
    }
    List<NavItem.Passage> passages = new ArrayList<>(item.passages());
    passages.sort(Comparator.comparingInt((NavItem.Passage p) -> order.getOrDefault(p.span().article(), Integer.MAX_VALUE)).thenComparingInt(p -> p.span().start()));

    List<Row> out = new ArrayList<>();
    if (item.category() == NavItem.Category.LABEL) {
      Map<String, List<String>> labels = new LinkedHashMap<>();
      for (NavItem.Passage p : passages) {
        String words = p.span().text().replaceAll("\\s+", " ").trim() + (p.tag().isEmpty() ? "" : " [" + p.tag() + "]");
        List<String> l = labels.computeIfAbsent(p.span().article(), k -> new ArrayList<>());
        if (!l.contains(words)) {
          l.add(words);
        }
      }
      labels.forEach((article, l) -> out.add(new Row(article, heading(analysis, article), "", String.join(" · ", l), null)));
      rows.setAll(out);
      return;
    }
    if (passages.isEmpty()) {
      rows.clear();
      return;
    }
    if (item.category() == NavItem.Category.CODE) {
      // Coded segments are the analyst's, each for itself: listed, not compared word by word.
      for (NavItem.Passage p : passages) {
        out.add(new Row(p.span().article(), heading(analysis, p.span().article()), p.tag(), flat(p.span().text()), null));
      }
      rows.setAll(out);
      return;
    }
    NavItem.Passage reference = passages.get(0);
    if (item.category() == NavItem.Category.QUOTATION) {
      for (NavItem.Passage p : passages) {
        if (rank(p) > rank(reference)) {
          reference = p;
        }
      }
    }
    String refText = flat(reference.span().text());
    boolean compared = passages.size() > 1;
    out.add(new Row(reference.span().article(), heading(analysis, reference.span().article()), compared ? "reference" : reference.tag(), refText, null));
    for (NavItem.Passage p : passages) {
      if (p == reference) {
        continue;
      }
      String text = flat(p.span().text());
      out.add(new Row(p.span().article(), heading(analysis, p.span().article()), p.tag(), text, PassageDiff.compare(refText, text)));
    }
    rows.setAll(out);
  }

  private static long rank(NavItem.Passage p) {
    return ("verbatim".equals(p.tag()) ? 1L << 32 : 0) + p.span().text().length();
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String heading(Analysis analysis, String article) {
    return analysis
        .article(article)
        .map(a -> Highlights.name(a) + " · " + (a.published() == null ? "date unknown" : a.published()))
        .orElse(article);
  }

  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty subtitle() {
    return subtitle.getReadOnlyProperty();
  }

  public ObservableList<Row> rows() {
    return rowsView;
  }

  public ObservableList<String> notes() {
    return notesView;
  }
}

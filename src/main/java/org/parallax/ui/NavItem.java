package org.parallax.ui;

import java.util.List;
import java.util.Locale;
import org.parallax.analysis.Span;

/**
 * One thing the analyst can step to: a quotation, a fact, a divergence, a referent's labels, a hedge or a
 * sentence only one outlet reports, with its passages in the articles.
 *
 * @param id the analysis id ({@code q21}, {@code f3}, {@code d2}, {@code r1}) or, for hedges and unique
 *     sentences which have none, {@code h1}, {@code u1}, … in analysis order, and for loaded wording
 *     {@code w1}, {@code w2}, … strongest first
 * @param title one line naming it
 * @param detail a second line: who carries it, how
 * @param passages where it stands in the articles, in analysis order
 * @param notes what Parallax says about it, in words (highlight notes, divergence notes)
 * @param strength how strongly loaded wording is marked, 0 to 1; NaN for items without a strength
 */
public record NavItem(
    String id, Category category, String title, String detail, List<Passage> passages, List<String> notes, double strength) {

  /** An item without a strength. */
  public NavItem(String id, Category category, String title, String detail, List<Passage> passages, List<String> notes) {
    this(id, category, title, detail, passages, notes, Double.NaN);
  }

  /** What kind of item, in the order the navigator lists them. */
  public enum Category {
    /** One of the analyst's codes: its coded segments. */
    CODE("Code"),
    QUOTATION("Quotation"),
    FACT("Fact"),
    DIVERGENCE("Divergence"),
    LABEL("Labels"),
    WORDING("Loaded wording"),
    HEDGE("Hedge"),
    UNIQUE("Only one outlet");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One passage of an item.
   *
   * @param tag how it stands in its group, in words ({@code verbatim}, {@code altered}, {@code loaded}),
   *     or {@code ""}
   */
  public record Passage(Span span, String tag) {}

  public NavItem {
    passages = List.copyOf(passages);
    notes = List.copyOf(notes);
  }

  /** The number of distinct articles it appears in. */
  public int articleCount() {
    return (int) passages.stream().map(p -> p.span().article()).distinct().count();
  }

  /** Its passages in one article. */
  public List<Passage> in(String article) {
    return passages.stream().filter(p -> p.span().article().equals(article)).toList();
  }

  /** Whether {@code needle} (already lower-case) occurs in its id, title, detail, notes or passages. */
  boolean mentions(String needle) {
    if (needle.isEmpty()) {
      return true;
    }
    if (id.toLowerCase(Locale.ROOT).equals(needle)
        || title.toLowerCase(Locale.ROOT).contains(needle)
        || detail.toLowerCase(Locale.ROOT).contains(needle)) {
      return true;
    }
    for (String n : notes) {
      if (n.toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    for (Passage p : passages) {
      if (p.span().text().toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}

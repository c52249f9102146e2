package org.parallax.analysis;

/**
 * One thing to mark in an article's text, as the desktop app and the PDF report show it.
 *
 * @param article the article id
 * @param start start index into the article's cleaned text
 * @param end end index (exclusive)
 * @param kind what the mark means; each kind has its own style
 * @param item id of the analysis item it belongs to ({@code q3}, {@code f1}, {@code r2}, {@code d4}, or
 *     {@code null} for hedges, loaded wording and unique sentences), so that the same item has the same colour everywhere
 * @param note what the mark is, in words (the PDF annotation's pop-up text, the app's tooltip)
 */
public record Highlight(String article, int start, int end, Kind kind, String item, String note) {

  /** The kinds of mark, in the order a legend lists them. */
  public enum Kind {
    QUOTE("Shared quotation"),
    ALTERED_QUOTE("Altered quotation"),
    FACT("Aligned fact"),
    LOADED_LABEL("Loaded label"),
    LOADED_WORD("Loaded wording"),
    HEDGE("Hedge or attribution"),
    UNIQUE("Only this outlet");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The legend's words for this kind. */
    public String label() {
      return label;
    }
  }
}

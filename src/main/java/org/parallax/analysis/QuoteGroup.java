package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;

/**
 * One distinct quotation and every place any article carries it.
 *
 * @param id stable id ({@code q1}, {@code q2}, … in order of first occurrence)
 * @param speaker canonical name of who is quoted, or {@code null}
 */
@JsonPropertyOrder({"id", "speaker", "occurrences"})
public record QuoteGroup(String id, String speaker, List<Occurrence> occurrences) {

  /** How an occurrence renders the quotation compared with the group's fullest rendering. */
  public enum Match {
    verbatim,
    partial,
    altered
  }

  /**
   * One article's rendering of the quotation: the quoted words (without quotation marks), the speaker as
   * this article names them (canonical form), and how it matches.
   */
  @JsonPropertyOrder({"article", "start", "end", "text", "speaker", "match"})
  public record Occurrence(String article, int start, int end, String text, String speaker, Match match) {
    public Span span() {
      return new Span(article, start, end, text);
    }
  }

  public QuoteGroup {
    occurrences = List.copyOf(occurrences);
  }

  /** Renderings by how fully they give the quotation: a verbatim one above any other, then the longer. */
  public static final Comparator<Occurrence> FULLNESS =
      Comparator.comparing((Occurrence o) -> o.match() == Match.verbatim).thenComparingInt(o -> o.text().length());

  /** The words of the fullest rendering ({@link #FULLNESS}; the first of equals), {@code ""} when there is none. */
  public String fullestText() {
    return occurrences.stream().max(FULLNESS).map(Occurrence::text).orElse("");
  }
}

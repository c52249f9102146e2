package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One actor, group, place, event or thing the articles talk about, with every mention of it.
 *
 * @param kind {@code person}, {@code group}, {@code organisation}, {@code place}, {@code event} or {@code
 *     thing}
 * @param pronouns the pronouns that point back to it ("he", "her", "who"), each with the mention it
 *     points back to in {@code via}; kept apart from {@code mentions}, which are the outlets' wording
 */
@JsonPropertyOrder({"id", "name", "kind", "mentions", "pronouns"})
public record Referent(String id, String name, String kind, List<Mention> mentions,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Mention> pronouns) {

  public Referent(String id, String name, String kind, List<Mention> mentions) {
    this(id, name, kind, mentions, List.of());
  }

  /**
   * A mention: the whole noun phrase the outlet chose, whether its wording carries evaluation, and
   * why it is in this referent ({@code via}: the evidence in words, or null for the mention others
   * joined). Two mentions are equal when they are the same span with the same loadedness: the
   * evidence explains, it does not identify.
   */
  @JsonPropertyOrder({"article", "start", "end", "text", "loaded", "via"})
  public record Mention(String article, int start, int end, String text, boolean loaded, String via) {
    public Mention(String article, int start, int end, String text, boolean loaded) {
      this(article, start, end, text, loaded, null);
    }

    public Span span() {
      return new Span(article, start, end, text);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Mention m && m.article.equals(article) && m.start == start && m.end == end
          && m.text.equals(text) && m.loaded == loaded;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(article, start, end, text, loaded);
    }
  }

  public Referent {
    mentions = List.copyOf(mentions);
    pronouns = pronouns == null ? List.of() : List.copyOf(pronouns);
  }

  /** This referent with other mentions, its pronouns kept. */
  public Referent withMentions(List<Mention> other) {
    return new Referent(id, name, kind, other, pronouns);
  }
}

package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A word the analysis proposes as a framing term: not in the loaded lexicon, but one outlet's label
 * for something other outlets label without it, in aligned passages or for the same referent.
 *
 * @param term the word, lowercase
 * @param score how consistently the outlets that use it do so, times the evidence (higher first)
 * @param outlets per outlet using it: how many of its mentions of the referents concerned use it
 * @param pairs label pairs that show it ("Takfiri terrorists" / "Islamic State militants")
 * @param evidence where it is used
 */
@JsonPropertyOrder({"term", "score", "outlets", "pairs", "evidence"})
public record ProposedTerm(String term, double score, List<Use> outlets, List<List<String>> pairs, List<Span> evidence) {

  public ProposedTerm {
    outlets = List.copyOf(outlets);
    pairs = pairs.stream().map(List::copyOf).toList();
    evidence = List.copyOf(evidence);
  }

  /** One outlet's use: {@code uses} of {@code of} mentions, and their ratio. */
  @JsonPropertyOrder({"outlet", "uses", "of", "consistency"})
  public record Use(String outlet, int uses, int of, double consistency) {}
}

package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.parallax.corpus.Article;
import org.parallax.corpus.Problem;

/**
 * Everything Parallax found in one corpus: the document {@code parallax analyze} writes as JSON (schema
 * {@value #SCHEMA}, documented in the README).
 *
 * <p>The sections {@code quotes}, {@code facts} and {@code unique} are filled by the alignment engine;
 * {@code referents}, {@code divergences} (besides quotation alterations), {@code hedges}, {@code
 * wording}, {@code outlets} and {@code proposedTerms} by the framing analysis ({@code org.parallax.framing}).
 *
 * <p>{@code hedgeCues} holds the kind and lexicon form of the cues in {@code hedges}; it is written
 * into the {@code hedges} section (no section of its own) and may be empty, e.g. for an analysis
 * restricted by the exports, which then writes plain spans.
 */
@JsonPropertyOrder({
  "schema",
  "corpus",
  "articles",
  "quotes",
  "facts",
  "referents",
  "divergences",
  "hedges",
  "wording",
  "unique",
  "problems",
  "outlets",
  "proposedTerms"
})
public record Analysis(
    String schema,
    CorpusInfo corpus,
    List<Article> articles,
    List<QuoteGroup> quotes,
    List<FactGroup> facts,
    List<Referent> referents,
    List<Divergence> divergences,
    @JsonIgnore List<Span> hedges,
    List<Span> unique,
    List<Problem> problems,
    @JsonIgnore List<Hedge> hedgeCues,
    List<OutletProfile> outlets,
    List<ProposedTerm> proposedTerms,
    List<Wording> wording) {

  public static final String SCHEMA = "parallax.analysis/1";

  public Analysis {
    articles = List.copyOf(articles);
    quotes = List.copyOf(quotes);
    facts = List.copyOf(facts);
    referents = List.copyOf(referents);
    divergences = List.copyOf(divergences);
    hedges = List.copyOf(hedges);
    unique = List.copyOf(unique);
    problems = List.copyOf(problems);
    hedgeCues = List.copyOf(hedgeCues);
    outlets = List.copyOf(outlets);
    proposedTerms = List.copyOf(proposedTerms);
    wording = List.copyOf(wording);
  }

  /** An analysis without the framing details (cue kinds, outlet profiles, proposed terms, wording). */
  public Analysis(
      String schema,
      CorpusInfo corpus,
      List<Article> articles,
      List<QuoteGroup> quotes,
      List<FactGroup> facts,
      List<Referent> referents,
      List<Divergence> divergences,
      List<Span> hedges,
      List<Span> unique,
      List<Problem> problems) {
    this(schema, corpus, articles, quotes, facts, referents, divergences, hedges, unique, problems, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The {@code hedges} section as written: each span with its {@code kind} and {@code cue} when the
   * framing analysis knows them ({@link #hedgeCues}), else the plain span.
   */
  @JsonProperty("hedges")
  public List<Object> hedgesForJson() {
    java.util.Map<Span, Hedge> byspan = new java.util.HashMap<>();
    for (Hedge h : hedgeCues) {
      byspan.putIfAbsent(h.span(), h);
    }
    List<Object> out = new java.util.ArrayList<>(hedges.size());
    for (Span s : hedges) {
      Hedge h = byspan.get(s);
      out.add(h != null ? h : s);
    }
    return out;
  }

  /** The article with this id. */
  public java.util.Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Where the corpus came from and what analysed it, when. */
  @JsonPropertyOrder({"name", "path", "analyzedAt", "tool"})
  public record CorpusInfo(String name, String path, String analyzedAt, String tool) {}
}

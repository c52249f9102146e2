package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.parallax.corpus.Article;
import org.parallax.corpus.Problem;

/**
 * Everything Parallax found in one corpus: the document {@code parallax analyze} writes as JSON (schema
 * {@value #SCHEMA}, documented in the README).
 *
 * <p>The sections {@code quotes}, {@code facts}, {@code referents}, {@code divergences}, {@code hedges}
 * and {@code unique} are filled by the alignment engine (issue 3) and the framing analysis (issue 4);
 * until then they are empty lists, as the format prescribes.
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
  "unique",
  "problems"
})
public record Analysis(
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
  }

  /** The article with this id. */
  public java.util.Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Where the corpus came from and what analysed it, when. */
  @JsonPropertyOrder({"name", "path", "analyzedAt", "tool"})
  public record CorpusInfo(String name, String path, String analyzedAt, String tool) {}
}

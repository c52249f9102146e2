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
    List<Object> quotes,
    List<Object> facts,
    List<Object> referents,
    List<Object> divergences,
    List<Object> hedges,
    List<Object> unique,
    List<Problem> problems) {

  public static final String SCHEMA = "parallax.analysis/1";

  /** Where the corpus came from and what analysed it, when. */
  @JsonPropertyOrder({"name", "path", "analyzedAt", "tool"})
  public record CorpusInfo(String name, String path, String analyzedAt, String tool) {}
}

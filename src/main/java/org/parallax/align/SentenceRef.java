package org.parallax.align;

import java.util.Comparator;
import org.parallax.text.TextRange;

/**
 * Sentence {@code sentence} of article {@code article} (indices into the aligned article list), or one
 * clause of it.
 *
 * @param clause the clause's characters in the article's text when the reference is to one clause of a
 *     sentence that tells two facts ({@link org.parallax.text.Clauses}); {@code null} for the whole
 *     sentence
 */
public record SentenceRef(int article, int sentence, TextRange clause) implements Comparable<SentenceRef> {

  private static final Comparator<SentenceRef> ORDER =
      Comparator.comparingInt(SentenceRef::article)
          .thenComparingInt(SentenceRef::sentence)
          .thenComparingInt(r -> r.clause == null ? -1 : r.clause.start());

  /** The whole sentence. */
  public SentenceRef(int article, int sentence) {
    this(article, sentence, null);
  }

  /** The characters this refers to in {@code a}, its article: the clause, or the whole sentence. */
  public TextRange in(org.parallax.corpus.Article a) {
    return clause != null ? clause : a.sentences().get(sentence);
  }

  /** Whether this is one clause of its sentence rather than the whole of it. */
  public boolean isClause() {
    return clause != null;
  }

  @Override
  public int compareTo(SentenceRef o) {
    return ORDER.compare(this, o);
  }
}

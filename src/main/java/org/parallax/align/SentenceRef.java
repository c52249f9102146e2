package org.parallax.align;

/** Sentence {@code sentence} of article {@code article} (indices into the aligned article list). */
public record SentenceRef(int article, int sentence) implements Comparable<SentenceRef> {
  @Override
  public int compareTo(SentenceRef o) {
    return article != o.article ? Integer.compare(article, o.article) : Integer.compare(sentence, o.sentence);
  }
}

package org.parallax.corpus;

import java.util.List;
import org.parallax.text.TextRange;

/**
 * One cleaned article of a corpus.
 *
 * <p>Invariants: {@code text} is the article body after cleaning, and every range in {@code sentences}
 * lies inside it, in order and without overlap. Metadata that the source does not show is {@code null},
 * never guessed.
 *
 * @param id stable id: the file name without extension, or its relative path when names clash
 * @param source the file's path relative to the corpus folder, with {@code /} separators
 * @param format {@code text}, {@code markdown} or {@code html}
 * @param encoding the character encoding the file was decoded with, e.g. {@code UTF-8}
 * @param published ISO date {@code yyyy-MM-dd}
 */
public record Article(
    String id,
    String source,
    String format,
    String encoding,
    String title,
    String outlet,
    String published,
    String url,
    String author,
    String text,
    List<TextRange> sentences,
    List<Removal> removed) {

  public Article {
    sentences = List.copyOf(sentences);
    removed = List.copyOf(removed);
  }

  /** The text of sentence {@code i}. */
  public String sentence(int i) {
    return sentences.get(i).of(text);
  }
}

package org.parallax.corpus;

import java.util.List;
import org.parallax.text.TextRange;

/**
 * One cleaned article of a corpus.
 *
 * <p>Invariants: {@code text} is the article body after cleaning, opened by its headline when it has a
 * title (see {@code headline}), and every range in {@code sentences} lies inside it, in order and
 * without overlap. Metadata that the source does not show is {@code null}, never guessed.
 *
 * @param id stable id: the file name without extension, or its relative path when names clash
 * @param source the file's path relative to the corpus folder, with {@code /} separators
 * @param format {@code text}, {@code markdown} or {@code html}
 * @param encoding the character encoding the file was decoded with, e.g. {@code UTF-8}
 * @param published ISO date {@code yyyy-MM-dd}
 * @param headline where {@code text} holds the title as its first paragraph ({@code [0, n)}, the body
 *     following after a blank line), so that the headline is read like the body; {@code null} when it
 *     does not (no title, or the body itself opens with it)
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
    List<Removal> removed,
    TextRange headline) {

  public Article {
    sentences = List.copyOf(sentences);
    removed = List.copyOf(removed);
  }

  /** An article whose text has no headline paragraph. */
  public Article(
      String id, String source, String format, String encoding, String title, String outlet, String published,
      String url, String author, String text, List<TextRange> sentences, List<Removal> removed) {
    this(id, source, format, encoding, title, outlet, published, url, author, text, sentences, removed, null);
  }

  /** The text after its headline paragraph: the body as the source gives it, cleaned. */
  public String body() {
    if (text == null || headline == null) {
      return text;
    }
    int at = headline.end();
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return text.substring(at);
  }

  /** Whether {@code [start, end)} lies inside the headline paragraph. */
  public boolean inHeadline(int start, int end) {
    return headline != null && start >= headline.start() && end <= headline.end();
  }

  /** The text of sentence {@code i}. */
  public String sentence(int i) {
    return sentences.get(i).of(text);
  }
}

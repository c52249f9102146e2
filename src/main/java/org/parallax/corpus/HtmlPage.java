package org.parallax.corpus;

import java.util.List;
import java.util.Objects;

/**
 * What {@link HtmlExtractor} found in one saved web page: the article's main text, its metadata and
 * everything that was left out.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>{@code text} is never null. It is either {@code ""} or one or more paragraphs separated by
 *       exactly {@code "\n\n"}; a paragraph contains no line breaks, no runs of whitespace, and no
 *       leading or trailing whitespace. HTML entities are decoded. The headline is not part of it.
 *   <li>Metadata the page does not state is {@code null}, never guessed: {@code published} is an
 *       ISO date {@code yyyy-MM-dd}; {@code url} starts with {@code http://} or {@code https://}.
 *   <li>{@code removed} is never null and is immutable; it lists, in page order, the pieces of the
 *       page that are not in {@code text}, each with a plain-words reason. No entry's text is
 *       blank.
 * </ul>
 *
 * @param text the article body, paragraphs separated by {@code "\n\n"}
 * @param title the headline, or null
 * @param siteName the outlet's name as the page states it, or null
 * @param published the publication date {@code yyyy-MM-dd}, or null
 * @param url the page's own absolute http(s) address as it declares it, or null
 * @param author the byline's name(s), or null
 * @param removed what cleaning dropped, with reasons
 */
public record HtmlPage(
    String text,
    String title,
    String siteName,
    String published,
    String url,
    String author,
    List<Removal> removed) {

  public HtmlPage {
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }
}

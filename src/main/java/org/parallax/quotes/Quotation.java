package org.parallax.quotes;

import java.util.Objects;
import org.parallax.text.TextRange;

/**
 * One direct quotation in one article: a contiguous quoted stretch and who said it.
 *
 * <p>A quotation interrupted by its attribution ({@code “A,” he said, “B.”}) gives two
 * quotations, one per stretch, with the same speaker; grouping across articles ({@link
 * QuoteAligner}) rejoins such halves with a longer rendering elsewhere. A quotation running over
 * several paragraphs (news convention: no closing mark at a paragraph's end, an opening mark
 * again at the next one's start) gives one quotation per paragraph, with the same speaker.
 *
 * <p>Invariants: {@code span} lies inside {@code withMarks}; both index the article's cleaned
 * text, and {@code text.equals(span.of(article.text()))}. {@code span} holds the quoted words
 * without the marks, without surrounding spaces and without a trailing comma, semicolon or
 * colon (which belongs to the reporting sentence: {@code “... about ISIL,” Kerry told}).
 * {@code withMarks} runs from the opening mark to the closing one; for a quotation whose closing
 * mark is missing it ends where {@code span} ends. {@code speakerSpan} and {@code speakerText}
 * are both null or both set, and {@code speakerText.equals(speakerSpan.of(article.text()))}.
 *
 * @param articleId the id of the article the quotation is in
 * @param span the quoted words
 * @param withMarks the quotation with its marks
 * @param text the quoted words, {@code span.of(article.text())}
 * @param speaker who is quoted: after {@link QuotationExtractor#extract} the fullest name the
 *     article gives ("John Kerry" for "Kerry told"), the role when the article names nobody for
 *     it ("US official"), or the organisation ("State Department"); after {@link
 *     SpeakerNames#apply} the name shared by all articles. Null when unknown.
 * @param speakerSpan the phrase the speaker was found from ("he", "the Russian foreign
 *     minister", "Kerry"); it may lie in an earlier sentence when the speaker carries over to a
 *     quotation standing alone, and is null when no phrase names the speaker
 * @param speakerText {@code speakerSpan}'s text
 * @param cue the attribution cue as written: a speech verb ("told", "said", "adding"),
 *     "according to", or ":" for {@code Name: “...”}; null when the speaker was inherited from
 *     the previous quotation or sentence, or is unknown
 */
public record Quotation(
    String articleId,
    TextRange span,
    TextRange withMarks,
    String text,
    String speaker,
    TextRange speakerSpan,
    String speakerText,
    String cue) {

  public Quotation {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(withMarks, "withMarks");
    Objects.requireNonNull(text, "text");
    if (span.start() < withMarks.start() || span.end() > withMarks.end()) {
      throw new IllegalArgumentException("span " + span + " outside " + withMarks);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text does not match span " + span);
    }
    if ((speakerSpan == null) != (speakerText == null)) {
      throw new IllegalArgumentException("speakerSpan and speakerText go together");
    }
  }

  /** This quotation with another speaker, e.g. a corpus-wide canonical name. */
  public Quotation withSpeaker(String newSpeaker) {
    return new Quotation(articleId, span, withMarks, text, newSpeaker, speakerSpan, speakerText,
        cue);
  }
}

package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.testkit.NewsText;
import org.parallax.testkit.Props;
import org.parallax.testkit.SpanChecks;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;

/**
 * Tokenising and quotation finding on news-like nasty text: quoted stretches, attribution tokens and
 * quotations all index the article text, and every quotation says exactly what its span covers.
 */
class QuotationPropertyTest {

  private static Article article(String text) {
    return new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
  }

  @Test
  void quotedStretchesLieInsideTheTextInOrder() {
    Props.forAll("quote stretches", 200, r -> NewsText.sample(r), text -> {
      Article a = article(text);
      List<QuoteScanner.Stretch> stretches = QuoteScanner.scan(text, SentenceBounds.of(text, a.sentences()));
      int previousClose = 0;
      for (QuoteScanner.Stretch s : stretches) {
        String what = "stretch " + s;
        assertTrue(s.open() <= s.contentStart() && s.contentStart() < s.contentEnd() && s.contentEnd() <= s.close(), what);
        SpanChecks.inside(text, s.open(), s.close(), what);
        SpanChecks.inside(text, s.contentStart(), s.contentEnd(), what);
        assertTrue(s.open() >= previousClose, what + " overlaps the one before");
        previousClose = s.close();
      }
    });
  }

  @Test
  void tokensPointAtTheirText() {
    Props.forAll("attribution tokens", 200, r -> NewsText.sample(r), text -> {
      Article a = article(text);
      List<int[]> quotes = new ArrayList<>();
      for (QuoteScanner.Stretch s : QuoteScanner.scan(text, SentenceBounds.of(text, a.sentences()))) {
        quotes.add(new int[] {s.open(), s.close()});
      }
      List<Tok> toks = Tokens.of(text, 0, text.length(), quotes);
      int end = 0;
      for (Tok t : toks) {
        String what = "token " + t.tag() + " [" + t.start() + ", " + t.end() + ") " + Props.javaLiteral(t.text());
        assertTrue(t.start() >= end, what + " overlaps the one before");
        assertTrue(t.end() > t.start(), what + " is empty");
        SpanChecks.inside(text, t.start(), t.end(), what);
        if (t.is(Tok.PUNCT) && t.text().equals(Tokens.LINE_BREAK)) {
          assertTrue(text.charAt(t.start()) == '\n' || text.charAt(t.start()) == '\r', what);
        } else {
          assertEquals(text.substring(t.start(), t.end()), t.text(), what);
        }
        if (t.isWord()) {
          assertTrue(Character.isLetterOrDigit(text.codePointAt(t.start())), what + " does not start with a letter or digit");
        }
        end = t.end();
      }
    });
  }

  @Test
  void quotationsSayWhatTheirSpansCover() {
    Props.forAll("quotations", 200, r -> NewsText.sample(r), text -> {
      Article a = article(text);
      List<Quotation> quotes = new QuotationExtractor().extract(a);
      TextRange previous = null;
      for (Quotation q : quotes) {
        String what = "quotation " + Props.javaLiteral(q.text());
        assertEquals("a", q.articleId());
        SpanChecks.covers(text, q.span().start(), q.span().end(), q.text(), what);
        SpanChecks.inside(text, q.withMarks().start(), q.withMarks().end(), what + " with marks");
        assertTrue(q.withMarks().start() <= q.span().start() && q.span().end() <= q.withMarks().end(), what);
        assertFalse(q.text().isEmpty(), what + " is empty");
        assertFalse(SentenceSplitter.isWhitespace(q.text().charAt(0)), what + " starts with space");
        assertFalse(SentenceSplitter.isWhitespace(q.text().charAt(q.text().length() - 1)), what + " ends with space");
        assertTrue(q.speaker() == null || !q.speaker().isBlank(), what + ": blank speaker");
        if (q.speakerSpan() != null) {
          SpanChecks.wholeWords(text, q.speakerSpan().start(), q.speakerSpan().end(), q.speakerText(), what + ": speaker");
        }
        if (previous != null && q.withMarks().start() < previous.start()) {
          fail(what + " comes before the quotation listed ahead of it");
        }
        previous = q.withMarks();
      }
      // Grouping the article with itself never breaks either.
      Article b = new Article("b", "b.txt", "text", "UTF-8", null, null, null, null, null, text, a.sentences(), List.of());
      List<Quotation> both = new QuotationExtractor().extractAll(List.of(a, b));
      new QuoteAligner().group(both);
    });
  }
}

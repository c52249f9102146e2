package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.quotes.Quotation;
import org.parallax.quotes.QuotationExtractor;
import org.parallax.testkit.NewsText;
import org.parallax.testkit.Props;
import org.parallax.testkit.SpanChecks;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.TextRange;
import org.parallax.text.Tok;

/**
 * The framing stages on news-like nasty text: tagging (tokens), mention finding (noun phrases) and
 * hedge finding (cues). Every span indexes the article text, repeats it, keeps surrogate pairs whole,
 * is trimmed, and starts and ends at token edges. (Token edges, not the spaces between words: OpenNLP's
 * tokenizer rightly splits words that scraped text glued together, "governmentwith", "reportedlyAl";
 * the tokens themselves keep surrogate pairs whole.)
 */
class FramingPropertyTest {

  private static final FramingLexicon LEXICON = FramingLexicon.bundled();

  /** One article read as the framing analysis reads it. */
  static Parsed parse(String text) {
    Article a = new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
    List<TextRange> quotes = new QuotationExtractor().extract(a).stream().map(Quotation::withMarks).toList();
    List<Tok> toks = new Tagger().tag(a);
    List<Phrase> phrases = new MentionFinder(LEXICON).find(0, text, toks, quotes);
    return Parsed.of(List.of(a), List.of(toks), List.of(phrases), List.of(quotes));
  }

  @Test
  void tokensPointAtTheirTextInOrder() {
    Props.forAll("tagger tokens", 100, r -> NewsText.sample(r), text -> {
      Article a = new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
          SentenceSplitter.shared().split(text), List.of());
      List<Tok> toks = new Tagger().tag(a);
      int end = 0;
      int sentence = 0;
      for (Tok t : toks) {
        String what = "token [" + t.start() + ", " + t.end() + ") " + Props.javaLiteral(t.text());
        SpanChecks.covers(text, t.start(), t.end(), t.text(), what);
        assertTrue(t.end() > t.start(), what + " is empty");
        assertTrue(t.start() >= end, what + " overlaps the one before");
        assertTrue(t.sentence() >= sentence && t.sentence() < a.sentences().size(), what + ": sentence out of order");
        TextRange s = a.sentences().get(t.sentence());
        assertTrue(s.start() <= t.start() && t.end() <= s.end(), what + " outside its sentence " + s);
        assertEquals(Words.fold(t.text()), t.lower(), what);
        assertNotNull(t.tag(), what);
        end = t.end();
        sentence = t.sentence();
      }
    });
  }

  @Test
  void mentionsAreWholeWordsOfTheText() {
    Props.forAll("mention spans", 100, r -> NewsText.sample(r), text -> {
      Parsed p = parse(text);
      for (Phrase ph : p.phrases().get(0)) {
        String what = "phrase [" + ph.start + ", " + ph.end + ") " + Props.javaLiteral(ph.text);
        atTokenEdges(p, text, ph.start, ph.end, ph.text, what);
        assertEquals(ph.role == Phrase.Role.NONE, ph.name == null, what + ": a name exactly when it has a role");
        assertTrue(ph.name == null || !ph.name.isBlank(), what + ": blank name");
        assertNotNull(ph.head, what);
      }
    });
  }

  @Test
  void hedgesAreWholeWordsOfTheOutletsOwnVoice() {
    Props.forAll("hedge spans", 100, r -> NewsText.sample(r), text -> {
      Parsed p = parse(text);
      for (HedgeFinder.Cue c : new HedgeFinder(LEXICON).find(p, 0)) {
        String what = "hedge [" + c.start() + ", " + c.end() + ") " + Props.javaLiteral(c.text());
        atTokenEdges(p, text, c.start(), c.end(), c.text(), what);
        assertTrue(c.kind().equals("hedge") || c.kind().equals("attribution"), what);
        assertFalse(c.cue() == null || c.cue().isBlank(), what + ": blank cue");
        assertFalse(p.inQuote(0, c.start()), what + " is inside a quotation");
      }
    });
  }

  private static void atTokenEdges(Parsed p, String text, int start, int end, String spanText, String what) {
    SpanChecks.covers(text, start, end, spanText, what);
    assertTrue(end > start, what + " is empty");
    assertFalse(SentenceSplitter.isWhitespace(text.charAt(start)), what + " starts with space");
    assertFalse(SentenceSplitter.isWhitespace(text.charAt(end - 1)), what + " ends with space");
    List<Tok> toks = p.tokens().get(0);
    assertTrue(toks.stream().anyMatch(t -> t.start() == start), what + " starts inside a token");
    assertTrue(toks.stream().anyMatch(t -> t.end() == end), what + " ends inside a token");
  }
}

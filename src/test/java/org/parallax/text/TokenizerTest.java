package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void wordsKeepInnerApostrophesAndEverySymbolIsItsOwnToken() {
    assertEquals(
        List.of(
            new Tok(0, 1, "“", "\"", Tok.PUNCT, -1),
            new Tok(1, 6, "We’re", "we're", Tok.WORD, -1),
            new Tok(6, 7, "”", "\"", Tok.PUNCT, -1),
            new Tok(8, 9, "–", "-", Tok.PUNCT, -1),
            new Tok(10, 16, "O'Neil", "o'neil", Tok.WORD, -1),
            new Tok(16, 17, "'", "'", Tok.PUNCT, -1),
            new Tok(18, 19, "½", "½", Tok.PUNCT, -1),
            new Tok(20, 22, "😀", "😀", Tok.PUNCT, -1)),
        Tokenizer.words("“We’re” – O'Neil' ½ 😀", Folding.TYPOGRAPHY));
  }

  @Test
  void onlyAsciiWhiteSpaceSeparatesANoBreakSpaceIsAToken() {
    assertEquals(
        List.of(
            new Tok(0, 1, "x", "x", Tok.WORD, -1),
            new Tok(1, 2, "\u00A0", "\u00A0", Tok.PUNCT, -1),
            new Tok(2, 5, "Y2K", "y2k", Tok.WORD, -1)),
        Tokenizer.words("x\u00A0Y2K\n", Folding.LOWERCASE));
  }

  @Test
  void proseKeepsAbbreviationsInitialsAndNumbersWholeAndAQuotationIsOneToken() {
    String text = "Gen. Smith said “we’re ready”\n  in the U.S. 2,000...";
    assertEquals(
        List.of(
            new Tok(0, 4, "Gen.", "gen.", Tok.WORD, -1, -1),
            new Tok(5, 10, "Smith", "smith", Tok.WORD, -1, -1),
            new Tok(11, 15, "said", "said", Tok.WORD, -1, -1),
            new Tok(16, 29, "“we’re ready”", "“we're ready”", Tok.QUOTE, -1, 0),
            new Tok(29, 32, Tokenizer.LINE_BREAK, "\n", Tok.PUNCT, -1, -1),
            new Tok(32, 34, "in", "in", Tok.WORD, -1, -1),
            new Tok(35, 38, "the", "the", Tok.WORD, -1, -1),
            new Tok(39, 43, "U.S.", "u.s.", Tok.WORD, -1, -1),
            new Tok(44, 49, "2,000", "2,000", Tok.WORD, -1, -1),
            new Tok(49, 52, "...", "...", Tok.PUNCT, -1, -1)),
        Tokenizer.prose(text, 0, text.length(), List.of(new int[] {16, 29})));
  }

  @Test
  void aQuotationMarkIsStraightCurlySingleOrDoubled() {
    for (String mark : List.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "''", "``")) {
      assertTrue(new Tok(0, mark.length(), mark, mark, "PUNCT", 0).isQuoteMark(), mark);
    }
    for (String other : List.of(",", "-", "a", "'s", "\"\"\"")) {
      assertFalse(new Tok(0, other.length(), other, other, "PUNCT", 0).isQuoteMark(), other);
    }
  }
}

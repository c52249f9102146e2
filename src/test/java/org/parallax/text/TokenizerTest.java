package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

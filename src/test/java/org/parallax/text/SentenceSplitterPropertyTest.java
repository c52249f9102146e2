package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.NewsText;
import org.parallax.testkit.Props;
import org.parallax.testkit.SpanChecks;

/** The splitter's documented invariants, on news-like nasty text. */
class SentenceSplitterPropertyTest {

  private final SentenceSplitter splitter = SentenceSplitter.shared();

  @Test
  void sentencesAreOrderedTrimmedAndCoverEveryNonSpaceCharacter() {
    Props.forAll("sentence invariants", 200, r -> NewsText.sample(r), this::check);
  }

  @Test
  void textFromEscapedJsonWithLoneSurrogatesSplitsToo() {
    Props.forAll("sentence invariants, lone surrogates", 100, r -> NewsText.sample(r, true), this::check);
  }

  @Test
  void shortPiecesSplitToo() {
    Props.forAll("sentence invariants, short pieces", 300, r -> NewsText.fragment(r), this::check);
  }

  private void check(String text) {
    List<TextRange> sentences = splitter.split(text);
    SpanChecks.ordered(sentences, "sentences");
    int covered = 0;
    for (TextRange s : sentences) {
      SpanChecks.inside(text, s.start(), s.end(), "sentence " + s);
      assertTrue(s.length() > 0, "empty sentence at " + s.start());
      assertFalse(SentenceSplitter.isWhitespace(text.charAt(s.start())), "sentence starts with space: " + s);
      assertFalse(SentenceSplitter.isWhitespace(text.charAt(s.end() - 1)), "sentence ends with space: " + s);
      for (int i = covered; i < s.start(); i++) {
        if (!SentenceSplitter.isWhitespace(text.charAt(i))) {
          fail("character " + i + " " + Props.javaLiteral(text.substring(i, i + 1)) + " is in no sentence");
        }
      }
      covered = s.end();
    }
    for (int i = covered; i < text.length(); i++) {
      if (!SentenceSplitter.isWhitespace(text.charAt(i))) {
        fail("character " + i + " " + Props.javaLiteral(text.substring(i, i + 1)) + " after the last sentence");
      }
    }
  }
}

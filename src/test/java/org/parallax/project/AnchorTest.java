package org.parallax.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.text.TextRange;

class AnchorTest {

  private static final String TEXT =
      "The minister said the talks were useful. Critics said the talks were a sham. Nobody said more.";

  private static Anchor anchorOf(String text, String quote, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(quote, at + 1);
    }
    return Anchor.of("a1", text, at, at + quote.length());
  }

  @Test
  void recordsPositionQuoteAndContext() {
    Anchor a = anchorOf(TEXT, "the talks were a sham", 0);
    assertEquals(54, a.start());
    assertEquals(75, a.end());
    assertEquals("the talks were a sham", a.exact());
    assertEquals("talks were useful. Critics said ", a.prefix());
    assertEquals(". Nobody said more.", a.suffix());
  }

  @Test
  void staysWhereItWasWhenTheTextIsUnchanged() {
    Anchor a = anchorOf(TEXT, "the talks were", 1);
    assertEquals(Optional.of(new TextRange(a.start(), a.end())), a.locate(TEXT));
  }

  @Test
  void followsItsQuoteWhenTextIsInsertedBefore() {
    Anchor a = anchorOf(TEXT, "the talks were a sham", 0);
    String edited = "UPDATED: " + TEXT;
    TextRange r = a.locate(edited).orElseThrow();
    assertEquals("the talks were a sham", r.of(edited));
    assertEquals(a.start() + 9, r.start());
  }

  @Test
  void picksTheOccurrenceWhoseContextAgreesWhenTheQuoteRepeats() {
    // "the talks were" occurs twice; the second was coded. The text then changes before both.
    Anchor a = anchorOf(TEXT, "the talks were", 1);
    String edited = TEXT.replace("The minister said", "The foreign minister told reporters");
    TextRange r = a.locate(edited).orElseThrow();
    assertEquals(edited.indexOf("the talks were", edited.indexOf("Critics")), r.start());
  }

  @Test
  void findsTheQuoteAgainWhenTheLineWasReWrapped() {
    Anchor a = anchorOf(TEXT, "Critics said the talks", 0);
    String edited = TEXT.replace("Critics said the", "Critics said\nthe");
    TextRange r = a.locate(edited).orElseThrow();
    assertEquals("Critics said\nthe talks", r.of(edited));
  }

  @Test
  void isOrphanedWhenItsWordsAreGone() {
    Anchor a = anchorOf(TEXT, "a sham", 0);
    assertTrue(a.locate(TEXT.replace("a sham", "pointless")).isEmpty());
  }

  @Test
  void isOrphanedWhenTheEditChangedWordsInsideIt() {
    Anchor a = anchorOf(TEXT, "the talks were a sham", 0);
    assertTrue(a.locate(TEXT.replace("were a sham", "were a farce")).isEmpty());
  }
}

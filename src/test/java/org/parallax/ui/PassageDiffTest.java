package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ui.PassageDiff.Change;
import org.parallax.ui.PassageDiff.Piece;

class PassageDiffTest {

  @Test
  void identicalWordingIgnoresCaseAndQuoteStyle() {
    PassageDiff.Result r = PassageDiff.compare("“Our focus” – now", "\"our focus\" - now");
    assertTrue(r.identical());
    assertEquals("identical wording", r.summary());
    assertEquals(List.of(new Piece(Change.SAME, "", "", "\"our focus\" - now")), r.pieces());
  }

  @Test
  void substitutedWordsShowBothWordings() {
    PassageDiff.Result r =
        PassageDiff.compare(
            "our focus remains on destroying Islamic State militants", "our focus remains on destroying Takfiri terrorists");
    assertEquals(
        List.of(
            new Piece(Change.SAME, "", "", "our focus remains on destroying"),
            new Piece(Change.REPLACED, " ", "Islamic State militants", "Takfiri terrorists")),
        r.pieces());
    assertEquals("1 substitution", r.summary());
  }

  @Test
  void addedWordsAreCountedWithoutPunctuation() {
    PassageDiff.Result r = PassageDiff.compare("Russia sent tanks to Syria.", "Russia sent tanks to Syria, officials said.");
    assertEquals(
        List.of(
            new Piece(Change.SAME, "", "", "Russia sent tanks to Syria"),
            new Piece(Change.INSERTED, "", "", ", officials said"),
            new Piece(Change.SAME, "", "", ".")),
        r.pieces());
    assertEquals(2, r.inserted());
    assertEquals("2 words added", r.summary());
  }

  @Test
  void leftOutWordsKeepTheReferenceWording() {
    PassageDiff.Result r = PassageDiff.compare("Russia sent artillery units, tanks and aircraft", "Russia sent tanks and aircraft");
    assertEquals(
        List.of(
            new Piece(Change.SAME, "", "", "Russia sent"),
            new Piece(Change.DELETED, " ", "artillery units,", ""),
            new Piece(Change.SAME, " ", "", "tanks and aircraft")),
        r.pieces());
    assertEquals(2, r.deleted());
    assertEquals("2 words left out", r.summary());
  }

  @Test
  void summaryListsEveryKindOfChange() {
    PassageDiff.Result r = PassageDiff.compare("Obviously the talks will take place soon", "the talks will happen very soon, he said");
    assertEquals("2 words added, 1 left out, 1 substitution", r.summary());
  }

  @Test
  void aWordOfTwentyThousandApostrophesDoesNotOverflowTheStack() {
    String chain = "a'".repeat(20_000) + "a";
    PassageDiff.Result r = PassageDiff.compare("x " + chain, "y " + chain);
    assertEquals(List.of(new Piece(Change.REPLACED, "", "x", "y"), new Piece(Change.SAME, " ", "", chain)), r.pieces());
  }

  @Test
  void aHyphenatedNameIsReplacedWholeNotSplitAtItsHyphen() {
    PassageDiff.Result r = PassageDiff.compare("President Bashar al-Assad said", "President Bashar Assad said");
    assertEquals(
        List.of(
            new Piece(Change.SAME, "", "", "President Bashar"),
            new Piece(Change.REPLACED, " ", "al-Assad", "Assad"),
            new Piece(Change.SAME, " ", "", "said")),
        r.pieces());
    assertEquals("1 substitution", r.summary());
    // The other way round, and a change after the hyphen: the whole word too.
    assertEquals(
        List.of(new Piece(Change.SAME, "", "", "Bashar"), new Piece(Change.REPLACED, " ", "Assad", "al-Assad")),
        PassageDiff.compare("Bashar Assad", "Bashar al-Assad").pieces());
    assertEquals(
        List.of(new Piece(Change.SAME, "", "", "the"), new Piece(Change.REPLACED, " ", "al-Assad", "al-Qaeda"), new Piece(Change.SAME, " ", "", "regime")),
        PassageDiff.compare("the al-Assad regime", "the al-Qaeda regime").pieces());
  }

  @Test
  void aWordLeftOutKeepsTheSpaceBeforeTheNextWord() {
    PassageDiff.Result r = PassageDiff.compare("The strikes came after Russia sent jets", "The strikes came Russia sent jets");
    assertEquals(
        List.of(
            new Piece(Change.SAME, "", "", "The strikes came"),
            new Piece(Change.DELETED, " ", "after", ""),
            new Piece(Change.SAME, " ", "", "Russia sent jets")),
        r.pieces());
  }
}

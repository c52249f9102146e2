package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineCaseTest {

  private static final HeadlineCase CORPUS = HeadlineCase.of(List.of(
      "The minister said the U.S. would send more aid to Ghana after the floods. Officials in Accra said the"
          + " aid would reach the north soon, and that the United Nations would help.",
      "Mr McCain visited Ghana on Monday. He said aid to the region was late."));

  @Test
  void aTitleCaseHeadlineTakesTheCaseOfTheBodies() {
    assertEquals("U.S. to send more aid to Ghana after floods", CORPUS.recase("U.S. To Send More Aid To Ghana After Floods"));
  }

  @Test
  void namesAcronymsAndMixedCaseWordsKeepTheirCapitals() {
    // "UN" and "McCain" are never written otherwise; "Accra" is a name in the bodies; "Visits" is unknown.
    assertEquals("McCain visits Accra as UN aid arrives", CORPUS.recase("McCain Visits Accra As UN Aid Arrives"));
  }

  @Test
  void aNameTheBodiesWriteKeepsItsCaseThoughItsWordsAreCommon() {
    HeadlineCase c = HeadlineCase.of(List.of(
        "Officials at the White House said the state would help. The white van left. Peace talks and the"
            + " Nobel Peace Prize were discussed; peace is near, and the prize is large."));
    assertEquals("White House seeks peace", c.recase("White House Seeks Peace"));
    assertEquals("Nobel Peace Prize for White House", c.recase("NOBEL PEACE PRIZE FOR WHITE HOUSE"));
  }

  @Test
  void aTitleCaseLineOfTheBodiesSaysNothingOfTheCase() {
    // A list of other stories' headlines in a body: "Sees Military" there is no name.
    HeadlineCase c = HeadlineCase.of(List.of(
        "Officials from Russia met in Geneva. They said talks would go on.\nRelated: US Sees Military Talks With Russia\nThe military said little."));
    assertEquals("US sees military talks with Russia", c.recase("US Sees Military Talks With Russia"));
  }

  @Test
  void aHeadlineInCapitalsIsReadAsASentence() {
    assertEquals("Aid to Ghana late, minister said", CORPUS.recase("AID TO GHANA LATE, MINISTER SAID"));
  }

  @Test
  void theFirstWordAfterAColonOpensASentence() {
    assertEquals("Ghana: Aid would reach the north soon", CORPUS.recase("Ghana: Aid Would Reach The North Soon"));
  }

  @Test
  void aSentenceCaseHeadlineIsLeftAsItIs() {
    String h = "Minister Says Ghana will get more aid after the floods";
    assertFalse(HeadlineCase.shouted(h));
    assertEquals(h, CORPUS.recase(h));
    assertTrue(HeadlineCase.shouted("Minister Says Ghana Will Get More Aid"));
  }

  @Test
  void recasingKeepsEveryCharacterInPlace() {
    String h = "STRASSE Über Ärger: İstanbul Größe Aid";
    String r = CORPUS.recase(h);
    assertEquals(h.length(), r.length());
    for (int i = 0; i < h.length(); i++) {
      assertEquals(Character.toLowerCase(h.charAt(i)), Character.toLowerCase(r.charAt(i)), "at " + i);
    }
  }
}

package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkTitleTest {

  /** Whether the first quotation of {@code sentence} (one sentence) is a title. */
  private static boolean title(String sentence) {
    int open = firstMark(sentence, 0);
    int close = firstMark(sentence, open + 1);
    return WorkTitle.is(sentence, new TextRange(open, close + 1), new TextRange(open + 1, close),
        new TextRange(0, sentence.length()));
  }

  private static int firstMark(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if ("\"“”".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no quotation mark in " + s);
  }

  @Test
  void titlesThatNameReadingWouldCutAreTitles() {
    assertTrue(title("The actor starred in \"Take Me Out to the Ball Game\", and died on Thursday."));
    assertTrue(title("The actor starred in “Take Me Out to the Ball Game,” a musical of 1949."));
    assertTrue(title("Her film “Gone with the Wind” won eight awards."));
    assertTrue(title("The band recorded “Baby, It’s Cold Outside” in a day."));
    assertTrue(title("She wrote “The Keeper’s Daughter” in 1999."));
    assertTrue(title("He played in “Andy Hardy Steps Out” first."));
    assertTrue(title("He won a Tony for “The Boy From Oz” in 2004."));
    assertTrue(title("The report, “Star Wars: A New Hope for Budgets”, was leaked."));
    // A sentence of names is no headline.
    assertTrue(title("Esther Williams, who starred in Million Dollar Mermaid and \"Take Me Out to the Ball Game\", died on Thursday in Los Angeles."));
  }

  @Test
  void wordsSomeoneSaidAreNoTitles() {
    assertFalse(title("He said it was “a disgrace to the nation” and left."));
    assertFalse(title("“Make America Great Again,” he said at the rally."));
    assertFalse(title("The senator warned: “We Will Not Back Down from This Fight.”"));
    assertFalse(title("“Take Me Out to the Ball Game,” said the singer."));
    assertFalse(title("“Make America Great Again,” Ann Ray said at the rally."));
    assertFalse(title("“Lock Them Up!” the crowd chanted."));
    assertFalse(title("Protesters chanted “NO WAR FOR OIL” outside the embassy."));
  }

  @Test
  void namesInQuotationMarksStayNames() {
    assertFalse(title("The so-called “Islamic State” claimed the attack."));
    assertFalse(title("She starred in “Million Dollar Mermaid” in 1952."));
    assertFalse(title("He sang with “Van Morrison” in 1970."));
    assertFalse(title("The table lists “Phil Ford 2,290” first."));
  }

  @Test
  void aHeadlineOrAWholeSentenceInQuotationMarksIsNoTitle() {
    assertFalse(title("Trump Says “Take Me Out to the Ball Game” Is His Favourite Song"));
    assertFalse(title("“Take Me Out to the Ball Game”"));
  }
}

package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Word normalisation for lexicon look-ups and name keys. */
class WordsTest {

  @Test
  void singularisesPluralNounsButNotCrisis() {
    assertEquals("terrorist", Words.singular("terrorists"));
    assertEquals("takfiri", Words.singular("takfiris"));
    assertEquals("militia", Words.singular("militias"));
    assertEquals("crisis", Words.singular("crisis"));
    assertEquals("man", Words.singular("men"));
  }

  @Test
  void aTeamNamedByItsNumberIsCapitalisedButNoOtherNumberIs() {
    assertTrue(Words.isCapitalised("76ers"));
    assertTrue(Words.isCapitalised("49ers"));
    assertTrue(Words.isCapitalised("Zorvex"));
    assertFalse(Words.isCapitalised("1980s"));
    assertFalse(Words.isCapitalised("10am"));
    assertFalse(Words.isCapitalised("3rd"));
    assertFalse(Words.isCapitalised("sixers"));
  }

  @Test
  void pluralsInVesOfNounsInFAreTheirNouns() {
    assertEquals("thief", Words.singular("thieves"));
    assertEquals("housewife", Words.singular("housewives"));
    assertEquals("life", Words.singular("lives"));
    // Nouns in "-ve" keep their "e": "-ves" alone says nothing.
    assertEquals("detective", Words.singular("detectives"));
    assertEquals("move", Words.singular("moves"));
  }

  @Test
  void givesSpellingsOfANameOneKey() {
    assertEquals(Words.nameKey("US"), Words.nameKey("U.S."));
    assertEquals("kremlin", Words.nameKey("the Kremlin"));
    assertEquals("al assad", Words.nameKey("al-Assad"));
    assertEquals("sergei lavrov", Words.nameKey("Sérgei Lavrov"));
  }

  @Test
  void plainNamesTakeTheShortWayToTheSameKeys() {
    // Lower-case letters and digits with single spaces skip the two expressions; the rest go through them.
    assertEquals("new york", Words.computeNameKey("New York"));
    assertEquals("kremlin", Words.computeNameKey("The Kremlin"));
    assertEquals("theodore", Words.computeNameKey("Theodore"));
    assertEquals("the", Words.computeNameKey("The"));
    assertEquals("9th street", Words.computeNameKey("9th Street"));
    assertEquals("new york", Words.computeNameKey("New  York"));
    assertEquals("new york", Words.computeNameKey(" New York "));
    assertEquals("o'brien", Words.computeNameKey("O'Brien's"));
    // "St", "Mt" and "Ft" opening a name are spelled out: one key for both ways of writing it.
    assertEquals("saint louis", Words.computeNameKey("St. Louis"));
    assertEquals("saint louis", Words.computeNameKey("Saint Louis"));
    assertEquals("mount cook", Words.computeNameKey("Mt Cook"));
    assertEquals("fort hood", Words.computeNameKey("Ft. Hood"));
    assertEquals("main st", Words.computeNameKey("Main St."));
    assertEquals("sao paulo", Words.computeNameKey("São Paulo"));
    assertEquals("winston salem", Words.computeNameKey("Winston-Salem"));
    for (String name : new String[] {"New York", "The Kremlin", "U.S.", "al-Assad", "Sérgei Lavrov", "the Times'"}) {
      assertEquals(Words.computeNameKey(name), Words.nameKey(name), name);
    }
  }

  @Test
  void stemsVerbsForPhraseEntries() {
    assertTrue(Words.forms("propped").contains("prop"));
    assertTrue(Words.forms("argues").contains("argue"));
  }

  @Test
  void aPrefixThatOnlySaysMoreOfTheKindLeavesTheNoun() {
    assertTrue(Words.forms("eco-zealots").contains("zealot"));
    assertTrue(Words.forms("narco-terrorists").contains("terrorist"));
    assertEquals("zealots", Words.withoutPrefix("eco-zealots"));
    // The ex-president is no president, anti-terrorist police no terrorists; a name keeps its hyphen.
    assertEquals("ex-president", Words.withoutPrefix("ex-president"));
    assertFalse(Words.forms("anti-terrorist").contains("terrorist"));
    assertEquals("al-assad", Words.withoutPrefix("al-assad"));
    assertEquals("zealot", FramingLexicon.bundled().wordingAt(java.util.List.of("eco-zealots"), 0).text());
  }

  @Test
  void matchesLoadedTermsInEveryInflection() {
    FramingLexicon l = FramingLexicon.bundled();
    assertTrue(l.isLoadedWord("militants"));
    assertTrue(l.isLoadedWord("regime"));
    assertEquals("prop up", l.loadedAt(java.util.List.of("propped", "up", "the"), 0).text());
    assertEquals(false, l.isLoadedWord("lavrov"));
  }

  @Test
  void givesBritishAndAmericanSpellingsOfAWordOneKeyButLeavesShortWordsAlone() {
    assertEquals(Words.spellingKey("neighborhood"), Words.spellingKey("neighbourhood"));
    assertEquals(Words.spellingKey("labor"), Words.spellingKey("labour"));
    assertEquals(Words.spellingKey("centers"), Words.spellingKey("centres"));
    assertEquals(Words.spellingKey("organization"), Words.spellingKey("organisation"));
    assertEquals(Words.spellingKey("defense"), Words.spellingKey("defence"));
    assertEquals(Words.spellingKey("coordinate"), Words.spellingKey("co-ordinate"));
    assertEquals(Words.spellingKey("catalog"), Words.spellingKey("catalogue"));
    assertEquals("four", Words.spellingKey("four"));
    assertEquals("hour", Words.spellingKey("hour"));
    assertEquals("fence", Words.spellingKey("fence"));
  }

  @Test
  void kinNounsAreSynonymsBroaderOrSiblingsUnderANarrowWordButNotUnderAVeryGeneralOne() {
    FramingLexicon l = FramingLexicon.bundled();
    assertTrue(l.kin("revolver", "gun"), "a revolver is a firearm, a firearm a gun");
    assertTrue(l.kin("shelling", "strike"), "both an attack");
    assertTrue(l.kin("oilfield", "field"));
    assertTrue(l.kin("neighbourhood", "neighborhood"));
    assertEquals(false, l.kin("cheek", "arm"));
    assertEquals(false, l.kin("warship", "helicopter"), "only 'vehicle' above both");
    assertEquals(false, l.kin("story", "throat"), "only 'artifact' above both");
  }
}

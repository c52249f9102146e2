package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Terms of a sentence, on input that once overflowed the regex engine's stack. */
class TermExtractorTest {

  @Test
  void readsVeryLongHyphenChainsNumberListsAndInitials() {
    SentenceTerms t = new TermExtractor().extract("Token " + "x-".repeat(3000) + " " + "1,".repeat(5000) + "2 " + "A.".repeat(3000));
    assertTrue(t.content().contains("token"), t.content().toString());
    assertTrue(t.numbers().size() > 0);
  }

  @Test
  void keepsOrdinaryCompoundsAndNumbersWhole() {
    SentenceTerms t = new TermExtractor().extract("The U.S.-backed military-to-military talks cost 1,000,000.50 dollars.");
    assertTrue(t.numbers().contains("1000000.50"), t.numbers().toString());
    assertEquals(Set.of("1000000.50"), t.numbers());
  }

  @Test
  void anAcronymSpelledLikeAFunctionWordIsNoOtherWord() {
    TermExtractor x = new TermExtractor();
    SentenceTerms us = x.extract("The U.S. comedians hosted the show in the US.");
    SentenceTerms used = x.extract("The audience is used to comedians.");
    assertTrue(us.content().contains("US"), us.content().toString());
    assertEquals(Set.of("comedian"), intersection(us.content(), used.content()));
    assertTrue(x.extract("The WHO said it was worried.").content().contains("WHO"));
    assertTrue(x.extract("NATO and Nato are one.").content().contains("nato"), "an acronym no function word is stemmed as before");
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.retainAll(b);
    return out;
  }
}

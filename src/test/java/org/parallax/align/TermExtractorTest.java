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
}

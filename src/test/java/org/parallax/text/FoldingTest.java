package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void foldsCedillaAndCurlyApostropheAndMapsEachCharacterBack() {
    Normalized n = Folding.NAMES.align("Ça’s");
    assertEquals("ca's", n.text());
    assertArrayEquals(new int[] {0, 1, 2, 3}, n.from());
    assertEquals(new TextRange(0, 1), n.toOriginal(new TextRange(0, 1)));
    assertEquals("Ça", n.toOriginal(new TextRange(0, 2)).of(n.original()));
    assertEquals("’s", n.toOriginal(new TextRange(2, 4)).of(n.original()));
  }

  @Test
  void combiningMarkDroppedBelongsToTheLetterBeforeIt() {
    String written = "C\u0327a’s"; // C + combining cedilla
    Normalized n = Folding.NAMES.align(written);
    assertEquals("ca's", n.text());
    assertArrayEquals(new int[] {0, 2, 3, 4}, n.from());
    assertEquals(new TextRange(0, 2), n.toOriginal(new TextRange(0, 1)));
    assertEquals(new TextRange(2, 5), n.toOriginal(new TextRange(1, 4)));
    assertEquals(new TextRange(2, 2), n.toOriginal(new TextRange(1, 1)));
  }

  @Test
  void dottedCapitalIGrowsAndBothCharactersMapToIt() {
    Normalized n = Folding.LOWERCASE.align("İzmir");
    assertEquals("i\u0307zmir", n.text());
    assertArrayEquals(new int[] {0, 0, 1, 2, 3, 4}, n.from());
    assertEquals(new TextRange(0, 1), n.toOriginal(new TextRange(0, 1)));
    assertEquals(new TextRange(0, 2), n.toOriginal(new TextRange(1, 3)));
  }

  @Test
  void characterOutsideTheBasicPlaneIsNeverCut() {
    Normalized n = Folding.NAMES.align("a😀B");
    assertEquals("a😀b", n.text());
    assertArrayEquals(new int[] {0, 1, 1, 3}, n.from());
    assertEquals(new TextRange(1, 3), n.toOriginal(new TextRange(2, 3)));
  }

  @Test
  void finalSigmaIsLowercasedInContextAsTheWholeStringWould() {
    Normalized n = Folding.NAMES.align("ΟΔΟΣ Ά");
    assertEquals("οδος α", n.text());
    assertEquals("ΟΔΟΣ Ά".toLowerCase(java.util.Locale.ROOT).replace("ά", "α"), n.text());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, n.from());
  }

  @Test
  void eachFeatureFoldsOnlyWhatItsRulesSay() {
    String s = "Șoigu’s “pro‑Russian” – Über";
    assertEquals("soigu's “pro-russian” – uber", Folding.NAMES.apply(s));
    assertEquals("soigu's “pro‑russian” – uber", Folding.SPELLING.apply(s));
    assertEquals("șoigu's “pro‑russian” – über", Folding.LOOKUP.apply(s));
    assertEquals("șoigu's \"pro‑russian\" - über", Folding.TYPOGRAPHY.apply(s));
    assertEquals("Soigu’s “pro‑Russian” – Uber", Folding.ACCENTS.apply(s));
  }

  @Test
  void asciiWithoutCaseRuleComesBackUncopied() {
    String s = "U.S. forces";
    assertSame(s, Folding.ACCENTS.apply(s));
    assertEquals("u.s. forces", Folding.NAMES.apply(s));
  }

  @Test
  void alignedTextIsAlwaysTheAppliedFolding() {
    for (Folding f : List.of(Folding.NAMES, Folding.SPELLING, Folding.LOOKUP, Folding.TYPOGRAPHY, Folding.ACCENTS)) {
      for (String s : List.of("", "x", "Ǆemal İnönü’s ﬁne café", "e\u0301\u0301te\u0301", "ΣΊΣΥΦΟΣ σοφός", "𐐀𐐁 ‑–—“”‘’")) {
        Normalized n = f.align(s);
        assertEquals(f.apply(s), n.text(), f + " on " + s);
        int[] from = n.from();
        for (int i = 1; i < from.length; i++) {
          assertEquals(true, from[i - 1] <= from[i], f + " map of " + s);
        }
      }
    }
  }
}

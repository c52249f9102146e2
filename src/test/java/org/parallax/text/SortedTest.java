package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SortedTest {

  private static final List<TextRange> RANGES = List.of(new TextRange(0, 4), new TextRange(4, 9), new TextRange(9, 12), new TextRange(20, 25));

  @Test
  void firstAtLeastAndLastAtMostFindTheNeighboursOfAPosition() {
    assertEquals(0, Sorted.firstAtLeast(RANGES, TextRange::start, 0));
    assertEquals(1, Sorted.firstAtLeast(RANGES, TextRange::start, 1));
    assertEquals(3, Sorted.firstAtLeast(RANGES, TextRange::start, 10));
    assertEquals(4, Sorted.firstAtLeast(RANGES, TextRange::start, 21));
    assertEquals(-1, Sorted.lastAtMost(RANGES, TextRange::start, -1));
    assertEquals(1, Sorted.lastAtMost(RANGES, TextRange::start, 4));
    assertEquals(2, Sorted.lastAtMost(RANGES, TextRange::start, 19));
    assertEquals(3, Sorted.lastAtMost(RANGES, TextRange::start, Integer.MAX_VALUE));
    assertEquals(-1, Sorted.lastAtMost(List.<TextRange>of(), TextRange::start, 5));
  }

  @Test
  void rangesSayWhetherAPositionIsInsideOneEvenWhenTheyOverlap() {
    Ranges r = new Ranges(List.of(new TextRange(10, 30), new TextRange(12, 14), new TextRange(40, 41)));
    assertEquals(List.of(false, true, true, true, false, true, false),
        List.of(r.covers(9), r.covers(10), r.covers(15), r.covers(29), r.covers(30), r.covers(40), r.covers(41)));
  }
}

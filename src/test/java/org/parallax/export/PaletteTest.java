package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.parallax.analysis.Highlight;

class PaletteTest {

  private static Highlight mark(Highlight.Kind kind, String item) {
    return new Highlight("a", 0, 5, kind, item, "");
  }

  @Test
  void everyOtherAlignedFactIsAShadeDeeperSoThatTwoClausesSideBySideStayApart() {
    int base = Palette.tint(Highlight.Kind.FACT);
    assertEquals(base, Palette.tint(mark(Highlight.Kind.FACT, "f1")));
    assertNotEquals(base, Palette.tint(mark(Highlight.Kind.FACT, "f2")));
    assertEquals(Palette.tint(mark(Highlight.Kind.FACT, "f2")), Palette.tint(mark(Highlight.Kind.FACT, "f4")));
    assertEquals(base, Palette.tint(mark(Highlight.Kind.FACT, null)), "a fact the analyst aligned without a number");
    assertEquals(Palette.tint(Highlight.Kind.UNIQUE), Palette.tint(mark(Highlight.Kind.UNIQUE, "f2")), "other kinds keep their tint");
  }
}

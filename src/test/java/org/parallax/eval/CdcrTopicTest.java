package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CdcrTopicTest {

  private static CdcrTopic.GoldMention gold(List<Integer> tokens, int head) {
    return new CdcrTopic.GoldMention("m", "d", 0, tokens, head, "c", "LOC", "x", "x");
  }

  @Test
  void aPrepositionGivenAsHeadGivesWayToTheNounOfItsPhrase() {
    List<String> s = List.of("He", "was", "shot", "in", "South", "Richmond", "Hill", "in", "Queens", ".");
    // "in South Richmond Hill": the last word before the next preposition.
    CdcrTopic.GoldMention g = CdcrTopic.nounHead(gold(List.of(3, 4, 5, 6), 3), s);
    assertEquals(6, g.head());
    assertEquals("x", g.headLemma(), "the annotation's lemma, for the baseline");
    // "Hill in Queens" headed by "in": the noun before it.
    assertEquals(6, CdcrTopic.nounHead(gold(List.of(6, 7, 8), 7), s).head());
    // A noun head stays as it is.
    assertEquals(8, CdcrTopic.nounHead(gold(List.of(7, 8), 8), s).head());
  }
}

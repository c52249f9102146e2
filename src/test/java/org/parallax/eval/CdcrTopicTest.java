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

  @Test
  void aHeadTheAnnotationPutsOutsideItsSpanIsTakenFromTheSpan() {
    List<String> s = List.of("capable", "of", "flying", "from", "London", "to", "Sydney", "non-stop", ".");
    // MEANTIME gives "London" (token 4) the head 6, which is "Sydney": the head is the span's own word.
    CdcrTopic.GoldMention london = new CdcrTopic.GoldMention("m", "d", 0, List.of(4), 6, "c", "LOC", "London", "London");
    assertEquals(4, CdcrTopic.headInside(london, s).head());
    // A span of several words takes the word that is its head lemma, else its last word.
    CdcrTopic.GoldMention flight = new CdcrTopic.GoldMention("m", "d", 0, List.of(2, 3, 4), 7, "c", "EV", "flying", "x");
    assertEquals(2, CdcrTopic.headInside(flight, s).head());
    assertEquals(4, CdcrTopic.headInside(gold(List.of(2, 3, 4), 8), s).head());
    // A head inside its span stays.
    assertEquals(3, CdcrTopic.headInside(gold(List.of(2, 3, 4), 3), s).head());
  }
}

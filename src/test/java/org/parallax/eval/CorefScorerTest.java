package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The metrics on small cases worked out by hand (in the comments), as the reference CoNLL-2012 scorer
 * (v8) defines them; the first two are the classic examples of the literature.
 */
class CorefScorerTest {

  private static final double EPS = 1e-9;

  /** Pradhan et al. (2014), the running example: h and i are in the response only, e in the key only. */
  @Test
  void scoresPradhanExampleWithTwinlessMentions() {
    List<Set<String>> key = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
    List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

    CorefScores s = CorefScorer.score(key, response);

    // MUC recall: {a,b,c} falls into {a,b},{c}: 3-2 = 1; {d,e,f,g} into {d},{e} (twinless),{f,g}: 4-3 = 1;
    // over (3-1)+(4-1) = 5. Precision: {a,b}: 2-1; {c,d}: 2-2; {f,g,h,i} into {f,g},{h},{i}: 4-3; over 1+1+3.
    assertTally(s.muc(), 2, 5, 2, 5);
    // B³ recall: {a,b,c}: 2²/3 + 1²/3; {d,e,f,g}: 1²/4 + 2²/4; e shares nothing: 5/3 + 5/4 = 35/12 over 7.
    // Precision: {a,b}: 2²/2; {c,d}: 1/2 + 1/2; {f,g,h,i}: 2²/4 (h and i add nothing): 4 over 8.
    assertTally(s.bcubed(), 35.0 / 12, 7, 4, 8);
    assertEquals(5.0 / 12, s.bcubed().recall(), EPS);
    // CEAF-e: φ4({a,b,c},{a,b}) = 4/5 and φ4({d,e,f,g},{f,g,h,i}) = 4/8 beat every other alignment
    // (4/5 + 1/3 via {c,d}; 2/5 + 1/2); 1.3 over 2 key and 3 response entities.
    assertTally(s.ceafe(), 1.3, 2, 1.3, 3);
    assertEquals(0.65, s.ceafe().recall(), EPS);
    // The published figures: MUC F 0.40, B³ F 0.45, CEAF-e F 0.52.
    assertEquals(0.4, s.muc().f1(), EPS);
    assertEquals(5.0 / 11, s.bcubed().f1(), EPS);
    assertEquals(0.52, s.ceafe().f1(), EPS);
    assertEquals((0.4 + 5.0 / 11 + 0.52) / 3, s.conllF1(), EPS);
  }

  /** Bagga and Baldwin (1998), Fig. 2: two key entities wrongly merged, no twinless mentions. */
  @Test
  void scoresBaggaBaldwinMerge() {
    List<Set<Integer>> key = List.of(Set.of(1, 2, 3, 4, 5), Set.of(6, 7), Set.of(8, 9, 10, 11, 12));
    List<Set<Integer>> response = List.of(Set.of(1, 2, 3, 4, 5), Set.of(6, 7, 8, 9, 10, 11, 12));

    CorefScores s = CorefScorer.score(key, response);

    // MUC recall: every key entity is whole in the response: 4+1+4 over 9. Precision: {1..5}: 4;
    // {6..12} falls into {6,7},{8..12}: 7-2 = 5; 9 over 4+6 = 10.
    assertTally(s.muc(), 9, 9, 9, 10);
    // B³ recall 12/12; precision: {1..5}: 5²/5; {6..12}: (2² + 5²)/7 = 29/7; 5 + 29/7 = 64/7 over 12 = 16/21.
    assertTally(s.bcubed(), 12, 12, 64.0 / 7, 12);
    assertEquals(16.0 / 21, s.bcubed().precision(), EPS);
    // CEAF-e: φ4({1..5},{1..5}) = 1, φ4({8..12},{6..12}) = 10/12 (better than {6,7}: 4/9): 11/6.
    assertTally(s.ceafe(), 11.0 / 6, 3, 11.0 / 6, 2);
  }

  /** A key mention the response misses and a response mention the key lacks, both as singletons. */
  @Test
  void countsTwinlessSingletonsAsTheReferenceScorerDoes() {
    List<Set<String>> key = List.of(Set.of("a", "b"));
    List<Set<String>> response = List.of(Set.of("a"), Set.of("c"));

    CorefScores s = CorefScorer.score(key, response);

    // MUC recall: {a,b} falls into {a},{b} (twinless): 2-2 = 0 over 1. Precision: singletons add 0 over 0.
    assertTally(s.muc(), 0, 1, 0, 0);
    assertEquals(0, s.muc().f1(), EPS);
    // B³ recall: {a,b}: 1²/2 over 2 mentions = 1/4. Precision: {a}: 1; {c}: 0; over 2 = 1/2.
    assertTally(s.bcubed(), 0.5, 2, 1, 2);
    // CEAF-e: φ4({a,b},{a}) = 2/3, over 1 key entity and 2 response entities.
    assertTally(s.ceafe(), 2.0 / 3, 1, 2.0 / 3, 2);
    assertEquals(1.0 / 3, s.ceafe().precision(), EPS);
  }

  @Test
  void scoresIdenticalPartitionsAsPerfect() {
    List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c", "d", "e"), Set.of("f"));

    CorefScores s = CorefScorer.score(key, key);

    assertEquals(1, s.muc().f1(), EPS);
    assertEquals(1, s.bcubed().f1(), EPS);
    assertEquals(1, s.ceafe().f1(), EPS);
    assertEquals(1, s.conllF1(), EPS);
  }

  @Test
  void tallyOfTwoTopicsIsTheTallyOfBothTogether() {
    CorefScores first = CorefScorer.score(List.of(Set.of("a", "b", "c")), List.of(Set.of("a", "b"), Set.of("c")));
    CorefScores second = CorefScorer.score(List.of(Set.of("x", "y")), List.of(Set.of("x", "y", "z")));
    CorefScores both =
        CorefScorer.score(
            List.of(Set.of("a", "b", "c"), Set.of("x", "y")),
            List.of(Set.of("a", "b"), Set.of("c"), Set.of("x", "y", "z")));

    CorefScores sum = first.plus(second);

    assertEquals(both.muc(), sum.muc());
    assertEquals(both.bcubed(), sum.bcubed());
    assertEquals(both.ceafe().recallHits(), sum.ceafe().recallHits(), EPS);
    assertEquals(both.ceafe().precisionTotal(), sum.ceafe().precisionTotal(), EPS);
  }

  @Test
  void refusesAMentionInTwoEntities() {
    List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("b", "c"));

    assertThrows(IllegalArgumentException.class, () -> CorefScorer.score(key, List.of(Set.of("a"))));
  }

  @Test
  void findsTheBestAssignmentWhereGreedyFails() {
    // Greedy takes 3 (row 0, column 0) and is left with 0; the best is 2 + 3.
    assertEquals(5, Assignment.maxWeight(new double[][] {{3, 2}, {3, 0}}), EPS);
    // More rows than columns: the best two of three rows.
    assertEquals(9, Assignment.maxWeight(new double[][] {{1, 5}, {4, 1}, {2, 4}}), EPS);
    assertEquals(0, Assignment.maxWeight(new double[0][0]), EPS);
  }

  private static void assertTally(Tally t, double recallHits, double recallTotal, double precisionHits, double precisionTotal) {
    assertEquals(recallHits, t.recallHits(), EPS, "recall hits");
    assertEquals(recallTotal, t.recallTotal(), EPS, "recall total");
    assertEquals(precisionHits, t.precisionHits(), EPS, "precision hits");
    assertEquals(precisionTotal, t.precisionTotal(), EPS, "precision total");
  }
}

package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the joins of one referent become a tie per mention (see {@link JoinTree}). */
class JoinTreeTest {

  private static final String DEFINITE = "a definite description of the earlier";
  private static final String APPOSITION = "in apposition to";

  private static List<JoinTree.Tie> ties(List<String> mentions, List<JoinTree.Join> joins, int... rootable) {
    return JoinTree.ties(mentions, joins, APPOSITION::equals, i -> java.util.Arrays.stream(rootable).anyMatch(r -> r == i));
  }

  private static JoinTree.Join join(String a, String b, String rule) {
    return new JoinTree.Join(a, b, rule);
  }

  @Test
  void aMentionTiedThroughNamesCarriesThePathAndTheNamesThemselvesAreNoMentions() {
    // "NATO" (m1) and "the North Atlantic Treaty Organization" (m2) meet only through their name nodes.
    List<JoinTree.Tie> t = ties(List.of("m1", "m2"), List.of(
        join("m1", "n:nato", "name"),
        join("n:nato", "n:north atlantic treaty organization", "the acronym of"),
        join("m2", "n:north atlantic treaty organization", "name")));
    assertEquals(-1, t.get(0).to());
    assertEquals(0, t.get(1).to());
    List<JoinTree.Step> path = t.get(1).path();
    assertEquals(List.of("m2", "n:north atlantic treaty organization", "n:nato"), path.stream().map(JoinTree.Step::from).toList());
    assertEquals("m1", path.get(2).to());
    // The acronym join is read backwards on this path: it was made from "nato".
    assertEquals(List.of(true, false, false), path.stream().map(JoinTree.Step::forward).toList());
  }

  @Test
  void theRootIsWhereEveryDirectJoinReadsForwards() {
    // m1 describes m2, m2 describes m3: only m3 as the root reads both joins as they were made.
    List<JoinTree.Tie> t = ties(List.of("m1", "m2", "m3"), List.of(join("m1", "m2", DEFINITE), join("m2", "m3", DEFINITE)));
    assertEquals(1, t.get(0).to());
    assertEquals(2, t.get(1).to());
    assertEquals(-1, t.get(2).to());
    assertEquals(true, t.get(0).path().get(0).forward());
  }

  @Test
  void aJoinThatReadsBothWaysLeavesTheRootToAName() {
    // "the minister" (m1) in apposition to "Sergei Shoigu" (m2): either could be the root; the name is.
    List<JoinTree.Tie> t = ties(List.of("m1", "m2"), List.of(join("m2", "m1", APPOSITION)), 1);
    assertEquals(1, t.get(0).to());
    assertEquals(-1, t.get(1).to());
    assertEquals(false, t.get(0).path().get(0).forward());
  }

  @Test
  void twoGroupsJoinedLaterAreTiedByThatJoin() {
    // Two pairs, each made first, then one join between them: three ties, one of them the later join.
    List<JoinTree.Tie> t = ties(List.of("m1", "m2", "m3", "m4"), List.of(
        join("m2", "m1", DEFINITE), join("m4", "m3", DEFINITE), join("m1", "m3", "in the same slot of an aligned fact or quotation as")));
    assertEquals(1, t.stream().filter(x -> x.to() < 0).count());
    assertEquals(1, t.stream().filter(x -> x.path().size() == 1 && x.path().get(0).rule().startsWith("in the same slot")).count());
  }

  @Test
  void aHubWithOneMentionAndAMentionNoJoinReachesTieNothing() {
    List<JoinTree.Tie> t = ties(List.of("m1", "m2"), List.of(join("m1", "n:x", "name"), join("n:x", "n:y", "the acronym of")));
    assertEquals(-1, t.get(0).to());
    assertEquals(-1, t.get(1).to());
  }
}

package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;

/**
 * A sentence that tells two facts, each reported by another outlet, analysed end to end with the real
 * sentence model: each clause is a member of its own fact, and what builds on facts (omissions) points
 * at the clause, not at the whole sentence.
 */
class ClauseFactsTest {

  @TempDir Path dir;

  @Test
  void eachClauseOfASentenceTellingTwoFactsIsInItsOwnFact() throws Exception {
    Analysis a =
        Stories.analyse(
            dir,
            "a.txt",
            "Harbour raid ends with two arrests\n\nPolice in Kestrel Bay arrested two fishermen at the old harbour late on"
                + " Friday night, and the regional court charged both men with smuggling rare parrots on Monday.\n\nThe raid"
                + " followed a tip from a customs officer.\n\nOfficials said the birds were taken to a sanctuary outside the town.\n",
            "b.txt",
            "Two held after harbour raid\n\nTwo fishermen were arrested by Kestrel Bay police at the old harbour late on Friday"
                + " night.\n\nNeighbours said they had seen boats unloading cages for weeks.\n\nThe men have lived in the town for many years.\n",
            "c.txt",
            "Parrot smuggling charges filed\n\nThe regional court on Monday charged two fishermen with smuggling rare parrots.\n\n"
                + "A lawyer for the men declined to comment.\n\nThe case will be heard in the spring.\n");
    FactGroup arrest = fact(a, "arrested two fishermen");
    FactGroup charge = fact(a, "charged both men");
    assertEquals(
        List.of("Police in Kestrel Bay arrested two fishermen at the old harbour late on Friday night",
            "Two fishermen were arrested by Kestrel Bay police at the old harbour late on Friday night."),
        arrest.members().stream().map(m -> m.text()).toList());
    assertEquals(
        List.of("and the regional court charged both men with smuggling rare parrots on Monday.",
            "The regional court on Monday charged two fishermen with smuggling rare parrots."),
        charge.members().stream().map(m -> m.text()).toList());
    assertEquals(List.of("c"), arrest.missing());
    assertEquals(List.of("b"), charge.missing());
    Divergence left = a.divergences().stream()
        .filter(d -> d.kind().equals("omission") && charge.id().equals(d.about()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(a.divergences().toString()));
    assertEquals("and the regional court charged both men with smuggling rare parrots on Monday.", left.sides().get(0).text());
  }

  private static FactGroup fact(Analysis a, String words) {
    return a.facts().stream()
        .filter(f -> f.members().stream().anyMatch(m -> m.article().equals("a") && m.text().contains(words)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact with '" + words + "': " + a.facts()));
  }
}

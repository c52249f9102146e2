package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisInvariants;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Wording;
import org.parallax.pipeline.Analyzer;

/**
 * The probe stories ({@code src/test/resources/probes}, see its README): political stories told by three invented
 * outlets, on which the referents and the loaded wording must hold. Each analysis also keeps the format's invariants.
 */
class ProbeStoriesTest {

  private static final Path PROBES = Path.of("src/test/resources/probes");

  private static Analysis story(String folder) throws Exception {
    return AnalysisInvariants.check(new Analyzer().analyze(PROBES.resolve(folder)));
  }

  /** The referent holding {@code text} at its first place in the article whose file name starts with {@code file}. */
  private static Optional<Referent> of(Analysis a, String file, String text) {
    String article = a.articles().stream().filter(x -> x.source().startsWith(file)).findFirst().orElseThrow().id();
    return Stories.referentWith(a, article, text);
  }

  private static Referent referent(Analysis a, String file, String text) {
    return of(a, file, text).orElseThrow(() -> new AssertionError("no referent holds '" + text + "' in " + file));
  }

  @Test
  void theCaravanTheMigrantsAndTheAsylumSeekersAreOneGroup() throws Exception {
    Analysis a = story("p2-caravan");
    Referent migrants = referent(a, "a", "Hundreds of Central American migrants");
    assertEquals(migrants, referent(a, "a", "The asylum seekers"));
    assertEquals(migrants, referent(a, "c", "A caravan of several thousand Central Americans"));
    assertEquals("group", migrants.kind());
    // The headline's verb is "storms": "Illegal alien caravan" is the caravan, "storms" no part of it.
    assertEquals(migrants, referent(a, "b", "Illegal alien caravan"));
  }

  @Test
  void communistChinaAndTheCommunistRegimeAreChinaAndTheTopDemocratIsTheSenator() throws Exception {
    Analysis a = story("p1-tariffs");
    Referent china = referent(a, "a", "China");
    assertEquals(china, referent(a, "c", "Communist China"));
    assertEquals(china, referent(a, "c", "The communist regime"));
    assertEquals(referent(a, "a", "Senator Ron Wyden"), referent(a, "a", "the top Democrat"));
    // The third outlet's verbs judge what China's ministry said: "whined", not "said".
    Wording whined = a.wording().stream().filter(w -> w.text().equals("whined")).findFirst().orElseThrow();
    assertTrue(whined.shown() && whined.kind().equals("loaded-verb"), whined.toString());
  }

  @Test
  void aSittingPresidentIsAnyPresidentAndTheSummitIsOneEvent() throws Exception {
    Analysis a = story("p3-summit");
    Referent trump = referent(a, "a", "President Donald Trump");
    assertTrue(of(a, "a", "a sitting U.S. president").map(r -> !r.equals(trump)).orElse(true));
    assertEquals(referent(a, "a", "The summit"), referent(a, "c", "their summit in Singapore"));
    Wording dictator = a.wording().stream().filter(w -> w.text().equals("dictator")).findFirst().orElseThrow();
    assertTrue(dictator.reason().contains("calls the same person"), dictator.reason());
  }

  @Test
  void theMuslimBanIsTheTravelBan() throws Exception {
    Analysis a = story("p4-ban");
    assertEquals(referent(a, "a", "Trump's travel ban"), referent(a, "b", "Trump's Muslim ban"));
  }

  @Test
  void brexitSupportersAreNoBrexitAndABritishGovernmentIsNoBritain() throws Exception {
    Analysis a = story("p7-brexit");
    assertTrue(of(a, "c", "Brexit supporters").map(r -> r.mentions().stream().noneMatch(m -> m.text().equals("Brexit")))
        .orElse(true));
    // "a British government" is any British government, not the United Kingdom.
    assertNotEquals(Optional.of(referent(a, "a", "Britain")), of(a, "b", "a British government"));
  }

  @Test
  void theIranDealTheNatoAllianceAndTheSeparationPolicyAreFound() throws Exception {
    Analysis iran = story("p5-iran");
    Referent deal = referent(iran, "a", "Iran nuclear deal");
    assertEquals(deal, referent(iran, "b", "Iran nuclear accord"));
    assertEquals(deal, referent(iran, "c", "The Obama-era agreement"));
    Analysis nato = story("p6-nato");
    assertEquals(referent(nato, "a", "NATO Secretary General Jens Stoltenberg"), referent(nato, "b", "the alliance's chief"));
    Analysis separation = story("p8-separation");
    assertEquals(referent(separation, "a", "Homeland Security Secretary Kirstjen Nielsen"),
        referent(separation, "b", "DHS Secretary Kirstjen Nielsen"));
  }
}

package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;

/** The framing analysis of the five seed articles, end to end through the pipeline. */
class SeedFramingTest {

  static final String FARS = "000_5687b2dc5866d8ae";
  static final String LAVROV_PRESS = "001_202df9670cb2560d";
  static final String MOSCOW_TIMES = "002_17b3dee94d847ef4";
  static final String PRESS_TV = "003_3a3cfc992890462a";
  static final String WSJ_DIGEST = "004_c57f9cb5f696a4b2";

  private static Analysis analysis;

  @BeforeAll
  static void analyse() throws Exception {
    analysis = org.parallax.analysis.AnalysisInvariants.check(new org.parallax.pipeline.Analyzer().analyze(Path.of("seeds")));
  }

  /** Where a place of the article's body (the text after its headline) is in its text. */
  private static int at(String article, int inBody) {
    org.parallax.corpus.Article a = analysis.article(article).orElseThrow();
    return a.text().length() - a.body().length() + inBody;
  }

  private static Referent referent(String name) {
    return analysis.referents().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no referent " + name));
  }

  private static Referent referentOf(String article, int start, int end) {
    return analysis.referents().stream()
        .filter(r -> r.mentions().stream().anyMatch(m -> m.article().equals(article) && m.start() == start && m.end() == end))
        .findFirst().orElseThrow(() -> new AssertionError("no referent has " + article + " [" + start + ", " + end + ")"));
  }

  private static Referent.Mention mention(Referent r, String article, int start) {
    return r.mentions().stream().filter(m -> m.article().equals(article) && m.start() == start).findFirst()
        .orElseThrow(() -> new AssertionError(r.name() + " has no mention at " + article + ":" + start));
  }

  @Test
  void islamicStateGathersTheLabelsOfAllFiveOutlets() {
    Referent is = referent("Islamic State");
    assertEquals("group", is.kind());
    assertEquals(new Referent.Mention(FARS, at(FARS, 204), at(FARS, 236), "the ISIS/ISIL Takfiri terrorists", true), mention(is, FARS, at(FARS, 204)));
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 131), at(LAVROV_PRESS, 162), "the Takfiri terrorists of Daesh", true), mention(is, LAVROV_PRESS, at(LAVROV_PRESS, 131)));
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 1898), at(LAVROV_PRESS, 1910), "the Takfiris", true), mention(is, LAVROV_PRESS, at(LAVROV_PRESS, 1898)));
    assertEquals(new Referent.Mention(MOSCOW_TIMES, at(MOSCOW_TIMES, 620), at(MOSCOW_TIMES, 643), "Islamic State militants", true), mention(is, MOSCOW_TIMES, at(MOSCOW_TIMES, 620)));
    assertEquals(new Referent.Mention(PRESS_TV, at(PRESS_TV, 274), at(PRESS_TV, 306), "the Daesh (ISIL) terrorist group", true), mention(is, PRESS_TV, at(PRESS_TV, 274)));
    assertEquals(new Referent.Mention(PRESS_TV, at(PRESS_TV, 2159), at(PRESS_TV, 2174), "ISIL terrorists", true), mention(is, PRESS_TV, at(PRESS_TV, 2159)));
    assertEquals(new Referent.Mention(WSJ_DIGEST, at(WSJ_DIGEST, 673), at(WSJ_DIGEST, 702), "Islamic State (IS) extremists", true), mention(is, WSJ_DIGEST, at(WSJ_DIGEST, 673)));
    assertEquals(new Referent.Mention(WSJ_DIGEST, at(WSJ_DIGEST, 354), at(WSJ_DIGEST, 374), "ISIL (Islamic State)", false), mention(is, WSJ_DIGEST, at(WSJ_DIGEST, 354)));
    assertEquals(5, is.mentions().stream().map(Referent.Mention::article).distinct().count());
  }

  @Test
  void definiteDescriptionsJoinTheGroupTheyReferTo() {
    Referent is = referent("Islamic State");
    assertEquals(new Referent.Mention(FARS, at(FARS, 1096), at(FARS, 1110), "the terrorists", true), mention(is, FARS, at(FARS, 1096)));
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 1577), at(LAVROV_PRESS, 1591), "the terrorists", true), mention(is, LAVROV_PRESS, at(LAVROV_PRESS, 1577)));
  }

  @Test
  void lavrovSpellingsAreOneNeutralReferent() {
    Referent lavrov = referentOf(LAVROV_PRESS, at(LAVROV_PRESS, 227), at(LAVROV_PRESS, 240));
    assertEquals(lavrov, referentOf(PRESS_TV, at(PRESS_TV, 2229), at(PRESS_TV, 2267)));
    assertEquals("person", lavrov.kind());
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 227), at(LAVROV_PRESS, 240), "Sergey Lavrov", false), mention(lavrov, LAVROV_PRESS, at(LAVROV_PRESS, 227)));
    assertEquals(new Referent.Mention(PRESS_TV, at(PRESS_TV, 2229), at(PRESS_TV, 2267), "Russian Foreign Minister Sergei Lavrov", false), mention(lavrov, PRESS_TV, at(PRESS_TV, 2229)));
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 590), at(LAVROV_PRESS, 618), "the Russian foreign minister", false), mention(lavrov, LAVROV_PRESS, at(LAVROV_PRESS, 590)));
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 202), at(LAVROV_PRESS, 225), "his Russian counterpart", false), mention(lavrov, LAVROV_PRESS, at(LAVROV_PRESS, 202)));
    assertTrue(lavrov.mentions().stream().noneMatch(Referent.Mention::loaded));
    assertTrue(lavrov.mentions().stream().noneMatch(m -> m.text().contains("Shoigu")));
  }

  @Test
  void carterNameVariantsAreOneReferent() {
    Referent carter = referent("Ash Carter");
    assertEquals("person", carter.kind());
    assertEquals(new Referent.Mention(FARS, at(FARS, 775), at(FARS, 809), "US Secretary of Defense Ash Carter", false), mention(carter, FARS, at(FARS, 775)));
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 1209), at(LAVROV_PRESS, 1243), "US Defense Secretary Ashton Carter", false), mention(carter, LAVROV_PRESS, at(LAVROV_PRESS, 1209)));
    assertEquals(new Referent.Mention(LAVROV_PRESS, at(LAVROV_PRESS, 1502), at(LAVROV_PRESS, 1508), "Carter", false), mention(carter, LAVROV_PRESS, at(LAVROV_PRESS, 1502)));
    assertEquals(new Referent.Mention(WSJ_DIGEST, at(WSJ_DIGEST, 55), at(WSJ_DIGEST, 83), "Defense Secretary Ash Carter", false), mention(carter, WSJ_DIGEST, at(WSJ_DIGEST, 55)));
  }

  @Test
  void shoiguWithMiddleInitialIsOneReferentApartFromLavrov() {
    Referent shoigu = referentOf(WSJ_DIGEST, at(WSJ_DIGEST, 113), at(WSJ_DIGEST, 129));
    assertEquals(shoigu, referentOf(FARS, at(FARS, 814), at(FARS, 851)));
    assertEquals(new Referent.Mention(WSJ_DIGEST, at(WSJ_DIGEST, 131), at(WSJ_DIGEST, 162), "the Russian minister of defense", false), mention(shoigu, WSJ_DIGEST, at(WSJ_DIGEST, 131)));
    assertFalse(shoigu.equals(referentOf(LAVROV_PRESS, at(LAVROV_PRESS, 227), at(LAVROV_PRESS, 240))));
  }

  @Test
  void assadRegimeIsLoadedAndPresidentAssadNeutralInOneReferent() {
    Referent assad = referent("Bashar al-Assad");
    assertEquals("person", assad.kind());
    assertEquals(new Referent.Mention(PRESS_TV, at(PRESS_TV, 722), at(PRESS_TV, 738), "the Assad regime", true), mention(assad, PRESS_TV, at(PRESS_TV, 722)));
    assertEquals(new Referent.Mention(FARS, at(FARS, 1806), at(FARS, 1831), "President Bashar al-Assad", false), mention(assad, FARS, at(FARS, 1806)));
    assertEquals(new Referent.Mention(WSJ_DIGEST, at(WSJ_DIGEST, 2001), at(WSJ_DIGEST, 2018), "the Syrian regime", true), mention(assad, WSJ_DIGEST, at(WSJ_DIGEST, 2001)));
    assertEquals(new Referent.Mention(MOSCOW_TIMES, at(MOSCOW_TIMES, 770), at(MOSCOW_TIMES, 794), "[President Bashar] Assad", false), mention(assad, MOSCOW_TIMES, at(MOSCOW_TIMES, 770)));
  }

  @Test
  void capitalsActForTheirStateButDatelinesStayPlaces() {
    Referent russia = referent("Russia");
    assertEquals(new Referent.Mention(WSJ_DIGEST, at(WSJ_DIGEST, 444), at(WSJ_DIGEST, 450), "Moscow", false), mention(russia, WSJ_DIGEST, at(WSJ_DIGEST, 444)));
    assertEquals("London", referentOf(MOSCOW_TIMES, at(MOSCOW_TIMES, 0), at(MOSCOW_TIMES, 6)).name());
  }

  @Test
  void allegedDeploymentIsAHedgeAndALoadedMention() {
    Referent deployment = referentOf(PRESS_TV, at(PRESS_TV, 559), at(PRESS_TV, 596));
    assertEquals(new Referent.Mention(PRESS_TV, at(PRESS_TV, 559), at(PRESS_TV, 596), "Moscow's alleged deployment of troops", true), mention(deployment, PRESS_TV, at(PRESS_TV, 559)));
    assertTrue(analysis.hedgeCues().contains(new Hedge(PRESS_TV, at(PRESS_TV, 568), at(PRESS_TV, 575), "alleged", "hedge", "alleged")));
  }

  @Test
  void findsHedgesAndAttributionsInTheOutletsOwnVoice() {
    List<Hedge> h = analysis.hedgeCues();
    assertTrue(h.contains(new Hedge(FARS, at(FARS, 1687), at(FARS, 1697), "reportedly", "hedge", "reportedly")));
    assertTrue(h.contains(new Hedge(PRESS_TV, at(PRESS_TV, 959), at(PRESS_TV, 969), "reportedly", "hedge", "reportedly")));
    assertTrue(h.contains(new Hedge(PRESS_TV, at(PRESS_TV, 3048), at(PRESS_TV, 3058), "reportedly", "hedge", "reportedly")));
    assertTrue(h.contains(new Hedge(LAVROV_PRESS, at(LAVROV_PRESS, 1844), at(LAVROV_PRESS, 1853), "allegedly", "hedge", "allegedly")));
    assertTrue(h.contains(new Hedge(MOSCOW_TIMES, at(MOSCOW_TIMES, 1287), at(MOSCOW_TIMES, 1305), "U.S. officials say", "attribution", "u.s. officials say")));
    assertTrue(h.contains(new Hedge(WSJ_DIGEST, at(WSJ_DIGEST, 444), at(WSJ_DIGEST, 457), "Moscow argues", "attribution", "moscow argues")));
    assertTrue(h.contains(new Hedge(WSJ_DIGEST, at(WSJ_DIGEST, 1191), at(WSJ_DIGEST, 1206), "Washington says", "attribution", "washington says")));
    assertTrue(h.contains(new Hedge(WSJ_DIGEST, at(WSJ_DIGEST, 535), at(WSJ_DIGEST, 556), "reports have surfaced", "attribution", "reports have surfaced")));
    assertTrue(h.contains(new Hedge(PRESS_TV, at(PRESS_TV, 1131), at(PRESS_TV, 1143), "According to", "attribution", "according to")));
    // What the outlet presents as a possibility or a sign, not as established.
    assertTrue(h.contains(new Hedge(MOSCOW_TIMES, at(MOSCOW_TIMES, 1112), at(MOSCOW_TIMES, 1134), "raises the possibility", "hedge", "raises the possibility")));
    assertTrue(h.contains(new Hedge(WSJ_DIGEST, at(WSJ_DIGEST, 1100), at(WSJ_DIGEST, 1108), "signs of", "hedge", "signs of")));
    // Carter's "probably" is inside his quotation: the speaker's hedge, not the outlet's.
    assertTrue(h.stream().noneMatch(x -> x.text().equals("probably")));
    assertEquals(analysis.hedges(), h.stream().map(Hedge::span).toList());
  }

  @Test
  void reportsALabelDivergenceBetween001And002ForIslamicState() {
    Referent is = referent("Islamic State");
    Divergence d = analysis.divergences().stream()
        .filter(x -> x.kind().equals("label") && x.about().equals(is.id()))
        .filter(x -> x.sides().stream().anyMatch(s -> s.article().equals(LAVROV_PRESS))
            && x.sides().stream().anyMatch(s -> s.article().equals(MOSCOW_TIMES)))
        .findFirst().orElseThrow();
    assertTrue(d.sides().contains(new Span(LAVROV_PRESS, at(LAVROV_PRESS, 131), at(LAVROV_PRESS, 162), "the Takfiri terrorists of Daesh")));
    assertTrue(d.sides().contains(new Span(MOSCOW_TIMES, at(MOSCOW_TIMES, 620), at(MOSCOW_TIMES, 643), "Islamic State militants")));
    assertTrue(d.note().startsWith("Same group (Islamic State): "), d.note());
    assertTrue(d.note().contains("The Moscow Times writes 'Islamic State militants'"), d.note());
  }

  @Test
  void nameVariantsAreNeverReportedAsLabels() {
    for (Divergence d : analysis.divergences()) {
      if (d.kind().equals("label")) {
        assertTrue(d.sides().stream().anyMatch(s -> s.text().matches(".*(terrorist|militant|extremist|regime|Takfiri).*")), d.note());
      }
    }
    Referent lavrov = referentOf(LAVROV_PRESS, at(LAVROV_PRESS, 227), at(LAVROV_PRESS, 240));
    assertTrue(analysis.divergences().stream().noneMatch(d -> d.about().equals(lavrov.id())));
  }

  @Test
  void reportsAnOmissionForAFactSomeOutletsLeaveOut() {
    Divergence d = analysis.divergences().stream()
        .filter(x -> x.kind().equals("omission") && x.sides().stream().anyMatch(s -> s.article().equals(WSJ_DIGEST) && s.start() == at(WSJ_DIGEST, 0)))
        .findFirst().orElseThrow();
    assertEquals(List.of(FARS, WSJ_DIGEST), d.sides().stream().map(Span::article).toList());
    // The two articles without a known outlet are named by their titles.
    String wsj = org.parallax.analysis.Highlights.name(analysis.article(WSJ_DIGEST).orElseThrow());
    String lavrov = org.parallax.analysis.Highlights.name(analysis.article(LAVROV_PRESS).orElseThrow());
    assertEquals("“US Seeks Military Talks with Russia on…”", wsj);
    assertTrue(d.note().startsWith("Reported by Al-Alam, " + wsj + "; left out by " + lavrov + ", The Moscow Times, Press TV"), d.note());
  }

  @Test
  void ranksDivergencesMostTellingFirstWithIdsInRankOrder() {
    List<Divergence> ds = analysis.divergences();
    assertEquals("label", ds.get(0).kind());
    for (int i = 0; i < ds.size(); i++) {
      assertEquals("d" + (i + 1), ds.get(i).id());
    }
    int lastLabel = 0;
    int firstOmission = Integer.MAX_VALUE;
    for (int i = 0; i < ds.size(); i++) {
      if (ds.get(i).kind().equals("label")) {
        lastLabel = i;
      }
      if (ds.get(i).kind().equals("omission")) {
        firstOmission = Math.min(firstOmission, i);
      }
    }
    assertTrue(lastLabel < firstOmission);
    Set<String> kinds = ds.stream().map(Divergence::kind).collect(Collectors.toSet());
    assertEquals(Set.of("label", "wording", "quote-alteration", "omission"), kinds);
  }

  @Test
  void wordingDivergenceShowsALoadedSubstitutionInAnAlignedFact() {
    Divergence d = analysis.divergences().stream().filter(x -> x.kind().equals("wording")).findFirst().orElseThrow();
    assertEquals(List.of(new Span(FARS, at(FARS, 1578), at(FARS, 1583), "issue"), new Span(PRESS_TV, at(PRESS_TV, 260), at(PRESS_TV, 306), "fight against the Daesh (ISIL) terrorist group")), d.sides());
  }

  @Test
  void profilesEachOutlet() {
    OutletProfile mt = analysis.outlets().stream().filter(o -> o.outlet().equals("The Moscow Times")).findFirst().orElseThrow();
    assertEquals(List.of(MOSCOW_TIMES), mt.articles());
    assertEquals(3, mt.hedges());
    OutletProfile.LabelUse is = mt.labels().stream().filter(l -> l.name().equals("Islamic State")).findFirst().orElseThrow();
    assertEquals(List.of(new OutletProfile.Label("Islamic State militants", 1, true)), is.labels());
    assertEquals("John Kerry", mt.quoted().get(0).speaker());
    assertEquals(5, analysis.outlets().size());
  }

  @Test
  void writesHedgeKindsOutletsAndProposedTermsToJson() throws Exception {
    JsonNode root = new ObjectMapper().readTree(AnalysisJson.toJson(analysis));
    JsonNode first = root.path("hedges").get(0);
    assertEquals(FARS, first.path("article").asText());
    assertEquals("reportedly", first.path("text").asText());
    assertEquals("hedge", first.path("kind").asText());
    assertEquals("reportedly", first.path("cue").asText());
    assertTrue(root.path("outlets").isArray());
    assertEquals(5, root.path("outlets").size());
    assertTrue(root.path("proposedTerms").isArray());
    assertNotNull(root.path("referents").get(0).path("mentions").get(0).path("loaded"));
  }

  @Test
  void everySpanIndexesItsArticle() {
    for (Referent r : analysis.referents()) {
      for (Referent.Mention m : r.mentions()) {
        String text = analysis.article(m.article()).orElseThrow().text();
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
    }
    for (Divergence d : analysis.divergences()) {
      for (Span s : d.sides()) {
        assertEquals(s.text(), analysis.article(s.article()).orElseThrow().text().substring(s.start(), s.end()));
      }
    }
  }

  @Test
  void everyMentionButOneOfAReferentSaysWhyItIsThere() {
    // The ties of a referent's mentions form a tree: one mention the others are tied to (its "via" is
    // null, or how its name reads), each other one tied by one join.
    for (Referent r : analysis.referents()) {
      long untied = r.mentions().stream().filter(m -> m.via() == null).count();
      assertTrue(untied <= 1, r.name() + ": " + untied + " mentions say nothing of why they are in it");
      if (r.mentions().size() > 1) {
        assertTrue(r.mentions().stream().filter(m -> m.via() != null).count() >= r.mentions().size() - 1, r.toString());
      }
    }
  }
}

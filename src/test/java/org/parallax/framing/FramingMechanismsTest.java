package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;

/** Each mechanism of the framing analysis on small invented articles. */
class FramingMechanismsTest {

  @TempDir Path dir;

  private Analysis analyse(String... namesAndTexts) throws Exception {
    return Stories.analyse(dir, namesAndTexts);
  }

  private static Referent referentOf(Analysis a, String article, String text) {
    return Stories.referent(a, article, text);
  }

  private static Referent.Mention mention(String article, String text, int start, boolean loaded) {
    return new Referent.Mention(article, start, start + text.length(), text, loaded);
  }

  @Test
  void joinsAnAliasTheArticleDeclaresInParentheses() throws Exception {
    Analysis a = analyse(
        "a.txt", "Fighters of the Jabhat Vardar (JVA) seized the town of Qaryat on Monday, residents said.\n",
        "b.txt", "JVA fighters took control of Qaryat early on Monday after a short battle.\n");
    Referent jva = referentOf(a, "b", "JVA fighters");
    assertTrue(jva.mentions().contains(mention("a", "Fighters of the Jabhat Vardar (JVA)", 0, false)), jva.toString());
    assertEquals("group", jva.kind());
    assertEquals("Jabhat Vardar", jva.name());
  }

  @Test
  void joinsANameWrittenWithItsInitialsAfterASlash() throws Exception {
    // A name and its initials are one thing's two names (two names are most often two things: see
    // ReferentJoinsTest#twoNamesWrittenWithASlashAreNeitherJoinedNorAPerson).
    Analysis a = analyse(
        "a.txt", "The Vardar Liberation Front/VLF extremists claimed the attack on the bridge.\n",
        "b.txt", "The Vardar Liberation Front said its men had blown up the bridge.\n");
    Referent vf = referentOf(a, "b", "The Vardar Liberation Front");
    assertTrue(vf.mentions().contains(mention("a", "The Vardar Liberation Front/VLF extremists", 0, true)), vf.toString());
  }

  @Test
  void joinsADescriptionGivenInApposition() throws Exception {
    Analysis a = analyse(
        "a.txt", "The rebel commander, Omar Haddad, rejected the offer on Tuesday.\n",
        "b.txt", "Omar Haddad rejected the government's offer of a truce.\n");
    Referent haddad = referentOf(a, "b", "Omar Haddad");
    assertEquals("Omar Haddad", haddad.name());
    assertTrue(haddad.mentions().contains(mention("a", "The rebel commander", 0, false)), haddad.toString());
    assertTrue(haddad.mentions().contains(mention("a", "Omar Haddad", 21, false)), haddad.toString());
  }

  @Test
  void resolvesADefiniteDescriptionInsideTheArticle() throws Exception {
    String text = "Vorland militants stormed the city of Tarin on Sunday. Officials said the militants withdrew at night.\n";
    Analysis a = analyse("a.txt", text, "b.txt", "Troops retook Tarin on Monday.\n");
    Referent vorland = referentOf(a, "a", "Vorland militants");
    assertTrue(vorland.mentions().contains(mention("a", "the militants", text.indexOf("the militants"), true)), vorland.toString());
  }

  @Test
  void aRegionalCountryDescriptionNamesTheCountryOfThatRegionTheArticleNamedMost() throws Exception {
    String text = "Egypt and Russia signed a grain deal on Monday. Egypt will pay in instalments, Russia said."
        + " Critics in Russia called the price too low for the Arab country.\n";
    Analysis a = analyse("a.txt", text, "b.txt", "Egypt bought Russian wheat this week.\n");
    Referent egypt = referentOf(a, "a", "Egypt");
    assertTrue(egypt.mentions().contains(mention("a", "the Arab country", text.indexOf("the Arab country"), false)), egypt.toString());
    assertEquals("place", egypt.kind());
    Referent russia = referentOf(a, "a", "Russia");
    assertTrue(russia.mentions().stream().noneMatch(m -> m.text().equals("the Arab country")), russia.toString());
  }

  @Test
  void aRegionalDescriptionWithNoSuchCountryNamedBeforeStaysItsOwn() throws Exception {
    String text = "Russia and Norway signed a grain deal on Monday. Critics called the price too low for the Arab country.\n";
    Analysis a = analyse("a.txt", text, "b.txt", "Russia sold wheat to Norway this week.\n");
    for (Referent r : a.referents()) {
      if (r.mentions().stream().anyMatch(m -> m.text().equals("the Arab country"))) {
        assertTrue(r.mentions().stream().allMatch(m -> m.text().equals("the Arab country")), r.toString());
      }
    }
  }

  @Test
  void findsAHedgeDivergenceBetweenAlignedSentences() throws Exception {
    // Other sentences make the shared words specific to the aligned pair, as in a real corpus.
    String hedged = "The army reportedly shelled the village of Tarin near the northern border on Sunday night.\n\n"
        + "Grain prices rose sharply in the capital markets this week.\n";
    String flat = "The army shelled the village of Tarin near the northern border on Sunday night.\n\n"
        + "A new bridge over the river opened to traffic after years of delays.\n";
    String third = "Parliament debated the budget for schools and hospitals until late evening.\n\n"
        + "The football season ended with a draw in the final match.\n";
    Analysis a = analyse("a.txt", hedged, "b.txt", flat, "c.txt", third);
    Divergence d = a.divergences().stream().filter(x -> x.kind().equals("hedge")).findFirst()
        .orElseThrow(() -> new AssertionError(a.divergences().toString()));
    assertEquals(new Span("a", 9, 19, "reportedly"), d.sides().get(0));
    String flatSentence = "The army shelled the village of Tarin near the northern border on Sunday night.";
    assertEquals(new Span("b", 0, flatSentence.length(), flatSentence), d.sides().get(1));
    assertEquals("Same fact: a ('reportedly') hedges or attributes what b states flatly", d.note());
    assertTrue(a.hedgeCues().contains(new Hedge("a", 9, 19, "reportedly", "hedge", "reportedly")));
  }

  @Test
  void extendsTheLexiconsPerCorpus() throws Exception {
    Files.writeString(dir.resolve("parallax.json"),
        "{\"lexicon\": {\"loaded\": [\"hardliners\"], \"hedges\": [\"sources close to\"], \"aliases\": [[\"Vorland Front\", \"VLF\"]]}}");
    String a = "The hardliners in the Vorland Front rejected the deal, sources close to the talks said.\n";
    String b = "VLF leaders rejected the deal on Friday.\n";
    Analysis an = analyse("a.txt", a, "b.txt", b);
    assertTrue(an.problems().isEmpty(), an.problems().toString());
    Referent hard = referentOf(an, "a", "The hardliners");
    assertTrue(hard.mentions().get(0).loaded());
    assertTrue(an.hedgeCues().contains(new Hedge("a", a.indexOf("sources close to"), a.indexOf("sources close to") + 16, "sources close to", "hedge", "sources close to")));
    Referent front = referentOf(an, "a", "the Vorland Front");
    assertEquals("Vorland Front", front.name());
    assertTrue(front.mentions().stream().anyMatch(m -> m.article().equals("b") && m.text().equals("VLF")), front.toString());
  }

  @Test
  void reportsAMalformedLexiconAndKeepsTheRest() throws Exception {
    Files.writeString(dir.resolve("parallax.json"), "{\"lexicon\": {\"loaded\": \"hardliners\", \"aliases\": [[\"Only one\"]]}}");
    Analysis an = analyse("a.txt", "The hardliners rejected the deal.\n", "b.txt", "Nobody else did.\n");
    assertEquals(List.of(
            "\"lexicon\": \"loaded\" must be a list of words or phrases; ignored",
            "\"lexicon\": alias group [\"Only one\"] must list two names or more; ignored"),
        an.problems().stream().map(p -> p.message()).sorted().toList());
  }

  @Test
  void nameSpellingsAreOneReferentAndNeverLoaded() throws Exception {
    Analysis a = analyse(
        "a.txt", "Foreign Minister Sergey Lavrov met the envoy in Geneva on Monday.\n",
        "b.txt", "Russian Foreign Minister Sergei Lavrov met the envoy in Geneva on Monday.\n");
    Referent lavrov = referentOf(a, "a", "Foreign Minister Sergey Lavrov");
    assertTrue(lavrov.mentions().contains(mention("b", "Russian Foreign Minister Sergei Lavrov", 0, false)), lavrov.toString());
    assertTrue(lavrov.mentions().stream().noneMatch(Referent.Mention::loaded));
    assertTrue(a.divergences().stream().noneMatch(d -> d.kind().equals("label") || d.kind().equals("wording")), a.divergences().toString());
  }

  @Test
  void passesCyrillicAndArabicTextThroughIntact() throws Exception {
    String ru = "Сергей Лавров заявил, что Россия готова к переговорам. Sergei Lavrov met John Kerry in Geneva.\n";
    String ar = "قال وزير الخارجية إن الحوار مستمر. Sergey Lavrov met John Kerry in Geneva on Monday.\n";
    Analysis a = analyse("ru.txt", ru, "ar.txt", ar);
    assertEquals(ru.strip(), a.article("ru").orElseThrow().text());
    for (Referent r : a.referents()) {
      for (Referent.Mention m : r.mentions()) {
        assertEquals(m.text(), a.article(m.article()).orElseThrow().text().substring(m.start(), m.end()));
      }
    }
    Referent lavrov = referentOf(a, "ru", "Sergei Lavrov");
    assertTrue(lavrov.mentions().stream().anyMatch(m -> m.article().equals("ar") && m.text().equals("Sergey Lavrov")));
    assertFalse(a.referents().isEmpty());
  }

  @Test
  void proposesAnOutletsConsistentLabelAsAFramingTerm() throws Exception {
    String a = "Donland separatists attacked the airport of Marovo with rockets and mortars early on Monday, killing two guards.\n\n"
        + "Grain prices rose sharply in the capital markets this week.\n";
    String b = "Donland fighters attacked the airport of Marovo with rockets and mortars early on Monday, killing two guards.\n\n"
        + "A new bridge over the river opened to traffic after years of delays.\n";
    String c = "Parliament debated the budget for schools and hospitals until late evening.\n\n"
        + "The football season ended with a draw in the final match.\n";
    Analysis an = analyse("a.txt", a, "b.txt", b, "c.txt", c);
    assertEquals(1, an.facts().size(), an.facts().toString());
    Referent donland = referentOf(an, "a", "Donland separatists");
    assertTrue(donland.mentions().contains(mention("b", "Donland fighters", 0, false)), donland.toString());
    org.parallax.analysis.ProposedTerm t = an.proposedTerms().stream().filter(x -> x.term().equals("separatist")).findFirst()
        .orElseThrow(() -> new AssertionError(an.proposedTerms().toString()));
    assertEquals(List.of(List.of("Donland separatists", "Donland fighters")), t.pairs());
    assertEquals(List.of(new Span("a", 0, 19, "Donland separatists")), t.evidence());
    assertEquals(new org.parallax.analysis.ProposedTerm.Use("a", 1, 1, 1.0), t.outlets().get(0));
  }

  @Test
  void aProposedTermCountsEveryOtherOutletWithoutItAndShowsEachOnesMostTellingLabel() throws Exception {
    String fact = " attacked the airport of Marovo with rockets and mortars early on Monday, killing two guards.\n\n";
    Analysis an = analyse(
        "a.txt", "Donland separatists" + fact + "Grain prices rose sharply in the capital markets this week.\n",
        "b.txt", "Donland fighters" + fact + "A new bridge over the river opened to traffic after years of delays.\n",
        "c.txt", "Donland militias" + fact + "Parliament debated the budget for schools and hospitals until late evening.\n",
        "d.txt", "Donland separatists" + fact + "The football season ended with a draw in the final match.\n");
    Referent donland = referentOf(an, "a", "Donland separatists");
    assertTrue(donland.mentions().contains(mention("c", "Donland militias", 0, false)), donland.toString());
    org.parallax.analysis.ProposedTerm t = an.proposedTerms().stream().filter(x -> x.term().equals("separatist")).findFirst()
        .orElseThrow(() -> new AssertionError(an.proposedTerms().toString()));
    // Two outlets use it, two do not: each user against each non-user; a pair of labels is listed once.
    assertEquals(List.of(List.of("Donland separatists", "Donland fighters"), List.of("Donland separatists", "Donland militias")), t.pairs());
    assertEquals(List.of("a", "d"), t.outlets().stream().map(org.parallax.analysis.ProposedTerm.Use::outlet).sorted().toList());
    assertEquals(Math.round(100 * (1 + Math.log(4))) / 100.0, t.score(), 1e-9);
  }

  @Test
  void marksHedgesAndAttributionsInHighlightNotes() throws Exception {
    Analysis an = analyse(
        "a.txt", "The army reportedly shelled Tarin, officials say.\n",
        "b.txt", "Nothing else happened in Marovo.\n");
    List<String> notes = org.parallax.analysis.Highlights.of(an).stream()
        .filter(h -> h.kind() == org.parallax.analysis.Highlight.Kind.HEDGE).map(h -> h.note()).toList();
    assertEquals(List.of("Hedge: 'reportedly'", "Attribution: 'officials say'"), notes);
  }

  @Test
  void joinsSpellingsOfANameThatDifferInHyphens() throws Exception {
    Analysis a = analyse(
        "a.txt", "North Korean leader Kim Jong-un inspected the launch site at Sohae on Monday.\n",
        "b.txt", "Kim Jong Un inspected the launch site at Sohae on Monday.\n");
    Referent kim = referentOf(a, "b", "Kim Jong Un");
    assertTrue(kim.mentions().contains(mention("a", "North Korean leader Kim Jong-un", 0, false)), kim.toString());
  }

  @Test
  void aJudgingWordInsideOneOutletsLabelIsALabelDivergenceRankedBelowTheLexiconsLabels() throws Exception {
    // "the heartless driver" against "the driver": one referent, one outlet's verdict on it. It ranks below a
    // label of the loaded lexicon ("militants" against "terrorists").
    Analysis a = analyse(
        "a.txt", "Driver held in Orsk\n\nPolice in Orsk arrested the heartless driver who killed a cyclist on Monday. "
            + "The terrorists claimed the bombing of the Orsk depot.\n",
        "b.txt", "Orsk driver arrested\n\nPolice in Orsk arrested the driver who killed a cyclist on Monday. The militants "
            + "claimed the bombing of the Orsk depot.\n");
    Referent driver = referentOf(a, "a", "the heartless driver");
    assertEquals(driver, referentOf(a, "b", "the driver"));
    List<Divergence> ds = a.divergences();
    int judged = -1;
    int lexicon = -1;
    for (int i = 0; i < ds.size(); i++) {
      if (ds.get(i).kind().equals("label") && ds.get(i).about().equals(driver.id())) {
        judged = i;
        assertTrue(ds.get(i).sides().stream().anyMatch(sd -> sd.text().equals("the heartless driver")), ds.get(i).toString());
      } else if (ds.get(i).kind().equals("label")) {
        lexicon = i;
      }
    }
    assertTrue(judged >= 0, ds.toString());
    assertTrue(lexicon >= 0 && lexicon < judged, ds.toString());
  }
}

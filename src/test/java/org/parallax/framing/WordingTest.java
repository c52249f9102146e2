package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Wording;

/** Loaded wording, mechanism by mechanism, on small invented articles. */
class WordingTest {

  @TempDir Path dir;

  private Analysis analyse(String... namesAndTexts) throws Exception {
    return Stories.analyse(dir, namesAndTexts);
  }

  private static Optional<Wording> at(Analysis a, String article, String text) {
    int start = a.article(article).orElseThrow().text().indexOf(text);
    assertTrue(start >= 0, "'" + text + "' is not in " + article);
    return a.wording().stream()
        .filter(w -> w.article().equals(article) && w.start() == start && w.text().equals(text))
        .findFirst();
  }

  private static Wording found(Analysis a, String article, String text) {
    return at(a, article, text).orElseThrow(() -> new AssertionError("'" + text + "' not found in " + article + ": " + a.wording()));
  }

  @Test
  void floutingGassingAPretextAndMalignDesignsAreLoaded() throws Exception {
    // Words annotators mark as lexical bias in news (BABE marks "flouting", "gassed", "vaunted").
    Analysis a = analyse(
        "a.txt", "The regime gassed civilians in Velka, flouting the treaty, on the pretext of a rebel attack. "
            + "Officials warned of the regime's malign designs and its vaunted army.\n",
        "b.txt", "Government forces took Velka on Tuesday after a rebel attack, officials said.\n");
    for (String loaded : List.of("gassed", "flouting", "pretext", "malign", "vaunted")) {
      assertTrue(found(a, "a", loaded).shown(), loaded);
    }
  }

  @Test
  void wordsNewsUsesToStateFactsAreNotShownAsLoaded() throws Exception {
    // BABE's annotators marked at most one use in ten of these where Parallax showed them: news states facts with
    // them ("admitted", "insisted", "controversial", "authoritarian", "white supremacist"). "Slammed" stays. (Where
    // another outlet tells the same fact with "said", "admitted" still gains the contrast's strength.)
    Analysis a = analyse(
        "a.txt", "The minister admitted the error and insisted the controversial plan was legal. The authoritarian "
            + "government jailed a white supremacist after fierce fighting. Critics slammed the plan.\n",
        "b.txt", "The port of Velka reopened on Monday after repairs.\n");
    for (String plain : List.of("admitted", "insisted", "controversial", "authoritarian", "supremacist", "fierce")) {
      assertTrue(at(a, "a", plain).map(w -> !w.shown()).orElse(true), plain + ": " + a.wording());
    }
    assertTrue(found(a, "a", "slammed").shown());
  }

  @Test
  void aClaimOrABoastOfAThingTakenOrHeldIsNoSaying() throws Exception {
    // "The blast claimed the lives of six", "claimed responsibility", "the laptop boasts a larger screen": no one's
    // saying. "Varo claimed the vote was rigged", "boasted of", "claimed, without evidence," and "claim expertise"
    // (what someone says they have) stay loaded.
    Analysis a = analyse(
        "a.txt", "The blast claimed the lives of six workers. A militia claimed responsibility for the blast. "
            + "The new laptop boasts a larger screen. Governor Varo claimed the vote was rigged. "
            + "Mayor Dana Pell boasted of her record. Senator Ivo Lund claimed expertise in energy.\n",
        "b.txt", "The port of Velka reopened on Monday after repairs.\n");
    for (String taken : List.of("claimed the lives", "claimed responsibility", "boasts")) {
      String verb = taken.split(" ")[0];
      int start = a.article("a").orElseThrow().text().indexOf(taken);
      assertTrue(a.wording().stream().noneMatch(w -> w.article().equals("a") && w.start() == start && w.shown()),
          verb + " in '" + taken + "': " + a.wording());
    }
    for (String said : List.of("claimed the vote", "boasted of", "claimed expertise")) {
      int start = a.article("a").orElseThrow().text().indexOf(said);
      assertTrue(a.wording().stream().anyMatch(w -> w.article().equals("a") && w.start() == start && w.shown()),
          said + ": " + a.wording());
    }
  }

  @Test
  void findsLoadedVerbsAndJudgingWordsInTheOutletsVoiceOnly() throws Exception {
    Analysis a = analyse(
        "a.txt", "Governor Alva Brenn slammed the draconian curfew on Tuesday. "
            + "“They slammed the door on us,” a shop owner said of the council.\n",
        "b.txt", "The council of Vardo met on Tuesday to discuss the curfew and the budget.\n");
    Wording slammed = found(a, "a", "slammed");
    assertEquals("loaded-verb", slammed.kind());
    assertEquals("slam", slammed.cue());
    assertTrue(slammed.shown(), slammed.toString());
    Wording draconian = found(a, "a", "draconian");
    assertEquals("subjective", draconian.kind());
    assertTrue(draconian.shown(), draconian.toString());
    String text = a.article("a").orElseThrow().text();
    int quoted = text.indexOf("slammed the door");
    assertTrue(a.wording().stream().noneMatch(w -> w.start() == quoted), "a quotation is the speaker's wording: " + a.wording());
    assertTrue(a.wording().stream().noneMatch(w -> w.article().equals("b")), a.wording().toString());
    org.parallax.analysis.OutletProfile profile = a.outlets().stream().filter(o -> o.articles().contains("a")).findFirst().orElseThrow();
    assertEquals(2, profile.wording(), profile.toString());
    assertTrue(profile.wordingCues().contains(new org.parallax.analysis.OutletProfile.CueCount("slam", "loaded-verb", 1)), profile.toString());
  }

  @Test
  void judgingAdjectivesOfTheMiddleValenceBandAreMarkedButNotTheDescriptiveOnes() throws Exception {
    // "unjust" and "vitriolic" (VADER valence 2.0 to 2.5) judge what they describe; "peaceful" in the same
    // band states a fact, and "offensive" is also a football word: neither is listed.
    Analysis a = analyse(
        "a.txt", "The ruling was unjust, and a vitriolic campaign followed while the peaceful march went on.\n",
        "b.txt", "The team's offensive line held, and the court ruled on Monday, its clerk said.\n");
    assertEquals("subjective", found(a, "a", "unjust").kind());
    assertTrue(found(a, "a", "vitriolic").shown());
    assertTrue(a.wording().stream().noneMatch(w -> w.text().equals("peaceful") || w.text().equals("offensive")), a.wording().toString());
  }

  @Test
  void neverMarksNamesAndTakesAVerbOnlyWhereItIsAVerb() throws Exception {
    Analysis a = analyse(
        "a.txt", "Fierce Creatures opened at the Savage Garden cinema, and jobless claims rose by 4,000 last week. "
            + "“I’m scared for my store,” said Salm Sami, 45, who owns the Deli, Grill & Grocery at Church and New York Aves.\n",
        "b.txt", "The mayor claimed that the cinema would bring jobs to the district.\n");
    assertTrue(a.wording().stream().noneMatch(w -> w.article().equals("a")), a.wording().toString());
    assertEquals("loaded-verb", found(a, "b", "claimed").kind());
  }

  @Test
  void aClaimIsDistancedAfterItsOwnerOrBeforeWhatWasClaimed() throws Exception {
    // "Varo's claim", "the claim that", "claims of fraud": a saying reported as unproven; "jobless claims"
    // and "insurance claims" are counted facts.
    Analysis a = analyse(
        "a.txt", "Critics rejected Varo's claim on Monday. The claim that the vote was rigged spread fast.\n",
        "b.txt", "Stocks fell, jobless claims rose by 4,000 last week and insurance claims fell in May, the bureau said.\n");
    assertEquals("subjective", found(a, "a", "claim").kind());
    assertTrue(a.wording().stream().anyMatch(w -> w.article().equals("a") && w.text().equals("claim") && w.start() > 40),
        a.wording().toString());
    assertTrue(a.wording().stream().noneMatch(w -> w.article().equals("b")), a.wording().toString());
  }

  @Test
  void judgingAdverbsAndAdjectivesOfTheGeneralLexiconCountOnlyAsAdverbsAndAdjectives() throws Exception {
    // "miserably" and "abusive" come from the VADER-derived list; "destruction" is there too, but as a
    // noun here it states a fact and is not marked; "violent", a descriptive word, is left out of the list.
    Analysis a = analyse(
        "a.txt", "The council failed miserably with its abusive plan for the harbour, which was violent last year.\n",
        "b.txt", "The storm left destruction along the harbour, the council said on Monday.\n");
    Wording miserably = found(a, "a", "miserably");
    assertEquals("subjective", miserably.kind());
    assertTrue(miserably.shown(), miserably.toString());
    assertTrue(found(a, "a", "abusive").shown());
    assertTrue(a.wording().stream().noneMatch(w -> w.text().equals("destruction") || w.text().equals("violent")), a.wording().toString());
  }

  @Test
  void anIntensifierCountsBeforeAJudgingWordNotAlone() throws Exception {
    Analysis a = analyse(
        "a.txt", "The plan is extremely dangerous for the port, critics of the council wrote.\n",
        "b.txt", "The port handled extremely large ships in May, the harbour master wrote.\n");
    Wording before = found(a, "a", "extremely");
    assertEquals("intensifier", before.kind());
    assertTrue(before.shown(), before.toString());
    Wording alone = found(a, "b", "extremely");
    assertFalse(alone.shown(), alone.toString());
  }

  @Test
  void aScareQuoteIsShownAndATermIntroducedByNameIsNot() throws Exception {
    Analysis a = analyse(
        "a.txt", "Life in the harbour town returned to “normal” on Friday after weeks of strikes.\n",
        "b.txt", "Its new screen, dubbed a “sharp display”, shows more detail than the old one.\n");
    Wording normal = found(a, "a", "normal");
    assertEquals("scare-quote", normal.kind());
    assertTrue(normal.shown(), normal.toString());
    assertTrue(a.wording().stream().noneMatch(w -> w.article().equals("b") && w.kind().equals("scare-quote")), a.wording().toString());

    // Words someone is quoted as saying, if only "they", are theirs: no scare quote.
    Analysis chant = analyse(
        "c.txt", "Hundreds of protesters filled the halls. “We believe her,” they chanted.\n",
        "d.txt", "Protesters filled the halls of the senate on Friday.\n");
    assertTrue(chant.wording().stream().noneMatch(w -> w.article().equals("c") && w.kind().equals("scare-quote")),
        chant.wording().toString());
  }

  @Test
  void verbsOfForcingSomethingThroughAreLoaded() throws Exception {
    Analysis a = analyse(
        "a.txt", "The ruling party rushed the bill through parliament and steamrolled the opposition on Monday.\n",
        "b.txt", "The ruling party passed the bill in parliament on Monday.\n");
    assertEquals("loaded-verb", found(a, "a", "steamrolled").kind());
  }

  @Test
  void aLoadedWordGainsStrengthWhereAnotherOutletTellsTheSameFactNeutrally() throws Exception {
    String tail = " the new harbour tax plan of the Vardo council on Monday evening in the town hall, after a vote of nine to four.\n";
    Analysis a = analyse(
        "a.txt", "Mayor Ilse Kordt slammed" + tail,
        "b.txt", "Mayor Ilse Kordt criticised" + tail,
        "c.txt", "Fishermen in Vardo said they would go on strike if the harbour tax rises again next spring.\n");
    Wording slammed = found(a, "a", "slammed");
    assertEquals(1.0, slammed.strength(), 1e-9, slammed.toString());
    assertEquals(List.of("criticised"), slammed.contrast().stream().map(s -> s.text()).toList());
    assertTrue(slammed.reason().contains("writes 'criticised' in the same fact"), slammed.reason());
    assertTrue(a.divergences().stream().anyMatch(d -> d.kind().equals("wording")
        && d.sides().stream().anyMatch(s -> s.text().equals("slammed"))), a.divergences().toString());
  }

  @Test
  void shownWordingIsMarkedOnceAndALabelInsideALoadedMentionIsLeftToTheMentionsBox() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Vardar Front terrorists blasted the bridge near Qaryat on Monday, police said.\n",
        "b.txt", "The Vardar Front said its men had blown up the bridge near Qaryat.\n");
    Wording label = found(a, "a", "terrorists");
    assertEquals("label", label.kind());
    List<Highlight> marks = Highlights.of(a);
    int at = a.article("a").orElseThrow().text().indexOf("blasted");
    assertTrue(marks.stream().anyMatch(h -> h.kind() == Highlight.Kind.LOADED_WORD && h.start() == at
        && h.note().startsWith("Loaded verb 'blasted'")), marks.toString());
    assertTrue(marks.stream().noneMatch(h -> h.kind() == Highlight.Kind.LOADED_WORD && h.start() == label.start()), marks.toString());
  }
  @Test
  void aJudgingAdjectiveTheTaggerMisreadsCountsWhereOnlyAnAdjectiveCanStand() throws Exception {
    // OpenNLP tags "stubborn" a noun or a verb; standing between "a" and a noun, or after "very", it
    // is the adjective. An adjective-only entry never counts as the noun it is not ("in the wild").
    Analysis a = analyse(
        "a.txt", "The mayor made a stubborn refusal to meet the unions. The unions were very stubborn too.\n",
        "b.txt", "The unions camped in the wild for a week. The mayor refused to meet them.\n");
    assertEquals("subjective", found(a, "a", "stubborn").kind());
    String text = a.article("a").orElseThrow().text();
    int second = text.indexOf("stubborn", text.indexOf("very"));
    assertTrue(a.wording().stream().anyMatch(w -> w.article().equals("a") && w.start() == second && w.shown()), a.wording().toString());
    assertTrue(at(a, "b", "wild").isEmpty(), a.wording().toString());
  }
  @Test
  void aWordListedAsAVerbAndAsANounIsTheEntryItsPartOfSpeechFits() throws Exception {
    // "harangue" is a verb of saying with a verdict and a verdict noun; the noun was lost behind the verb entry.
    Analysis a = analyse(
        "a.txt", "The senator began a long harangue about the budget on Tuesday.\n",
        "b.txt", "The senator spoke about the budget on Tuesday.\n");
    Wording rant = found(a, "a", "harangue");
    assertEquals("subjective", rant.kind(), rant.toString());
    assertEquals("verdict noun", rant.reason(), rant.toString());
  }

  @Test
  void aNounOrAVerbTheTaggerReadsAsAnAdjectiveIsNoJudgingAdjective() throws Exception {
    // "award" and "ban" are judging adjectives of the VADER list, which counts where the tagger reads an
    // adjective: a passive before its preposition and a noun heading its phrase are no adjectives; "amazed"
    // alone after "was" is.
    Analysis a = analyse(
        "a.txt", "The physics prize was awarded to Dana Holt on Friday. Exempting bars from the ban provoked charges of "
            + "favouritism. The minister said he was amazed.\n",
        "b.txt", "Dana Holt won the physics prize on Friday.\n");
    assertTrue(at(a, "a", "awarded").isEmpty(), a.wording().toString());
    assertTrue(at(a, "a", "ban").isEmpty(), a.wording().toString());
    assertEquals("subjective", found(a, "a", "amazed").kind());
  }

  @Test
  void aPoliticalLabelOfFactionsAndTacticsIsALabel() throws Exception {
    Analysis a = analyse(
        "a.txt", "The senator, a Never Trumper, accused the mayor of race-baiting on Monday.\n",
        "b.txt", "The senator criticised the mayor on Monday.\n");
    assertEquals("label", found(a, "a", "Never Trumper").kind());
    assertEquals("label", found(a, "a", "race-baiting").kind());
  }

  @Test
  void aDramatisingMetaphorIsSubjectiveAndThePluralOfAJudgingAdjectiveIsAnotherWord() throws Exception {
    // "the flood of illegal immigrants" tells people arriving as a disaster; "at odds" is no "odd".
    Analysis a = analyse(
        "a.txt", "Lawmakers remained at odds over the flood of new arrivals at the border, the council said.\n",
        "b.txt", "Lawmakers disagreed over the number of new arrivals at the border, the council said.\n");
    Wording flood = found(a, "a", "flood of");
    assertEquals("subjective", flood.kind(), flood.toString());
    assertEquals("dramatising metaphor", flood.reason(), flood.toString());
    assertTrue(at(a, "a", "odds").isEmpty(), a.wording().toString());
  }

  @Test
  void aJudgingAdjectivesFormInIngBeforeToIsTheVerb() throws Exception {
    // "for failing to protect" tells what the company did not do; "the failing newspaper" judges.
    Analysis a = analyse(
        "a.txt", "The chief executive apologised for failing to protect the data of users, critics of the failing newspaper wrote. "
            + "They also criticized Dara Venn, the country's civilian leader, for failing to use her moral authority to stem the events.\n",
        "b.txt", "The chief executive apologised on Tuesday, the newspaper wrote.\n");
    List<Wording> failing = a.wording().stream().filter(w -> w.text().equals("failing")).toList();
    assertEquals(1, failing.size(), a.wording().toString());
    assertTrue(failing.get(0).start() > 40, failing.toString()); // the newspaper's, not the verb's
  }

  @Test
  void aDramatisingVerbIsNoLabelAsANounButATiradeIs() throws Exception {
    // "a blast furnace", "The blast killed": a furnace and an explosion, no loaded label (the verbs of saying with a
    // verdict are verbs only); "Critics blasted the plan" and "senators grilled" are loaded verbs; "Varo's tirade"
    // is a loaded label.
    Analysis a = analyse(
        "a.txt", "The blast killed two workers at a blast furnace in Orsk. Critics blasted the plan, and senators "
            + "grilled the owner.\n",
        "b.txt", "Governor Ilse Varo's tirade against the mill owners drew jeers on Monday.\n");
    String text = a.article("a").orElseThrow().text();
    for (int at : new int[] {text.indexOf("blast killed"), text.indexOf("blast furnace")}) {
      assertTrue(a.wording().stream().noneMatch(w -> w.article().equals("a") && w.start() == at), a.wording().toString());
    }
    assertEquals("loaded-verb", found(a, "a", "blasted").kind());
    assertEquals("loaded-verb", found(a, "a", "grilled").kind());
    assertEquals("label", found(a, "b", "tirade").kind());
  }

  @Test
  void aLoadedVerbsFormInIngIsLoadedWhereTheTaggerReadsANoun() throws Exception {
    // "slamming", "touting": the verb's form in -ing, which the tagger may read as a noun or an adjective after a
    // comma; a verb of saying with a verdict all the same.
    Analysis a = analyse(
        "a.txt", "Many senators came to Varo's defense, slamming Lund's attack on the governor. It is entirely Varo "
            + "talking about the economy, touting growth figures.\n",
        "b.txt", "Senators defended Governor Ilse Varo on Monday.\n");
    for (String verb : List.of("slamming", "touting")) {
      assertEquals("loaded-verb", found(a, "a", verb).kind(), verb);
    }
  }

  @Test
  void aJudgingModifierThatOnlyOneOutletPutsBeforeAReferentsWordRanksFirstWithTheOthersWordsAsEvidence() throws Exception {
    // Both outlets call the ruling "ruling"; only one calls it "notorious": the others' mention is its contrast,
    // though the sentences tell different facts. A word no lexicon holds ("recent") is marked nothing.
    Analysis a = analyse(
        "a.txt", "Orsk court rules\n\nThe court's notorious ruling on the dam angered farmers in the valley, who marched "
            + "on Monday. The recent ruling closed the river.\n",
        "b.txt", "Town appeals dam ruling\n\nLawyers for the town appealed the ruling on the dam, a spokesman for the mayor said "
            + "on Tuesday.\n");
    Wording notorious = found(a, "a", "notorious");
    assertTrue(notorious.shown());
    assertTrue(notorious.contrast().stream().anyMatch(s -> s.article().equals("b") && s.text().equals("the ruling")),
        notorious.toString());
    assertTrue(notorious.reason().contains("calls the same"), notorious.reason());
    assertTrue(at(a, "a", "recent").isEmpty(), a.wording().toString());
  }

  @Test
  void rippingSlappingAndInhumaneAreLoadedAsBabesAnnotatorsMarkThem() throws Exception {
    // BABE's annotators marked "rip" in 8 of 9 sentences ("Biden rips Trump"), "slap" in 4 of 6.
    Analysis a = analyse(
        "a.txt", "Velt rips Orsk plan\n\nSenator Ivo Velt ripped the mayor, who slapped a tax on grain. "
            + "Critics called it an inhumane policy, and Velt rightly said so.\n",
        "b.txt", "The port of Velka reopened on Monday after repairs.\n");
    for (String loaded : List.of("ripped", "slapped", "inhumane", "rightly")) {
      assertTrue(found(a, "a", loaded).shown(), loaded);
    }
  }
}

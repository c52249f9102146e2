package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Referent;

/** How descriptions and short names join referents across articles, on small invented articles. */
class ReferentJoinsTest {

  @TempDir Path dir;

  private Analysis analyse(String... namesAndTexts) throws Exception {
    return Stories.analyse(dir, namesAndTexts);
  }

  private static Optional<Referent> of(Analysis a, String article, String text) {
    return Stories.referentWith(a, article, text);
  }

  private static Referent referent(Analysis a, String article, String text) {
    return Stories.referent(a, article, text);
  }

  /** The analysis of a story of the real-news regression corpus ({@code src/test/resources/realnews}). */
  private static Analysis realStory(String folder) throws Exception {
    return org.parallax.analysis.AnalysisInvariants.check(
        new org.parallax.pipeline.Analyzer().analyze(Path.of("src/test/resources/realnews", folder)));
  }

  /** The referent one of whose mentions is written {@code text}. */
  private static Referent holding(Analysis a, String text) {
    return a.referents().stream().filter(r -> r.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst().orElseThrow(() -> new AssertionError("no referent holds '" + text + "'"));
  }

  private static Optional<Referent> nth(Analysis a, String article, String text, int nth) {
    return Stories.referentWith(a, article, text, nth);
  }

  @Test
  void aDepartmentsFieldAloneIsItsNameAndABodysPurposeNoKind() throws Exception {
    // "Fisheries and Coastal Services" of one outlet is the department another names in full; the body for
    // a purpose is an organisation, not what it is for.
    Analysis a = analyse(
        "a.txt", "Children are held in shelters run by the Department of Fisheries and Coastal Services, officials said.\n",
        "b.txt", "Children are cared for in facilities overseen by Fisheries and Coastal Services, aides said. "
            + "Inspectors from the Organisation for the Elimination of Nerve Agents arrived.\n");
    assertEquals(referent(a, "a", "the Department of Fisheries and Coastal Services"), referent(a, "b", "Fisheries and Coastal Services"));
    assertEquals("organisation", referent(a, "b", "the Organisation for the Elimination of Nerve Agents").kind());
  }

  @Test
  void aRoleHeldSomewhereBeforeANameBetweenCommasIsThatPersonsOnly() throws Exception {
    // The role is read across where it is held ("to the United States"), and the name is a person's by its
    // shape though no given name says so; "the senior strategist" of another article is someone else.
    Analysis a = analyse(
        "a.txt", "Dunland's ambassador to the United States, Oskarion Velitch, warned of consequences.\n",
        "b.txt", "Markets fell, said the senior market strategist for Corven Funds, Ildrik Soma.\n",
        "c.txt", "Markets rose, said Tam Brody, the chief market strategist. The senior market strategist agreed.\n");
    Referent envoy = referent(a, "a", "Oskarion Velitch");
    assertEquals(envoy, referent(a, "a", "Dunland's ambassador"));
    assertEquals("person", envoy.kind());
    assertEquals(referent(a, "b", "Ildrik Soma"), referent(a, "b", "the senior market strategist"));
    assertNotEquals(referent(a, "b", "Ildrik Soma"), referent(a, "c", "Tam Brody"));
  }

  @Test
  void aDescriptionAfterADeedsOfNameDescribesTheName() throws Exception {
    // "the killing of Ivo Marr, a 28-year-old cook who" describes Ivo Marr, not the killing; after a person's
    // noun ("the wife of Jon Tal, a teacher,") it may describe either, and joins neither's name.
    Analysis a = analyse(
        "a.txt", "Thousands marched to protest the killing of Ivo Marr, a 28-year-old cook who was shot by police. "
            + "The wife of Jon Tal, a teacher, spoke.\n",
        "b.txt", "Ivo Marr was shot during a traffic stop on Friday. Jon Tal was there.\n");
    assertEquals(referent(a, "b", "Ivo Marr"), referent(a, "a", "a 28-year-old cook"));
    assertNotEquals(of(a, "b", "Jon Tal"), of(a, "a", "a teacher"));
  }

  @Test
  void aNameThatModifiesANounAfterInIsNoPlace() throws Exception {
    // "in Varetsky case" is in a case, not in a place called Varetsky: "Varetsky" alone is the person.
    Analysis a = analyse(
        "a.txt", "Minister rejects accusations in Varetsky case\n\nThe ministry rejected claims that it poisoned Ivan Varetsky. "
            + "Varetsky, a former colonel, moved to Dunmore in 2010.\n",
        "b.txt", "Ivan Varetsky was found on a bench in Dunmore on Sunday.\n");
    Referent him = referent(a, "b", "Ivan Varetsky");
    assertEquals(him, referent(a, "a", "Varetsky"));
    assertEquals("person", him.kind());
  }

  @Test
  void theDoersNounIsThePersonTheStorySaysDidIt() throws Exception {
    // "Kavanaugh accuser" of a headline and "the accuser" are the one person written as having accused
    // (through her description in apposition); "another accuser" is someone else, and a story in which two
    // people accused leaves "the accuser" to neither.
    Analysis a = analyse(
        "a.txt", "Marro accuser agrees to testify\n\nLena Oskarsdottir, the Velden professor who has accused judge Tomas Marro "
            + "of assault, will testify on Thursday.\n",
        "b.txt", "Senator Ivo Grell agreed to hear the accuser on Thursday. Another accuser may come forward.\n");
    Referent her = referent(a, "a", "Lena Oskarsdottir");
    assertEquals(her, referent(a, "a", "Marro accuser"));
    assertEquals(her, referent(a, "b", "the accuser"));
    assertNotEquals(Optional.of(her), of(a, "b", "Another accuser"));
    Analysis two = analyse(
        "a.txt", "Lena Oskar accused the judge of assault. Mira Tal accused him too.\n",
        "b.txt", "The senator agreed to hear the accuser on Thursday.\n");
    assertNotEquals(of(two, "a", "Lena Oskar"), of(two, "b", "the accuser"));
    assertNotEquals(of(two, "a", "Mira Tal"), of(two, "b", "the accuser"));
  }

  @Test
  void aNameWrittenWithoutItsFirstNameIsTheLongerNamesPerson() throws Exception {
    // "Tariq Zandavi" is the middle and last name of "Omid Tariq Zandavi"; "Rovers RB Dale Okoro" opens
    // with no first name: one person each, and the team "Rovers" alone is not Dale Okoro.
    Analysis a = analyse(
        "a.txt", "Foreign Minister Omid Tariq Zandavi met the envoy on Monday. Rovers RB Dale Okoro scored twice.\n",
        "b.txt", "Foreign minister Tariq Zandavi said the talks went well. Dale Okoro said the Rovers played well. Rovers won.\n");
    Referent minister = referent(a, "a", "Foreign Minister Omid Tariq Zandavi");
    assertEquals(minister, referent(a, "b", "Foreign minister Tariq Zandavi"));
    assertEquals("person", minister.kind());
    Referent back = referent(a, "b", "Dale Okoro");
    assertEquals(back, referent(a, "a", "Rovers RB Dale Okoro"));
    assertNotEquals(Optional.of(back), of(a, "b", "Rovers won"));
    assertTrue(back.mentions().stream().noneMatch(m -> m.text().equals("Rovers")), back.toString());
  }

  @Test
  void aBareRoleHeldAtANamedBodyInApposition() throws Exception {
    // "Lena Hart, director of the Fish and Wildlife Service," is Lena Hart; "the Corvan Trust", which she
    // directs, stays a body of its own.
    Analysis a = analyse(
        "a.txt", "\"The rule is a mistake,\" said Lena Hart, director of the Corvan Trust, on Monday. Hart has run it for years.\n",
        "b.txt", "Lena Hart, executive director of the Fish and Wildlife Service, opposed the rule. The Corvan Trust agreed.\n");
    Referent hart = referent(a, "a", "Lena Hart");
    assertEquals(hart, referent(a, "a", "director of the Corvan Trust"));
    assertEquals(hart, referent(a, "b", "executive director of the Fish and Wildlife Service"));
    assertNotEquals(hart, referent(a, "b", "The Corvan Trust"));
  }

  @Test
  void aPossessorTheStoryNamesIdentifiesWhatItOwnsAsANameBeforeTheHeadDoes() throws Exception {
    // "Halvorsen's investigation" is "the Halvorsen inquiry"; "the prosecutor's tax probe" too, the prosecutor
    // being Halvorsen.
    Analysis a = analyse(
        "a.txt", "Prosecutor Ilse Halvorsen widened her inquiry on Monday. Ilse Halvorsen's investigation has charged "
            + "ten people. The probe began in May.\n",
        "b.txt", "Councillors said Prosecutor Ilse Halvorsen had gone too far. "
            + "They attacked the prosecutor's tax probe on Monday. The Halvorsen inquiry has cost millions.\n");
    Referent probe = referent(a, "b", "the prosecutor's tax probe");
    assertEquals(probe, referent(a, "a", "Ilse Halvorsen's investigation"));
    assertEquals(probe, referent(a, "b", "The Halvorsen inquiry"));
    assertEquals(probe, referent(a, "a", "The probe"));
  }

  @Test
  void aCapitalBeforeAnEventOrOfAStateNeverNamedIsTheCity() throws Exception {
    // "the Oslo talks" happened in Oslo; a story that never writes "Norway" has one Oslo, the city that
    // hosts and the government that speaks. "Moscow" still acts for Russia, which the story names.
    Analysis a = analyse(
        "a.txt", "Leaders met in Oslo on Monday. Oslo said the meeting went well. Critics called it an Oslo surrender.\n",
        "b.txt", "Moscow hailed the Oslo talks. Russia was pleased.\n");
    Referent oslo = referent(a, "a", "Oslo");
    assertEquals(oslo, Stories.referentWith(a, "a", "Oslo", 1).orElseThrow());
    assertEquals(oslo, Stories.referentWith(a, "a", "Oslo", 2).orElseThrow());
    assertEquals(oslo, referent(a, "b", "Oslo"));
    assertEquals(referent(a, "b", "Moscow"), referent(a, "b", "Russia"));
  }

  @Test
  void theCapitalOfAStateTheStoryNamesIsThatCity() throws Exception {
    // "The Norwegian capital" and "Norway's capital" are Oslo, which the story names as a place; not Norway.
    Analysis a = analyse(
        "a.txt", "Envoys met in Oslo on Monday. The Norwegian capital was calm. Norway said little.\n",
        "b.txt", "In June, Norway's capital hosted the envoys. Norway paid for the talks.\n");
    Referent oslo = referent(a, "a", "Oslo");
    assertEquals(oslo, referent(a, "a", "The Norwegian capital"));
    assertEquals(oslo, referent(a, "b", "Norway's capital"));
    assertNotEquals(oslo, referent(a, "a", "Norway"));
  }

  @Test
  void aReferentsNameLeavesOutTheOwnOfAPossessive() throws Exception {
    // "his own security agencies" is the wording two outlets share; the name shown is "security agencies".
    Analysis a = analyse(
        "a.txt", "Mayor Ivo Brandt sided with the protesters against his own security agencies on Monday.\n",
        "b.txt", "Mayor Ivo Brandt turned on his own security agencies. The agencies declined to comment.\n");
    assertEquals("security agencies", referent(a, "b", "his own security agencies").name());
  }

  @Test
  void aBodyWrittenWithItsNounInLowerCaseIsTheBodyOfThatName() throws Exception {
    // "the Green Dawn party" is the "Green Dawn Party" another outlet names, not a party described as Green Dawn.
    Analysis a = analyse(
        "a.txt", "Hackers broke into the computers of the Green Dawn party on Monday.\n",
        "b.txt", "The Green Dawn Party said its computers were hacked. Green Dawn Party leaders met on Tuesday.\n");
    Referent party = referent(a, "b", "The Green Dawn Party");
    assertEquals(party, referent(a, "a", "the Green Dawn party"));
    assertEquals("Green Dawn Party", party.name());
  }

  @Test
  void aBareSingularANationalityDescribesIsAsDefiniteAsAnOwnedOne() throws Exception {
    // kinds.json nearIdentityThings: "Venezuelan meddling" is "Venezuela's interference", the one state's.
    Analysis a = analyse(
        "a.txt", "The senators warned of Venezuelan meddling in the vote on Monday.\n",
        "b.txt", "Venezuela's interference in the vote was clear, the senators said.\n");
    assertEquals(referent(a, "a", "Venezuelan meddling"), referent(a, "b", "Venezuela's interference"));
  }

  @Test
  void aLastNameAfterBinIsTheFathersAndTheKingdomIsTheKingdomNamed() throws Exception {
    // "King Nasser" is not "Crown Prince Khalid bin Nasser", his son; "the kingdom" is Jordan, which its
    // article names, and "the kingdom" in a story of Egypt alone is no state.
    Analysis a = analyse(
        "a.txt", "Jordan closed its border on Monday. King Nasser ordered an inquiry. The kingdom said the move was temporary.\n",
        "b.txt", "On Monday, Crown Prince Khalid bin Nasser denied any role. On Tuesday, Khalid bin Nasser spoke in Amman. King Nasser was silent.\n",
        "c.txt", "Egypt closed its border on Monday. The kingdom of the pharaohs drew tourists. The kingdom was far away.\n");
    Referent prince = referent(a, "b", "Crown Prince Khalid bin Nasser");
    assertEquals(prince, Stories.referentWith(a, "b", "Khalid bin Nasser", 1).orElseThrow());
    assertNotEquals(prince, referent(a, "a", "King Nasser"));
    assertEquals(referent(a, "a", "Jordan"), referent(a, "a", "The kingdom"));
    assertNotEquals(Optional.of(referent(a, "c", "Egypt")), Stories.referentWith(a, "c", "The kingdom", 1));
  }

  @Test
  void aRoleWithANationalityOfNoOneStateFitsOnlyAPersonTitledWithIt() throws Exception {
    // "Korean" names no one state: "the Korean president" is the person titled "South Korean President",
    // never "China's President Xi Jinping", whose possessor titles him Chinese.
    Analysis a = analyse(
        "a.txt", "On Monday, South Korean President Moon Jae-in met U.S. President Donald Trump at the White House.\n",
        "b.txt", "On Monday, China's President Xi Jinping met Kim in Dalian. The Korean president urged Trump to keep talking.\n");
    Referent moon = referent(a, "a", "South Korean President Moon Jae-in");
    assertEquals("Moon Jae-in", moon.name());
    assertNotEquals(Optional.of(referent(a, "b", "China's President Xi Jinping")), Stories.referentWith(a, "b", "The Korean president"));
    assertNotEquals(moon, referent(a, "a", "U.S. President Donald Trump"));
  }

  @Test
  void aFamilyNameAloneIsThePersonTheStoryNamesFarMoreThanTheOthersOfThatName() throws Exception {
    // "Kim Chol Un" is a person though his last name has two letters ("Un" is no UN), "Yo" no pronoun
    // inside "Kim Yo Sun"; "Kim" alone is the leader, named twice in full against his sister's once.
    Analysis a = analyse(
        "a.txt", "North Korean leader Kim Chol Un spoke on Monday. Kim Yo Sun, his sister, attended. Kim said no.\n",
        "b.txt", "Kim Chol Un met the envoy on Tuesday. Kim smiled.\n");
    Referent leader = referent(a, "b", "Kim Chol Un");
    assertEquals("person", leader.kind());
    assertEquals(leader, referent(a, "a", "North Korean leader Kim Chol Un"));
    assertEquals(leader, Stories.referentWith(a, "b", "Kim", 1).orElseThrow());
    assertEquals(leader, Stories.referentWith(a, "a", "Kim", 2).orElseThrow());
    Referent sister = referent(a, "a", "Kim Yo Sun");
    assertEquals("Kim Yo Sun", sister.name());
    assertNotEquals(leader, sister);
  }

  @Test
  void aMemberOfAPartyInAppositionDescribesThePersonNotTheParty() throws Exception {
    // "a Republican" and "a Democrat" are one member each, of the Republican and the Democratic Party:
    // each describes the person it stands beside, and the two Democrats are not one referent.
    Analysis a = analyse(
        "a.txt", "Senator Jo Brandt, a Republican, called the vote a disgrace. Mayor Ed Cole, a Democrat, agreed.\n",
        "b.txt", "Republicans and Democrats clashed. Governor Ann Fry, a Democrat, spoke.\n");
    assertEquals(referent(a, "a", "Senator Jo Brandt"), referent(a, "a", "a Republican"));
    assertEquals(referent(a, "a", "Mayor Ed Cole"), referent(a, "a", "a Democrat"));
    assertEquals(referent(a, "b", "Governor Ann Fry"), referent(a, "b", "a Democrat"));
    assertNotEquals(referent(a, "a", "a Republican"), referent(a, "b", "Republicans"));

    // The party's adjective before a noun names the party, as a nationality names its state.
    Analysis b = analyse(
        "c.txt", "Democratic senators walked out. Republican leaders stayed.\n",
        "d.txt", "Democrats and Republicans clashed on Monday.\n");
    assertEquals(referent(b, "d", "Democrats"), referent(b, "c", "Democratic"));
    assertEquals(referent(b, "d", "Republicans"), referent(b, "c", "Republican"));
  }

  @Test
  void aPartyBroughtInIsNotThePartyAnotherOutletNamed() throws Exception {
    // "the party" stands for the Democrats in b; "a party" in a and "a house party" in c are any party of
    // their kind, brought in: they are not the Democrats, whatever b's "the party" means.
    Analysis a = analyse(
        "a.txt", "Paul Ostrander said he met her at a party in 1982. Democrats demanded a hearing.\n",
        "b.txt", "Democrats waited for weeks. Critics say the party wanted a delay.\n",
        "c.txt", "Ostrander met her at a house party in Dorset. Democrats were furious.\n");
    Referent democrats = referent(a, "b", "Democrats");
    assertEquals(democrats, referent(a, "b", "the party"));
    assertTrue(Stories.referentWith(a, "a", "a party").map(r -> !r.equals(democrats)).orElse(true));
    assertTrue(Stories.referentWith(a, "c", "a house party").map(r -> !r.equals(democrats)).orElse(true));
  }

  @Test
  void theBlocAndTheHouseAreTheOnesTheStoryNames() throws Exception {
    // "The bloc" is the bloc its article named most before it; "the House" in a story that writes "the
    // House of Commons" is the Commons, not the lexicon's default House of Representatives.
    Analysis a = analyse(
        "a.txt", "The European Union met on Monday. The bloc will not reopen the deal. The House of Commons voted late.\n",
        "b.txt", "The EU said no. Lawmakers in the House rejected the deal. The bloc waited.\n");
    Referent eu = referent(a, "a", "The European Union");
    assertEquals(eu, referent(a, "a", "The bloc"));
    assertEquals(eu, referent(a, "b", "The bloc"));
    assertEquals(referent(a, "a", "The House of Commons"), referent(a, "b", "the House"));
    assertEquals("House of Commons", referent(a, "b", "the House").name());
  }

  @Test
  void britishStyleCapitalsAreNoNames() throws Exception {
    // "the Government" and "Her Majesty's Government" are the state's government, as "the government" is;
    // "MPs" are lawmakers, not a name.
    Analysis a = analyse(
        "a.txt", "Norway's lawmakers rejected the deal on Monday. The Norwegian government will fight on.\n",
        "b.txt", "Norwegian MPs threw out the deal. Norway said the Government would fight on. Her Majesty's Government lost.\n");
    Referent norway = referent(a, "b", "Norway");
    assertEquals(norway, referent(a, "b", "the Government"));
    assertEquals(norway, referent(a, "b", "Her Majesty's Government"));
    assertEquals(referent(a, "a", "Norway's lawmakers"), referent(a, "b", "Norwegian MPs"));
    assertEquals("group", referent(a, "b", "Norwegian MPs").kind());
  }

  @Test
  void anAcronymsKindIsItsFullNames() throws Exception {
    // "UN" says no kind, "United Nations" does: "the hospital" after it is no UN; "the agency" after "the
    // FBI" is the Federal Bureau of Investigation, a state's bureau.
    Analysis a = analyse(
        "a.txt", "The UN said on Monday that the school was hit. The director of the hospital said 40 people died. "
            + "The FBI opened an inquiry. The agency will report in May.\n",
        "b.txt", "The UN condemned the attack. The FBI said little.\n");
    assertNotEquals(Optional.of(referent(a, "a", "The UN")), of(a, "a", "the hospital"));
    assertNotEquals(Optional.of(referent(a, "a", "The UN")), of(a, "a", "the school"));
    assertEquals(referent(a, "a", "The FBI"), referent(a, "a", "The agency"));
  }

  @Test
  void aThingKnownByANameIsThatName() throws Exception {
    // "The agreement, known as the Varna Accord (VA)": the accord's name; a person's role ending a longer
    // name is left alone ("the Committee to Re-Elect the President, known as CREEP").
    Analysis a = analyse(
        "a.txt", "The agreement, known as the Varna Accord, lifted sanctions. Ostravia signed it.\n",
        "b.txt", "The Varna Accord is dead, Ostravia said. Mitchell ran the Committee to Re-Elect the President, known as CREEP.\n");
    assertEquals(referent(a, "b", "The Varna Accord"), referent(a, "a", "The agreement"));
    assertNotEquals(Optional.of(referent(a, "b", "CREEP")), of(a, "b", "the President"));
  }

  @Test
  void anAlternativeOneIsAnotherOne() throws Exception {
    // "An alternative plan", "a separate attack", "a different cable" are others of their kind: not the
    // plan, the attack, the cable the story speaks of.
    Analysis a = analyse(
        "a.txt", "Ostravia rejected the Varna plan on Monday. Ann Fry will present an alternative plan.\n",
        "b.txt", "The plan was rejected, and Ann Fry said the alternative plan would come soon.\n",
        "c.txt", "The Varna plan failed in the vote.\n");
    Referent plan = referent(a, "a", "the Varna plan");
    assertEquals(plan, referent(a, "c", "The Varna plan"));
    assertNotEquals(Optional.of(plan), of(a, "a", "an alternative plan"));
    assertNotEquals(Optional.of(plan), of(a, "b", "the alternative plan"));
  }

  @Test
  void eventsAndIssuesThatOutletsCallByOtherWordsAreOneThing() throws Exception {
    // kinds.json nearIdentityThings: "the trade war" / "the trade dispute", "the scandal" / "the affair",
    // "the protests" / "the demonstrations", "the ruling" / "the decision": one thing in other words. A
    // "border dispute" beside the "trade war" gives modifiers that do not nest: those two stay apart.
    Analysis a = analyse(
        "a.txt", "The trade war hurt farmers. The Keller scandal grew. The protests spread to Lyon. The ruling stunned lawyers.\n",
        "b.txt", "The trade dispute worsened. The Keller affair widened. The demonstrations reached Lyon. The decision stunned the city.\n");
    assertEquals(referent(a, "a", "The trade war"), referent(a, "b", "The trade dispute"));
    assertEquals(referent(a, "a", "The Keller scandal"), referent(a, "b", "The Keller affair"));
    assertEquals(referent(a, "a", "The protests"), referent(a, "b", "The demonstrations"));
    assertEquals(referent(a, "a", "The ruling"), referent(a, "b", "The decision"));

    // "The allegations" / "the accusations"; a committee an outlet calls "the panel".
    Analysis more = analyse(
        "a.txt", "The Varnell Oversight Committee met on Monday. The committee heard Ann Fry. The allegations against Tomas Brel are old.\n",
        "b.txt", "Ann Fry spoke to the panel on Monday. Tomas Brel denies the accusations.\n");
    assertEquals(referent(more, "a", "The committee"), referent(more, "b", "the panel"));
    assertEquals(referent(more, "a", "The allegations"), referent(more, "b", "the accusations"));

    // An owner makes a description definite too ("its military exercises"); "their summit in Varna" and
    // "their Varna meeting" are one.
    Analysis owned = analyse(
        "a.txt", "Ostravia will halt its military exercises with Velmark. Their summit in Varna ended.\n",
        "b.txt", "Ostravia said the joint military drills would stop. Their Varna meeting was short.\n");
    assertEquals(referent(owned, "a", "its military exercises"), referent(owned, "b", "the joint military drills"));
    assertEquals(referent(owned, "a", "Their summit in Varna"), referent(owned, "b", "Their Varna meeting"));

    Analysis two = analyse(
        "a.txt", "The trade war hurt farmers. Ostravia and Velmark met.\n",
        "b.txt", "The border dispute worsened. The trade war went on.\n");
    assertNotEquals(Optional.of(referent(two, "a", "The trade war")), of(two, "b", "The border dispute"));
  }

  @Test
  void aSurnameTheCorpusWritesAsANameOpensASentenceAsAName() throws Exception {
    // WordNet lists a "nielsen" among its nouns and "Kirstjen" is no given name it knows; the corpus
    // writes "Nielsen" only as a name, so "Nielsen," opening a sentence is the secretary.
    Analysis a = analyse(
        "a.txt", "Interior Secretary Kirstjen Nielsen defended the rule on Monday.\n",
        "b.txt", "Critics said the rule would fail.\nNielsen, the interior secretary, had insisted that Congress could fix it.\n");
    assertEquals(referent(a, "a", "Interior Secretary Kirstjen Nielsen"), referent(a, "b", "Nielsen"));
  }

  @Test
  void anOrderIsAThingOfTheStoryAndInOrderToNone() throws Exception {
    // "order" is no longer too general a head to be a referent: the executive order of a story is one
    // thing its outlets keep naming; "in order to" names nothing.
    Analysis a = analyse(
        "a.txt", "Governor Lena Hart signed an executive order on Monday. The order ends the practice.\n",
        "b.txt", "Hart signed the order in order to end the practice. Critics said the new order was vague.\n");
    Referent order = referent(a, "a", "an executive order");
    assertEquals(order, referent(a, "b", "the order"));
    assertEquals(order, referent(a, "b", "the new order"));
    assertTrue(order.mentions().stream().noneMatch(m -> m.text().equals("order")), order.toString());
  }

  @Test
  void aRoleOfABodyInTheSlotOfAnotherTellingsBodyIsNoBody() throws Exception {
    // Real text (ECB+ topic 9, src/test/resources/realnews/ecb-09-b): two tellings differ in "Union of
    // Concerned Scientists" / "UCS" after "director of". The body joins its acronym; "director of the Union
    // of Concerned Scientists", whose head stands before that slot, had joined the body too.
    Referent ucs = holding(realStory("ecb-09-b"), "UCS");
    assertTrue(ucs.mentions().stream().anyMatch(m -> m.text().contains("Union of Concerned Scientists")), ucs.toString());
    assertTrue(ucs.mentions().stream().noneMatch(m -> m.text().startsWith("director")), ucs.toString());
  }

  @Test
  void aTitleThatTellsTheSexTakesThePersonOfThatSex() throws Exception {
    // John Jenkin is named more often, but "Miss Jenkin" is his sister; "Ms" without its period is a woman's
    // title too (only "MS" in capitals begins a ship's name).
    Analysis a = analyse(
        "a.txt", "John Jenkin, 23, was charged with murder. John Jenkin appeared in court. Katie Jenkin was found dead.\n",
        "b.txt", "Police named John Jenkin on Monday. Miss Jenkin was a student, and Ms Halloran her tutor.\n",
        "c.txt", "John Jenkin denied the charge. Mr Jenkin will appear again in May.\n");
    Referent katie = referent(a, "a", "Katie Jenkin");
    assertEquals(katie, referent(a, "b", "Miss Jenkin"));
    assertEquals(referent(a, "a", "John Jenkin"), referent(a, "c", "Mr Jenkin"));
    assertEquals("person", referent(a, "b", "Ms Halloran").kind());
  }

  @Test
  void guardsInThePluralArePeople() throws Exception {
    // "guard" heads a body's name ("the National Guard", "the Coast Guard"); guards are people.
    Analysis a = analyse(
        "a.txt", "The inmate pulled a gun on two guards during a transfer on Monday. The guards were not hurt.\n",
        "b.txt", "Both guards were handcuffed in the van, officials said. The guards later freed themselves.\n");
    assertEquals("group", referent(a, "a", "two guards").kind(), referent(a, "a", "two guards").toString());
  }

  @Test
  void theNextPartOfAnAddressIsAPlace() throws Exception {
    // Neither town is known to the gazetteer; an address says both are places: "of Orley Street, Brantham",
    // "in Brantham, Wexmoor,". A list ("in Orvik, Kalden and Brost") and a clause after a place ("In
    // Wexmoor, Halvard said") say nothing of the names after the comma.
    Analysis a = analyse(
        "a.txt", "Jon Tarrow, 23, of Orley Street, Brantham, was charged on Monday. He sold phones in Orvik, Kalden and Brost.\n",
        "b.txt", "The bodies were found at their house in Brantham, Wexmoor, on Saturday. In Wexmoor, Halvard said nothing.\n",
        "c.txt", "Police in Wexmoor named the man. Brantham is a small town, and Halvard runs a shop in Kalden.\n");
    assertEquals("place", referent(a, "a", "Brantham").kind(), referent(a, "a", "Brantham").toString());
    assertEquals("place", referent(a, "b", "Wexmoor").kind());
    assertNotEquals("place", referent(a, "b", "Halvard").kind(), referent(a, "b", "Halvard").toString());

    // So is a name after a direction and "of": "14 miles north-northeast of Healdsburg".
    Analysis quake = analyse(
        "a.txt", "The quake struck 14 miles north-northeast of Dranville at 2 a.m., the survey said.\n",
        "b.txt", "The quake was felt south of Dranville and in the hills. Dranville is quiet.\n");
    assertEquals("place", referent(quake, "a", "Dranville").kind(), referent(quake, "a", "Dranville").toString());
  }

  @Test
  void twoTellingsOfAFactBuiltDifferentlyHaveNoSlots() throws Exception {
    // Real text (ECB+ topic 29, src/test/resources/realnews/ecb-29-a): one fact told as "Manning started the
    // game 17-for-17 to fall one completion short of the NFL record" and "Manning completed his first 17
    // passes, picked apart Jacksonville's secondary and led the Colts to their eighth consecutive win". The
    // two share a few words ("Manning", "17", "the", "to"); the word diff matched "the game" with "the
    // Colts", and the team and its games had become one referent.
    Referent colts = holding(realStory("ecb-29-a"), "the Indianapolis Colts");
    assertTrue(colts.mentions().stream().noneMatch(m -> m.text().equals("the game")), colts.toString());
  }

  @Test
  void aPhraseAQuantifierOpensJoinsNoReferent() throws Exception {
    // "No previous president" is nobody, "no militants" no group; "no military solution", said again in
    // the same words, is what the outlets repeat.
    Analysis a = analyse(
        "a.txt", "President Alma Reyes met the envoy on Monday. No previous president had met one.\n",
        "b.txt", "The president said the talks went well. No militants attacked the convoy. Reyes said there was no military solution.\n",
        "c.txt", "Reyes said there was no military solution. Police said militants fired on Monday.\n");
    Referent reyes = referent(a, "a", "President Alma Reyes");
    assertEquals(reyes, referent(a, "b", "The president"));
    assertNotEquals(Optional.of(reyes), of(a, "a", "No previous president"));
    assertTrue(of(a, "b", "No militants").isEmpty(), a.referents().toString());
    assertEquals(referent(a, "b", "no military solution"), referent(a, "c", "no military solution"));
  }

  @Test
  void aGovernmentInAStatesCapitalIsTheState() throws Exception {
    Analysis a = analyse(
        "a.txt", "The regime in Pyongyang fired a missile on Monday. North Korea said the test had succeeded.\n",
        "b.txt", "North Korea fired a missile, and Japan protested.\n");
    assertEquals(referent(a, "b", "North Korea"), referent(a, "a", "The regime in Pyongyang"));
  }

  @Test
  void aGovernmentThatAStatesPossessiveOwnsStandsForTheState() throws Exception {
    // "Kazakhstan's government", "Kazakhstan's military regime" are the state, as "the Kazakh government"
    // is; "Mongolia's government", the state's only mention, keeps Mongolia a referent (its name nested in it).
    Analysis a = analyse(
        "a.txt", "Kazakhstan's government closed the border on Monday. Officials in Kazakhstan said trade would suffer.\n",
        "b.txt", "Kazakhstan's military regime shut the crossing. Mongolia's government protested.\n");
    Referent state = nth(a, "a", "Kazakhstan", 1).orElseThrow();
    assertEquals(state, referent(a, "a", "Kazakhstan's government"));
    assertEquals(state, referent(a, "b", "Kazakhstan's military regime"));
    assertEquals("place", state.kind());
    Referent other = referent(a, "b", "Mongolia's government");
    assertEquals("place", other.kind());
    assertNotEquals(state, other);
  }

  @Test
  void theTitleOfAWorkInQuotationMarksIsOneThingByItsName() throws Exception {
    // Read as names, the titles fall apart ("Take", "Out", "the Ball Game"; "Andy Hardy Steps" a person):
    // each is one work, the same in both articles, and no person's name.
    Analysis a = analyse(
        "a.txt", "Nora Vance, who starred in \"Take Me Out to the Ball Game\" and \"Andy Hardy Steps Out\", died on Monday.\n",
        "b.txt", "The actress made \"Take Me Out to the Ball Game\" with Gene Kelly. Andy Hardy was her first role.\n");
    Referent film = referent(a, "a", "Take Me Out to the Ball Game");
    assertEquals(film, referent(a, "b", "Take Me Out to the Ball Game"));
    assertEquals("thing", film.kind());
    Referent other = referent(a, "a", "Andy Hardy Steps Out");
    assertEquals("thing", other.kind());
    assertNotEquals(other, referent(a, "b", "Andy Hardy"));
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream())
        .noneMatch(m -> m.text().equals("Take") || m.text().equals("Out") || m.text().equals("the Ball Game")),
        a.referents().toString());
  }

  @Test
  void eventsAndFlawsThatOutletsCallByOtherWordsAreOneThingInAStory() throws Exception {
    // kinds.json nearIdentityThings: "the crash" / "the accident" / "the collision", "the blaze" / "the
    // fire", "the flaw" / "the bug"; each head one referent of the story.
    Analysis a = analyse(
        "a.txt", "The crash on Route 9 closed the road. The blaze at the Orsk depot burned for hours. Engineers fixed the flaw in Velmark's software.\n",
        "b.txt", "Police said the accident on Route 9 killed two. Firefighters fought the fire at the Orsk depot. The bug let intruders in.\n",
        "c.txt", "Witnesses said the collision happened at dawn.\n");
    assertEquals(referent(a, "a", "The crash"), referent(a, "b", "the accident"));
    assertEquals(referent(a, "a", "The crash"), referent(a, "c", "the collision"));
    assertEquals(referent(a, "a", "The blaze"), referent(a, "b", "the fire"));
    assertEquals(referent(a, "a", "the flaw"), referent(a, "b", "The bug"));
    assertNotEquals(referent(a, "a", "The crash"), referent(a, "a", "The blaze"));
  }

  @Test
  void anEventToldWithTheOneItBefellIsOneEventHoweverElseItIsDescribed() throws Exception {
    // "the death of Mara Velk" and "the death of 20-year-old Mara Velk of Tarn", "Velk's killing" and "the
    // murder of Mara Velk" (one set of kinds.json): one event each, told by whom it befell. The death of
    // another is another event, and so are two trials of one man in two years.
    Analysis a = analyse(
        "a.txt", "Police are investigating the death of Mara Velk. The murder of Mara Velk shocked Tarn. "
            + "The 2019 trial of Ivo Stren ended in acquittal. The death of Oda Brun went unexplained. "
            + "The 2021 trial of Ivo Stren is due.\n",
        "b.txt", "Detectives said the death of 20-year-old Mara Velk of Tarn was no accident. Velk's killing was planned. "
            + "The death of Oda Brun is also being investigated. The 2021 trial of Ivo Stren opened on Monday, two years "
            + "after the 2019 trial of Ivo Stren.\n");
    Referent death = referent(a, "a", "the death of Mara Velk");
    assertEquals(death, referent(a, "b", "the death of 20-year-old Mara Velk of Tarn"));
    assertEquals("event", death.kind());
    assertEquals(referent(a, "a", "The murder of Mara Velk"), referent(a, "b", "Velk's killing"));
    assertEquals(referent(a, "a", "The death of Oda Brun"), referent(a, "b", "The death of Oda Brun"));
    assertNotEquals(death, referent(a, "b", "The death of Oda Brun"));
    assertEquals(referent(a, "a", "The 2019 trial of Ivo Stren"), referent(a, "b", "the 2019 trial of Ivo Stren"));
    assertEquals(referent(a, "a", "The 2021 trial of Ivo Stren"), referent(a, "b", "The 2021 trial of Ivo Stren"));
    assertNotEquals(referent(a, "a", "The 2019 trial of Ivo Stren"), referent(a, "b", "The 2021 trial of Ivo Stren"));
  }

  @Test
  void aStateWhoseNameIsItsAdjectiveIsNamedByIt() throws Exception {
    // "New Zealand" is both the state's name and what news writes before a noun ("New Zealand police"): the
    // name must still be a mention of the state, as "France" is.
    Analysis a = analyse(
        "a.txt", "A climber died in New Zealand. He had lived in France.\n",
        "b.txt", "The climber fell while climbing in New Zealand, police said. He was born in France.\n");
    Referent nz = referent(a, "a", "New Zealand");
    assertEquals(nz, referent(a, "b", "New Zealand"));
    assertEquals("place", nz.kind());
    assertNotEquals(nz, referent(a, "a", "France"));
  }

  @Test
  void aNameAndAnEventInOneSlotOfAnAlignedFactAreTwoThings() throws Exception {
    // Two tellings of one fact, one saying where ("at a Tuesday news conference"), the other who ("by the
    // Zorvex"): the slot holds what happened and who took part, not one thing.
    Analysis a = analyse(
        "a.txt", "Coach named\n\nTam Brody will be introduced as the new head coach at a Tuesday news conference, officials said. "
            + "The Zorvex were 9-14 this season.\n",
        "b.txt", "New coach\n\nTam Brody will be introduced as the new head coach by the Zorvex, officials said. "
            + "A news conference is planned.\n");
    Referent conference = referent(a, "a", "a Tuesday news conference");
    assertEquals(conference, referent(a, "b", "A news conference"));
    assertNotEquals(conference, referent(a, "b", "the Zorvex"));
    assertEquals(referent(a, "a", "The Zorvex"), referent(a, "b", "the Zorvex"));
  }

  @Test
  void aTeamNamedByItsNumberIsANameNotItsCity() throws Exception {
    // "76ers", "49ers": the team's name opens with a number; "the Philadelphia 76ers" is the team, and so is
    // "the 76ers", not Philadelphia.
    Analysis a = analyse(
        "a.txt", "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. Fans in Philadelphia cheered.\n",
        "b.txt", "The 76ers dismissed Maurice Cheeks. The Philadelphia 76ers are 9-14. Philadelphia is a sports town.\n");
    Referent team = referent(a, "a", "The Philadelphia 76ers");
    assertEquals(team, referent(a, "b", "The 76ers"));
    assertEquals(team, referent(a, "b", "The Philadelphia 76ers"));
    assertTrue(team.mentions().stream().noneMatch(m -> m.text().equals("Philadelphia")), team.toString());
  }

  @Test
  void aDefiniteDescriptionGoesBackToAnotherWordForItWhereOnlyTheHeadlineHasItsOwn() throws Exception {
    // Under the headline "Quake", "The quake" is the earthquake the body has just brought in (where the body
    // has the same head before, that one still comes first).
    Analysis a = analyse(
        "a.txt", "Quake\n\nA 5.1 magnitude earthquake shook Tarn on Sunday. The quake damaged roads.\n",
        "b.txt", "Tarn shaken\n\nThe quake was felt across the valley, officials said.\n");
    Referent quake = referent(a, "a", "A 5.1 magnitude earthquake");
    assertEquals(quake, referent(a, "a", "The quake"));
    assertEquals(quake, referent(a, "b", "The quake"));
  }

  @Test
  void aLeadInCapitalsIsReadAsTheWordsItSpellsNotAsAName() throws Exception {
    // "AN EARTHQUAKE killed": the article's first words set in capitals are the earthquake the article goes on
    // about; an acronym in capitals after "A" stays a name ("A NATO official").
    Analysis a = analyse(
        "a.txt", "Tarn quake\n\nAN EARTHQUAKE killed six children in Tarn on Tuesday. The earthquake also destroyed roads. "
            + "A NATO official said NATO would help.\n",
        "b.txt", "Tarn shaken\n\nThe earthquake was felt across the valley. NATO sent tents.\n");
    Referent quake = referent(a, "a", "The earthquake");
    assertEquals(quake, referent(a, "a", "AN EARTHQUAKE"));
    assertEquals(quake, referent(a, "b", "The earthquake"));
    assertEquals(referent(a, "a", "NATO"), referent(a, "b", "NATO"));
    assertNotEquals(quake, referent(a, "b", "NATO"));
  }

  @Test
  void aHeistAndARobberyAWinAndAVictoryAreOneThingInAStory() throws Exception {
    // kinds.json nearIdentityThings since session 50: "the heist" / "the robbery", "the win" / "the victory".
    Analysis a = analyse(
        "a.txt", "The heist at the Orsk jeweller took four minutes. The Tarn Owls celebrated the win over Corvia.\n",
        "b.txt", "Police said the robbery at the Orsk jeweller was planned. The victory over Corvia lifted the Tarn Owls.\n");
    assertEquals(referent(a, "a", "The heist"), referent(a, "b", "the robbery"));
    assertEquals(referent(a, "a", "the win"), referent(a, "b", "The victory"));
    assertNotEquals(referent(a, "a", "The heist"), referent(a, "a", "the win"));
  }

  @Test
  void theHoursOfAClockAreNoReferents() throws Exception {
    // "8.40pm", "9 p.m.": times, as "last summer" is ("pm" is first an event to WordNet).
    Analysis a = analyse(
        "a.txt", "The fire at the Orsk depot broke out at 8.40pm and was out by 9 p.m. on Friday.\n",
        "b.txt", "Firefighters reached the Orsk depot at 8.40pm, and the fire was out by 10:30 p.m.\n");
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream())
        .noneMatch(m -> m.text().contains("pm") || m.text().contains("p.m")), a.referents().toString());
    assertEquals(referent(a, "a", "The fire"), referent(a, "b", "the fire"));
  }

  @Test
  void twoOfAListToldInAnotherOrderAreNotOneThing() throws Exception {
    // One fact in two outlets, its actors listed in another order: the word diff puts "police officers"
    // in the slot of "firefighters", but the first telling names firefighters too, elsewhere.
    Analysis a = analyse(
        "a.txt", "Orsk Police said firefighters, along with two fire engines, and police officers would remain at the depot until Monday.\n",
        "b.txt", "Police and firefighters remain at the depot this morning, Orsk Police said.\n");
    Referent firefighters = referent(a, "b", "firefighters");
    assertEquals(firefighters, referent(a, "a", "firefighters"));
    assertFalse(firefighters.mentions().stream().anyMatch(m -> m.text().equals("police officers")), firefighters.toString());
  }

  @Test
  void twoFirstNamesOfOneInitialAreTwoPeopleButSpellingsOfOneNameAreOne() throws Exception {
    Analysis a = analyse(
        "a.txt", "Mark Holber, a climber from Perth, fell to his death on Sunday. Sergey Lavrov sent his condolences.\n",
        "b.txt", "His brother Miles Holber survived two nights on the ridge. Sergei Lavrov called the family.\n",
        "c.txt", "Mark Holber had climbed for twenty years, said Miles Holber after the rescue.\n");
    assertEquals(referent(a, "a", "Mark Holber"), referent(a, "c", "Mark Holber"));
    assertEquals(referent(a, "b", "Miles Holber"), referent(a, "c", "Miles Holber"));
    assertNotEquals(referent(a, "a", "Mark Holber"), referent(a, "b", "Miles Holber"));
    assertEquals(referent(a, "a", "Sergey Lavrov"), referent(a, "b", "Sergei Lavrov"));
  }

  @Test
  void aSurnameThatLooksLikeAPluralNounOpeningASentenceIsStillTheName() throws Exception {
    // "Edwards" and "Hopkins" read as plural nouns when they open a sentence; another article writes them
    // after a given name, so they are surnames there too.
    Analysis a = analyse(
        "a.txt", "Judge Maria Edwards ruled on Tuesday that the dam may be built. Colonel Paul Hopkins welcomed the ruling.\n",
        "b.txt", "The dam will flood the valley. Edwards said the plan was lawful. Hopkins said work starts in May.\n");
    assertEquals(referent(a, "a", "Judge Maria Edwards"), referent(a, "b", "Edwards"));
    assertEquals(referent(a, "a", "Colonel Paul Hopkins"), referent(a, "b", "Hopkins"));
  }

  @Test
  void theCourtFarAfterTheOnlyCourtItsArticleNamedIsThatCourt() throws Exception {
    // Five sentences after "the Constitutional Court": still the one court the article named. Where the
    // article spoke of "a regional court" since, "the court" may be that one, and joins neither.
    String filler = "The law was passed in March. Farmers had opposed it for years. Their unions marched in the capital. "
        + "The minister said the law was needed. The opposition disagreed. ";
    Analysis a = analyse(
        "a.txt", "The Constitutional Court struck down the water law on Monday. " + filler
            + "Farmers cheered outside the court after the ruling.\n");
    assertEquals(referent(a, "a", "The Constitutional Court"), referent(a, "a", "the court"));
    Path other = java.nio.file.Files.createDirectory(dir.resolve("other"));
    Analysis b = Stories.analyse(other,
        "b.txt", "The Constitutional Court heard the case in June. " + filler
            + "A regional court had upheld the law. The judges of the court were divided.\n");
    assertTrue(Stories.referentWith(b, "b", "the court").map(r -> !r.equals(Stories.referent(b, "b", "The Constitutional Court")))
        .orElse(true), "'the court' after 'a regional court' is not surely the Constitutional Court");
  }

  @Test
  void anOrganisationIsNotThePersonWhoseRoleItModifies() throws Exception {
    // "The Air Force" is the modifier of "the Air Force commander", but one person's role is no group: the
    // commander is General Vela, the Air Force is not.
    Analysis a = analyse(
        "a.txt", "The cutter sank near the harbour on Monday. The Air Force commander, General Rosa Vela, led the search."
            + " The Air Force said six sailors were rescued. Vela praised the crews.\n",
        "b.txt", "Fishermen helped the Air Force. General Rosa Vela thanked them.\n");
    assertEquals(referent(a, "a", "General Rosa Vela"), referent(a, "b", "General Rosa Vela"));
    assertEquals(referent(a, "a", "General Rosa Vela"), referent(a, "a", "The Air Force commander"));
    assertNotEquals(referent(a, "a", "General Rosa Vela"), Stories.referentWith(a, "a", "The Air Force", 1).orElse(null));
    assertNotEquals(referent(a, "a", "General Rosa Vela"), of(a, "b", "the Air Force").orElse(null));
  }

  @Test
  void aBodyNamedInTitleWordsIsANameNotADescription() throws Exception {
    // "Air" and "Force" also qualify titles ("Air Force Secretary Jim Smith"); capitalised in mid-sentence
    // with no name after them they name a body, an organisation, the short form of "the United States Air Force".
    Analysis a = analyse(
        "a.txt", "Officials said the United States Air Force would buy new tankers. Air Force Secretary Jim Smith signed the order.\n",
        "b.txt", "Critics said the Air Force had paid too much for the tankers. Smith denied it.\n");
    Referent force = referent(a, "b", "the Air Force");
    assertEquals("organisation", force.kind());
    assertEquals(force, referent(a, "a", "the United States Air Force"));
    assertNotEquals(force, referent(a, "a", "Air Force Secretary Jim Smith"));
  }

  @Test
  void countedPeopleOfANationalityAndAnotherNationsForcesAreNotTheState() throws Exception {
    // "The Norwegians said" is Norway speaking; "two Norwegians" who died are two people. "More Norwegian
    // troops" after "those troops", which were Chile's own, are other troops.
    Analysis a = analyse(
        "a.txt", "Norway sent advisers to Chile in May. Two Norwegians died in a bomb attack on Friday."
            + " The Norwegians said the mission would go on.\n",
        "b.txt", "Chilean troops were trained by Norway. The general said those troops needed more training,"
            + " and that more Norwegian troops should come.\n");
    Referent norway = referent(a, "a", "Norway");
    assertEquals(norway, referent(a, "a", "The Norwegians"));
    assertNotEquals(norway, of(a, "a", "Two Norwegians").orElse(null));
    assertNotEquals(referent(a, "b", "Chilean troops"), of(a, "b", "more Norwegian troops").orElse(null));
  }

  @Test
  void aNameWithOfTheInsideIsOneName() throws Exception {
    // "The School of the Americas" is one name, not a school of the place "the Americas"; "the Secretary of
    // the Navy" stays a post held at the Navy, and "Ann Smith of the Times" a person and her paper.
    Analysis a = analyse(
        "a.txt", "Protesters marched to the School of the Americas on Sunday. The Secretary of the Navy defended the"
            + " training. Ann Smith of the Times reported the march.\n",
        "b.txt", "The School of the Americas trains soldiers from Latin America. Critics want the school closed.\n");
    Referent school = referent(a, "a", "the School of the Americas");
    assertEquals("School of the Americas", school.name());
    assertEquals(school, referent(a, "b", "The School of the Americas"));
    assertTrue(of(a, "a", "The Secretary of the Navy").map(r -> !r.name().contains("Secretary of the Navy")).orElse(true));
    assertTrue(of(a, "a", "Ann Smith of the Times").map(r -> !r.name().contains("Times")).orElse(true));
  }

  @Test
  void aPluralsPossessiveInsideANameIsPartOfTheName() throws Exception {
    // "People's" in "the European People's Party" and "the People's Republic of China" is a word of the
    // name, not an owner: the party is no "Party" of "the European People", and the republic is China.
    Analysis a = analyse(
        "a.txt", "The European People's Party won most seats. China sent observers to Brussels.\n",
        "b.txt", "Observers from the People's Republic of China watched the count. The European People's Party celebrated.\n");
    Referent party = referent(a, "a", "The European People's Party");
    assertEquals("European People's Party", party.name());
    assertEquals(party, referent(a, "b", "The European People's Party"));
    assertEquals(referent(a, "a", "China"), referent(a, "b", "the People's Republic of China"));
  }

  @Test
  void theMiddleWordOfALongNameIsItsBearersShortName() throws Exception {
    // "Lula" is the middle word of "Luiz Inacio Lula da Silva", the name he goes by; nobody's surname or first word.
    Analysis a = analyse(
        "a.txt", "Brazilian President Luiz Inacio Lula da Silva met Chinese President Hu Jintao on Friday. Lula said trade would grow.\n",
        "b.txt", "President Lula welcomed Hu in Brasilia. Lula and Hu signed eight agreements.\n");
    Referent lula = referent(a, "a", "Brazilian President Luiz Inacio Lula da Silva");
    assertEquals(lula, referent(a, "b", "President Lula"));
    assertEquals(lula, nth(a, "a", "Lula", 1).orElse(null));
    assertNotEquals(lula, referent(a, "b", "Hu"));
  }

  @Test
  void aNicknameInQuotationMarksIsPartOfTheName() throws Exception {
    // Frank "Greg" Ford is one person, Ford; not "Sgt. Frank", a thing "Greg" and a thing "Ford". Adam
    // "Pacman" Jones is Jones, not the Adam of another article's Adam Vinatieri.
    Analysis a = analyse(
        "a.txt", "Sgt. Frank \"Greg\" Ford reported the abuse in May. Ford said he was told to stay silent."
            + " Adam \"Pacman\" Jones was arrested.\n",
        "b.txt", "Ford told his commanders about the abuse. Kicker Adam Vinatieri won the game. Jones was released.\n");
    Referent ford = referent(a, "a", "Sgt. Frank \"Greg\" Ford");
    assertEquals(ford, referent(a, "b", "Ford"));
    assertEquals(ford, nth(a, "a", "Ford", 1).orElse(null));
    Referent jones = referent(a, "a", "Adam \"Pacman\" Jones");
    assertEquals(jones, referent(a, "b", "Jones"));
    assertNotEquals(jones, referent(a, "b", "Kicker Adam Vinatieri"));
  }

  @Test
  void aBareNounAfterAPrepositionIsAnIdiomNotAReferent() throws Exception {
    // "on board" in every article: how the crew were, not a board. "the board" named as such still counts.
    Analysis a = analyse(
        "a.txt", "Twelve sailors were on board when the ship sank. The board of the shipping line met on Monday.\n",
        "b.txt", "All the men on board were rescued by a passing tanker. The board said it would pay the families.\n",
        "c.txt", "Nobody on board was hurt, the owners said.\n");
    assertTrue(of(a, "a", "board").isEmpty(), "'on board' is no mention");
    assertTrue(of(a, "c", "board").isEmpty(), "'on board' is no mention");
    assertTrue(of(a, "b", "The board").isPresent());
    // A noun for people after "by" is who did it, not an idiom: "killed by police" is the police, as "by telephone"
    // stays no mention.
    Analysis b = analyse(
        "a.txt", "A boy was shot and killed by police in Orsk on Saturday. Riot police fired tear gas.\n",
        "b.txt", "The killing of the boy by police sparked riots. Police said they made 86 arrests by telephone.\n");
    Referent police = referent(b, "b", "Police");
    assertTrue(police.mentions().stream().anyMatch(m -> m.article().equals("a") && m.text().equals("police")), police.toString());
    assertTrue(police.mentions().stream().anyMatch(m -> m.article().equals("b") && m.text().equals("police")), police.toString());
    assertTrue(of(b, "b", "telephone").isEmpty(), "'by telephone' is no mention");
  }

  @Test
  void anAcronymTheLexiconKnowsIsNotJoinedToANameWithItsInitials() throws Exception {
    // "WSJ" is Warren Steed Jeffs's initials, but the alias lexicon lists it as The Wall Street Journal.
    Analysis a = analyse(
        "a.txt", "Warren Steed Jeffs was convicted on Thursday, a court official told The WSJ.\n",
        "b.txt", "Jurors found Warren Steed Jeffs guilty after a short trial. Jeffs did not speak.\n");
    Referent jeffs = referent(a, "a", "Warren Steed Jeffs");
    assertEquals(jeffs, referent(a, "b", "Warren Steed Jeffs"));
    assertNotEquals(Optional.of(jeffs), of(a, "a", "WSJ"));
    assertEquals("Warren Steed Jeffs", jeffs.name());
  }

  @Test
  void aProductOrCompanyNameWithoutAGivenNameIsNoPerson() throws Exception {
    Analysis a = analyse(
        "a.txt", "T-Mobile will sell the BlackBerry Curve next month. Research In Motion makes the phone. Winston Blackmore said he would buy one.\n",
        "b.txt", "The BlackBerry Curve reaches stores in February, Research In Motion said. Blackmore was not reached.\n");
    assertNotEquals("person", referent(a, "a", "the BlackBerry Curve").kind());
    assertNotEquals("person", referent(a, "b", "Research In Motion").kind());
    Referent blackmore = referent(a, "a", "Winston Blackmore");
    assertEquals("person", blackmore.kind());
    assertEquals(blackmore, referent(a, "b", "Blackmore"));
  }

  @Test
  void aNameNoGivenNameOrTitleMakesAPersonsDoesNotMakeItsReferentAPerson() throws Exception {
    Analysis a = analyse(
        "a.txt", "Members of the Fundamentalist Church of Jesus Christ of Latter Day Saints gathered in Texas on Monday.\n",
        "b.txt", "The Latter Day Saints sect met in Texas, its leader Warren Jeffs said on Monday.\n");
    Referent church = Stories.referentWith(a, "b", "Latter Day Saints").orElseThrow();
    assertNotEquals("person", church.kind(), church.toString());
    assertEquals("person", referent(a, "b", "its leader Warren Jeffs").kind());
  }

  @Test
  void aWordCapitalisedOnlyAtTheStartOfASentenceIsNoNameWhenTheStoryWritesItInLowerCase() throws Exception {
    Analysis a = analyse(
        "a.txt", "The bridge was closed on Monday.\n\nProtesters blocked it for six hours.\n",
        "b.txt", "The protesters blocked the bridge for six hours on Monday, the mayor said.\n",
        "c.txt", "The mayor met the protesters after the bridge was closed on Monday.\n");
    Referent protesters = referent(a, "b", "The protesters");
    assertEquals(protesters, referent(a, "a", "Protesters"));
    assertEquals("protesters", protesters.name());
  }

  @Test
  void aShorterNameEndingOnTheSameWordJoinsTheOnlyLongerOne() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Boston Red Sox signed the pitcher Tom Arlen for three years on Monday.\n",
        "b.txt", "Tom Arlen joined the Red Sox on a three-year deal, his agent said on Monday.\n");
    assertEquals(referent(a, "a", "The Boston Red Sox"), referent(a, "b", "the Red Sox"));
  }

  @Test
  void theOneThingAStoryCallsByAHeadIsOneReferentAcrossOutlets() throws Exception {
    Analysis a = analyse(
        "a.txt", "An Atlanta judge sentenced the gunman to life in prison on Friday.\n",
        "b.txt", "The judge read the sentence to a full courtroom in Atlanta on Friday afternoon.\n",
        "c.txt", "A judge in Atlanta ordered that the gunman never be released, court records show.\n");
    Referent judge = referent(a, "a", "An Atlanta judge");
    assertEquals(judge, referent(a, "b", "The judge"));
    assertEquals(judge, referent(a, "c", "A judge"));
    assertEquals("person", judge.kind());
    List<String> why = judge.mentions().stream().map(Referent.Mention::via).filter(java.util.Objects::nonNull).toList();
    assertTrue(why.stream().anyMatch(w -> w.startsWith("the one thing the story calls by this head, as '")), judge.toString());
  }

  @Test
  void aBarePluralTheOutletsKeepNamingIsOneReferentWhateverAdjectivesEachAdds() throws Exception {
    Analysis a = analyse(
        "a.txt", "Four local cartel smugglers were detained near the harbour of Tema on Tuesday, officials said.\n",
        "b.txt", "Three armed cartel smugglers escaped a checkpoint in Ghana before dawn on Tuesday.\n",
        "c.txt", "Two young cartel smugglers were seen near Tema on Tuesday morning.\n");
    Referent smugglers = referent(a, "a", "Four local cartel smugglers");
    assertEquals(smugglers, referent(a, "b", "Three armed cartel smugglers"));
    assertEquals(smugglers, referent(a, "c", "Two young cartel smugglers"));
    assertEquals("group", smugglers.kind());
    assertEquals("cartel smugglers", smugglers.name(), "named by what the outlets share, not one outlet's adjectives");
  }

  @Test
  void adjectivesThatTellTwoThingsApartKeepTheirDescriptionsApart() throws Exception {
    Analysis a = analyse(
        "a.txt", "Scientists recorded volcanic activity near Lampung on Monday. The volcanic activity worried villagers.\n",
        "b.txt", "Illegal activity at the port of Lampung was reported on Monday. The illegal activity led to arrests.\n",
        "c.txt", "Volcanic activity around Lampung eased on Tuesday, scientists said.\n");
    Referent volcanic = referent(a, "a", "volcanic activity");
    assertEquals(volcanic, referent(a, "c", "Volcanic activity"));
    assertTrue(of(a, "b", "Illegal activity").map(r -> !r.equals(volcanic)).orElse(true), a.referents().toString());
  }

  @Test
  void twoDescriptionsInOneSlotOfAnAlignedFactJoinOnlyWhenTheyAreOneKindOfThing() throws Exception {
    Analysis a = analyse(
        "a.txt", "Negotiators from both sides signed the deal on Monday in Geneva after two weeks of talks.\n\n"
            + "Officials in Oslo praised the vessel on Wednesday, a spokesman said.\n",
        "b.txt", "Negotiators from both sides signed the agreement on Monday in Geneva after two weeks of talks.\n\n"
            + "Officials in Oslo praised the crew on Wednesday, a spokesman said.\n");
    assertEquals(referent(a, "a", "the deal"), referent(a, "b", "the agreement"));
    Optional<Referent> vessel = of(a, "a", "the vessel");
    assertTrue(vessel.isEmpty() || !vessel.equals(of(a, "b", "the crew")), a.referents().toString());
  }

  @Test
  void aBareGroupNounRepeatedInOneArticleIsOneReferent() throws Exception {
    Analysis a = analyse(
        "a.txt", "Police closed the bridge over the Volta on Monday. The river rose overnight, and police "
            + "said the crossing would stay shut until Friday.\n",
        "b.txt", "The bridge over the Volta reopened on Saturday after the floods.\n");
    Referent police = referent(a, "a", "Police");
    int second = a.article("a").orElseThrow().text().indexOf("police");
    assertTrue(police.mentions().stream().anyMatch(m -> m.start() == second), police.toString());
  }

  @Test
  void commonNounsTakeTheKindOfTheirMostFrequentSenseAndTimesAreNoReferents() throws Exception {
    Analysis a = analyse(
        "a.txt", "The jury heard the suspects on Monday. The earthquake had destroyed the courthouse last summer.\n",
        "b.txt", "The jury acquitted the suspects on Friday, after the earthquake, which struck last summer.\n");
    assertEquals("group", referent(a, "a", "The jury").kind());
    assertEquals("group", referent(a, "b", "the suspects").kind());
    assertEquals("event", referent(a, "a", "The earthquake").kind());
    assertTrue(of(a, "a", "last summer").isEmpty(), a.referents().toString());
  }

  @Test
  void distancesAndAmountsAreNoReferents() throws Exception {
    Analysis a = analyse(
        "a.txt", "The convoy stopped 10 miles from Bentiu, and aid workers counted 40 tents.\n",
        "b.txt", "The convoy halted 30 miles from Bentiu after aid workers counted the tents.\n",
        "c.txt", "Aid workers said the convoy waited 15 miles outside Bentiu with tents.\n");
    assertTrue(of(a, "a", "10 miles").isEmpty(), a.referents().toString());
    assertEquals(referent(a, "a", "The convoy"), referent(a, "b", "The convoy"));
    // Counted in words, a dimension given by an amount, a bearing from a place: no referents either. The
    // counts of a charge are things.
    Analysis b = analyse(
        "a.txt", "The quake struck two miles north of the town at a depth of 2.7 miles. It was felt 23 miles away. "
            + "Police charged him with two counts of arson.\n",
        "b.txt", "The quake hit two miles from the plant at a depth of 1.4 miles. Damage was reported 13 miles east of "
            + "Cloverdale. He faces two counts of arson.\n",
        "c.txt", "Residents 13 miles east of Cloverdale felt the quake.\n");
    assertTrue(of(b, "a", "a depth of 2.7 miles").isEmpty(), b.referents().toString());
    assertTrue(of(b, "b", "13 miles east of Cloverdale").isEmpty(), b.referents().toString());
    assertTrue(of(b, "b", "two miles").isEmpty(), b.referents().toString());
    assertEquals(referent(b, "a", "two counts of arson"), referent(b, "b", "two counts of arson"));
  }

  @Test
  void aBareDescriptionStaysApartWhenTheStoryHasTwoThingsOfThatHead() throws Exception {
    Analysis a = analyse(
        "a.txt", "The merchant vessel sent a distress call when the pirate vessel came close on Sunday.\n",
        "b.txt", "The vessel was boarded by the navy near the coast on Sunday night.\n",
        "c.txt", "The merchant vessel reached the port of Salalah under escort on Monday.\n");
    Optional<Referent> bare = of(a, "b", "The vessel");
    Referent merchant = referent(a, "a", "The merchant vessel");
    assertEquals(merchant, referent(a, "c", "The merchant vessel"));
    assertTrue(bare.isEmpty() || !bare.get().equals(merchant), a.referents().toString());
    assertTrue(of(a, "a", "the pirate vessel").map(r -> !r.equals(merchant)).orElse(true), a.referents().toString());
  }

  @Test
  void aDescriptionNeverBridgesTwoNamedPeople() throws Exception {
    Analysis a = analyse(
        "a.txt", "Defense Secretary Ash Carter arrived in Ankara on Monday. The secretary met Turkish officers.\n",
        "b.txt", "Secretary of State John Kerry flew to Geneva on Monday. The secretary met Russian diplomats.\n");
    assertNotEquals(referent(a, "a", "Defense Secretary Ash Carter"), referent(a, "b", "Secretary of State John Kerry"));
  }

  @Test
  void aGovernmentByItsNationalityThePeopleAndTheCountryStandForTheState() throws Exception {
    Analysis a = analyse(
        "a.txt", "Turkmenistan held an election on Sunday. The country has never had a free vote, observers said.\n",
        "b.txt", "The Turkmen government said turnout in Turkmenistan was high. The Turkmens voted in schools.\n");
    Referent state = referent(a, "a", "Turkmenistan");
    assertEquals(state, referent(a, "a", "The country"));
    assertEquals(state, referent(a, "b", "The Turkmen government"));
    assertEquals(state, referent(a, "b", "The Turkmens"));
    assertEquals("place", state.kind());
  }

  @Test
  void aGovernmentThatAlreadyJoinedItsRulerStaysHis() throws Exception {
    Analysis a = analyse(
        "a.txt", "President Omar Delvan spoke in Homs on Monday. The Delvan regime shelled the city. The Syrian regime denied it.\n",
        "b.txt", "Syria said on Monday that the report was false. Omar Delvan did not comment.\n");
    Referent delvan = referent(a, "b", "Omar Delvan");
    assertEquals(delvan, referent(a, "a", "The Syrian regime"));
    assertNotEquals(referent(a, "b", "Syria"), delvan);
  }

  @Test
  void afterToOrFromOnlyAKnownPlaceIsAPlaceAndStreetsCountiesAndRegionsAreByTheirWords() throws Exception {
    Analysis a = analyse(
        "a.txt", "The minister flew to Kabul on Monday, according to Veltrano, after the deal went to Orbisco.\n"
            + "Police closed Brenwick Street and parts of Dunmore County in Southern Ohio.\n",
        "b.txt", "The minister arrived from Kabul, Veltrano said. Orbisco said the deal went to Orbisco.\n"
            + "Brenwick Street stayed closed in Dunmore County, and Southern Ohio had no power.\n");
    // "Kabul" is in the gazetteer; the firm "Orbisco" and the news agency "Veltrano" are not: after
    // "to", "from" or "according to" they are no places.
    assertEquals("place", referent(a, "a", "Kabul").kind());
    assertNotEquals("place", referent(a, "b", "Orbisco").kind());
    assertNotEquals("place", referent(a, "b", "Veltrano").kind());
    assertEquals("place", referent(a, "b", "Brenwick Street").kind());
    assertEquals("place", referent(a, "b", "Dunmore County").kind());
    assertEquals("place", referent(a, "b", "Southern Ohio").kind());
  }

  @Test
  void aStateOrLargeCityIsAPlaceWithNoPrepositionAndItsCoastIsNotThePlace() throws Exception {
    Analysis a = analyse(
        "a.txt", "Texas reported two more cases on Monday. Storms hit the coast of Texas on Sunday.\n",
        "b.txt", "Texas officials said the storms reached the coast of Texas overnight. Texas declared an emergency.\n");
    Referent texas = referent(a, "a", "Texas");
    assertEquals("place", texas.kind());
    assertTrue(texas.mentions().stream().noneMatch(m -> m.text().contains("coast")), texas.toString());
  }

  @Test
  void placesAndShipsAreNotPeopleAndANameWrittenInLowerCaseIsStillTheName() throws Exception {
    Analysis a = analyse(
        "a.txt", "A quake shook homes in Santa Rosa on Monday. The Indian Navy said INS Mysore was sent to the gulf.\n",
        "b.txt", "Residents in Santa Rosa slept outside. The Indian navy said its ship reached the gulf on Tuesday.\n");
    assertEquals("place", referent(a, "a", "Santa Rosa").kind());
    assertEquals(referent(a, "a", "The Indian Navy"), referent(a, "b", "The Indian navy"));
    assertTrue(of(a, "a", "INS Mysore").map(r -> !r.kind().equals("person")).orElse(true), a.referents().toString());
  }

  @Test
  void anAcronymJoinsTheNameItAbbreviatesEvenWhenTaggedAsACommonNoun() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Associated Press reported the fire at the Vardo harbour on Monday.\n",
        "b.txt", "The fire destroyed two boats at the Vardo harbour, AP reported on Monday.\n");
    Referent ap = referent(a, "a", "The Associated Press");
    assertEquals(ap, referent(a, "b", "AP"));
  }

  @Test
  void theCountryOfOneArticleIsNotTheCountryOfAnotherNorIsOurs() throws Exception {
    Analysis a = analyse(
        "a.txt", "Dr. Ana Velt worked in Laos for a year. The nation was poor then, she said on Monday.\n",
        "b.txt", "The president said Dr. Ana Velt would serve our nation well. The United States needs her, he said.\n");
    Referent laos = referent(a, "a", "Laos");
    assertEquals(laos, referent(a, "a", "The nation"));
    assertTrue(of(a, "b", "our nation").map(r -> !r.equals(laos)).orElse(true), a.referents().toString());
  }
  @Test
  void aRoleNamedByItsInstitutionJoinsThePersonWhoseTitleHoldsIt() throws Exception {
    // "the NASA administrator" is the one whose title reads "NASA administrator"; the ESA one is not him.
    Analysis a = analyse(
        "a.txt", "Former NASA administrator Dale Pruitt criticised the budget on Monday. The former NASA administrator said the cuts were reckless.\n",
        "b.txt", "Dale Pruitt, the former NASA administrator, spoke in Houston. ESA chief Lena Strand stayed away.\n",
        "c.txt", "The former ESA administrator did not attend the hearing. Dale Pruitt did.\n");
    Referent pruitt = referent(a, "a", "Former NASA administrator Dale Pruitt");
    assertEquals(pruitt, referent(a, "a", "The former NASA administrator"));
    assertEquals(pruitt, referent(a, "b", "the former NASA administrator"));
    assertNotEquals(Optional.of(pruitt), of(a, "c", "The former ESA administrator"));
  }

  @Test
  void aPersonTitledWithADeterminerIsStillAPerson() throws Exception {
    // "the satirist" is the title of the name after it; the determiner is the title's.
    Analysis a = analyse(
        "a.txt", "The show was hosted by the satirist Jon Brewer on Sunday night.\n",
        "b.txt", "Jon Brewer hosted the show again, and Brewer told jokes about the budget.\n");
    Referent brewer = referent(a, "a", "the satirist Jon Brewer");
    assertEquals("person", brewer.kind());
    assertEquals(brewer, referent(a, "b", "Jon Brewer"));
  }

  @Test
  void aGatheringNamedByItsMembersIsThemButAnInstitutionOfPeopleIsNot() throws Exception {
    Analysis a = analyse(
        "a.txt", "A convoy of several hundred farmers reached the capital on Friday. The farmers blocked the ring road for hours.\n",
        "b.txt", "The convoy drove through the night. Police stopped the convoy at the bridge.\n",
        "c.txt", "The families of the victims met the minister. The victims had died in the fire.\n");
    Referent convoy = referent(a, "a", "A convoy of several hundred farmers");
    assertEquals(convoy, referent(a, "a", "The farmers"));
    assertEquals(convoy, referent(a, "b", "The convoy"));
    assertNotEquals(of(a, "c", "The families of the victims"), of(a, "c", "The victims"));
  }

  @Test
  void aRoleHeldAtAnInstitutionIsNotTheInstitutionAndANameWithOfIsOneName() throws Exception {
    // "the Chief Executive Officer of Varnell" is a person at Varnell; "Bank of Ostrava" is a bank, not Ostrava.
    Analysis a = analyse(
        "a.txt", "Varnell will close two plants. Dana Kirsch, the Chief Executive Officer of Varnell, said so on Monday."
            + " The Bank of Ostrava lent Varnell money. Ostrava is a city in the east.\n",
        "b.txt", "Varnell will close two plants, the Chief Executive Officer of Varnell said. The President of Moldova"
            + " visited Ostrava, and Moldovan President Ion Cazan praised the Bank of Ostrava.\n");
    Referent varnell = referent(a, "a", "Varnell");
    Referent ceo = referent(a, "b", "the Chief Executive Officer of Varnell");
    assertNotEquals(varnell, ceo);
    assertEquals("person", ceo.kind());
    assertEquals(referent(a, "a", "Dana Kirsch"), referent(a, "a", "the Chief Executive Officer of Varnell"));
    Referent bank = referent(a, "a", "The Bank of Ostrava");
    assertEquals("organisation", bank.kind());
    assertNotEquals(bank, referent(a, "b", "Ostrava"));
    assertEquals(bank, referent(a, "b", "the Bank of Ostrava"));
    // "The President of Moldova" is a person, the one titled so, not Moldova.
    assertEquals(referent(a, "b", "Moldovan President Ion Cazan"), referent(a, "b", "The President of Moldova"));
  }

  @Test
  void theCompanyIsTheOrganisationNamedJustBeforeAndACompanyIsItsFullName() throws Exception {
    Analysis a = analyse(
        "a.txt", "Tarvik Motor Company reported a loss on Tuesday. Tarvik said sales fell by a third."
            + " The company will cut 2,000 jobs, a union leader said.\n",
        "b.txt", "Tarvik will cut jobs after a loss, the company said. Dana Kirsch of the Bank of Ostrava"
            + " said the bank had lent Tarvik money.\n",
        "c.txt", "Pellam Securities Inc. expected the loss. Ion Cazan said the firm would wait.\n");
    Referent tarvik = referent(a, "a", "Tarvik Motor Company");
    assertEquals("organisation", tarvik.kind());
    assertEquals(tarvik, referent(a, "b", "Tarvik"));
    assertEquals(tarvik, referent(a, "a", "The company"));
    assertEquals(tarvik, referent(a, "b", "the company"));
    assertEquals(referent(a, "b", "the Bank of Ostrava"), referent(a, "b", "the bank"));
    // A person named in between does not stop "the firm" finding Pellam Securities Inc.
    assertEquals(referent(a, "c", "Pellam Securities Inc."), referent(a, "c", "the firm"));
    assertNotEquals(tarvik, referent(a, "c", "the firm"));
  }

  @Test
  void aCountStartsNoPersonsNameAndAChiefExecutiveIsATitle() throws Exception {
    Analysis a = analyse(
        "a.txt", "Tarvik CEO Lena Strand unveiled the One Tarvik plan on Monday. Strand said the plan would help Tarvik.\n",
        "b.txt", "On Friday, Tarvik hired staff. Lena Strand presented One Tarvik to investors.\n");
    Referent strand = referent(a, "a", "Tarvik CEO Lena Strand");
    assertEquals("person", strand.kind());
    assertEquals(strand, referent(a, "b", "Lena Strand"));
    assertNotEquals(Optional.of(referent(a, "b", "Tarvik")), of(a, "b", "One Tarvik"));
    assertTrue(of(a, "b", "One Tarvik").map(r -> !r.kind().equals("person")).orElse(true), a.referents().toString());
  }

  @Test
  void aLoneFirstWordTwoWordNationalitiesAndATitleWithOfFindTheirPerson() throws Exception {
    // A family name written first ("Pak Sung Chol"), a nationality of two words, "the Minister of Trade".
    Analysis a = analyse(
        "a.txt", "North Korean envoy Pak Sung Chol met Minister of Trade Ana Varga in Vienna on Monday."
            + " The talks went well.\n",
        "b.txt", "Pak left Vienna on Tuesday, and the North Korean envoy flew home. The Minister of Trade did not comment.\n");
    Referent pak = referent(a, "a", "North Korean envoy Pak Sung Chol");
    assertEquals("person", pak.kind());
    assertEquals(pak, referent(a, "b", "Pak"));
    assertEquals(pak, referent(a, "b", "the North Korean envoy"));
    Referent varga = referent(a, "a", "Minister of Trade Ana Varga");
    assertEquals(varga, referent(a, "b", "The Minister of Trade"));
    assertNotEquals(pak, varga);
    assertTrue(a.referents().stream().noneMatch(r -> r.name().equals("North Korean")), a.referents().toString());
  }

  @Test
  void spellingsOfOneNameJoinButALeagueIsNotItsTeams() throws Exception {
    Analysis a = analyse(
        "a.txt", "Dorvan-Kessler sued a rival on Monday, and W. Mark Tolley, its lawyer, spoke. Coroner Ada Brisk said"
            + " nobody was hurt. Ships crossed the Caspian Sea, according to Quarry magazine. The NFL team lost.\n",
        "b.txt", "DK said Mark Tolley would appeal. Ada Brisk said little. Ships left the Caspian, according to Quarry."
            + " The NFL fined them.\n");
    Referent dk = referent(a, "a", "Dorvan-Kessler");
    assertEquals(dk, referent(a, "b", "DK"));
    assertEquals(referent(a, "a", "W. Mark Tolley"), referent(a, "b", "Mark Tolley"));
    Referent brisk = referent(a, "a", "Coroner Ada Brisk");
    assertEquals("person", brisk.kind());
    assertEquals(brisk, referent(a, "b", "Ada Brisk"));
    assertEquals(referent(a, "a", "the Caspian Sea"), referent(a, "b", "the Caspian"));
    assertEquals(referent(a, "a", "Quarry magazine"), referent(a, "b", "Quarry"));
    // A team of the league is not the league.
    assertTrue(referent(a, "b", "The NFL").mentions().stream().noneMatch(m -> m.text().equals("The NFL team")));
  }

  @Test
  void aPossessorAfterInIsNoPlace() throws Exception {
    // "in Suzanne Vell's trilogy": "in" takes the trilogy, not the author.
    Analysis a = analyse(
        "a.txt", "The film is the second book in Suzanne Vell's trilogy. Vell wrote it in 2009.\n",
        "b.txt", "Fans of the first book in author Suzanne Vell's trilogy were pleased, said Suzanne Vell.\n");
    assertEquals("person", referent(a, "a", "Suzanne Vell").kind());
  }

  @Test
  void aGovernmentByATwoWordNationalityIsThatStatesNotAnother() throws Exception {
    Analysis a = analyse(
        "a.txt", "The North Korean government rejected the offer. North Korea said it would wait."
            + " The South Korean government welcomed it, and South Korea said so.\n",
        "b.txt", "North Korea and South Korea met on Friday. The North Korean government spoke first.\n");
    Referent north = referent(a, "b", "North Korea");
    Referent south = referent(a, "b", "South Korea");
    assertNotEquals(north, south);
    assertEquals(north, referent(a, "a", "The North Korean government"));
    assertEquals(south, referent(a, "a", "The South Korean government"));
  }

  @Test
  void aDemonymThatIsItsOwnPluralStandsForTheState() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Vietnamese said the tariffs were unfair. Vietnam will respond, officials said.\n",
        "b.txt", "Vietnam hit back on Friday. The Vietnamese called the move bullying.\n");
    Referent vietnam = referent(a, "b", "Vietnam");
    assertEquals(vietnam, referent(a, "a", "The Vietnamese"));
    assertEquals(vietnam, referent(a, "b", "The Vietnamese"));
  }

  @Test
  void aNameOpeningASentenceBeforeAVerbOfSayingIsAName() throws Exception {
    // Only at a sentence's start, the tagger may read an unknown name as a common noun.
    Analysis a = analyse(
        "a.txt", "Foreign Minister Ivo Brendt met his counterpart on Friday.\n",
        "b.txt", "Brendt said more. Officials said nothing. Various reports suggest a deal.\n");
    assertEquals(referent(a, "a", "Foreign Minister Ivo Brendt"), referent(a, "b", "Brendt"));
    assertTrue(of(a, "b", "Officials").isEmpty(), a.referents().toString());
    assertTrue(of(a, "b", "Various").isEmpty(), a.referents().toString());
  }

  @Test
  void aSurnameAfterAGivenNameIsPartOfTheNameWhateverItsTag() throws Exception {
    // The tagger reads "Tarrow" after "met Ana" as a verb; after a capitalised given name it is a surname.
    Analysis a = analyse(
        "a.txt", "He met Ana Tarrow on Friday.\n",
        "b.txt", "Ana Tarrow said nothing on Saturday.\n");
    assertEquals(referent(a, "b", "Ana Tarrow"), referent(a, "a", "Ana Tarrow"));
  }
  @Test
  void oneThingToldInOtherWordsIsOneReferentUnlessTheStoryHasTwo() throws Exception {
    // "the duties" and "the tariffs", "the gunman" and "the triggerman": one thing, in another outlet's
    // word; "the meeting" is the story's one summit. A gun is no gunman, and where two meetings are told
    // of, "the meeting" stays apart.
    Analysis a = analyse(
        "a.txt", "Velmark imposed the tariffs on Friday. The summit in Orsk ended early. Police said the gunman fled.\n",
        "b.txt", "Ostravia said the duties were unfair. The meeting produced no agreement. The triggerman dropped a gun.\n",
        "c.txt", "The tariffs will hurt farmers, Ostravia said. Officers found the gun near the summit venue.\n");
    assertEquals(referent(a, "a", "the tariffs"), referent(a, "b", "the duties"));
    assertEquals(referent(a, "a", "The summit in Orsk"), referent(a, "b", "The meeting"));
    assertEquals(referent(a, "a", "the gunman"), referent(a, "b", "The triggerman"));
    assertNotEquals(referent(a, "b", "The triggerman"), referent(a, "c", "the gun"));

    Analysis two = analyse(
        "a.txt", "The summit in Orsk ended early. A meeting of the ministers was held in Varna.\n",
        "b.txt", "The meeting produced no agreement, Ostravia said. The summit in Orsk was short.\n");
    assertNotEquals(referent(two, "a", "The summit in Orsk"), referent(two, "b", "The meeting"));
  }
  @Test
  void pronounsPointBackToThePersonTheArticleNamedButAreNoLabels() throws Exception {
    Analysis a = analyse(
        "a.txt", "Dana Kirsch closed the Varnell plant on Monday. She said the decision was hard. "
            + "Mr. Tomas Brel, who ran the plant, was not told. He learned of it from his wife.\n",
        "b.txt", "Dana Kirsch said on Monday that Varnell would close. \"He will be fine,\" she said of Tomas Brel. "
            + "In his letter to Dana Kirsch, Tomas Brel asked for time.\n");
    Referent kirsch = referent(a, "a", "Dana Kirsch");
    Referent brel = referent(a, "a", "Mr. Tomas Brel");
    assertEquals(kirsch, referent(a, "b", "Dana Kirsch"));
    assertTrue(pronoun(kirsch, "a", "She"), "'She' follows Dana Kirsch");
    assertTrue(pronoun(brel, "a", "who"), "', who' is the person just named");
    assertTrue(pronoun(brel, "a", "He"), "'He' is the man, not the woman named two sentences before");
    assertTrue(pronoun(brel, "a", "his"));
    assertTrue(pronoun(kirsch, "b", "she"), "'she' outside the quotation is the speaker's");
    assertFalse(pronoun(kirsch, "b", "He") || pronoun(brel, "b", "He"), "a pronoun inside a quotation is left alone");
    assertTrue(pronoun(brel, "b", "his"), "a pronoun in a phrase that opens the sentence points forward to its subject");
    assertTrue(kirsch.mentions().stream().noneMatch(m -> m.text().equalsIgnoreCase("she")), "pronouns are no labels");
    assertTrue(kirsch.pronouns().stream().allMatch(m -> m.via().startsWith("points back to")));

    // Nothing in Rian Kosta's name says man or woman, but the story calls him "he": "she" is someone else.
    Analysis c = analyse(
        "c.txt", "Rian Kosta spoke first. He said the plant was old. He was angry. Then Rian Kosta and Dana Kirsch met. "
            + "She said nothing.\n",
        "d.txt", "Dana Kirsch met Rian Kosta on Monday.\n");
    assertTrue(pronoun(referent(c, "c", "Dana Kirsch"), "c", "She"));
    assertFalse(pronoun(referent(c, "c", "Rian Kosta"), "c", "She"));
  }

  @Test
  void aGivenNameOnlyEverGivenToOneSexTellsWhoHeOrSheIs() throws Exception {
    // Nothing but the given names tells who is a man and who a woman here, and each is called "he" and
    // "her" about as often: "her" is the accuser, not the sentence's subject.
    Analysis a = analyse(
        "a.txt", "Brett Varo has denied the claim by Susan Kell, a professor, that he attacked her in 1982. "
            + "Varo called the hearing a disgrace.\n",
        "b.txt", "Susan Kell says Brett Varo attacked her at a party. He denies it.\n");
    Referent varo = referent(a, "a", "Brett Varo");
    Referent kell = referent(a, "a", "Susan Kell");
    assertTrue(pronoun(kell, "a", "her"), "'that he attacked her': her is the woman named in the sentence");
    assertFalse(pronoun(varo, "a", "her"));
    assertTrue(pronoun(varo, "a", "he"));

    // A name the lists give women only, of a man the story calls "he" twice, or once right after he is
    // said to speak: the story is believed.
    Analysis b = analyse(
        "c.txt", "Lindsey Orrin spoke first. He said the hearing was a sham. He left early.\n",
        "d.txt", "Lindsey Orrin and Dana Kirsch spoke on Monday.\n");
    assertTrue(pronoun(referent(b, "c", "Lindsey Orrin"), "c", "He"));
    Analysis c = analyse(
        "e.txt", "Karel Voss died in Orsk. Sen. Lindsey Vail said he was skeptical of the new account.\n",
        "f.txt", "Lindsey Vail and Karel Voss were friends.\n");
    assertTrue(pronoun(referent(c, "e", "Sen. Lindsey Vail"), "e", "he"));
  }

  @Test
  void anObjectPronounIsNeverItsOwnClausesSubject() throws Exception {
    Analysis a = analyse(
        "a.txt", "Tomas Brel left the bar at midnight. Outside, Karel Voss attacked him. "
            + "Dana Kirsch said Karel Voss had followed her for weeks. Maria Lopez asked Karel Voss to call her.\n",
        "b.txt", "Karel Voss attacked Tomas Brel outside a bar. Dana Kirsch knew Karel Voss. Maria Lopez knew him too.\n");
    Referent brel = referent(a, "a", "Tomas Brel");
    Referent voss = referent(a, "a", "Karel Voss");
    assertTrue(pronoun(brel, "a", "him"), "'Karel Voss attacked him': him is the man of the sentence before");
    assertFalse(pronoun(voss, "a", "him"), "never the attacker");
    assertTrue(pronoun(referent(a, "a", "Dana Kirsch"), "a", "her"), "a verb of saying opens another clause");
    assertTrue(pronoun(referent(a, "a", "Maria Lopez"), "a", "her"), "so does the 'to' of an infinitive");
    assertFalse(pronoun(referent(a, "b", "Maria Lopez"), "b", "him"), "'Maria Lopez knew him': not Maria Lopez");
  }

  @Test
  void theHeAQuotationIsAttributedToIsTheSpeakerTheQuotationsFollow() throws Exception {
    Analysis a = analyse(
        "a.txt", "Daniel Marlow lives next door to the bar. \"I heard a shot,\" Marlow said. He stayed in his apartment for"
            + " two hours while officers talked to the suspect. Finally, the suspect gave himself up to the police."
            + " \"They took him away in a cruiser,\" he said.\n",
        "b.txt", "The suspect gave himself up to the police after two hours. Daniel Marlow heard a shot from his apartment.\n");
    String text = a.article("a").orElseThrow().text();
    int said = text.lastIndexOf("he said");
    Referent marlow = referent(a, "a", "Daniel Marlow");
    assertTrue(marlow.pronouns().stream().anyMatch(m -> m.article().equals("a") && m.start() == said),
        "'…,' he said: the speaker of the quotation, not the suspect of the sentence before");
    assertFalse(referent(a, "a", "the suspect").pronouns().stream().anyMatch(m -> m.start() == said));
  }

  @Test
  void aLeadersAdministrationIsTheStateHeLeadsNotThePerson() throws Exception {
    // "The Halden administration" is the United States (its president, titled with no country, in a story
    // that names the United States); "the administration" alone is the same. A former president's
    // administration is neither him nor the state.
    Analysis a = analyse(
        "a.txt", "President Tom Halden said on Monday that the United States would leave the fishing treaty. "
            + "The Halden administration will impose new tariffs, officials said.\n",
        "b.txt", "The administration defended the decision. Former President Ray Corbin said the Corbin administration "
            + "had negotiated the treaty in good faith. Halden spoke in Ohio.\n");
    Referent us = referent(a, "a", "the United States");
    assertEquals("place", us.kind());
    assertEquals(us, referent(a, "a", "The Halden administration"));
    assertEquals(us, referent(a, "b", "The administration"));
    Referent halden = referent(a, "a", "President Tom Halden");
    assertEquals(halden, referent(a, "b", "Halden"));
    assertNotEquals(halden, us);
    assertNotEquals(Optional.of(us), of(a, "b", "the Corbin administration"));
    assertNotEquals(Optional.of(referent(a, "b", "Former President Ray Corbin")), of(a, "b", "the Corbin administration"));
  }

  @Test
  void aLeadersGovernmentIsTheStateHisTitleNames() throws Exception {
    Analysis a = analyse(
        "a.txt", "Norwegian Prime Minister Lars Vinje said Norway would not sign the accord.\n",
        "b.txt", "The Vinje government rejected the accord on Friday, a spokesman for Norway said.\n");
    Referent norway = referent(a, "a", "Norway");
    assertEquals(norway, referent(a, "b", "The Vinje government"));
    assertNotEquals(norway, referent(a, "a", "Norwegian Prime Minister Lars Vinje"));
  }

  @Test
  void theWordsOutletsUseForOneAgreementAreOneThingUnlessTheirModifiersClash() throws Exception {
    Analysis a = analyse(
        "a.txt", "Norway will leave the 2016 fishing agreement with Iceland, its government said. The agreement set quotas.\n",
        "b.txt", "Norway is tearing up the disastrous Iceland fishing deal. The deal was a giveaway, critics said.\n",
        "c.txt", "Iceland said the accord had worked. Norway signed the pact in 2016.\n");
    Referent deal = referent(a, "a", "the 2016 fishing agreement");
    assertEquals(deal, referent(a, "b", "the disastrous Iceland fishing deal"));
    assertEquals(deal, referent(a, "c", "the accord"));
    assertEquals(deal, referent(a, "c", "the pact"));
    // Two agreements told apart by what they are about: none of the words joins.
    Analysis two = analyse(
        "a.txt", "Norway left the fishing agreement on Monday. The fishing agreement set quotas.\n",
        "b.txt", "Norway kept the climate deal, its minister said. The climate deal stays.\n");
    assertNotEquals(referent(two, "a", "the fishing agreement"), referent(two, "b", "the climate deal"));
  }

  @Test
  void aCourtIsTheCourtNamedBeforeItNotAnotherOrganisation() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Supreme Court upheld the ban on Tuesday. Apple said the court had erred.\n",
        "b.txt", "A divided Supreme Court ruled on Tuesday. Critics said the court ignored the facts.\n");
    Referent court = referent(a, "a", "The Supreme Court");
    assertEquals(court, referent(a, "a", "the court"));
    assertEquals(court, referent(a, "b", "the court"));
    assertNotEquals(Optional.of(court), of(a, "a", "Apple"));
  }

  @Test
  void theCountryIsNoneOfTheStatesAListNames() throws Exception {
    // "citizens of Iran, Libya and Yemen from entering the country": the country is where they enter.
    Analysis a = analyse(
        "a.txt", "The order bars citizens of Iran, Libya and Yemen from entering the country, officials said.\n",
        "b.txt", "Travelers from Iran, Libya and Yemen were stopped at airports on Monday.\n");
    Optional<Referent> country = of(a, "a", "the country");
    assertNotEquals(Optional.of(referent(a, "a", "Yemen")), country);
    assertNotEquals(Optional.of(referent(a, "a", "Iran")), country);
  }

  @Test
  void aNameTheTaggerReadsAsAPronounOrAVerbIsStillAName() throws Exception {
    // OpenNLP tags "Trump" before "claimed" as a pronoun or a verb; the article tags it a name elsewhere.
    Analysis a = analyse(
        "a.txt", "Trump claimed that the agreement was a disaster. Donald Trump spoke in Ohio on Monday.\n",
        "b.txt", "President Donald Trump left the agreement on Monday, his aides said.\n");
    Referent trump = referent(a, "b", "President Donald Trump");
    assertEquals(trump, referent(a, "a", "Trump"));
  }

  @Test
  void aBareTitleIsTheOnePersonTheStoryTitlesSoFormerHoldersAside() throws Exception {
    // b never titles Halden, so its "the president" is the one person the story calls President.
    Analysis a = analyse(
        "a.txt", "President Tom Halden signed the order on Monday. Former President Ray Corbin criticised it.\n",
        "b.txt", "Tom Halden spoke in Ohio. Critics said the president had ignored the courts.\n");
    Referent halden = referent(a, "a", "President Tom Halden");
    assertEquals(halden, referent(a, "b", "the president"));
    // With two people titled so, "the president" is neither.
    Analysis two = analyse(
        "a.txt", "President Tom Halden met President Ana Velez on Monday.\n",
        "b.txt", "Tom Halden spoke in Ohio. Critics said the president had ignored the courts.\n");
    Optional<Referent> president = of(two, "b", "the president");
    assertNotEquals(Optional.of(referent(two, "a", "President Tom Halden")), president);
    assertNotEquals(Optional.of(referent(two, "a", "President Ana Velez")), president);
  }

  @Test
  void aNameJoinedByForIsOneNameAndItsProgramIsIt() throws Exception {
    // "Deferred Action for Childhood Arrivals" is one name (two name words on each side of "for"), its
    // acronym is it, and so is "the ... program" built on it.
    Analysis a = analyse(
        "a.txt", "The government will end the Deferred Action for Childhood Arrivals program on Tuesday, officials said.\n",
        "b.txt", "Officials said DACA would end in March. Lawyers said they would fight to keep DACA.\n");
    Referent daca = referent(a, "b", "DACA");
    assertEquals(daca, referent(a, "a", "the Deferred Action for Childhood Arrivals program"));
  }

  @Test
  void aJudgingWordBeforeTheHeadFramesAThingButDoesNotTellItApart() throws Exception {
    // "his vanity wall" is the wall the other outlets name; "vanity" judges it. "The barrier" is it too.
    Analysis a = analyse(
        "a.txt", "The mayor wants money for a wall along the river. Critics said the wall would fail.\n",
        "b.txt", "The mayor is holding the budget hostage over his vanity wall, critics said.\n",
        "c.txt", "The mayor says the barrier would stop the floods, and the city council agreed.\n");
    Referent wall = referent(a, "a", "the wall");
    assertEquals(wall, referent(a, "b", "his vanity wall"));
    assertEquals(wall, referent(a, "c", "the barrier"));
  }

  @Test
  void aNameEndingInAnOrganisationsNounStaysAnOrganisationAfterAt() throws Exception {
    Analysis a = analyse(
        "a.txt", "Rod Kessler announced the charges at the Justice Department on Friday. Fighting spread in Unity State.\n",
        "b.txt", "Kessler spoke at the Justice Department, where reporters waited. Unity State is rich in oil.\n");
    assertEquals("organisation", referent(a, "a", "the Justice Department").kind());
    assertEquals("place", referent(a, "a", "Unity State").kind());
  }

  @Test
  void aMonthAfterAGivenNameIsASurnameAndSoIsItAloneInThatArticle() throws Exception {
    // "Theresa May" is no Theresa and a month; "May told" and "May's deal" are her; "in May" stays a date.
    Analysis a = analyse(
        "a.txt", "Prime Minister Theresa May lost the vote on Tuesday. May told lawmakers she would go on, and the vote in May is off.\n",
        "b.txt", "Lawmakers rejected May's deal on Tuesday, officials said.\n");
    Referent may = referent(a, "a", "Prime Minister Theresa May");
    assertEquals("Theresa May", may.name());
    int told = a.article("a").orElseThrow().text().indexOf("May told");
    assertTrue(may.mentions().stream().anyMatch(m -> m.article().equals("a") && m.start() == told), may.toString());
    int inMay = a.article("a").orElseThrow().text().indexOf("in May") + 3;
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream()).noneMatch(m -> m.article().equals("a") && m.start() == inMay));
  }

  @Test
  void anAwardsTitleIsADescriptionOfItsHolderAndItsYearNoName() throws Exception {
    // "the Rookie of the Year" is a rookie, written with capitals: no name "Rookie" and no "Year" of anything.
    Analysis a = analyse(
        "a.txt", "Reigning rookie of the year Dana Okafor scored 31 points on Friday. Okafor, the Rookie of the Year, "
            + "thanked the crowd.\n",
        "b.txt", "Dana Okafor led the Comets to a win on Friday. The reigning rookie of the year scored 31 points.\n");
    Referent okafor = referent(a, "a", "Dana Okafor");
    assertEquals(okafor, referent(a, "a", "the Rookie of the Year"), "in apposition");
    assertEquals(okafor, referent(a, "b", "The reigning rookie of the year"), "the one the story calls so");
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream()).noneMatch(m -> m.text().equals("the Year")),
        "the award's year is no referent");
  }

  @Test
  void aCapitalisedOfficeWithAQualifierOrAPartyIsATitleNotAName() throws Exception {
    Analysis a = analyse(
        "a.txt", "The First Lady visited the clinic on Monday with the Democratic Senator from Ohio. "
            + "The Majority Leader stayed in Washington.\n",
        "b.txt", "Melania Trump, the first lady, visited the clinic on Monday. The majority leader, Mitch McConnell, stayed away.\n");
    assertEquals(referent(a, "b", "Melania Trump"), referent(a, "a", "The First Lady"));
    assertEquals(referent(a, "b", "Mitch McConnell"), referent(a, "a", "The Majority Leader"));
  }

  @Test
  void aParticipleAfterTheArticleOpensTheDescriptionBeforeAnAdjective() throws Exception {
    Analysis a = analyse(
        "a.txt", "Hal Brenner, the reigning national champion, lost in Denver on Sunday.\n",
        "b.txt", "Brenner lost in Denver on Sunday.\n");
    assertEquals(referent(a, "b", "Brenner"), referent(a, "a", "the reigning national champion"));
  }

  @Test
  void aSurnameAloneIsTheFirmNamedAfterThePersonWhereTheStoryNamesTheFirmMoreOften() throws Exception {
    // The Halvorsen Motor Company is named four times, its chairman Peter Halvorsen once: a bare "Halvorsen"
    // in an article that does not name him is the firm; in his own article it stays him.
    Analysis a = analyse(
        "a.txt", "Halvorsen posted a profit of $900 million on Tuesday. Halvorsen shares rose 4%.\n",
        "b.txt", "The Halvorsen Motor Company said sales rose in May. Halvorsen Motor Co. builds trucks in Ohio.\n",
        "c.txt", "Halvorsen Motors cut 3,000 jobs. The Halvorsen Motor Company will close two plants.\n",
        "d.txt", "Chairman Peter Halvorsen resigned on Friday. Halvorsen said he was proud of the workers.\n");
    Referent firm = referent(a, "b", "The Halvorsen Motor Company");
    assertEquals("organisation", firm.kind());
    assertEquals(firm, referent(a, "a", "Halvorsen"));
    assertEquals(firm, referent(a, "c", "Halvorsen Motors"));
    Referent chairman = referent(a, "d", "Chairman Peter Halvorsen");
    assertNotEquals(firm, chairman);
    int said = a.article("d").orElseThrow().text().indexOf("Halvorsen said");
    assertTrue(chairman.mentions().stream().anyMatch(m -> m.article().equals("d") && m.start() == said), chairman.toString());
  }

  @Test
  void oneDescriptionInTwoArticlesJoinsNoTwoFirmsNamedOtherwise() throws Exception {
    Analysis a = analyse(
        "a.txt", "Tarvik Inc. reported a loss on Monday. The auto company cut 2,000 jobs.\n",
        "b.txt", "The American auto company Orsk Automotive reported a profit on Monday.\n",
        "c.txt", "Tarvik Inc. and Orsk Automotive both reported results on Monday.\n");
    assertEquals(referent(a, "a", "Tarvik Inc."), referent(a, "a", "The auto company"));
    assertNotEquals(referent(a, "a", "Tarvik Inc."), referent(a, "b", "Orsk Automotive"));
  }

  @Test
  void theFacilityIsTheCentreOrPlantTheArticleNamedLast() throws Exception {
    Analysis a = analyse(
        "a.txt", "Singer Kira Dane checked into the Harbor Light Treatment Center on Tuesday. The facility declined to comment.\n",
        "b.txt", "Workers walked out of the Orsk Bottling Company on Monday. The facility makes soft drinks.\n",
        "c.txt", "Kira Dane is at the Harbor Light Treatment Center, her agent said.\n");
    assertEquals(referent(a, "a", "the Harbor Light Treatment Center"), referent(a, "a", "The facility"));
    // A company's name says no place where something is made or kept: its facility is no company.
    assertTrue(a.referents().stream().noneMatch(r -> r.mentions().stream().anyMatch(m -> m.text().equals("the Orsk Bottling Company"))
        && r.mentions().stream().anyMatch(m -> m.text().equals("The facility"))), a.referents()::toString);
  }

  @Test
  void aPlacesNameBeforeANounForARegionIsThatRegion() throws Exception {
    Analysis a = analyse(
        "a.txt", "A strong earthquake struck Vardania's Korvel province on Tuesday. Rescuers reached the province by road.\n",
        "b.txt", "An earthquake hit Korvel on Tuesday, killing 12 people. Korvel lies on a fault.\n");
    Referent korvel = referent(a, "b", "Korvel");
    assertEquals(korvel, referent(a, "a", "Vardania's Korvel province"));
    assertNotEquals(korvel, referent(a, "a", "Vardania"));
  }

  @Test
  void headlinesJoinedAcrossArticlesArePlacedWithWhatTheirBodiesDescribeByAnotherWordOfTheSet() throws Exception {
    // "Quake" and "Korvel quake" are one headline referent; each body tells the earthquake ("A strong earthquake").
    Analysis a = analyse(
        "a.txt", "Quake hits Korvel\n\nA strong earthquake struck the Korvel region on Tuesday, killing 12 people.\n",
        "b.txt", "Korvel quake\n\nAn earthquake of magnitude 6.1 hit Korvel on Tuesday. Officials said 12 people died.\n");
    assertEquals(referent(a, "a", "A strong earthquake"), referent(a, "a", "Quake"));
    assertEquals(referent(a, "a", "A strong earthquake"), referent(a, "b", "An earthquake of magnitude"));
  }

  @Test
  void aCapitalAfterFromAndANounForAStanceIsItsStateButAfterATripItStaysThePlace() throws Exception {
    Analysis a = analyse(
        "a.txt", "North Korea fired a missile over Japan on Tuesday, drawing condemnation from Tokyo and Washington.\n",
        "b.txt", "Japan protested. A delegation flew in from Tokyo on Wednesday, and Japan will raise the launch at the UN.\n");
    Referent japan = referent(a, "a", "Japan");
    int condemnation = a.article("a").orElseThrow().text().indexOf("Tokyo");
    assertTrue(japan.mentions().stream().anyMatch(m -> m.article().equals("a") && m.start() == condemnation), japan.toString());
    int flew = a.article("b").orElseThrow().text().indexOf("Tokyo");
    assertTrue(japan.mentions().stream().noneMatch(m -> m.article().equals("b") && m.start() == flew), "a place one flies from");
  }

  @Test
  void weOfAFirmsOfficerWhoNamesNoFirmIsTheOneFirmHerArticleNames() throws Exception {
    Analysis a = analyse(
        "a.txt", "Varnell Motors will cut 2,000 jobs, the company said on Monday. Chief executive Dana Holt spoke at a news "
            + "conference:\n\n\"We have no choice. Our plants are running at half capacity.\"\n",
        "b.txt", "Varnell Motors said on Monday it would cut 2,000 jobs. \"We regret this step,\" Dana Holt, the chief executive, "
            + "told reporters.\n",
        "c.txt", "Varnell Motors shares fell. \"We fired in self-defense,\" Ivo Marr, a navy spokesman, said of another incident.\n");
    Referent varnell = referent(a, "a", "Varnell Motors");
    assertTrue(pronoun(varnell, "a", "We") && pronoun(varnell, "a", "Our"), varnell.toString());
    assertTrue(pronoun(varnell, "b", "We"), varnell.toString());
    assertFalse(pronoun(varnell, "c", "We"), "a navy's spokesman speaks for no firm");
  }

  @Test
  void aGivenNameOfOneSexDecidesBeforeTheFirstReadingAndHerselfBindsTheNearestSubject() throws Exception {
    // "herself" is Mara Quell's, not the publicist's who opens the sentence; "she" is never Jack Ketman's, whom
    // a reading blind to sex gave two of them.
    Analysis a = analyse(
        "a.txt", "A publicist says Mara Quell has checked herself into rehab.\n\nJack Ketman said Friday that the actress "
            + "went to the Harbor Light Treatment Center.\n\nHe did not specify what she was being treated for or when she "
            + "entered the facility.\n",
        "b.txt", "Mara Quell has entered rehab, her publicist said.\n");
    Referent quell = referent(a, "a", "Mara Quell");
    assertTrue(pronoun(quell, "a", "herself"), quell.toString());
    assertFalse(pronoun(referent(a, "a", "Jack Ketman"), "a", "she"), "Jack is a man's name");
  }

  @Test
  void aNameInQuotationMarksBeforeANounIsAWorksNameInTheDescriptionNoPerson() throws Exception {
    Analysis a = analyse(
        "a.txt", "Jack Ketman said Friday that the \"Summer Camp\" star went to the Harbor Light Treatment Center.\n",
        "b.txt", "The actress, 33, starred in \"Summer Camp\" in 2004.\n");
    assertEquals("thing", referent(a, "b", "Summer Camp").kind());
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream()).noneMatch(m -> m.text().equals("star")),
        "the star is no bare noun after the marks");
  }

  @Test
  void aDescriptionOpeningTheSentenceAfterOneOpeningWithAPersonsNameIsThatPerson() throws Exception {
    Analysis a = analyse(
        "a.txt", "Donald Varga arrived in Ohio on Monday. The billionaire told supporters he would win the state. "
            + "Mara Quell has entered rehab, her publicist said. The actress, 33, starred in two films.\n",
        "b.txt", "Donald Varga spoke in Columbus. Rita Olm met the judge on Monday. The judge in Akron denied bail. "
            + "Varga met a witness. The frightened witness left.\n");
    assertEquals(referent(a, "a", "Donald Varga"), referent(a, "a", "The billionaire"));
    assertEquals(referent(a, "a", "Mara Quell"), referent(a, "a", "The actress"));
    // Not one that says more after its noun, nor a noun the article used before for someone else.
    assertTrue(a.referents().stream().noneMatch(r -> r.mentions().stream().anyMatch(m -> m.text().equals("Rita Olm"))
        && r.mentions().stream().anyMatch(m -> m.text().equals("The judge in Akron"))), a.referents()::toString);
    assertTrue(a.referents().stream().noneMatch(r -> r.mentions().stream().anyMatch(m -> m.text().equals("Varga"))
        && r.mentions().stream().anyMatch(m -> m.text().equals("The frightened witness"))), a.referents()::toString);
  }

  @Test
  void aStatesAbbreviationAfterATownAndACommaIsTheState() throws Exception {
    Analysis a = analyse(
        "a.txt", "A jury in Fort Smith, Ark., convicted Dale Orrin on Friday. Arkansas law allows appeals.\n",
        "b.txt", "Orrin was arrested in Spiro, Okla. He had fled Arkansas.\n");
    Referent arkansas = referent(a, "b", "Arkansas");
    assertEquals(arkansas, referent(a, "a", "Ark."));
    assertEquals("Arkansas", arkansas.name());
    assertEquals("Oklahoma", a.referents().stream().filter(r -> r.mentions().stream().anyMatch(m -> m.text().startsWith("Okla"))).findFirst().orElseThrow().name());
  }

  private static boolean pronoun(Referent r, String article, String text) {
    return r.pronouns().stream().anyMatch(m -> m.article().equals(article) && m.text().equals(text));
  }
  @Test
  void itsAndTheyPointBackToTheOrganisationOrGroupThatOpensTheSentenceAndItAfterSaying() throws Exception {
    Analysis a = analyse(
        "a.txt", "Varnell Motors said it would close the Orsk plant. Varnell Motors cut its forecast on Monday. "
            + "It is unclear why. Dock workers said they would strike. The Bank of Ostrava forced Varnell Motors to sell its shares.\n",
        "b.txt", "Varnell Motors confirmed the closure. Dock workers blocked the gates on Tuesday.\n");
    Referent varnell = referent(a, "a", "Varnell Motors");
    assertTrue(pronoun(varnell, "a", "it"), "'said it' after the company");
    assertTrue(varnell.pronouns().stream().filter(m -> m.article().equals("a") && m.text().equals("its")).count() == 1,
        "'cut its forecast' is Varnell's; 'forced Varnell Motors to sell its shares' is not the bank's, and not told");
    assertFalse(pronoun(varnell, "a", "It"), "'It is unclear' is no referent");
    assertTrue(pronoun(referent(a, "a", "Dock workers"), "a", "they"));

    // Past a phrase that opens the sentence with a preposition or a time, the subject.
    Analysis b = analyse(
        "a.txt", "In a statement, the Kestova Bank said it would cut its rates. Last week the dock workers said they would return.\n",
        "b.txt", "The Kestova Bank cut rates. The dock workers left.\n");
    assertTrue(pronoun(referent(b, "a", "the Kestova Bank"), "a", "its"), "'In a statement, the bank ... its'");
    assertTrue(pronoun(referent(b, "a", "the dock workers"), "a", "they"), "'Last week the dock workers said they'");
  }

  @Test
  void whatACountOfCountsIsThePhrasesHead() throws Exception {
    // "Dozens of protesters" are protesters: the count's "of" names the head, and the count is what it holds. Told in
    // two articles, they are a group.
    Analysis a = analyse(
        "a.txt", "Dozens of protesters gathered outside the Varo ministry on Monday.\n",
        "b.txt", "Dozens of protesters marched to the Varo ministry.\n");
    Referent protesters = referent(a, "a", "Dozens of protesters");
    assertEquals("group", protesters.kind());
    assertEquals(protesters, referent(a, "b", "Dozens of protesters"));
  }

  @Test
  void peopleCountedAreAGroupAndTwoCountsAreTwoGroups() throws Exception {
    // "People" is too general a head for a referent, but "12 people" killed, told again, are the story's victims;
    // "12 people" and "40 people" are two groups; "at least 12 people" is "12 people"; "many people" counts no one.
    Analysis a = analyse(
        "a.txt", "A gunman killed 12 people at a mall in Varo on Friday. The 12 people were shoppers. "
            + "Many people fled.\n",
        "b.txt", "Police said at least 12 people died in Varo and 40 people were hurt. The 40 people were taken to "
            + "hospital. Many people fled.\n");
    Referent dead = referent(a, "a", "12 people");
    assertEquals(dead, referent(a, "a", "The 12 people"));
    assertEquals(dead, referent(a, "b", "12 people"));
    assertEquals("group", dead.kind());
    Referent hurt = referent(a, "b", "40 people");
    assertNotEquals(dead, hurt);
    assertEquals(hurt, referent(a, "b", "The 40 people"));
    assertEquals(Optional.empty(), of(a, "a", "Many people"));
  }

  @Test
  void aCollectionOfThingsIsNoGroupOfPeople() throws Exception {
    // WordNet files "law", "economy" and "traffic" with groups (collections); only groups of people are groups
    // ("the electorate", "the caravan"), so "they" never stands for "the law".
    Analysis a = analyse(
        "a.txt", "The caravan reached the border. The new law angered the electorate. The economy slowed.\n",
        "b.txt", "The caravan waited at the border. The law divided the electorate. The economy grew.\n");
    assertEquals("group", referent(a, "a", "The caravan").kind());
    assertEquals("group", referent(a, "a", "the electorate").kind());
    assertEquals("thing", referent(a, "a", "The new law").kind());
    assertEquals("thing", referent(a, "a", "The economy").kind());
  }

  @Test
  void theyAndTheirStandForAFirmsNameThatIsTheWholeSubject() throws Exception {
    // British usage and loose writing: "Varnell have announced that they", "Varnell Motors released their new
    // truck"; not when the firm only modifies the subject ("Varnell engineers said they").
    Analysis a = analyse(
        "a.txt", "Varnell Motors have announced that they will close the Orsk plant. Varnell Motors released their new "
            + "truck on Monday. Varnell engineers said they were surprised.\n",
        "b.txt", "Varnell Motors will close the Orsk plant.\n");
    String text = a.article("a").orElseThrow().text();
    Referent varnell = referent(a, "b", "Varnell Motors");
    java.util.function.Predicate<String> has = at -> varnell.pronouns().stream()
        .anyMatch(m -> m.article().equals("a") && m.start() == text.indexOf(at));
    assertTrue(has.test("they will"), varnell.pronouns().toString());
    assertTrue(has.test("their new"), varnell.pronouns().toString());
    assertFalse(has.test("they were"), varnell.pronouns().toString());
  }

  @Test
  void aNameEndingInWhatAFirmMakesIsAnOrganisationAndItsFirstWordsAloneAreIt() throws Exception {
    // "Kraft" / "Kraft Foods", "China Eastern" / "China Eastern Airlines": the firm's first words alone; a name
    // ending in "Aerospace" or "Microsystems" is a firm's (it was a thing, or a place).
    Analysis a = analyse(
        "a.txt", "Korvel Foods recalled its soups on Monday. Dalen Aerospace won the tanker contract.\n",
        "b.txt", "Korvel said the soups were safe. Tarno Microsystems shares rose.\n");
    Referent korvel = referent(a, "a", "Korvel Foods");
    assertEquals("organisation", korvel.kind());
    assertTrue(korvel.mentions().stream().anyMatch(m -> m.article().equals("b") && m.text().equals("Korvel")), korvel.toString());
    assertEquals("organisation", referent(a, "a", "Dalen Aerospace").kind());
    assertEquals("organisation", referent(a, "b", "Tarno Microsystems").kind());
  }

  @Test
  void itThatActsIsTheFirmOrThingThatOpensItsSentenceUnlessAnotherThingStandsBetween() throws Exception {
    // "It" as the subject of a verb that acts (not "it is", "it seems") is the firm, state or named thing that
    // opens its sentence, or the sentence before; not when a description "it" may as well be stands between,
    // not when "it" is an object or part of a name, and not for what the subject owns.
    Analysis a = analyse(
        "a.txt", "Varnell Motors will have to repay the loans it has received. The Korvex is a small truck. "
            + "It can carry nine tonnes. Varnell Motors will start production and the truck should reach dealers in May. "
            + "It will cost less. Varnell Motors got it done. Varnell Motors' new plant opened, as it hires 200 workers. "
            + "It seems late. Varnell Motors sells the Fix It kit.\n",
        "b.txt", "Varnell Motors repaid its loans. The Korvex carries nine tonnes.\n");
    String text = a.article("a").orElseThrow().text();
    Referent varnell = referent(a, "a", "Varnell Motors");
    Referent korva = referent(a, "a", "The Korvex");
    java.util.function.BiPredicate<Referent, String> has = (r, at) -> r.pronouns().stream()
        .anyMatch(m -> m.article().equals("a") && m.start() == text.indexOf(at));
    assertTrue(has.test(varnell, "it has received"), "the loans it has received: " + varnell.pronouns());
    assertTrue(has.test(korva, "It can carry"), "a predicate noun does not stand between: " + korva.pronouns());
    java.util.Set<Integer> none = java.util.Set.of(text.indexOf("It will cost"), text.indexOf("it done"),
        text.indexOf("it hires"), text.indexOf("It seems"), text.indexOf("It kit"));
    assertTrue(a.referents().stream().flatMap(r -> r.pronouns().stream())
        .noneMatch(m -> m.article().equals("a") && none.contains(m.start())), a.referents().stream()
        .flatMap(r -> r.pronouns().stream()).toList().toString());
  }

  @Test
  void weInAQuotationIsTheBodyATitleAroundOrBesideItsSpeakerNames() throws Exception {
    // The body is named in a title that holds the speaker's name ("Korvan Air Force's chief of staff General Ivo
    // Petek") or stands in apposition after it ("Ralph Sorel, Varnell Aerospace's North America CEO,"); a speaker
    // whose title names no body leaves "we" alone.
    Analysis a = analyse(
        "a.txt", "Varnell Aerospace won the tanker contract on Friday. The Korvan Air Force chose Varnell over Delmar.\n\n"
            + "Korvan Air Force's chief of staff General Ivo Petek stated \"The tanker is the top priority for us right now.\"\n\n"
            + "Ralph Sorel, Varnell Aerospace's North America CEO, said the firm has \"committed our full resources to this program.\"\n\n"
            + "Pilot Dana Reyes said \"We have waited long for it.\"\n",
        "b.txt", "The Korvan Air Force announced the award. Varnell Aerospace will build the tanker.\n");
    String text = a.article("a").orElseThrow().text();
    java.util.function.BiPredicate<Referent, String> has = (r, at) -> r.pronouns().stream()
        .anyMatch(m -> m.article().equals("a") && m.start() == text.indexOf(at));
    Referent force = referent(a, "b", "The Korvan Air Force");
    assertTrue(has.test(force, "us right"), force.pronouns().toString());
    Referent varnell = referent(a, "a", "Varnell Aerospace");
    assertTrue(has.test(varnell, "our full"), varnell.pronouns().toString());
    int pilots = text.indexOf("We have");
    assertTrue(a.referents().stream().flatMap(r -> r.pronouns().stream()).noneMatch(m -> m.article().equals("a") && m.start() == pilots));
  }

  @Test
  void weInAQuotationIsTheBodyItsSpeakerSpeaksForAndItGoesPastAnAuxiliaryOrAPerson() throws Exception {
    // "We", "our", "us" in a quotation: the firm or state the speaker is, or names among the speaker's titles;
    // left alone where no body is named. "has warned that it": past the auxiliary; "named Ada Lund as its chief":
    // a person named between owns no "its".
    Analysis a = analyse(
        "a.txt", "Varnell Motors spokesman Ivo Petek said: \"We are disappointed, and our lawyers will appeal.\" "
            + "\"We cannot admit everyone,\" Senator Dana Kirsch said. "
            + "The company has warned that it may close the Orsk plant. Varnell Motors named Ada Lund as its new chief.\n",
        "b.txt", "Varnell Motors will appeal, Ivo Petek said. Dana Kirsch spoke on Tuesday.\n");
    Referent varnell = referent(a, "a", "Varnell Motors");
    String text = a.article("a").orElseThrow().text();
    for (String we : List.of("We are", "our lawyers")) {
      int at = text.indexOf(we);
      assertTrue(varnell.pronouns().stream().anyMatch(m -> m.article().equals("a") && m.start() == at), we + ": " + varnell.pronouns());
    }
    int senator = text.indexOf("We cannot");
    assertTrue(a.referents().stream().flatMap(r -> r.pronouns().stream()).noneMatch(m -> m.start() == senator && m.article().equals("a")));
    assertTrue(pronoun(varnell, "a", "it"), "'has warned that it' is the company's: " + varnell.pronouns());
    int its = text.indexOf("its new chief");
    assertTrue(varnell.pronouns().stream().anyMatch(m -> m.article().equals("a") && m.start() == its), varnell.pronouns().toString());
  }

  @Test
  void aRoleOnlyOneNamedPersonHoldsIsThatPersonsInEveryArticle() throws Exception {
    Analysis a = analyse(
        "a.txt", "Prosecutors said Chris Simpson killed his girlfriend Kaloni Flynn in March. The receptionist Ana Ruiz "
            + "and the receptionist Li Wei hid. Torvane's rival Kessling grew.\n",
        "b.txt", "Simpson killed his pregnant girlfriend in March, prosecutors said. The receptionist called police. "
            + "Kessling and its rival Torvane met.\n",
        "c.txt", "The girlfriend was 20. The receptionist was unhurt. Ana Ruiz and Li Wei went home.\n");
    Referent flynn = referent(a, "a", "Kaloni Flynn");
    assertEquals(flynn, referent(a, "b", "his pregnant girlfriend"), "only Kaloni Flynn is named as someone's girlfriend");
    assertEquals(flynn, referent(a, "c", "The girlfriend"));
    assertNotEquals(referent(a, "b", "The receptionist"), referent(a, "c", "Ana Ruiz"), "two people are named as the receptionist");
    assertNotEquals(referent(a, "b", "The receptionist"), referent(a, "c", "Li Wei"));
  }

  @Test
  void aSurnameSpeltOneLetterApartWithTheSameFirstNameIsOnePerson() throws Exception {
    Analysis a = analyse(
        "a.txt", "Australian climber Duncan Rait died on Mount Cook on Monday. Jon Bell led the search.\n",
        "b.txt", "Climber Duncan Raite, 36, fell on Tuesday, police said. Raite was from Sydney. Jon Bill found him.\n",
        "c.txt", "Police named the man as Duncan Rait. Andrew Wetzler and Muammar Qaddafi spoke. Rescuers reached Mt. Cook.\n",
        "d.txt", "Andrew Welzler of the council and Muammar Gaddafi spoke.\n");
    Referent rait = referent(a, "a", "Australian climber Duncan Rait");
    assertEquals(rait, referent(a, "b", "Climber Duncan Raite"), "a letter added to a four-letter surname");
    assertEquals(rait, nth(a, "b", "Raite", 1).orElseThrow(), "and its surname alone");
    assertEquals(referent(a, "c", "Andrew Wetzler"), referent(a, "d", "Andrew Welzler of the council"), "one letter in another's place");
    assertEquals(referent(a, "c", "Muammar Qaddafi"), referent(a, "d", "Muammar Gaddafi"), "long names may differ in their first letter");
    assertNotEquals(referent(a, "a", "Jon Bell"), referent(a, "b", "Jon Bill"), "four letters, one in another's place: too short to tell");
    Referent cook = referent(a, "a", "Mount Cook");
    assertEquals(cook, referent(a, "c", "Mt. Cook"), "'Mt.' is 'Mount', and keeps its period");
    assertEquals("place", cook.kind(), "a mountain's name is a place's");
  }

  @Test
  void whichWhereAndAGroupsWhoPointBackToTheMentionRightBeforeThem() throws Exception {
    Analysis a = analyse(
        "a.txt", "Varnell Motors, which filed for bankruptcy on Monday, will close the Orsk plant. "
            + "Police took the driver to Dorvik General Hospital, where he died. "
            + "He lived in Kestova, Ostravia, where the plant is. The dock workers, who blocked the gates, went home.\n",
        "b.txt", "Varnell Motors confirmed the closure. Dock workers blocked the gates on Tuesday in Kestova.\n");
    assertTrue(pronoun(referent(a, "a", "Varnell Motors"), "a", "which"), "', which' after the company");
    assertTrue(pronoun(referent(a, "a", "Dorvik General Hospital"), "a", "where"), "', where' after the hospital");
    assertTrue(a.referents().stream().filter(r -> pronoun(r, "a", "where")).count() == 2
            && pronoun(referent(a, "a", "Kestova"), "a", "where"),
        "of 'Kestova, Ostravia, where' the town, which the country only locates");
    assertTrue(pronoun(referent(a, "a", "The dock workers"), "a", "who"), "a group's 'who'");
    Analysis c = analyse(
        "a.txt", "Varnell Motors closed the Orsk plant, which means that 300 jobs will go. Varnell Motors sold the Kestova plant, which made buses.\n",
        "b.txt", "Varnell Motors closed the Orsk plant and sold the Kestova plant on Monday.\n");
    assertTrue(c.referents().stream().filter(r -> pronoun(r, "a", "which")).count() == 1
        && pronoun(referent(c, "a", "the Kestova plant"), "a", "which"), "', which means' is the clause's; ', which made' the plant's");
  }

  @Test
  void aFirmsLegalFormAndCompanyWordJoinItsNameAndItsKindComesFromWhereItIsBased() throws Exception {
    Analysis a = analyse(
        "a.txt", "Torvane Data Systems Corp. agreed to the deal. Traders sold shares of Kessling Company on Friday. Analysts cited rival TDS.\n",
        "b.txt", "Torvane Data Systems Corporation confirmed the deal on Monday. Ohio-based Torvane Data Systems will keep its name."
            + " The deal closes in May, Kessling said. Traders bought Kessling Co shares.\n",
        "c.txt", "Torvane Data Systems and Kessling agreed to the merger.\n");
    Referent torvane = referent(a, "c", "Torvane Data Systems");
    assertEquals(torvane, referent(a, "a", "Torvane Data Systems Corp."), "'Corp.' is its legal form");
    assertEquals(torvane, referent(a, "b", "Torvane Data Systems Corporation"), "and so is 'Corporation'");
    assertEquals("organisation", torvane.kind(), "'Ohio-based' says a firm or a body");
    Referent kessling = referent(a, "c", "Kessling");
    assertEquals(kessling, referent(a, "a", "Kessling Company"), "a firm with 'Company' after it");
    assertEquals(kessling, referent(a, "b", "Kessling Co"), "and with 'Co', which is one with it already");
    assertTrue(of(a, "a", "TDS").map(r -> !r.kind().equals("person")).orElse(true), "a title makes no person of an acronym");
  }

  @Test
  void theCompanyIsNotTheFirmNamedLastWhenTheSentenceNamesTwo() throws Exception {
    Analysis a = analyse(
        "a.txt", "Pellworth Inc. bought Corvane Corp. in 2001. Analysts said joining Pellworth and Corvane could ruin the company.\n",
        "b.txt", "Pellworth Inc. agreed on Monday. Corvane Corp. said the company would keep its staff.\n");
    Referent corvane = referent(a, "b", "Corvane Corp.");
    assertEquals(corvane, referent(a, "b", "the company"), "one firm named just before: the company is it");
    assertTrue(of(a, "a", "the company").map(r -> !r.equals(corvane) && !r.equals(referent(a, "a", "Pellworth Inc.")))
        .orElse(true), "two firms named in the sentence: either, or neither");
  }

  @Test
  void hyphenatedAndShortTitlesAndAFathersSrLeaveThePersonsName() throws Exception {
    Analysis a = analyse(
        "a.txt", "Attorney-General Hollis Brandt said charges were possible. Ravens GM Dario Keswick said the team would wait."
            + " W. Joel Amberley Sr. died on Thursday. Joel Amberley Jr. spoke at the funeral.\n",
        "b.txt", "Attorney General Hollis Brandt said little. Ravens general manager Dario Keswick spoke to reporters."
            + " Joel Amberley was 95.\n");
    assertEquals(referent(a, "b", "Attorney General Hollis Brandt"), referent(a, "a", "Attorney-General Hollis Brandt"));
    Referent keswick = referent(a, "b", "Ravens general manager Dario Keswick");
    assertEquals(keswick, referent(a, "a", "GM Dario Keswick"));
    assertEquals("person", keswick.kind());
    Referent father = referent(a, "b", "Joel Amberley");
    assertEquals(father, referent(a, "a", "W. Joel Amberley Sr."));
    assertEquals("person", referent(a, "a", "Joel Amberley Jr.").kind());
    assertTrue(!referent(a, "a", "Joel Amberley Jr.").equals(father), "the son is not his father");
    Analysis b = analyse(
        "a.txt", "Texas inmate Arcade Jonas Bellweather Jr. escaped on Monday. A rescue crew found no body in the 20 feet of snow.\n",
        "b.txt", "Arcade Jonas Bellweather fled a prison van. Crews searched 600m of the slope and found 200 feet of rope.\n");
    assertEquals(referent(b, "a", "Texas inmate Arcade Jonas Bellweather Jr."), referent(b, "b", "Arcade Jonas Bellweather"),
        "no father in the story: 'Jr.' or not, one man");
    assertTrue(b.referents().stream().flatMap(r -> r.mentions().stream()).noneMatch(m -> m.text().endsWith("feet") || m.text().endsWith("600m")),
        "amounts are no referents, nor are they joined: " + b.referents());
  }

  @Test
  void aNameIsAPlaceByItsPrepositionsOnlyWhenMostOfItsUsesHaveOneOrTheGazetteerKnowsIt() throws Exception {
    Analysis a = analyse(
        "a.txt", "Engineers at Kovix said the chip was late. Analysts expect Kovix to ship it in May. Buyers like Kovix.\n",
        "b.txt", "Kovix confirmed the delay on Monday. Its engineers met in Sunnyvale on Friday. Kovix declined to comment."
            + " Traders sold Kovix shares.\n");
    assertEquals("organisation", referent(a, "a", "Kovix").kind(), "one 'at Kovix' makes no place; its shares a firm");
    assertEquals("place", referent(a, "b", "Sunnyvale").kind(), "a town the gazetteer knows, after 'in'");
  }

  @Test
  void aNameCutAtItsOfIsNoShortFormButANameBeforeOfAndAPlaceIsTheName() throws Exception {
    Analysis a = analyse(
        "a.txt", "She studied at Dellmore University and then at the University of Alabama. She was the first woman"
            + " to be president of a state medical society. The state praised her work.\n",
        "b.txt", "A graduate of Dellmore University of Louisiana, she trained at the University of Alabama.\n");
    Referent dellmore = referent(a, "a", "Dellmore University");
    assertEquals(dellmore, referent(a, "b", "Dellmore University of Louisiana"), "the name, then 'of' and a place");
    assertTrue(!dellmore.equals(referent(a, "a", "the University of Alabama")), "another university");
    assertTrue(of(a, "a", "The state").map(r -> r.mentions().stream().noneMatch(m -> m.text().contains("medical society")))
        .orElse(true), "'the state' is no modifier after a president's noun");
  }

  @Test
  void aNameTheTaggerReadsAsAVerbIsStillAName() throws Exception {
    // "Trump" and "Pyongyang" are tagged as verbs after an initial and after a verb; "Pyongyang's" at a
    // sentence's start as a common noun. Each is written capitalised in mid-sentence and never in lower case.
    // (The story never writes "North Korea": its capital is one referent, by its own name.)
    Analysis a = analyse(
        "a.txt", "US President Donald J. Trump shook hands with Kim Jong Un on Tuesday. The accord commits Pyongyang to talks.\n",
        "b.txt", "Pyongyang's state media hailed the meeting. President Donald Trump called it a success.\n");
    Referent trump = referent(a, "b", "President Donald Trump");
    assertEquals(trump, referent(a, "a", "US President Donald J. Trump"));
    Referent pyongyang = referent(a, "a", "Pyongyang");
    assertEquals("Pyongyang", pyongyang.name());
    assertEquals(pyongyang, referent(a, "b", "Pyongyang"));
  }

  @Test
  void aWordThatOnlyQualifiesATitleIsPartOfTheName() throws Exception {
    // "Air" qualifies "Air Marshal"; alone before a name it is part of the name: Air Moldova is no Moldova.
    Analysis a = analyse(
        "a.txt", "Air Moldova cancelled its flights to Chisinau. Moldova closed its airspace on Friday.\n",
        "b.txt", "Moldova said the airspace would open again. Air Moldova expects to fly on Monday.\n");
    Referent airline = referent(a, "a", "Air Moldova");
    assertEquals("Air Moldova", airline.name());
    assertNotEquals(airline, referent(a, "b", "Moldova"));
    assertEquals(airline, referent(a, "b", "Air Moldova"));
  }

  @Test
  void aLeaderCalledByAnotherNounIsTheOneLeaderOfThatCountry() throws Exception {
    Analysis a = analyse(
        "a.txt", "Belarusian President Anton Lesko met the envoys in Minsk on Monday. Lesko promised new elections.\n",
        "b.txt", "The Belarusian dictator promised new elections, but the two leaders disagreed on the date.\n",
        "c.txt", "Lesko spoke for an hour. The Belarusian despot did not take questions.\n");
    Referent lesko = referent(a, "a", "Belarusian President Anton Lesko");
    assertEquals(lesko, referent(a, "b", "The Belarusian dictator"));
    assertEquals(lesko, referent(a, "c", "The Belarusian despot"));
    assertNotEquals(Optional.of(lesko), of(a, "b", "the two leaders"), "two leaders are not one of them");
  }

  @Test
  void aLeaderNounFitsNoOneWhereTwoLeadersOfThatCountryAreTitled() throws Exception {
    Analysis a = analyse(
        "a.txt", "Belarusian President Anton Lesko and Belarusian Prime Minister Ilya Varkov met the envoys in Minsk.\n",
        "b.txt", "The Belarusian leader promised new elections. Varkov said nothing.\n");
    Optional<Referent> leader = of(a, "b", "The Belarusian leader");
    assertNotEquals(Optional.of(referent(a, "a", "Belarusian President Anton Lesko")), leader);
    assertNotEquals(Optional.of(referent(a, "a", "Belarusian Prime Minister Ilya Varkov")), leader);
  }

  @Test
  void aPeopleByATwoWordNationalityAndADirectionStandForTheirState() throws Exception {
    // "the North Koreans" are North Korea, not its leader titled "North Korean leader"; "the North" is the
    // one state of the story whose name starts with "North".
    Analysis a = analyse(
        "a.txt", "North Korean leader Kim Jong Un met the envoy. The North Koreans want sanctions lifted.\n",
        "b.txt", "North Korea fired a missile on Friday. Seoul said the North had warned nobody.\n");
    Referent state = referent(a, "b", "North Korea");
    assertEquals(state, referent(a, "a", "The North Koreans"));
    assertEquals(state, referent(a, "b", "the North"));
    assertNotEquals(state, referent(a, "a", "North Korean leader Kim Jong Un"));
  }

  @Test
  void theSamePeopleCalledByFramingWordsAreOneGroup() throws Exception {
    // One outlet's migrants are another's illegal aliens and a third's asylum seekers; the caravan of
    // "about 3,000" of them is them. The adjectives are the framing and tell nobody apart.
    Analysis a = analyse(
        "a.txt", "A caravan of about 3,000 Central American migrants reached the border on Wednesday. The migrants asked for shelter.\n",
        "b.txt", "Thousands of illegal aliens arrived at the border this week. Officials said the illegal aliens would be detained.\n",
        "c.txt", "The asylum seekers waited in Tijuana. Rights groups said the asylum seekers had nowhere to go.\n");
    Referent migrants = referent(a, "a", "The migrants");
    assertEquals("group", migrants.kind());
    assertEquals(migrants, referent(a, "a", "A caravan of about 3,000 Central American migrants"));
    assertEquals(migrants, referent(a, "b", "the illegal aliens"));
    assertEquals(migrants, referent(a, "b", "Thousands of illegal aliens"), "a count of people is those people");
    assertEquals(migrants, referent(a, "c", "The asylum seekers"));
    // "illegal aliens" is a label of the wording lexicon: loaded in the referent, and a divergence in labels.
    assertTrue(migrants.mentions().stream().anyMatch(m -> m.text().equals("the illegal aliens") && m.loaded()));
    assertTrue(migrants.mentions().stream().noneMatch(m -> m.text().equals("The migrants") && m.loaded()));
    assertTrue(a.divergences().stream().anyMatch(d -> d.kind().equals("label") && d.about().equals(migrants.id())
        && d.sides().stream().anyMatch(x -> x.text().contains("illegal aliens"))));
  }

  @Test
  void framingWordsForPeopleOfDifferentOriginsKeepThemApart() throws Exception {
    Analysis a = analyse(
        "a.txt", "Honduran migrants reached the border on Wednesday. The Honduran migrants asked for shelter.\n",
        "b.txt", "Salvadoran refugees arrived at the camp this week. The Salvadoran refugees were fed.\n");
    assertNotEquals(referent(a, "a", "Honduran migrants"), referent(a, "b", "Salvadoran refugees"));
  }

  @Test
  void aCommonNounOpeningASentenceIsNoName() throws Exception {
    // "Witnesses" and "Families" are capitalised only to open their sentences: the witnesses and the families.
    Analysis a = analyse(
        "a.txt", "Witnesses said the car did not stop. The witnesses gave their names to the police.\n",
        "b.txt", "Families waited outside the court. The families of the victims said nothing. Secretary of State Mara Quill spoke.\n");
    Referent witnesses = referent(a, "a", "Witnesses");
    assertEquals("group", witnesses.kind());
    assertEquals(witnesses, referent(a, "a", "The witnesses"));
    assertTrue(referent(a, "b", "Secretary of State Mara Quill").name().contains("Mara Quill"));
    assertTrue(a.referents().stream().noneMatch(r -> r.name().equals("Families")), "'Families' is no name");
  }

  @Test
  void aCapitalAsPossessorActsForItsStateAndANameEndsBeforeOfAndAnIngForm() throws Exception {
    // "from Beijing's policy": a possessor after "from" is the state, not the city; "accused China of
    // stealing technology" names China, not "China of stealing technology".
    Analysis a = analyse(
        "a.txt", "The tariffs target industries that benefit from Beijing's industrial policy. China denied it.\n",
        "b.txt", "Washington accused China of stealing American technology on Tuesday.\n");
    Referent china = referent(a, "a", "China");
    assertEquals(china, referent(a, "a", "Beijing"));
    assertEquals(china, referent(a, "b", "China"));
  }

  @Test
  void aNameTheTaggerReadsAsAnAdverbAndANationalityBeforeATitleQualifierArePartsOfNames() throws Exception {
    // "Obamacare" is tagged as an adverb; "American Health" is no title before "Care Act".
    Analysis a = analyse(
        "a.txt", "The American Health Care Act would gut Obamacare's protections, Democrats said.\n",
        "b.txt", "The House passed the American Health Care Act on Thursday. Obamacare stays for now.\n");
    Referent act = referent(a, "a", "The American Health Care Act");
    assertEquals("American Health Care Act", act.name());
    assertEquals(act, referent(a, "b", "the American Health Care Act"));
    assertEquals(referent(a, "a", "Obamacare"), referent(a, "b", "Obamacare"));
  }

  @Test
  void aPersonDescribedByAgeIsTheOneNamedPersonOfThatAge() throws Exception {
    // "a 61-year-old man" in an article that names nobody is "Gordon Vale, 61," of another; each girl is
    // the named girl of her age.
    Analysis a = analyse(
        "a.txt", "Police arrested Gordon Vale, 61, after the shooting. Vale was a former employee. Talia Brook, 12, and Mina Brook, 14, were hurt.\n",
        "b.txt", "A 61-year-old man was arrested at the warehouse. The man did not resist.\n",
        "c.txt", "A 12-year-old girl and a 14-year-old girl were taken to hospital. The girl was released.\n");
    Referent vale = referent(a, "a", "Gordon Vale");
    assertEquals(vale, referent(a, "b", "A 61-year-old man"));
    assertEquals(referent(a, "a", "Talia Brook"), referent(a, "c", "A 12-year-old girl"));
    assertEquals(referent(a, "a", "Mina Brook"), referent(a, "c", "a 14-year-old girl"));
  }

  @Test
  void twoNamedPeopleNeverBecomeOneReferentAndANicknameIsItsPerson() throws Exception {
    // "the Secretary of the Air Force" fits the titles of two people; no description or role joins
    // two full names. "Jim" is "James"; "the AP" is no Alma Prieto; "Brig. Gen." is a title, whole.
    Analysis a = analyse(
        "a.txt", "Air Force Secretary Dana Rusk signed the tanker lease on Monday. Air Force Under Secretary Omar Feld agreed "
            + "with the plan. Jim Rusk, the secretary, said the price was fair. Alma Prieto, a senator, opposed it, the AP reported.\n",
        "b.txt", "The Secretary of the Air Force defended the deal. James Rusk spoke to reporters. Brig. Gen. Tomas Ruiz backed "
            + "the lease. The House voted after the White House asked for a delay.\n");
    Referent feld = referent(a, "a", "Air Force Under Secretary Omar Feld");
    Referent jim = referent(a, "a", "Jim Rusk");
    assertNotEquals(feld, jim);
    assertEquals(jim, referent(a, "b", "James Rusk"));
    assertNotEquals(referent(a, "a", "Alma Prieto"), referent(a, "a", "the AP"));
    Referent ruiz = referent(a, "b", "Brig. Gen. Tomas Ruiz");
    assertEquals("person", ruiz.kind());
    assertTrue(a.referents().stream().noneMatch(r -> r.name().equals("Gen") || r.name().equals("Brig")), "titles are no names");
    assertNotEquals(referent(a, "b", "The House"), referent(a, "b", "the White House"));
  }

  @Test
  void aMiddleInitialStaysInsideTheName() throws Exception {
    // The tagger's tokenizer cut "A." from "Vincent A. Cianci": "Vincent A" and "Cianci" were two names.
    Analysis a = analyse(
        "a.txt", "The aide to former Mayor Vincent A. Cianci Jr. was convicted. Judge Ernest C. Torres read the verdict.\n",
        "b.txt", "Cianci said nothing on Friday. Torres declined to comment.\n");
    Referent cianci = referent(a, "a", "former Mayor Vincent A. Cianci Jr.");
    assertEquals("person", cianci.kind());
    assertEquals(cianci, referent(a, "b", "Cianci"));
    assertEquals(referent(a, "a", "Judge Ernest C. Torres"), referent(a, "b", "Torres"));
  }

  @Test
  void theAdministrationIsTheStateOfTheOnePresidentTheStoryTitles() throws Exception {
    // No "<leader> administration" anywhere: the story titles one sitting president and names the United
    // States, so "the administration" is the United States.
    Analysis a = analyse(
        "a.txt", "President Lorne Tate signed the order on Monday. The administration defended it in court.\n",
        "b.txt", "The United States will appeal the ruling. Critics said the administration had overreached.\n");
    Referent us = referent(a, "b", "The United States");
    assertEquals(us, referent(a, "a", "The administration"));
    assertEquals(us, referent(a, "b", "the administration"));
    assertNotEquals(us, referent(a, "a", "President Lorne Tate"));
  }

  @Test
  void thingsOfTwoStatesStayApartWhetherTheStateIsAPossessorOrANationality() throws Exception {
    // "Japan's territorial waters" are Japanese; "Chinese territorial waters" are another state's, and so
    // is "Turkey's government" beside "the Russian government".
    Analysis a = analyse(
        "a.txt", "A submarine left Japan's territorial waters on Wednesday. It never entered Chinese territorial waters, officials said."
            + " The Russian government protested.\n",
        "b.txt", "The sub was seen near Japanese territorial waters. Turkey's government said nothing. The Russian government denied it.\n");
    Referent japanese = referent(a, "a", "Japan's territorial waters");
    assertEquals(japanese, referent(a, "b", "Japanese territorial waters"));
    assertTrue(of(a, "a", "Chinese territorial waters").map(r -> !r.equals(japanese)).orElse(true));
    Referent russian = referent(a, "a", "The Russian government");
    assertEquals(russian, referent(a, "b", "The Russian government"));
    assertTrue(of(a, "b", "Turkey's government").map(r -> !r.equals(russian)).orElse(true));
  }

  @Test
  void aTitleAbbreviatedWithoutItsPeriodIsATitle() throws Exception {
    // British style writes "Gen Ruiz" and "Prof Amara": the person, not a name "Gen Ruiz".
    Analysis a = analyse(
        "a.txt", "Former dictator Tomas Ruiz was indicted on Monday. Prof Lena Amara welcomed the ruling.\n",
        "b.txt", "Gen Ruiz, 89, denies the charges. Prof Amara said the court was brave.\n");
    Referent ruiz = referent(a, "a", "Former dictator Tomas Ruiz");
    assertEquals(ruiz, referent(a, "b", "Gen Ruiz"));
    assertEquals("person", ruiz.kind());
    assertEquals(referent(a, "a", "Prof Lena Amara"), referent(a, "b", "Prof Amara"));
  }

  @Test
  void aSpeakersOwnNationIsNotTheStateTheArticleNamesMost() throws Exception {
    // The secretary speaks of "my nation" and goes on with "the nation": his own country, not Egypt,
    // which the article names most.
    Analysis a = analyse(
        "a.txt", "The secretary flew to Egypt on Monday. Egypt hosted the talks in Cairo. Egypt wants aid. "
            + "It has been an honor to serve my nation, the secretary said. I thank the nation for this chance.\n",
        "b.txt", "Egypt welcomed the visit. The secretary met officials in Egypt.\n");
    Referent egypt = referent(a, "b", "Egypt");
    assertNotEquals(egypt, referent(a, "a", "my nation"));
    assertNotEquals(egypt, referent(a, "a", "the nation"));
  }

  @Test
  void aShortSurnameAfterAnAbbreviatedTitleIsAPerson() throws Exception {
    // "Wu" after "Rep." is tagged a pronoun and has two letters; the title says it is a person's name.
    Analysis a = analyse(
        "a.txt", "Rep. David Wu asked for a review. Wu said the vote was flawed.\n",
        "b.txt", "Rep. Wu wrote to the election office on Monday.\n");
    Referent wu = referent(a, "a", "Rep. David Wu");
    assertEquals("person", wu.kind());
    assertEquals(wu, referent(a, "b", "Rep. Wu"));
  }

  @Test
  void armedMenAndLawmakersCalledByOtherWordsAreOneGroup() throws Exception {
    // One outlet's "the insurgents" are another's "the terrorists"; "lawmakers" are "legislators".
    Analysis a = analyse(
        "a.txt", "The insurgents attacked the convoy near the border. Lawmakers demanded answers.\n",
        "b.txt", "The terrorists ambushed the convoy on Tuesday. Legislators called for a hearing.\n");
    assertEquals(referent(a, "a", "The insurgents"), referent(a, "b", "The terrorists"));
    assertEquals(referent(a, "a", "Lawmakers"), referent(a, "b", "Legislators"));
  }

  @Test
  void aLawsShortNameAndTheDescriptionsBuiltOnItAreTheLaw() throws Exception {
    // "KEEP-SAFE" is "the KEEP-SAFE Act"; so is "the KEEP-SAFE legislation".
    Analysis a = analyse(
        "a.txt", "KEEP-SAFE has failed, critics say. Congress passed the KEEP-SAFE Act in 2003. Boeing lobbied for the Senate bill.\n",
        "b.txt", "The KEEP-SAFE legislation did little to stop spam, researchers said. Boeing declined to comment.\n");
    Referent act = referent(a, "a", "the KEEP-SAFE Act");
    assertEquals(act, referent(a, "a", "KEEP-SAFE"));
    assertEquals(act, referent(a, "b", "The KEEP-SAFE legislation"));
    assertTrue(of(a, "a", "Senate").map(r -> !r.equals(act)).orElse(true), "the Senate bill is no KEEP-SAFE");
  }

  @Test
  void aVerbAfterAPersonNounReadAsAnAdjectiveEndsThePhrase() throws Exception {
    // "official" is tagged an adjective: "a senior State Department official characterized Powell" had been
    // one phrase, and the official (and every "the official") joined Powell.
    Analysis a = analyse(
        "a.txt", "Secretary of State Colin Powell resigned on Monday. A senior State Department official characterized Powell's "
            + "departure this way: he was not asked to stay. The official spoke on condition of anonymity.\n",
        "b.txt", "Powell will stay until his successor is confirmed.\n");
    Referent powell = referent(a, "a", "Secretary of State Colin Powell");
    assertTrue(powell.mentions().stream().noneMatch(m -> m.text().contains("official")), powell.mentions().toString());
  }

  @Test
  void aNameAmongAPersonsTitlesIsAMentionOfItsOwn() throws Exception {
    // "Kovex" in "Kovex spokesman Daniel Hurst" is the firm; an address's "East" and a capital that only
    // opens the sentence ("Retail analyst") are not names of anything.
    Analysis a = analyse(
        "a.txt", "Kovex lost the tanker contract on Friday. A statement by Kovex spokesman Daniel Hurst said the firm "
            + "would appeal. Retail analyst Tom Berg said the loss would hurt. The firm's office is at 40 East 5th Avenue.\n",
        "b.txt", "Kovex chief executive Laura Penn called the decision wrong. Kovex said it would protest.\n");
    Referent kovex = referent(a, "a", "Kovex");
    assertEquals(Optional.of(kovex), nth(a, "a", "Kovex", 1));
    assertEquals(Optional.of(kovex), nth(a, "b", "Kovex", 0));
    Referent hurst = referent(a, "a", "Kovex spokesman Daniel Hurst");
    assertEquals("person", hurst.kind());
    assertNotEquals(kovex, hurst);
    assertTrue(of(a, "a", "Retail").isEmpty(), "'Retail' only opens its sentence");
    assertTrue(of(a, "a", "East").isEmpty(), "'East' is part of an address");
  }

  @Test
  void aPossessorBeforeABareApostropheIsAMentionWithoutTheApostrophe() throws Exception {
    // "Jeffs' lawyers", "the Hawks' defense": the owner is a mention of its own, not a name "Jeffs'"; "a
    // fans' protest" keeps its article for the protest.
    Analysis a = analyse(
        "a.txt", "Warren Jeffs was convicted on Friday. Jeffs' lawyers said they would appeal. The Marlowe Hawks lost "
            + "on Sunday and the Hawks' defense collapsed, which led to a fans' protest.\n",
        "b.txt", "Jeffs will be sentenced next month. The Hawks fired their coach.\n");
    Referent jeffs = referent(a, "a", "Warren Jeffs");
    assertEquals(Optional.of(jeffs), nth(a, "a", "Jeffs", 1));
    assertEquals(referent(a, "b", "The Hawks"), referent(a, "a", "the Hawks"));
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream())
        .noneMatch(m -> m.text().endsWith("'") || m.text().equals("a fans")), a.referents().toString());
  }

  @Test
  void initialsTwoReferentsShareStandForNeither() throws Exception {
    // "GM" is spelled out as Global Metals; Gorge Mining, a client, has the same initials.
    Analysis a = analyse(
        "a.txt", "On Monday, Global Metals (GM) stopped selling steel to Gorge Mining.\n",
        "b.txt", "GM said Gorge Mining had paid late since 2009. Gorge Mining did not comment.\n");
    Referent gm = referent(a, "b", "GM");
    assertEquals(gm, referent(a, "a", "Global Metals (GM)"));
    assertNotEquals(gm, referent(a, "b", "Gorge Mining"));
    assertNotEquals(gm, referent(a, "a", "Gorge Mining"));
  }

  @Test
  void aStateCalledASideInTalksIsTheState() throws Exception {
    // Diplomatic news calls a party to talks "the Chinese side", "the Russian delegation"; "the Syrian side
    // of the border" is a place.
    Analysis a = analyse(
        "a.txt", "China said on Monday the trade talks had failed. The Chinese side blamed Washington.\n",
        "b.txt", "The Russian delegation left Geneva on Friday. Russia said the talks would resume. Rebels held the Syrian "
            + "side of the border. Syria did not comment.\n");
    assertEquals(referent(a, "a", "China"), referent(a, "a", "The Chinese side"));
    assertEquals(nth(a, "b", "Russia", 1), of(a, "b", "The Russian delegation"));
    Referent syria = nth(a, "b", "Syria", 1).orElseThrow();
    assertTrue(of(a, "b", "the Syrian side of the border").map(r -> !r.equals(syria)).orElse(true));
  }

  @Test
  void aNameBeforeItsSpokesmanIsAnOrganisation() throws Exception {
    // Nothing in "Kovex" says what it is but the people who speak for it; a place keeps its kind.
    Analysis a = analyse(
        "a.txt", "Shares fell after Kovex lost the contract. Kovex spokesman Daniel Hurst, who heads Kovex's press office, "
            + "said the firm would appeal. Kansas senator Sam Brownback called it a scandal.\n",
        "b.txt", "Kovex analyst Laura Penn said Kovex would bid again. Kansas will lose jobs.\n");
    assertEquals("organisation", referent(a, "a", "Kovex").kind());
    assertEquals("place", referent(a, "b", "Kansas").kind());
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream()).noneMatch(m -> m.text().startsWith("heads")),
        "'who heads' begins no phrase");
  }

  @Test
  void aCapitalThatOnlyOpensSentencesOfAWordWrittenInLowerCaseIsNoName() throws Exception {
    // The tagger reads "Once" and "Rather" at a sentence's start as names; the article writes both in lower case.
    Analysis a = analyse(
        "a.txt", "Once the deal closed, Kovex cut jobs. Kovex said it would cut jobs once more. Rather than wait, "
            + "Kovex sold the plant, which it would rather have kept.\n",
        "b.txt", "Kovex cut 300 jobs on Monday.\n");
    assertTrue(of(a, "a", "Once").isEmpty(), a.referents().toString());
    assertTrue(of(a, "a", "Rather").isEmpty(), a.referents().toString());
    assertTrue(of(a, "a", "Kovex").isPresent());
  }

  @Test
  void aFirmNamedBeforeItsOfficersCapitalisedTitleIsAMention() throws Exception {
    // "Kovex CEO Laura Penn" is written as one run of capitals; the firm in it is a mention. A department
    // before a minister's title ("Commerce Secretary") is part of the title.
    Analysis a = analyse(
        "a.txt", "Kovex CEO Laura Penn said sales fell. Commerce Secretary Gary Locke met her on Monday.\n",
        "b.txt", "Kovex cut 300 jobs, Penn said.\n");
    Referent kovex = referent(a, "b", "Kovex");
    assertEquals(kovex, referent(a, "a", "Kovex"));
    assertNotEquals(kovex, referent(a, "a", "Kovex CEO Laura Penn"));
    assertTrue(of(a, "a", "Commerce").isEmpty(), a.referents().toString());
  }

  @Test
  void anAcronymThatSpellsOutATitleAndANameIsTheWholeName() throws Exception {
    // "General" is a rank, but "(GE)" takes in both words: the acronym is the firm's.
    Analysis a = analyse(
        "a.txt", "On Monday, General Electric (GE) said it will sell its lighting unit.\n",
        "b.txt", "GE said the unit had sold poorly since 2009. General Electric did not comment.\n");
    assertEquals(referent(a, "b", "GE"), referent(a, "a", "General Electric (GE)"));
  }

  @Test
  void aKnownPlaceOpeningASentenceIsWhole() throws Exception {
    // "United" and "New" opening a sentence were no names (the tagger reads adjectives), so "States" and
    // "York" were mentions of their own.
    Analysis a = analyse(
        "a.txt", "United States President Barack Obama met the envoy on Monday. New York police said the march was peaceful.\n",
        "b.txt", "The United States said it would respond. Police in New York made no arrests.\n");
    assertEquals(referent(a, "b", "The United States"), referent(a, "a", "United States"));
    assertEquals(referent(a, "b", "New York"), referent(a, "a", "New York"));
  }

  @Test
  void aSurnameWithItsParticleIsThePersonAndKinOfANamedPersonIsAPerson() throws Exception {
    // "Lo" is no first name: "Lo Presti" is Gaetano Lo Presti. "Zelani Korvel" has no given name the lexicon
    // knows and says nothing, but shares her surname with Adam Korvel, who speaks in the same article. "Dana"
    // is also a noun WordNet knows, as a writer's name only: alone, it is the story's one Dana.
    Analysis a = analyse(
        "a.txt", "Gaetano Lo Presti was arrested on Tuesday. Adam Korvel said his wife, Zelani Korvel, had vanished. "
            + "Dana Weiss found her car.\n",
        "b.txt", "Police found Lo Presti dead in his cell. Zelani was last seen on Friday, Adam Korvel said. Dana called "
            + "the police.\n");
    assertEquals(referent(a, "a", "Gaetano Lo Presti"), referent(a, "b", "Lo Presti"));
    Referent zelani = referent(a, "a", "Zelani Korvel");
    assertEquals("person", zelani.kind());
    assertEquals(zelani, referent(a, "b", "Zelani"));
    assertNotEquals(zelani, referent(a, "a", "Adam Korvel"));
    assertEquals(referent(a, "a", "Dana Weiss"), referent(a, "b", "Dana"));
  }

  @Test
  void aNameWithoutAGivenNameJoinsItsLongerFormAndAnInstitutionItsFullName() throws Exception {
    // "Red Sox" has the shape of a person's name but nothing says it is one; "Centre" and "Center" are one
    // spelling; "Brenwick" before "Treatment Center" is the clinic; a firm already known by another name keeps
    // its division apart.
    Analysis a = analyse(
        "a.txt", "The Boston Red Sox signed the pitcher. She entered the Brenwick Treatment Centre on Monday. "
            + "Hewlett-Packard (HP) bought the firm. HP Services will run it.\n",
        "b.txt", "The Red Sox paid $20 million. Brenwick Treatment Center confirmed she was there. A spokesman for Brenwick "
            + "declined to comment. HP said the deal would close in May.\n");
    assertEquals(referent(a, "a", "The Boston Red Sox"), referent(a, "b", "The Red Sox"));
    Referent clinic = referent(a, "b", "Brenwick Treatment Center");
    assertEquals(clinic, referent(a, "a", "the Brenwick Treatment Centre"));
    assertEquals(Optional.of(clinic), nth(a, "b", "Brenwick", 1));
    assertNotEquals(referent(a, "b", "HP"), referent(a, "a", "HP Services"));
  }

  @Test
  void aPersonOfAPlaceIsThePersonAndThePlaceStaysAPlace() throws Exception {
    // The last word of "Ravi Subran of Glenmore" is where he lives, not his surname.
    Analysis a = analyse(
        "a.txt", "Police charged Ravi Subran of Glenmore with the crash. Glenmore residents left flowers.\n",
        "b.txt", "Ravi Subran, 23, was held overnight. The crash shocked Glenmore, a quiet town.\n");
    Referent ravi = referent(a, "b", "Ravi Subran");
    assertEquals(ravi, referent(a, "a", "Ravi Subran of Glenmore"));
    assertNotEquals(Optional.of(ravi), of(a, "b", "Glenmore"));
  }

  @Test
  void aCountrysLongAndShortNameInsideAnInstitutionsNameAreOne() throws Exception {
    Analysis a = analyse(
        "a.txt", "The United States Air Force awarded the contract on Monday.\n",
        "b.txt", "The U.S. Air Force said the tanker deal was fair. The Staunton Police Department opened an inquiry.\n",
        "c.txt", "Staunton Police said the inquiry would take weeks.\n");
    assertEquals(referent(a, "a", "The United States Air Force"), referent(a, "b", "The U.S. Air Force"));
    assertEquals(referent(a, "b", "The Staunton Police Department"), referent(a, "c", "Staunton Police"));
  }

  @Test
  void aDepartmentOfItsFieldAndAnAcronymWithTheCountrysInitialsAreTheInstitution() throws Exception {
    // "Department of Labor" / "Labor Department"; "USGS" spells "U.S." too, and at a sentence's end its
    // period is the sentence's. The Bureau of Tariffs's initials are invented, so no lexicon knows them.
    Analysis a = analyse(
        "a.txt", "The U.S. Department of Labor said claims rose. The U.S. Bureau of Tariffs measured the trade gap.\n",
        "b.txt", "The US Labor Department will report again. The gap widened, according to the USBT.\n");
    assertEquals(referent(a, "a", "The U.S. Department of Labor"), referent(a, "b", "The US Labor Department"));
    Referent usbt = referent(a, "b", "the USBT");
    assertEquals("the USBT", usbt.mentions().stream().filter(m -> m.article().equals("b")).findFirst().orElseThrow().text());
    assertEquals(usbt, referent(a, "a", "The U.S. Bureau of Tariffs"));
  }

  @Test
  void theAliasLexiconKnowsBodiesNewsNamesByAcronymOrShortName() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Federal Reserve raised rates on Wednesday. Burma's junta did not comment.\n",
        "b.txt", "The Fed said inflation was too high. Myanmar held elections in 2020.\n");
    assertEquals(referent(a, "a", "The Federal Reserve"), referent(a, "b", "The Fed"));
    assertEquals(referent(a, "a", "Burma's junta"), referent(a, "b", "Myanmar")); // a state's government is the state
  }

  @Test
  void aNameTheTaggerReadsAsAVerbOpeningASentenceIsANameWhereAnotherArticleWritesItSo() throws Exception {
    // Article a never writes "Versling" in mid-sentence, and the tagger reads it as a verb in -ing; article b
    // does, as a name.
    Analysis a = analyse(
        "a.txt", "Versling claims that the new plane is lighter. Versling Commercial Jets delivered it in May.\n",
        "b.txt", "Shares of Versling rose on Monday. The plane flew in May.\n");
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream())
        .anyMatch(m -> m.article().equals("a") && m.start() == 0 && m.text().equals("Versling")), a.referents().toString());
    assertTrue(of(a, "a", "Versling Commercial Jets").isPresent(), a.referents().toString());
  }

  @Test
  void theBodyATitleWithOfIsHeldAtIsAMentionAndThePersonStartsAtTheGivenName() throws Exception {
    // "Secretary of the Air Force James Roche": "Air" and "Force" also qualify titles ("Air Marshal"), but
    // here they name the body; the person is James Roche, not "Air Force James Roche".
    Analysis a = analyse(
        "a.txt", "Secretary of the Air Force James Roche said the deal was fair. Director of Air Force Communications "
            + "Bill Bodie agreed.\n",
        "b.txt", "The Air Force signed the lease. Roche resigned in May.\n");
    Referent roche = referent(a, "b", "Roche");
    assertEquals("James Roche", roche.name());
    assertEquals("Bill Bodie", referent(a, "a", "Director of Air Force Communications Bill Bodie").name());
    assertEquals(Optional.of(referent(a, "b", "The Air Force")), nth(a, "a", "Air Force", 0));
    assertNotEquals(roche, referent(a, "b", "The Air Force"));
  }

  @Test
  void aCurrencyIsNoCountryAndAStateBeforeAHyphenTellsTwoThingsApart() throws Exception {
    // "US$" had been a mention of the United States; "the U.S.-led war" had joined "Japan's war".
    Analysis a = analyse(
        "a.txt", "The United States paid US$40 million. Japan's war ended in 1945, long before the U.S.-led war began.\n",
        "b.txt", "Historians still write about Japan's war. The US said it would pay.\n");
    Referent us = referent(a, "a", "The United States");
    assertTrue(us.mentions().stream().noneMatch(m -> m.text().contains("$")), us.toString());
    Referent japansWar = referent(a, "b", "Japan's war");
    assertNotEquals(Optional.of(japansWar), of(a, "a", "the U.S.-led war"));
  }

  @Test
  void aDayInANameAPlaceEndingAndAnAdministrationOfAnotherBodyAreReadAsSuch() throws Exception {
    // "Friday" had cut "the Good Friday Agreement" in two; "Green" is a surname, but "the Green Zone" is a
    // place; "the American administration" is not the Palestinian Authority's.
    Analysis a = analyse(
        "a.txt", "Power sharing under the Good Friday Agreement was suspended. Shells hit the Green Zone, Green said. "
            + "The daily administration of the Palestinian Authority passed to Abbas, and the American administration "
            + "welcomed it.\n",
        "b.txt", "The Good Friday Agreement ended the violence. Mortars hit the Green Zone on Monday. Many fled. The "
            + "United States sent aid.\n");
    assertEquals(referent(a, "a", "the Good Friday Agreement"), referent(a, "b", "The Good Friday Agreement"));
    assertEquals("place", referent(a, "b", "the Green Zone").kind());
    Referent us = referent(a, "b", "The United States");
    assertTrue(of(a, "a", "The daily administration of the Palestinian Authority").map(r -> !r.equals(us)).orElse(true),
        a.referents().toString());
    assertTrue(of(a, "b", "Many").isEmpty(), a.referents().toString());
  }

  @Test
  void aCommonPluralOpeningASentenceIsNoName() throws Exception {
    // The tagger reads "Shells" and "Mortars" opening a sentence as names; no article writes them as names.
    Analysis a = analyse(
        "a.txt", "Shells hit the Green Zone on Monday. Kovex said its staff were safe.\n",
        "b.txt", "Mortars struck the base. Kovex closed its office.\n");
    assertTrue(of(a, "a", "Shells").isEmpty(), a.referents().toString());
    assertTrue(of(a, "b", "Mortars").isEmpty(), a.referents().toString());
    assertTrue(of(a, "b", "Kovex").isPresent());
  }

  @Test
  void aSlotWhosePhraseHasItsHeadInTheSharedWordsJoinsNothing() throws Exception {
    // Aligned, "A spokesman says" stands where "The embattled chairwoman" does; but the chairwoman's
    // phrase goes on into "Maria Lindqvist", the words both sentences share: the spokesman is not she.
    Analysis a = analyse(
        "a.txt", "A spokesman says Maria Lindqvist has resigned from the board of the Nordvik shipping company after the loss of two tankers.\n",
        "b.txt", "The embattled chairwoman Maria Lindqvist has resigned from the board of the Nordvik shipping company after the loss of two tankers.\n");
    Referent maria = referent(a, "a", "Maria Lindqvist");
    assertEquals(maria, referent(a, "b", "The embattled chairwoman Maria Lindqvist"));
    assertNotEquals(Optional.of(maria), of(a, "a", "A spokesman"), a.referents().toString());
  }

  @Test
  void aDescriptionInTwoAlignedSlotsNeverBridgesTwoNamedThings() throws Exception {
    // "the storied program" stands for Kentwood in one aligned pair and where Tom Hadley does in another:
    // the first join holds, the second would make a team and a player one referent.
    Analysis a = analyse(
        "a.txt", "The storied program won its fourth straight game on Saturday night in front of a sold-out arena. Kentwood had lost twice in December.\n",
        "b.txt", "Kentwood won its fourth straight game on Saturday night in front of a sold-out arena. Tom Hadley scored 30 points.\n",
        "c.txt", "Tom Hadley won his fourth straight game on Saturday night in front of a sold-out arena. Kentwood fans cheered him.\n");
    assertNotEquals(referent(a, "b", "Kentwood"), referent(a, "b", "Tom Hadley"), a.referents().toString());
  }

  @Test
  void aPersonsNameAndADescriptionOfNoPersonInOneSlotStayApart() throws Exception {
    // Two tellings alike but for their subjects: a studio is not the actress who stars for it.
    Analysis a = analyse(
        "a.txt", "Anna Berg is in a hurry to start shooting the second film in August, a source said. Anna Berg starred in the first film.\n",
        "b.txt", "The studio is in a hurry to start shooting the second film in August, a source said. Anna Berg has not signed yet.\n");
    Referent berg = referent(a, "a", "Anna Berg");
    assertEquals(berg, referent(a, "b", "Anna Berg"));
    assertNotEquals(Optional.of(berg), of(a, "b", "The studio"), a.referents().toString());
  }

  @Test
  void differentOrdinalsBeforeOneHeadAreDifferentThings() throws Exception {
    Analysis a = analyse(
        "a.txt", "The first film earned $400 million. The studio wants the second film in cinemas by November.\n",
        "b.txt", "Shooting of the second film begins in August. The first film was a hit with critics.\n");
    assertEquals(referent(a, "a", "the second film"), referent(a, "b", "the second film"));
    assertEquals(referent(a, "a", "The first film"), referent(a, "b", "The first film"));
    assertNotEquals(referent(a, "a", "The first film"), referent(a, "a", "the second film"), a.referents().toString());
  }

  @Test
  void aBareHeadDoesNotTieTwoOrdinalsTogether() throws Exception {
    // "The floor" of each outlet may be either floor: it must not make the second and the third floor one.
    Analysis a = analyse(
        "a.txt", "The fire started on the second floor of the dairy on Monday night. Firefighters reached the floor an hour later.\n",
        "b.txt", "Smoke filled the third floor of the dairy before firefighters arrived. The floor collapsed soon after.\n");
    assertTrue(apart(a, "a", "the second floor", "third"), a.referents().toString());
    assertTrue(apart(a, "b", "the third floor", "second"), a.referents().toString());
    assertTrue(apart(a, "a", "the floor", "third"), a.referents().toString());
  }

  @Test
  void aRoleTurnedIntoAnotherIsStillInAppositionToTheName() throws Exception {
    // "X, the swimming champion turned actress who ...": the role goes on, as "a friend who" does.
    Analysis a = analyse(
        "a.txt", "Mara Lindqvist, the tennis champion turned actress who starred in two musicals, died on Monday at 91.\n",
        "b.txt", "Lindqvist won three titles before she went to Hollywood, her publicist said.\n");
    assertEquals(referent(a, "a", "Mara Lindqvist"), referent(a, "a", "the tennis champion"), a.referents().toString());
  }

  @Test
  void theWorldWarsAreEventsUnderEveryNameTheNewsGivesThem() throws Exception {
    Analysis a = analyse(
        "a.txt", "Williams became a favourite pinup of American soldiers during World War II, her publicist said.\n",
        "b.txt", "Her films were popular with troops in WWII, and she swam in the Second World War years too.\n");
    Referent war = referent(a, "a", "World War II");
    assertEquals("event", war.kind(), war.toString());
    assertEquals(war, referent(a, "b", "WWII"));
  }

  @Test
  void anOrdinalOfAnotherSeriesInBetweenDoesNotTieTwoOrdinalsTogether() throws Exception {
    // "The next film" may be the first film's sequel or the same film told later; either way the referent
    // that holds "the first film" keeps "the third film" out.
    Analysis a = analyse(
        "a.txt", "The studio released the first film in 2011, and the film earned $400 million. The next film opens in May.\n",
        "b.txt", "Shooting of the third film begins in August. The film has a new director, the studio said.\n",
        "c.txt", "Fans waited for the next film for two years. The film will be longer than the first film.\n");
    assertTrue(apart(a, "b", "the third film", "first"), a.referents().toString());
    assertTrue(apart(a, "a", "the first film", "third"), a.referents().toString());
  }

  @Test
  void aSourceWhoSpeaksIsAPersonAndAPluralRoleIsNoTitle() throws Exception {
    // WordNet's first sense of "source" is a place; in the news a source is someone who talks.
    Analysis a = analyse(
        "a.txt", "A source close to the club said the coach would resign. The new film stars Anna Berg as a coach.\n",
        "b.txt", "The source said the coach had lost the dressing room. At the match were actors Anna Berg and Tom Hadley.\n");
    assertEquals("person", referent(a, "a", "A source").kind(), a.referents().toString());
    assertTrue(of(a, "a", "stars Anna Berg").isEmpty(), a.referents().toString());
    assertTrue(of(a, "a", "Anna Berg").isPresent(), a.referents().toString());
    assertEquals(referent(a, "a", "Anna Berg"), referent(a, "b", "Anna Berg"));
  }

  @Test
  void aVerbTheTaggerReadsAsANounIsNoPartOfTheNameAfterIt() throws Exception {
    Analysis a = analyse(
        "a.txt", "A strike could upset Kovex Systems, analysts said. Kovex Systems plans to acquire Marlow Shipping this year, by exercising Marlow's option.\n",
        "b.txt", "Kovex Systems confirmed its bid for Marlow Shipping on Monday.\n");
    assertTrue(of(a, "a", "upset Kovex Systems").isEmpty(), a.referents().toString());
    assertTrue(of(a, "a", "acquire Marlow Shipping").isEmpty(), a.referents().toString());
    assertTrue(of(a, "a", "exercising Marlow").isEmpty(), a.referents().toString());
    assertEquals(referent(a, "a", "Kovex Systems"), referent(a, "b", "Kovex Systems"));
    assertEquals(referent(a, "a", "Marlow Shipping"), referent(a, "b", "Marlow Shipping"));
  }

  @Test
  void aShipsNameIsAThingWhateverTheNameAfterItsPrefix() throws Exception {
    // "Sukanya" is a given name and Mysore a city; after a ship's prefix they are vessels. A trawler is a
    // boat in the news, not WordNet's first sense (a fisherman).
    Analysis a = analyse(
        "a.txt", "The Indian warship INS Sukanya chased the pirates off. INS Mysore stayed near Aden. A Thai trawler was hijacked on Tuesday.\n",
        "b.txt", "INS Sukanya, a patrol vessel, fired warning shots. The crew of INS Mysore boarded the Thai trawler.\n");
    assertEquals("thing", referent(a, "b", "INS Sukanya").kind(), a.referents().toString());
    assertEquals("thing", referent(a, "a", "INS Mysore").kind(), a.referents().toString());
    assertEquals("thing", referent(a, "a", "A Thai trawler").kind(), a.referents().toString());
  }

  @Test
  void twoModifiersOfOneHeadInOneSlotOfAnAlignedFactAreOneThingCalledTwoWays() throws Exception {
    // "travel ban" / "Muslim ban": the word choice the analyst compares, one ban.
    Analysis a = analyse(
        "a.txt", "The Supreme Court upheld the president's travel ban on Tuesday, ending a long legal fight.\n",
        "b.txt", "The Supreme Court upheld the president's Muslim ban on Tuesday, ending a long legal fight.\n",
        "c.txt", "On Tuesday the Supreme Court upheld the travel ban in a five to four ruling.\n");
    Referent ban = referent(a, "a", "the president's travel ban");
    assertEquals(ban, referent(a, "b", "the president's Muslim ban"), a.referents().toString());
    assertEquals(ban, referent(a, "c", "the travel ban"));
  }

  @Test
  void oneSurnameTransliteratedTwoWaysIsOnePersonUnlessOneArticleWritesBoth() throws Exception {
    Analysis a = analyse(
        "a.txt", "Ukrainian President Volodymyr Zelensky denied the charge on Wednesday.\n",
        "b.txt", "Ukrainian President Volodymyr Zelenskiy spoke to reporters in Helsinki.\n",
        "c.txt", "Ivan Markov beat Ivan Markow in the final on Sunday.\n");
    assertEquals(referent(a, "a", "Ukrainian President Volodymyr Zelensky"), referent(a, "b", "Ukrainian President Volodymyr Zelenskiy"),
        a.referents().toString());
    // Written both ways in one article, the two are two people.
    assertNotEquals(referent(a, "c", "Ivan Markov"), referent(a, "c", "Ivan Markow"), a.referents().toString());
  }

  @Test
  void aNameWithTheKindOfThingItIsIsThatNameButAPlacesExchangeIsNoPlace() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Kovex composite index fell 3 percent on Monday. Traders at the Tokyo exchange sold shares as Tokyo braced for a storm.\n",
        "b.txt", "The Kovex lost 3 percent on Monday, its worst day since March. Tokyo closed its schools.\n");
    assertEquals(referent(a, "a", "The Kovex composite index"), referent(a, "b", "The Kovex"), a.referents().toString());
    assertNotEquals(Optional.of(referent(a, "b", "Tokyo")), of(a, "a", "the Tokyo exchange"), a.referents().toString());
  }

  @Test
  void aRoleWithAStateIsNoPersonAnotherMentionTitlesWithAnotherState() throws Exception {
    // "President Hu Jintao" carries no state here, but "Chinese President Hu Jintao" does elsewhere: the
    // Brazilian president after him is the other president.
    Analysis a = analyse(
        "a.txt", "Chinese President Hu Jintao arrived in Brasilia on Friday. Brazilian President Luiz Inacio Lula da Silva met him at the airport.\n",
        "b.txt", "President Hu Jintao signed eleven trade deals on Friday. The Brazilian president praised the deals.\n");
    assertNotEquals(referent(a, "b", "President Hu Jintao"), referent(a, "b", "The Brazilian president"), a.referents().toString());
  }

  @Test
  void aDescriptionOfAFirmOrAPlaceInAppositionToItsNameIsThatFirmOrPlace() throws Exception {
    Analysis a = analyse(
        "a.txt", "Irish low cost airline, Ryanair, announced today that it is exercising its options with Boeing.\n\n"
            + "In a statement, Boeing, which builds the 737, welcomed the order.\n",
        "b.txt", "Ford Motors Co., the automobile manufacturing firm, has posted an annual profit of $2.7 billion.\n\n"
            + "The talks with Ryanair, Lufthansa and KLM went on, while the city, Dublin, waited.\n",
        "c.txt", "Ryanair ordered five jets. The order came from Ryanair, Boeing said.\n");
    Referent ryanair = referent(a, "c", "Ryanair");
    assertEquals(ryanair, referent(a, "a", "Irish low cost airline"));
    assertEquals("organisation", ryanair.kind());
    // With the description its subject, "its" points back to the airline.
    int its = "Irish low cost airline, Ryanair, announced today that it is exercising its".lastIndexOf("its");
    assertTrue(ryanair.pronouns().stream().anyMatch(m -> m.article().equals("a") && m.start() == its), ryanair.pronouns().toString());
    assertEquals(referent(a, "b", "Ford Motors Co."), referent(a, "b", "the automobile manufacturing firm"));
    assertEquals(referent(a, "b", "Dublin"), referent(a, "b", "the city"));
    // After a preposition a comma closes an adverbial ("In a statement, Boeing,"); in a list of names
    // ("Ryanair, Lufthansa and KLM") a name is no apposition; a person's role is the role rule's.
    assertNotEquals(Optional.of(referent(a, "a", "Boeing")), of(a, "a", "a statement"));
    assertNotEquals(referent(a, "b", "Lufthansa"), referent(a, "b", "Ryanair"));
  }

  @Test
  void itsAndItPointBackToAFirmKnownByItsNameAlone() throws Exception {
    String a1 = "Microsoft has issued an emergency patch for its Internet Explorer browser.\n\n"
        + "China Eastern Airlines stated on Thursday that it had signed a contract for new jets.\n\n"
        + "He also advised Hollywood for its 1965 television series.\n\n"
        + "Henry Paulson explained the reasoning behind its plan.\n";
    Analysis a = analyse(
        "a.txt", a1,
        "b.txt", "Microsoft said the flaw was serious. China Eastern Airlines flies to Shanghai. Hollywood was quiet. Henry Paulson spoke.\n");
    int its = a1.indexOf("its Internet");
    int it = a1.indexOf("it had");
    assertTrue(referent(a, "b", "Microsoft").pronouns().stream().anyMatch(m -> m.article().equals("a") && m.start() == its));
    assertTrue(referent(a, "b", "China Eastern Airlines").pronouns().stream().anyMatch(m -> m.article().equals("a") && m.start() == it));
    // The object of a person's verb is no subject ("He also advised Hollywood for its"); a name opening
    // with a given name is a person's, whatever kind the story gave it.
    assertTrue(referent(a, "a", "Hollywood").pronouns().isEmpty());
    assertTrue(referent(a, "b", "Henry Paulson").pronouns().stream().noneMatch(m -> m.text().equals("its")));
  }

  @Test
  void aParticipleAfterANameTheTaggerReadAsAnAdjectiveIsAVerbNotPartOfTheNextName() throws Exception {
    Analysis a = analyse(
        "a.txt", "The lead grew shortly after Hansbrough passed Phil Ford for the record.\n",
        "b.txt", "Tyler Hansbrough became the top scorer. Phil Ford had held the record.\n");
    assertEquals(referent(a, "b", "Phil Ford"), referent(a, "a", "Phil Ford"));
    assertTrue(of(a, "a", "Hansbrough passed Phil Ford").isEmpty());
  }

  @Test
  void aSeatOfGovernmentThatActsIsItsStateAndAPlaceWhereSomethingHappensIsAPlace() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Kremlin said on Monday that Washington was escalating the conflict. Moscow denied sending troops.\n",
        "b.txt", "Russia rejected the claims, and the White House said it would respond. The talks were held at the Kremlin.\n",
        "c.txt", "The United States imposed sanctions on Russia. Reporters waited at the White House.\n");
    Referent russia = referent(a, "b", "Russia");
    assertEquals(russia, referent(a, "a", "The Kremlin"));
    assertEquals(russia, referent(a, "a", "Moscow"));
    assertEquals(referent(a, "c", "The United States"), referent(a, "b", "the White House"));
    // After a preposition of place the seat is the building, whatever its spelling elsewhere.
    assertNotEquals(Optional.of(russia), of(a, "b", "the Kremlin"));
    assertNotEquals(Optional.of(referent(a, "c", "The United States")), of(a, "c", "the White House"));
  }

  @Test
  void aParticipleReadAsAnAdjectiveAfterAnAuxiliaryAndAnAdverbIsAVerb() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Russians have long opposed American sanctions on the country.\n",
        "b.txt", "Moscow says American sanctions are illegal.\n");
    assertEquals(referent(a, "b", "American sanctions"), referent(a, "a", "American sanctions"));
    assertTrue(of(a, "a", "long opposed American sanctions").isEmpty());
  }

  @Test
  void aFirmsDescriptionRightBeforeItsNameIsThatFirm() throws Exception {
    Analysis a = analyse(
        "a.txt", "Japanese automaker Toyota reported a 32% drop in US sales.\n",
        "b.txt", "Toyota said sales fell. German news agency DPA reported the figures.\n");
    assertEquals(referent(a, "b", "Toyota"), referent(a, "a", "Japanese automaker"));
    assertEquals(referent(a, "b", "DPA"), referent(a, "b", "German news agency"));
  }

  @Test
  void firmsInThePluralAndOneFirmInOneSlotOfAnAlignedFactStayApart() throws Exception {
    Analysis a = analyse(
        "a.txt", "The auto companies asked Congress for an emergency loan of $25 billion on Friday in Washington.\n",
        "b.txt", "The automaker asked Congress for an emergency loan of $25 billion on Friday in Washington.\n",
        "c.txt", "Analysts doubt that the automaker will survive. The auto companies declined to comment.\n");
    assertNotEquals(referent(a, "c", "the automaker"), referent(a, "c", "The auto companies"));
  }

  @Test
  void aFirmNamedByItsRelationToAnotherIsTheFirmNamedBesideIt() throws Exception {
    Analysis a = analyse(
        "a.txt", "Boeing's European rival Airbus built the A380 in Toulouse. Egypt's state news agency MENA said so.\n",
        "b.txt", "Airbus said the jet was late. Boeing said nothing. MENA reported the delay.\n");
    Referent airbus = referent(a, "b", "Airbus");
    assertEquals(airbus, referent(a, "a", "Boeing's European rival"));
    assertNotEquals("person", airbus.kind()); // a rival is a person by WordNet's first sense, not here
    assertNotEquals(referent(a, "b", "Boeing"), airbus);
    assertEquals(referent(a, "b", "MENA"), referent(a, "a", "Egypt's state news agency"));
  }

  @Test
  void aRegionWrittenAsANameTellsWhichCountryANationDescriptionIs() throws Exception {
    Analysis a = analyse(
        "a.txt", "China's ambassador to Vanuatu said he was pushed by the South Pacific island nation's prime minister. "
            + "China has given aid to the nation for years.\n",
        "b.txt", "Vanuatu's prime minister denied it. China protested.\n");
    Referent vanuatu = referent(a, "b", "Vanuatu");
    assertEquals("place", vanuatu.kind());
    assertEquals(vanuatu, referent(a, "a", "the South Pacific island nation"));
    assertNotEquals(referent(a, "b", "China"), referent(a, "a", "the South Pacific island nation"));
  }

  @Test
  void aNameOfAKnownKindAndADescriptionOfAThingInOneSlotAreTwoReferents() throws Exception {
    Analysis a = analyse(
        "a.txt", "On Tuesday Hamas hit the southern town of Sderot again, the army said.\n",
        "b.txt", "On Tuesday rockets hit the southern town of Sderot again, the army said.\n",
        "c.txt", "Hamas denied it. The rockets were made in Gaza, officials said.\n");
    assertNotEquals(referent(a, "c", "Hamas"), referent(a, "b", "rockets"));
  }

  @Test
  void theSameBareDescriptionTiedToTwoStatesIsTwoReferents() throws Exception {
    Analysis a = analyse(
        "a.txt", "The Russian government will buy shares to support the market, Moscow said. The government has"
            + " already spent $20 billion this month.\n",
        "b.txt", "The United States government will buy bank shares, the Treasury said. The government has already"
            + " spent $250 billion.\n",
        "c.txt", "Stocks rose in Moscow and New York after the announcements.\n");
    Referent us = referent(a, "b", "The United States government");
    assertEquals(us, referent(a, "b", "The government"));
    assertNotEquals(us, referent(a, "a", "The government"));
    assertNotEquals(us, referent(a, "a", "The Russian government"));
  }

  @Test
  void peopleOfAStateAreAmongThePeopleOfItsRegion() throws Exception {
    Analysis a = analyse(
        "a.txt", "A caravan of Central American migrants crossed into Mexico on Sunday. The migrants say they are"
            + " fleeing violence.\n",
        "b.txt", "Thousands of Honduran asylum seekers crossed into Mexico on Sunday. The asylum seekers hope to"
            + " reach the United States.\n");
    Referent migrants = referent(a, "a", "The migrants");
    assertEquals(migrants, referent(a, "b", "Thousands of Honduran asylum seekers"));
    assertNotEquals(referent(a, "b", "the United States"), migrants);
  }

  @Test
  void anIndefiniteRoleIsAnyHolderOfItAndTheDefiniteOneIsTheNamedHolder() throws Exception {
    Analysis a = analyse(
        "a.txt", "President Maria Delgado met Premier Tomas Varga in Vienna, the first meeting between a sitting"
            + " Andorran president and a Maltese premier. The president said the talks went well.\n",
        "b.txt", "Maria Delgado and Tomas Varga met in Vienna on Monday.\n");
    Referent delgado = referent(a, "b", "Maria Delgado");
    assertEquals(delgado, referent(a, "a", "The president"));
    assertNotEquals(delgado, of(a, "a", "a sitting Andorran president").orElse(null));
    assertNotEquals(referent(a, "b", "Tomas Varga"), of(a, "a", "a Maltese premier").orElse(null));
  }

  @Test
  void aPersonsRoleInAppositionMayGoOnWithWhereItIsHeldOrWhoThePersonIs() throws Exception {
    Analysis a = analyse(
        "a.txt", "\"It was a shock,\" said Wendy Marsh, a senior editor at the Valley Courier. Paul Okafor, a family"
            + " friend who lives nearby, called the police.\n",
        "b.txt", "Wendy Marsh said the paper would report on it. Paul Okafor said nothing more.\n");
    assertEquals(referent(a, "b", "Wendy Marsh"), referent(a, "a", "a senior editor"));
    assertEquals(referent(a, "b", "Paul Okafor"), referent(a, "a", "a family friend"));
  }

  @Test
  void aDescriptionIsNoGroupNamedByTheModifierOfAnEarlierPersonsRole() throws Exception {
    Analysis a = analyse(
        "a.txt", "Stocks fell sharply on Monday, said Ivo Brandt, a market analyst. The market lost four percent.\n",
        "b.txt", "The market fell for a third day. Ivo Brandt expects more losses.\n");
    assertNotEquals(referent(a, "b", "Ivo Brandt"), referent(a, "a", "The market"));
  }

  @Test
  void thingsInThePluralCalledByWordsOfOneSetAreOneThing() throws Exception {
    Analysis a = analyse(
        "a.txt", "Ruritania imposed new tariffs on Freedonian steel on Monday. The tariffs will stay until talks resume.\n",
        "b.txt", "Freedonia condemned the levies on its steel. The levies hurt its mills, a minister said.\n");
    assertEquals(referent(a, "a", "The tariffs"), referent(a, "b", "the levies"));
  }

  @Test
  void aBareDescriptionIsTheNameItsNounEndsWrittenJustBefore() throws Exception {
    Analysis a = analyse(
        "a.txt", "Engineers inspected the Harwell Dam on Monday. The dam holds back a reservoir of four million tonnes."
            + " The Clean Rivers Act applies to it, and the act sets strict limits.\n",
        "b.txt", "The Harwell Dam was closed to visitors. Officials said the Clean Rivers Act was respected.\n");
    assertEquals(referent(a, "b", "The Harwell Dam"), referent(a, "a", "The dam"));
    assertEquals(referent(a, "b", "the Clean Rivers Act"), referent(a, "a", "the act"));
  }

  @Test
  void aFamilyNameWrittenFirstIsThePersonEvenWhenItIsAlsoACommonNoun() throws Exception {
    // "Ma" is a noun to WordNet (a mother); a story that never writes it in lower case uses it only as a name.
    Analysis a = analyse(
        "a.txt", "Chinese Premier Ma Weiming arrived in Berlin on Monday. Ma said trade would grow.\n",
        "b.txt", "The German chancellor and Ma spoke for two hours. The talks were friendly, officials said.\n");
    Referent ma = referent(a, "a", "Chinese Premier Ma Weiming");
    assertEquals("person", ma.kind());
    assertEquals(Optional.of(ma), nth(a, "a", "Ma", 1));
    assertEquals(ma, referent(a, "b", "Ma"));
  }

  @Test
  void theCountryIsTheOneStateItsSentenceNamedBeforeIt() throws Exception {
    // The article names Norway most, but the sentence is about the Icelandic leader's country.
    Analysis a = analyse(
        "a.txt", "Norway raised tariffs on fish on Monday. Norway says the levies protect Norwegian fleets, and Norway"
            + " will not back down. The Icelandic prime minister said the country would fight to the end.\n",
        "b.txt", "Iceland answered the Norwegian tariffs with its own. Norway called the move regrettable.\n");
    Referent iceland = referent(a, "b", "Iceland");
    assertEquals(iceland, referent(a, "a", "the country"));
    assertNotEquals(referent(a, "b", "Norway"), iceland);
  }

  @Test
  void theOneThingOfEachHeadOfANearIdentitySetIsOneThingEvenWithoutADeterminer() throws Exception {
    Analysis a = analyse(
        "a.txt", "Chile announced tariffs on Peruvian fruit on Monday. Exporters fear tariffs will cut their sales.\n",
        "b.txt", "Peru condemned the new duties. Farmers said duties would ruin them.\n");
    assertEquals(nth(a, "a", "tariffs", 1), Optional.of(referent(a, "b", "the new duties")));
    // Modifiers that tell them apart keep them apart: steel tariffs are not wine duties.
    Analysis b = analyse(
        "a.txt", "Canada announced steel tariffs on Monday. Mexico answered with wine duties.\n",
        "b.txt", "Growers fear the steel tariffs will cut sales, and the wine duties would ruin them.\n");
    assertNotEquals(referent(b, "b", "the steel tariffs"), referent(b, "b", "the wine duties"));
  }

  @Test
  void theCityIsThePlaceItsArticleNamedBeforeIt() throws Exception {
    Analysis a = analyse(
        "a.txt", "Police in Lyon arrested six men on Friday. Lyon has seen a wave of burglaries, and the city's mayor"
            + " asked for more officers.\n",
        "b.txt", "Lyon police said the arrests would calm the city. Residents in Lyon welcomed the news.\n");
    Referent lyon = referent(a, "a", "Lyon");
    assertEquals(lyon, referent(a, "a", "the city"));
    assertEquals(lyon, referent(a, "b", "the city"));
    // With two places named as often, the article does not say which "the city" is.
    Analysis b = analyse(
        "a.txt", "Lyon and Marseille both reported storms. Officials said the city would reopen its schools.\n",
        "b.txt", "Storms closed schools in Lyon and in Marseille on Friday.\n");
    assertNotEquals(of(b, "a", "the city"), Optional.of(referent(b, "a", "Lyon")));
    assertNotEquals(of(b, "a", "the city"), Optional.of(referent(b, "a", "Marseille")));
  }

  @Test
  void aPersonOfAPlaceIsThePersonAndThePlaceIsAPlace() throws Exception {
    // "Sen. Ada Brill of Ohio": where the senator serves is no part of her name; "the Bank of England"
    // and "the University of Leeds" keep theirs.
    Analysis a = analyse(
        "a.txt", "Sen. Ada Brill of Ohio said the Bank of England had erred. Brill spoke at the University of Leeds.\n",
        "b.txt", "Brill, a Democrat, repeated her criticism of the Bank of England on Monday in Ohio.\n");
    Referent brill = referent(a, "b", "Brill");
    assertEquals("person", brill.kind());
    assertEquals(brill, referent(a, "a", "Sen. Ada Brill of Ohio"));
    assertEquals("Ohio", referent(a, "b", "Ohio").name());
    assertEquals(referent(a, "b", "Ohio"), nth(a, "a", "Ohio", 0).orElseThrow());
    assertEquals(referent(a, "a", "the Bank of England"), referent(a, "b", "the Bank of England"));
  }

  @Test
  void protestersRiotersAndMobsOfOneStoryAreOneGroup() throws Exception {
    Analysis a = analyse(
        "a.txt", "Thousands of protesters blocked the roads around the parliament on Wednesday. Police fired tear gas at the protesters.\n",
        "b.txt", "Violent rioters attacked police lines, and officers held firm as the mobs charged.\n");
    Referent protesters = referent(a, "a", "the protesters");
    assertEquals(protesters, referent(a, "b", "Violent rioters"));
    assertEquals(protesters, referent(a, "b", "the mobs"));
  }

  @Test
  void aCommonNounEndingANameIsNoOneTitledByTheWordsBeforeIt() throws Exception {
    // "Air" qualifies titles ("Air Marshal"), but "the Clean Air Act" is an act, not one named "Act"
    // titled "Clean Air", which had joined it to every other act of the story.
    Analysis a = analyse(
        "a.txt", "Congress passed the Clean Air Act in 1990. Lawmakers later passed the Patriot Act.\n",
        "b.txt", "The Patriot Act was renewed on Monday, officials said. The Clean Air Act was not changed.\n");
    assertEquals(referent(a, "a", "the Clean Air Act"), referent(a, "b", "The Clean Air Act"));
    assertEquals(referent(a, "a", "the Patriot Act"), referent(a, "b", "The Patriot Act"));
    assertNotEquals(referent(a, "a", "the Clean Air Act"), referent(a, "a", "the Patriot Act"));
    assertEquals("Clean Air Act", referent(a, "a", "the Clean Air Act").name());
  }

  @Test
  void thePrizesOfAStoryAreNoPeopleOfOneSurname() throws Exception {
    // Without "the", "Nobel Peace Prize" read as a person named Prize; so did "Environmental Prize", and
    // the two were one person with the surname "prize".
    Analysis a = analyse(
        "a.txt", "Wangari Maathai received Nobel Peace Prize on Friday. Goldman Environmental Prize juries had honoured her in 1991.\n",
        "b.txt", "Maathai, a biologist, won Nobel Peace Prize. She planted trees across Kenya.\n");
    Referent nobel = referent(a, "a", "Nobel Peace Prize");
    assertEquals(nobel, referent(a, "b", "Nobel Peace Prize"));
    assertNotEquals("person", nobel.kind());
    assertTrue(nobel.mentions().stream().noneMatch(m -> m.text().contains("Environmental")), nobel.toString());
  }

  @Test
  void aPrizeNamedAfterSomeoneIsNotThatPerson() throws Exception {
    // "Nobel" in "the Nobel prize" had joined the founder the story names, as "Lind" joins Maria Lind.
    Analysis a = analyse(
        "a.txt", "The academy awarded the Hartwell prize to the novelist Maria Lind. The prize was founded by Edgar Hartwell. "
            + "Hartwell, a shipping magnate, died in 1931.\n",
        "b.txt", "Maria Lind won the Hartwell prize on Thursday. Lind thanked the Hartwell award jury and her publisher.\n");
    Referent founder = referent(a, "a", "Edgar Hartwell");
    assertEquals("person", founder.kind());
    assertEquals(Optional.of(founder), nth(a, "a", "Hartwell", 2), "Hartwell, a shipping magnate");
    assertNotEquals(Optional.of(founder), nth(a, "a", "Hartwell", 0), "the Hartwell prize");
    assertTrue(founder.mentions().stream().noneMatch(m -> m.article().equals("b")), founder.toString());
    assertEquals(Optional.of(referent(a, "b", "Maria Lind")), nth(a, "b", "Lind", 1), "a surname alone still finds its person");
  }

  @Test
  void aBareRoleHeldSomewhereIsThePersonsAndNoOtherArticlesSpokesman() throws Exception {
    Analysis a = analyse(
        "a.txt", "Lorries queued at the border on Monday. \"We were not consulted,\" said Ann Roe, spokesman for the "
            + "Hauliers Union. Roe said drivers had waited for two days.\n",
        "b.txt", "The border crossing reopened on Tuesday. A military spokesman said the checks would go on. "
            + "The spokesman gave no date.\n");
    Referent roe = referent(a, "a", "Ann Roe");
    assertEquals(Optional.of(roe), of(a, "a", "spokesman"), "the role in apposition to her name");
    assertNotEquals(Optional.of(roe), of(a, "b", "A military spokesman"), "another article's spokesman");
    assertNotEquals(Optional.of(roe), of(a, "b", "The spokesman"));

    Analysis c = analyse(
        "c.txt", "The chip maker bought the start-up for $334 million. \"This is a big step,\" said Lena Park, senior vice "
            + "president and general manager of the cloud unit. Park said the deal would close in March.\n");
    Referent park = referent(c, "c", "Lena Park");
    assertEquals(Optional.of(park), of(c, "c", "senior vice president"), "the first of two roles held together");
    assertEquals(Optional.of(park), of(c, "c", "general manager of the cloud unit"), "the second");

    Analysis d = analyse(
        "d.txt", "The firm president and CEO Marc Duval said the plant would stay open. The talks between the defendant "
            + "and Judge Mary Lee lasted an hour.\n");
    assertEquals(Optional.of(referent(d, "d", "CEO Marc Duval")), of(d, "d", "The firm president"), "titles held together");
    assertNotEquals(Optional.of(referent(d, "d", "Judge Mary Lee")), of(d, "d", "the defendant"), "no title: someone else");
  }

  @Test
  void twoWordDemonymsInThePluralArePeopleOfTheirState() throws Exception {
    Analysis a = analyse(
        "a.txt", "The government may take Sri Lankans as refugees. Some Sri Lankans were sent back to Sri Lanka.\n",
        "b.txt", "Hundreds of New Zealanders flew home. The Sri Lankans in detention went on strike.\n");
    Referent state = nth(a, "a", "Sri Lanka", 2).orElseThrow(); // "Sri Lanka" itself, after two "Sri Lankans"
    assertEquals("place", state.kind());
    assertEquals("Sri Lanka", state.name());
    assertEquals(Optional.of(state), of(a, "a", "Sri Lankans"));
    assertTrue(a.referents().stream().noneMatch(r -> r.name().equals("Lankans") || r.name().equals("Zealanders")),
        "no one named by the demonym's second word");
  }

  @Test
  void aStatesArmedForcesAndCapitalActForItButAnotherStateIsNoShortFormOfItsName() throws Exception {
    Analysis a = analyse(
        "a.txt", "South Sudan accused Sudan of bombing a refugee camp. Khartoum denied the raid. Sudan's armed forces "
            + "said rebel forces had fired first. The Sudanese air force flew no missions.\n",
        "b.txt", "Sudanese warplanes struck a camp in South Sudan, officials in Juba said. The South Sudanese army moved "
            + "troops north. Coalition forces and Sudanese forces were not involved.\n");
    Referent sudan = nth(a, "a", "Sudan", 1).orElseThrow(); // "Sudan" itself, after "South Sudan"
    Referent south = referent(a, "a", "South Sudan");
    assertNotEquals(sudan, south, "two states");
    assertEquals("Sudan", sudan.name());
    assertEquals(Optional.of(sudan), of(a, "a", "Khartoum"), "a capital that acts");
    assertNotEquals(Optional.of(south), of(a, "b", "Juba"), "a capital after 'in' is a place");
    assertEquals(Optional.of(sudan), of(a, "a", "Sudan's armed forces"));
    assertEquals(Optional.of(sudan), of(a, "a", "The Sudanese air force"));
    assertNotEquals(Optional.of(sudan), of(a, "a", "rebel forces"), "rebels' forces are not the state's");
    assertNotEquals(Optional.of(sudan), of(a, "b", "Coalition forces"));
  }

  @Test
  void theGatheringAStoryNamesByItsMembersIsThemWhereverItIsCalledSo() throws Exception {
    Analysis a = analyse(
        "a.txt", "Migrant caravan reaches the border\n\nKALDOR, Veria — Hundreds of Honduran migrants who walked in a caravan "
            + "through Veria reached the border on Sunday. The governor called the caravan a threat.\n",
        "b.txt", "The caravan of illegal aliens will not enter, the governor said. The illegal aliens camped in Kaldor. "
            + "Another caravan left the capital on Monday.\n");
    Referent group = referent(a, "b", "The illegal aliens");
    assertEquals(Optional.of(group), of(a, "a", "a caravan"));
    assertEquals(Optional.of(group), of(a, "a", "the caravan"));
    assertEquals(Optional.of(group), of(a, "a", "Migrant caravan"), "the headline's caravan, named by its members' word");
    assertEquals(Optional.of(group), of(a, "a", "Hundreds of Honduran migrants"));
    assertNotEquals(Optional.of(group), of(a, "b", "Another caravan"), "another caravan is another");
    assertFalse(group.name().startsWith("Hundreds"), "a count opens no name: " + group.name());
  }

  @Test
  void theOtherOneAndAPartOfAPlaceAreNotTheOneAndThePlace() throws Exception {
    Analysis a = analyse(
        "a.txt", "Two soldiers were hit in Ramadi. One soldier died at the scene. The other soldier was flown to a hospital in "
            + "an eastern district of Baghdad. The city of Ramadi was calm on Monday.\n",
        "b.txt", "A soldier was killed in Ramadi on Sunday. Another soldier was wounded. Baghdad said the attack was a crime.\n");
    assertNotEquals(of(a, "a", "One soldier"), of(a, "a", "The other soldier"));
    assertNotEquals(of(a, "b", "A soldier"), of(a, "b", "Another soldier"));
    Referent ramadi = referent(a, "a", "Ramadi");
    assertEquals(Optional.of(ramadi), of(a, "a", "The city of Ramadi"), "the city of a place is that place");
    Optional<Referent> district = of(a, "a", "an eastern district of Baghdad");
    assertTrue(district.isEmpty() || !district.get().mentions().stream().anyMatch(m -> m.text().equals("Baghdad")),
        "a district of a city is not the city: " + district);
  }

  @Test
  void numberedStreetsAndUnitsAreNotOneAnother() throws Exception {
    Analysis a = analyse(
        "a.txt", "Shots were fired on E. 52nd St. near E. 31st St. on Saturday. The 16th Brigade sealed the area.\n",
        "b.txt", "Police closed the road for the night. The 3rd Brigade was not involved.\n");
    assertTrue(of(a, "a", "E. 52nd St.").isPresent());
    assertTrue(of(a, "a", "The 16th Brigade").isPresent());
    assertNotEquals(of(a, "a", "E. 52nd St."), of(a, "a", "E. 31st St."));
    assertNotEquals(of(a, "a", "The 16th Brigade"), of(a, "b", "The 3rd Brigade"));
  }

  @Test
  void twoThingsInOneSlotOfAnAlignedFactAreOneOnlyWhenTheirHeadsAreKin() throws Exception {
    // Two outlets tell one fact; where one writes "the revolver" the other writes "the gun" (a revolver is a
    // gun): one thing. Where one writes "the warship" and the other "the helicopter", or "the cheek" and
    // "the arm", each outlet chose another thing to mention; and "the neighbourhood" is "the neighborhood".
    Analysis a = analyse(
        "a.txt", "The Indian warship opened fire on the pirate mother ship off the coast of Oman late on Tuesday night. "
            + "Police officers found the revolver under the front seat of the stolen car after the long chase. "
            + "The robber struck the young cashier on the cheek before he ran out of the small shop. "
            + "The neighbourhood was quiet again by the time the first police cars arrived at dawn.\n",
        "b.txt", "The Indian helicopter opened fire on the pirate mother ship off the coast of Oman late on Tuesday night. "
            + "Police officers found the gun under the front seat of the stolen car after the long chase. "
            + "The robber struck the young cashier on the arm before he ran out of the small shop. "
            + "The neighborhood was quiet again by the time the first police cars arrived at dawn.\n");
    assertEquals(referent(a, "a", "the revolver"), referent(a, "b", "the gun"));
    assertEquals(referent(a, "a", "The neighbourhood"), referent(a, "b", "The neighborhood"));
    assertTrue(apart(a, "a", "The Indian warship", "helicopter"), "the warship is not the helicopter");
    assertTrue(apart(a, "a", "the cheek", "arm"), "the cheek is not the arm");
  }

  /** Whether the referent of {@code text} in {@code article}, if any, has no mention containing {@code other}. */
  private static boolean apart(Analysis a, String article, String text, String other) {
    return of(a, article, text).map(r -> r.mentions().stream().noneMatch(m -> m.text().contains(other))).orElse(true);
  }

  @Test
  void bodiesWhoseNamesEndInOneNounAreNeitherPeopleNorOneAnother() throws Exception {
    // "Andean Community" is no person with the surname Community, nor is "the South American Community"
    // the Andean one; "the Community" means one in one article and the other in the other, so neither.
    Analysis a = analyse(
        "a.txt", "The Andean Community signed a trade deal with Mercosur on Monday. The Community will cut its tariffs. "
            + "The Arab League sent observers to the talks in Lima.\n",
        "b.txt", "The South American Community held its first summit in Cusco. The Community has twelve members. "
            + "The South American Community of Nations was founded in 2004.\n");
    Referent andean = referent(a, "a", "The Andean Community");
    Referent southAmerican = referent(a, "b", "The South American Community");
    assertNotEquals(andean, southAmerican);
    assertEquals("organisation", andean.kind());
    assertEquals(southAmerican, referent(a, "b", "The South American Community of Nations"), "a name and its 'of' form");
    assertTrue(apart(a, "a", "The Community", "South American"));
    assertTrue(apart(a, "b", "The Community", "Andean"));
    Referent league = referent(a, "a", "The Arab League");
    assertEquals("Arab League", league.name(), "a nationality before a body's noun is in its name");
    assertEquals("organisation", league.kind());
  }

  @Test
  void anAcronymInBracketsAfterAPersonsNameIsWhereTheyWorkNotAnotherNameOfThem() throws Exception {
    Analysis a = analyse(
        "a.txt", "Philip Calbis (OMB) wrote to the Air Force on Monday. The OMB wants the lease cut.\n",
        "b.txt", "The Office of Management and Budget (OMB) opposed the lease. Philip Calbis said so in a memo.\n");
    assertTrue(apart(a, "a", "Philip Calbis", "OMB"), "the person is not the office");
    assertEquals(referent(a, "a", "The OMB"), referent(a, "b", "The Office of Management and Budget (OMB)"));
  }

  @Test
  void aFatherWithAMiddleNameAndANumberedSonAreNotThePersonOfTheirSurname() throws Exception {
    // "Parsons" is a noun for a person to WordNet, but after a given name it is a middle name; "III" tells
    // a grandson from his grandfather.
    Analysis a = analyse(
        "a.txt", "Fred LaRue, a Nixon aide, died on Saturday. His father, Ike Parsons LaRue, had served time in jail.\n",
        "b.txt", "Frederick LaRue was 75. His son, Ike LaRue III, said the family would hold a service in Jackson.\n");
    Referent fred = referent(a, "a", "Fred LaRue");
    assertEquals(fred, referent(a, "b", "Frederick LaRue"));
    assertEquals("Ike Parsons LaRue", referent(a, "a", "Ike Parsons LaRue").name());
    assertNotEquals(fred, referent(a, "a", "Ike Parsons LaRue"));
    assertNotEquals(referent(a, "a", "Ike Parsons LaRue"), referent(a, "b", "Ike LaRue III"));
  }

  @Test
  void twoCountsOfPeopleToldInOtherWordsAreTwoGroups() throws Exception {
    Analysis a = analyse(
        "a.txt", "16 lawmakers signed the motion against the prime minister on Monday.\n",
        "b.txt", "15 legislators backed the motion in the end, and the vote will come soon.\n");
    assertTrue(apart(a, "a", "16 lawmakers", "15 legislators"), "sixteen are not fifteen");
  }

  @Test
  void theRoleIsNotItsFormerHolder() throws Exception {
    Analysis a = analyse(
        "a.txt", "Hari Kostov resigned on Monday. He took office when the then Prime Minister Branko Crvenkovski became "
            + "president. Co-operation with the prime minister had been good, his partners said.\n",
        "b.txt", "Hari Kostov said there was no will in the coalition for teamwork.\n");
    assertTrue(apart(a, "a", "the prime minister", "Crvenkovski"), "the prime minister now is not the one then");
  }

  @Test
  void aNicknameOfAnotherInitialIsThePersonAndAPlaceAloneIsThePlace() throws Exception {
    // "Bill" is a short form of "William"; "Alaska" alone, which the story writes "in Alaska", is the state,
    // not someone surnamed Alaska after a blog's "Palmer Alaska".
    Analysis a = analyse(
        "a.txt", "A fire destroyed a dairy in Palmer Alaska on Monday. Anchorage attorney William Ingaldson owns the building.\n",
        "b.txt", "The owner, Bill Ingaldson, said the dairy closed in 2008. Fires are rare in Alaska in winter.\n");
    assertEquals(referent(a, "a", "Anchorage attorney William Ingaldson"), referent(a, "b", "Bill Ingaldson"));
    Referent alaska = referent(a, "b", "Alaska");
    assertNotEquals("person", alaska.kind(), "a state the story writes 'in Alaska' is no person: " + alaska);
  }

  @Test
  void aFloodOfPeopleIsAGroupAndTheGovernmentOfAShutdownIsItsState() throws Exception {
    // "the flood of illegal immigrants" is its members, a group (a flood alone is an event); "the
    // government" is the one "a partial U.S. government shutdown" names.
    Analysis a = analyse(
        "a.txt", "WASHINGTON - A partial U.S. government shutdown entered its third week on Tuesday. "
            + "Officials want to stop the flood of illegal immigrants at the border.\n",
        "b.txt", "The shutdown has closed parks across the U.S., and the government has stopped paying workers. "
            + "Agents have detained thousands of illegal immigrants this year.\n");
    Referent people = referent(a, "a", "the flood of illegal immigrants");
    assertEquals("group", people.kind(), people.toString());
    assertEquals(people, referent(a, "b", "thousands of illegal immigrants"));
    Referent us = referent(a, "a", "U.S. government");
    assertEquals(us, referent(a, "b", "the government"));
    assertEquals("place", us.kind(), us.toString());
  }

  @Test
  void aNameWithItsNounInLowercaseIsTheNameInCapitalsAndAMarchIsAnEvent() throws Exception {
    // The Guardian writes "Marjory Stoneman Douglas high school" for the school others capitalise; the
    // March for Our Lives and the rally are events (a rally was a group by its noun's first sense).
    Analysis a = analyse(
        "a.txt", "Students of Marjory Stoneman Douglas High School planned the March for Our Lives. The rally drew crowds.\n",
        "b.txt", "The March for Our Lives, organised by students from Marjory Stoneman Douglas high school, filled the avenue. "
            + "The rally was peaceful.\n");
    Referent school = referent(a, "a", "Marjory Stoneman Douglas High School");
    assertEquals(school, referent(a, "b", "Marjory Stoneman Douglas high school"));
    assertEquals("organisation", school.kind());
    Referent march = referent(a, "a", "the March for Our Lives");
    assertEquals("event", march.kind(), march.toString());
    assertEquals("event", referent(a, "a", "The rally").kind());
  }

  @Test
  void aJudgedRoleIsItsChiefExecutive() throws Exception {
    // "The embattled CEO" is the chief executive another outlet titles: CEO is "chief executive", and
    // "embattled" judges the holder without telling another office apart.
    Analysis a = analyse(
        "a1.txt", "Kovix Chief Executive Dara Lindqvist apologised to lawmakers on Tuesday.\n",
        "b1.txt", "The embattled CEO dodged questions from senators on Tuesday. Dara Lindqvist said she was sorry.\n");
    assertEquals(referent(a, "a1", "Kovix Chief Executive Dara Lindqvist"), referent(a, "b1", "The embattled CEO"));
  }

  @Test
  void aFirmNamedAfterATownIsNoPersonAndItsDescriptionMayGoOnWithWhatItDoes() throws Exception {
    // "Cambridge" is a town no one is named after: "Cambridge Analytica" is no person with the surname
    // "Analytica", so the consultancy in apposition describes it, though a relative clause follows; data
    // is a thing, not a group of people as WordNet files it.
    Analysis a = analyse(
        "a2.txt", "It emerged that Cambridge Analytica, a political consultancy that worked for the campaign, had obtained data on millions of users.\n",
        "b2.txt", "Cambridge Analytica harvested the data of millions of users, a whistleblower said.\n");
    Referent firm = referent(a, "a2", "Cambridge Analytica");
    assertEquals(firm, referent(a, "a2", "a political consultancy"));
    assertEquals("organisation", firm.kind());
    assertEquals("thing", referent(a, "b2", "the data of millions").kind());
  }

  @Test
  void aStreetWrittenShortIsAPlaceNoPerson() throws Exception {
    // "Church Ave" is no person with the surname "Ave", and two avenues are two places.
    Analysis a = analyse(
        "a3.txt", "The shooting happened on Church Ave near Utica Ave on Monday. Police closed Church Ave.\n",
        "b3.txt", "Witnesses on Church Ave said the gunman fled on foot.\n");
    Referent church = referent(a, "a3", "Church Ave");
    assertEquals("place", church.kind(), church.toString());
    assertEquals(church, referent(a, "b3", "Church Ave"));
    assertNotEquals(Optional.of(church), of(a, "a3", "Utica Ave"));
  }

  @Test
  void aGovernmentOwnedByAPronounIsTheOneTheArticleCalledSoBefore() throws Exception {
    // "his regime" reads as "the regime": the regime the article named before, and "the regime" after it
    // goes on from there, whatever a quotation between them says.
    Analysis a = analyse(
        "a4.txt", "Trump dealt a blow to the brutal regime of Nicolas Varga on Wednesday. \"The people have spoken out "
            + "against Varga and his regime,\" Trump said. Cuba and Russia have propped up the regime.\n",
        "b4.txt", "Nicolas Varga said he would not leave office, officials said on Wednesday.\n");
    Referent regime = referent(a, "a4", "the brutal regime of Nicolas Varga");
    assertEquals(regime, referent(a, "a4", "his regime"));
    assertEquals(regime, referent(a, "a4", "the regime"));
  }

  @Test
  void theArmyIsTheMilitaryAndAPeopleNamedByItsFaithIsAGroup() throws Exception {
    // "the army" and "Myanmar's military" are one in a story of one state's forces; "the Rohingya", whose
    // name has no plural in -s, are a people, a group.
    Analysis a = analyse(
        "a5.txt", "Myanmar's military carried out killings of Muslim Rohingya, investigators said. The army's actions were crimes.\n",
        "b5.txt", "The military denied wrongdoing. More than 700,000 Rohingya have fled to Bangladesh.\n");
    assertEquals(referent(a, "a5", "Myanmar's military"), referent(a, "a5", "The army"));
    Referent people = referent(a, "b5", "700,000 Rohingya");
    assertEquals("group", people.kind(), people.toString());
  }

  @Test
  void aManBroughtInByAIsNoOneAnotherArticleNamed() throws Exception {
    // "That man, Jose Varga" is the man the deputy was looking for; the man "shot and wounded" in the other
    // article is someone new, though both articles say "a man".
    Analysis a = analyse(
        "a6.txt", "The deputy was looking for a man considered a career criminal. That man, Jose Varga, is now charged with murder.\n",
        "b6.txt", "Varga is also charged over a June 20 shooting in which a man was shot and wounded while doing yard work.\n");
    Referent varga = referent(a, "a6", "Jose Varga");
    assertEquals(varga, referent(a, "a6", "That man"));
    assertNotEquals(Optional.of(varga), of(a, "b6", "a man"));
  }

  @Test
  void theCityOfANameIsThatPlaceThoughNoGazetteerKnowsIt() throws Exception {
    // "the city of Palmer" says Palmer is a city: the city, and "the city" after it, are Palmer, not the
    // state the story also names.
    Analysis a = analyse(
        "a7.txt", "A fire destroyed a dairy building in Palmer, Alaska, on Tuesday. The owner was negotiating with the city of Palmer.\n",
        "b7.txt", "Palmer officials said the city had not bought the building. Firefighters from across Alaska came.\n");
    Referent palmer = referent(a, "a7", "the city of Palmer");
    assertEquals(palmer, referent(a, "b7", "Palmer"));
    assertEquals(palmer, referent(a, "b7", "the city"));
    assertNotEquals(palmer, referent(a, "a7", "Alaska"));
  }

  @Test
  void aPersonALedeDescribesIsTheOneTheNextSentenceNames() throws Exception {
    // "A suspected smuggling boss" is Darius Velko, named a sentence later; so is "A Halden man" after
    // "Police said"; the pilot's name after "A pilot ... his wife" is a man's, so he is the pilot, not the
    // wife. "A woman" is not Peter Lund (a man's name), nor is "A firefighter" Rolf Berg, who is a speaker,
    // nor "A nurse" Ana Brix, whom the article named before.
    Analysis a = analyse(
        "a.txt", "Boss dies in cell\n\nA suspected smuggling boss arrested in a raid has been found dead in his cell.\n\n"
            + "Darius Velko, who had been convicted before, was found dead on Tuesday night.\n\n"
            + "A Halden man has been charged with arson after the fire.\n\nPolice said Tomas Grell, 24, set fire to the store.\n",
        "b.txt", "Crash in the fjord\n\nA pilot was charged with the death of his wife in the crash.\n\n"
            + "Erik Sand, 51, landed the plane in the fjord.\n\n"
            + "A woman was hurt in the blast.\n\nPeter Lund, 40, was arrested at the scene.\n\n"
            + "A firefighter was hurt too.\n\nRolf Berg, a fire chief, said the crews were safe.\n\n"
            + "Ana Brix was not at work. A nurse was hurt.\n\nAna Brix, 33, said the ward was closed.\n");
    assertEquals(referent(a, "a", "Darius Velko"), referent(a, "a", "A suspected smuggling boss"));
    assertEquals(referent(a, "a", "Tomas Grell"), referent(a, "a", "A Halden man"));
    assertEquals(referent(a, "b", "Erik Sand"), referent(a, "b", "A pilot"));
    assertNotEquals(of(a, "b", "Peter Lund"), of(a, "b", "A woman"));
    assertNotEquals(of(a, "b", "Rolf Berg"), of(a, "b", "A firefighter"));
    assertNotEquals(of(a, "b", "Ana Brix"), of(a, "b", "A nurse"));
  }

  @Test
  void aRegionsPeopleWordIsTheRegionAndTheWordsForOneVoteAndItsSupportersAreOneEach() throws Exception {
    // "Breton" names Brittany as "French" names France: "the Breton government" is Brittany's, no referent
    // "Breton"; "the referendum" and "the vote" are one vote, "Breton separatists" and "the secessionists" one
    // group, and "the secessionists" are not "the secessionist regional government", which is Brittany's.
    Analysis a = analyse(
        "a.txt", "Brittany held a referendum on Sunday. The Breton government said the referendum was won. "
            + "Breton separatists celebrated in Rennes.\n",
        "b.txt", "The secessionist regional government of Brittany said 80 percent backed the vote. Paris called the "
            + "vote illegal. Firms may leave if the secessionists press ahead.\n");
    assertEquals(referent(a, "a", "the referendum"), referent(a, "b", "the vote"));
    assertEquals(referent(a, "a", "Breton separatists"), referent(a, "b", "the secessionists"));
    assertNotEquals(referent(a, "b", "the secessionists"), referent(a, "b", "The secessionist regional government of Brittany"));
    assertEquals(referent(a, "a", "Brittany"), referent(a, "a", "The Breton government"));
    assertTrue(a.referents().stream().noneMatch(r -> r.name().equals("Breton")), "no referent 'Breton'");
  }

  @Test
  void aDescriptionAPronounOwnsIsOnlyTheSameAsAnotherOwnedByTheSamePerson() throws Exception {
    // "his brutal government" is the premier's in one article and the regional president's in another: two
    // governments; "his left knee" is one knee for each player, whatever the article.
    Analysis a = analyse(
        "a.txt", "Premier Anton Lisk spoke on Monday. His brutal government had vowed to stop the vote. "
            + "Tom Bree hurt his left knee on Sunday. Joe Carr played with a bruise on his left knee.\n",
        "b.txt", "Regional president Mara Velt said on Monday that his brutal government would defy the court. "
            + "Bree injured his left knee in the loss, the club said. Carr has played with his left knee bruised.\n");
    assertNotEquals(referent(a, "a", "His brutal government"), referent(a, "b", "his brutal government"));
    assertEquals(referent(a, "a", "his left knee"), referent(a, "b", "his left knee"));
    assertNotEquals(referent(a, "a", "his left knee"), nth(a, "a", "his left knee", 1).orElseThrow());
  }

  @Test
  void aKinOrRoleWordRightBeforeANameIsThatPersons() throws Exception {
    // "his daughter Ilka" makes Ilka, a name no list knows, a person's; "his
    // brother Paul Veit" nested in a longer phrase is Paul Veit; "the new model Falcon" is no person.
    Analysis a = analyse(
        "a.txt", "Oskar Veit and his daughter Ilka were found on a bench. Ilka is in hospital. "
            + "The murder of his brother Paul Veit was never solved, said trainer Emanuel Marsh.\n",
        "b.txt", "Doctors said Ilka was stable. Marsh spoke of his brother. Paul Veit was 40. "
            + "The firm showed the new model Falcon. The Falcon sold well. The nerve agent hit former double agent Ivo Sand.\n",
        "c.txt", "Police found a nerve agent at the house. The nerve agent was rare.\n");
    Referent ilka = referent(a, "a", "Ilka");
    assertEquals("person", ilka.kind());
    assertEquals(ilka, referent(a, "a", "his daughter"));
    assertEquals(referent(a, "b", "Paul Veit"), referent(a, "a", "his brother"));
    assertNotEquals("person", referent(a, "b", "The Falcon").kind());
    // A description right before a person's name is a title of that person, though no role noun: no "nerve agent".
    assertNotEquals(Optional.of(referent(a, "c", "The nerve agent")), of(a, "b", "former double agent"));
  }

  @Test
  void thePluralOfASurnameTheStoryNamesIsAFamily() throws Exception {
    // "the Varnaks" beside Ivo Varnak is his family, a group, not a thing nor Ivo Varnak himself.
    Analysis a = analyse(
        "a.txt", "Ivo Varnak was found on a bench in Salden. The Varnaks had lived there for years.\n",
        "b.txt", "Police said Ivo Varnak was stable. The Varnaks thanked the nurses.\n");
    Referent family = referent(a, "a", "The Varnaks");
    assertEquals("group", family.kind());
    assertNotEquals(referent(a, "a", "Ivo Varnak"), family);
  }

  @Test
  void fireAfterOpenedOrReturnedIsAnIdiomNoMention() throws Exception {
    // "opened fire", "returned fire" are what the gunman and the police did, not a fire; "the blaze" is one.
    Analysis a = analyse(
        "a.txt", "A gunman opened fire in the mall on Friday. Officers returned fire. The blaze in the shop was put out.\n",
        "b.txt", "The man opened fire at noon, police said. The blaze spread to the roof.\n");
    assertTrue(a.referents().stream().flatMap(r -> r.mentions().stream()).noneMatch(m -> m.text().equals("fire")),
        a.referents().toString());
    assertEquals(referent(a, "a", "The blaze"), referent(a, "b", "The blaze"));
  }

  @Test
  void aLedesDescriptionOtherOutletsShareIsStillTheOneTheNextSentenceNames() throws Exception {
    // Other outlets' "a suspected smuggling boss" joins a's, and the role is the story's one boss: a's next
    // sentence names him. Other outlets' "a man" may be other men, so "A man" stays no one the next sentence names.
    Analysis a = analyse(
        "a.txt", "Boss dies in cell\n\nA suspected smuggling boss arrested in a raid has been found dead in his cell.\n\n"
            + "Darius Velko, who had been convicted before, was found dead on Tuesday night.\n\n"
            + "A man was hurt in the raid.\n\nTomas Grell, 24, was taken to hospital.\n",
        "b.txt", "A suspected smuggling boss arrested on Monday has died in prison, police said. A man was hurt in the raid.\n");
    assertEquals(referent(a, "a", "A suspected smuggling boss"), referent(a, "b", "A suspected smuggling boss"));
    assertEquals(referent(a, "a", "Darius Velko"), referent(a, "b", "A suspected smuggling boss"));
    assertNotEquals(of(a, "a", "Tomas Grell"), of(a, "a", "A man"));
  }

  @Test
  void descriptionsWhoseDeterminersAndFirstWordsFillOneSlotOfAnAlignedFactAreOne() throws Exception {
    // The same fact told by two outlets: "[A] Vorta gang boss in Halden" and "[An alleged] Vorta gang boss who
    // ran the docks" stand in one slot before the words they share; the police boss is another boss. Figures
    // or ordinals in the slot tell two apart: "[13] countries" / "[14] countries", "[58th] win" / "[second] win".
    Analysis a = analyse(
        "a.txt", "A Vorta gang boss in Halden hanged himself in his cell hours after his arrest on Tuesday. "
            + "Four Halden dock workers were held in the port on Monday night by customs officers. "
            + "The 2004 flood killed 230,000 people in 13 countries around the sea. It was Halvor Dahl's 58th win in a row.\n",
        "b.txt", "An alleged Vorta gang boss who ran the docks hanged himself in his cell hours after his arrest on Tuesday. "
            + "Three Halden dock workers were held in the port on Monday night by customs officers. "
            + "The police boss, Ivo Lind, said the Vorta gang was finished. "
            + "The 2004 flood killed 230,000 people in 14 countries around the sea. It was Halvor Dahl's second win in a row.\n");
    Referent boss = referent(a, "a", "A Vorta gang boss");
    assertEquals(boss, referent(a, "b", "An alleged Vorta gang boss"));
    assertNotEquals(boss, referent(a, "b", "Ivo Lind"));
    Optional<Referent> thirteen = of(a, "a", "13 countries");
    assertTrue(thirteen.isEmpty() || !thirteen.equals(of(a, "b", "14 countries")), a.referents().toString());
    Optional<Referent> win = of(a, "a", "Halvor Dahl's 58th win");
    assertTrue(win.isEmpty() || !win.equals(of(a, "b", "Halvor Dahl's second win")), a.referents().toString());
  }

  @Test
  void theLastWordsOfANameTheArticleGaveInFullAreThatName() throws Exception {
    // "The Coast Guard" after "The United States Coast Guard" in the same article is it, though the story
    // names another coast guard elsewhere; where another article means the Royal Danish Coast Guard by the
    // same words, the short name stays apart.
    Analysis a = analyse(
        "a.txt", "The United States Coast Guard sent two cutters on Monday. The Coast Guard said the crew was safe.\n",
        "b.txt", "The U.S. Coast Guard found the boat at dawn. The Coast Guard towed it to Kodiak.\n",
        "d.txt", "The Royal Danish Coast Guard sent a ship on Monday. Its crew said the sea was rough.\n");
    assertEquals(referent(a, "a", "The United States Coast Guard"), referent(a, "a", "The Coast Guard"));
    assertEquals(referent(a, "a", "The United States Coast Guard"), referent(a, "b", "The Coast Guard"));
    Analysis two = analyse(
        "a.txt", "The United States Coast Guard sent two cutters on Monday. The Coast Guard said the crew was safe.\n",
        "c.txt", "The Royal Danish Coast Guard sent a ship on Monday. The Coast Guard said the sea was rough.\n");
    assertNotEquals(referent(two, "a", "The United States Coast Guard"), referent(two, "c", "The Royal Danish Coast Guard"));
    assertNotEquals(referent(two, "c", "The Royal Danish Coast Guard"), referent(two, "a", "The Coast Guard"));
  }

  @Test
  void aLabelWithAPrefixOfItsKindIsThatLabelAndPhrasesStandWhereTheOtherTellingsOnesDo() throws Exception {
    // "Eco-zealots" are zealots (one group, loaded); in one fact told by two outlets, "the zealots" stands
    // where "the activists" does, beside "the Commons" where "MPs" is: the zealots are the activists, the
    // Commons are not the MPs (a body and its members); "the ex-minister" is no minister.
    Analysis a = analyse(
        "a.txt", "Climate activists blocked the ring road on Friday. Vale told MPs that the activists had put lives at risk. "
            + "The minister spoke to the ex-minister on Friday.\n",
        "b.txt", "Eco-zealots blocked the ring road on Friday. Mr Vale told the Commons the zealots had put lives at risk. "
            + "The eco-zealots vowed to return. The minister met the ex-minister on Friday.\n");
    Referent zealots = referent(a, "b", "Eco-zealots");
    assertEquals(zealots, referent(a, "b", "The eco-zealots"));
    assertTrue(zealots.mentions().stream().filter(m -> m.text().equals("Eco-zealots")).allMatch(m -> m.loaded()), zealots.toString());
    assertEquals(referent(a, "a", "the activists"), referent(a, "b", "the zealots"));
    Optional<Referent> mps = of(a, "a", "MPs");
    assertTrue(mps.isEmpty() || !mps.equals(of(a, "b", "the Commons")), a.referents().toString());
    assertNotEquals(Optional.of(referent(a, "a", "The minister")), of(a, "b", "the ex-minister"));
  }

  @Test
  void aNameWithMobOrGangAfterItNamesTheGroupItself() throws Exception {
    // As "ISIL terrorists" name ISIL: "the Last Furrow mob" and "the Vorta street gang" are those groups.
    Analysis a = analyse(
        "a.txt", "Members of Last Furrow blocked the road on Monday. Police said Last Furrow would be banned. "
            + "The Vorta street gang ran the docks, police said.\n",
        "b.txt", "The Last Furrow mob blocked the road again. Vorta controlled the docks for years.\n");
    assertEquals(referent(a, "a", "Members of Last Furrow"), referent(a, "b", "The Last Furrow mob"));
    assertEquals(referent(a, "b", "Vorta"), referent(a, "a", "The Vorta street gang"));
  }

  @Test
  void theJoinThatMadeTwoGroupsOfMentionsOneIsShownWithThem() throws Exception {
    // Each article's plan is one by its definite descriptions; the aligned fact's slot then joins the two
    // groups. That last join is the only evidence that "the harbour scheme" is "the harbour plan": a
    // mention must show it, and every mention but one says why it is in the referent.
    Analysis a = analyse(
        "a.txt", "The Dorvik council approved the harbour plan on Monday. The plan will cost 10 million crowns, and Mayor Jo Brandt said the plan would bring jobs.\n",
        "b.txt", "Councillors in Dorvik backed the harbour scheme on Monday. The scheme is expensive, critics said.\n");
    Referent plan = referent(a, "a", "the harbour plan");
    assertEquals(plan, referent(a, "b", "The scheme"));
    assertEquals(1, plan.mentions().stream().filter(m -> m.via() == null).count(), plan.toString());
    assertTrue(plan.mentions().stream().anyMatch(m -> m.via() != null && m.via().startsWith("in the same slot of an aligned fact")
        && m.via().contains("harbour")), plan.toString());
  }

  @Test
  void anAgeTheStoryGivesOnePersonOutweighsARoleAnotherHolds() throws Exception {
    // "star" is written before one name only ("Exiting star Sam Hollis"), but "The 55-year-old Leeds-born
    // star" is 55, and the story gives that age to Tom Varga: the age decides, the role does not.
    Analysis a = analyse(
        "a.txt", "Actor Tom Varga has been named the new star of the drama Harbour Lights. The 55-year-old Leeds-born star will replace out-going lead Sam Hollis in the spring.\n",
        "b.txt", "Varga, 55, said he was thrilled to join the cast. Exiting star Sam Hollis wished him well on Monday.\n");
    Referent varga = referent(a, "a", "Actor Tom Varga");
    assertEquals(varga, referent(a, "a", "The 55-year-old Leeds-born star"));
    assertNotEquals(varga, referent(a, "b", "star Sam Hollis"));
  }

  @Test
  void anOrdinalOpensNoPersonsName() throws Exception {
    // "a vibrant Third Doctor": an ordinal is no first name, so no person surnamed "Doctor" with the first
    // initial "t" stands behind "Doctor", and the analyst is not told so.
    Analysis a = analyse(
        "a.txt", "Ana Ruiz will play the part from next year, after a vibrant Third Doctor and many others. Playing Doctor was her dream, Ruiz said.\n",
        "b.txt", "Ruiz follows Peter Lamb in the part. Fans said Doctor needed a change.\n");
    assertEquals(referent(a, "a", "Third Doctor"), referent(a, "b", "Doctor"));
    for (Referent r : a.referents()) {
      for (Referent.Mention m : r.mentions()) {
        assertFalse(m.via() != null && m.via().contains("surname 'doctor'"), r.name() + ": " + m);
      }
    }
  }

  @Test
  void anAcronymWrittenAsAWordIsNotTheAcronym() throws Exception {
    // "Huge Who fan": a word the story writes in lower case ("who") is no WHO unless written in capitals;
    // "WHO" is the World Health Organization.
    Analysis a = analyse(
        "a.txt", "Huge Who fan Mara Lind, who works for the WHO in Geneva, cheered on Sunday.\n",
        "b.txt", "The World Health Organization, or WHO, said the show was good for morale. Lind agreed.\n");
    Referent who = referent(a, "b", "The World Health Organization");
    assertEquals(who, referent(a, "a", "the WHO"));
    assertTrue(who.mentions().stream().noneMatch(m -> m.text().equals("Who")), who.toString());
  }

  @Test
  void aBroadcastersBranchNamedByAPlaceIsNoPlace() throws Exception {
    // "BBC America" is the channel, not America titled "BBC"; "America" alone is the United States.
    Analysis a = analyse(
        "a.txt", "The special aired on BBC and BBC America on Sunday. Viewers in America loved it.\n",
        "b.txt", "The United States saw the special on BBC America. The BBC was pleased.\n");
    Referent states = referent(a, "b", "The United States");
    assertEquals(Optional.of(states), nth(a, "a", "America", 1)); // "Viewers in America"
    assertNotEquals(states, referent(a, "a", "BBC America"));
    assertEquals(referent(a, "a", "BBC America"), referent(a, "b", "BBC America"));
  }

  @Test
  void aCountOpeningASentenceIsNoShortFormOfAName() throws Exception {
    // "One of the most talented actors" opens with a count, not with the last word of "BBC One".
    Analysis a = analyse(
        "a.txt", "The news was revealed on a live BBC One show. One of the most talented actors of his generation will take the part.\n",
        "b.txt", "BBC One will air the first episode at Christmas.\n");
    assertNotEquals(of(a, "a", "One of the most talented actors"), Optional.of(referent(a, "b", "BBC One")));
  }

  @Test
  void theVictimInTheSlotOfANamedKillerIsNotTheKiller() throws Exception {
    // The aligned tellings put "The victim" where the other has "Brandt Orlo", whom the story calls the
    // killer: one referent cannot be both sides of the crime.
    Analysis a = analyse(
        "a.txt", "Gang member convicted\n\nThe killer, Brandt Orlo, shot a man on Joliet Avenue. The victim was hiding behind the front door of the apartment on Marne Street when police arrived on Monday.\n",
        "b.txt", "Jury convicts Brandt Orlo\n\nBrandt Orlo was hiding behind the front door of the apartment on Marne Street when police arrived on Monday.\n");
    Referent orlo = referent(a, "a", "Brandt Orlo");
    assertEquals(orlo, referent(a, "a", "The killer"));
    assertNotEquals(Optional.of(orlo), of(a, "a", "The victim"));
  }

  @Test
  void aCapitalTheStoryNeverWritesAsAnActorIsTheCity() throws Exception {
    // A robbery in Paris: no mention has Paris say, want or own what is no place, so Paris is the city,
    // not France; where a story writes "Moscow argues" and "talks with Moscow", Moscow is Russia.
    Analysis a = analyse(
        "a.txt", "Robbers hit a central Paris jewellery store on Monday. Paris has seen many such raids this year, France's interior ministry said.\n",
        "b.txt", "France was shocked by the raid. Paris has been the scene of several heists.\n");
    assertNotEquals(referent(a, "b", "France"), referent(a, "b", "Paris"));
    Analysis b = analyse(
        "a.txt", "Moscow argues that its jets hit only militants. Russia sent more jets on Monday.\n",
        "b.txt", "Washington wants talks with Moscow about the jets, but Russia has not answered.\n");
    assertEquals(referent(b, "a", "Russia"), referent(b, "a", "Moscow"));
  }

  @Test
  void aHeadWithNoOfIsNoOnesRole() throws Exception {
    // "shot in the head", "a shaved head": a part of the body, a thing, and no one's role; "the head of the
    // agency" is a person, Lena Hart.
    Analysis a = analyse(
        "a.txt", "The guard was shot in the head on Monday. Doctors said his head wound was not deep. The head of the agency, Lena Hart, spoke.\n",
        "b.txt", "A bullet grazed the guard's head. The guard, who has a shaved head, is recovering.\n");
    Referent hart = referent(a, "a", "Lena Hart");
    assertEquals(hart, referent(a, "a", "The head of the agency"));
    assertNotEquals(Optional.of(hart), of(a, "a", "the head"));
    assertNotEquals(Optional.of(hart), of(a, "b", "a shaved head"));
    of(a, "a", "the head").ifPresent(r -> assertEquals("thing", r.kind()));
  }

  @Test
  void aHedgeBeforeADescriptionTellsNoOtherOne() throws Exception {
    // "a suspected smuggling boss", "an alleged smuggling boss" and "a smuggling boss": the outlets' caution
    // differs, the man does not. The hedge alone is no identity either: "the alleged victim" of one article
    // is not the preacher another says was "the victim of religious persecution".
    Analysis a = analyse(
        "a.txt", "Police said a suspected smuggling boss had hanged himself in his cell overnight.\n",
        "b.txt", "An alleged smuggling boss ran the network from a warehouse near the docks for a decade, according to court papers.\n",
        "c.txt", "Guards found a smuggling boss unconscious at dawn. The alleged victim testified last year.\n",
        "d.txt", "The preacher has long claimed he was the victim of religious persecution.\n");
    Referent boss = referent(a, "a", "a suspected smuggling boss");
    assertEquals(boss, referent(a, "b", "An alleged smuggling boss"));
    assertEquals(boss, referent(a, "c", "a smuggling boss"));
    assertNotEquals(of(a, "c", "The alleged victim"), of(a, "d", "the victim of religious persecution"));
  }

  @Test
  void aNameAPersonGoesByIsThatPersonsWhereverTheStoryWritesIt() throws Exception {
    // ", better known as", ", nicknamed" after the person's name and descriptions of them; a verb of naming
    // with the person as its object. Not the one who gives the name ("Rita Okafor dubbed Tom Brandt"), nor
    // a speaker before a thing's name ("Ann Moore said the gang, known as the Vipers"). The name shown is
    // the person's own.
    Analysis a = analyse(
        "a.txt", "Dale Harlan, the veteran defender who, better known as \"Mad Dog\", anchored the back line for a decade, "
            + "retired on Sunday.\nPolice chief Ann Moore said the gang, known as \"the Vipers\", had been broken up.\n",
        "b.txt", "Fans of Mad Dog filled the stadium for his last match. The Vipers were not seen again.\n"
            + "Coach Rita Okafor dubbed Tom Brandt \"Iron Legs\" after the final.\n",
        "c.txt", "Iron Legs ran every minute of the final.\n");
    Referent harlan = referent(a, "a", "Dale Harlan");
    assertEquals(harlan, referent(a, "b", "Mad Dog"));
    assertEquals("Dale Harlan", harlan.name());
    Referent brandt = referent(a, "b", "Tom Brandt");
    assertEquals(brandt, referent(a, "c", "Iron Legs"));
    assertNotEquals(brandt, referent(a, "b", "Coach Rita Okafor"));
    assertNotEquals(Optional.of(referent(a, "a", "Police chief Ann Moore")), of(a, "b", "The Vipers"));
  }

  @Test
  void aPersonsFullNameInBracketsAfterAnothersIsWhoPlaysThem() throws Exception {
    // A cast list: "Edward Cullen (Robert Pattinson)" is the character and the actor, two people; a short
    // name or an acronym in brackets stays another name of the same one.
    Analysis a = analyse(
        "a.txt", "In the film, Edward Cullen (Robert Pattinson) falls for Bella Swan (Kristen Stewart) at school.\n",
        "b.txt", "Robert Pattinson was 22 when the film was shot. Critics liked Edward Cullen.\n");
    assertNotEquals(referent(a, "b", "Robert Pattinson"), referent(a, "b", "Edward Cullen"));
  }

  @Test
  void aRegionInTheSlotOfANamedPlaceIsNotThatPlace() throws Exception {
    // One fact told twice: where the ship heads is "the region" in one telling and "Britain" in the other.
    // A region holds states; the slot says the outlets told where at two scales, not that they are one.
    Analysis a = analyse(
        "a.txt", "Cables under the sea were cut on Friday. France Telecom said a repair ship will head to the region on "
            + "Monday to fix the broken cables.\n",
        "b.txt", "Three cables were cut on Friday. France Telecom said a repair ship will head to Britain on Monday to "
            + "fix the broken cables.\n");
    assertEquals(referent(a, "a", "repair ship"), referent(a, "b", "repair ship"));
    assertNotEquals(of(a, "a", "the region"), Optional.of(referent(a, "b", "Britain")));
  }

  @Test
  void aFirmsDescriptionInAppositionMayNameTheStateItIsIn() throws Exception {
    // "the second-largest U.S. phone company" says where Verizon is, not whose it is; the apposition joins.
    // Without a determiner, before the name, it stays a title the story gives several firms ("U.S.
    // automaker Chrysler", "U.S. automaker GM").
    Analysis a = analyse(
        "a.txt", "Verizon Communications Inc., the second-largest U.S. phone company, said it rerouted traffic. "
            + "U.S. automaker Chrysler cut jobs.\n",
        "b.txt", "Orsk Telecom said the cable was cut. U.S. automaker GM cut jobs too.\n");
    assertEquals(referent(a, "a", "Verizon Communications Inc."), referent(a, "a", "the second-largest U.S. phone company"));
    assertNotEquals(referent(a, "a", "Chrysler"), referent(a, "b", "GM"));
  }

  @Test
  void whatASentenceSaysAPersonIsJoinsThatPersonThere() throws Exception {
    // "Okafor was named National Coach of the Year", "the gunman was Leon Dacosta": a copula or a verb of
    // choosing between a person's name and a role joins the two in that sentence. The role's word joins
    // nothing else by itself: another article's "a bishop" is still nobody in particular. Not a negation
    // ("Dacosta was no hero"), nor a group ("the Vipers").
    Analysis a = analyse(
        "a.txt", "Rita Okafor was named National Coach of the Year on Monday. Tom Brandt is the team's captain.\n"
            + "Police said the gunman was Leon Dacosta, a former guard.\n",
        "b.txt", "The National Coach of the Year thanked her players. Dacosta was no hero, his brother said.\n"
            + "A bishop of the city visited the stadium.\n",
        "c.txt", "Dan Kilby became a bishop in 2001. Rita Okafor signed a new contract. Ola Brandvik, who is the club's "
            + "physiotherapist, stayed.\n",
        "d.txt", "Ola Brandvik left on Friday.\n");
    Referent okafor = referent(a, "a", "Rita Okafor");
    assertEquals(okafor, referent(a, "a", "National Coach of the Year"));
    assertEquals(okafor, referent(a, "b", "The National Coach of the Year"));
    assertEquals(referent(a, "a", "Tom Brandt"), referent(a, "a", "the team's captain"));
    assertEquals(referent(a, "a", "Leon Dacosta"), referent(a, "a", "the gunman"));
    assertNotEquals(of(a, "b", "no hero"), Optional.of(referent(a, "b", "Dacosta")));
    assertEquals(referent(a, "c", "Dan Kilby"), referent(a, "c", "a bishop"));
    assertEquals(referent(a, "d", "Ola Brandvik"), referent(a, "c", "the club's physiotherapist")); // ", who is"
    assertNotEquals(of(a, "b", "A bishop of the city"), Optional.of(referent(a, "c", "Dan Kilby")));
  }

  @Test
  void aPersonChosenAsARoleOrSaidToBeOneLaterIsThatRole() throws Exception {
    // "named Lina Dorsey as the host", "Dorsey was named on Friday as host of", "Petra Vale will be the host of":
    // a verb of choosing with its object and "as", a day between the verb and "as", "will be". Not someone
    // only named before "as" without a verb of choosing ("Dorsey, as a former host, knows").
    Analysis a = analyse(
        "a.txt", "On Friday the academy named actress Lina Dorsey as the host of the awards. Dorsey thanked the academy.\n",
        "b.txt", "Lina Dorsey was named on Friday as host of the awards. Petra Vale will be the host of the gala.\n",
        "c.txt", "Ivo Marek said Lina Dorsey, as a former host, knows the stage. Petra Vale spoke.\n");
    Referent dorsey = referent(a, "b", "Lina Dorsey");
    assertNotEquals(dorsey, referent(a, "a", "the academy"), "the academy named her; it is not known by her name");
    assertEquals(dorsey, referent(a, "a", "the host of the awards"));
    assertEquals(dorsey, referent(a, "b", "host of the awards"));
    assertEquals(referent(a, "b", "Petra Vale"), referent(a, "b", "the host of the gala"));
    assertNotEquals(of(a, "c", "a former host"), Optional.of(dorsey));
  }

  @Test
  void synonymsTheStoryMostlyGivesOneReferentEachAreOneThing() throws Exception {
    // "the flaw" and "the vulnerability": each said again bare, each mostly one referent, though one outlet's
    // "a perilous software flaw" and another's "a zero-day vulnerability" keep their modifiers from nesting.
    Analysis a = analyse(
        "a.txt", "Hackers used a critical flaw in the browser to steal passwords. The flaw was found last week.\n",
        "b.txt", "The flaw let hackers in, researchers said. Vexa fixed a perilous software flaw on Friday.\n",
        "c.txt", "A serious zero-day vulnerability was patched on Friday. The vulnerability had been exploited for weeks.\n",
        "d.txt", "The vulnerability affects all versions, Vexa said.\n");
    assertEquals(referent(a, "a", "The flaw"), referent(a, "c", "The vulnerability"));
    assertEquals(referent(a, "b", "The flaw"), referent(a, "d", "The vulnerability"));
    // Deals with other parties named in their modifiers stay two.
    Analysis b = analyse(
        "a.txt", "Orsk signed the Vilna deal on Monday. The deal cuts tariffs.\n",
        "b.txt", "The deal was approved by the board. Critics said the Vilna deal favoured Orsk.\n",
        "c.txt", "Talks on the Karst agreement resumed. The agreement covers fishing.\n",
        "d.txt", "The agreement was criticised by Karst farmers. Officials defended the Karst agreement.\n");
    assertNotEquals(referent(b, "a", "The deal"), referent(b, "c", "The agreement"));
    // Nor through a third word whose descriptions name nothing: "the deal" may be either, not both at once.
    Analysis t = analyse(
        "a.txt", "Orsk signed the Russian agreement on Monday. The agreement cuts tariffs.\n",
        "b.txt", "The agreement was approved by the board. Critics said the Russian agreement favoured Orsk.\n",
        "c.txt", "Talks on the Chinese pact resumed. The pact covers fishing.\n",
        "d.txt", "The pact was criticised by farmers. Officials defended the Chinese pact.\n",
        "e.txt", "The deal was signed in a hurry. Lawyers read the deal twice.\n",
        "f.txt", "Officials praised the deal on Friday.\n");
    assertNotEquals(referent(t, "a", "The agreement"), referent(t, "c", "The pact"));
    // Vehicles are among the sets too: one outlet's car is another's vehicle.
    Analysis c = analyse(
        "a.txt", "Police found a stolen car near the river. The car had been burned.\n",
        "b.txt", "The car was found on Sunday, police said. A red hatchback car was seen leaving.\n",
        "c.txt", "A burned-out vehicle was found by the river. The vehicle was stolen.\n",
        "d.txt", "Police towed the vehicle away.\n");
    assertEquals(referent(c, "a", "The car"), referent(c, "d", "the vehicle"));
    Analysis q = analyse(
        "a.txt", "An earthquake shook the valley on Sunday. The earthquake damaged two bridges.\n",
        "b.txt", "The earthquake was felt 50 miles away.\n",
        "c.txt", "Firefighters searched collapsed barns after a strong quake. The quake cut power to 3,000 homes.\n",
        "d.txt", "The quake was the largest this year. Another quake struck the coast in 1989.\n");
    assertEquals(referent(q, "b", "The earthquake"), referent(q, "d", "The quake"));
    // And people: one outlet's gunman is another's shooter.
    Analysis d = analyse(
        "a.txt", "A gunman opened fire in an office on Monday. The gunman fled in a van.\n",
        "b.txt", "The gunman was still at large, police said.\n",
        "c.txt", "A lone shooter opened fire in an office on Monday. The shooter fled.\n",
        "d.txt", "Police are searching for the shooter.\n");
    assertEquals(referent(d, "b", "The gunman"), referent(d, "d", "the shooter"));
    assertEquals("person", referent(d, "b", "The gunman").kind()); // one gunman is a person, not a group
  }

  @Test
  void aFirmsTradeNounStandsForTheFirmNamedJustBefore() throws Exception {
    // "the carrier", "the software giant", "the supermarket": nouns by which news goes on calling a firm it
    // has named, as "the company" (kinds.json institutionHeads), a legal form in its name ("Inc.") or not.
    Analysis a = analyse(
        "a.txt", "Vexacom Inc. raised its prices on Monday. The carrier has 30 million customers.\n"
            + "Orbisoft Corp. fixed the flaw on Friday. The software giant said hackers had used it.\n"
            + "Harlow Police arrested a clerk. The accounting firm declined to comment.\n",
        "b.txt", "Vexacom Inc. lost customers last year. Orbisoft Corp. shares rose. Harlow Police said little.\n");
    assertEquals(referent(a, "b", "Vexacom Inc."), referent(a, "a", "The carrier"));
    assertEquals(referent(a, "b", "Orbisoft Corp."), referent(a, "a", "The software giant"));
    // A trade's word before the noun says the firm is of a trade: not a body whose name says it is another kind.
    assertNotEquals(of(a, "a", "The accounting firm"), Optional.of(referent(a, "b", "Harlow Police")));
  }

  @Test
  void anAgeBetweenCommasAfterANameIsAPersonsAndKeepsTheApposition() throws Exception {
    // "Zurana Horton, 34, a mother of 12,": a given name the lexicon does not know, but an age of two figures
    // after the name is a person's, and the role after the age is in apposition to her. A version's one
    // figure is no age ("Orbit Navigator, 7, and 8").
    Analysis a = analyse(
        "a.txt", "Zurana Horton, 34, a mother of 12, was shot on Friday. Police said Andrew Lopez, 20, a gang member, "
            + "fired the shots. The flaw affects Orbit Navigator, 7, and 8.\n",
        "b.txt", "Zurana Horton was buried on Monday. Andrew Lopez was arrested. Orbit Navigator was patched.\n");
    Referent horton = referent(a, "b", "Zurana Horton");
    assertEquals("person", horton.kind());
    assertEquals(horton, referent(a, "a", "a mother"));
    assertEquals(referent(a, "b", "Andrew Lopez"), referent(a, "a", "a gang member"));
    assertNotEquals("person", referent(a, "b", "Orbit Navigator").kind());
  }

  @Test
  void aShortNameIsTheLongOneWhateverOrdinalsCountThingsOfThatName() throws Exception {
    // "the first Orbis X9" and "a second X9" count aircraft of one type; "X9" is still "Orbis X9".
    Analysis a = analyse(
        "a.txt", "The first Orbis X9 was delivered to Vela Air on Monday. The Orbis X9 seats 500 people.\n",
        "b.txt", "A second X9 will follow in May. The X9 is the largest airliner ever built, Orbis said.\n",
        "c.txt", "The Orbis X9 made its first commercial flight. The X9 landed in Sydney.\n");
    assertEquals(referent(a, "c", "The Orbis X9"), referent(a, "b", "The X9"));
    assertEquals(referent(a, "a", "The first Orbis X9"), referent(a, "b", "A second X9"));
  }

  @Test
  void aMiddleInitialMakesANameAPersons() throws Exception {
    // "Gilford T. Monrose": a given name the lexicon does not know, but a middle initial is a person's; so he
    // takes the "he" after his name.
    Analysis a = analyse(
        "a.txt", "Pastor Ann Ray led the march on Sunday. Bishop Gilford T. Monrose spoke after the march. He called for calm.\n",
        "b.txt", "Quenton V. Marlowe watched from the steps. Nobody knew him.\n");
    Referent marlowe = referent(a, "b", "Quenton V. Marlowe");
    assertEquals("person", marlowe.kind());
    assertTrue(marlowe.pronouns().stream().anyMatch(m -> m.text().equals("him")), marlowe.toString());
  }

  @Test
  void whereAThingStandsInTimeDoesNotTellItFromAnother() throws Exception {
    // "a planned summit", "the upcoming vote": one outlet says the event is still to come, another names its
    // place or its owner; the story has one summit, and all three are it.
    Analysis a = analyse(
        "a.txt", "The move comes days before Varo's summit with Premier Lena Osk in Tallport. Aides hope for a deal.\n",
        "b.txt", "The announcement came ahead of a planned summit between Varo and Osk in Tallport on June 12.\n",
        "c.txt", "The dispute comes as officials prepare for the Tallport summit with Osk.\n");
    assertEquals(referent(a, "a", "Varo's summit"), referent(a, "b", "a planned summit"));
    assertEquals(referent(a, "b", "a planned summit"), referent(a, "c", "the Tallport summit"));
    // Two summits the story tells apart by their places stay two, whatever it says of their time.
    Analysis b = analyse(
        "a.txt", "Leaders met at the Tallport summit in May. The upcoming Norvik summit will follow in June.\n",
        "b.txt", "The Tallport summit ended without a deal. A planned summit in Norvik is in doubt.\n",
        "c.txt", "Officials said the Norvik summit could be delayed.\n");
    assertNotEquals(referent(b, "a", "the Tallport summit"), referent(b, "c", "the Norvik summit"));
    assertEquals(referent(b, "a", "The upcoming Norvik summit"), referent(b, "c", "the Norvik summit"));
  }

  @Test
  void aProgramIsWhatTheOutletCallsItInAppositionAndByThatNounAfterItsName() throws Exception {
    // "VESTA, the Ardell-era amnesty for ...": the outlet's label for the program; "VESTA amnesty" in its
    // headline is the program so labelled. "Varo tariffs" stay Varo's, never Varo.
    Analysis a = analyse(
        "a.txt", "The government on Tuesday scrapped VESTA, the Ardell-era amnesty for illegal workers that critics called unfair."
            + " Varo tariffs hit steel. The cabinet said Varo had acted alone.\n",
        "b.txt", "Officials said VESTA amnesty was over. The VESTA program had shielded 80,000 workers.\n",
        "c.txt", "Farmers said VESTA had helped them. Varo said the tariffs would stay.\n");
    Referent vesta = referent(a, "a", "VESTA");
    assertEquals(vesta, referent(a, "a", "the Ardell-era amnesty"));
    assertEquals(vesta, referent(a, "b", "VESTA amnesty"));
    assertNotEquals(of(a, "a", "Varo tariffs"), Optional.of(referent(a, "c", "Varo")));
    // Items of a list after a name are no apposition: "VESTA, the travel ban, and the border wall".
    Analysis b = analyse(
        "a.txt", "Critics attacked VESTA, the travel ban, and the border wall on Monday.\n",
        "b.txt", "The travel ban was upheld. VESTA was scrapped.\n");
    assertNotEquals(referent(b, "a", "VESTA"), referent(b, "a", "the travel ban"));
  }

  @Test
  void anEventInACapitalIsInItsStateToo() throws Exception {
    // One outlet names the city, another the country: "the Oslo summit" is "a summit in Norway".
    Analysis a = analyse(
        "a.txt", "Varo met Osk at the Oslo summit on Monday. The Oslo summit ended without a deal.\n",
        "b.txt", "Leaders held a historic summit in Norway on Monday. The summit lasted two hours.\n",
        "c.txt", "Critics said the summit in Oslo achieved nothing.\n");
    assertEquals(referent(a, "a", "the Oslo summit"), referent(a, "b", "a historic summit in Norway"));
    // A summit in another state is another summit.
    Analysis b = analyse(
        "a.txt", "Varo met Osk at the Oslo summit on Monday. The Oslo summit ended without a deal.\n",
        "b.txt", "Leaders will hold a summit in Spain in June. The summit in Spain will follow the Oslo summit.\n");
    assertNotEquals(Optional.of(referent(b, "a", "the Oslo summit")), of(b, "b", "The summit in Spain"));
    assertNotEquals(Optional.of(referent(b, "a", "the Oslo summit")), of(b, "b", "a summit in Spain"));
  }

  @Test
  void aNamesPossessionIsDefiniteAmongWordsForOneThing() throws Exception {
    // "Brandt's investigation" and "the Orsk probe": one outlet's word and another's for the one inquiry.
    Analysis a = analyse(
        "a.txt", "Varo has attacked Brandt's investigation for months. Lawyers for Varo met on Friday.\n",
        "b.txt", "Varo again dismissed the Orsk probe led by special counsel Ann Brandt on Monday.\n");
    assertEquals(referent(a, "a", "Brandt's investigation"), referent(a, "b", "the Orsk probe"));
  }

  @Test
  void whatASentenceCallsSomethingIsALabelOfIt() throws Exception {
    // By a verb of naming and its object, or a verb of describing and "as": the label is a mention of the
    // thing in that sentence, never its shown name, and joins no other description by its head.
    Analysis a = analyse(
        "a.txt", "Varo called the migrant caravan an invasion. The caravan reached the border on Monday.\n",
        "b.txt", "The caravan of 4,000 people walked north. Officials dismissed the caravan as a stunt.\n",
        "c.txt", "An invasion of locusts hit the farms. The invasion destroyed crops. Critics described the talks as constructive.\n");
    Referent caravan = referent(a, "a", "the migrant caravan");
    assertEquals(caravan, referent(a, "a", "an invasion"));
    assertEquals(caravan, referent(a, "b", "a stunt"));
    assertEquals("caravan", caravan.name().toLowerCase(java.util.Locale.ROOT).replace("migrant ", ""));
    assertNotEquals(caravan, referent(a, "c", "An invasion of locusts"));
    assertTrue(of(a, "c", "constructive").isEmpty() || !of(a, "c", "constructive").equals(of(a, "c", "the talks")));
  }

  @Test
  void aRoleGivenInAppositionIsHeldByThatPersonWhereHerArticleNamesHer() throws Exception {
    // "Mira Tesh, the Oregon professor who ...": the story's one professor, so "The Corvall University professor"
    // of an article that names her is her; "the President" of an article about someone else stays apart.
    Analysis a = analyse(
        "a.txt", "Mira Tesh, the Oregon professor who accused the nominee, will testify on Thursday.\n",
        "b.txt", "Mira Tesh has received threats. The Corvall University professor moved out of her home.\n",
        "c.txt", "Ivo Marr, the Vestland Bank president, said rates would stay.\n",
        "d.txt", "The President signed the bill on Monday. Aides praised the law.\n");
    assertEquals(referent(a, "a", "Mira Tesh"), referent(a, "b", "The Corvall University professor"));
    assertNotEquals(Optional.of(referent(a, "c", "Ivo Marr")), of(a, "d", "The President"));
  }

  @Test
  void aCapitalisedPluralOfANounForPeopleIsAGroup() throws Exception {
    Analysis a = analyse(
        "a.txt", "The ruling protects about 800,000 Dreamers. Dreamers rallied in Orsk on Monday.\n",
        "b.txt", "The Dreamers vowed to fight the decision in court.\n");
    assertEquals("group", referent(a, "b", "The Dreamers").kind());
  }

  @Test
  void theNounOfAnAcronymsSpelledOutNameStandsForIt() throws Exception {
    // "the bureau" after "FBI": the Federal Bureau of Investigation's noun, as "the committee" after "the
    // Judiciary Committee".
    Analysis a = analyse(
        "a.txt", "Varo fired the FBI director on Tuesday. The bureau said it would cooperate.\n",
        "b.txt", "The FBI declined to comment. Agents at the bureau were stunned.\n");
    assertEquals(referent(a, "a", "FBI"), referent(a, "a", "The bureau"));
    assertEquals(referent(a, "b", "The FBI"), referent(a, "b", "the bureau"));
  }

  @Test
  void aDayAfterTheOrAnOwnerAndBeforeACapitalisedNounIsAWordOfAName() throws Exception {
    // "Nixon's Saturday Night Massacre" is one event; "on Tuesday President Varo" keeps its day out.
    Analysis a = analyse(
        "a.txt", "Critics compared the firing to Richard Nixon's Saturday Night Massacre. On Tuesday President Alan Varo spoke.\n",
        "b.txt", "The Saturday Night Massacre of 1973 is remembered. President Alan Varo left.\n");
    assertEquals(referent(a, "a", "Richard Nixon's Saturday Night Massacre"), referent(a, "b", "The Saturday Night Massacre"));
    assertEquals(referent(a, "a", "President Alan Varo"), referent(a, "b", "President Alan Varo"));
  }

  @Test
  void aHeadlinesDescriptionIsWhatItsBodyDescribesByThatNoun() throws Exception {
    // The headline drops its article and says less: "Rogue regime" is the body's "The rogue regime in Velm".
    Analysis a = analyse(
        "a.txt", "Title: Rogue regime's missile overflies Orsk\n\nThe rogue regime in Velm launched another missile on Tuesday."
            + " Orsk protested.\n",
        "b.txt", "Title: Orsk protests launch\n\nOrsk protested on Tuesday. Velm said nothing.\n");
    assertEquals(referent(a, "a", "The rogue regime in Velm"), referent(a, "a", "Rogue regime"));
  }

  @Test
  void anIndefiniteDescriptionJoinsASynonymThatSharesTheWordsThatTellWhichOne() throws Exception {
    // "a trade dispute" beside "the trade war": the noun before the head tells which one; "a hardware fix" beside
    // "this patch" says nothing the patch's descriptions say.
    Analysis a = analyse(
        "a.txt", "The tariffs escalated a trade war with Orsk, economists said.\n",
        "b.txt", "The levies deepen a trade dispute between the two economies.\n",
        "c.txt", "The trade war comes as Varo prepares for talks.\n");
    assertEquals(referent(a, "c", "The trade war"), referent(a, "b", "a trade dispute"));
    Analysis b = analyse(
        "a.txt", "Vexa released this patch on Monday. The patch closes the hole.\n",
        "b.txt", "The patch was late. Vexa said a hardware fix would follow in May.\n");
    assertNotEquals(Optional.of(referent(b, "a", "this patch")), of(b, "b", "a hardware fix"));
  }

  @Test
  void twoNamesWrittenWithASlashAreNeitherJoinedNorAPerson() throws Exception {
    // "the Vexa/Korat combination" names two firms together: they stay two; "Chipmaker VXM" is a firm's
    // acronym after a capitalised noun, no person with the surname VXM.
    Analysis a = analyse(
        "a.txt", "Chipmaker VXM said on Monday it would buy Korat Systems for $2 billion. Korat shares rose.\n",
        "b.txt", "VXM expects the deal to close in May. Korat makes graphics chips."
            + " The VXM/Korat combination will challenge Intel.\n");
    assertNotEquals(referent(a, "b", "VXM"), referent(a, "b", "Korat"));
    assertTrue(apart(a, "b", "VXM", "VXM/Korat") && apart(a, "b", "Korat", "VXM/Korat"));
    assertNotEquals(referent(a, "a", "Chipmaker VXM"), referent(a, "a", "Korat Systems"));
    assertEquals(referent(a, "a", "Chipmaker VXM"), referent(a, "b", "VXM"));
    assertNotEquals("person", referent(a, "b", "VXM").kind());
  }

  @Test
  void heGoesOnFromTheLastHeWhileNoOtherManComesBetween() throws Exception {
    // The article names its subject once and says "he" for paragraphs; "a majority shareholder", in apposition
    // to the state, is no one "he" could mean. A man named in between takes the next "he".
    Analysis a = analyse(
        "a.txt", "Tomas Ruval, the chief executive of Orsk Motors, outlined a plan on Monday.\n\n"
            + "He said the plan would take 90 days.\n\nHe stressed the need for speed.\n\n"
            + "He also said the firm had won the support of its lenders.\n\n"
            + "Asked about the role of the state, a majority shareholder in the firm, he said it would not interfere.\n\n"
            + "He declined to predict a profit.\n\nAnalyst Karl Brenner was not convinced.\n\nHe expects losses until 2031.\n",
        "b.txt", "Tomas Ruval spoke in Orsk on Monday.\n");
    Referent ruval = referent(a, "a", "Tomas Ruval");
    assertEquals(5, ruval.pronouns().stream().filter(m -> m.article().equals("a")).count(), ruval.pronouns().toString());
    assertTrue(referent(a, "a", "Analyst Karl Brenner").pronouns().stream().anyMatch(m -> m.text().equals("He")));
  }

  @Test
  void weInTheQuotationOfTheChiefOfAFirmIsTheFirm() throws Exception {
    // "the chief executive of Orsk Motors" is one phrase in apposition: the body is the one the article names
    // so elsewhere, and "we" in his quotation is that firm.
    Analysis a = analyse(
        "a.txt", "Tomas Ruval, the chief executive of Orsk Motors, outlined a plan on Monday. Orsk Motors filed for bankruptcy."
            + " Regarding the plan he said, \"We will do it right.\"\n",
        "b.txt", "Orsk Motors filed for bankruptcy on Monday. The company has 20,000 workers.\n");
    Referent orsk = referent(a, "b", "Orsk Motors");
    assertTrue(pronoun(orsk, "a", "We"), orsk.toString());
  }

  @Test
  void aNameAfterAPrepositionInTheSentenceBeforeDoesNotStandBetweenItAndItsSubject() throws Exception {
    // "by Varnell Aerospace" says who builds the plane; the next sentence's "It will carry" is still the plane's.
    // A name that acts in between ("Varnell Aerospace said") still keeps "it" from the plane.
    Analysis a = analyse(
        "a.txt", "The Kestrel flew in May. The Kestrel is a mid-sized airliner under development by Varnell Aerospace. It will carry 300 passengers.\n",
        "b.txt", "The Kestrel flew on Monday. Varnell Aerospace said the test went well. It will carry 300 passengers.\n");
    Referent plane = referent(a, "a", "The Kestrel");
    assertTrue(pronoun(plane, "a", "It"), plane.toString());
    assertFalse(plane.pronouns().stream().anyMatch(m -> m.article().equals("b")), plane.toString());
  }

  @Test
  void aNationalityThatSaysWhoseTheThingIsIsAMentionOfTheState() throws Exception {
    // "the Canadian economy" is Canada's: its "Canadian" is a mention of Canada, as "a Canadian official" is of the
    // state he acts for; "a Canadian man" is only described, and no mention of Canada.
    Analysis a = analyse(
        "a.txt", "Canada raised its tariffs on Monday. The Canadian economy slowed in May, a Canadian official said.\n",
        "b.txt", "A Canadian man was arrested in Orsk on Monday. Canada protested.\n");
    Referent canada = referent(a, "b", "Canada");
    assertEquals(2, canada.mentions().stream().filter(m -> m.article().equals("a") && m.text().equals("Canadian")).count(),
        canada.toString());
    assertFalse(canada.mentions().stream().anyMatch(m -> m.article().equals("b") && m.text().equals("Canadian")), canada.toString());
    // A nationality is no naming of the state that "the country" goes back to: that is the state written by name.
    Analysis b = analyse(
        "a.txt", "Syria asked for help on Sunday. Russian jets, Russian tanks and Russian advisers arrived on Monday."
            + " Helicopters now carry troops around the country.\n",
        "b.txt", "Russia sent jets to Syria on Monday.\n");
    assertEquals(referent(b, "a", "Syria"), referent(b, "a", "the country"));
  }
  @Test
  void oneCountOfPeopleToldWithTwoNounsIsOneGroup() throws Exception {
    // "four students" and "four teenagers": one count, said of people in two articles, and no article counts
    // two groups by it.
    Analysis a = analyse(
        "a.txt", "Four students were rescued from a cave in Orsk on Monday. The students had been lost for days.\n",
        "b.txt", "Doctors said on Tuesday that four teenagers were hungry but unhurt. The teenagers are in hospital.\n");
    assertEquals(referent(a, "a", "Four students"), referent(a, "b", "four teenagers"));
    assertTrue(referent(a, "b", "four teenagers").toString().contains("the same count of people as"), referent(a, "b", "four teenagers").toString());
    // An article that counts two groups by it keeps them apart everywhere; men and women are never one group.
    Analysis b = analyse(
        "a.txt", "Four students were rescued from a cave in Orsk on Monday. Four teachers had been lost with them."
            + " The students are well.\n",
        "b.txt", "Doctors said on Tuesday that four teenagers were hungry but unhurt. The teenagers are in hospital.\n");
    assertNotEquals(referent(b, "a", "Four students"), referent(b, "b", "four teenagers"));
    Analysis c = analyse(
        "a.txt", "Two men were hurt when a bus hit a wall in Orsk on Monday. The men are in hospital.\n",
        "b.txt", "Doctors said on Tuesday that two women were hungry but unhurt. The women are in hospital.\n");
    assertNotEquals(referent(c, "a", "Two men"), referent(c, "b", "two women"));
    // "Two" is common: two nouns of roles ("officers", "suspects") are not joined by it; a noun for anyone is.
    Analysis d = analyse(
        "a.txt", "Two officers were hurt in a gunfight in Orsk on Monday. The officers are in hospital.\n",
        "b.txt", "Two suspects were arrested after a gunfight in Orsk. The suspects are in jail.\n");
    assertNotEquals(referent(d, "a", "Two officers"), referent(d, "b", "Two suspects"));
    Analysis e = analyse(
        "a.txt", "Two climbers died on Mount Orsk on Monday. The climbers had set out on Friday.\n",
        "b.txt", "Two men died on Mount Orsk after a fall. Their bodies were found on Monday.\n");
    assertEquals(referent(e, "a", "Two climbers"), referent(e, "b", "Two men"));
  }
  @Test
  void menAndWomenInOneSlotOfAnAlignedFactStayApart() throws Exception {
    // Two tellings alike but for who was hurt: the slot holds other people, not one group in other words.
    Analysis a = analyse(
        "a.txt", "Two men were hurt when a bus hit a wall in Orsk on Monday. The men are in hospital.\n",
        "b.txt", "Two women were hurt when a bus hit a wall in Orsk on Monday. The women are in hospital.\n");
    assertNotEquals(referent(a, "a", "Two men"), referent(a, "b", "Two women"));
    // The same telling of people called by two words for anyone of one sex does join.
    Analysis b = analyse(
        "a.txt", "Two men were hurt when a bus hit a wall in Orsk on Monday. The men are in hospital.\n",
        "b.txt", "Two brothers were hurt when a bus hit a wall in Orsk on Monday. The brothers are in hospital.\n");
    assertEquals(referent(b, "a", "Two men"), referent(b, "b", "Two brothers"));
  }
  @Test
  void titlesHeldAtABodyAreAPersonsAndNameOnlyTheBody() throws Exception {
    // "the Chief Executive Officer of Orsk Motors" is a role held at Orsk Motors: in apposition, the person's;
    // "Orsk Motors" is the firm's. A headline's "CEO of Orsk Motors" names the firm, not a firm "CEO of Orsk Motors".
    Analysis a = analyse(
        "a.txt", "CEO of Orsk Motors outlines plan\n\nTam Brody, the Chief Executive Officer of Orsk Motors, said on Monday"
            + " that the carmaker would close two plants. Orsk Motors lost money last year.\n",
        "b.txt", "Orsk Motors will close two plants, Tam Brody said on Monday.\n");
    Referent brody = referent(a, "b", "Tam Brody");
    assertEquals(brody, referent(a, "a", "the Chief Executive Officer of Orsk Motors"));
    Referent firm = referent(a, "b", "Orsk Motors");
    assertTrue(firm.mentions().stream().filter(m -> m.article().equals("a") && m.text().equals("Orsk Motors")).count() >= 2,
        firm.toString());
    assertFalse(firm.mentions().stream().anyMatch(m -> m.text().contains("CEO") || m.text().contains("Officer")), firm.toString());
  }
  @Test
  void aDescriptionThatIntroducesANameLeavesTheSubjectToTheName() throws Exception {
    // "The Dutch carmaker Varnell Motors said": the name the description introduces is the subject that "it" and
    // "its" go back to, written right after it or between commas after it ("Another carmaker, Varnell Motors (VM),");
    // the description is the firm's too.
    Analysis a = analyse(
        "a.txt", "The Dutch carmaker Varnell Motors said on Monday that it would cut 900 jobs at its plant in Dorvik.\n\n"
            + "Another carmaker, Varnell Motors (VM), announced that it seeks $2 billion in loans.\n",
        "b.txt", "Varnell Motors will cut 900 jobs in Dorvik.\n");
    Referent varnell = referent(a, "b", "Varnell Motors");
    String text = a.article("a").orElseThrow().text();
    int first = text.indexOf(" it ") + 1;
    int its = text.indexOf(" its ") + 1;
    int second = text.indexOf(" it ", its) + 1;
    for (int at : new int[] {first, its, second}) {
      assertTrue(varnell.pronouns().stream().anyMatch(m -> m.article().equals("a") && m.start() == at), at + " " + varnell);
    }
    assertEquals(varnell, referent(a, "a", "The Dutch carmaker"));
    // "The" with a bare noun before a name is no title: "the company Varnell Motors bought" is another firm.
    Analysis b = analyse(
        "a.txt", "The company Varnell Motors bought in May makes seats. Varnell Motors paid $9 million.\n",
        "b.txt", "Varnell Motors bought a seat maker in May.\n");
    assertFalse(referent(b, "b", "Varnell Motors").mentions().stream().anyMatch(m -> m.text().equals("The company")),
        referent(b, "b", "Varnell Motors").toString());
  }

  @Test
  void aNameAfterAPrepositionDoesNotKeepAnActingItFromTheSubjectBefore() throws Exception {
    // "in the U.K." says where the dealers are; "It intends" is still the firm's.
    Analysis a = analyse(
        "a.txt", "Varnell Motors cut jobs on Monday. At the moment, Varnell Motors has 6,246 dealers in the U.K."
            + " It intends to reduce that number to 3,605.\n",
        "b.txt", "Varnell Motors will close dealers in the U.K.\n");
    assertTrue(pronoun(referent(a, "b", "Varnell Motors"), "a", "It"), referent(a, "b", "Varnell Motors").toString());
  }
  @Test
  void twoStatesOfficesAndPeopleOfAStateAreNotTheStateTheSentenceMeans() throws Exception {
    // "12 Swedish diplomats [were ordered] to leave the country": the country is Norway, whose capital gave the order;
    // "the Swedish foreign ministry" and "Norway's foreign ministry" are two ministries.
    Analysis a = analyse(
        "a.txt", "Norway expels Swedish diplomats\n\nNorway said on Saturday that Sweden had spied on it. Oslo ordered"
            + " 12 Swedish diplomats to leave the country within a week.\n",
        "b.txt", "Sweden protests\n\nThe Swedish foreign ministry summoned the Norwegian ambassador on Sunday.\n",
        "c.txt", "Norway's foreign ministry said on Sunday that the diplomats had broken the rules. Sweden denied it.\n");
    Referent norway = referent(a, "c", "Norway's foreign ministry");
    assertEquals(norway, referent(a, "a", "the country"));
    assertFalse(norway.mentions().stream().anyMatch(m -> m.text().equals("The Swedish foreign ministry")), norway.toString());
  }
  @Test
  void aPersonOfAFirmIsThePersonWhoseWeIsTheFirms() throws Exception {
    // "Ivo Marr of Dorvik Bank": a person and the firm he works for, not one name; his "we" is the firm's.
    Analysis a = analyse(
        "a.txt", "Ivo Marr of Dorvik Bank spoke on Monday. “We need action now,” he said.\n",
        "b.txt", "Dorvik Bank was named in the report. Marr declined to comment.\n");
    Referent bank = referent(a, "b", "Dorvik Bank");
    assertTrue(bank.mentions().stream().anyMatch(m -> m.article().equals("a") && m.text().equals("Dorvik Bank")), bank.toString());
    assertTrue(pronoun(bank, "a", "We"), bank.toString());
    assertEquals("Ivo Marr", referent(a, "b", "Marr").name());
    // A firm's name ending in "Partners" is an organisation's: its partner's "we" is the firm's.
    Analysis c = analyse(
        "a.txt", "Ivo Marr of Dorvik Partners spoke on Monday. “We need action now,” he said.\n",
        "b.txt", "Dorvik Partners was named in the report.\n");
    Referent partners = referent(c, "b", "Dorvik Partners");
    assertEquals("organisation", partners.kind());
    assertTrue(pronoun(partners, "a", "We"), partners.toString());
    // A name after a body's "of" is the body's: "the Church of Ivo Marr of Latter Saints" stays one name.
    Analysis b = analyse(
        "a.txt", "The Church of Ivo Marr of Latter Saints held a service on Monday.\n",
        "b.txt", "The Church of Ivo Marr of Latter Saints said it would appeal.\n");
    assertTrue(b.referents().stream().flatMap(r -> r.mentions().stream())
        .anyMatch(m -> m.text().equals("The Church of Ivo Marr of Latter Saints")), b.referents().toString());
  }

  @Test
  void aNewOneOfAKindTheArticleHasSpokenOfIsAnotherOne() throws Exception {
    // "a new deal" after "the Kessel accord" is another deal: the article's later "the deal" is still the
    // accord, and no other article's deal joins the new one by its head.
    Analysis a = analyse(
        "a.txt", "Ruritania will leave the Kessel climate accord, the prime minister said on Monday. She said the country "
            + "would seek a new deal with its neighbours. Under the deal's terms, the exit takes a year.\n",
        "b.txt", "Ruritania pulled out of the Kessel climate accord on Monday. Critics called the deal a disaster. "
            + "The deal was signed in 2015 by forty nations.\n");
    Referent accord = referent(a, "b", "the Kessel climate accord");
    assertEquals(accord, referent(a, "a", "the Kessel climate accord"));
    assertEquals(accord, referent(a, "a", "the deal"));
    assertNotEquals(Optional.of(accord), of(a, "a", "a new deal"));
  }

  @Test
  void anEraBeforeAThingSaysWhenAsAYearDoesNotWhichOne() throws Exception {
    // "the Varga-era accord" is the accord the other outlet names by its place and purpose.
    Analysis a = analyse(
        "a.txt", "Ruritania will leave the Kessel climate accord, the prime minister said. The accord was signed in 2015.\n",
        "b.txt", "The prime minister said the Varga-era accord would cost the country jobs.\n");
    assertEquals(referent(a, "a", "the Kessel climate accord"), referent(a, "b", "the Varga-era accord"));
  }

  @Test
  void whatAPersonDeclaresHimselfOrIsRecognisedAsIsThatPersonsRole() throws Exception {
    Analysis a = analyse(
        "a.txt", "Opposition leader Tomas Ravel declared himself Ruritania's interim president on Wednesday. "
            + "Crowds cheered in the capital.\n",
        "b.txt", "Washington recognized Ravel as the legitimate leader of the country. Ravel proclaimed himself "
            + "interim president at a rally.\n");
    Referent ravel = referent(a, "a", "Opposition leader Tomas Ravel");
    assertEquals(ravel, referent(a, "a", "Ruritania's interim president"));
    assertEquals(ravel, referent(a, "b", "the legitimate leader of the country"));
    assertEquals(ravel, referent(a, "b", "interim president"));
  }

  @Test
  void aBareDescriptionRightBeforeAFirmsNameIsThatFirmsOnly() throws Exception {
    // "aircraft manufacturer Varnell" describes Varnell; another article's "Europe's biggest aircraft manufacturer"
    // is Corvane's, and the two descriptions do not join by their head.
    Analysis a = analyse(
        "a.txt", "Corvane, Europe's biggest aircraft manufacturer, announced 10,000 job cuts. Corvane blamed the weak dollar.\n",
        "b.txt", "Emails about a $23 billion deal with aircraft manufacturer Varnell were made public. Varnell declined to comment.\n");
    assertNotEquals(referent(a, "a", "Europe's biggest aircraft manufacturer"), referent(a, "b", "aircraft manufacturer"));
    assertEquals(referent(a, "b", "Varnell"), referent(a, "b", "aircraft manufacturer"));
  }

  @Test
  void aPeopleCountedIsPeopleNotTheirState() throws Exception {
    // "the Venezuelans" may stand for the state; "Hundreds of thousands of Venezuelans", "three million
    // Venezuelans" and "many Venezuelans" are people.
    Analysis a = analyse(
        "a.txt", "Venezuela cut ties with Colombia on Monday. Hundreds of thousands of Venezuelans marched in Caracas.\n",
        "b.txt", "Venezuela expelled the diplomats. Three million Venezuelans have fled the country, and many Venezuelans "
            + "blame the government.\n");
    Referent state = referent(a, "a", "Venezuela");
    assertNotEquals(Optional.of(state), of(a, "a", "Venezuelans"));
    assertNotEquals(Optional.of(state), of(a, "b", "Three million Venezuelans"));
    assertNotEquals(Optional.of(state), of(a, "b", "many Venezuelans"));
  }

  @Test
  void aNameListedAfterSuchAsIsOfTheKindOfTheNounBeforeIt() throws Exception {
    // A name of no known kind is the kind of the plural noun that introduces its list: firms, people, places.
    Analysis a = analyse(
        "a.txt", "The rules hand broadband companies such as Telvora, Netlink and Cabrix new power. Cabrix declined to "
            + "comment, and Telvora said nothing.\n",
        "b.txt", "Critics called Cabrix and Telvora cable monopolies.\n");
    assertEquals("organisation", referent(a, "a", "Cabrix").kind());
    assertEquals("organisation", referent(a, "a", "Telvora").kind());
  }

  @Test
  void theVictimIsNotThePersonTheSentenceBeforeAccuses() throws Exception {
    // The description that opens a sentence after one opening with a person's name is that person, unless the
    // sentence before accuses the person and the description is the one who suffered the deed.
    Analysis a = analyse(
        "a.txt", "Dario Venn killed a deputy on Friday, police said. Dario Venn also was charged with attempted murder in "
            + "an earlier shooting. The victim was shot while doing yard work.\n",
        "b.txt", "Dario Venn was arrested on Saturday. Venn is 25.\n");
    Referent venn = referent(a, "b", "Dario Venn");
    assertNotEquals(Optional.of(venn), of(a, "a", "The victim"));
  }

  @Test
  void aCapitalActsThroughAnAuxiliaryButNotInThePassive() throws Exception {
    // "Ottawa has long complained" is Canada acting, as "Ottawa complained" is; "Oslo has been hit" is the city.
    Analysis a = analyse(
        "a.txt", "Canada and Norway signed a fishing pact on Monday. Ottawa has long complained about quotas in the Arctic.\n",
        "b.txt", "Canada said the pact was fair. Norway agreed. Oslo has been hit by storms this week.\n");
    assertEquals(referent(a, "b", "Canada"), referent(a, "a", "Ottawa"));
    assertNotEquals(referent(a, "b", "Norway"), referent(a, "b", "Oslo"));
  }

  @Test
  void aLeadersGovernmentWrittenWithAPossessiveIsTheOneWrittenWithTheName() throws Exception {
    // "Volen's regime" is what "the Volen regime" is (the leader's, as the story calls him); "Kovac's
    // administration" is the state she heads, as "the Kovac administration" is.
    Analysis a = analyse(
        "a.txt", "The Volen regime shelled the town of Mirsk on Monday. President Tarik Volen denied it. U.S. President "
            + "Ana Kovac condemned the attack.\n",
        "b.txt", "Volen's regime shelled Mirsk again, witnesses said. Kovac's administration said it would respond. The "
            + "United States sent aid.\n");
    assertEquals(referent(a, "a", "The Volen regime"), referent(a, "b", "Volen's regime"));
    assertEquals(referent(a, "b", "The United States"), referent(a, "b", "Kovac's administration"));
  }

  @Test
  void aGeneralHeadThatANounOrANameSpecifiesIsAReferentOnlyOneWithTheSameSpecification() throws Exception {
    // "threat", "role", "time" are too general to be referents alone; "the tariff threat" and "Anna Velt's role"
    // say which one, and are one thing across outlets only with the same noun or the same owner.
    Analysis a = analyse(
        "a.txt", "Korvala renewed the tariff threat on Monday. Anna Velt's role in the talks was revealed for the first time.\n",
        "b.txt", "Dunland dismissed the tariff threat. Anna Velt's role was praised. The Senate role in the affair was small, "
            + "and the first time was long ago.\n");
    Referent threat = referent(a, "a", "the tariff threat");
    assertEquals(threat, referent(a, "b", "the tariff threat"));
    Referent role = referent(a, "a", "Anna Velt's role");
    assertEquals(role, referent(a, "b", "Anna Velt's role"));
    assertNotEquals(Optional.of(role), of(a, "b", "The Senate role"));
    assertEquals(Optional.empty(), of(a, "b", "the first time"));
  }

  @Test
  void aTwoWordNounOfAnotherKindThanItsHeadIsAHeadOfItsOwn() throws Exception {
    // "a double agent" is a person where "agent" alone is a thing; it is not "the agent" that a nerve agent is.
    Analysis a = analyse(
        "a.txt", "Police arrested a double agent in Velmora on Monday. The double agent had sold secrets for years.\n",
        "b.txt", "Investigators found a nerve agent in Velmora. The agent was hidden in a perfume bottle.\n");
    Referent spy = referent(a, "a", "a double agent");
    assertEquals("person", spy.kind());
    assertEquals(spy, referent(a, "a", "The double agent"));
    assertNotEquals(Optional.of(spy), of(a, "b", "a nerve agent"));
    assertNotEquals(Optional.of(spy), of(a, "b", "The agent"));
  }

  @Test
  void anEventsPlaceAndWhoseItIsDoNotTellItApartButTwoPlacesDo() throws Exception {
    // "the NATO summit" and "the Lisbon summit" of a story with one summit are one event, and so is "the summit"
    // of an article that speaks of Lisbon; "the Oslo summit" of a story that speaks of two cities is another one.
    Analysis a = analyse(
        "a.txt", "Leaders met in Lisbon on Monday. The NATO summit opened with a dispute over money.\n",
        "b.txt", "The Lisbon summit ended without a deal, diplomats said.\n",
        "c.txt", "NATO leaders gathered in Lisbon. The summit was tense, aides said.\n");
    Referent summit = referent(a, "a", "The NATO summit");
    assertEquals(summit, referent(a, "b", "The Lisbon summit"));
    assertEquals(summit, referent(a, "c", "The summit"));
    Analysis two = analyse(
        "a.txt", "Leaders met in Lisbon on Monday. The Lisbon summit opened with a dispute over money. The Lisbon summit "
            + "ended on Tuesday.\n",
        "b.txt", "Leaders will meet in Oslo next year. The Oslo summit will discuss trade, diplomats said. The Oslo summit "
            + "will last two days.\n",
        "c.txt", "Trade ministers met on Monday.\n");
    assertNotEquals(referent(two, "a", "The Lisbon summit"), referent(two, "b", "The Oslo summit"));
  }

  @Test
  void aCapitalListedAfterALocativeIsAPlaceAsTheFirstItemIs() throws Exception {
    // "in Lyon and Madrid" puts both cities under "in": Madrid is no actor for Spain there, as "Madrid
    // protested" would be.
    Analysis a = analyse(
        "a.txt", "Spain and France signed a water pact. Critics in Lyon and Madrid complain that it favours farmers.\n",
        "b.txt", "Spain said the pact was fair. Madrid protested against the tariffs on Monday.\n");
    assertEquals(referent(a, "b", "Spain"), referent(a, "b", "Madrid"));
    assertNotEquals(referent(a, "b", "Spain"), referent(a, "a", "Madrid"));
  }

  @Test
  void governmentsInThePluralAreNoOneState() throws Exception {
    // "the Moldovan government" stands for Moldova; "Moldovan governments" (of many years) and "European
    // governments" stand for no one state.
    Analysis a = analyse(
        "a.txt", "Moldova asked for help. The Moldovan government said the floods were the worst in a century. "
            + "European governments sent aid.\n",
        "b.txt", "Moldova thanked the European Union for its aid. Successive Moldovan governments failed to build dams.\n");
    Referent moldova = referent(a, "a", "Moldova");
    assertEquals(moldova, referent(a, "a", "The Moldovan government"));
    assertNotEquals(Optional.of(moldova), of(a, "b", "Successive Moldovan governments"));
    assertNotEquals(Optional.of(referent(a, "b", "the European Union")), of(a, "a", "European governments"));
  }

  @Test
  void aPlacesDescriptionAfterItsNameMayGoOnWithWhereItIs() throws Exception {
    // "Norway, the richest country in the region," describes Norway, as "Norway, the richest country," does.
    Analysis a = analyse(
        "a.txt", "Defence budgets fell across the north. Norway, the richest country in the region, spends little on "
            + "defence, officials said.\n",
        "b.txt", "Norway spends 1 percent of its output on defence.\n");
    assertEquals(referent(a, "b", "Norway"), referent(a, "a", "the richest country"));
  }

  @Test
  void aFightAgainstSomeoneIsNoOtherWordForAConflictElsewhere() throws Exception {
    // "the fight against the Velor Front" and "the battle against the Velor Front" are one; "the conflict" in
    // Dunland, which the story tells with no opponent, is not that fight for being its synonym.
    Analysis a = analyse(
        "a.txt", "Officials said the fight against the Velor Front would go on. The conflict in Dunland has killed "
            + "thousands. The conflict began in 2019.\n",
        "b.txt", "The army will continue the battle against the Velor Front. The conflict has displaced millions.\n");
    Referent fight = referent(a, "a", "the fight");
    assertEquals(fight, referent(a, "b", "the battle"));
    assertNotEquals(fight, referent(a, "b", "The conflict"));
  }

  @Test
  void aPartyMemberFromAPlaceOpeningASentenceIsThePersonTheSentenceBeforeOpensWith() throws Exception {
    // "The Ohio Republican" is no name but a description of a person, a Republican from Ohio: the senator the
    // sentence before opens with.
    Analysis a = analyse(
        "a.txt", "Talks on the budget stalled again on Monday. Senate Majority Leader Tom Harlan refused to bring the bill "
            + "to the floor. The Ohio Republican said the Senate would not waste its time.\n",
        "b.txt", "Tom Harlan blocked the bill, aides said.\n");
    Referent harlan = referent(a, "b", "Tom Harlan");
    assertEquals(harlan, referent(a, "a", "The Ohio Republican"));
    assertEquals("person", harlan.kind());
  }

  @Test
  void aCapitalActsThroughAModalBeforeAVerbThatIsAlsoANoun() throws Exception {
    // "Ottawa would change course": after "would", "change" is the verb, though it is a noun too.
    Analysis a = analyse(
        "a.txt", "Norway imposed duties on Canada on Monday. Norway said it hoped Ottawa would change course.\n",
        "b.txt", "Canada rejected the duties, and Norway hit back.\n");
    assertEquals(referent(a, "b", "Canada"), referent(a, "a", "Ottawa"));
  }

  @Test
  void aNameThatOwnsAGovernmentIsAPersons() throws Exception {
    // A given name the lexicon does not know, but only a ruler has a government: "Zhao Minrui's government".
    Analysis a = analyse(
        "a.txt", "Zhao Minrui's government imposed new duties on Monday.\n",
        "b.txt", "Zhao Minrui has avoided a wider dispute so far.\n");
    assertEquals("person", referent(a, "b", "Zhao Minrui").kind());
  }

  @Test
  void aDeputysTitleIsNoLeaders() throws Exception {
    // "the Chinese leader" is no "Chinese Vice Premier Arno Tal", though a premier leads.
    Analysis a = analyse(
        "a.txt", "Chinese Vice Premier Arno Tal will lead the delegation to Oslo.\n",
        "b.txt", "Arno Tal arrived in Oslo on Monday. Analysts say the Chinese leader is under pressure at home.\n");
    assertNotEquals(Optional.of(referent(a, "b", "Arno Tal")), of(a, "b", "the Chinese leader"));
  }

  @Test
  void aCapitalAfterANounForATieOrAStanceIsItsState() throws Exception {
    // "dependence on Oslo", "a captive of Oslo", "ties to Oslo" speak of Norway's government; "flew to Oslo" of the city.
    Analysis a = analyse(
        "a.txt", "Norway sells gas to Denmark. Critics warn of Denmark's dependence on Oslo for energy.\n",
        "b.txt", "Norway denied it. A minister called Denmark a captive of Oslo. The minister flew to Oslo on Monday.\n");
    Referent norway = referent(a, "a", "Norway");
    assertEquals(norway, referent(a, "a", "Oslo"));
    assertEquals(norway, referent(a, "b", "Oslo"));
    assertNotEquals(Optional.of(norway), nth(a, "b", "Oslo", 1));
  }

  @Test
  void aPersonsDescriptionIdentifiedAsANameIsThatPerson() throws Exception {
    // "the officer, identified as Sgt. Tom Vell": the name the police give the one described.
    Analysis a = analyse(
        "a.txt", "A police officer shot and killed a man in Dunmore on Monday. Police said the officer, identified as Sgt. "
            + "Tom Vell, fired twice.\n",
        "b.txt", "Sgt. Tom Vell has been placed on leave.\n");
    Referent vell = referent(a, "b", "Sgt. Tom Vell");
    assertEquals(vell, referent(a, "a", "the officer"));
    assertEquals(vell, referent(a, "a", "A police officer"));
  }

  @Test
  void eventsOfOneParticipantJoinWhateverWordsTheParticipantIsCalledBy() throws Exception {
    // "the shooting of an unarmed man" and "Monday's shooting of Dario Venn" are one shooting where the man is Venn:
    // the participant's words ("unarmed", "man") tell no other shooting.
    Analysis a = analyse(
        "a.txt", "Protests followed the police shooting of an unarmed man in Dunmore. The man, Dario Venn, was 27.\n",
        "b.txt", "The unrest followed Monday's shooting of Dario Venn during a traffic stop.\n");
    assertEquals(referent(a, "a", "the police shooting of an unarmed man"), referent(a, "b", "shooting of Dario Venn"));
  }

  @Test
  void anInstitutionAPersonsPronounOwnsIsTheOneTheirTitleNames() throws Exception {
    // "Vexa CEO Tom Rand said his company": Vexa; "her company" of a woman whose title names no firm stays apart.
    Analysis a = analyse(
        "a.txt", "Vexa CEO Tom Rand said his company would cut jobs. Ana Lind, a consultant, said her company would hire.\n",
        "b.txt", "Vexa cut 500 jobs on Monday.\n");
    Referent vexa = referent(a, "b", "Vexa");
    assertEquals(vexa, referent(a, "a", "his company"));
    assertNotEquals(Optional.of(vexa), of(a, "a", "her company"));
    // A title that names a department by its field: "Fisheries Secretary Mia Holt ... her department".
    Analysis b = analyse(
        "a.txt", "Fisheries Secretary Mia Holt said her department needed more money.\n",
        "b.txt", "The Department of Fisheries asked for funds on Monday.\n");
    assertEquals(referent(b, "b", "The Department of Fisheries"), referent(b, "a", "her department"));
  }

  @Test
  void aDatelinesNameIsAPlaceAndTheCityItsArticleSpeaksOf() throws Exception {
    // "DUNMORE, Ohio —" names a town the gazetteer does not know: a place, which "the city" can be.
    Analysis a = analyse(
        "a.txt", "Protests grow in Ohio town\n\nDUNMORE, Ohio \u2014 Hundreds marched through Dunmore on Tuesday. Dunmore "
            + "residents demanded answers. Police said the city would stay calm.\n",
        "b.txt", "Dunmore demands justice. Dunmore residents marched again.\n");
    Referent dunmore = referent(a, "b", "Dunmore");
    assertEquals("place", dunmore.kind());
    assertEquals(dunmore, referent(a, "a", "the city"));
  }

  @Test
  void aRoleAVerbActsOnInTheSentenceOfANameIsSomeoneElse() throws Exception {
    // "Vardan President Ilo Mert, who flew to Dunmore to lobby the president," lobbied another president: the one
    // the story names before; "who became the president" says the role of Mert himself.
    Analysis a = analyse(
        "a.txt", "President Ana Lind said on Tuesday that her country would leave the pact.\n\nVardan President Ilo Mert, who "
            + "flew to Dunmore last month to lobby the president, said he regretted the decision.\n",
        "b.txt", "Bolt Chairman Ode Tarsk, who became the chairman in 2015, said the firm would grow.\n");
    assertNotEquals(referent(a, "a", "Vardan President Ilo Mert"), referent(a, "a", "the president"));
    assertEquals(referent(a, "b", "Bolt Chairman Ode Tarsk"), referent(a, "b", "the chairman"));
  }

  @Test
  void aRulersGovernmentByTheFirstWordOfHisNameIsHis() throws Exception {
    // A name written family name first ("Rho Jin Tak", then "Rho"): "the Rho regime" is his, as "the Assad regime"
    // is Assad's; "the official Vardan News Agency said" is an agency, no person titled "official".
    Analysis a = analyse(
        "a.txt", "Vardan leader Rho Jin Tak met the envoy on Monday. Rho smiled. Critics said the Rho regime had broken "
            + "its promises.\n",
        "b.txt", "The official Vardan News Agency said Rho Jin Tak had agreed to talks. Rho spoke for an hour.\n");
    assertEquals(referent(a, "a", "Vardan leader Rho Jin Tak"), referent(a, "a", "the Rho regime"));
    assertEquals("organisation", referent(a, "b", "The official Vardan News Agency").kind());
  }

  @Test
  void aStateCalledByWhatItIsLikeIsTheStateItsArticleNamesFarMost() throws Exception {
    // "the landlocked nation" after an article of Bhutan is Bhutan; where Nepal acts as often, it is neither;
    // "the neighbouring country" says which, not what it is like, and is left alone.
    Analysis a = analyse(
        "a.txt", "Bhutan held its first vote on Sunday. Bhutan has 700,000 people. Observers praised the landlocked nation "
            + "for a calm vote. Bhutan thanked India, the neighbouring country.\n",
        "b.txt", "Bhutan and Nepal signed a trade deal. Nepal will sell power. Bhutan will buy it. The landlocked "
            + "nation needs roads.\n");
    Referent bhutan = referent(a, "a", "Bhutan");
    assertEquals(bhutan, referent(a, "a", "the landlocked nation"));
    assertNotEquals(Optional.of(bhutan), of(a, "b", "The landlocked nation"));
    assertNotEquals(referent(a, "b", "Nepal"), of(a, "b", "The landlocked nation").orElse(null));
  }

  @Test
  void aSenatorOfAStateWithACommonNounForSurnameAndPartyMembersInApposition() throws Exception {
    // "Senator Ana Frost of Ohio" is a person (a title and a given name before the surname "Frost"), from Ohio;
    // "Frost, a Republican who is retiring," and "Lea Moss, the committee's top Democrat" are those people.
    Analysis a = analyse(
        "a.txt", "The committee agreed to a request by Senator Ana Frost of Ohio for an inquiry. Frost, a Republican who is "
            + "retiring, said she wanted facts. \"We need the truth,\" said Senator Lea Moss, the committee's top Democrat.\n",
        "b.txt", "Frost spoke to Republicans and Democrats on Friday. Moss agreed.\n");
    Referent frost = referent(a, "b", "Frost");
    assertEquals("person", frost.kind());
    assertEquals(frost, referent(a, "a", "Senator Ana Frost of Ohio"));
    assertEquals(frost, referent(a, "a", "a Republican"));
    assertEquals(referent(a, "b", "Moss"), referent(a, "a", "the committee's top Democrat"));
  }

  @Test
  void thingsOfTwoNamedOwnersAreTwoAndAGatheringIsNoParty() throws Exception {
    // "Ruiz's testimony" and "Vale's angry testimony" are the testimonies of two people; "at the party" where the
    // assault happened is a gathering, not the Democrats the article named before it.
    Analysis a = analyse(
        "a.txt", "Dana Ruiz said Tom Vale had assaulted her at a party in 1982. Ruiz's testimony moved the panel.\n",
        "b.txt", "Democrats delayed the vote. None of the people Ruiz named remember being at the party. Vale's angry "
            + "testimony divided the Senate. Ruiz's testimony was calm.\n");
    assertFalse(a.referents().stream().anyMatch(r -> r.mentions().stream().anyMatch(m -> m.text().equals("Ruiz's testimony"))
        && r.mentions().stream().anyMatch(m -> m.text().equals("Vale's angry testimony"))));
    assertNotEquals(referent(a, "b", "Democrats"), of(a, "b", "the party").orElse(null));
  }

  @Test
  void aDescriptionOpeningTheSentenceAfterAPersonsTakesTheOtherArticlesDescriptionsOfItsNounAlong() throws Exception {
    // "The nominee" after a sentence that opens with Judge Tom Vale is Vale, and so is "her nominee" of another
    // article, which the story's one nominee had already joined.
    Analysis a = analyse(
        "a.txt", "The panel met on Friday. President Ann Lind stood by her nominee.\n",
        "b.txt", "Judge Tom Vale, a respected jurist, denied the claims on Thursday. The nominee attacked the panel.\n");
    Referent vale = referent(a, "b", "Judge Tom Vale");
    assertEquals(vale, referent(a, "b", "The nominee"));
    assertEquals(vale, referent(a, "a", "her nominee"));
  }

  @Test
  void aDatelineWithAScottishPrefixIsAPlaceToo() throws Exception {
    // "McDARBY, Texas —" is written in capitals but for its "Mc": a dateline's place.
    Analysis a = analyse(
        "a.txt", "Children wait in Texas\n\nMcDARBY, Texas \u2014 Hundreds of children waited in shelters on Thursday.\n",
        "b.txt", "Shelters in McDarby are full. McDarby officials asked for help.\n");
    assertEquals("place", referent(a, "b", "McDarby").kind());
  }

  @Test
  void theAdministrationIsTheAmericanPresidencyNotAFormerPresidentsOne() throws Exception {
    // Of the presidencies a story names ("President Ann Lind" of the United States, "Iranian President Ode Tarsk"),
    // "the administration" is the American one; "the Vale administration" of a president the story calls former
    // is not the one of today.
    Analysis a = analyse(
        "a.txt", "President Ann Lind said on Tuesday that the United States would leave the pact. Former President Tom Vale "
            + "called the decision a mistake. The Vale administration had signed the pact in 2015.\n",
        "b.txt", "Iranian President Ode Tarsk said Iran would stay in the pact. The administration said sanctions would "
            + "return.\n");
    Referent us = referent(a, "a", "the United States");
    assertEquals(us, referent(a, "b", "The administration"));
    assertNotEquals(Optional.of(us), of(a, "a", "The Vale administration"));
  }

  @Test
  void aPersonANounDescribesIsOneASentenceOpeningDescriptionCanGoOnAbout() throws Exception {
    // "Jair Velo, a former army captain," is a person though the lexicon knows no "Jair": "The congressman" opening
    // the sentence after one that opens with Velo is Velo.
    Analysis a = analyse(
        "a.txt", "Jair Velo, a former army captain, won the vote on Sunday.\n\nVelo took 55 percent of the vote. The "
            + "congressman promised change.\n",
        "b.txt", "Velo thanked his supporters.\n");
    assertEquals(referent(a, "b", "Velo"), referent(a, "a", "The congressman"));
  }

  @Test
  void aCapitalIsItsStateAsAPassivesAgentOrAVerbsObjectThatActs() throws Exception {
    // "accused by Moscow", "urge Moscow to": the state acting (the story names Russia); "in Moscow" and the dateline
    // stay the city.
    Analysis a = analyse(
        "a.txt", "MOSCOW - Talks opened in Moscow on Monday. Vardo has been accused by Moscow of dumping grain.\n",
        "b.txt", "Vardo will urge Moscow to lift the ban. Russia said it would study the request.\n");
    Referent russia = referent(a, "b", "Russia");
    assertEquals(russia, nth(a, "a", "Moscow", 1).orElseThrow(), "accused by Moscow: " + russia);
    assertEquals(russia, referent(a, "b", "Moscow"), "urge Moscow to: " + russia);
    assertTrue(russia.mentions().stream().noneMatch(m -> m.text().equals("MOSCOW")), russia.toString());
    assertNotEquals(russia, nth(a, "a", "Moscow", 0).orElseThrow(), "in Moscow is the city");
  }

  @Test
  void aPersonsInitialsOfThreeLettersOrMoreAreThatPerson() throws Exception {
    // "MBS" for Mohammed bin Salman (a particle's letter too); two letters stay apart ("AP" is no Anton Petrov).
    Analysis a = analyse(
        "a.txt", "Crown Prince Mohammed bin Salman met the envoys. Critics say MBS runs the kingdom.\n",
        "b.txt", "Anton Petrov, a banker, spoke to AP reporters. Mohammed bin Salman did not comment.\n");
    Referent mbs = referent(a, "a", "MBS");
    assertEquals(referent(a, "b", "Mohammed bin Salman"), mbs, mbs.toString());
    assertEquals("person", mbs.kind());
    assertTrue(of(a, "b", "AP").map(r -> !r.equals(referent(a, "b", "Anton Petrov"))).orElse(true), "AP is no Anton Petrov");
  }

  @Test
  void aFightAndABrawlAndADeadlockAndAnImpasseAreOneEachInAStory() throws Exception {
    // kinds.json nearIdentityThings since session 54: "the fight" / "the brawl" / "the scuffle", "the impasse" /
    // "the deadlock"; a deadlock is no confrontation (a jury's deadlock, a gunman's confrontation with a deputy).
    Analysis a = analyse(
        "a.txt", "The fight at the Orsk consulate lasted minutes. The impasse over the budget went on. The confrontation "
            + "with the deputy ended in gunfire.\n",
        "b.txt", "Guards said the brawl at the Orsk consulate left one man dead. The deadlock over the budget hurt the council.\n");
    assertEquals(referent(a, "a", "The fight"), referent(a, "b", "the brawl"));
    assertEquals(referent(a, "a", "The impasse"), referent(a, "b", "The deadlock"));
    Referent deadlock = referent(a, "b", "The deadlock");
    assertTrue(of(a, "a", "The confrontation").map(r -> !r.equals(deadlock)).orElse(true), deadlock.toString());
  }

  @Test
  void aDatelineOfTwoWordsInCapitalsIsTheCityNotTheState() throws Exception {
    // "NEW DELHI —" is where the story was filed; "accused New Delhi of" is India acting.
    Analysis a = analyse(
        "a.txt", "NEW DELHI — Talks opened on Monday. Orsk accused New Delhi of dumping grain.\n",
        "b.txt", "India said it would study the request from Orsk.\n");
    Referent india = referent(a, "b", "India");
    assertEquals(india, referent(a, "a", "New Delhi"), india.toString());
    assertTrue(india.mentions().stream().noneMatch(m -> m.text().equals("NEW DELHI")), india.toString());
  }

  @Test
  void aKnownNameWithItsNumberIsOneName() throws Exception {
    // "the Group of 20" (the alias lexicon's G20) was read "the Group" and a count.
    Analysis a = analyse(
        "a.txt", "The summit of the Group of 20 in Osaka opened on Friday.\n",
        "b.txt", "Leaders of the G20 met in Osaka on Friday.\n");
    Referent g20 = referent(a, "a", "the Group of 20");
    assertEquals(g20, referent(a, "b", "the G20"), g20.toString());
  }

  @Test
  void theBarePresidentIsTheOneTitledWithoutAStateBesideAForeignOne() throws Exception {
    // News titles its own country's president plainly ("President Ana Varo") and a foreign one with the state
    // ("French President Luc Morel"), and calls the foreign one "the French president" after: "the president" is
    // Varo, though Morel was named last. With no such plain title, "the president" after Morel is Morel.
    Analysis a = analyse(
        "a.txt", "President Ana Varo met French President Luc Morel in Orsk on Monday. Morel praised the talks. "
            + "Later, aides said the president would sign the decree.\n",
        "b.txt", "French President Luc Morel arrived in Orsk on Monday. Officials said the president would stay two days.\n");
    assertEquals(referent(a, "a", "President Ana Varo"), referent(a, "a", "the president"));
    assertEquals(referent(a, "b", "French President Luc Morel"), referent(a, "b", "the president"));
  }

  @Test
  void twoLevelsOfGovernmentAreTwoGovernments() throws Exception {
    // "the city's government" and "the central government" (a city's and a state's), "the federal government" and
    // "the state government": not one thing however the story calls both by "government".
    Analysis a = analyse(
        "a.txt", "Protesters marched in Orsk. Mayor Ilse Varo said the city's government would pursue those responsible.\n",
        "b.txt", "In Velka, a spokesman said the central government supports the Orsk police. The central government sent aid.\n",
        "c.txt", "The federal government and the state government disagreed over the aid, the governor said.\n");
    Referent central = referent(a, "b", "the central government");
    assertTrue(of(a, "a", "the city's government").map(r -> !r.equals(central)).orElse(true), central.toString());
    assertTrue(of(a, "c", "The federal government").map(r -> of(a, "c", "the state government").map(r2 -> !r2.equals(r)).orElse(true))
        .orElse(true), a.referents().toString());
  }

  @Test
  void aRoleInAppositionMayGoOnWithToWhomItIsHeld() throws Exception {
    // "Ana Varo, a senior adviser to the governor, resigned": the role goes on with "to" and whom it serves.
    Analysis a = analyse(
        "a.txt", "Ana Varo, a senior adviser to the governor, resigned on Monday.\n",
        "b.txt", "Ana Varo left the governor's office on Monday.\n");
    Referent varo = referent(a, "b", "Ana Varo");
    assertEquals(varo, referent(a, "a", "a senior adviser"), varo.toString());
  }

  @Test
  void aTitledSurnameIsTheNamesakeOfThatTitleAndKinTakeNoBareSurname() throws Exception {
    // Two people of one surname: "Governor Ilse Varo" and her daughter, named more often. "Governor Varo" is the
    // governor, whom the story titles so; a bare "Varo" is not the one introduced as someone's daughter.
    Analysis a = analyse(
        "a.txt", "Governor Ilse Varo opened the bridge in Orsk on Monday. Her daughter Mara Varo cut the ribbon. "
            + "Mara Varo later spoke to reporters.\n",
        "b.txt", "Governor Varo praised the builders. First daughter Mara Varo waved to the crowd. Varo left at noon.\n");
    Referent governor = referent(a, "a", "Governor Ilse Varo");
    Referent daughter = nth(a, "a", "Mara Varo", 0).orElseThrow();
    assertNotEquals(governor, daughter);
    assertEquals(governor, referent(a, "b", "Governor Varo"), governor.toString());
    assertEquals(governor, nth(a, "b", "Varo", 2).orElseThrow(), governor.toString());
  }

  @Test
  void twoStatesOrAStateAndSomeoneWhoLeadsNoneOwnTwoThings() throws Exception {
    // "Moscow's campaign" (Russia's, by its capital) and "Varo's campaign" (a candidate's, who leads no state): two
    // campaigns, however the story calls both by one noun.
    Analysis a = analyse(
        "a.txt", "Charges filed\n\nProsecutors detailed Moscow's campaign to sway voters in Velka. Russia denied it.\n",
        "b.txt", "Charges filed\n\nInvestigators asked whether Varo's campaign had helped the effort. Candidate Ana Varo "
            + "denied it.\n");
    assertTrue(of(a, "a", "Moscow's campaign").map(r -> r.mentions().stream().noneMatch(m -> m.text().contains("Varo")))
        .orElse(true), a.referents().toString());
  }

  @Test
  void peopleTheStoryCountsByNationalityArePeopleNotTheirState() throws Exception {
    // "13 Ruritanians" charged, later "the Ruritanians": people, not Ruritania, which the story also names.
    Analysis a = analyse(
        "a.txt", "A grand jury charged 13 Germans with fraud on Friday. Germany denied any role.\n",
        "b.txt", "The 13 Germans are unlikely to stand trial. The Germans ran the scheme from Berlin, prosecutors said.\n");
    Referent germany = referent(a, "a", "Germany");
    assertNotEquals(germany, referent(a, "a", "13 Germans"));
    assertNotEquals(germany, referent(a, "b", "The Germans"));
    assertEquals(referent(a, "a", "13 Germans"), referent(a, "b", "The Germans"));
  }

  @Test
  void aNationalityBeforeABodysNounIsPartOfItsName() throws Exception {
    // "Palestinian Authority chief Mahmoud Abbas": the body is the Palestinian Authority, not an "Authority".
    Analysis a = analyse(
        "a.txt", "Palestinian Authority chief Ali Haddad condemned the move.\n",
        "b.txt", "The Palestinian Authority said it would appeal to the United Nations.\n");
    assertEquals(referent(a, "b", "The Palestinian Authority"), referent(a, "a", "Palestinian Authority"));
  }

  @Test
  void aGroupIsItsDescriptionInAppositionAndTheGroupAfterIt() throws Exception {
    // "Jund al-Nasr, the Islamist group that controls the valley," and "the militant group Jund al-Nasr": a group's
    // description in apposition, though the name looks like a person's; "The terror group" after the members'
    // label ("Jund al-Nasr fighters") is the one group the article has named. "Islamist" is no name.
    Analysis a = analyse(
        "a.txt", "Rockets hit Orsk\n\nPolice blamed Jund al-Nasr, the Islamist group that controls the valley, for the attack.\n",
        "b.txt", "Orsk under fire\n\nJund al-Nasr fighters fired rockets at Orsk on Monday. The terror group, which the "
            + "government has banned, has carried out several attacks this year.\n",
        "c.txt", "Group claims attack\n\nThe militant group Jund al-Nasr fired more rockets at Orsk on Monday.\n");
    Referent group = referent(a, "a", "Jund al-Nasr");
    assertEquals(group, referent(a, "a", "the Islamist group"), group.toString());
    assertEquals(group, referent(a, "b", "The terror group"), group.toString());
    assertEquals(group, referent(a, "c", "The militant group"), group.toString());
    assertTrue(a.referents().stream().noneMatch(r -> r.name().equals("Islamist")), a.referents().toString());
  }

  @Test
  void theGroupStaysOpenBetweenTwoGroupsAndAfterAnotherKindOfGroup() throws Exception {
    // Two groups named before "the group": either may be meant. "the ownership group" is a group of owners, not
    // the newspaper named before it.
    Analysis a = analyse(
        "a.txt", "Jund al-Nasr and the Velka Brigades fired rockets at Orsk. The group said the attack avenged a death.\n",
        "b.txt", "The Orsk Herald reported the sale. The ownership group paid $10 million.\n");
    assertTrue(apart(a, "a", "The group", "Jund"), "the group is either group");
    assertTrue(apart(a, "a", "The group", "Brigades"), "the group is either group");
    assertTrue(apart(a, "b", "The ownership group", "Herald"), "owners are not the paper");
  }

  @Test
  void aSurnameThatTellsSomethingBacksItsOneFullName() throws Exception {
    // "Yevgeny Vashko, a businessman with close ties to the governor," (a given name the lexicon may lack): the role goes
    // on, so it joins only a name known to be a person's, and "Vashko told the agency" shows it is one.
    Analysis a = analyse(
        "a.txt", "Charges filed\n\nYevgeny Vashko, a businessman with close ties to the governor, was among those charged. "
            + "Vashko told the agency that he would appeal.\n",
        "b.txt", "Charges filed\n\nProsecutors charged Yevgeny Vashko with fraud on Friday.\n");
    Referent vashko = referent(a, "b", "Yevgeny Vashko");
    assertEquals("person", vashko.kind(), vashko.toString());
    assertEquals(vashko, referent(a, "a", "a businessman"), vashko.toString());
  }

  @Test
  void peopleOfAKindAreTheNameTheyAreKnownBy() throws Exception {
    // "the young farmers, known as Greenshirts," and another outlet's "Greenshirts": one group.
    Analysis a = analyse(
        "a.txt", "Farmers protest\n\nPolice met the young farmers, known as Greenshirts, at the bridge on Monday.\n",
        "b.txt", "Farmers protest\n\nHundreds of Greenshirts blocked the bridge in Orsk on Monday.\n");
    assertEquals(referent(a, "b", "Greenshirts"), referent(a, "a", "the young farmers"));
  }

  @Test
  void aThingIsTheNameItIsKnownByAfterWhatItIsFor() throws Exception {
    // "the exemption for small farms, known as Fairshare,": the exemption's name, though "small farms" stands between.
    Analysis a = analyse(
        "a.txt", "Budget talks\n\nLawmakers debated the exemption for small farms, known as Fairshare, on Monday.\n",
        "b.txt", "Budget talks\n\nCritics said Fairshare costs $2 billion a year.\n");
    assertEquals(referent(a, "b", "Fairshare"), referent(a, "a", "the exemption"));
    assertTrue(apart(a, "a", "small farms", "Fairshare"), "the farms are not the exemption");
  }

  @Test
  void aBarePluralThatNamesAStateIsNoEarlierPluralWithoutOne() throws Exception {
    // "officials he had met there" (the consulate's) and then "Turkish officials have said": other officials.
    // "American officials" after "U.S. officials" name the same state.
    Analysis a = analyse(
        "a.txt", "Consulate death\n\nThe journalist died in a fight with officials he had met there, Velka said. "
            + "Turkish officials have said he was murdered.\n",
        "b.txt", "Consulate death\n\nU.S. officials asked for an inquiry. American officials said they would wait.\n");
    assertTrue(apart(a, "a", "officials", "Turkish"), "the officials he met are not the Turkish officials");
    assertEquals(referent(a, "b", "U.S. officials"), referent(a, "b", "American officials"));
  }

  @Test
  void aRulersEpithetIsThePersonWhoseRegimeTheArticleNamed() throws Exception {
    // The story calls a ruler's rule his regime and him "the dictator": the epithet is his, not the other
    // president's the article names; with two regimes named it stays open.
    Analysis a = analyse(
        "a.txt", "Crisis in Veldora\n\nPresident Tom Harlan said the regime of Anton Ruskov had lost all legitimacy. "
            + "The dictator answered by expelling Harlan's envoys. Belgrova and Tesk stood by the aging strongman.\n",
        "b.txt", "Two regimes\n\nThe Ruskov regime and the regime of Ilse Voss signed a pact. The autocrat hailed it as historic.\n");
    Referent ruskov = referent(a, "a", "The dictator");
    assertEquals("Anton Ruskov", ruskov.name(), ruskov.toString());
    assertEquals(ruskov, referent(a, "a", "the aging strongman"), ruskov.toString());
    assertNotEquals(referent(a, "a", "President Tom Harlan"), referent(a, "a", "The dictator"));
    assertTrue(apart(a, "b", "The autocrat", "Ruskov"), "two regimes named: either ruler");
    assertTrue(apart(a, "b", "The autocrat", "Voss"), "two regimes named: either ruler");
  }

  @Test
  void aStandInOrAClaimantIsNotTheTitledHolder() throws Exception {
    // "the self-proclaimed president" and "the interim coach" are not the holders the story titles plainly.
    Analysis a = analyse(
        "a.txt", "Power struggle\n\nPresident Anton Ruskov refused to step down on Monday. Rival lawmaker Ivo Brandt "
            + "on Monday named himself \"interim president\" before a crowd. Foreign powers endorsed the self-proclaimed president.\n",
        "b.txt", "Coach out\n\nHead coach Mark Delaney was fired. Assistant Tony Rell will replace Delaney as the interim head coach.\n");
    Referent ruskov = referent(a, "a", "President Anton Ruskov");
    assertTrue(apart(a, "a", "the self-proclaimed president", "Ruskov"), ruskov.toString());
    assertEquals(referent(a, "a", "Rival lawmaker Ivo Brandt"), referent(a, "a", "interim president"));
    assertTrue(apart(a, "b", "the interim head coach", "Delaney"), referent(a, "b", "Head coach Mark Delaney").toString());
  }

  @Test
  void theHomeHolderIsThePresidentWhateverAQuotationCallsTheForeignOne() throws Exception {
    // "President Harlan" of the article's own country, "Austrian President Anton Ruskov", quoted as "President Ruskov":
    // "the president" after is Harlan, though the nearest title is Ruskov's.
    Analysis a = analyse(
        "a.txt", "Summit in Orsk\n\nPresident Tom Harlan met Austrian President Anton Ruskov on Monday. \"President Ruskov "
            + "was strong in his denial,\" Harlan said. Critics said the president "
            + "had failed his country.\n",
        "b.txt", "Summit in Orsk\n\nPresident Tom Harlan met Austrian President Anton Ruskov in Orsk on Monday.\n");
    Referent harlan = referent(a, "a", "President Tom Harlan");
    assertEquals(harlan, referent(a, "a", "the president"), harlan.toString());
  }

  @Test
  void aStatesOwnAndAPersonsOwnAreTwo() throws Exception {
    // "let Brandt's investigators attend ... if Austria could question Americans" and another outlet's "provided
    // Austrian investigators could interrogate U.S. officials": the special counsel's investigators are not the state's.
    Analysis a = analyse(
        "a.txt", "Offer\n\nThe Austrian president offered to let Brandt's investigators attend interrogations of the 12 officers "
            + "if Austria could question Americans.\n",
        "b.txt", "Offer\n\nRuskov also offered to allow Brandt's team to question the 12 Austrian citizens it indicted, "
            + "provided Austrian investigators could interrogate U.S. officials in return.\n",
        "c.txt", "Offer\n\nSpecial counsel Ivo Brandt charged 12 officers. Austrian President Anton Ruskov denied it.\n");
    assertTrue(apart(a, "b", "Austrian investigators", "Brandt"), String.valueOf(of(a, "b", "Austrian investigators")));
  }

  @Test
  void aPlaceADatelineWritesInCapitalsIsNamedAsTheHeadlineWritesIt() throws Exception {
    Analysis a = analyse(
        "a.txt", "Talks open in Orsk\n\nORSK - Ministers met on Monday. ORSK was calm.\n",
        "b.txt", "Ministers meet in Orsk\n\nORSK - Ministers met in the city on Monday.\n");
    assertEquals("Orsk", referent(a, "b", "ORSK").name());
  }

  @Test
  void aDescriptionTheStoryGivesNoNameIsTheOneNamedPersonItAlsoCallsSo() throws Exception {
    // One outlet names the man it calls the suspect; two others only ever say "the gunman": the gunman is he,
    // and so is "the teen" of the outlets that never name the boy another calls "the teenager".
    Analysis a = analyse(
        "a.txt", "Arrest after Orsk plant shooting\n\nPolice arrested the suspect, Dale Hurst, at his home on Saturday. "
            + "Hurst had been fired from the plant a week earlier. He shot the teenager, Kevin Marsh, in the arm.\n",
        "b.txt", "Two hurt in Orsk plant shooting\n\nTwo workers were hurt when the gunman opened fire at the Orsk plant on "
            + "Friday. Witnesses said the gunman walked in at noon. The teen was hit in the arm.\n",
        "c.txt", "Orsk shooting\n\nThe gunman surrendered to police after an hour, officers said. The teen was treated at "
            + "a hospital and the teen's family thanked the nurses.\n");
    Referent hurst = referent(a, "a", "Dale Hurst");
    assertEquals(hurst, referent(a, "b", "the gunman"), hurst.toString());
    assertEquals(hurst, referent(a, "c", "The gunman"), hurst.toString());
    assertTrue(hurst.mentions().stream().anyMatch(m -> m.via() != null && m.via().contains("also calls so")), hurst.toString());
    Referent marsh = referent(a, "a", "Kevin Marsh");
    assertEquals(marsh, referent(a, "b", "The teen"), marsh.toString());
    assertNotEquals(hurst, marsh);
  }

  @Test
  void aDescriptionTwoNamedPeopleAreCalledStaysOpen() throws Exception {
    // Two men named as suspects: which of them "the gunman" of the other outlets is, the story does not say.
    Analysis a = analyse(
        "a.txt", "Arrests after Orsk plant shooting\n\nPolice arrested the suspect, Dale Hurst, on Saturday. A second "
            + "suspect, Ivo Brandt, was held on Sunday.\n",
        "b.txt", "Two hurt in Orsk plant shooting\n\nTwo workers were hurt when the gunman opened fire at the Orsk plant on "
            + "Friday. Witnesses said the gunman walked in at noon.\n",
        "c.txt", "Orsk shooting\n\nThe gunman surrendered to police after an hour, officers said.\n");
    assertTrue(apart(a, "b", "the gunman", "Hurst"), String.valueOf(of(a, "b", "the gunman")));
    assertTrue(apart(a, "b", "the gunman", "Brandt"), String.valueOf(of(a, "b", "the gunman")));
  }

  @Test
  void aRoleTheStoryGivesNoNameIsTheOnePersonTitledWithItAlone() throws Exception {
    // "Deputy Carl Ortan" in one outlet, "the slain deputy" and "the deputy" in the others: the deputy is he,
    // though "Deputy District Attorney Rhea Moss" is titled with the word too (her role is an attorney's).
    Analysis a = analyse(
        "a.txt", "Deputy shot in Orsk\n\nDeputy Carl Ortan was shot on Friday while knocking on doors. Ortan died at a "
            + "hospital. Deputy District Attorney Rhea Moss filed charges.\n",
        "b.txt", "Orsk deputy killed\n\nThe slain deputy had served 15 years. Colleagues said the deputy loved boxing.\n",
        "c.txt", "Orsk mourns\n\nThe deputy was buried on Monday.\n");
    Referent ortan = referent(a, "a", "Deputy Carl Ortan");
    assertEquals(ortan, referent(a, "b", "The slain deputy"), ortan.toString());
    assertEquals(ortan, referent(a, "c", "The deputy"), ortan.toString());
    assertTrue(apart(a, "b", "The slain deputy", "Moss"), ortan.toString());
  }

  @Test
  void theAgencyInADatelinesParenthesesFiledTheStoryAndIsNoMention() throws Exception {
    // "ORSK (Tellwire) -" says who filed the story; "Tellwire reported" in a sentence tells of the agency.
    Analysis a = analyse(
        "a.txt", "Talks open in Orsk\n\nORSK (Tellwire) - Ministers met on Monday. Tellwire reported that the talks "
            + "went well.\n",
        "b.txt", "Ministers meet in Orsk\n\nORSK (Tellwire) - Ministers met in the city on Monday.\n");
    assertTrue(of(a, "b", "Tellwire").isEmpty(), String.valueOf(of(a, "b", "Tellwire")));
    assertTrue(of(a, "a", "Tellwire").isEmpty(), String.valueOf(of(a, "a", "Tellwire")));
    String text = a.article("a").orElseThrow().text();
    int reported = text.indexOf("Tellwire reported");
    assertTrue(a.referents().stream().anyMatch(r -> r.mentions().stream()
        .anyMatch(m -> m.article().equals("a") && m.start() == reported && m.text().equals("Tellwire"))), a.referents().toString());
  }

  @Test
  void aGivenNameThatIsAlsoACommonNounAfterAJoiningForIsPartOfTheBodysName() throws Exception {
    // "Gun" and "Hope" are given names too; after "for" in a body's name they are what it stands for, not a person.
    Analysis a = analyse(
        "a.txt", "Rally in Orsk\n\nThe march was paid for by Harbortown for Gun Safety, organizers said. "
            + "Volunteers from Citizens for Hope Gardens handed out water.\n",
        "b.txt", "Orsk march\n\nThe buses were paid for by Harbortown for Gun Safety.\n");
    assertEquals("Harbortown for Gun Safety", referent(a, "a", "Harbortown for Gun Safety").name());
    assertNotEquals("person", referent(a, "a", "Harbortown for Gun Safety").kind());
    assertEquals(referent(a, "a", "Harbortown for Gun Safety"), referent(a, "b", "Harbortown for Gun Safety"));
    assertEquals("Citizens for Hope Gardens", referent(a, "a", "Citizens for Hope Gardens").name());
  }

  @Test
  void theCrimesAuthorIsTheOnePersonTheStoryNamesAsCharged() throws Exception {
    // One outlet names the man charged; the others say "the gunman" and "the Orsk killer" only once each: he is both.
    // With two people named as charged, neither.
    Analysis a = analyse(
        "a.txt", "Orsk mourns\n\nA former worker, Dale Hurst, 41, has been charged with two counts of murder. "
            + "Mayor Ivo Brandt spoke at a vigil.\n",
        "b.txt", "Vigil in Orsk\n\nMourners stood silently for six minutes, the time it took the gunman to fire.\n",
        "c.txt", "Orsk march\n\nNothing would have stopped the Orsk killer, activists said.\n");
    Referent hurst = referent(a, "a", "Dale Hurst");
    assertEquals(hurst, referent(a, "b", "the gunman"), hurst.toString());
    assertEquals(hurst, referent(a, "c", "the Orsk killer"), hurst.toString());
    assertTrue(apart(a, "b", "the gunman", "Brandt"), hurst.toString());
  }

  @Test
  void theCrimesAuthorStaysOpenBetweenTwoPeopleNamedAsCharged() throws Exception {
    Analysis a = analyse(
        "a.txt", "Orsk mourns\n\nA former worker, Dale Hurst, 41, has been charged with murder. Police also arrested "
            + "Ivo Brandt on Sunday.\n",
        "b.txt", "Vigil in Orsk\n\nMourners stood silently for six minutes, the time it took the gunman to fire.\n");
    assertTrue(apart(a, "b", "the gunman", "Hurst"), String.valueOf(of(a, "b", "the gunman")));
    assertTrue(apart(a, "b", "the gunman", "Brandt"), String.valueOf(of(a, "b", "the gunman")));
  }

  @Test
  void aDeputysTitleDoesNotMakeHimTheOfficeHeDeputisesFor() throws Exception {
    // "the attorney general" is not "Deputy Attorney General Ivo Brandt", nor "the secretary" an assistant one;
    // "the deputy attorney general" is.
    Analysis a = analyse(
        "a.txt", "Orsk prosecutor fired\n\nDeputy Attorney General Ivo Brandt wrote a memo on Monday. Brandt said the "
            + "prosecutor had usurped the authority of the attorney general. Assistant Secretary Mara Lind agreed.\n",
        "b.txt", "Prosecutor out in Orsk\n\nThe memo by Deputy Attorney General Ivo Brandt was cited. The secretary "
            + "stayed silent. The deputy attorney general declined to comment.\n");
    assertTrue(apart(a, "a", "the attorney general", "Brandt"), String.valueOf(of(a, "a", "the attorney general")));
    assertTrue(apart(a, "b", "The secretary", "Lind"), String.valueOf(of(a, "b", "The secretary")));
    assertEquals(referent(a, "b", "Deputy Attorney General Ivo Brandt"), referent(a, "b", "The deputy attorney general"));
  }

  @Test
  void descriptionsWithTheSameIdentifyingWordsUnderTwoWordsOfASetAreOneThingBesideOthersOfTheSet() throws Exception {
    // The story has two investigations; "the Orsk probe" and "the Orsk investigation" are one of them, and the
    // bare "the investigation" joins neither; "his firing" and "the dismissal" are one event.
    Analysis a = analyse(
        "a.txt", "Brandt fired\n\nMayor Ivo Brandt fired the police chief, who led the Orsk probe. The Lind investigation "
            + "is closed. His firing stunned critics.\n",
        "b.txt", "Orsk chief out\n\nThe dismissal was rash, critics said. The Orsk investigation will go on, and the Lind "
            + "investigation too. The investigation cost millions.\n");
    Referent orsk = referent(a, "a", "the Orsk probe");
    assertEquals(orsk, referent(a, "b", "The Orsk investigation"), orsk.toString());
    assertTrue(apart(a, "a", "the Orsk probe", "Lind"), orsk.toString());
    assertTrue(apart(a, "b", "The investigation", "Orsk"), String.valueOf(of(a, "b", "The investigation")));
    assertEquals(referent(a, "a", "His firing"), referent(a, "b", "The dismissal"));
  }

  @Test
  void thisTownIsTheDatelinesPlaceAndATownBeforeItsStateIsAPlace() throws Exception {
    // Wire style: "ORSK, Ohio — ... in this college town" is Orsk; "of Maumee, Ohio" names a town; the driver and
    // the woman he killed stand in one slot of two aligned sentences, but their verbs differ: two people.
    Analysis a = analyse(
        "a.txt", "Woman killed in Orsk\n\nORSK, Ohio — A woman was killed on Saturday when a car plowed into a crowd of "
            + "marchers who had gathered to oppose a rally in this Ohio college town, police said. The driver, Dale Hurst, of "
            + "Maumee, Ohio, was arrested.\n",
        "b.txt", "Driver charged in Orsk\n\nA 20-year-old Ohio man was charged on Saturday when a car plowed into a crowd "
            + "of marchers who had gathered to oppose a rally in Orsk, police said.\n");
    assertEquals(referent(a, "a", "ORSK"), referent(a, "a", "this Ohio college town"));
    assertEquals("place", referent(a, "a", "Maumee").kind());
    assertTrue(apart(a, "b", "A 20-year-old Ohio man", "woman"), String.valueOf(of(a, "b", "A 20-year-old Ohio man")));
  }

  @Test
  void aStatesNounWithItsNationalityIsThatStateAndAPreacherBasedSomewhereIsAPerson() throws Exception {
    // "The Moldovan nation" is Moldova, as "the Moldovan government" is; where a person is based says no
    // firm: "the Orsk-based preacher Ivo Brandt" is a person, and "the chain of command" no name of his.
    Analysis a = analyse(
        "a.txt", "Moldova holds firm\n\nThe Moldovan nation stood firm against the coup, officials said. Loyal troops "
            + "blamed the Orsk-based preacher Ivo Brandt. The army said the chain of command had been restored.\n",
        "b.txt", "Coup fails in Moldova\n\nMoldova detained 6,000 soldiers after the coup. Brandt denied any role. Voters in "
            + "the former Soviet republic are weary.\n");
    assertEquals(referent(a, "b", "Moldova"), referent(a, "a", "The Moldovan nation"));
    // A former one is no longer that state: "the former Soviet republic" is no Soviet Union.
    assertTrue(of(a, "b", "the former Soviet republic").map(r -> !r.name().equals("Soviet Union")).orElse(true),
        String.valueOf(of(a, "b", "the former Soviet republic")));
    assertEquals("person", referent(a, "b", "Brandt").kind());
    assertTrue(apart(a, "a", "the chain of command", "Brandt"), String.valueOf(of(a, "a", "the chain of command")));
  }

  @Test
  void aStormNamedAsAPersonIsAnEventAndARiverOrAnIsleIsAPlace() throws Exception {
    Analysis a = analyse(
        "a.txt", "Storm batters Orsk\n\nStorm Ilsa swept across the coast on Sunday. The River Orsk burst its banks, and "
            + "ferries to the Isle of Varn were cancelled.\n",
        "b.txt", "Orsk floods\n\nStorm Ilsa flooded the town. Ilsa also closed the bridge to the Isle of Varn.\n");
    assertEquals("event", referent(a, "a", "Storm Ilsa").kind());
    assertEquals("place", referent(a, "a", "The River Orsk").kind());
    assertEquals("place", referent(a, "a", "the Isle of Varn").kind());
  }

  @Test
  void aCountOfPeopleKeepsATwoWordNationalityAndACaravanOfThemIsAGroup() throws Exception {
    // "Hundreds of Central American migrants" are as Central American as the migrants it counts, so they nest
    // with "the asylum seekers" of the same story; a caravan of Central Americans is a group, not a place.
    Analysis a = analyse(
        "a.txt", "Caravan reaches Orsk\n\nHundreds of Central American migrants who traveled in a caravan arrived in Orsk "
            + "on Wednesday. The asylum seekers say they flee violence.\n",
        "b.txt", "Caravan of Central Americans arrives\n\nA caravan of several thousand Central Americans arrived in Orsk. "
            + "Officials said the migrants must apply at the border.\n");
    Referent migrants = referent(a, "a", "Hundreds of Central American migrants");
    assertEquals(migrants, referent(a, "a", "The asylum seekers"), migrants.toString());
    assertEquals("group", referent(a, "b", "A caravan of several thousand Central Americans").kind());
  }

  @Test
  void aRoleWithAAfterItsArticleNamedSomeoneTitledSoIsSomeoneElse() throws Exception {
    // "a sitting president" after "President Ivo Brandt" is any president, not Brandt; "the president" of another
    // article is still Brandt.
    Analysis a = analyse(
        "a.txt", "Brandt meets Velt\n\nPresident Ivo Brandt and Governor Oskar Velt met in Orsk on Tuesday, the first "
            + "meeting between a sitting president and a governor since the war.\n",
        "b.txt", "Orsk talks end\n\nThe president said the talks in Orsk went well. Velt agreed.\n");
    Referent brandt = referent(a, "a", "President Ivo Brandt");
    assertEquals(brandt, referent(a, "b", "The president"));
    assertTrue(apart(a, "a", "a sitting president", "Ivo Brandt"), brandt.toString());
  }

  @Test
  void twoAmountsInFiguresAreTwoThingsAndSupportersOfACauseAreNoCause() throws Exception {
    // "432 votes" and "202 votes" of one article are two quantities (another article's "230 votes" may be a third,
    // or one of them reported otherwise); "Orskexit supporters" back a cause whose name is of no group's kind, and
    // are not it.
    Analysis a = analyse(
        "a.txt", "Orsk pact fails\n\nLawmakers rejected the Orsk pact by 432 votes to 202 votes on Tuesday. Orskexit "
            + "supporters cheered in the streets.\n",
        "b.txt", "Pact defeated in Orsk\n\nThe pact lost by a margin of 230 votes on Tuesday. Orskexit supporters rallied, "
            + "and Orskexit was the talk of the town.\n");
    assertTrue(apart(a, "a", "432 votes", "202 votes"), String.valueOf(of(a, "a", "432 votes")));
    assertTrue(apart(a, "b", "Orskexit supporters", "Orskexit was"), String.valueOf(of(a, "b", "Orskexit supporters")));
    assertTrue(of(a, "b", "Orskexit supporters").map(r -> r.mentions().stream().noneMatch(m -> m.text().equals("Orskexit")))
        .orElse(true), String.valueOf(of(a, "b", "Orskexit supporters")));
  }

  @Test
  void aGovernmentWithAIsAnyOneOfItsStatesNotTheState() throws Exception {
    // "a Moldovan government" is any government Moldova has had; "the Moldovan government" is Moldova.
    Analysis a = analyse(
        "a.txt", "Moldova budget defeated\n\nLawmakers rejected the budget, the worst defeat for a Moldovan government "
            + "in a century.\n",
        "b.txt", "Budget fails in Moldova\n\nMoldova must now find another budget, officials said. The Moldovan "
            + "government will try again.\n");
    assertEquals(referent(a, "b", "Moldova"), referent(a, "b", "The Moldovan government"));
    assertTrue(apart(a, "a", "a Moldovan government", "Moldova must"), String.valueOf(of(a, "a", "a Moldovan government")));
    assertTrue(of(a, "a", "a Moldovan government").map(r -> r.mentions().stream().noneMatch(m -> m.text().equals("Moldova")))
        .orElse(true), String.valueOf(of(a, "a", "a Moldovan government")));
  }

  @Test
  void aWildfireNamedWithTheIsAnEvent() throws Exception {
    // "the Cedar Fire" is a wildfire, not someone with the given name Cedar.
    Analysis a = analyse(
        "a.txt", "Cedar Fire grows\n\nThe Cedar Fire burned 5,000 acres near Orsk on Monday, officials said.\n",
        "b.txt", "Orsk evacuates\n\nThe Cedar Fire forced 2,000 people from their homes near Orsk, officials said.\n");
    assertEquals("event", referent(a, "a", "The Cedar Fire").kind());
  }

  @Test
  void aThingDescribedGoesByTheNameGivenItAfterACommaAndDubbed() throws Exception {
    // "The blaze, dubbed the Cedar Fire," is the Cedar Fire another article names: Cedar is also a given name, but a
    // wildfire named with "the" is no person, and may be the name a thing goes by.
    Analysis a = analyse(
        "a.txt", "Wildfire forces thousands to flee\n\nA fast-moving wildfire tore through dry hills north of Redding on "
            + "Tuesday, forcing more than 8,000 residents to evacuate, fire officials said.\n\nThe blaze, dubbed the Cedar "
            + "Fire, had burned 22,000 acres by evening and was 5 percent contained.\n",
        "b.txt", "Governor declares emergency as Cedar Fire explodes\n\nThe Cedar Fire exploded across 22,000 acres of Shasta "
            + "County on Tuesday. Gov. Gavin Newsom declared a state of emergency.\n");
    Referent fire = referent(a, "b", "The Cedar Fire");
    assertEquals(fire, referent(a, "a", "The blaze"));
    assertEquals("event", fire.kind());
  }
}

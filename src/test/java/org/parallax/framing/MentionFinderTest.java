package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Tok;

/** Noun phrases, their names and titles, from tags and chunking rules. */
class MentionFinderTest {

  private static List<Phrase> phrases(String text) {
    Article a = new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
    List<Tok> toks = new Tagger().tag(a);
    return new MentionFinder(FramingLexicon.bundled()).find(0, text, toks, List.of());
  }

  private static Phrase at(List<Phrase> ps, String text) {
    return ps.stream().filter(p -> p.text.equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no phrase '" + text + "' in " + ps));
  }

  @Test
  void aBodysNameGoesOnWithWhatItIsFor() {
    // "for the", "on", "to" after a body's noun, and "for" before a people's word, keep one body's name.
    List<Phrase> ps = phrases("Inspectors from the Organisation for the Elimination of Nerve Agents arrived. The Council on "
        + "Coastal Affairs said so. A report by the Center for Dunlandic Progress was cited. The Committee to Protect "
        + "Reporters condemned it. The Velor Relief and Works Agency for Displaced Persons runs the camps. "
        + "The council on Tuesday met. Focus Audio Services on West Fifth closed.");
    for (String name : List.of("the Organisation for the Elimination of Nerve Agents", "The Council on Coastal Affairs",
        "the Center for Dunlandic Progress", "The Committee to Protect Reporters",
        "The Velor Relief and Works Agency for Displaced Persons")) {
      assertTrue(ps.stream().anyMatch(p -> p.text.equals(name)), name + " in " + ps);
    }
    // Not a day after "on", nor where a firm is.
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("Tuesday") && p.text.contains("council")), ps::toString);
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("Services on")), ps::toString);
  }

  @Test
  void aCapitalisedOfficeIsATitleWithItsQualifierOrPartyButAKnownNameStaysOne() {
    List<Phrase> ps = phrases("The First Lady met the Democratic Senator, the Majority Leader, the House Minority Whip "
        + "and the Grand Ayatollah. The Dalai Lama was not there. The Rookie of the Year came with Jeff Dunn of the Times.\n");
    for (String title : List.of("The First Lady", "the Democratic Senator", "the Majority Leader", "the House Minority Whip",
        "the Grand Ayatollah", "The Rookie of the Year")) {
      Phrase p = at(ps, title);
      assertEquals(Phrase.Role.NONE, p.role, title + " is a title: " + p.name);
    }
    assertEquals("Dalai Lama", at(ps, "The Dalai Lama").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.equals("the Year") && p.role == Phrase.Role.NAME), ps::toString);
    assertTrue(ps.stream().anyMatch(p -> p.text.equals("the Times") && p.role == Phrase.Role.NAME), "a paper's name: " + ps);
  }

  @Test
  void aWordWithACapitalInsideIsANameAtTheStartOfASentenceButNotInATitleCaseHeadline() {
    // The tagger may read a sentence's first word as a common noun; "T-Mobile" had become a title of "USA".
    List<Phrase> ps = phrases("Low-Cost, High-Speed Phones Arrive\n\nPhones went on sale. T-Mobile USA will sell the device. "
        + "McCaskill Motors sold it too.\n");
    assertEquals("T-Mobile USA", at(ps, "T-Mobile USA").name);
    assertEquals("McCaskill Motors", at(ps, "McCaskill Motors").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.startsWith("Low-Cost") && p.role == Phrase.Role.NAME), ps::toString);
  }

  @Test
  void missIsATitleBeforeASurnameButPartOfAPageantsName() {
    List<Phrase> ps = phrases("Miss Jenkin was a student. Miss Universe and Miss America were crowned in Biloxi, Miss.\n");
    assertEquals("Jenkin", at(ps, "Miss Jenkin").name);
    assertEquals("Miss Universe", at(ps, "Miss Universe").name);
    assertEquals("Miss America", at(ps, "Miss America").name);
  }

  @Test
  void theFirstWordsOfANameAHyphenatedCompoundGoesOnWithAreNoNameOfTheirOwn() {
    // "New" of "New Zealand-born", "United" of "United Nations-run": the name's last word is inside the
    // compound; a name the lexicons know stays one ("New York" of "New York City-based").
    List<Phrase> ps = phrases("The New Zealand-born man fled to a United Nations-run camp with a New York City-based firm.\n");
    assertTrue(ps.stream().noneMatch(p -> "New".equals(p.name) || "United".equals(p.name)), ps::toString);
    assertTrue(ps.stream().anyMatch(p -> "New York".equals(p.name)), ps::toString);
  }

  @Test
  void aKnownNameOpeningASentenceKeepsItsFirstWord() {
    // "Supreme" opens the sentence as an adjective, and is a title's qualifier elsewhere ("Supreme
    // Leader"); "Supreme Court" is a name the lexicon knows, so the court of the title keeps it.
    List<Phrase> ps = phrases("Panel backs judge\n\nSupreme Court nominee Paul Ostrander won the vote on Friday.\n");
    at(ps, "Supreme Court");
    assertTrue(ps.stream().noneMatch(p -> p.text.equals("Court")), ps::toString);

    // "Opposition" only qualifies the party a leader leads.
    at(phrases("Opposition Labour Party leader Jeremy Corbyn spoke on Monday.\n"), "Labour Party");

    // The court a justice sits on is a body of its own too.
    List<Phrase> justice = phrases("She met Supreme Court Justice Ann Fry on Monday.\n");
    assertEquals("Ann Fry", at(justice, "Supreme Court Justice Ann Fry").name);
    at(justice, "Supreme Court");
  }

  @Test
  void aVerbBetweenTwoNamesTheTaggerMisreadIsNoPartOfAPhrase() {
    // The model reads "Blackmore/ADJ accused/VERB Oppal/NOUN": a clause, subject, verb and object, not one
    // name titled "Blackmore accused".
    List<Phrase> ps = phrases("Polygamy case\n\nAfter the prosecutor was named, Blackmore accused Oppal of persecution.\n");
    at(ps, "Blackmore");
    at(ps, "Oppal");
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("accused")), ps::toString);
  }

  @Test
  void whatANameIsAccusedOfIsNoPartOfItsPhrase() {
    // "accused X of sexual misconduct", "of stealing": the "of" tells what X is accused of, not which X.
    List<Phrase> ps = phrases("Two women accused Paul Ostrander of sexual misconduct. Critics accused Varnell of stealing secrets.\n");
    at(ps, "Paul Ostrander");
    at(ps, "Varnell");
    assertTrue(ps.stream().noneMatch(p -> p.text.contains(" of ")), ps::toString);
  }

  @Test
  void aNameAfterOfKeepsItsOwnOfForAndAnd() {
    // The object of "of" is read as a name is read on its own: "the Group of Seven", "the Fish and
    // Wildlife Service", "the Society for Conservation Biology", not their first words.
    List<Phrase> ps = phrases("Leaders gathered for a summit of the Group of Seven in Quebec. Lena Hart, a former director of "
        + "the Fish and Wildlife Service, spoke with the executive director of the Society for Conservation Biology.");
    assertEquals("Group of Seven", at(ps, "a summit of the Group of Seven").name);
    assertEquals(Phrase.Role.OF, at(ps, "a former director of the Fish and Wildlife Service").role);
    assertEquals("Society for Conservation Biology", at(ps, "the executive director of the Society for Conservation Biology").name);
  }

  @Test
  void aTitleReadAsAVerbThatOpensASentenceBeforeANameIsPartOfItsTitles() {
    // The tagger reads "Crown", "Special" and "Acting" as verbs at a sentence's start; they are titles.
    List<Phrase> ps = phrases("The hearing ended. Crown Prince Khalid bin Nasser denied any role. "
        + "Special Prosecutor Ilse Halvorsen widened her inquiry. Acting Director Ana Weiss resigned.");
    assertEquals("Khalid bin Nasser", at(ps, "Crown Prince Khalid bin Nasser").name);
    assertTrue(at(ps, "Special Prosecutor Ilse Halvorsen").titles.contains("special"));
    assertEquals("Ana Weiss", at(ps, "Acting Director Ana Weiss").name);
  }

  @Test
  void aTitleThatOpensASentenceBeforeOfAndANameIsTheNamesTitle() {
    // The tagger reads a sentence's first "Director" as a common noun: the title, "of" and more title words
    // before a person's name are the person's titles, not a role held at a body named "National Intelligence".
    List<Phrase> ps = phrases("The agencies were clear. Director of National Intelligence Maren Ostby said so on Monday.");
    Phrase ostby = at(ps, "Director of National Intelligence Maren Ostby");
    assertEquals(Phrase.Role.NAME, ostby.role);
    assertEquals("Maren Ostby", ostby.name);
    assertTrue(ps.stream().noneMatch(p -> p.text.equals("National Intelligence")), ps.toString());
  }

  @Test
  void aFaithDescribesAsANationalityDoesButBeginsABodysName() {
    // kinds.json faiths: "the Muslim ban" is a ban described, "Sunnis" people; "the Muslim Brotherhood" and
    // "the Syrian Observatory" are bodies by their whole names.
    List<Phrase> ps = phrases("Critics said the president's Muslim ban was cruel, and Sunni leaders agreed. Sunnis and Shiites marched. "
        + "The Muslim Brotherhood and the Syrian Observatory spoke.");
    Phrase ban = at(ps, "the president's Muslim ban");
    assertEquals(Phrase.Role.NONE, ban.role);
    assertEquals(List.of("muslim", "ban"), ban.descriptors);
    assertEquals(Phrase.Role.NONE, at(ps, "Sunni leaders").role);
    assertEquals(Phrase.Role.NONE, at(ps, "Sunnis").role);
    assertEquals("Muslim Brotherhood", at(ps, "The Muslim Brotherhood").name);
    assertEquals("Syrian Observatory", at(ps, "the Syrian Observatory").name);
  }

  @Test
  void aNameBeforeTheHeadOfAnEventSaysMoreThanThePlaceAfterIn() {
    Phrase summit = at(phrases("The leaders argued at the G7 summit in Quebec on Friday."), "the G7 summit in Quebec");
    assertEquals(Phrase.Role.MODIFIER, summit.role);
    assertEquals("G7", summit.name);
  }

  @Test
  void englishAndTheDemonymNounsAreNoNames() {
    // "English" is a nationality as "British" is; "the Englishman", "a Frenchman" are people described.
    List<Phrase> ps = phrases("An English climber died on Sunday. The Englishman had climbed with a Frenchman for years.");
    Phrase climber = at(ps, "An English climber");
    assertEquals(Phrase.Role.NONE, climber.role);
    assertEquals("climber", climber.head);
    assertEquals(Phrase.Role.NONE, at(ps, "The Englishman").role);
    assertEquals(Phrase.Role.NONE, at(ps, "a Frenchman").role);
  }

  @Test
  void stripsTitlesFromAPersonalName() {
    String text = "Russian Foreign Minister Sergei Lavrov met reporters in Moscow.";
    Phrase p = at(phrases(text), "Russian Foreign Minister Sergei Lavrov");
    assertEquals(0, p.start);
    assertEquals(Phrase.Role.NAME, p.role);
    assertEquals("Sergei Lavrov", p.name);
    assertEquals(List.of("russian", "foreign", "minister"), p.titles);
  }

  @Test
  void keepsANameThatEndsInAnInstitutionWordWhole() {
    List<Phrase> ps = phrases("Officials at the White House said the Islamic State had lost ground.");
    assertEquals("White House", at(ps, "the White House").name);
    assertEquals("Islamic State", at(ps, "the Islamic State").name);
  }

  @Test
  void aBodysNounInsideANameTitlesNoOneButAPersonAfterIt() {
    List<Phrase> ps = phrases("KTP Mission Critical Facilities joined the Internet Service Providers group. "
        + "The Labour Party Jeremy Corbyn led spoke later.");
    Phrase firm = at(ps, "KTP Mission Critical Facilities");
    assertEquals("KTP Mission Critical Facilities", firm.name);
    assertEquals(List.of(), firm.titles);
    assertEquals("Jeremy Corbyn", at(ps, "The Labour Party Jeremy Corbyn").name);
  }

  @Test
  void aPeoplesBodyReadAsAnAdjectiveBeforeAVerbIsTheHead() {
    List<Phrase> ps = phrases("The Israeli military said the school had been used by fighters. Trump said of the invaders that "
        + "they would not pass.");
    assertEquals("military", at(ps, "The Israeli military").head);
    assertTrue(ps.stream().noneMatch(p -> "said".equals(p.head)), ps.toString());
  }

  @Test
  void anOrdinalInFiguresBeforeANameIsPartOfIt() {
    List<Phrase> ps = phrases("The 16th MP Brigade drove down East 52nd Street to the 2nd Circuit court.");
    assertEquals("16th MP Brigade", at(ps, "The 16th MP Brigade").name);
    assertEquals(List.of(), at(ps, "The 16th MP Brigade").titles);
  }

  @Test
  void attachesAnOfPhraseAndAParenthesisToTheLabel() {
    String text = "Moscow bombed the Takfiri terrorists of Daesh and the Daesh (ISIL) terrorist group in Syria.";
    List<Phrase> ps = phrases(text);
    Phrase of = at(ps, "the Takfiri terrorists of Daesh");
    assertEquals(Phrase.Role.OF, of.role);
    assertEquals("Daesh", of.name);
    assertEquals(List.of("Takfiri", "terrorists"), of.loadedTerms);
    Phrase paren = at(ps, "the Daesh (ISIL) terrorist group");
    assertEquals(Phrase.Role.MODIFIER, paren.role);
    assertEquals("group", paren.head);
    assertEquals("Daesh", paren.aliases.get(0)[0]);
    assertEquals("ISIL", paren.aliases.get(0)[1]);
  }

  @Test
  void splitsAPossessorFromThePhraseItDetermines() {
    String text = "The White House remarks came following Moscow's alleged deployment of troops to Syria.";
    List<Phrase> ps = phrases(text);
    Phrase whole = at(ps, "Moscow's alleged deployment of troops");
    assertEquals(39, whole.start);
    assertEquals("'s", whole.determiner);
    assertEquals(List.of("alleged"), whole.loadedTerms);
    Phrase moscow = at(ps, "Moscow");
    assertEquals(true, moscow.nested);
  }

  @Test
  void neverTakesADatelineOrASentenceStartForANameOnItsOwn() {
    List<Phrase> ps = phrases("Millions of Syrians have fled the four-year conflict.");
    Phrase p = at(ps, "Millions of Syrians");
    assertEquals(Phrase.Role.NONE, p.role);
  }

  @Test
  void aLineInCapitalsIsAHeadlineNotARunOfAcronyms() {
    List<Phrase> ps = phrases("SMUGGLING CHARGES\n\nThe smuggling charges against the NATO contractor were dropped.\n");
    assertTrue(ps.stream().noneMatch(p -> p.role == Phrase.Role.NAME && p.text.contains("CHARGES")), ps.toString());
    assertEquals("NATO", at(ps, "NATO").name);
  }

  @Test
  void readsCyrillicAndArabicWithoutBreaking() {
    String text = "Сергей Лавров прибыл в Женеву. قال الوزير إن المحادثات مستمرة. Sergei Lavrov arrived in Geneva.";
    List<Phrase> ps = phrases(text);
    Phrase p = at(ps, "Sergei Lavrov");
    assertEquals(text.indexOf("Sergei Lavrov"), p.start);
    for (Phrase x : ps) {
      assertEquals(x.text, text.substring(x.start, x.end));
    }
  }

  @Test
  void readsTokensThatEndWithTheirHyphen() {
    // The tokenizer splits "90-day" into "90-" and "day", and "pro-" stands alone in "pro- and anti-":
    // reading such a token as a compound used to throw StringIndexOutOfBounds.
    List<Phrase> ps = phrases("Lindsay Lohan began a 90-day court-mandated stay at the Betty Ford Center on Thursday.");
    assertEquals("Lindsay Lohan", at(ps, "Lindsay Lohan").name);
    at(ps, "the Betty Ford Center");
    at(phrases("Thousands of pro- and anti-government demonstrators marched in Caracas on Sunday."), "Caracas");
  }

  @Test
  void leavesOutOnlyTheSentenceWhoseReadingFails() {
    String text = "Kerry met Lavrov in Geneva. Obama spoke in Paris.";
    Article a = new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
    List<Tok> toks = new java.util.ArrayList<>(new Tagger().tag(a));
    // A token without its lower-case form makes reading its sentence fail.
    int geneva = 0;
    while (!toks.get(geneva).text().equals("Geneva")) {
      geneva++;
    }
    Tok bad = toks.get(geneva);
    toks.set(geneva, new Tok(bad.start(), bad.end(), bad.text(), null, bad.tag(), bad.sentence()));
    List<org.parallax.work.Fault> faults = new java.util.ArrayList<>();
    List<Phrase> ps = new MentionFinder(FramingLexicon.bundled()).find(0, text, toks, List.of(), "a.txt", faults::add,
        MentionFinder.CorpusNames.NONE);
    assertEquals(1, faults.size(), faults.toString());
    assertEquals("a.txt", faults.get(0).unit());
    assertEquals("one sentence left out", faults.get(0).leftOut());
    assertEquals(List.of("Obama", "Paris"), ps.stream().map(p -> p.text).toList());
  }

  @Test
  void neverNamesPartOfAWordTheTokenizerSplit() {
    // OpenNLP splits "2.5GHz" into "2.5" "GHz": a phrase "GHz" would highlight half a word.
    List<Phrase> ps = phrases("The new MacBook Pro comes with a 2.5GHz dual-core processor from Intel.");
    assertEquals(List.of(), ps.stream().filter(p -> p.text.startsWith("GHz")).map(p -> p.text).toList());
    at(ps, "Intel");
  }

  @Test
  void readsAHyphenatedTokenEndingWithTheHyphen() {
    // "pro-" is a word of its own here; MentionFinder.nameLike read the character after its last hyphen.
    List<Phrase> ps = phrases("Diplomats said the pro- and anti-government forces had agreed to a ceasefire.");
    at(ps, "Diplomats");
    assertEquals(0, phrases("re-").size());
  }

  @Test
  void aBodysNameHoldsAnAndOrAForBetweenItsWordsButTwoNamesStayTwo() {
    List<Phrase> ps = phrases("The Food and Drug Administration approved the drug. The Department of Health and Human Services "
        + "agreed. The Organisation for Economic Co-operation and Development warned. Britain and France voted. "
        + "Mercosur said the Mercosur and Andean Community talks would go on. The Interior and Commerce Department "
        + "objected, the Interior Department said.");
    assertEquals("Food and Drug Administration", at(ps, "The Food and Drug Administration").name);
    assertEquals("Department of Health and Human Services", at(ps, "The Department of Health and Human Services").name);
    assertEquals("Organisation for Economic Co-operation and Development",
        at(ps, "The Organisation for Economic Co-operation and Development").name);
    assertEquals("Britain", at(ps, "Britain").name);
    assertEquals("France", at(ps, "France").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("Mercosur and Andean")), "Mercosur stands alone elsewhere: " + ps);
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("Interior and Commerce")), "two departments: " + ps);
  }

  @Test
  void abbreviatedMonthsAndDaysOfADatelineAreNoNames() {
    List<Phrase> ps = phrases("CARACAS, Dec 7 (IPS) - Leaders met on Thu Nov 4 in Lima. Jan Egeland spoke.");
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("Dec") || p.text.contains("Nov") || p.text.contains("Thu")), ps.toString());
    assertEquals("Jan Egeland", at(ps, "Jan Egeland").name);
  }

  @Test
  void aPartyAndAChamberWrittenSideBySideAreTwoNamesAndAGovernmentInsideALongerPhraseIsAMention() {
    // "the Republican Senate leader" is the leader of the Republicans in the Senate: two names, not a body
    // named "Republican Senate"; the alias lexicon knows neither whole.
    List<Phrase> ps = phrases("Mitch McConnell, the Republican Senate leader, said Senate Democrats would lose.\n");
    at(ps, "Republican");
    at(ps, "Senate");
    assertEquals("Democrats", at(ps, "Senate Democrats").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.equals("Republican Senate")), ps::toString);
    // "U.S. government" of "a partial U.S. government shutdown" is the government, a mention of its own
    // beside the shutdown it modifies.
    List<Phrase> shutdown = phrases("A partial U.S. government shutdown entered its third week on Tuesday.\n");
    Phrase government = at(shutdown, "U.S. government");
    assertEquals("government", government.head);
    assertEquals("U.S.", government.name);
    assertEquals("shutdown", at(shutdown, "A partial U.S. government shutdown").head);
  }

  @Test
  void aMarchsNameWithAPossessiveInItIsOneName() {
    // "March" before "for" and a capital is no month, and "Our" after "for" before a capital is a word of
    // the name, not a determiner opening another phrase.
    List<Phrase> ps = phrases("Students said the March for Our Lives drew crowds in March. Our city joined.\n");
    assertEquals("March for Our Lives", at(ps, "the March for Our Lives").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.equals("Our Lives") || p.text.equals("March")), ps::toString);
  }

  @Test
  void aCapitalLetterBeforeAHyphenMakesNoName() {
    // "T-shirt", "X-ray": the letter's shape or name; the phrase is no person titled "his trademark gray".
    List<Phrase> ps = phrases("The chief executive wore a suit instead of his trademark gray T-shirt on Tuesday.\n");
    assertEquals(null, at(ps, "his trademark gray T-shirt").name);
  }

  @Test
  void aDegreeAfterANameIsNoMention() {
    // "MD" and "Ph.D." after a name and a comma are the person's degrees; "an MBA" she holds is a thing.
    List<Phrase> ps = phrases("Jorge Alsip, MD, said the clinic was busy. Ana Lind, Ph.D., agreed. Lind has an MBA.\n");
    assertTrue(ps.stream().noneMatch(p -> p.text.equals("MD") || p.text.startsWith("Ph.D")), ps.toString());
    assertEquals("Jorge Alsip", at(ps, "Jorge Alsip").name);
    at(ps, "an MBA");
  }

  @Test
  void aThatBeforeAnotherDeterminerOrAPluralOpensAClauseNotThePhrase() {
    List<Phrase> ps = phrases("A friend told reporters she went home on Tuesday and that her friends and family supported her."
        + " The general said the army had established that Orsk terror operatives were among the dead at the school."
        + " That decision was final, and this plan failed. This year's show was long.\n");
    at(ps, "her friends");
    at(ps, "Orsk terror operatives");
    at(ps, "This year's show");
    at(ps, "That decision");
    at(ps, "this plan");
    assertTrue(ps.stream().noneMatch(p -> p.text.startsWith("that ")), ps::toString);
  }

  @Test
  void aCountAfterACommonNounOpensTheNextPhrase() {
    // Two objects, the second counted: "the country" and "2.7 million jobs"; a name's number stays in it.
    List<Phrase> ps = phrases("The president said the accord would have cost the country 2.7 million jobs by 2025.");
    assertEquals("country", at(ps, "the country").head);
    assertEquals("job", at(ps, "2.7 million jobs").head);
    assertEquals("dreamliner", Words.fold(at(phrases("Airlines ordered the Boeing 787 Dreamliner last year."), "the Boeing 787 Dreamliner").head));
  }

  @Test
  void aDateAfterTheDeterminerIsPartOfThePhrasesTextNotItsWords() {
    // "the Nov. 6 election" is an election with "the", not "6 election" (read as six of them).
    List<Phrase> ps = phrases("Voters went to the polls before the Nov. 6 election, and the Sept. 11 attacks were recalled.");
    Phrase election = at(ps, "the Nov. 6 election");
    assertEquals("election", election.head);
    assertEquals("the", election.determiner);
    assertEquals(List.of("election"), election.descriptors);
    assertEquals("attack", at(ps, "the Sept. 11 attacks").head);
    assertEquals(List.of("attack"), at(phrases("Police described the Monday morning attack."), "the Monday morning attack").descriptors);
  }

  @Test
  void aCapitalisedWordBeforeAHyphenAndAModifiersSecondHalfNamesNothing() {
    // "Muslim-majority nations", "a Dunlandic-flagged tanker", "UN-brokered talks": what the nations, the tanker and
    // the talks are, not names of their own; "Kim Jong-un" stays a name.
    List<Phrase> ps = phrases("Travellers from five Muslim-majority nations waited. A Dunlandic-flagged tanker sank during "
        + "UN-brokered talks. Kim Jong-un spoke.\n");
    for (String compound : List.of("Muslim-majority", "Dunlandic-flagged", "UN-brokered")) {
      assertTrue(ps.stream().noneMatch(p -> p.role != Phrase.Role.NONE && p.name.equals(compound)), compound + " in " + ps);
    }
    assertEquals("Kim Jong-un", at(ps, "Kim Jong-un").name);
  }

  @Test
  void andJoinsTheHalvesOfALawsName() {
    // "the Coastal Safety and Fisheries Act" is one law; "Rian Volt and Harbor Kings" (a team) two names.
    List<Phrase> ps = phrases("The House approved the Coastal Safety and Fisheries Act on Tuesday. Commissioner Rian Volt "
        + "and Harbor Kings owner Tam Ode attended.\n");
    assertEquals("Coastal Safety and Fisheries Act", at(ps, "the Coastal Safety and Fisheries Act").name);
    assertTrue(ps.stream().noneMatch(p -> p.name != null && p.name.contains("Volt and")), ps::toString);
  }

  @Test
  void aPartyMemberAfterAPlacesNameIsNoNameButItsNoun() {
    // "Kentucky Republican" is a Republican from Kentucky, not a name of two words; "Republicans" stays the party.
    List<Phrase> ps = phrases("The vote was close. The Kentucky Republican said so, and a New York Democrat agreed. "
        + "Republicans cheered.\n");
    Phrase member = at(ps, "The Kentucky Republican");
    assertEquals(Phrase.Role.MODIFIER, member.role);
    assertEquals("republican", member.head);
    assertEquals("Kentucky", member.name);
    assertEquals(Phrase.Role.MODIFIER, at(ps, "a New York Democrat").role);
    assertEquals(Phrase.Role.NAME, at(ps, "Republicans").role);
  }

  @Test
  void theOfAVerbTakesAfterItsObjectIsNotTheObjectsAndAParticipleAfterHaveIsNoModifier() {
    // "accused the Velor government of bullying": what it is accused of, not a government "of bullying"; "has long
    // forced U.S. companies": "forced" is the verb, not a modifier of the companies.
    List<Phrase> ps = phrases("Dunland accused the Velor government of bullying. A jury convicted a Mirsk man of fraud. "
        + "The government has long forced U.S. companies to share data.\n");
    at(ps, "the Velor government");
    at(ps, "a Mirsk man");
    at(ps, "U.S. companies");
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("of bullying") || p.text.contains("of fraud")
        || p.text.contains("forced")), ps::toString);
  }

  @Test
  void aCapitalisedWordForARaceBeforeANounIsNoName() {
    // AP style writes "Black" and "White" with a capital: before a noun in lower case they are adjectives, no names;
    // "Terry White said", "Mayor Black agreed" name people.
    List<Phrase> ps = phrases("Police stopped an unarmed Black man. Black residents protested. Terry White said so, and "
        + "Mayor Black agreed.\n");
    assertTrue(ps.stream().noneMatch(p -> p.sentence < 2 && p.role == Phrase.Role.NAME && p.name.equals("Black")), ps::toString);
    assertEquals("man", at(ps, "an unarmed Black man").head);
    assertEquals(Phrase.Role.NAME, at(ps, "Terry White").role);
    assertEquals("Black", at(ps, "Mayor Black").name);
  }

  @Test
  void anAdverbOrConjunctionOpeningASentenceIsNoPartOfTheNameAfterIt() {
    // "Even Rod Rosenstein conceded": the adverb opens the clause; the name is "Rod Rosenstein". So for "But", "After".
    List<Phrase> ps = phrases("Even Ilse Varo conceded the point. But Anton Petrov said nothing. After Mara Lund spoke, "
        + "the meeting ended.\n");
    assertEquals("Ilse Varo", at(ps, "Ilse Varo").name);
    assertEquals("Anton Petrov", at(ps, "Anton Petrov").name);
    assertEquals("Mara Lund", at(ps, "Mara Lund").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.startsWith("Even") || p.text.startsWith("But") || p.text.startsWith("After")),
        ps::toString);
  }

  @Test
  void aBodysNameEndingInPresidencyKeepsItsTitleWords() {
    // "the General Intelligence Presidency" (a body) was a person "Presidency" titled "General Intelligence".
    List<Phrase> ps = phrases("The king ordered the restructuring of the General Inspection Presidency on Monday.\n");
    assertEquals("General Inspection Presidency", at(ps, "the General Inspection Presidency").name);
  }

  @Test
  void aDatelinesAgencyIsNoOtherNameOfItsPlace() {
    // "ORSK (Baltic Wire) - ..." opens a wire story: the agency in brackets is not the city's other name, as
    // "the Daesh (ISIL) group" gives one, nor a mention at all (it filed the story; since session 57).
    List<Phrase> ps = phrases("ORSK (Baltic Wire) - The mayor of Orsk resigned on Monday. Fighters of the Velka Front (VF) "
        + "left the city.\n");
    assertEquals("ORSK", at(ps, "ORSK").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("Baltic Wire")), ps::toString);
    assertTrue(ps.stream().anyMatch(p -> p.text.contains("Velka Front (VF)")), ps::toString);
  }

  @Test
  void aNameWordForWhatItCampaignsForIsOneName() {
    // "Texans for Lawsuit Reform": a name word, "for", and capitalised common words is one body's name; "Obama for
    // America" is not (a name after "for").
    List<Phrase> ps = phrases("The group Anglers for Clean Rivers sued the county. Voters backed Harlan for Ostria.\n");
    assertEquals("Anglers for Clean Rivers", at(ps, "Anglers for Clean Rivers").name);
    assertTrue(ps.stream().noneMatch(p -> p.text.contains("Harlan for")), ps::toString);
  }

  @Test
  void aCommonWordOpeningABodySentenceIsNoNameBeforeItsNoun() {
    // "Sister marches were held", "State media said": capitals for the sentence, no name (the rule keeps places and
    // plurals, which may be a team's, and a headline's or a first line's word: "Cumbria double murder").
    List<Phrase> ps = phrases("Crowds gathered in Orsk on Saturday. Sister marches were held in ten cities. State media said "
        + "little.\n");
    assertTrue(ps.stream().noneMatch(p -> p.role == Phrase.Role.NAME && (p.name.equals("Sister") || p.name.equals("State"))),
        ps::toString);
    assertEquals("Orsk", at(ps, "Orsk").name);
  }
}

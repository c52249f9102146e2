package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Tok;

/** Tokens and their offsets. */
class TaggerTest {

  /** {@code text} as one article's body, with no headline. */
  private static Article body(String text) {
    return new Article("a", "a.txt", "text", "UTF-8", null, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of());
  }

  private static List<String> tokens(String text) {
    return new Tagger().tag(body(text)).stream().map(t -> text.substring(t.start(), t.end())).toList();
  }

  /** The phrases the mention finder reads in {@code text}, tagged as one article's body. */
  private static List<Phrase> phrasesOf(String text) {
    return new MentionFinder(FramingLexicon.bundled()).find(0, text, new Tagger().tag(body(text)), List.of());
  }

  private static String tagOf(String text, String word) {
    return new Tagger().tag(body(text)).stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().tag();
  }

  @Test
  void aPrepositionInAHeadlineIsNoAdjective() {
    // The model reads "after" as an adjective in a headline without a verb; the phrase then ran from
    // "Climber" to the name ("Climber dead after Aoraki Mount Cook" was a place's mention).
    assertEquals("ADJ", tagOf("Climber dead after Aoraki Mount Cook fall\n\nA climber died there.\n", "dead"));
    assertNotEquals("ADJ", tagOf("Climber dead after Aoraki Mount Cook fall\n\nA climber died there.\n", "after"));
    String text = "Man dead after Ruapehu fall\n\nA man died.\n";
    List<Phrase> phrases = phrasesOf(text);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("Ruapehu")), phrases::toString);
    assertTrue(phrases.stream().noneMatch(p -> p.text.contains("after")), phrases::toString);
  }

  @Test
  void dottedInitialsKeepTheirPeriodAndANumberIsANumbersWord() {
    String text = "The U.N. Security Council will meet on Tuesday. The rogue regime's missile flew over Japan.\n";
    List<Phrase> phrases = phrasesOf(text);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("The U.N. Security Council")), phrases::toString);
    assertTrue(Tagger.isNumber("twenty-five") && Tagger.isNumber("1,200") && Tagger.isNumber("XIV") && Tagger.isNumber("dozens"));
    assertTrue(!Tagger.isNumber("regime") && !Tagger.isNumber("Rogue"));
    assertEquals("NOUN", headlineTagOf("Rogue regime's missile overflies Japan", "regime"));
    // A word of letters is no symbol, and a brand in camel case no common noun that ends a phrase.
    String apple = "Owners can download the iPhone OS update now.\n";
    List<Phrase> brand = phrasesOf(apple);
    assertTrue(brand.stream().anyMatch(p -> p.text.equals("the iPhone OS update")), brand::toString);
  }

  @Test
  void aCapitalisedWordBeforeANameIsNoDeterminerUnlessItIsOne() {
    // The model read "Theresa/DET": the phrase was "May's government", and "May" a month.
    String text = "Theresa May's government will meet on Monday.\n";
    assertEquals("PROPN", tagOf(text, "Theresa"));
    assertTrue(phrasesOf(text).stream().anyMatch(p -> p.text.equals("Theresa May")), phrasesOf(text)::toString);
    assertEquals("DET", tagOf("Both Democrats and Republicans voted.\n", "Both"));
  }

  @Test
  void aSubordinatorIsNoAdjective() {
    // "unless/ADJ" had made "the government unless Democrats" one phrase.
    String text = "The president refuses to reopen the government unless Democrats give him billions for a wall.\n";
    assertNotEquals("ADJ", tagOf(text, "unless"));
    List<Phrase> phrases = phrasesOf(text);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("the government")), phrases::toString);
  }

  @Test
  void aNounAfterAnAcronymThatADeterminerOpensAndAUnitOfTimeBeforeBeforeAreReadAsTheyAre() {
    // The model reads "summit" as a verb after "the G7" (a noun to it), and "weeks" as the noun that ends
    // "a pay dispute weeks": a base form after a singular name is the phrase's noun; "weeks before" says when.
    assertEquals("NOUN", tagOf("Leaders met days before the G7 summit in Quebec.", "summit"));
    assertEquals("ADV", tagOf("The union escalated a pay dispute weeks before the vote.", "weeks"));
    // After a number the unit is a noun of its own phrase ("two weeks later"); a verb after a plural stays.
    assertEquals("NOUN", tagOf("The union called a strike two weeks later.", "weeks"));
    assertEquals("VERB", tagOf("The NATO allies meet in Brussels.", "meet"));
  }

  @Test
  void aSecondObjectCountAndAVerbOpeningARelativeClauseAreReadAsTheyAre() {
    // "gave the mullahs billions": two objects, not one phrase ending in "billions"; "a move that upset
    // European allies": "upset" is the relative clause's verb, not an adjective of "allies".
    assertEquals("NUM", tagOf("Critics said the deal gave the mullahs billions while doing nothing.", "billions"));
    assertEquals("VERB", tagOf("It was a move that upset European allies on Tuesday.", "upset"));
    // A count of its own stays a noun ("Billions were lost").
    assertEquals("NOUN", tagOf("Billions were lost in the crash.", "Billions"));
  }

  @Test
  void aFormInIngAfterANationalityIsANoun() {
    // "Venezuelan/PROPN meddling/VERB": a nationality takes no verb; the word is the phrase's noun.
    assertNotEquals("VERB", tagOf("The senators warned of Venezuelan meddling in the vote on Monday.", "meddling"));
    assertEquals("VERB", tagOf("The senators were meddling in the vote on Monday.", "meddling"));
  }

  @Test
  void aHyphenatedNamesLastPartAndAPastTenseKeepTheirClasses() {
    // "Jae-in" took the tag of its part "in" (ADP) and "met" was read as a noun, then an adjective: the
    // phrase ran from "South" to "Trump".
    String s = "South Korean President Moon Jae-in met U.S. President Donald Trump at the White House on Tuesday.";
    assertEquals("PROPN", tagOf(s, "Jae-in"));
    assertEquals("VERB", tagOf(s, "met"));
    assertEquals("ADJ", tagOf("The anti-war protesters marched.", "anti-war"));
  }

  @Test
  void aPossessorIsNoAdjective() {
    // The model read "Norway" as an adjective before "'s" at a sentence's start: the phrase was "capital".
    assertNotEquals("ADJ", tagOf("Norway's capital hosted the envoys in June.", "Norway"));
    assertEquals("ADJ", tagOf("The Norwegian capital hosted the envoys in June.", "Norwegian"));
  }

  @Test
  void auxiliariesAreAClosedListAndAPastFormNoNounListKnowsIsNoNoun() {
    // The model read "Muslim" as an auxiliary and "upheld" as a noun; a past form of "wore" too.
    assertNotEquals("AUX", tagOf("The president's Muslim ban, which the court upheld last week, blocks travelers.", "Muslim"));
    assertEquals("VERB", tagOf("The president's Muslim ban, which the court upheld last week, blocks travelers.", "upheld"));
    assertNotEquals("NOUN", tagOf("The jury wore headphones during the trial.", "wore"));
    // Negated auxiliaries stay auxiliaries; a noun in -ed the noun lists know stays a noun.
    assertEquals("AUX", tagOf("The rules don't protect rare animals.", "don't"));
    assertEquals("NOUN", tagOf("The hospital added a bed for the injured.", "bed"));
  }

  @Test
  void aSentenceWithoutAVerbTakesTheTaggersMostProbableReadingThatHasOne() {
    // The best sequence reads "targets" as a plural noun and leaves the sentence without a verb.
    assertEquals("VERB", tagOf("The order targets travelers from Iran.", "targets"));
    assertEquals("VERB", tagOf("The ban, in its third version, bars most travelers from Iran.", "bars"));
    // A heading or caption need have no verb: it keeps its best reading.
    assertEquals("NOUN", tagOf("The police officers at the scene", "officers"));
  }

  @Test
  void aVerbInSAfterASubjectThatOpensAClauseIsAVerbBeforeItsObject() {
    // The main clause has its verb ("said"), so the whole sentence's reading stands; the clause after it
    // had none: "targets" and "places" end their subjects and an object follows.
    assertEquals("VERB", tagOf("Critics said the ban targets Muslims.", "targets"));
    assertEquals("VERB", tagOf("Auditors warned that the strategy places the agency at risk.", "places"));
    // After a verb with two objects the noun stays: the board's "members" are sent a letter.
    assertEquals("NOUN", tagOf("The firm sent the board members a letter.", "members"));
  }

  /** The tag of {@code word} in {@code headline}, read as the headline of an article whose body follows. */
  private static String headlineTagOf(String headline, String word) {
    String text = headline + "\n\nThe teams met on Sunday, officials said.";
    Article a = new Article("a", "a.txt", "text", "UTF-8", headline, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of(), new org.parallax.text.TextRange(0, headline.length()));
    return new Tagger().tag(a, 0, null).stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().tag();
  }

  @Test
  void aHeadlineIsAClauseWithAVerb() {
    // Headlines drop articles, and their verbs read as plural nouns after a name.
    assertEquals("VERB", headlineTagOf("Lindsay Lohan checks into Betty Ford Center", "checks"));
    assertEquals("VERB", headlineTagOf("Quake strikes Indonesia's Aceh province", "strikes"));
    assertEquals("VERB", headlineTagOf("Colts clinch playoff spot by beating Jaguars", "clinch"));
    // A headline that is a noun phrase stays one; the same words in a body line need no verb.
    assertEquals("NOUN", headlineTagOf("Severe floods in northern Ghana", "floods"));
    assertEquals("NOUN", tagOf("Severe floods in northern Ghana", "floods"));
  }

  /** The tag of {@code word} in {@code headline}, read as the headline of an article with {@code body}. */
  private static String headlineTagOf(String headline, String body, String word) {
    String text = headline + "\n\n" + body;
    Article a = new Article("a", "a.txt", "text", "UTF-8", headline, null, null, null, null, text,
        SentenceSplitter.shared().split(text), List.of(), new org.parallax.text.TextRange(0, headline.length()));
    return new Tagger().tag(a, 0, null).stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().tag();
  }

  @Test
  void aHeadlinesSecondClauseAfterACommaLeavesTheFirstClausesVerbToBeFound() {
    // "demands" is read as the verb of the clause after the comma; the first clause's verb is "storms", which the
    // model reads as a plural noun after "caravan".
    assertEquals("VERB", headlineTagOf("Migrant caravan storms Orsk border town, demands entry to US", "storms"));
    assertEquals("VERB", headlineTagOf("Rebel convoy seizes Orsk airport, blocks road to capital", "seizes"));
    // A first clause with a verb of its own keeps it, and the word after its verb stays a noun.
    assertEquals("NOUN", headlineTagOf("Army retakes Orsk airport, says rebel convoy fled", "airport"));
  }

  @Test
  void aHeadlineThatOpensWithANameTheModelReadsAsAVerbHasItsVerbAfterIt() {
    // "Trump/VERB slams/NOUN caravan": the body writes "Trump" as a name, so the headline's verb is "slams".
    assertEquals("VERB", headlineTagOf("Trump slams caravan", "President Donald Trump spoke on Monday.", "slams"));
    assertEquals("PROPN", headlineTagOf("Trump slams caravan", "President Donald Trump spoke on Monday.", "Trump"));
    // A common noun that opens a headline stays the subject's noun: "Stock markets worldwide rise".
    assertEquals("NOUN", headlineTagOf("Stock markets worldwide rise on hopes", "Shares rose in Asia and Europe.", "markets"));
  }

  @Test
  void aHeadlinesSecondClauseAfterACommaHasAVerbToo() {
    // "Varo pulls out of Orsk deal, restores tariffs": the second clause's verb read as a plural noun; a list of
    // objects after the comma ("attack police station, banks") and a subject with its own verb stay as read.
    String body = "President Alan Varo spoke on Friday.";
    assertEquals("VERB", headlineTagOf("Varo pulls out of Orsk deal, restores tariffs", body, "restores"));
    assertEquals("VERB", headlineTagOf("Quake hits Peru, kills 12 people", "A strong quake hit Peru.", "kills"));
    assertEquals("NOUN", headlineTagOf("Varo meets Orsk leaders, talks about trade", body, "leaders"));
    assertEquals("NOUN", headlineTagOf("Quake hits Peru, aftershocks rattle capital", "A strong quake hit Peru.", "aftershocks"));
    // A word in quotation marks inside the object's phrase leaves its noun a noun.
    assertEquals("NOUN", headlineTagOf("Varo tears up 'disastrous' Orsk deal, slams regime in Lemberg", body, "deal"));
    assertEquals("VERB", headlineTagOf("Varo tears up 'disastrous' Orsk deal, slams regime in Lemberg", body, "slams"));
  }

  @Test
  void aVerblessHeadlinesNounInSBeforeItsObjectIsItsVerbNotItsLastWord() {
    // The tagger's best reading has no verb; its next one with a verb made "summit" the verb.
    String headline = "Varo slaps new tariffs on Orsk steel ahead of Tallport summit";
    String body = "President Alan Varo imposed tariffs on Friday.";
    assertEquals("VERB", headlineTagOf(headline, body, "slaps"));
    assertEquals("NOUN", headlineTagOf(headline, body, "summit"));
    // A verb after a subject that a preposition's phrase ends is the verb, where an object follows it.
    assertEquals("VERB", headlineTagOf("Rioters in Greece attack police station, banks", "attack"));
    assertEquals("VERB", headlineTagOf("Bank of America reports losses of over US$2.2 billion", "reports"));
  }

  @Test
  void aCapitalisedWordInsideASentenceIsANamesWord() {
    // A surname that is also a verb: the model read it so, and the verb after it as a plural noun
    // ("President Trump/VERB plans/NOUN new tariffs" made one phrase of it).
    assertEquals("VERB", tagOf("President Trump plans new tariffs on steel.", "plans"));
    assertNotEquals("VERB", tagOf("President Trump plans new tariffs on steel.", "Trump"));
    assertNotEquals("VERB", tagOf("Justices back Forge on travel.", "Forge"));
    // Nor a verb or an adverb inside a name.
    String agency = "Schools run by the Relief and Works Agency for Refugees are shelters.";
    assertNotEquals("VERB", tagOf(agency, "Works"));
    assertNotEquals("ADV", tagOf(agency, "Agency"));
    // Nor a determiner before a surname (MEANTIME's Tampa story: "running back Noah/DET Herron").
    assertNotEquals("DET", tagOf("Tampa have signed defensive end Patrick Chukwurah and linebacker Rod Wilson to bolster "
        + "their defence, while releasing running back Noah Herron.", "Noah"));
    // A word without letters is no verb ("cutting 30,000/VERB jobs", once the name before it was no verb).
    assertEquals("NUM", headlineTagOf("Ford Motor Company cutting 30,000 jobs by 2012", "The Ford Motor Company will cut 30,000 jobs.", "30,000"));
  }

  @Test
  void aVerbOfIntentBeforeToAfterANameIsAVerbAndANameMayOpenASentence() {
    // "Korvel plans/NOUN to close" made one phrase, "Korvel plans", of the subject and its verb.
    assertEquals("VERB", tagOf("Korvel plans to close five factories.", "plans"));
    assertEquals("VERB", tagOf("The company hopes to sell the plant.", "hopes"));
    assertTrue(phrasesOf("Korvel plans to close five factories.").stream().anyMatch(p -> p.text.equals("Korvel")));
    // Not after a possessive, nor for a plural noun no verb of intent ("Varo efforts to").
    assertEquals("NOUN", tagOf("Korvel's plans to close five factories were dropped.", "plans"));
    // A sentence's first word before a capitalised word is a name's ("Ford/VERB Motor Company"), not a participle's.
    assertNotEquals("VERB", tagOf("Mark Varnell Company cut jobs on Monday.", "Mark"));
    assertEquals("VERB", tagOf("Following Mountain Lion, Korvel released a new system.", "Following"));
  }

  @Test
  void aHeadlinesNameIsNoVerbAndItsObjectsNounNoVerb() {
    // The body writes "Trump" as a name: in the headline it is the subject, "rips" the verb, "deal" a noun
    // (the model read "Trump/VERB rips/VERB up disastrous Iran deal/VERB").
    String body = "President Trump on Tuesday ripped up the disastrous Iran nuclear deal.";
    assertEquals("VERB", headlineTagOf("Trump rips up disastrous Iran deal", body, "rips"));
    assertNotEquals("VERB", headlineTagOf("Trump rips up disastrous Iran deal", body, "Trump"));
    assertEquals("NOUN", headlineTagOf("Trump rips up disastrous Iran deal", body, "deal"));
    // Nor an adjective: "Trump/ADJ orders/NOUN precision/VERB strikes".
    String strikes = "Trump orders precision strikes on Assad's chemical arsenal";
    assertEquals("VERB", headlineTagOf(strikes, "President Trump ordered strikes. Mattis said Trump was right.", "orders"));
    // Names joined by "and" are a plural subject: its verb is in its base form.
    assertEquals("VERB", headlineTagOf("Tallport, Orsk and Varland strike Dunmore over suspected attack",
        "Tallport, Orsk and Varland fired missiles at Dunmore.", "strike"));
    // A singular noun's phrase that opens a headline, then a verb in -s: "earthquake" is the noun (read as a
    // verb once "Aceh", a name in the body, was no adjective).
    String quake = "Powerful 6.1 magnitude earthquake injures dozens in Indonesia's Aceh province";
    String hit = "A powerful earthquake hit Indonesia's Aceh province.";
    assertEquals("NOUN", headlineTagOf(quake, hit, "earthquake"));
    assertEquals("VERB", headlineTagOf(quake, hit, "injures"));
  }

  @Test
  void aDeedAskedForIsAVerbAndARelativeClausesVerbNoHeadlines() {
    // "urged owners to fire/NOUN players": the verb that asks for a deed governs the word after "to".
    assertEquals("VERB", tagOf("President Donald Trump on Friday urged National Football League owners to fire players who kneel.", "fire"));
    assertEquals("VERB", tagOf("He wants owners to fire anyone who kneels.", "fire"));
    // A verb after "who" is a relative clause's: the headline's own verb is the word in -s after the name.
    assertEquals("VERB", headlineTagOf("Trump slams kneeling millionaires who disrespect the flag",
        "President Trump on Friday blasted spoiled NFL players who take a knee.", "slams"));
  }

  @Test
  void aNameHasACapitalAndAPrepositionTakesNoVerbButInIng() {
    // A lower-case word is no name's unless a particle of names; after "by", "of", "for"... a verb is in -ing.
    assertNotEquals("PROPN", tagOf("Officials said countries that harbor terrorists are banned.", "harbor"));
    assertNotEquals("VERB", tagOf("Extremists can be characterized by hatred for immigrants, the report states.", "hatred"));
    assertEquals("VERB", tagOf("He was arrested after leaving the building by climbing a fence.", "climbing"));
    assertEquals("PROPN", tagOf("Osama bin Laden was killed in Abbottabad.", "Laden"));
  }

  @Test
  void aPastFormBeforeDeadIsAVerbAndDeadNoPhrasesWord() {
    // "a police officer shot/NOUN dead Marcus Dale" was one phrase; the officer and the man are two.
    List<Phrase> phrases = phrasesOf("Protesters clashed with police after a police officer shot dead Marcus Dale during a traffic stop.");
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("a police officer")), phrases::toString);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("Marcus Dale")), phrases::toString);
  }

  @Test
  void aPluralSubjectsVerbBeforeItsParticleIsNoNoun() {
    // "air defenses shot/NOUN down", "aliens/ADV flood/NOUN across": one phrase ran on into the verb.
    List<Phrase> phrases = phrasesOf("State media said the country's air defenses shot down most of the missiles. "
        + "He said illegal aliens flood across the southern border. The men walk out of the building. "
        + "The companies' move into Velka was slow.");
    for (String p : List.of("the country's air defenses", "illegal aliens", "The men", "The companies' move")) {
      assertTrue(phrases.stream().anyMatch(x -> x.text.equals(p)), p + " in " + phrases);
    }
  }

  @Test
  void aVerbInSAfterANameIsNoPeoplesNounUnlessTheLexiconSaysSo() {
    // "-ists", "-ites", "-ans", "-ers" end people's nouns and verbs alike.
    List<Phrase> phrases = phrasesOf("Mr. Varo insists on talks. Varo invites Kim to Orsk. The ministry orders an inquiry. "
        + "Donland separatists seized the town. Varo plans new tariffs.");
    assertTrue(phrases.stream().noneMatch(p -> p.text.contains("insists") || p.text.contains("invites")
        || p.text.contains("plans")), phrases::toString);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("Donland separatists")), phrases::toString);
  }

  @Test
  void aVerbsBaseFormAfterASingularNounIsANounAndAVerbOfMotionBeforeADirectionAVerb() {
    // A singular subject takes a verb in -s: "the migrant caravan" is a phrase, "an invasion" its label.
    assertEquals("NOUN", tagOf("President Donald Trump called the migrant caravan an invasion.", "caravan"));
    // After a verb that takes a bare verb, or an auxiliary, the base form is a verb.
    assertEquals("VERB", tagOf("The coach helped the team win the title.", "win"));
    assertEquals("VERB", tagOf("What did the person look like when you saw her?", "look"));
    assertEquals("VERB", tagOf("An illegal alien caravan marches north.", "marches"));
  }

  @Test
  void keepsAnEmojiWhole() {
    // OpenNLP's tokenizer cuts "“😀" between the emoji's two UTF-16 halves.
    assertEquals(List.of("“", "😀"), tokens("“😀"));
  }

  @Test
  void leavesZeroWidthSpacesOutOfTokens() {
    // OpenNLP's tokenizer does not take U+200B or U+FEFF for spaces: "ISIL\u200B" would be a label of its own.
    assertEquals(List.of("ISIL", "fighters", "fled"), tokens("ISIL\u200B fighters \uFEFFfled"));
  }

  @Test
  void aWordBeforeAPossessiveEndingIsANounNeverAVerb() {
    // The tagger reads "Dowling" (-ing) as a verb; before "'s" it owns something.
    assertEquals("PROPN", tagOf("It is Dowling's most popular jet.", "Dowling"));
  }

  @Test
  void aBareApostropheAfterAPluralOrANameIsAPossessiveEndingOfItsOwn() {
    assertEquals(List.of("Jeffs", "'", "lawyers", "met", "the", "Hawks", "’", "coach", "."),
        tokens("Jeffs' lawyers met the Hawks’ coach."));
    // Between two capitalised words it is inside a name.
    assertEquals(List.of("the", "Tobacco", "Manufacturers'", "Association", "spoke"), tokens("the Tobacco Manufacturers' Association spoke"));
  }

  @Test
  void aHyphenatedWordIsOneWordAndAnAcronymEndingASentenceLeavesItsPeriod() {
    // OpenNLP's tokenizer cuts "race-" from "baiting" and reads "anti-science" as punctuation; it leaves the
    // sentence's period on "USGS." while "U.S." and "Corp." keep theirs.
    assertEquals(List.of("His", "race-baiting", "tactics", "failed", "."), tokens("His race-baiting tactics failed."));
    assertEquals("ADJ", tagOf("They met anti-science cranks.", "anti-science"));
    assertEquals(List.of("according", "to", "the", "USGS", "."), tokens("according to the USGS."));
    assertEquals(List.of("in", "the", "U.S."), tokens("in the U.S."));
  }

  @Test
  void aVerbInSBetweenANounAndAPastVerbIsAPluralNoun() {
    // The tagger reads "blasts" as a verb; the clause's verb is "occurred". "helps make", "has continued"
    // and "Critics blasted" keep their verbs.
    assertEquals("NOUN", tagOf("The morning blasts occurred at noon.", "blasts"));
    assertEquals("VERB", tagOf("This law helps make sure nobody is left behind.", "helps"));
    assertEquals("VERB", tagOf("Critics blasted the plan.", "blasted"));
    assertNotEquals("NOUN", tagOf("The Russian government has continued to hold the markets closed.", "has"));
  }

  @Test
  void aBaseFormAfterASingularNameADeterminerOpensIsANoun() {
    // The tagger reads "summit" and "camp" as verbs; a singular subject would take "summits", "camps".
    assertEquals("NOUN", tagOf("The historic Singapore summit between the two leaders went ahead.", "summit"));
    assertEquals("NOUN", tagOf("Thousands fled to the Yida refugee camp last week.", "camp"));
    // Verbs stay verbs: a past tense (regular, irregular or like the base form) and an auxiliary.
    assertEquals("VERB", tagOf("The Kremlin put pressure on Kyiv.", "put"));
    assertNotEquals("NOUN", tagOf("The NYPD said one person was hurt.", "said"));
    assertNotEquals("NOUN", tagOf("The Red Sox have made an offer.", "have"));
  }

  @Test
  void aCapitalisedGivenNameBeforeANameIsAName() {
    // The model reads "Henry" as an adverb before "Paulson" and "Phil" as an adjective before "Ford".
    assertEquals("PROPN", tagOf("Hollywood was quiet. Henry Paulson spoke.", "Henry"));
    assertEquals("PROPN", tagOf("Tyler Hansbrough passed Phil Ford on the list.", "Phil"));
    // An auxiliary stays one: "Will" opens a question here.
    assertEquals("AUX", tagOf("Will Trump sign it?", "Will"));
  }

  @Test
  void onlyAPrepositionIsTaggedAsOneAndAWordBeginningWithALetterIsNoPunctuationMark() {
    // The UD model tags "asylum", "Greece" and "Obama" as prepositions and "iPhone" as punctuation, which
    // cut their noun phrases in two; the tagger's beam search may not give those tags to such words.
    assertEquals("NOUN", tagOf("Thousands of Honduran asylum seekers marched toward the border on Friday.", "asylum"));
    assertEquals("PROPN", tagOf("The crisis could bring down Greece's whole political class.", "Greece"));
    assertEquals("PROPN", tagOf("Obama's action puts the old regulation on hold until the departments finish a review.", "Obama"));
    assertNotEquals("PUNCT", tagOf("She bought an Apple iPhone and a new iPod at the store in Leeds.", "iPhone"));
    // A preposition is still one, and so is the piece of a compound the tokenizer cuts off ("-US").
    assertEquals("ADP", tagOf("Thousands of Honduran asylum seekers marched toward the border on Friday.", "toward"));
    assertEquals("PUNCT", tagOf("Russia-US military contacts were stopped in March.", "-US"));
  }

  @Test
  void onlyAPronounIsTaggedAsOne() {
    // The UD model reads a name opening a sentence as a pronoun ("Iceland answered", "LaRue was known").
    assertEquals("PROPN", tagOf("Iceland answered the Norwegian tariffs with its own.", "Iceland"));
    assertNotEquals("PRON", tagOf("LaRue was known as the bagman who delivered the payoffs.", "LaRue"));
    // Pronouns stay pronouns, with a contracted verb too.
    assertEquals("PRON", tagOf("Iceland answered the Norwegian tariffs with its own.", "its"));
    assertEquals("PRON", tagOf("LaRue was known as the bagman who delivered the payoffs.", "who"));
    assertEquals("PRON", tagOf("I've said it before, and they know it.", "I've"));
  }

  @Test
  void aPossessorIsANounWhateverTheTaggerReadsIt() {
    // ECB+ 9_10ecbplus (CC BY 3.0): the model reads "Obama" before "'s" as an adverb.
    assertEquals("PROPN", tagOf("Obama's action puts the Bush regulation on hold until the Interior and Commerce departments"
        + " complete a review.", "Obama"));
  }

  @Test
  void theWordAPossessiveOwnsIsANounUnlessItIsAContractedHas() {
    assertEquals("NOUN", tagOf("The envoy walked away from Tuesday's summit with nothing.", "summit"));
    assertNotEquals("NOUN", tagOf("Obama's been clear about it.", "been"));
  }

  @Test
  void anArticleAfterADatelineAVerbsNounWithItsParticleAndAheadAreReadAsTheyAre() {
    // After the dateline's dash the model read "A/PROPN" (a capital mid-sentence) and "shutdown/VERB"; the
    // verb is "shut down", so "shutdown" is a noun; "ahead" of "ahead of" is no noun.
    String text = "WASHINGTON - A partial U.S. government shutdown entered its third week on Tuesday.";
    assertEquals("DET", tagOf(text, "A"));
    assertEquals("NOUN", tagOf(text, "shutdown"));
    assertNotEquals("NOUN", tagOf("Critics say the Democratic leaders are putting politics ahead of national security.", "ahead"));
    // A name that is the letter stays one: "Plan A".
    assertNotEquals("DET", tagOf("Plan A is cheaper than Plan B, the council said.", "A"));
  }

  @Test
  void aParticipleAfterHaveAndAWordOwnedAtAClausesEndAreAVerbAndANoun() {
    // The model read "had obtained/ADJ data" (one phrase "obtained data") and "their consent/ADJ.".
    String text = "The firm had obtained data on millions of users without their consent.";
    assertEquals("VERB", tagOf(text, "obtained"));
    assertEquals("NOUN", tagOf(text, "consent"));
  }

  @Test
  void aPluralInEesIsANounAndAnEdWordAfterASubjectPronounIsItsVerb() {
    // The model read "Rohingya refugees/VERB now live" and "It detailed/ADJ horrific atrocities".
    assertEquals("NOUN", tagOf("Nearly a million Rohingya refugees now live in camps in Bangladesh.", "refugees"));
    assertEquals("VERB", tagOf("It detailed horrific atrocities in Rakhine, including villages torched.", "detailed"));
    assertEquals("VERB", tagOf("The minister agrees with the committees on most points.", "agrees"));
    assertEquals("NOUN", tagOf("The minister agrees with the committees on most points.", "committees"));
  }

  @Test
  void aPluralInIstsIsANounAndAWordBetweenAPluralAndAheadIsItsVerb() {
    // The model read "Breton separatists/VERB marched" and "the activists press/NOUN ahead".
    assertEquals("NOUN", tagOf("Breton separatists marched through Rennes on Saturday.", "separatists"));
    assertEquals("VERB", tagOf("The mayor insists the march was peaceful.", "insists"));
    assertEquals("VERB", tagOf("Firms may leave the region if the activists press ahead with the strike.", "press"));
    assertEquals("NOUN", tagOf("The long road ahead worries the firms.", "road"));
    // The model read "The Russian embassy/ADJ said".
    assertEquals("NOUN", tagOf("The Russian embassy said the move was unacceptable.", "embassy"));
  }

  @Test
  void anAdjectiveInLessIsNoNoun() {
    // The model read 'the protest reckless/NOUN' and 'was "reckless/NOUN"'.
    assertEquals("ADJ", tagOf("Interior minister Richard Vale called the protest reckless and said the government would act.", "reckless"));
    assertEquals("ADJ", tagOf("The home secretary said the protest was \"reckless\" and promised tougher powers.", "reckless"));
    assertEquals("ADJ", tagOf("The claims were baseless, the company said on Monday.", "baseless"));
  }

  @Test
  void cannotIsTwoWordsParticlesAndSubordinatorsAreClosedAndANounNoAdjectiveIsNone() throws Exception {
    // "cannot" is "can" and "not", as the model was taught; left whole it was read as a particle, a verb or a noun.
    String text = "Talks stalled.\n\nThe withdrawal cannot take effect until November.\n";
    assertEquals(List.of("The", "withdrawal", "can", "not", "take"), tokens(text).subList(3, 8));
    assertEquals("AUX", tagOf(text, "can"));
    assertEquals("PART", tagOf(text, "not"));
    // A common noun WordNet knows as no adjective is none ("the withdrawal/ADJ", "an accountant/ADJ walked");
    // a word it knows as an adjective stays one, and so does a comparative of one.
    assertEquals("NOUN", tagOf(text, "withdrawal"));
    assertEquals("NOUN", tagOf("Talks stalled.\n\nAn accountant walked in.\n", "accountant"));
    assertEquals("ADJ", tagOf("Talks stalled.\n\nThe talks were closer to a deal than before.\n", "closer"));
    // A particle is "to" or "not", a subordinator a word: "declared himself Ruritania/SCONJ 's".
    assertEquals("PROPN", tagOf("Talks stalled.\n\nTomas Ravel declared himself Ruritania's interim president.\n", "Ruritania"));
  }

  @Test
  void aParticipleRightAfterHaveIsNoNoun() {
    // The model read "chosen" as a noun ("London had chosen/NOUN confrontation"), which made "chosen confrontation" a
    // phrase and left London no verb to act with.
    String text = "The ministry said London had chosen confrontation. Officials have taken note. The Hawks, who had won "
        + "10 consecutive games, lost.\n";
    assertEquals("VERB", tagOf(text, "chosen"));
    assertEquals("VERB", tagOf(text, "taken"));
    assertEquals("VERB", tagOf(text, "won"));
    assertTrue(phrasesOf(text).stream().noneMatch(p -> p.text.equals("chosen confrontation")), () -> phrasesOf(text).toString());
  }

  @Test
  void aParticipleAfterHaveAndAnAdverbIsNoAdjective() {
    // The model read "slammed" as an adjective ("has repeatedly slammed/ADJ European countries"), which made a
    // phrase "slammed European countries", a place.
    String text = "The president has repeatedly slammed European countries. Ministers had not yet decided. They have "
        + "long complained about it.\n";
    assertEquals("VERB", tagOf(text, "slammed"));
    assertEquals("VERB", tagOf(text, "decided"));
    assertEquals("VERB", tagOf(text, "complained"));
    assertTrue(phrasesOf(text).stream().noneMatch(p -> p.text.contains("slammed")), () -> phrasesOf(text).toString());
  }

  @Test
  void aCountedCompoundBeforeANameAndItsNounModifiesThatNoun() {
    // "two-day" was read as a noun and "summit" as a verb: the phrase lost its head and its article. A count and
    // its unit joined by a hyphen modify the noun after them, name or not.
    String text = "The president opened a two-day Velor summit on Wednesday. She joined a three-year Velor program.\n";
    assertEquals("ADJ", tagOf(text, "two-day"));
    assertEquals("NOUN", tagOf(text, "summit"));
    Phrase summit = phrasesOf(text).stream().filter(p -> p.head.equals("summit")).findFirst().orElseThrow();
    assertEquals("a two-day Velor summit", summit.text);
    assertTrue(phrasesOf(text).stream().anyMatch(p -> p.text.equals("a three-year Velor program")), () -> phrasesOf(text).toString());
  }

  @Test
  void aPastBeforeAndAndAnotherPastIsAVerbAndAPoliceNounAfterAIsAModifier() {
    // "a police officer shot/NOUN and killed" made a phrase "a police officer shot"; "a white police sergeant/VERB"
    // cut the phrase before its head ("police" takes a plural verb, but not after "a").
    String text = "A police officer shot and killed a man. He was gunned down by a white police sergeant during a stop.\n";
    assertEquals("VERB", tagOf(text, "shot"));
    assertEquals("NOUN", tagOf(text, "sergeant"));
    assertTrue(phrasesOf(text).stream().anyMatch(p -> p.text.equals("A police officer")), () -> phrasesOf(text).toString());
    assertTrue(phrasesOf(text).stream().anyMatch(p -> p.text.equals("a white police sergeant")), () -> phrasesOf(text).toString());
  }

  @Test
  void aFormInIngThatHeadsItsPhraseIsANoun() {
    // "Monday's shooting/VERB of Darnell Hayes", "a fatal officer-involved shooting/VERB.": a day owns an event, and
    // adjectives after an article modify a noun; "the company's growing sales" keeps its participle.
    String text = "The unrest followed Monday's shooting of Dario Venn. Police spoke of a fatal officer-involved shooting. "
        + "The company's growing sales pleased investors.\n";
    List<Tok> toks = new Tagger().tag(body(text));
    assertEquals(List.of("NOUN", "NOUN"), toks.stream().filter(t -> t.text().equals("shooting")).map(Tok::tag).toList());
    assertNotEquals("NOUN", tagOf(text, "growing"));
  }

  @Test
  void aSentencesFirstWordTheArticleWritesAsANameIsNoVerb() {
    // "Trump won 306 votes": the model read "Trump" as the verb and "won" as an adjective; the article writes
    // "President Dario Trump spoke", so it is a name. "Organized" of "the Organized Crime Unit" is the first word
    // of another name and stays what the model reads.
    String text = "President Dario Trump spoke on Monday. Trump won 306 votes. The Organized Crime Unit met. Organized "
        + "gangs fled.\n";
    List<Tok> toks = new Tagger().tag(body(text));
    Tok trump = toks.stream().filter(t -> t.text().equals("Trump")).toList().get(1);
    assertEquals("PROPN", trump.tag());
    assertEquals("VERB", tagOf(text, "won"));
    assertNotEquals("PROPN", toks.stream().filter(t -> t.text().equals("Organized")).toList().get(1).tag());
  }

  @Test
  void aWordInSingleQuotationMarksOwnsNothing() {
    // "the 'disastrous' deal": the closing mark ends a quoted word, not a plural's possessive; "the workers' union"
    // keeps its owner.
    String text = "Ana Lind tore up the 'disastrous' Vardan deal on Monday. The workers' union objected.\n";
    List<Tok> toks = new Tagger().tag(body(text));
    assertEquals(List.of("'", "disastrous", "'"), toks.stream().map(Tok::text)
        .dropWhile(w -> !w.equals("'")).limit(3).toList());
    assertEquals("PUNCT", toks.get(toks.indexOf(toks.stream().filter(t -> t.text().equals("disastrous")).findFirst().orElseThrow()) + 1).tag());
    assertEquals("POSS", toks.stream().filter(t -> t.start() == text.indexOf("' union")).findFirst().orElseThrow().tag());
  }

  @Test
  void aCompoundAdjectiveTheModelCutsAtItsHyphenIsOneWord() {
    // The model cut "gas-rich" and "nuclear-armed" into a word and "-rich"/"-armed"; "Russia-US" (a name after the
    // hyphen) and "three-hour" (a count's unit, which the model reads well cut) stay as they were.
    String text = "The gas-rich nation met the nuclear-armed state. Russia-US contacts stopped. The three-hour show ended.\n";
    List<String> words = new Tagger().tag(body(text)).stream().map(Tok::text).toList();
    assertTrue(words.contains("gas-rich"), words.toString());
    assertTrue(words.contains("nuclear-armed"), words.toString());
    assertEquals("ADJ", tagOf(text, "gas-rich"));
    assertFalse(words.contains("Russia-US"), words.toString());
    assertFalse(words.contains("three-hour"), words.toString());
  }

  @Test
  void aWordThatCanOnlyBeAVerbIsOneAfterTo() {
    // "to detain/ADJ families": no noun and no adjective, so the verb of "to", whatever governs it; "to brief
    // officials" keeps what the model reads, as "brief" is an adjective too.
    assertEquals("VERB", tagOf("The order directs the Department of Fisheries to detain families together.", "detain"));
    assertEquals("NOUN", tagOf("The children went to school on Monday.", "school"));
  }

  @Test
  void eachClauseOfAHeadlineASemicolonDividesHasItsOwnVerb() {
    // "Varo orders steel tariffs; partners vow to retaliate": the second clause's verb made the first look read,
    // and "orders" stayed a noun ("Varo orders steel" was one phrase).
    String body = "President Alan Varo spoke on Friday.";
    assertEquals("VERB", headlineTagOf("Varo orders steel, aluminum tariffs; trading partners vow to retaliate", body, "orders"));
    assertEquals("VERB", headlineTagOf("Varo orders steel, aluminum tariffs; trading partners vow to retaliate", body, "vow"));
  }

  @Test
  void aPastThatIsANounTooIsAVerbAfterItsSubject() {
    // "Oil prices rose/NOUN sharply": after a plural noun or a name and before an adverb, a number or a preposition,
    // the verb; "a rose of Sharon" and "the white rose on the table" keep their noun.
    assertEquals("VERB", tagOf("Oil prices rose sharply after the attack.", "rose"));
    assertEquals("VERB", tagOf("Shares of steelmakers rose on the news.", "rose"));
    assertEquals("NOUN", tagOf("She planted a rose of Sharon in the garden.", "rose"));
    assertEquals("NOUN", tagOf("He left the white rose on the table.", "rose"));
    // After a singular noun too: "The masked mob tore/NOUN down portraits".
    assertEquals("VERB", tagOf("The masked mob tore down portraits of the mayors.", "tore"));
  }

  @Test
  void aPluralOfThingsBeforeOfAndANameOpensNoName() {
    // "Shares of Boeing fell": what Boeing has, not a name "Shares of Boeing" (nor "Shares of U.S.").
    List<Phrase> phrases = phrasesOf("Shares of Boeing fell 2 percent. Shares of U.S. steelmakers rose.\n");
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("Boeing") && p.role == Phrase.Role.NAME), phrases::toString);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("U.S.") && p.role == Phrase.Role.NAME), phrases::toString);
    assertTrue(phrases.stream().noneMatch(p -> p.role == Phrase.Role.NAME && p.text.startsWith("Shares")), phrases::toString);
  }

  @Test
  void aPlacesCommonNounOpeningASentenceIsNoNameWhereTheArticleWritesItInLowerCase() {
    // "Border agents said": "border" is a place's noun in the word lists, as "Yemen" is, but the article writes "the
    // border": no name "Border".
    List<Phrase> phrases = phrasesOf("Guards patrol the border at night. Border agents caught 50 people on Monday.\n");
    assertTrue(phrases.stream().noneMatch(p -> p.role == Phrase.Role.NAME && p.text.equals("Border")), phrases::toString);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("Border agents")), phrases::toString);
  }

  @Test
  void aWordAnArticleOpensIsNoVerbsBaseFormNorAnAdverbInLy() {
    // "the crown/VERB prince", "a key Vardan ally/ADV": nothing an article opens is a verb's base form, and a noun in -ly
    // is no adverb there; "the daily" and "the early" keep what the model reads (adjectives).
    assertEquals("NOUN", tagOf("Guards of the crown prince waited outside.", "crown"));
    assertEquals("NOUN", tagOf("Orsk is a key Vardan ally and a big buyer of grain.", "ally"));
    List<Phrase> phrases = phrasesOf("Orsk is a key Vardan ally and a big buyer of grain.\n");
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("a key Vardan ally")), phrases::toString);
  }

  @Test
  void anAdverbOpeningASentenceIsNoName() {
    // "Rather than punish Orsk": a sentence's opening adverb the model reads as a name.
    List<Phrase> phrases = phrasesOf("Rather than punish Orsk, Varo praised its leaders. Earlier, the council met.\n");
    assertTrue(phrases.stream().noneMatch(p -> p.role == Phrase.Role.NAME && (p.text.equals("Rather") || p.text.equals("Earlier"))),
        phrases::toString);
  }

  @Test
  void aCompoundWithAParticipleInIngIsOneAdjective() {
    // "the job-killing Paris deal": the model cut "job" "-killing" and read "job" a noun of its own (a mention "the
    // job"); one word, and an adjective before the noun.
    String text = "Critics slammed the job-killing Orsk trade deal on Monday.\n";
    List<String> words = new Tagger().tag(body(text)).stream().map(Tok::text).toList();
    assertTrue(words.contains("job-killing"), words.toString());
    assertEquals("ADJ", tagOf(text, "job-killing"));
    List<Phrase> phrases = phrasesOf(text);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("the job-killing Orsk trade deal")), phrases::toString);
  }

  @Test
  void anAdjectiveOpeningASentenceBeforeANounIsNoName() {
    // "Environmental groups said": capitalised to open the sentence; "the Environmental Protection Agency" elsewhere
    // writes it capitalised only before another capitalised word, which says nothing of it alone.
    List<Phrase> phrases = phrasesOf("The Environmental Protection Agency set the rule. Environmental groups called it weak.\n");
    assertTrue(phrases.stream().noneMatch(p -> p.role == Phrase.Role.NAME && p.text.equals("Environmental")), phrases::toString);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("Environmental groups") && p.role != Phrase.Role.MODIFIER), phrases::toString);
  }

  @Test
  void aWordOfNoClosedListIsNoConjunction() {
    // The model read a given name it does not know as a conjunction ("Yevgeny/CCONJ Volkov, a businessman"),
    // and the name lost its first word.
    assertEquals("PROPN", tagOf("Yevgeny Volkov, a businessman with close ties to the governor, was among those charged.",
        "Yevgeny"));
    assertEquals("CCONJ", tagOf("Volkov and his partner were charged.", "and"));
  }

  @Test
  void generalAfterTheOfficeItCompletesIsANoun() {
    // "the deputy attorney general/ADJ who appointed him": the phrase ended at "attorney".
    assertEquals("NOUN", tagOf("Even the deputy attorney general who appointed him conceded the point.", "general"));
    assertEquals("NOUN", tagOf("The surgeon general warned against smoking.", "general"));
    assertEquals("ADJ", tagOf("The general public was not told.", "general"));
  }

  @Test
  void aHeadlinesVerbInItsBaseFormAfterAPluralSubjectIsFoundBeforeASubordinateClauseToo() {
    // "Rioters trash Orsk legislature", and before "as" opens a clause with its own verb: "Orsk police fire tear gas as
    // protesters storm legislature". A headline that is a noun phrase before "as" keeps its nouns.
    String body = "Protesters stormed the legislature in Orsk on Monday.";
    assertEquals("VERB", headlineTagOf("Rioters trash Orsk legislature in shocking attack on rule of law", body, "trash"));
    assertEquals("VERB", headlineTagOf("Rioters trash Hong Kong legislature in attack on rule of law", body, "trash"));
    assertEquals("NOUN", headlineTagOf("Rioters trash Orsk legislature in shocking attack on rule of law", body, "legislature"));
    assertEquals("VERB", headlineTagOf("Orsk protesters occupy legislature on handover anniversary", body, "occupy"));
    assertEquals("NOUN", headlineTagOf("Orsk protesters occupy legislature on handover anniversary", body, "protesters"));
    assertEquals("VERB", headlineTagOf("Orsk police fire tear gas as protesters storm legislature", body, "fire"));
    assertEquals("NOUN", headlineTagOf("Mass protests in Orsk as lawmakers debate bill", body, "protests"));
  }

  @Test
  void aHeadlinesFirstWordThatTheBodyWritesAsACommonNounIsNoName() {
    // "Man charged after knife attack" above "a 34-year-old man": the noun; "Apple" the body writes as a name stays one.
    assertEquals("NOUN", headlineTagOf("Man charged after knife attack", "A 34-year-old man was charged on Monday.", "Man"));
    assertEquals("PROPN", headlineTagOf("Apple beats estimates", "Shares of Apple rose after the apple harvest.", "Apple"));
  }

  @Test
  void aFormInIngAfterANounBeforeANameOrDeterminerIsAVerbTakingItsObject() {
    // The model read "faulting" as an adjective, and "a memo faulting Brandt" was one phrase, a mention of Brandt.
    String text = "Orsk memo\n\nLind wrote a memo faulting Brandt's handling of the case.\n";
    assertEquals("VERB", tagOf(text, "faulting"));
    List<Phrase> phrases = phrasesOf(text);
    assertTrue(phrases.stream().noneMatch(p -> p.text.startsWith("a memo faulting")), phrases::toString);
    assertTrue(phrases.stream().anyMatch(p -> p.text.equals("a memo")), phrases::toString);
  }

  @Test
  void aHeadlinesVerbInSIsPreferredToAFormInIngBeforeIt() {
    // "Brandt's Orsk firing sparks outrage": the deed is a noun, "sparks" the verb (was firing/VERB, sparks/NOUN).
    assertEquals("VERB", headlineTagOf("Brandt's Orsk firing sparks outrage among critics", "sparks"));
    assertEquals("NOUN", headlineTagOf("Brandt's Orsk firing sparks outrage among critics", "firing"));
  }
}

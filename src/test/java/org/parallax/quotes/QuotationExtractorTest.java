package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;

/** Quotation and speaker rules on small made-up texts, one construction each. */
class QuotationExtractorTest {

  private final QuotationExtractor extractor = new QuotationExtractor();

  private List<Quotation> extract(String text) {
    Article article = Seeds.article("t", text);
    List<Quotation> out = extractor.extract(article);
    for (Quotation q : out) {
      assertEquals(q.text(), q.span().of(text));
      if (q.speakerSpan() != null) {
        assertEquals(q.speakerText(), q.speakerSpan().of(text));
      }
    }
    return out;
  }

  private List<String> rows(String text) {
    return extract(text).stream().map(q -> q.text() + " | " + q.speaker()).toList();
  }

  @Test
  void aCorpusKeepsItsArticlesOrderAndEachArticlesQuotations() {
    // The articles are read on every core; the quotations come in the articles' order all the same.
    List<Article> articles = new java.util.ArrayList<>();
    for (int a = 0; a < 60; a++) {
      articles.add(Seeds.article("t" + a, "Mayor Ann Ray" + a + " spoke on Monday. “We will rebuild " + a + " homes,” she said. "
          + "“Work starts now.”"));
    }
    List<Quotation> all = extractor.extractAll(articles);
    assertEquals(120, all.size());
    for (int a = 0; a < 60; a++) {
      assertEquals("t" + a, all.get(2 * a).articleId());
      assertEquals("We will rebuild " + a + " homes", all.get(2 * a).text());
      assertEquals("Work starts now.", all.get(2 * a + 1).text());
      assertEquals("t" + a, all.get(2 * a + 1).articleId());
    }
  }

  @Test
  void theTitleOfAWorkInQuotationMarksIsNoQuotation() {
    // Nobody says a title: the film and the song are no quotations of the actor; her words are.
    assertEquals(List.of("It was the happiest set I ever worked on. | Ann Ray"),
        rows("Ann Ray, who starred in “Take Me Out to the Ball Game” and sang “Baby, It’s Cold Outside”, "
            + "said: “It was the happiest set I ever worked on.”"));
    // Words in title case that someone said are still words someone said.
    assertEquals(List.of("Make America Great Again | Ann Ray"),
        rows("“Make America Great Again,” Ann Ray said at the rally in Ohio."));
  }

  @Test
  void aNameInQuotationMarksIsNoQuotation() {
    // A film's short title and a name set off in quotation marks are said by no one, not even by the one who
    // speaks in the sentence ("Ketsoyan said the "American Pie" star ..."); a reply of one word is said.
    assertEquals(List.of("We respect her privacy | Jack Ketsoyan", "Yes. | Ann Ray"),
        rows("Jack Ketsoyan said Friday that the “American Pie” star went to the clinic. "
            + "She was named “Sexiest Woman Alive” in 2003. “We respect her privacy,” Ketsoyan said. "
            + "Asked whether she would return, Ann Ray answered “Yes.”"));
  }

  @Test
  void wordsChantedOrYelledAreTheirSpeakers() {
    // A crowd's chant and a yell are said too: "…," they chanted has a speaker, no scare quote.
    assertEquals(List.of("We believe her | protesters", "Shame on you | Ann Ray"),
        rows("Hundreds of protesters filled the halls. “We believe her,” the protesters chanted. "
            + "“Shame on you,” Ann Ray yelled at the senators."));
  }

  @Test
  void anIndefiniteRoleIsSomeoneNewNotTheNamedHolderOfItsNationality() {
    // "their Egyptian counterpart, Ode Tarsk" makes Tarsk the Egyptian role of this article; "one Egyptian
    // cleric" who speaks later is a new person, as "a Egyptian official" is, and keeps his own description.
    assertEquals(List.of("We will talk | Ode Tarsk", "They do not keep their word | one Egyptian cleric",
            "Nothing has changed | Egyptian official"),
        rows("The foreign ministers of Chile and Brazil said they would meet their Egyptian counterpart, Ode Tarsk, "
            + "in Cairo next week. “We will talk,” Tarsk said.\n\nProtesters burned flags in the capital. Analysts said "
            + "the decision would strengthen hardliners. “They do not keep their word,” one Egyptian cleric said. "
            + "“Nothing has changed,” a Egyptian official said."));
  }

  @Test
  void givesBothHalvesOfAnInterruptedQuotationTheSpeakerBetweenThem() {
    assertEquals(
        List.of("We will not leave | Angela Merkel", "until the job is done. | Angela Merkel"),
        rows("Angela Merkel visited the plant on Monday.\n\n"
            + "“We will not leave,” she said, “until the job is done.”"));
  }

  @Test
  void prefersTheNameToItsAppositiveRole() {
    assertEquals(List.of("The wards are full | Hugh Hill"),
        rows("“The wards are full,” Hugh Hill, a doctor at the hospital, said."));
    assertEquals(List.of("We are overwhelmed. | Hugh Hill"),
        rows("Hugh Hill, a doctor, said: “We are overwhelmed.”"));
  }

  @Test
  void looksPastARelativeClauseForTheSubject() {
    assertEquals(List.of("The situation is grave | official", "We are monitoring. | official"),
        rows("\"The situation is grave,\" the official, who spoke on condition of anonymity, "
            + "said. \"We are monitoring.\""));
  }

  @Test
  void takesTheSubjectAfterAnInvertedVerb() {
    assertEquals(List.of("We need to act now | John McCain"),
        rows("\"We need to act now,\" said Sen. John McCain, R-Ariz., the chairman of the "
            + "committee."));
    assertEquals(List.of("This is wrong | Jane Doe"),
        rows("“This is wrong,” says Jane Doe, 45, a teacher from Ohio."));
  }

  @Test
  void aPersonOfAFirmIsThePersonSpeaking() {
    // "Ivo Marr of Dorvik Partners": the person and the firm the person is from; the firm had been the speaker.
    assertEquals(List.of("It is carnage | Ivo Marr"),
        rows("Ivo Marr of Dorvik Partners spoke on Monday. “It is carnage,” he said."));
    assertEquals(List.of("We need action now | Ivo Marr"),
        rows("“We need action now,” said Ivo Marr of Dorvik Partners."));
    assertEquals(List.of("We need action now. | Ivo Marr"),
        rows("Ivo Marr of Dorvik Partners said: “We need action now.”"));
    // A body's name with "of" stays whole ("Latter Saints" and "Orsk" had spoken); titles with "of" before a name stay
    // titles.
    assertEquals(List.of("We will appeal | Orsk Church of Latter Saints"),
        rows("“We will appeal,” said the Orsk Church of Latter Saints."));
    assertEquals(List.of("We will appeal. | Bank of Orsk"), rows("The Bank of Orsk said: “We will appeal.”"));
    assertEquals(List.of("We will appeal | Ivo Marr"), rows("“We will appeal,” said Secretary of State Ivo Marr."));
  }

  @Test
  void resolvesAnInvertedRoleToTheTitledNameInTheArticle() {
    Quotation q = extract("Foreign Minister Sergei Lavrov met Kerry in Geneva. “We agreed on a "
        + "ceasefire,” said the Russian foreign minister.").get(0);
    assertEquals("Sergei Lavrov", q.speaker());
    assertEquals("Russian foreign minister", q.speakerText());
  }

  @Test
  void completesASurnameFromTheFullNameAndStripsTitles() {
    assertEquals(
        List.of("I am not going anywhere | Theresa May", "We will stay the course. | Theresa May"),
        rows("\"I am not going anywhere,\" Prime Minister Theresa May told the BBC.\n"
            + "Later May added: \"We will stay the course.\""));
  }

  @Test
  void keepsASurnameThatIsAlsoATitle() {
    assertEquals(List.of("It is over | John Major", "Read it | Stephen King"),
        rows("“It is over,” John Major said. Stephen King said: “Read it”"));
  }

  @Test
  void findsTheSpeakerOfParticiplesAndAccordingTo() {
    assertEquals(List.of("dead | Jones"), rows("The plan is “dead”, according to Jones."));
    assertEquals(List.of("there is no alternative | Lavrov"),
        rows("The agency quoted Lavrov as saying “there is no alternative”."));
    assertEquals(List.of("We will win | Kerry"),
        rows("“We will win,” Kerry was quoted as saying."));
    assertEquals(List.of("contradictory | Ash Carter", "pouring fuel | Ash Carter"),
        rows("Ash Carter criticised the plan as “contradictory,” saying Moscow was \"pouring "
            + "fuel\" on the war."));
  }

  @Test
  void continuesTheSpeakerIntoAQuotationStandingAlone() {
    assertEquals(
        List.of("We're ready | Smith", "But not yet. | Smith", "The work continues | Jones"),
        rows("\"We're ready,\" Smith said. \"But not yet.\"\n\n\"The work continues,\" Jones "
            + "said."));
  }

  @Test
  void followsTheNewsConventionForMultiParagraphQuotations() {
    String text = "“The first paragraph is quoted,” Jane Doe said. “The second one too.\n\n"
        + "“And the third one closes it.”\n\nThe writer speaks again.";
    assertEquals(
        List.of("The first paragraph is quoted | Jane Doe",
            "The second one too. | Jane Doe",
            "And the third one closes it. | Jane Doe"),
        rows(text));
  }

  @Test
  void capsAQuotationThatNeverClosesAtItsSentence() {
    assertEquals(List.of("we will stay. | Kerry"),
        rows("Kerry said “we will stay. The talks resume Monday. Officials expect progress."));
    List<Quotation> q = extract("He said “we will go and then\n\nThe next paragraph is normal. "
        + "Another sentence follows here.");
    assertEquals(1, q.size());
    assertEquals("we will go and then", q.get(0).text());
    assertNull(q.get(0).speaker()); // "He" refers to nobody named before
  }

  @Test
  void pairsMismatchedMarks() {
    assertEquals(List.of("We will go | Kerry", "It is time. | Kerry"),
        rows("“We will go“, Kerry said. ”It is time.”"));
    assertEquals(List.of("Straight and curly | Jones"), rows("\"Straight and curly,” Jones said."));
  }

  @Test
  void readsSingleQuotationMarksButNotApostrophes() {
    assertEquals(List.of("We will fight on | Johnson"),
        rows("‘We will fight on,’ Mr Johnson said. The troops' morale was high."));
    assertEquals(List.of(),
        rows("Russia’s troops’ positions are clear, it’s said, and the ’90s are over. "
            + "Rock 'n' roll isn't dead."));
  }

  @Test
  void ignoresMarksThatAreMarkup() {
    assertEquals(List.of(),
        rows("string(40) \"[{\"id\":\"17\",\"title\":\"US Can no Longer Impose\"}]\""));
  }

  @Test
  void keepsAScareQuoteWithoutSpeechVerbUnattributed() {
    assertEquals(List.of("peace plan | null"),
        rows("The so-called \"peace plan\" was rejected by all sides."));
  }

  @Test
  void resolvesTheyToARecentGroupOfSpeakers() {
    assertEquals(List.of("unacceptable. | U.S. officials", "a mistake | U.S. officials"),
        rows("U.S. officials say the strikes were \"unacceptable.\" They said the raid was "
            + "\"a mistake\"."));
  }

  @Test
  void prefersANameInAppositionAfterAnInvertedRole() {
    assertEquals(List.of("I have never seen anything like it | Ahmad Khalil"),
        rows("“I have never seen anything like it,” said one resident, Ahmad Khalil."));
  }

  @Test
  void creditsTheRoleHolderNotThePersonTheyWorkFor() {
    assertEquals(List.of("nonsense | spokesman for Prime Minister Theresa May"),
        rows("A spokesman for Prime Minister Theresa May said the claims were “nonsense”."));
  }

  @Test
  void skipsDatelinesAndTimesBetweenSubjectAndVerb() {
    assertEquals(
        List.of("witch hunt | Donald Trump", "blindsided | senior administration official"),
        rows("WASHINGTON (Reuters) - President Donald Trump on Tuesday called the investigation "
            + "a \"witch hunt\" and said he would not resign.\n\nAccording to a senior "
            + "administration official, the White House was \"blindsided\" by the report."));
  }

  @Test
  void givesAQuotationAfterAColonTheSpeakerOfTheSentenceBefore() {
    assertEquals(List.of("We will not stop until the job is done. | Kerry"),
        rows("Kerry was blunt about the talks:\n\n“We will not stop until the job is done.”"));
  }

  @Test
  void doesNotTakeANamedThingForASpeaker() {
    // A name in quotation marks is no quotation at all (see aNameInQuotationMarksIsNoQuotation).
    assertEquals(List.of(), rows("Officials unveiled a plan called “Phoenix” on Monday."));
    assertEquals(List.of("We will never surrender | group", "the struggle continues | group"),
        rows("“We will never surrender,” the group said in a statement posted online. It added "
            + "that “the struggle continues”."));
  }

  @Test
  void returnsNothingForAnArticleWithoutQuotations() {
    assertEquals(List.of(), extract("Kerry met Lavrov in Geneva. They talked for two hours."));
    assertEquals(List.of(), extract(""));
  }

  @Test
  void readsTreebankStyleMarks() {
    assertEquals(List.of("We will win | Kerry"), rows("`` We will win , '' Kerry said ."));
  }

  @Test
  void worksWithoutSentenceRanges() {
    String text = "“We share the same concern,” Kerry told reporters. He said: “We act now.”";
    Article article = new Article("t", "t.txt", "text", "UTF-8", null, null, null, null, null,
        text, List.of(), List.of());
    List<Quotation> q = extractor.extract(article);
    assertEquals(List.of("We share the same concern", "We act now."),
        q.stream().map(Quotation::text).toList());
    assertEquals("Kerry", q.get(1).speaker());
  }

  @Test
  void survivesRandomMarkSoup() {
    String alphabet = "ab Kerry said he “”\"'‘’„«»``'',.:;!?()[]{}—-\n\n";
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (Quotation q : extract(text)) {
        assertTrue(q.withMarks().end() <= text.length());
        assertTrue(q.withMarks().start() <= q.span().start());
        assertTrue(q.span().end() <= q.withMarks().end());
      }
    }
  }

  @Test
  void handlesAMegabyteArticleQuickly() {
    String paragraph = "Angela Merkel said on Monday: “We will not leave,” adding that the plan "
        + "was “a good start”. Officials said the talks would go on. “It is time,” she added. "
        + "Unclosed “marks do not run away. Russia’s troops’ positions are unchanged.\n\n";
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append(paragraph);
    }
    String text = b.toString();
    int paragraphs = text.length() / paragraph.length();
    Article article = new Article("big", "big.txt", "text", "UTF-8", null, null, null, null, null,
        text, List.of(), List.of());
    List<Quotation> q = extractor.extract(article);
    assertEquals(4 * paragraphs, q.size());
    assertTrue(q.stream().allMatch(x -> x.text().length() < 40), "no runaway quotation");
    assertEquals("Angela Merkel", q.get(q.size() - 2).speaker());
  }

  @Test
  void neverClosesASingleQuotationInsideTheSecondOfTwoDoubleOnes() {
    // The closing ’ stands inside the unclosed “there...: it cannot close the ' opened before "here".
    String text = "'We met \"here\" and “there’ today";
    List<QuoteScanner.Stretch> stretches = QuoteScanner.scan(text, SentenceBounds.of(text, List.of()));
    for (int i = 1; i < stretches.size(); i++) {
      assertTrue(stretches.get(i - 1).close() <= stretches.get(i).open(), "overlapping " + stretches);
    }
    assertEquals(List.of("here", "there’ today"), extract(text).stream().map(Quotation::text).toList());
  }

  @Test
  void trimsEverySpaceTheSentenceSplitterTrimsFromAQuotation() {
    // NEL (U+0085) and the byte-order mark are spaces to the splitter; a quotation must not keep them.
    assertEquals(List.of("s"), extract("“\u0085s\uFEFF”").stream().map(Quotation::text).toList());
  }
  @Test
  void givesWordsADocumentCarriesToWhoeverIssuedIt() {
    // The name before the document, the phrase after "from", and a later bare "the statement".
    assertEquals(List.of("closed until further notice | Harbour Authority"),
        rows("The port was shut, a Harbour Authority statement said. It will stay “closed until further notice”."));
    assertEquals(
        List.of("a large quantity of fuel | Chilean government", "handed to the courts. | Chilean government"),
        rows("Sailors seized “a large quantity of fuel,” according to a statement from the Chilean government.\n\n"
            + "The statement said the crew would be “handed to the courts.”"));
  }

  @Test
  void takesTheWholeInstitutionAfterADocumentAndNoNewspaperForADocument() {
    assertEquals(List.of("a large cache of arms | Indian government"),
        rows("Commandos seized “a large cache of arms,” according to a statement from the Indian government."));
    assertEquals(List.of("a large cache of arms | Indian government", "fishing gear | Indian government"),
        rows("Commandos seized “a large cache of arms,” according to a statement from the Indian government.\n\n"
            + "The boat carried “fishing gear,” the Indian statement said."));
    assertEquals(List.of("a historic day | Washington Post"),
        rows("It was “a historic day,” the Washington Post said."));
  }

  @Test
  void leavesAStatementNoOneIssuedAsItsOwnSpeaker() {
    assertEquals(List.of("no further comment | statement"),
        rows("The club had “no further comment,” the statement said."));
  }

  @Test
  void stepsOverAMonthBetweenTheSubjectAndItsVerb() {
    assertEquals(List.of("fishing vessel | Coast Guard"),
        rows("The Coast Guard in March said it had towed the “fishing vessel” to port."));
  }
}

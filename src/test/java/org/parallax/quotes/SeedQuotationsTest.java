package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;

/**
 * Quotations and speakers of the five seed articles, as {@link QuotationExtractor#extractAll}
 * gives them (speakers unified across the corpus). The expected lists were checked by hand
 * against the articles; they double as the table of everything found.
 */
class SeedQuotationsTest {

  private static List<Quotation> all;

  @BeforeAll
  static void extract() {
    all = new QuotationExtractor().extractAll(Seeds.articles());
  }

  private static String row(String text, String speaker) {
    return text + " | " + speaker;
  }

  private static List<String> rows(String articleId) {
    return all.stream()
        .filter(q -> q.articleId().equals(articleId))
        .map(q -> row(q.text(), q.speaker()))
        .toList();
  }

  private static Quotation quote(String articleId, String startOfText) {
    return all.stream()
        .filter(q -> q.articleId().equals(articleId) && q.text().startsWith(startOfText))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quotation " + startOfText));
  }

  @Test
  void findsEveryQuotationOfTheChannel4Report() {
    assertEquals(
        List.of(
            row("share the same goals", "John Kerry"),
            row("We share the same deep concern about ISIL", "John Kerry"),
            row("ISIL needs to be destroyed, stopped completely.", "John Kerry"),
            row(
                "The conversations with Russia right now are to de-conflict. The focus is to make "
                + "certain that our efforts, which are going to continue, we are not abating one "
                + "bit, we will increase in fact in the efforts we are making against ISIL, and we "
                + "need to make certain that those do not conflict with Russia’s efforts against "
                + "ISIL so obviously it’s important to have that conversation.",
                "John Kerry"),
            row("retool and calibrate", "John Kerry"),
            row("remains open to tactical, practical discussions", "Josh Earnest"),
            row("Syria’s Assad Ouster Is Rejected", "Kremlin Spokesman"),
            row("Military Buildup", null)),
        rows(Seeds.KERRY_CHANNEL4));
  }

  @Test
  void findsEveryQuotationOfThePressConferenceReport() {
    assertEquals(
        List.of(
            row("avoid any unintended incidents", "Sergey Lavrov"),
            row("safe approach", "Sergey Lavrov"),
            row(
                "We agreed that the military should get into contact with each other very soon",
                "Sergey Lavrov"),
            row("political process", "Sergey Lavrov"),
            row("have some differences as for the details.", "Sergey Lavrov"),
            row("But we agreed on some steps, which we will undertake very soon.", "Sergey Lavrov"),
            row("constructive", "John Kerry"),
            row("military-to-military deconfliction", "John Kerry"),
            row("the conflict itself.", "John Kerry"),
            row("Several options were agreed to be further discussed", "John Kerry"),
            row("contradictory position", "Ash Carter"),
            row("pouring gasoline on the fire", "Ash Carter"),
            row(
                "It does appear that they were in areas where there probably were not ISIL "
                + "forces, and that is precisely one of the problems with this whole approach",
                "Ash Carter"),
            row("genuinely", "John Kerry")),
        rows(Seeds.LAVROV_PRESS));
  }

  @Test
  void findsEveryQuotationOfTheMoscowTimesReport() {
    assertEquals(
        List.of(
            row(
                "help define some of the different options available to us as we consider next "
                + "steps in Syria",
                "John Kerry"),
            row(
                "Our focus remains on destroying Islamic State militants and also on a "
                + "political settlement with respect to Syria, which we believe cannot be "
                + "achieved with the long-term presence of\n\n[President Bashar] Assad",
                "John Kerry"),
            row("We're looking for ways in which to find a common ground.", "John Kerry"),
            row("a diplomatic way forward", "John Kerry"),
            row(
                "Everybody is seized by the urgency. We have been all along but the migration "
                + "levels and continued destruction, the danger of potential augmentation by any "
                + "unilateral moves puts a high premium on diplomacy at this moment",
                "John Kerry"),
            row("It'll be very difficult to sustain the current situation", "Abdullah bin Zayed")),
        rows(Seeds.MOSCOW_TIMES));
  }

  @Test
  void findsEveryQuotationOfThePressTvReport() {
    assertEquals(
        List.of(
            row("remains open to tactical, practical discussions", "Josh Earnest"),
            row(
                "We have made clear that Russia's military actions inside of Syria, if they "
                + "are used to prop up the Assad regime, would be destabilizing and "
                + "counterproductive",
                "Josh Earnest"),
            row(
                "That all being said, we have long indicated we could welcome constructive "
                + "contributions from the Russians to the anti-ISIL coalition",
                "Josh Earnest"),
            row("an imminent enhanced Russian military buildup.", "John Kerry"),
            row("military-to-military conversation", "John Kerry"),
            row(
                "The secretary stressed that there is no military solution to the overall "
                + "conflict in Syria, which can only be resolved by a political transition away "
                + "from Assad",
                "State Department"),
            row(
                "Secretary Kerry made clear that Russia's continued support for President "
                + "Assad risks exacerbating and extending the conflict, and undermining our "
                + "shared goal of fighting extremism",
                "State Department")),
        rows(Seeds.PRESS_TV));
  }

  @Test
  void findsEveryQuotationOfTheWsjDigest() {
    assertEquals(
        List.of(
            row("This (Syria) crisis has got to be solved", "John Kerry"),
            row(
                "Obviously our focus remains on destroying ISIL (Islamic State) and also on a "
                + "political settlement with respect to Syria",
                "John Kerry"),
            row(
                "defeating ISIL and ensuring a political transition are objectives that need "
                + "to be pursued at the same time",
                "Ash Carter"),
            row("risks exacerbating and extending the conflict", "John Kerry"),
            row(
                "sending in housing for up to 2,000 people, attack helicopters, choppers to "
                + "transport troops around the country, and artillery",
                "US official"),
            row(
                "We keep that situation under continuous review and we will continue to talk "
                + "to our allies about the military situation in the round",
                "US official"),
            row(
                "The U.S. Senate’s armed services committee on 16 September grilled top "
                + "Pentagon officials over how they plan to deal with the Syrian regime, an "
                + "issue Washington is forced to confront with Moscow’s escalating military "
                + "support for President Bashar al-Assad, the Journal writes",
                "Journal"),
            row(
                "will present the threats on Israel as a result of the increased influx of "
                + "advanced weaponry to the Syrian theater, and from the flow of lethal weapons "
                + "to Hezbollah and to other terrorist organizations",
                null)),
        rows(Seeds.WSJ_DIGEST));
  }

  @Test
  void everySpanPointsIntoItsArticle() {
    for (Quotation q : all) {
      Article a = Seeds.article(q.articleId());
      assertEquals(q.text(), q.span().of(a.text()));
      assertTrue(q.withMarks().start() <= q.span().start());
      assertTrue(q.span().end() <= q.withMarks().end());
      if (q.speakerSpan() != null) {
        assertEquals(q.speakerText(), q.speakerSpan().of(a.text()));
      }
    }
  }

  @Test
  void namesTheSpeakerAfterTheQuotation() {
    Quotation q = quote(Seeds.KERRY_CHANNEL4, "We share the same deep concern");
    assertEquals("“We share the same deep concern about ISIL,”",
        q.withMarks().of(Seeds.article(Seeds.KERRY_CHANNEL4).text()));
    assertEquals("John Kerry", q.speaker());
    assertEquals("Kerry", q.speakerText());
    assertEquals("told", q.cue());
  }

  @Test
  void splitsAMultiParagraphQuotationByParagraphKeepingItsSpeaker() {
    String text = Seeds.article(Seeds.KERRY_CHANNEL4).text();
    Quotation first = quote(Seeds.KERRY_CHANNEL4, "ISIL needs to be destroyed");
    assertEquals("ISIL needs to be destroyed, stopped completely.", first.text());
    assertEquals("“ISIL needs to be destroyed, stopped completely.", first.withMarks().of(text));
    assertEquals("John Kerry", first.speaker());
    Quotation second = quote(Seeds.KERRY_CHANNEL4, "The conversations with Russia");
    assertTrue(second.text().endsWith("important to have that conversation."));
    assertEquals("John Kerry", second.speaker());
    assertEquals("Kerry", second.speakerText()); // from "Kerry told Channel 4 News" before it
    assertNull(second.cue());
  }

  @Test
  void givesAScareQuoteTheSpeakerOfItsSentence() {
    Quotation q = quote(Seeds.KERRY_CHANNEL4, "retool and calibrate");
    assertEquals("retool and calibrate", q.text());
    assertEquals("John Kerry", q.speaker());
    assertEquals("said", q.cue());
  }

  @Test
  void stripsTheTitleFromTheSpeaker() {
    Quotation q = quote(Seeds.KERRY_CHANNEL4, "remains open");
    assertEquals("White House spokesman Josh Earnest", q.speakerText());
    assertEquals("Josh Earnest", q.speaker());
  }

  @Test
  void resolvesARoleToThePersonTheArticleGivesIt() {
    Quotation q = quote(Seeds.LAVROV_PRESS, "We agreed that the military");
    assertEquals("Russian foreign minister", q.speakerText());
    assertEquals("said", q.cue());
    assertEquals("Sergey Lavrov", q.speaker());
  }

  @Test
  void keepsAnOrganisationAsSpeaker() {
    Quotation q = quote(Seeds.PRESS_TV, "The secretary stressed");
    assertEquals("State Department", q.speaker());
    assertEquals("said", q.cue());
  }

  @Test
  void resolvesAPronounToTheLastPersonSpeakerEvenWithoutAName() {
    Quotation q = quote(Seeds.WSJ_DIGEST, "We keep that situation");
    assertEquals("He", q.speakerText());
    assertEquals("said", q.cue());
    // "The US official told The WSJ ..." is the sentence before; the article never names him.
    assertEquals("US official", q.speaker());
  }

  @Test
  void closesAQuotationWithAnOpeningMark() {
    Quotation q = quote(Seeds.WSJ_DIGEST, "Obviously our focus");
    assertEquals(
        "Obviously our focus remains on destroying ISIL (Islamic State) and also on a political "
            + "settlement with respect to Syria",
        q.text());
    assertTrue(q.withMarks().of(Seeds.article(Seeds.WSJ_DIGEST).text()).endsWith("Syria“"));
    assertEquals("he", q.speakerText());
    assertEquals("John Kerry", q.speaker());
  }

  @Test
  void followsAQuotationAcrossABreakInsideItsSentence() {
    Quotation q = quote(Seeds.MOSCOW_TIMES, "Our focus remains");
    assertTrue(q.text().endsWith("long-term presence of\n\n[President Bashar] Assad"));
    assertEquals("John Kerry", q.speaker());
    assertEquals("told", q.cue());
  }

  @Test
  void resolvesAPronounAfterIndirectSpeechByAnotherPerson() {
    // "the UAE foreign minister said ... He said ... “It'll be ...,” he added."
    Quotation q = quote(Seeds.MOSCOW_TIMES, "It'll be very difficult");
    assertEquals("Abdullah bin Zayed", q.speaker());
  }

  @Test
  void takesNoApostropheForAQuotationMark() {
    for (Quotation q : all) {
      String t = q.text().toLowerCase(Locale.ROOT);
      assertFalse(t.equals("s") || t.startsWith("s ") || t.equals("ll"), q.text());
    }
    assertEquals(43, all.size());
  }

  @Test
  void leavesAnImpersonalStatementWithoutSpeaker() {
    Quotation q = quote(Seeds.WSJ_DIGEST, "will present the threats");
    assertEquals("it", q.speakerText());
    assertEquals("written", q.cue());
    assertNull(q.speaker());
  }

  @Test
  void printsTheTableOfSeedQuotations() {
    StringBuilder table = new StringBuilder("article | quotation | speaker | found from | cue\n");
    for (Quotation q : all) {
      String text = q.text().replace("\n", "⏎");
      table.append(String.format(Locale.ROOT, "%s | %s | %s | %s | %s%n",
          q.articleId().substring(0, 3), text.length() > 70 ? text.substring(0, 70) + "…" : text,
          q.speaker(), q.speakerText(), q.cue()));
    }
    System.out.print(table);
    assertEquals(all.size() + 1, table.toString().split("\n").length);
  }
}

package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCleanerTest {

  private final PageCleaner cleaner = new PageCleaner(OutletDirectory.bundled());

  private static String seed(String name) throws IOException {
    return Files.readString(Path.of("seeds", name));
  }

  private static List<String> reasons(PageCleaner.Result r) {
    return r.removed().stream().map(x -> x.reason() + ": " + x.text()).toList();
  }

  @Test
  void cleansAlAlamSeedOfTitlesDateAndRelatedLinksDump() throws IOException {
    PageCleaner.Result r = cleaner.clean(seed("000_5687b2dc5866d8ae.txt"), Metadata.NONE);
    assertEquals(
        new Metadata("Kerry: Russia, US Follow Same Goals in Syria against ISIL", "Al-Alam", "2015-09-19", null, null),
        r.metadata());
    List<String> reasons = reasons(r);
    assertEquals(4, reasons.size());
    assertEquals("title (kept as title): Kerry: Russia, US Follow Same Goals in Syria against ISIL", reasons.get(0));
    assertEquals("repeated title: Kerry: Russia, US Follow Same Goals in Syria against ISIL", reasons.get(1));
    assertEquals("date line (kept as published): Sat Sep 19, 2015 13:13:41", reasons.get(2));
    assertTrue(reasons.get(3).startsWith("serialized data (template or script output): string(3132) \"[{\"id\""));
    assertTrue(r.text().startsWith("US Secretary of State John Kerry has said the United States is ready"));
    assertTrue(r.text().endsWith("in the fight against ISIL; Press TV reported."));
    assertFalse(r.text().contains("contenttypeid"));
  }

  @Test
  void dropsCommentFormFromPressTvSeed() throws IOException {
    PageCleaner.Result r = cleaner.clean(seed("001_202df9670cb2560d.txt"), Metadata.NONE);
    assertEquals(
        List.of(
            "title (kept as title): Kerry, Lavrov talk on Syria at joint press conference",
            "comment form: Please enter your comment!",
            "comment form: Please enter your name here"),
        reasons(r));
    assertTrue(r.text().endsWith("the Takfiris have remained in power in parts of Iraq and Syria."));
  }

  @Test
  void readsBylineDateOutletAndSourceLinkOfMoscowTimesSeed() throws IOException {
    PageCleaner.Result r = cleaner.clean(seed("002_17b3dee94d847ef4.txt"), Metadata.NONE);
    assertEquals(
        new Metadata(
            "U.S. Sees Military Talks With Russia on Syria as Important Next Step - Kerry",
            "The Moscow Times",
            "2015-09-18",
            "https://www.themoscowtimes.com/2015/09/18/us-sees-military-talks-with-russia-on-syria-as-important-next-step-kerry-a49660",
            null),
        r.metadata());
    assertEquals(
        List.of(
            "title (kept as title): U.S. Sees Military Talks With Russia on Syria as Important Next Step - Kerry",
            "byline (kept as author or outlet): By [The Moscow Times](#)",
            "date line (kept as published): September 18, 2015",
            "outlet name (kept as outlet): The  Moscow Times",
            "label before the article body (caption or heading): U.S. Secretary of State John Kerry",
            "source link (kept as url): Original url:",
            "source link (kept as url): <https://www.themoscowtimes.com/2015/09/18/us-sees-military-talks-with-russia-on-syria-as-important-next-step-kerry-a49660>"),
        reasons(r));
    assertTrue(r.text().startsWith("LONDON – U.S. President Barack Obama believes"));
    // The quotation that a scraper broke across paragraphs keeps its break; the sentence splitter joins it.
    assertTrue(r.text().contains("long-term presence of\n\n[President Bashar] Assad,\" Kerry told reporters."));
  }

  @Test
  void dropsCaptionsMirrorNoticeAndShareWidgetsOfPressTvSeed() throws IOException {
    PageCleaner.Result r = cleaner.clean(seed("003_3a3cfc992890462a.txt"), Metadata.NONE);
    assertEquals("Press TV", r.metadata().outlet());
    assertEquals("White House seeks Russian help to resolve Syrian crisis", r.metadata().title());
    List<String> reasons = r.removed().stream().map(Removal::reason).toList();
    assertEquals(
        List.of(
            "title (kept as title)",
            "photo caption",
            "photo caption",
            "mirror-address notice",
            "mirror-address notice",
            "share or follow widget",
            "share or follow widget"),
        reasons);
    assertEquals("www.presstv.co.uk", r.removed().get(4).text());
    assertEquals("Press TV News Roku", r.removed().get(6).text());
    // A sub-heading inside the body is part of the article.
    assertTrue(r.text().contains("\n\nKerry: Assad must\u00a0step down\n\nIn his phone call"));
    assertFalse(r.text().contains("(AFP"));
  }

  @Test
  void keepsEveryBodyLineOfEverySeedCharacterForCharacter() throws IOException {
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        PageCleaner.Result r = cleaner.clean(Files.readString(p), Metadata.NONE);
        List<String> removed = r.removed().stream().map(Removal::text).toList();
        for (String line : Files.readString(p).split("\n")) {
          String s = line.strip();
          if (!s.isEmpty() && !removed.contains(s) && !s.equals("\u00a0")) {
            assertTrue(r.text().contains(s), p + " lost: " + s);
          }
        }
      }
    }
  }

  @Test
  void takesAuthorFromPersonalBylineAndOutletFromSourceDomain() {
    String raw =
        "Talks resume in Vienna\n\nBy Jane Doe\n\nDiplomats met on Monday to resume the talks, officials said.\n\n"
            + "Source: https://www.reuters.com/world/talks-resume\n";
    PageCleaner.Result r = cleaner.clean(raw, Metadata.NONE);
    assertEquals(new Metadata("Talks resume in Vienna", "Reuters", null, "https://www.reuters.com/world/talks-resume", "Jane Doe"), r.metadata());
    assertEquals("Diplomats met on Monday to resume the talks, officials said.", r.text());
  }

  @Test
  void splitsABylineOfReporterAndOutlet() {
    String body = "\n\nDiplomats met on Monday to resume the talks, officials said.\n";
    assertEquals(new Metadata("Talks resume", "Reuters", null, null, "Anna Lee"),
        cleaner.clean("Talks resume\n\nBy Anna Lee, Reuters" + body, Metadata.NONE).metadata());
    assertEquals(new Metadata("Talks resume", "The Guardian", null, null, "Mark Stone"),
        cleaner.clean("Talks resume\n\nBy Mark Stone | The Guardian" + body, Metadata.NONE).metadata());
    assertEquals(new Metadata("Talks resume", "CNN", null, null, "Jo Ng"),
        cleaner.clean("Talks resume\n\nBy Jo Ng - CNN" + body, Metadata.NONE).metadata());
    // A job title is no outlet, and two reporters are one byline.
    assertEquals(new Metadata("Talks resume", null, null, null, "Al Roe"),
        cleaner.clean("Talks resume\n\nBy Al Roe, Staff Writer" + body, Metadata.NONE).metadata());
    assertEquals(new Metadata("Talks resume", null, null, null, "Jane Doe, John Roe and Al Poe"),
        cleaner.clean("Talks resume\n\nBy Jane Doe, John Roe and Al Poe" + body, Metadata.NONE).metadata());
    assertEquals(new Metadata("Talks resume", "Fox News", null, null, null),
        cleaner.clean("Talks resume\n\nBy Fox News" + body, Metadata.NONE).metadata());
  }

  @Test
  void removesGenericPageFurnitureButNotProse() {
    String raw =
        "Headline about the summit\n"
            + "Photo: John Smith/Reuters\n"
            + "Advertisement\n"
            + "The summit opened on Monday with a call for a ceasefire, the host said.\n"
            + "Share on Facebook\n"
            + "Many users share their views on Twitter, the survey found.\n"
            + "{\"related\":[{\"id\":\"1\",\"title\":\"a\"},{\"id\":\"2\",\"title\":\"b\"}]}\n"
            + "Leave a comment\n"
            + "3 Comments\n"
            + "Tags: Syria, Russia\n";
    PageCleaner.Result r = cleaner.clean(raw, Metadata.NONE);
    assertEquals(
        "The summit opened on Monday with a call for a ceasefire, the host said.\n"
            + "Many users share their views on Twitter, the survey found.",
        r.text());
    assertEquals(
        List.of(
            "title (kept as title)",
            "photo caption",
            "page furniture",
            "share or follow widget",
            "serialized data (template or script output)",
            "comment form",
            "comment form",
            "page furniture"),
        r.removed().stream().map(Removal::reason).toList());
  }

  @Test
  void joinsHardWrappedLinesButKeepsParagraphs() {
    String raw =
        "Wrapped story\n\nThe foreign ministers met in New York on Wednesday and agreed that\n"
            + "the military should get into contact very soon.\n\nA second paragraph follows here.";
    PageCleaner.Result r = cleaner.clean(raw, Metadata.NONE);
    assertEquals(
        "The foreign ministers met in New York on Wednesday and agreed that the military should get into"
            + " contact very soon.\n\nA second paragraph follows here.",
        r.text());
  }

  @Test
  void knownTitleAndOutletRemoveTheirRepetitionsInTheText() {
    Metadata known = new Metadata("Kerry meets Lavrov", "Example News", null, null, null);
    PageCleaner.Result r =
        cleaner.clean("Kerry meets Lavrov\n\nEXAMPLE NEWS\n\nKerry met Lavrov in New York on Wednesday.", known);
    assertEquals("Kerry met Lavrov in New York on Wednesday.", r.text());
    assertEquals(List.of("repeated title", "outlet name (kept as outlet)"), r.removed().stream().map(Removal::reason).toList());
    assertEquals(known, r.metadata());
  }

  @Test
  void articleStartingWithABodySentenceHasNoTitle() {
    PageCleaner.Result r =
        cleaner.clean("Kerry met Lavrov in New York on Wednesday.\n\nThey agreed to talk again.", Metadata.NONE);
    assertEquals(null, r.metadata().title());
    assertEquals("Kerry met Lavrov in New York on Wednesday.\n\nThey agreed to talk again.", r.text());
  }

  @Test
  void namesTheSiteWhoseOwnAddressesAndFileNamesFillThePageFurniture() {
    String page =
        "Talks resume in Geneva\n\nDelegates met again on Monday to discuss the ceasefire.\n\n"
            + "[{\"pic\":\"/2015/09/14/alalam_635778554017674360_25f_4x3.jpg\",\"title\":\"One\"},"
            + "{\"pic\":\"/2015/09/13/alalam_635777576792319414_25f_4x3.jpg\",\"title\":\"Two\"},"
            + "{\"pic\":\"/2015/09/12/alalam_635776757985348791_25f_4x3.jpg\",\"title\":\"Three\"}]\n";
    assertEquals("Al-Alam", cleaner.clean(page, Metadata.NONE).metadata().outlet());
  }

  @Test
  void outletsCitedInTheArticleTextDoNotNameItsSite() {
    String page =
        "Talks resume in Geneva\n\nAccording to https://www.reuters.com/world/ and https://www.reuters.com/a and"
            + " https://www.reuters.com/b, delegates met again on Monday to discuss the ceasefire.\n";
    assertNull(cleaner.clean(page, Metadata.NONE).metadata().outlet());
  }

  @Test
  void evidenceForTwoSitesNamesNeither() {
    OutletDirectory d = OutletDirectory.bundled();
    assertEquals(java.util.Optional.of("Reuters"), d.siteOfFurniture("https://www.reuters.com/a https://reuters.com/b http://www.reuters.com/c"));
    assertEquals(java.util.Optional.empty(), d.siteOfFurniture("https://www.reuters.com/a https://reuters.com/b"));
    assertEquals(
        java.util.Optional.empty(),
        d.siteOfFurniture("https://www.reuters.com/a https://reuters.com/b https://reuters.com/c https://www.bbc.com/x https://www.bbc.com/y"));
  }

  @Test
  void dropsASitesMenuAndItsCopyrightNoticeAfterTheBody() {
    String page = "Submarine leaves territorial waters\n\n"
        + "The submarine left the waters on Friday after a two-day chase, the agency said.\n\n"
        + "Officials said the navy would keep watching the area.\n\n"
        + "News / Business / Opinion / Arts & Culture / Life in Japan\n\n"
        + "Sports / Festivals / Cartoons Advertise in example.co.jp. This site is best viewed with any browser. "
        + "The Example Times Ltd. All rights reserved.\n";
    PageCleaner.Result r = cleaner.clean(page, Metadata.NONE);
    assertTrue(r.text().endsWith("Officials said the navy would keep watching the area."), r.text());
    assertTrue(reasons(r).contains("page furniture: News / Business / Opinion / Arts & Culture / Life in Japan"), reasons(r).toString());
    // A slash inside a sentence of the body is no menu.
    PageCleaner.Result body = cleaner.clean("Headline here\n\nThe plan, he said, would cost $5 billion / year over ten years / at most.\n\nIt passed.\n", Metadata.NONE);
    assertTrue(body.text().contains("would cost $5 billion"), body.text());
  }

  @Test
  void cutsAWireStorysDateAndBylineOffItsDateline() {
    // Crawled wire copy runs the date, a photo id and the byline into the first sentence.
    String raw = "Barghouti to Run for Palestinian Leader\n\nSaturday November 13, 2004 8:16 PM AP Photo LON104 By RAVI "
        + "NESSMAN Associated Press Writer RAMALLAH, West Bank (AP) - Marwan Barghouti plans to run for president, "
        + "aides said.\n\nHe is in an Israeli prison.\n";
    PageCleaner.Result r = cleaner.clean(raw, Metadata.NONE);
    assertTrue(r.text().startsWith("RAMALLAH, West Bank (AP) - Marwan Barghouti plans"), r.text());
    assertEquals("RAVI NESSMAN", r.metadata().author());
    assertTrue(reasons(r).contains("byline (kept as author or outlet): Saturday November 13, 2004 8:16 PM AP Photo LON104 By RAVI "
        + "NESSMAN Associated Press Writer"), reasons(r).toString());
    // A "By" in the body is no byline.
    PageCleaner.Result body = cleaner.clean("Title of a story\n\nThe plan was backed By Reuters analysts, PARIS (AP) - said.\n",
        Metadata.NONE);
    assertTrue(body.text().startsWith("The plan was backed"), body.text());
  }
}

package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  // Long enough for readability to see an article rather than a fragment.
  private static final String P1 =
      "The strike at the city's container port entered its third week on Friday, after negotiators"
          + " for the union and the port authority failed to agree on a new wage deal.";
  private static final String P2 =
      "More than 2,000 workers have stayed off the job since early September, and shipping lines"
          + " say dozens of vessels are now waiting at anchor outside the harbour.";
  private static final String P3 =
      "Business groups warned that the stoppage was costing the regional economy millions a day,"
          + " and asked the government to appoint a mediator before the end of the month.";

  private static HtmlPage fixture(HtmlExtractor extractor, String name) {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
      return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HtmlPage fullPage() {
    return fixture(extractor, "full-news-page.html");
  }

  private static List<String> paragraphs(HtmlPage page) {
    return page.text().isEmpty() ? List.of() : List.of(page.text().split("\n\n", -1));
  }

  /**
   * A page with the given head and an article of the three standard paragraphs plus {@code extra}.
   */
  private static String page(String head, String extra) {
    String body = "<article><p>%s</p><p>%s</p>%s<p>%s</p></article>".formatted(P1, P2, extra, P3);
    return "<html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private HtmlPage withHead(String head) {
    return extractor.extract(page(head, ""));
  }

  // ---- the full news page -------------------------------------------------------------------

  @Test
  void extractsArticleParagraphsInPageOrder() {
    assertEquals(
        List.of(
            "The strike at the city’s container port entered its third week on Friday after"
                + " negotiators for the dockworkers' union and the port authority failed to agree"
                + " on a new wage deal.",
            "More than 2,000 workers have stayed off the job since 4 September, and shipping lines"
                + " say dozens of vessels are now waiting at anchor outside the harbour.",
            "Talks break down",
            "Union leader Maria Santos said the authority’s latest offer “does not even cover"
                + " inflation” and that members would not return until it was improved.",
            "“We have families to feed, and we are not asking for the moon,” Santos told reporters"
                + " outside the hall.",
            "The port authority said in a statement that it had made a fair and final offer & urged"
                + " the union to put it to a vote.",
            "Container traffic has fallen by 40 per cent.",
            "Fuel deliveries to the airport are being rationed.",
            "Business groups warned that the stoppage was costing the regional economy about €12"
                + " million a day."),
        paragraphs(fullPage()));
  }

  @Test
  void separatesParagraphsByExactlyOneBlankLineWithoutOuterBlankLines() {
    String text = fullPage().text();
    assertFalse(text.contains("\n\n\n"));
    assertEquals(text.strip(), text);
    for (String paragraph : paragraphs(fullPage())) {
      assertFalse(paragraph.contains("\n"), paragraph);
      assertFalse(paragraph.contains("  "), paragraph);
      assertEquals(paragraph.strip(), paragraph);
    }
  }

  @Test
  void decodesEntitiesAndCollapsesWhitespaceInsideParagraphs() {
    String text = fullPage().text();
    assertTrue(text.contains("since 4 September,"), "&nbsp; becomes a plain space");
    assertTrue(text.contains("Maria Santos said"), "a run of spaces becomes one");
    assertTrue(text.contains("fair and final offer & urged"), "&amp; is decoded");
    assertTrue(text.contains("about €12 million"), "&euro; is decoded");
    assertFalse(text.contains("&nbsp;"));
    assertFalse(text.contains("\u00A0"));
  }

  @Test
  void readsMetadataFromHeadMeta() {
    HtmlPage page = fullPage();
    assertEquals("Port strike enters third week as talks stall", page.title());
    assertEquals("The Harbour Courier", page.siteName());
    assertEquals("2015-09-18", page.published());
    assertEquals(
        "https://www.harbourcourier.example/news/2015/09/port-strike-third-week", page.url());
    assertEquals("Jane Doe", page.author());
  }

  @Test
  void keepsHeadlineOutOfTextAndRecordsItAsTitle() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("Port strike enters third week"));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "Port strike enters third week as talks stall", "title (kept as title)")));
  }

  @Test
  void dropsNavigationAndRecordsIt() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("Opinion"));
    assertTrue(page.removed().contains(new Removal("News Business Opinion Sport", "navigation")));
  }

  @Test
  void dropsPageHeaderAndFooterAndRecordsThem() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("All rights reserved"));
    assertFalse(page.text().contains("Privacy policy"));
    assertTrue(page.removed().contains(new Removal("The Harbour Courier", "page header/footer")));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "© 2015 The Harbour Courier. All rights reserved. Privacy policy",
                    "page header/footer")));
  }

  @Test
  void dropsShareButtonsAndRecordsThem() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("Share on Facebook"));
    assertFalse(page.text().contains("Tweet"));
    assertTrue(
        page.removed().contains(new Removal("Share on Facebook Tweet Email", "share buttons")));
  }

  @Test
  void dropsRelatedLinksAndRecordsThem() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("Ferry services"));
    assertFalse(page.text().contains("Read more"));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "Related stories Ferry services cancelled as strike spreads A short history of"
                        + " the harbour",
                    "sidebar or related links")));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "Read more: How the port became the city’s biggest employer",
                    "sidebar or related links")));
  }

  @Test
  void dropsCommentFormAndRecordsIt() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("Leave a comment"));
    assertFalse(page.text().contains("Write something nice"));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "Leave a comment Your comment Write something nice Post comment",
                    "comment form")));
  }

  @Test
  void dropsPhotoCaptionAndRecordsIt() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("picket the main gate"));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "Dockworkers picket the main gate on Thursday. Photo: Harbour Courier",
                    "photo caption")));
  }

  @Test
  void dropsCookieBannerAndRecordsIt() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("cookie"));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "We use cookies to improve your experience. By continuing you accept our cookie"
                        + " policy. Accept all",
                    "cookie notice")));
  }

  @Test
  void dropsBylineAndDatelineFromText() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("By Jane Doe"));
    assertFalse(page.text().contains("18 September 2015"));
    assertTrue(page.removed().contains(new Removal("By Jane Doe", "byline")));
    assertTrue(page.removed().contains(new Removal("18 September 2015", "date line")));
  }

  @Test
  void neverKeepsScriptTextAndRecordsEachScriptAsNeverRun() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("document.write"));
    assertFalse(page.text().contains("INJECTED BY SCRIPT"));
    assertFalse(page.text().contains("fetch("));
    List<Removal> scripts =
        page.removed().stream().filter(r -> r.reason().equals("script (never run)")).toList();
    // Two inline scripts; the external one has no text and leaves no entry.
    assertEquals(2, scripts.size());
    assertEquals(
        "window.dataLayer = window.dataLayer || []; document.write('<div"
            + " class=\"injected\">INJECTED BY SCRIPT</div>');"
            + " fetch('http://127.0.0.1:1/track?page=port-strike', {method: 'POST'});",
        scripts.get(0).text());
  }

  @Test
  void dropsStyleNoscriptAndIframeAndRecordsThem() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("font-family"));
    assertFalse(page.text().contains("embedded video"));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "body { font-family: Georgia, serif; } .cookie-banner { position: fixed;"
                        + " bottom: 0; }",
                    "style")));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "Your browser cannot show embedded video.",
                    "embedded frame or object (never loaded)")));
    assertTrue(
        page.removed()
            .contains(
                new Removal(
                    "<img src=\"http://127.0.0.1:1/pixel.gif\" alt=\"\">", "noscript fallback")));
  }

  @Test
  void dropsAdvertisementLabel() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("Advertisement"));
    assertTrue(page.removed().contains(new Removal("Advertisement", "advertisement")));
  }

  @Test
  void recordsVisibleTextThatReadabilityLeftOutsideTheArticle() {
    HtmlPage page = fullPage();
    assertFalse(page.text().contains("Light rain"));
    assertTrue(
        page.removed().contains(new Removal("Harbour City 18°C Light rain", "outside main text")));
    assertTrue(
        page.removed()
            .contains(new Removal("Topics: Strikes Shipping Labour", "outside main text")));
  }

  @Test
  void recordsRemovalsInPageOrder() {
    assertEquals(
        List.of(
            "style",
            "script (never run)",
            "noscript fallback",
            "cookie notice",
            "page header/footer",
            "navigation",
            "title (kept as title)",
            "byline",
            "date line",
            "share buttons",
            "photo caption",
            "advertisement",
            "embedded frame or object (never loaded)",
            "sidebar or related links",
            "outside main text",
            "comment form",
            "sidebar or related links",
            "outside main text",
            "page header/footer",
            "script (never run)"),
        fullPage().removed().stream().map(Removal::reason).toList());
  }

  @Test
  void neverRecordsBlankRemovals() {
    String html =
        "<html><body><nav>   </nav><aside>\n\t</aside><footer></footer><script src='x.js'></script>"
            + "<article><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></article><div class='share'> </div></body></html>";
    HtmlPage page = extractor.extract(html);
    assertEquals(List.of(), page.removed());
    assertEquals(List.of(P1, P2), paragraphs(page));
  }

  @Test
  void truncatesLongScriptsAndStylesTo200CharactersInTheRecord() {
    String code = "x".repeat(500);
    HtmlPage page =
        extractor.extract(page("<script>" + code + "</script><style>" + code + "</style>", ""));
    assertTrue(page.removed().contains(new Removal("x".repeat(200) + "…", "script (never run)")));
    assertTrue(page.removed().contains(new Removal("x".repeat(200) + "…", "style")));
  }

  // ---- the page without metadata ------------------------------------------------------------

  @Test
  void readsTitleFromH1AndDateFromTimeWhenThereIsNoMeta() {
    HtmlPage page = fixture(extractor, "no-meta-page.html");
    assertEquals("Council approves new cycle lanes", page.title());
    assertEquals("2016-03-02", page.published());
    assertNull(page.siteName());
    assertNull(page.url());
    assertNull(page.author());
    assertEquals(
        List.of(
            "The city council voted on Tuesday night to build eleven kilometres of protected cycle"
                + " lanes along the river, ending a debate that had lasted almost two years.",
            "Supporters packed the public gallery and cheered when the motion passed by nine votes"
                + " to four. Opponents said the lanes would take too much space from delivery"
                + " vans.",
            "Work on the first section, between the old bridge and the railway station, is due to"
                + " start in the summer and should be finished before the end of the year."),
        paragraphs(page));
    assertEquals(
        List.of(
            new Removal("Council approves new cycle lanes", "title (kept as title)"),
            new Removal("Posted 2 March 2016", "date line")),
        page.removed());
  }

  // ---- the page with Cyrillic and Arabic --------------------------------------------------------

  @Test
  void keepsCyrillicAndArabicSentencesIntact() {
    HtmlPage page = fixture(extractor, "multilingual-page.html");
    assertEquals(
        List.of(
            "Foreign ministers from seventeen countries met in Vienna on Friday to discuss a"
                + " political transition in Syria, the first such meeting to include Iran.",
            "Russia’s foreign minister opened his remarks in Russian: «Мы готовы работать со всеми"
                + " сторонами ради мира в Сирии.»",
            "The Iranian delegation circulated a statement in Arabic that read: «نحن ندعم الحل"
                + " السياسي في سوريا».",
            "Diplomats said the talks would continue next week, although no date has been fixed and"
                + " several delegations were sceptical about a quick agreement."),
        paragraphs(page));
  }

  @Test
  void readsJsonLdArticleDateAndAuthorsAsData() {
    HtmlPage page = fixture(extractor, "multilingual-page.html");
    // The NewsArticle's date, not the WebPage's; the authors, not their employer.
    assertEquals("2015-10-30", page.published());
    assertEquals("Olga Petrova, Karim Haddad", page.author());
    assertEquals("Foreign ministers meet in Vienna", page.title());
    assertEquals("World Desk", page.siteName());
    assertNull(page.url());
  }

  // ---- title and site name ------------------------------------------------------------------

  @Test
  void stripsTitleSuffixThatIsTheSiteName() {
    HtmlPage page =
        withHead(
            "<title>Port strike enters third week | Harbour Courier</title>"
                + "<meta property='og:site_name' content='Harbour Courier'>");
    assertEquals("Port strike enters third week", page.title());
    assertEquals("Harbour Courier", page.siteName());
  }

  @Test
  void stripsSiteNameSuffixFromOgTitleToo() {
    HtmlPage page =
        withHead(
            "<meta property='og:title' content='Port strike enters third week - Harbour Courier'>"
                + "<meta property='og:site_name' content='Harbour Courier'>");
    assertEquals("Port strike enters third week", page.title());
  }

  @Test
  void keepsTitleSuffixThatIsNotTheSiteName() {
    HtmlPage page =
        withHead(
            "<title>Talks resume - Courier Online</title><meta property='og:site_name'"
                + " content='Courier'>");
    assertEquals("Talks resume - Courier Online", page.title());
    assertEquals("Courier", page.siteName());
  }

  @Test
  void takesSiteNameFromTitleSuffixWhenNoMetaNamesIt() {
    HtmlPage page =
        withHead("<title>Port strike enters third week as talks stall - Harbour Courier</title>");
    assertEquals("Harbour Courier", page.siteName());
    assertEquals("Port strike enters third week as talks stall", page.title());
  }

  @Test
  void doesNotMistakeTheSecondHalfOfAHeadlineForASiteName() {
    HtmlPage page = withHead("<title>Russia - Ukraine talks resume in Minsk</title>");
    assertNull(page.siteName());
    assertEquals("Russia - Ukraine talks resume in Minsk", page.title());
  }

  @Test
  void takesSiteNameFromApplicationNameWhenThereIsNoOgSiteName() {
    HtmlPage page =
        withHead(
            "<title>Port strike | The Courier</title><meta name='application-name' content='The"
                + " Courier'>");
    assertEquals("The Courier", page.siteName());
    assertEquals("Port strike", page.title());
  }

  @Test
  void prefersOgTitleThenTwitterTitleThenH1ThenTitleElement() {
    String og = "<meta property='og:title' content='From og'>";
    String twitter = "<meta name='twitter:title' content='From twitter'>";
    String title = "<title>From title</title>";
    String h1 = "<h1>From h1</h1>";
    assertEquals("From og", extractor.extract(page(og + twitter + title, h1)).title());
    assertEquals("From twitter", extractor.extract(page(twitter + title, h1)).title());
    assertEquals("From h1", extractor.extract(page(title, h1)).title());
    assertEquals("From title", extractor.extract(page(title, "")).title());
  }

  @Test
  void keepsH1ThatIsOnlyTheOutletLogoOutOfTheTitle() {
    String html =
        "<html><head><meta property='og:site_name' content='Harbour Courier'></head><body>"
            + "<header><h1>Harbour Courier</h1></header><article><h1>Port strike widens</h1><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></article></body></html>";
    HtmlPage page = extractor.extract(html);
    assertEquals("Port strike widens", page.title());
    assertEquals(List.of(P1, P2), paragraphs(page));
  }

  // ---- publication date ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "2015-09-18, 2015-09-18",
    "2015-09-18T13:13:41Z, 2015-09-18",
    "2015-09-18T13:13:41+02:00, 2015-09-18",
    "2015-09-18T23:30:00.123-05:00, 2015-09-18",
    "2015-09-18T13:13:41+0200, 2015-09-18",
    "2015-09-18T13:13:41, 2015-09-18",
    "2015-09-18 13:13:41, 2015-09-18",
    "2015-09-18T10:00+01:00[Europe/London], 2015-09-18",
    "'  2015-09-18T00:30:00+09:00  ', 2015-09-18"
  })
  void parsesIsoPublicationDatesAsWrittenWithoutShiftingTimeZones(String value, String expected) {
    HtmlPage page = withHead("<meta property='article:published_time' content='" + value + "'>");
    assertEquals(expected, page.published());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"yesterday", "18/09/2015", "2015-13-45", "Sept 18, 2015", "2015-02-30", "2015"})
  void unparseableDateIsNull(String value) {
    assertNull(
        withHead("<meta property='article:published_time' content='" + value + "'>").published());
  }

  static Stream<Arguments> dateSources() {
    return Stream.of(
        Arguments.of(
            "og:published_time", "<meta property='og:published_time' content='2015-01-02'>", ""),
        Arguments.of("meta date", "<meta name='date' content='2015-01-02T10:00:00Z'>", ""),
        Arguments.of("meta pubdate", "<meta name='pubdate' content='2015-01-02'>", ""),
        Arguments.of("meta DC.date", "<meta name='DC.date' content='2015-01-02'>", ""),
        Arguments.of("itemprop meta", "<meta itemprop='datePublished' content='2015-01-02'>", ""),
        Arguments.of(
            "itemprop time",
            "",
            "<time itemprop='datePublished' datetime='2015-01-02'>2 Jan</time>"),
        Arguments.of(
            "JSON-LD",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2015-01-02T08:00:00+01:00\",}</script>",
            ""),
        Arguments.of(
            "time element", "", "<p>Filed <time datetime='2015-01-02'>2 January</time></p>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateSources")
  void readsPublicationDateFromEachSupportedSource(String source, String head, String body) {
    assertEquals("2015-01-02", extractor.extract(page(head, body)).published());
  }

  @Test
  void fallsThroughAnUnparseableDateToTheNextSource() {
    String head = "<meta property='article:published_time' content='soon'>";
    assertEquals(
        "2015-01-02",
        extractor.extract(page(head, "<time datetime='2015-01-02'>Jan 2</time>")).published());
  }

  @Test
  void prefersArticleTimeOverTheHeaderClock() {
    String html =
        "<html><body><header><time datetime='2024-06-01'>Saturday 1"
            + " June</time></header><article><h1>Port strike widens</h1><time"
            + " datetime='2015-01-02'>2 January 2015</time><p>"
            + P1
            + "</p></article></body></html>";
    assertEquals("2015-01-02", extractor.extract(html).published());
  }

  // ---- url -----------------------------------------------------------------------------------

  @Test
  void readsUrlFromCanonicalLinkWhenThereIsNoOgUrl() {
    HtmlPage page = withHead("<link rel='canonical' href='https://courier.example/news/strike'>");
    assertEquals("https://courier.example/news/strike", page.url());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "/news/strike",
        "ftp://courier.example/strike",
        "data:text/html,hi",
        "http://",
        "news/strike.html"
      })
  void ignoresUrlsThatAreNotAbsoluteHttp(String href) {
    HtmlPage page =
        withHead(
            "<meta property='og:url' content='"
                + href
                + "'><link rel='canonical' href='"
                + href
                + "'>");
    assertNull(page.url());
  }

  @Test
  void fallsBackToCanonicalWhenOgUrlIsNotHttp() {
    HtmlPage page =
        withHead(
            "<meta property='og:url' content='/relative'>"
                + "<link rel='canonical' href='http://courier.example/a'>");
    assertEquals("http://courier.example/a", page.url());
  }

  // ---- author --------------------------------------------------------------------------------

  @Test
  void ignoresArticleAuthorThatIsAUrl() {
    HtmlPage page =
        withHead("<meta property='article:author' content='https://www.facebook.com/jane.doe'>");
    assertNull(page.author());
  }

  @Test
  void readsArticleAuthorThatIsAName() {
    assertEquals(
        "Jane Doe", withHead("<meta property='article:author' content='Jane Doe'>").author());
  }

  @Test
  void readsAuthorFromBylineElementWithoutBy() {
    HtmlPage page = extractor.extract(page("", "<p class='byline'>By Jane Doe</p>"));
    assertEquals("Jane Doe", page.author());
    assertEquals(List.of(P1, P2, P3), paragraphs(page));
    assertEquals(List.of(new Removal("By Jane Doe", "byline")), page.removed());
  }

  @Test
  void readsAuthorFromRelAuthorLink() {
    HtmlPage page =
        extractor.extract(
            page("", "<div class='meta'>Words: <a rel='author' href='/jd'>Jane Doe</a></div>"));
    assertEquals("Jane Doe", page.author());
  }

  @Test
  void readsJsonLdAuthorGivenAsPlainString() {
    HtmlPage page =
        withHead(
            "<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":\"Jane"
                + " Doe\"}</script>");
    assertEquals("Jane Doe", page.author());
  }

  @Test
  void leavesUnknownMetadataNull() {
    HtmlPage page = extractor.extract(page("", ""));
    assertNull(page.title());
    assertNull(page.siteName());
    assertNull(page.published());
    assertNull(page.url());
    assertNull(page.author());
    assertEquals(List.of(P1, P2, P3), paragraphs(page));
  }

  // ---- junk that readability lets through ----------------------------------------------------

  @Test
  void dropsBoilerplateLinesInsideTheArticleAndRecordsThem() {
    HtmlPage page =
        extractor.extract(
            page(
                "",
                "<p>ADVERTISEMENT</p><p>Follow us on Twitter for the latest updates.</p>"
                    + "<p>This website can also be accessed at courier-mirror.example</p>"
                    + "<p>Share this article</p>"));
    assertEquals(List.of(P1, P2, P3), paragraphs(page));
    assertEquals(
        List.of(
            new Removal("ADVERTISEMENT", "advertisement"),
            new Removal(
                "Follow us on Twitter for the latest updates.",
                "newsletter or subscription prompt"),
            new Removal(
                "This website can also be accessed at courier-mirror.example", "boilerplate line"),
            new Removal("Share this article", "share buttons")),
        page.removed());
  }

  @Test
  void dropsParagraphRepeatingTheHeadline() {
    HtmlPage page =
        extractor.extract(
            page(
                "<meta property='og:title' content='Port strike widens'>",
                "<h2>Port strike widens</h2>"));
    assertEquals(List.of(P1, P2, P3), paragraphs(page));
    assertEquals(
        List.of(new Removal("Port strike widens", "title (kept as title)")), page.removed());
  }

  // ---- markup shapes -------------------------------------------------------------------------

  @Test
  void splitsParagraphsAtBlockElementsAndKeepsInlineMarkupAndBreaksInside() {
    HtmlPage page =
        extractor.extract(
            page(
                "",
                "<div>Inspectors found <b>no</b> <i>damage</i> to the cranes.<br>Repairs were not"
                    + " needed.<ul><li>First finding, in detail.</li><li>Second finding, in"
                    + " detail.</li></ul> Tail text after the list.</div>"));
    assertEquals(
        List.of(
            P1,
            P2,
            "Inspectors found no damage to the cranes. Repairs were not needed.",
            "First finding, in detail.",
            "Second finding, in detail.",
            "Tail text after the list.",
            P3),
        paragraphs(page));
  }

  @Test
  void keepsArticleInsideFormThatWrapsTheWholePage() {
    // ASP.NET pages put everything in one form; the form must not take the article with it.
    String html =
        "<html><body><form id='aspnetForm' action='/default.aspx'><input type='hidden' name='x'>"
            + "<article><h1>Port strike widens</h1><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article>"
            + "</form></body></html>";
    assertEquals(List.of(P1, P2, P3), paragraphs(extractor.extract(html)));
  }

  @Test
  void doesNotMistakeCommentaryForComments() {
    String html =
        "<html><body><div class='commentary'><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div></body></html>";
    assertEquals(List.of(P1, P2), paragraphs(extractor.extract(html)));
  }

  @Test
  void neverTakesTheTitleElementIntoTextOnATinyPage() {
    // Readability returns the whole document for tiny pages, <title> included.
    HtmlPage page =
        extractor.extract(
            "<html><head><title>Site home</title><meta property='og:title' content='Other'></head>"
                + "<body>Just one line of body text.</body></html>");
    assertEquals("Just one line of body text.", page.text());
    assertEquals(List.of(), page.removed());
  }

  @Test
  void fallsBackToBodyTextOnATinyPage() {
    HtmlPage page = extractor.extract("<html><body><div>One short line.</div></body></html>");
    assertEquals("One short line.", page.text());
    assertEquals(List.of(), page.removed());
  }

  @Test
  void keepsDateThatSitsInsideASentence() {
    String sentence =
        "The vote on <time datetime='2015-01-02'>Friday</time> was closer than the union expected.";
    HtmlPage page = extractor.extract(page("", "<section>" + sentence + "</section>"));
    assertEquals(
        List.of(P1, P2, "The vote on Friday was closer than the union expected.", P3),
        paragraphs(page));
    assertEquals(List.of(), page.removed());
  }

  @Test
  void dropsAsideWhoseClassSaysShareAsShareButtons() {
    HtmlPage page =
        extractor.extract(page("", "<aside class='social'>Most shared: Ferry strike ends</aside>"));
    assertEquals(List.of(P1, P2, P3), paragraphs(page));
    assertEquals(
        List.of(new Removal("Most shared: Ferry strike ends", "share buttons")), page.removed());
  }

  @Test
  void pageCarryingOurMarkerAttributeCannotBreakTheAccounting() {
    HtmlPage page =
        extractor.extract(
            page(
                "",
                "<p data-parallax-text='999999'> <span data-parallax-text='-3'> </span>Forged"
                    + " marker paragraph, with commas, long enough to be kept as article"
                    + " text.</p>"));
    assertEquals(
        List.of(
            P1,
            P2,
            "Forged marker paragraph, with commas, long enough to be kept as article text.",
            P3),
        paragraphs(page));
  }

  // ---- untrusted input -----------------------------------------------------------------------

  @Test
  void neverConnectsToAddressesNamedInThePage() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      String html =
          "<html><head><base href='"
              + base
              + "/'><link rel='stylesheet' href='"
              + base
              + "/a.css'>"
              + "<meta http-equiv='refresh' content='0; url="
              + base
              + "/r'>"
              + "<style>@import url('"
              + base
              + "/b.css'); body { background: url("
              + base
              + "/c.png) }</style>"
              + "<script src='"
              + base
              + "/d.js'></script>"
              + "<script>fetch('"
              + base
              + "/e'); new Image().src = '"
              + base
              + "/f';</script>"
              + "<link rel='canonical' href='"
              + base
              + "/canonical'></head>"
              + "<body><article><h1>Port strike widens</h1><img src='"
              + base
              + "/g.jpg' srcset='"
              + base
              + "/h.jpg 2x'><p>"
              + P1
              + "</p><p><a href='/relative'>"
              + P2
              + "</a></p>"
              + "<iframe src='"
              + base
              + "/i'></iframe><object data='"
              + base
              + "/j'></object>"
              + "<video src='"
              + base
              + "/k.mp4' poster='"
              + base
              + "/l.jpg'></video></article></body></html>";
      HtmlPage page = extractor.extract(html);
      assertEquals(List.of(P1, P2), paragraphs(page));
      assertEquals(base + "/canonical", page.url());
      server.setSoTimeout(300);
      assertThrows(
          SocketTimeoutException.class, server::accept, "something connected to the page's server");
    }
  }

  @Test
  void pageWithLoopbackScriptsAndImagesExtractsQuicklyWithoutScriptText() {
    String html =
        "<html><head><script"
            + " src='http://127.0.0.1:1/a.js'></script><script>document.write('<p>WRITTEN BY"
            + " SCRIPT</p>'); fetch('http://127.0.0.1:1/b');</script></head><body><article><img"
            + " src='http://127.0.0.1:1/c.jpg'><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><script>var s = 'SCRIPT IN BODY';</script></article></body></html>";
    HtmlPage page =
        extractor.extract(html);
    assertEquals(List.of(P1, P2), paragraphs(page));
    assertFalse(page.text().contains("WRITTEN BY SCRIPT"));
    assertFalse(page.text().contains("SCRIPT IN BODY"));
  }

  @Test
  void emptyStringGivesEmptyTextAndNoMetadata() {
    HtmlPage page = extractor.extract("");
    assertEquals("", page.text());
    assertNull(page.title());
    assertNull(page.published());
    assertEquals(List.of(), page.removed());
  }

  @Test
  void nullIsTreatedAsEmpty() {
    assertEquals("", extractor.extract(null).text());
  }

  @Test
  void pageWithoutBodyTextGivesEmptyTextButKeepsTitle() {
    HtmlPage page =
        extractor.extract(
            "<html><head><title>Gallery: the strike in pictures</title></head>"
                + "<body><img src='a.jpg'><div>   </div></body></html>");
    assertEquals("", page.text());
    assertEquals("Gallery: the strike in pictures", page.title());
  }

  @Test
  void brokenMarkupStillGivesItsParagraphs() {
    String html =
        "<html><body><article><div><p>"
            + P1
            + " <b>Bold <i>and italic</p><p>"
            + P2
            + "</div></span></table><p>"
            + P3
            + " <unclosed";
    HtmlPage page = extractor.extract(html);
    assertEquals(List.of(P1 + " Bold and italic", P2, P3), paragraphs(page));
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String html =
        "<html><body>" + "<div>".repeat(20_000) + "<p>" + P1 + "</p>" + "<b>".repeat(20_000) + "x";
    assertEquals(List.of(P1, "x"), paragraphs(extractor.extract(html)));
  }

  @Test
  void fiveMegabytePageIsExtractedWithoutFailure() {
    StringBuilder html =
        new StringBuilder("<html><head><title>Big - Site</title></head><body><article>");
    int n = 0;
    while (html.length() < 5_000_000) {
      html.append("<div class='row'><p>Paragraph ")
          .append(n++)
          .append(", with enough words to count.</p>")
          .append("<a href='/x'>a link</a></div>\n");
    }
    html.append("</article></body></html>");
    int last = n - 1;
    HtmlPage page =
        extractor.extract(html.toString());
    assertEquals(2 * n, paragraphs(page).size());
    assertTrue(page.text().startsWith("Paragraph 0, with enough words to count.\n\na link"));
    assertTrue(
        page.text().endsWith("Paragraph " + last + ", with enough words to count.\n\na link"));
  }
}

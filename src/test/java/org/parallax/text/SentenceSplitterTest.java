package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

  /** Maven runs tests in the project root. */
  private static final Path SEEDS = Path.of("seeds");
  /**
   * Megabyte inputs check what the splitter returns on the worst cases; how long it takes is measured
   * by LongArticleBenchmark, not here (a quadratic split of a megabyte would not finish in CI at all).
   */
  private static final int ONE_MB = 1 << 20;

  private final SentenceSplitter splitter = SentenceSplitter.shared();

  private List<String> sentences(String text) {
    List<TextRange> ranges = splitter.split(text);
    assertInvariants(text, ranges);
    return ranges.stream().map(r -> r.of(text)).collect(Collectors.toList());
  }

  private static String seed(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      Path file = files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no seed " + prefix + " in "
              + SEEDS.toAbsolutePath()));
      return Files.readString(file);
    }
  }

  /** The one sentence containing {@code marker}. */
  private static String sentenceWith(List<String> sentences, String marker) {
    List<String> hits =
        sentences.stream().filter(s -> s.contains(marker)).collect(Collectors.toList());
    assertEquals(1, hits.size(), () -> "sentences containing '" + marker + "': " + hits);
    return hits.get(0);
  }

  /** Ordered, non-overlapping, non-empty, trimmed, and only whitespace left outside. */
  private static void assertInvariants(String text, List<TextRange> ranges) {
    int done = 0;
    for (TextRange r : ranges) {
      if (r.start() < done) {
        fail("range " + r + " overlaps or precedes the previous one ending at " + done);
      }
      if (r.length() == 0) {
        fail("empty range " + r);
      }
      if (SentenceSplitter.isWhitespace(text.charAt(r.start()))
          || SentenceSplitter.isWhitespace(text.charAt(r.end() - 1))) {
        fail("untrimmed range " + r + ": [" + r.of(text) + "]");
      }
      assertOnlyWhitespace(text, done, r.start());
      done = r.end();
    }
    assertOnlyWhitespace(text, done, text.length());
  }

  private static void assertOnlyWhitespace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!SentenceSplitter.isWhitespace(text.charAt(i))) {
        fail("character " + i + " '" + text.charAt(i) + "' is in no sentence");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "U.S. Secretary of State John Kerry said talks would resume.",
      "Mr. Smith met Dr. Jones, Gen. Lee, Sen. Kim, Rep. Cruz and Gov. Brown in St. Petersburg.",
      "Lt. Col. Davis came on Jan. 5, left on Feb. 12 and met Sept. 18 at No. 10 Downing Street.",
      "The U.N., the U.K. and the E.U. met in Washington, D.C. to talk about trade.",
      "Some deals, e.g. with Iran, i.e. the nuclear one, pit Apple Inc. vs. Acme Corp. in court.",
      "Widget Ltd. and Smith Co. officials declined to comment.",
      "The two deaths in the Aoraki-Mt. Cook National Park were not related, said ex-Gov. Brown.",
  })
  void keepsNewsAbbreviationsInsideSentence(String sentence) {
    assertEquals(List.of(sentence), sentences(sentence));
  }

  @Test
  void breaksAfterAbbreviationWhenNextWordStartsSentence() {
    assertEquals(
        List.of("He held talks with the U.S.", "The ministry said nothing."),
        sentences("He held talks with the U.S. The ministry said nothing."));
    assertEquals(
        List.of("He lives in Washington, D.C.", "He left at 6 p.m.", "It rained."),
        sentences("He lives in Washington, D.C. He left at 6 p.m. It rained."));
    assertEquals(
        List.of("Shares fell at Apple Inc.", "But they recovered."),
        sentences("Shares fell at Apple Inc. But they recovered."));
    assertEquals(
        List.of("He was there (in D.C.).", "Next came Moscow."),
        sentences("He was there (in D.C.). Next came Moscow."));
  }

  @Test
  void keepsMiddleInitialInsideSentence() {
    assertEquals(
        List.of("George W. Bush met Sergei K. Shoigu in Moscow."),
        sentences("George W. Bush met Sergei K. Shoigu in Moscow."));
  }

  @Test
  void keepsDatelineWithDashInsideSentence() {
    assertEquals(
        List.of("LONDON – U.S. President Barack Obama believes talks are an important next step.",
            "MOSCOW — U.S. Secretary of State John Kerry arrived."),
        sentences("LONDON – U.S. President Barack Obama believes talks are an important next step."
            + "\n\nMOSCOW — U.S. Secretary of State John Kerry arrived."));
  }

  @Test
  void attachesShortParentheticalToPreviousSentence() {
    assertEquals(
        List.of("Josh Earnest speaks in Washington, DC. (AFP photo)", "The talks went on."),
        sentences("Josh Earnest speaks in Washington, DC. (AFP photo)\n\nThe talks went on."));
    // A parenthesised sentence is a sentence.
    assertEquals(
        List.of("He left.", "(He later returned.)"),
        sentences("He left. (He later returned.)"));
  }

  @Test
  void keepsClosingQuoteWithSentenceItCloses() {
    assertEquals(
        List.of("“ISIL needs to be destroyed, stopped completely.”", "Next steps follow."),
        sentences("“ISIL needs to be destroyed, stopped completely.” Next steps follow."));
    assertEquals(
        List.of("He said \"Stop now.\"", "Then he went."),
        sentences("He said \"Stop now.\" Then he went."));
    // A wrong opening mark used as a closer still closes.
    assertEquals(
        List.of("“We act with respect to Syria.“", "He added more."),
        sentences("“We act with respect to Syria.“ He added more."));
  }

  @Test
  void keepsQuotationWithItsAttribution() {
    assertEquals(
        List.of("“We share the same deep concern about ISIL,” Kerry told Channel 4 News on Friday.",
            "“ISIL needs to be destroyed.”"),
        sentences("“We share the same deep concern about ISIL,” Kerry told Channel 4 News on "
            + "Friday."
            + " “ISIL needs to be destroyed.”"));
    assertEquals(
        List.of("“Why now?” Kerry asked.", "“Because it matters!”", "He left."),
        sentences("“Why now?” Kerry asked. “Because it matters!” He left."));
    assertEquals(
        List.of("“Obviously our focus remains on a settlement with Syria“, he added."),
        sentences("“Obviously our focus remains on a settlement with Syria“, he added."));
  }

  @Test
  void keepsPeriodAfterClosingQuote() {
    assertEquals(
        List.of("Talks would \"help define next steps in Syria\".", "Russia agreed."),
        sentences("Talks would \"help define next steps in Syria\". Russia agreed."));
  }

  @Test
  void joinsQuotationRunningAcrossParagraphBreak() {
    String text = "\"Our focus cannot be achieved with the presence of\n\n"
        + "[President Bashar] Assad,\" Kerry told reporters. \"We're looking for common ground.\"";
    assertEquals(
        List.of(new TextRange(0, 100), new TextRange(101, 135)),
        splitter.split(text));
    assertEquals(
        List.of("\"Our focus cannot be achieved with the presence of\n\n"
                + "[President Bashar] Assad,\" Kerry told reporters.",
            "\"We're looking for common ground.\""),
        sentences(text));
  }

  @Test
  void breaksAtParagraphEndingWithTerminalPunctuationInsideQuotation() {
    assertEquals(
        List.of("“ISIL needs to be destroyed, stopped completely.",
            "“The conversations with Russia right now are to de-conflict.”"),
        sentences("“ISIL needs to be destroyed, stopped completely.\n\n"
            + "“The conversations with Russia right now are to de-conflict.”"));
  }

  @Test
  void breaksAtParagraphEndWithoutOpenQuotation() {
    assertEquals(
        List.of("Kerry said that", "the talks went well."),
        sentences("Kerry said that\n\nthe talks went well."));
  }

  @Test
  void treatsEveryLineAsParagraph() {
    assertEquals(
        List.of("Kerry: Assad must step down", "US Seeks Military Talks", "He spoke.", "She left."),
        sentences(
            "Kerry: Assad must step down\nUS Seeks Military Talks\r\nHe spoke.\n\n\nShe left."));
  }

  @Test
  void doesNotBreakBeforeLowercaseWord() {
    assertEquals(List.of("Yes... no, not really."), sentences("Yes... no, not really."));
    assertEquals(List.of("“Why?” asked Kerry."), sentences("“Why?” asked Kerry."));
  }

  @Test
  void returnsTrimmedOffsetsIntoOriginalText() {
    assertEquals(
        List.of(new TextRange(2, 12), new TextRange(14, 25), new TextRange(28, 36)),
        splitter.split("  First one.  Second one.\n\n\u00A0Headline\u00A0\n"));
  }

  @Test
  void returnsNoSentenceForBlankText() {
    assertEquals(List.of(), splitter.split(""));
    assertEquals(List.of(), splitter.split(" \n\n\t\u00A0\u2029 "));
  }

  @Test
  void passesOtherScriptsThrough() {
    assertEquals(List.of("Он сказал.", "Потом ушёл."), sentences("Он сказал. Потом ушёл."));
    assertEquals(List.of("他说。", "“然后走了。”", "好"), sentences("他说。“然后走了。”好"));
    assertEquals(List.of("قال ذلك.", "ثم ذهب."), sentences("قال ذلك. ثم ذهب."));
  }

  @Test
  void keepsShoiguSentenceOfSeed004Whole() throws IOException {
    List<String> sentences = sentences(seed("004"));
    assertEquals(
        "Shortly after Kerry spoke, the Pentagon announced that Defense Secretary Ash Carter had "
            + "spoken by telephone with Sergei K. Shoigu, the Russian minister of defense.",
        sentenceWith(sentences, "Shoigu"));
    assertEquals(
        "“Obviously our focus remains on destroying ISIL (Islamic State) and also on a political "
            + "settlement with respect to Syria“, he added.",
        sentenceWith(sentences, "Obviously"));
    assertEquals(
        List.of("Carter told his Russian colleague that “defeating ISIL and ensuring a political "
                + "transition are objectives that need to be pursued at the same time”.",
            "Both the secretary and the minister agreed to continue their dialogue."),
        sentences.subList(6, 8));
    assertEquals(15, sentences.size());
  }

  @Test
  void joinsParagraphSpanningQuotationOfSeed002() throws IOException {
    List<String> sentences = sentences(seed("002"));
    assertEquals(
        "\"Our focus remains on destroying Islamic State militants and also on a political "
            + "settlement with respect to Syria, which we believe cannot be achieved with the "
            + "long-term presence of\n\n[President Bashar] Assad,\" Kerry told reporters.",
        sentenceWith(sentences, "Our focus"));
    assertEquals(
        "\"We're looking for ways in which to find a common ground.\"",
        sentenceWith(sentences, "common ground"));
    assertEquals(
        "LONDON – U.S. President Barack Obama believes that holding military talks with Russia on "
            + "Syria is an important next step and hopes they will take place very shortly, "
            + "Secretary of State John Kerry said on Friday.",
        sentenceWith(sentences, "LONDON"));
    assertEquals(
        "At a meeting in London with United Arab Emirates Foreign Minister Abdullah bin Zayed, "
            + "Kerry said the U.S. president hoped that talks would \"help define some of the "
            + "different options available to us as we consider next steps in Syria\".",
        sentenceWith(sentences, "help define"));
    assertEquals("U.S. Secretary of State John Kerry", sentenceWith(sentences, "U.S. Secretary"));
  }

  @Test
  void breaksQuotedParagraphsOfSeed000() throws IOException {
    List<String> sentences = sentences(seed("000"));
    assertEquals(
        "“We share the same deep concern about ISIL,” Kerry told Channel 4 News on Friday.",
        sentenceWith(sentences, "deep concern"));
    assertEquals(
        "“ISIL needs to be destroyed, stopped completely.",
        sentenceWith(sentences, "stopped completely"));
    assertEquals(
        "“The conversations with Russia right now are to de-conflict.",
        sentenceWith(sentences, "The conversations"));
  }

  @Test
  void attachesPhotoCreditsOfSeed003() throws IOException {
    List<String> sentences = sentences(seed("003"));
    assertEquals(
        "White House Press Secretary Josh Earnest listens to a question during a daily press "
            + "briefing at the White House in Washington, DC. (AFP file photo)",
        sentenceWith(sentences, "AFP file photo"));
    assertEquals(
        "US Secretary of State John Kerry speaks at the State Department in Washington, DC, on "
            + "September 17, 2015. (AFP photo)",
        sentenceWith(sentences, "(AFP photo)"));
    assertEquals(
        List.of("Syria has been gripped by deadly violence since March 2011.",
            "More than 230,000 people have reportedly been killed and millions displaced due to "
                + "the violence mainly fueled by the foreign-sponsored militants."),
        sentences.subList(21, 23));
  }

  @Test
  void keepsInvariantsOnEverySeed() throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds =
          files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    assertTrue(seeds.size() >= 5, "seeds found: " + seeds);
    for (Path seed : seeds) {
      String text = Files.readString(seed);
      assertInvariants(text, splitter.split(text));
    }
  }

  @Test
  void splitsOneMegabyteOfNewsAsItsPartsSplit() throws IOException {
    List<String> seeds = List.of(seed("000"), seed("001"), seed("002"), seed("003"), seed("004"));
    StringBuilder sb = new StringBuilder();
    int expectedCount = 0;
    for (int i = 0; sb.length() < ONE_MB; i++) {
      String seed = seeds.get(i % seeds.size());
      sb.append(seed).append("\n\n");
      expectedCount += splitter.split(seed).size();
    }
    String text = sb.toString();
    List<TextRange> ranges =
        splitter.split(text);
    assertInvariants(text, ranges);
    // No seed ends inside an open quotation, so the copies split exactly as the seeds do.
    assertEquals(expectedCount, ranges.size());
  }

  @Test
  void cutsAMegabyteSentenceWithoutPunctuationIntoBoundedPieces() {
    String text = "word ".repeat(ONE_MB / 5).trim();
    assertBoundedPieces(text, splitter.split(text));
    String noSpaces = "x".repeat(ONE_MB);
    List<TextRange> hard = splitter.split(noSpaces);
    assertBoundedPieces(noSpaces, hard);
    assertEquals(new TextRange(0, SentenceSplitter.MAX_SENTENCE), hard.get(0));
  }

  /**
   * A "sentence" longer than {@link SentenceSplitter#MAX_SENTENCE} comes in pieces of at most that
   * length, cut at whitespace where there is some, covering the text with nothing but whitespace between.
   */
  private static void assertBoundedPieces(String text, List<TextRange> ranges) {
    assertTrue(ranges.size() > 1, "cut into pieces");
    int at = 0;
    for (TextRange r : ranges) {
      assertTrue(r.end() - r.start() <= SentenceSplitter.MAX_SENTENCE, r.toString());
      assertTrue(text.substring(at, r.start()).isBlank(), "only whitespace before " + r);
      at = r.end();
    }
    assertEquals(text.length(), at);
  }

  @Test
  void cutsAMegabyteTokenFullOfPeriodsIntoBoundedPieces() {
    // OpenNLP alone is quadratic here: it scans to the token end from every period.
    String text = "a.".repeat(ONE_MB / 2);
    assertBoundedPieces(text, splitter.split(text));
  }

  @Test
  void splitsAMegabyteOfModelDecidedCandidates() {
    // Every "Ab." is a candidate only OpenNLP can decide: the worst case for the model calls.
    String text = "Ab. ".repeat(ONE_MB / 4).trim();
    List<TextRange> ranges =
        splitter.split(text);
    assertInvariants(text, ranges);
    assertEquals(ONE_MB / 4, ranges.size());
    assertEquals(new TextRange(4, 7), ranges.get(1));
  }

  @Test
  void givesSameResultsFromConcurrentThreads() throws Exception {
    List<String> texts = List.of(seed("000"), seed("001"), seed("002"), seed("003"), seed("004"));
    SentenceSplitter own = new SentenceSplitter();
    List<List<TextRange>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(own.split(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TextRange>>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String t = texts.get(i % texts.size());
        futures.add(pool.submit(() -> own.split(t)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharesOneInstance() {
    assertSame(SentenceSplitter.shared(), SentenceSplitter.shared());
  }
}

package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.text.TextRange;

/** Grouping the same quotation across outlets, and how each rendering differs. */
class QuoteAlignerTest {

  private static List<QuoteGroup> seedGroups;

  @BeforeAll
  static void groupSeeds() {
    seedGroups = new QuoteAligner().group(new QuotationExtractor().extractAll(Seeds.articles()));
  }

  private static List<QuoteGroup> shared() {
    return seedGroups.stream().filter(QuoteGroup::isShared).toList();
  }

  private static String describe(QuoteGroup g) {
    StringBuilder b = new StringBuilder(g.speaker() + ":");
    for (QuoteOccurrence o : g.occurrences()) {
      b.append(' ').append(o.quotation().articleId(), 0, 3).append('=')
          .append(o.match().jsonName());
    }
    return b.toString();
  }

  @Test
  void findsTheThreeQuotationsTheSeedsShare() {
    assertEquals(
        List.of("Josh Earnest: 000=verbatim 003=verbatim",
            "John Kerry: 002=verbatim 004=altered",
            "State Department: 003=verbatim 004=partial"),
        shared().stream().map(QuoteAlignerTest::describe).toList());
  }

  @Test
  void putsEveryQuotationInExactlyOneGroupWithStableIds() {
    int occurrences = 0;
    for (int i = 0; i < seedGroups.size(); i++) {
      assertEquals("q" + (i + 1), seedGroups.get(i).id());
      occurrences += seedGroups.get(i).occurrences().size();
    }
    assertEquals(43, occurrences);
    assertEquals(40, seedGroups.size());
    List<QuoteGroup> again =
        new QuoteAligner().group(new QuotationExtractor().extractAll(Seeds.articles()));
    assertEquals(seedGroups, again);
  }

  @Test
  void recordsTheWordsAnOutletChangedInKerrysQuotation() {
    QuoteGroup kerry = shared().get(1);
    QuoteOccurrence reference = kerry.referenceOccurrence();
    assertEquals(Seeds.MOSCOW_TIMES, reference.quotation().articleId());
    assertEquals(Match.VERBATIM, reference.match());
    List<String> changes = kerry.changes().stream()
        .map(c -> c.kind().jsonName() + " [" + c.reference() + "] -> [" + c.variant() + "]")
        .toList();
    assertEquals(
        List.of("insert [null] -> [Obviously]",
            "replace [Islamic State militants] -> [ISIL (Islamic State)]"),
        changes);
    for (WordChange c : kerry.changes()) {
      assertEquals(Seeds.WSJ_DIGEST, c.articleId());
      assertEquals(c.variant(), c.variantSpan().of(Seeds.article(Seeds.WSJ_DIGEST).text()));
      if (c.referenceSpan() != null) {
        assertEquals(c.reference(),
            c.referenceSpan().of(Seeds.article(Seeds.MOSCOW_TIMES).text()));
      }
    }
  }

  @Test
  void marksAnExcerptOfALongerQuotationAsPartial() {
    QuoteGroup g = shared().get(2);
    assertEquals("risks exacerbating and extending the conflict",
        g.occurrences().get(1).quotation().text());
    assertEquals(List.of(), g.changes());
  }

  private static int offset;

  private static Quotation q(String article, String text, String speaker) {
    int start = offset;
    offset += text.length() + 10;
    return new Quotation(article, new TextRange(start + 1, start + 1 + text.length()),
        new TextRange(start, start + text.length() + 2), text, speaker, null, null, null);
  }

  @Test
  void treatsCaseMarksSpacingAndAbbreviationsAsTheSameWords() {
    List<QuoteGroup> groups = new QuoteAligner().group(List.of(
        q("a", "The U.S. won’t   back down.", "Jane Doe"),
        q("b", "the US won't back down", null)));
    assertEquals(1, groups.size());
    assertEquals(List.of(Match.VERBATIM, Match.VERBATIM),
        groups.get(0).occurrences().stream().map(QuoteOccurrence::match).toList());
  }

  @Test
  void groupsBothHalvesOfAnInterruptedQuotationWithTheWholeOne() {
    List<QuoteGroup> groups = new QuoteAligner().group(List.of(
        q("a", "We will not leave", "Angela Merkel"),
        q("a", "until the job is done and the plant is safe", "Angela Merkel"),
        q("b", "We will not leave until the job is done and the plant is safe", "Angela Merkel")));
    assertEquals(1, groups.size());
    assertEquals(List.of(Match.PARTIAL, Match.PARTIAL, Match.VERBATIM),
        groups.get(0).occurrences().stream().map(QuoteOccurrence::match).toList());
    assertEquals(2, groups.get(0).reference());
  }

  @Test
  void keepsApartQuotationsThatShareOnlyAFewWords() {
    List<QuoteGroup> groups = new QuoteAligner().group(List.of(
        q("a", "military-to-military conversation", "John Kerry"),
        q("b", "military-to-military deconfliction", "John Kerry"),
        q("c", "the United States and Russia must cooperate on Syria", null),
        q("d", "the United States and Russia are rivals in Syria", null)));
    assertEquals(4, groups.size());
  }

  @Test
  void requiresCompatibleSpeakersForAnAlteredQuotation() {
    String a = "our focus remains on destroying the militants and on a settlement in Syria";
    String b = "obviously our focus remains on destroying ISIL and on a political settlement";
    assertEquals(2, new QuoteAligner().group(
        List.of(q("a", a, "John Kerry"), q("b", b, "Sergey Lavrov"))).size());
    assertEquals(1, new QuoteAligner().group(
        List.of(q("a", a, "John Kerry"), q("b", b, "John Kerry"))).size());
    assertEquals(1, new QuoteAligner().group(
        List.of(q("a", a, "John Kerry"), q("b", b, null))).size());
  }

  @Test
  void groupsAOneWordQuotationOnlyWithTheSameSpeaker() {
    assertEquals(1, new QuoteAligner().group(
        List.of(q("a", "constructive", "John Kerry"), q("b", "constructive,", "John Kerry")))
        .size());
    assertEquals(2, new QuoteAligner().group(
        List.of(q("a", "constructive", "John Kerry"), q("b", "constructive", null))).size());
  }

  @Test
  void scalesToThousandsOfQuotations() {
    Random random = new Random(7);
    String[] vocabulary = new String[2000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + Integer.toString(i, 36);
    }
    List<Quotation> quotes = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 25; w++) {
        b.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      quotes.add(q(String.format(Locale.ROOT, "a%04d", i % 500), b.toString(), null));
    }
    // The same quotation in two more outlets, one of them an excerpt.
    String repeated = quotes.get(0).text();
    quotes.add(q("b0001", repeated, null));
    quotes.add(q("b0002", repeated.substring(0, repeated.indexOf(' ', repeated.length() / 2)),
        null));
    List<QuoteGroup> groups = new QuoteAligner().group(quotes);
    List<QuoteGroup> multi = groups.stream().filter(g -> g.occurrences().size() > 1).toList();
    assertEquals(1, multi.size());
    assertEquals(3, multi.get(0).occurrences().size());
    assertTrue(multi.get(0).occurrences().stream().anyMatch(o -> o.match() == Match.PARTIAL));
    assertFalse(groups.isEmpty());
  }
}

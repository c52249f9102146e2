package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.corpus.Article;

/** One canonical name per speaker across a corpus. */
class SpeakerNamesTest {

  private final QuotationExtractor extractor = new QuotationExtractor();

  private SpeakerNames names(List<Article> articles) {
    List<Quotation> raw = new ArrayList<>();
    for (Article a : articles) {
      raw.addAll(extractor.extract(a));
    }
    return SpeakerNames.build(articles, raw);
  }

  @Test
  void unifiesTheSeedSpeakers() {
    Map<String, String> forms = names(Seeds.articles()).forms();
    assertEquals("John Kerry", forms.get("Kerry"));
    assertEquals("John Kerry", forms.get("John Kerry"));
    assertEquals("Sergey Lavrov", forms.get("Sergei Lavrov"));
    assertEquals("Sergey Lavrov", forms.get("Sergey Lavrov"));
    assertEquals("Ash Carter", forms.get("Ashton Carter"));
    assertEquals("Ash Carter", forms.get("Ash Carter"));
    assertEquals("Josh Earnest", forms.get("Josh Earnest"));
    assertEquals("State Department", forms.get("State Department"));
    assertEquals("US official", forms.get("US official"));
  }

  @Test
  void stripsTitlesFromAnyForm() {
    SpeakerNames names = names(Seeds.articles());
    assertEquals("John Kerry", names.canonical("US Secretary of State John Kerry"));
    assertEquals("John Kerry", names.canonical("Secretary Kerry"));
    assertEquals("John Kerry", names.canonical("U.S. Secretary of State John Kerry"));
    assertEquals("Josh Earnest", names.canonical("White House Press Secretary Josh Earnest"));
    assertEquals("Josh Earnest", names.canonical("Earnest"));
    assertEquals("Ash Carter", names.canonical("US Defense Secretary Ashton Carter"));
    assertEquals("Sergey Lavrov", names.canonical("Russian Foreign Minister Sergei Lavrov"));
    assertNull(names.canonical(null));
  }

  @Test
  void joinsSpellingVariantsButNotOtherFirstNames() {
    List<Article> corpus = List.of(
        Seeds.article("a", "Foreign Minister Sergei Lavrov spoke. “We agree,” Lavrov said. "
            + "George Bush visited too. “Fine,” Bush said."),
        Seeds.article("b", "Sergey Lavrov arrived. “We disagree,” Sergey Lavrov said."),
        Seeds.article("c", "Jeb Bush spoke. “No,” Jeb Bush said."));
    List<Quotation> quotes = extractor.extractAll(corpus);
    assertEquals(List.of("Sergey Lavrov", "George Bush", "Sergey Lavrov", "Jeb Bush"),
        quotes.stream().map(Quotation::speaker).toList());
  }

  @Test
  void resolvesARoleAgainstTitlesElsewhereInTheCorpus() {
    List<Article> corpus = List.of(
        Seeds.article("a", "Russian Foreign Minister Sergei Lavrov met Kerry. “We agree,” "
            + "Lavrov said."),
        Seeds.article("b", "“We will see,” the Russian foreign minister said. “Maybe,” a US "
            + "official said."));
    List<Quotation> quotes = extractor.extractAll(corpus);
    assertEquals(List.of("Sergei Lavrov", "Sergei Lavrov", "US official"),
        quotes.stream().map(Quotation::speaker).toList());
  }

  @Test
  void unifiesSpellingsOfARole() {
    List<Article> corpus = List.of(
        Seeds.article("a", "“Yes,” a U.S. official said."),
        Seeds.article("b", "“No,” the US official said."),
        Seeds.article("c", "“Maybe,” a US official said."));
    assertEquals(List.of("US official", "US official", "US official"),
        extractor.extractAll(corpus).stream().map(Quotation::speaker).toList());
  }

  @Test
  void aRoleGoesBackToItsArticlesEarlierFullerRoleBeforeTheCorpus() {
    // Article b names a spokesman; article a's "the spokesman" is the ministry's it spoke of before.
    List<Article> corpus = List.of(
        Seeds.article("a", "“The border stays open,” a ministry spokesman said on Monday. “Trucks will pass,” "
            + "the spokesman said. “We have no word,” an official said. “Nothing yet,” the official said."),
        Seeds.article("b", "“We were not consulted,” said Ann Roe, spokesman for the drivers' union."));
    assertEquals(List.of("ministry spokesman", "ministry spokesman", "official", "official", "Ann Roe"),
        extractor.extractAll(corpus).stream().map(Quotation::speaker).toList());
  }

  @Test
  void anIndefiniteRoleIsSomeoneNew() {
    List<Article> corpus = List.of(
        Seeds.article("a", "“We held the line,” a senior officer said. “It was chaos,” said an officer."));
    assertEquals(List.of("senior officer", "officer"),
        extractor.extractAll(corpus).stream().map(Quotation::speaker).toList());
  }
}

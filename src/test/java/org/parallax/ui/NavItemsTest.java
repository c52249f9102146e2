package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavItemsTest {

  private final List<NavItem> items = NavItems.of(Story.analysis());

  private NavItem item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void listsSharedQuotationsFirstThenFactsDivergencesLabelsHedgesAndUniqueSentences() {
    assertEquals(
        List.of("q1", "q2", "f1", "f2", "d1", "d2", "r1", "r2", "h1", "h2", "u1"),
        items.stream().map(NavItem::id).toList());
  }

  @Test
  void aQuotationIsNamedByItsFullestVerbatimWordingAndSaysWhoAlteredIt() {
    NavItem q1 = item("q1");
    assertEquals("“our focus remains on destroying Islamic State militants”", q1.title());
    assertEquals("q1 · John Kerry · 2 outlets · 1 altered", q1.detail());
    assertEquals(List.of("altered", "verbatim"), q1.passages().stream().map(NavItem.Passage::tag).toList());
    assertEquals(
        List.of(
            "Quotation of John Kerry (altered), also carried by The Moscow Times",
            "Quotation of John Kerry (verbatim), also carried by Fars News (altered)",
            "In John Kerry's quotation, The Moscow Times has 'Islamic State militants' where Fars News has 'Takfiri terrorists'"),
        q1.notes());
    assertEquals("q2 · Sergei Lavrov · only Press TV", item("q2").detail());
  }

  @Test
  void aFactSaysWhoReportsItAndWhoLeavesItOut() {
    NavItem f2 = item("f2");
    assertEquals("f2 · reported by 2 of 3 · similarity 0.83", f2.detail());
    assertEquals(List.of("Same fact reported by Fars News, The Moscow Times; not reported by Press TV"), f2.notes());
  }

  @Test
  void aDivergenceNamesTheOutletsOnItsSidesBeforeWhatItIsAbout() {
    // Divergences about one referent share the start of their titles; the outlets tell them apart.
    assertEquals("d1 · label · Fars News / The Moscow Times · about r1", item("d1").detail());
    assertEquals("d2 · quote-alteration · The Moscow Times / Fars News · about q1", item("d2").detail());
  }

  @Test
  void aReferentListsItsLoadedLabelsFirst() {
    NavItem r1 = item("r1");
    assertEquals("Islamic State", r1.title());
    assertEquals("r1 · group · Takfiri terrorists / Islamic State militants", r1.detail());
    assertEquals(List.of("loaded", ""), r1.passages().stream().map(NavItem.Passage::tag).toList());
    assertEquals(
        List.of(
            "Label for Islamic State: 'Takfiri terrorists' — The Moscow Times writes 'Islamic State militants'",
            "Fars News calls Islamic State 'Takfiri terrorists'; The Moscow Times calls it 'Islamic State militants'"),
        r1.notes());
  }

  @Test
  void hedgesAndUniqueSentencesGetNumberedIdsAndTheirHighlightNotes() {
    assertEquals("“Reportedly”", item("h1").title());
    assertEquals("Fars News", item("h1").detail());
    assertEquals(List.of("Hedge or attribution: 'Reportedly'"), item("h1").notes());
    assertEquals("The weather was fine.", item("u1").title());
    assertEquals("only Fars News", item("u1").detail());
    assertEquals(List.of("Only Fars News reports this"), item("u1").notes());
  }

  @Test
  void longWordingIsShortenedAtAWord() {
    assertEquals("word ".repeat(18).trim() + "…", NavItems.shorten("word ".repeat(30)));
    assertEquals("two lines", NavItems.shorten("two\n  lines"));
  }

  @Test
  void loadedWordingShownByDefaultIsListedStrongestFirstWithItsOutletAndTheOthersWording() {
    org.parallax.analysis.Analysis story = Story.analysis();
    int sent = Story.PRESS_TEXT.indexOf("sent");
    int tanks = Story.PRESS_TEXT.indexOf("tanks");
    org.parallax.analysis.Span other = new org.parallax.analysis.Span("a1", 0, 5, Story.FARS_TEXT.substring(0, 5));
    List<org.parallax.analysis.Wording> wording = List.of(
        new org.parallax.analysis.Wording("a3", sent, sent + 4, "sent", "loaded-verb", "send", 0.75, true, "verb of doing", List.of()),
        new org.parallax.analysis.Wording("a3", tanks, tanks + 5, "tanks", "label", "tank", 0.95, true, "label; Fars News writes it otherwise",
            List.of(other)),
        new org.parallax.analysis.Wording("a3", 0, 6, "Lavrov", "intensifier", "lavrov", 0.35, false, "alone", List.of()));
    org.parallax.analysis.Analysis a = new org.parallax.analysis.Analysis(story.schema(), story.corpus(), story.articles(), story.quotes(),
        story.facts(), story.referents(), story.divergences(), story.hedges(), story.unique(), story.problems(), story.hedgeCues(),
        story.outlets(), story.proposedTerms(), wording);
    List<NavItem> listed = NavItems.of(a).stream().filter(i -> i.category() == NavItem.Category.WORDING).toList();
    assertEquals(List.of("w1", "w2"), listed.stream().map(NavItem::id).toList());
    assertEquals("“tanks” · label", listed.get(0).title());
    assertEquals("Press TV · strength 0.95 · others: " + other.text(), listed.get(0).detail());
    assertEquals("“sent” · loaded-verb", listed.get(1).title());
    assertEquals(List.of(0.95, 0.75), listed.stream().map(NavItem::strength).toList());
    assertEquals(List.of("Loaded label 'tanks' (strength 0.95): label; Fars News writes it otherwise"), listed.get(0).notes());
  }
  @Test
  void aReferentsPronounsAreAmongItsPassagesInTextOrderTaggedAsPronouns() {
    org.parallax.analysis.Analysis s = Story.analysis();
    List<org.parallax.analysis.Referent> referents = new java.util.ArrayList<>(s.referents());
    org.parallax.analysis.Referent kerry = referents.get(1);
    org.parallax.analysis.Referent.Mention first = kerry.mentions().get(0);
    org.parallax.analysis.Referent.Mention he = new org.parallax.analysis.Referent.Mention(
        first.article(), first.end() + 1, first.end() + 5, "said", false, "points back to 'Kerry'");
    referents.set(1, new org.parallax.analysis.Referent(kerry.id(), kerry.name(), kerry.kind(), kerry.mentions(), List.of(he)));
    org.parallax.analysis.Analysis with = new org.parallax.analysis.Analysis(s.schema(), s.corpus(), s.articles(), s.quotes(),
        s.facts(), referents, s.divergences(), s.hedges(), s.unique(), s.problems(), s.hedgeCues(), s.outlets(),
        s.proposedTerms(), s.wording());
    NavItem r2 = NavItems.of(with).stream().filter(i -> i.id().equals("r2")).findFirst().orElseThrow();
    assertEquals(List.of("", "pronoun · points back to 'Kerry'", "", ""), r2.passages().stream().map(NavItem.Passage::tag).toList());
    assertEquals("r2 · person · Kerry", r2.detail(), "a pronoun is no label");
  }
}

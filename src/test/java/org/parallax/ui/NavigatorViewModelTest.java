package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.ui.NavigatorViewModel.Filter;

class NavigatorViewModelTest {

  private final NavigatorViewModel model = new NavigatorViewModel();

  @BeforeEach
  void load() {
    model.setItems(NavItems.of(Story.analysis()));
  }

  private List<String> listed() {
    return model.filtered().stream().map(NavItem::id).toList();
  }

  private String selected() {
    return model.selected().get() == null ? null : model.selected().get().id();
  }

  @Test
  void quotationsOnlyOneOutletCarriesAreListedOnRequest() {
    assertEquals(List.of("q1", "f1", "f2", "d1", "d2", "r1", "r2", "h1", "h2", "u1"), listed());
    assertEquals("10 items (of 11)", model.position().get());
    model.singleOutletQuotations().set(true);
    assertEquals(11, listed().size());
    assertEquals("q2", listed().get(1));
  }

  @Test
  void nextAndPreviousStepThroughTheListAndWrapAround() {
    model.next();
    assertEquals("q1", selected());
    assertEquals("1 of 10 items", model.position().get());
    model.next();
    assertEquals("f1", selected());
    model.previous();
    model.previous();
    assertEquals("u1", selected());
    assertEquals("10 of 10 items", model.position().get());
    model.next();
    assertEquals("q1", selected());
  }

  @Test
  void filteringToFactsStepsThroughTheFacts() {
    model.filter().set(Filter.FACTS);
    assertEquals(List.of("f1", "f2"), listed());
    model.next();
    model.next();
    assertEquals("f2", selected());
    model.next();
    assertEquals("f1", selected());
  }

  @Test
  void searchMatchesIdsTitlesNotesAndPassages() {
    model.search().set("f2");
    assertEquals(List.of("f2"), listed());
    model.search().set("TANKS");
    assertEquals(List.of("f1"), listed());
    model.search().set("kerry");
    assertEquals(List.of("q1", "f2", "d2", "r2"), listed());
    model.search().set("nothing like this");
    assertEquals(List.of(), listed());
    assertEquals("0 items (of 11)", model.position().get());
  }

  @Test
  void clickingSelectsTheMostSpecificHighlightedItemThere() {
    // "Takfiri terrorists" (a1, 44-62): inside the quotation q1 and the fact f2, and the label r1.
    assertEquals("r1", model.selectAt("a1", 50).orElseThrow().id());
    // "Kerry" (a1, 0-5) is a mention of r2; just after it only the fact f2 covers the place.
    assertEquals("r2", model.selectAt("a1", 3).orElseThrow().id());
    assertEquals("f2", model.selectAt("a1", 8).orElseThrow().id());
    assertEquals("h1", model.selectAt("a1", 80).orElseThrow().id());
    assertEquals("u1", model.selectAt("a1", 130).orElseThrow().id());
    // A quotation only Press TV carries is not highlighted, so a click there selects nothing.
    assertTrue(model.selectAt("a3", 75).isEmpty());
    assertEquals("u1", selected());
  }

  @Test
  void selectingAnItemTheFilterHidesClearsTheFilter() {
    model.filter().set(Filter.FACTS);
    model.search().set("tanks");
    model.selectAt("a2", 115);
    assertEquals("h2", selected());
    assertEquals(Filter.ALL, model.filter().get());
    assertEquals("", model.search().get());
    assertEquals("9 of 10 items", model.position().get());
  }

  @Test
  void selectingASingleOutletQuotationByIdListsThoseQuotations() {
    assertTrue(model.select("q2"));
    assertTrue(model.singleOutletQuotations().get());
    assertEquals("2 of 11 items", model.position().get());
  }

  @Test
  void aNewAnalysisClearsTheSelection() {
    model.select("f1");
    model.setItems(NavItems.of(Story.analysis()));
    assertNull(model.selected().get());
  }

  @Test
  void theOutletFilterListsOnlyTheItemsOneOutletsArticlesCarry() {
    model.setOutlets(java.util.Map.of("a1", "Fars News", "a2", "The Moscow Times", "a3", "Press TV"));
    assertEquals(List.of(NavigatorViewModel.ALL_OUTLETS, "Fars News", "Press TV", "The Moscow Times"), model.outlets());
    model.setOutlets(java.util.Map.of("a1", "Fars News", "a2", "The Moscow Times", "a3", "bbc.co.uk"));
    assertEquals(List.of(NavigatorViewModel.ALL_OUTLETS, "bbc.co.uk", "Fars News", "The Moscow Times"), model.outlets());
    model.setOutlets(java.util.Map.of("a1", "Fars News", "a2", "The Moscow Times", "a3", "Press TV"));
    model.outlet().set("Press TV");
    List<String> press = listed();
    assertTrue(!press.contains("q1"), "Kerry's quotation is not in Press TV: " + press);
    Story.analysis().facts().stream().filter(f -> f.members().stream().anyMatch(m -> m.article().equals("a3")))
        .forEach(f -> assertTrue(press.contains(f.id()), f.id() + " missing from " + press));
    assertTrue(press.size() < 10, press.toString());
    // A new corpus without that outlet lists every outlet's items again.
    model.setOutlets(java.util.Map.of("a1", "Fars News"));
    assertEquals(NavigatorViewModel.ALL_OUTLETS, model.outlet().get());
    assertEquals(10, listed().size());
  }

  @Test
  void theStrengthFilterListsOnlyWordingAtLeastThatStrong() {
    NavItem strong = new NavItem("w1", NavItem.Category.WORDING, "“slammed” · loaded-verb", "", List.of(), List.of(), 0.95);
    NavItem weak = new NavItem("w2", NavItem.Category.WORDING, "“fierce” · subjective", "", List.of(), List.of(), 0.6);
    List<NavItem> all = new java.util.ArrayList<>(NavItems.of(Story.analysis()));
    all.add(strong);
    all.add(weak);
    model.setItems(all);
    assertTrue(listed().containsAll(List.of("w1", "w2", "q1")));
    model.minStrength().set(0.9);
    assertEquals(List.of("w1"), listed());
    model.minStrength().set(0);
    assertTrue(listed().containsAll(List.of("w1", "w2", "q1")));
  }
}

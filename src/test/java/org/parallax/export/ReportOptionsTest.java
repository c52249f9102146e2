package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.OutletGroups;
import org.parallax.analysis.OutletProfile;

class ReportOptionsTest {

  private static final String MOSCOW_TIMES = "002_17b3dee94d847ef4";
  private static final String PRESS_TV = "003_3a3cfc992890462a";
  private static Analysis seeds;

  @BeforeAll
  static void analyse(@TempDir Path dir) throws Exception {
    // The seeds, with 001 credited to Press TV as well: an outlet of two articles.
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("parallax.json"), "{\"articles\": {\"001_202df9670cb2560d.txt\": {\"outlet\": \"Press TV\"}},"
        + " \"outlets\": {\"Press TV\": \"Iran, state-owned\"}}");
    seeds = org.parallax.analysis.AnalysisInvariants.check(new Analyzer().analyze(dir));
  }

  @Test
  void choosingArticlesKeepsTheirHedgeCuesAndEachOutletsProfileOfTheChosenArticlesInItsGroup() {
    Analysis chosen = ReportOptions.all().withArticles(List.of(MOSCOW_TIMES, PRESS_TV)).select(seeds);
    assertFalse(chosen.hedgeCues().isEmpty());
    assertTrue(chosen.hedgeCues().stream().map(Hedge::article).allMatch(Set.of(MOSCOW_TIMES, PRESS_TV)::contains));
    long pressHedges = seeds.hedgeCues().stream().filter(h -> h.article().equals(PRESS_TV)).count();
    assertEquals(pressHedges, chosen.hedgeCues().stream().filter(h -> h.article().equals(PRESS_TV)).count());
    // The Moscow Times has one article, chosen: its profile as it was. Press TV two, of which only 003 is
    // chosen: a profile of 003 alone, still in Press TV's group. Al-Alam's article is not chosen.
    assertEquals(List.of("Press TV", "The Moscow Times"), chosen.outlets().stream().map(OutletProfile::outlet).sorted().toList());
    OutletProfile moscow = chosen.outlets().stream().filter(o -> o.outlet().equals("The Moscow Times")).findFirst().orElseThrow();
    assertEquals(seeds.outlets().stream().filter(o -> o.outlet().equals("The Moscow Times")).findFirst().orElseThrow(), moscow);
    OutletProfile press = chosen.outlets().stream().filter(o -> o.outlet().equals("Press TV")).findFirst().orElseThrow();
    assertEquals("Iran, state-owned", press.group());
    assertEquals(List.of(PRESS_TV), press.articles());
    assertEquals(pressHedges, press.hedges());
    assertEquals(chosen.referents().stream().flatMap(r -> r.mentions().stream()).filter(m -> m.article().equals(PRESS_TV)).count(),
        press.mentions());
    assertEquals(List.of(new OutletGroups.Outlet("Press TV", "Iran, state-owned", List.of(PRESS_TV)),
            new OutletGroups.Outlet("The Moscow Times", null, List.of(MOSCOW_TIMES))),
        OutletGroups.outlets(ReportOptions.all().withArticles(List.of(PRESS_TV, MOSCOW_TIMES)).select(seeds)));
    assertTrue(seeds.outlets().stream().anyMatch(o -> o.outlet().equals("Press TV") && o.articles().size() == 2));
  }

  @Test
  void choosingEveryArticleKeepsEverything() {
    List<String> all = seeds.articles().stream().map(a -> a.id()).toList();
    Analysis chosen = ReportOptions.all().withArticles(all).select(seeds);
    assertEquals(seeds.outlets(), chosen.outlets());
    assertEquals(seeds.hedgeCues(), chosen.hedgeCues());
    assertEquals(seeds.proposedTerms(), chosen.proposedTerms());
  }
}

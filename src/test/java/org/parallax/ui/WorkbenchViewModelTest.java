package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Highlight;
import org.parallax.text.TextRange;

class WorkbenchViewModelTest {

  private final AppSettings settings = new AppSettings(new MemoryPreferences());
  private final WorkbenchViewModel model = new WorkbenchViewModel(new SameThreadTasks(), folder -> Story.analysis(), settings);

  WorkbenchViewModelTest() {
    model.corpus().openCorpus(Path.of("story"));
  }

  @Test
  void theEnginesProgressReachesTheWindowAndCancelReachesTheEngine() {
    List<String> seen = new java.util.ArrayList<>();
    WorkbenchViewModel[] holder = new WorkbenchViewModel[1];
    AnalysisSource engineLike = new AnalysisSource() {
      @Override
      public org.parallax.analysis.Analysis analyze(Path folder) {
        throw new AssertionError("the workbench runs the engine with progress and cancellation");
      }

      @Override
      public org.parallax.pipeline.Analyzer.Result run(
          Path folder, org.parallax.pipeline.ProgressListener progress, org.parallax.pipeline.Cancellation cancellation) {
        progress.progress(new org.parallax.pipeline.Progress("tagging", "article", 7, 11, 3, 12));
        seen.add(holder[0].corpus().progress().describe());
        holder[0].corpus().cancel();
        seen.add("cancelled: " + cancellation.isCancelled());
        return new org.parallax.pipeline.Analyzer.Result(Story.analysis(), List.of(), List.of());
      }
    };
    WorkbenchViewModel wb = new WorkbenchViewModel(new SameThreadTasks(), engineLike, settings);
    holder[0] = wb;
    wb.corpus().openCorpus(Path.of("story"));
    assertEquals(List.of("tagging: article 3 of 12", "cancelled: true"), seen);
  }

  @Test
  void anAnalysisFillsColumnsNavigatorAndTables() {
    assertEquals(List.of("a1", "a2", "a3"), model.columns().shownIds());
    assertEquals(11, model.navigator().items().size());
    assertEquals(2, model.tables().labels().size());
    assertEquals("Select an item in the navigator, or click a highlight in the text.", model.detail().subtitle().get());
  }

  @Test
  void selectingAnItemMarksItsPassageInEachArticleThatCarriesIt() {
    model.navigator().select("q1");
    assertEquals(List.of(new TextRange(12, 62)), model.currentRanges("a1"));
    assertEquals(List.of(new TextRange(12, 67)), model.currentRanges("a2"));
    assertEquals(List.of(), model.currentRanges("a3"));
    assertEquals("Quotation q1: “our focus remains on destroying Islamic State militants”", model.detail().title().get());
  }

  @Test
  void goingToAnItemInAHiddenArticleShowsItsColumn() {
    model.columns().hide("a3");
    assertTrue(model.navigate("f1", "a3"));
    assertEquals(List.of("a1", "a2", "a3"), model.columns().shownIds());
    assertEquals("a3", model.reveal().get().article());
    assertEquals("f1", model.navigator().selected().get().id());
    assertFalse(model.navigate("f99", "a1"));
  }

  @Test
  void theFirstHedgeOfAnArticleIsReachable() {
    assertTrue(model.navigateToHedges("a2"));
    assertEquals("h2", model.navigator().selected().get().id());
    assertFalse(model.navigateToHedges("a3"));
  }

  @Test
  void hoveringAMarkReadsTheNotesOfEveryMarkThere() {
    assertEquals(
        List.of("Same fact reported by Fars News, The Moscow Times, Press TV", "Hedge or attribution: 'Reportedly'"),
        model.notesAt("a1", 80));
    model.setKindShown(Highlight.Kind.HEDGE, false);
    assertEquals(List.of("Same fact reported by Fars News, The Moscow Times, Press TV"), model.notesAt("a1", 80));
    assertTrue(model.runs(Story.FARS).stream().noneMatch(r -> r.classes().contains("mark-hedge")));
  }

  @Test
  void zoomIsRememberedAndLimited() {
    model.zoomIn();
    assertEquals(15, model.zoom().get());
    assertEquals(15, settings.zoom());
    for (int i = 0; i < 20; i++) {
      model.zoomOut();
    }
    assertEquals(AppSettings.MIN_ZOOM, model.zoom().get());
    model.resetZoom();
    assertEquals(AppSettings.DEFAULT_ZOOM, settings.zoom());
    model.darkTheme().set(true);
    assertTrue(settings.darkTheme());
  }

  @Test
  void showingOnlyTheArticlesWithTheSelectedItemHidesTheOthers() {
    assertFalse(model.showOnlyArticlesOfSelected(), "nothing selected");
    assertEquals(List.of("a1", "a2", "a3"), model.columns().shownIds());
    // Quotation q1 (Kerry's) is carried by a1 and a2, not by a3.
    assertTrue(model.navigator().select("q1"));
    assertTrue(model.showOnlyArticlesOfSelected());
    assertEquals(List.of("a1", "a2"), model.columns().shownIds());
    model.columns().showAll();
    assertEquals(List.of("a1", "a2", "a3"), model.columns().shownIds());
  }
}

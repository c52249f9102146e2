package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.OverviewStory;

/** The overview's view-model without a window: computed in the background, the latest analysis wins, and what a cell says and does. */
class OverviewViewModelTest {

  private final HeldTasks tasks = new HeldTasks();
  private final WorkbenchViewModel model = new WorkbenchViewModel(tasks, folder -> OverviewStory.story(), new AppSettings(new MemoryPreferences()));
  private final OverviewViewModel vm = new OverviewViewModel(model);

  @Test
  void theOverviewIsComputedInTheBackgroundAndOnlyTheLatestAnalysisIsShown() {
    Analysis first = OverviewStory.story();
    Analysis second = OverviewStory.story();
    vm.setAnalysis(first);
    vm.setAnalysis(second);
    assertTrue(vm.pending());
    assertNull(vm.overview());
    assertEquals(2, tasks.waiting());
    tasks.finish(1); // the second arrives first
    assertFalse(vm.pending());
    var shown = vm.overview();
    tasks.finish(0); // the first arrives late: dropped
    assertTrue(shown == vm.overview());
    assertEquals(List.of("Al-Alam", "Press TV", "“Quake hits Aceh”", "Reuters", "AP"),
        vm.entries().stream().map(e -> e.row().outlet()).toList());
  }

  @Test
  void aCellSaysWhatItIsAndGoesToThePassage() {
    model.corpus().openCorpus(Path.of("story"));
    tasks.finish(0); // the analysis
    vm.setAnalysis(model.analysis().get());
    tasks.finish(0); // the overview
    int press = vm.entryOf("Press TV");
    assertEquals("Press TV (Iran, state-owned) reports fact f3 (1 of its 2 articles): “Takfiri terrorists fled”", vm.describe(press, vm.columnOf("f3")));
    assertEquals("Press TV (Iran, state-owned) calls Islamic State ‘Takfiri terrorists’ (loaded), 3 of 4 mentions; also ‘The Takfiri terrorists’ (loaded)",
        vm.describe(press, vm.columnOf("r2")));
    assertEquals("f1 · a fact 5 of 5 outlets report: “attacked.”", vm.describe(-1, vm.columnOf("f1")));
    assertTrue(vm.activate(press, vm.columnOf("r2")));
    assertEquals("r2", model.navigator().selected().get().id());
    // A row's heading shows only that outlet's articles.
    assertTrue(vm.activate(press, -1));
    assertEquals(List.of("a1", "a6"), model.columns().shownIds());
  }

  @Test
  void groupingPutsEachGroupUnderItsHeadingAndTheFilterKeepsOneGroup() {
    vm.setAnalysis(OverviewStory.story());
    tasks.finish(0);
    assertEquals(List.of(OverviewViewModel.ALL, "Iran, state-owned", "Wire", OverviewViewModel.NO_GROUP), vm.choices());
    vm.grouped().set(true);
    assertEquals(List.of("# Iran, state-owned", "Al-Alam", "Press TV", "# Wire", "Reuters", "AP", "# null", "“Quake hits Aceh”"),
        vm.entries().stream().map(e -> e.heading() ? "# " + e.group() : e.row().outlet()).toList());
    vm.shown().set("Wire");
    assertEquals(List.of("# Wire", "Reuters", "AP"), vm.entries().stream().map(e -> e.heading() ? "# " + e.group() : e.row().outlet()).toList());
    assertEquals("Group Wire: 2 outlets", vm.describe(0, -1));
  }
}

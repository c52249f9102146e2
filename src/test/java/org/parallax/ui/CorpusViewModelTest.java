package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Analysis;
import org.parallax.corpus.Problem;

class CorpusViewModelTest {

  private final AppSettings settings = new AppSettings(new MemoryPreferences());

  @Test
  void openingSeedsShowsItsAnalysisAndRemembersTheFolder() {
    CorpusViewModel model = new CorpusViewModel(new SameThreadTasks(), SeedCorpus.source(), settings);
    model.openCorpus(SeedCorpus.FOLDER);
    Analysis seeds = SeedCorpus.analysis();
    assertSame(seeds, model.analysis().get());
    assertEquals("seeds — Parallax", model.title().get());
    assertEquals(CorpusViewModel.summary(seeds), model.status().get());
    assertTrue(model.status().get().startsWith("seeds: 5 articles · "), model.status().get());
    assertFalse(model.busy().get());
    assertEquals(List.of(Path.of("seeds").toAbsolutePath()), model.recent());
    assertEquals(List.of(Path.of("seeds").toAbsolutePath()), settings.recentCorpora());
  }

  @Test
  void aCorpusAboutToOpenIsAnnouncedBeforeItsAnalysisStarts() {
    CorpusViewModel model = new CorpusViewModel(new SameThreadTasks(), SeedCorpus.source(), settings);
    model.aboutToOpen(SeedCorpus.FOLDER);
    assertEquals(SeedCorpus.FOLDER, model.loading().get());
    assertEquals("Opening seeds…", model.status().get());
    assertFalse(model.busy().get());
    model.openCorpus(SeedCorpus.FOLDER);
    assertNull(model.loading().get());
    // Once a corpus is shown, announcing another does not hide it.
    model.aboutToOpen(Path.of("elsewhere"));
    assertNull(model.loading().get());
    assertEquals(CorpusViewModel.summary(SeedCorpus.analysis()), model.status().get());
  }

  @Test
  void theSummaryCountsWhatTheAnalysisFound() {
    assertEquals(
        "story: 3 articles · 1 shared quotation · 2 aligned facts · 2 referents · 2 divergences · 2 hedges"
            + " · 1 sentence only one outlet reports",
        CorpusViewModel.summary(Story.analysis()));
  }

  @Test
  void skippedFilesAppearAsProblemsNotErrors(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), "Headline\n\nKerry met Lavrov in New York on Wednesday.");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    CorpusViewModel model = new CorpusViewModel(new SameThreadTasks(), AnalysisSource.engine(), settings);
    model.openCorpus(dir);
    assertEquals(1, model.analysis().get().articles().size());
    assertEquals(Problem.skipped("empty.txt", "empty file (0 bytes)"), model.problems().get(0));
    assertTrue(model.status().get().endsWith(" · 1 file skipped · 1 warning"), model.status().get());
  }

  @Test
  void aMissingFolderIsAProblemAndAStatusMessage(@TempDir Path dir) {
    CorpusViewModel model = new CorpusViewModel(new SameThreadTasks(), AnalysisSource.engine(), settings);
    Path gone = dir.resolve("gone");
    settings.addRecent(gone);
    model.openCorpus(gone);
    assertEquals("Could not open gone: " + gone + ": no such folder", model.status().get());
    assertEquals(List.of(Problem.skipped(gone.toString(), "no such folder")), model.problems());
    assertEquals(List.of(), settings.recentCorpora());
    assertFalse(model.busy().get());
    assertNull(model.analysis().get());
  }

  @Test
  void cancelReturnsAtOnceAndTheLateResultIsIgnored() {
    HeldTasks tasks = new HeldTasks();
    CorpusViewModel model = new CorpusViewModel(tasks, folder -> Story.analysis(), settings);
    model.openCorpus(Path.of("story"));
    assertTrue(model.busy().get());
    assertEquals("Analysing story… (the first analysis also loads the language model)", model.status().get());
    model.cancel();
    assertFalse(model.busy().get());
    assertEquals("Cancelled: story was not opened.", model.status().get());
    tasks.finish(0);
    assertNull(model.analysis().get());
    assertEquals("Cancelled: story was not opened.", model.status().get());
  }

  @Test
  void cancelStopsTheEngineAndItsProgressIsShownUntilThen() {
    HeldTasks tasks = new HeldTasks();
    List<String> stagesRun = new java.util.ArrayList<>();
    CorpusViewModel[] holder = new CorpusViewModel[1];
    AnalysisSource engine = AnalysisSource.engine();
    AnalysisSource watched = new AnalysisSource() {
      @Override
      public Analysis analyze(Path folder) {
        throw new AssertionError("the window runs the engine with progress and cancellation");
      }

      @Override
      public org.parallax.pipeline.Analyzer.Result run(
          Path folder, org.parallax.pipeline.ProgressListener progress, org.parallax.pipeline.Cancellation cancellation)
          throws org.parallax.corpus.CorpusReader.FolderException {
        return engine.run(folder, p -> {
          progress.progress(p);
          stagesRun.add(p.stage());
          // The analyst presses Cancel while the quotations are being found.
          if (p.stage().equals("quotations") && p.done() == 2) {
            assertEquals("quotations: article 2 of 5", holder[0].progress().describe());
            holder[0].cancel();
          }
        }, cancellation);
      }
    };
    CorpusViewModel model = new CorpusViewModel(tasks, watched, settings);
    holder[0] = model;
    model.openCorpus(SeedCorpus.FOLDER);
    assertNull(model.progress(), "no progress before the engine reports");
    tasks.finish(0);
    assertFalse(stagesRun.contains("facts"), "the engine stopped: " + stagesRun);
    assertFalse(model.busy().get());
    assertNull(model.analysis().get());
    assertEquals("Cancelled: seeds was not opened.", model.status().get());
    assertEquals(List.of(), model.problems(), "a cancelled analysis is not a problem");
  }

  @Test
  void cancellingKeepsThePreviousCorpus() {
    HeldTasks tasks = new HeldTasks();
    Analysis first = Story.analysis();
    CorpusViewModel model = new CorpusViewModel(tasks, folder -> folder.equals(Path.of("story")) ? first : Story.analysis(), settings);
    model.openCorpus(Path.of("story"));
    tasks.finish(0);
    model.openCorpus(Path.of("other"));
    model.cancel();
    assertEquals("Cancelled: other was not opened; still showing story.", model.status().get());
    tasks.finish(0);
    assertSame(first, model.analysis().get());
    assertEquals(Path.of("story"), model.folder().get());
  }

  @Test
  void openingAnotherFolderAbandonsTheFirst() {
    HeldTasks tasks = new HeldTasks();
    Analysis second = Story.analysis();
    CorpusViewModel model = new CorpusViewModel(tasks, folder -> folder.equals(Path.of("second")) ? second : Story.analysis(), settings);
    model.openCorpus(Path.of("first"));
    model.openCorpus(Path.of("second"));
    assertEquals(2, tasks.waiting());
    tasks.finish(1);
    assertSame(second, model.analysis().get());
    assertFalse(model.busy().get());
    tasks.finish(0);
    assertSame(second, model.analysis().get());
    assertEquals(Path.of("second"), model.folder().get());
  }

  @Test
  void aDroppedFolderOrTheFolderOfADroppedFileOpens(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "text");
    assertEquals(Optional.of(dir), CorpusViewModel.droppedFolder(List.of(file, dir)));
    assertEquals(Optional.of(dir.toAbsolutePath()), CorpusViewModel.droppedFolder(List.of(file)));
    assertEquals(Optional.empty(), CorpusViewModel.droppedFolder(List.of(dir.resolve("missing.txt"))));
  }
}

package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusViewModelTest {

  private final CorpusViewModel model = new CorpusViewModel(new SameThreadTasks());

  @Test
  void openingSeedsListsArticlesAndSelectsTheFirst() {
    model.openCorpus(Path.of("seeds"));
    assertEquals(5, model.articles().size());
    assertEquals("000_5687b2dc5866d8ae", model.selected().get().id());
    assertEquals("seeds — Parallax", model.title().get());
    assertEquals("5 article(s)", model.status().get());
    assertFalse(model.busy().get());
  }

  @Test
  void skippedFilesAppearAsProblemsNotErrors(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), "Headline\n\nKerry met Lavrov in New York on Wednesday.");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    model.openCorpus(dir);
    assertEquals(1, model.articles().size());
    assertEquals("empty.txt: empty file (0 bytes) (skipped)", model.problems().get(0).toString());
    // One article also brings the warning that there is nothing to align.
    assertEquals("1 article(s), 1 file(s) skipped, 1 warning(s)", model.status().get());
  }

  @Test
  void missingFolderIsAStatusMessage(@TempDir Path dir) {
    model.openCorpus(dir.resolve("gone"));
    assertEquals(dir.resolve("gone") + ": no such folder", model.status().get());
    assertFalse(model.busy().get());
  }
}

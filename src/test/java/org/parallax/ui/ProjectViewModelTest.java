package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.project.Code;
import org.parallax.project.ProjectFile;

class ProjectViewModelTest {

  @TempDir Path corpus;

  private static List<String> codes(Path file) throws Exception {
    return ProjectFile.read(file).codes().stream().map(Code::name).toList();
  }

  @Test
  void closingSavesWhatIsStillQueuedAndALateBackgroundSaveDoesNotPutAnOlderProjectBack() throws Exception {
    HeldTasks background = new HeldTasks();
    ProjectViewModel pm = new ProjectViewModel(background, Clock.systemUTC());
    pm.open(corpus);
    pm.newCode("Blame", null);
    pm.newCode("Threat", null);
    assertEquals(1, background.waiting(), "one save at a time; the second edit waits for it");

    pm.flush();
    assertEquals(List.of("Blame", "Threat"), codes(ProjectFile.of(corpus)));

    background.finish(0); // the first save, of "Blame" alone, ends after the flush
    assertEquals(List.of("Blame", "Threat"), codes(ProjectFile.of(corpus)));
  }

  @Test
  void editsMadeWhileASaveRunsAreSavedRightAfterIt() throws Exception {
    HeldTasks background = new HeldTasks();
    ProjectViewModel pm = new ProjectViewModel(background, Clock.systemUTC());
    pm.open(corpus);
    pm.newCode("Blame", null);
    pm.newCode("Threat", null);
    pm.newCode("Hedge", null);
    background.finish(0);
    assertEquals(List.of("Blame"), codes(ProjectFile.of(corpus)));
    assertEquals(1, background.waiting(), "the two edits made meanwhile are saved together");
    background.finish(0);
    assertEquals(List.of("Blame", "Threat", "Hedge"), codes(ProjectFile.of(corpus)));
    assertEquals(0, background.waiting());
  }
}

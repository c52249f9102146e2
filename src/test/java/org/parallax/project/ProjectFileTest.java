package org.parallax.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

  @TempDir Path corpus;

  static Project sample() {
    String text = "Officials called the protesters rioters and thugs, reportedly.";
    Anchor at = Anchor.of("a1", text, 32, 39);
    Project p = Project.EMPTY;
    p = new Edit.AddCode(new Code("c1", "Blame", "#e6194b", "who is blamed", null)).apply(p);
    p = new Edit.AddCode(new Code("c2", "Police", "#3cb44b", null, "c1")).apply(p);
    p = new Edit.AddCoding(new Coding("k1", "c2", at, "2026-12-02T10:00:00Z")).apply(p);
    p = new Edit.PutMemo(new Memo("m1", Target.coding("k1"), "compare “rioters”", "t0", "t1")).apply(p);
    p = new Edit.Correct(new Correction("x1", Correction.Action.reject,
        Target.finding(Target.Kind.loaded, null, at), null, null, null, "t2")).apply(p);
    p = new Edit.Correct(new Correction("x2", Correction.Action.set, Target.article("a1"), null, "outlet", "Reuters", "t3")).apply(p);
    return p.withWorkspace(new Workspace(List.of("a2", "a1"), List.of("a2"),
        "q1", at, "tables", "QUOTES", "Reuters", 0.75, "police", "thugs"));
  }

  @Test
  void aSavedProjectReadsBackEqual() throws IOException {
    Path file = ProjectFile.of(corpus);
    ProjectFile.write(sample(), file);
    assertTrue(Files.exists(corpus.resolve(".parallax/project.json")));
    assertEquals(sample(), ProjectFile.read(file));
    String json = Files.readString(file);
    assertTrue(json.startsWith("{\n  \"schema\" : \"parallax.project/1\""), json.substring(0, 40));
  }

  @Test
  void noFileMeansAnEmptyProject() throws IOException {
    assertSame(Project.EMPTY, ProjectFile.read(ProjectFile.of(corpus)));
  }

  @Test
  void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws IOException {
    Path file = ProjectFile.of(corpus);
    Files.createDirectories(file.getParent());
    byte[] newer = "{\"schema\": \"parallax.project/2\", \"codes\": [], \"shapes\": []}".getBytes(StandardCharsets.UTF_8);
    Files.write(file, newer);
    ProjectFile.ProjectFileException e = assertThrows(ProjectFile.ProjectFileException.class, () -> ProjectFile.read(file));
    assertTrue(e.newer());
    assertTrue(e.getMessage().startsWith(file + ": the project was saved by a newer version of Parallax (parallax.project/2"),
        e.getMessage());
    assertArrayEquals(newer, Files.readAllBytes(file));
  }

  @Test
  void aDamagedFileIsRefusedWithTheFileNamed() throws IOException {
    Path file = ProjectFile.of(corpus);
    Files.createDirectories(file.getParent());
    String cut = ProjectFile.toJson(sample()).substring(0, 300);
    Files.writeString(file, cut);
    ProjectFile.ProjectFileException e = assertThrows(ProjectFile.ProjectFileException.class, () -> ProjectFile.read(file));
    assertFalse(e.newer());
    assertTrue(e.getMessage().startsWith(file + ": the project file is damaged (it is not valid JSON"), e.getMessage());
    assertEquals(cut, Files.readString(file));
  }

  @Test
  void aFileWithACodingOfAnUnknownShapeIsDamagedNotHalfRead() throws IOException {
    Path file = ProjectFile.of(corpus);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"schema\": \"parallax.project/1\", \"codes\": [{\"id\": \"c1\", \"name\": \"X\", \"color\": \"red\"}]}");
    ProjectFile.ProjectFileException e = assertThrows(ProjectFile.ProjectFileException.class, () -> ProjectFile.read(file));
    assertTrue(e.getMessage().contains("a code's colour is #rrggbb, not red"), e.getMessage());
  }

  @Test
  void savingIntoAReadOnlyFolderFailsPlainlyAndKeepsTheLastSave() throws IOException {
    assumeFalse(System.getProperty("user.name").equals("root"), "root writes into read-only folders");
    Path file = ProjectFile.of(corpus);
    ProjectFile.write(Project.EMPTY, file);
    byte[] before = Files.readAllBytes(file);
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      IOException e = assertThrows(IOException.class, () -> ProjectFile.write(sample(), file));
      assertTrue(e.getMessage().startsWith(file + ": the project could not be saved (permission denied"), e.getMessage());
      assertTrue(e.getMessage().endsWith("the last saved version is intact"), e.getMessage());
      assertArrayEquals(before, Files.readAllBytes(file));
    } finally {
      Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void savingWhereNoFolderCanBeMadeFailsPlainly() throws IOException {
    Files.writeString(corpus.resolve(".parallax"), "a file where the folder should be");
    Path file = ProjectFile.of(corpus);
    IOException e = assertThrows(IOException.class, () -> ProjectFile.write(sample(), file));
    assertTrue(e.getMessage().startsWith(file + ": the project could not be saved ("), e.getMessage());
    assertEquals("a file where the folder should be", Files.readString(corpus.resolve(".parallax")));
  }

  @Test
  void savingLeavesNoTemporaryFilesBehind() throws IOException {
    Path file = ProjectFile.of(corpus);
    ProjectFile.write(sample(), file);
    ProjectFile.write(sample(), file);
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of("project.json"), files.map(f -> f.getFileName().toString()).toList());
    }
  }
}

package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetFileTest {

  @TempDir Path dir;

  @Test
  void failedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws Exception {
    Path target = Files.writeString(dir.resolve("report.pdf"), "previous report");
    ExportException e =
        assertThrows(
            ExportException.class,
            () ->
                TargetFile.write(
                    target,
                    "report",
                    out -> {
                      out.write("half a rep".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }));
    assertEquals(target + ": cannot write (No space left on device)", e.getMessage());
    assertEquals("previous report", Files.readString(target));
    assertEquals(List.of(target), PdfReportWriterTest.list(dir));
  }

  @Test
  void severalFilesAreWrittenAllOrNone() throws Exception {
    Map<Path, TargetFile.Content> files = new LinkedHashMap<>();
    files.put(dir.resolve("a.csv"), out -> out.write('a'));
    files.put(
        dir.resolve("b.csv"),
        out -> {
          throw new IOException("disk full");
        });
    ExportException e =
        assertThrows(ExportException.class, () -> TargetFile.writeAll(files, "CSV table"));
    assertEquals(dir.resolve("b.csv") + ": cannot write (disk full)", e.getMessage());
    assertEquals(List.of(), PdfReportWriterTest.list(dir));
  }

  @Test
  void missingFoldersAreCreated() throws Exception {
    Path target = dir.resolve("new/deeper/report.pdf");
    TargetFile.write(target, "report", out -> out.write('x'));
    assertEquals("x", Files.readString(target));
    assertEquals(List.of(target), PdfReportWriterTest.list(target.getParent()));
  }

  @Test
  void finishedFileHasTheUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
    Path usual = Files.writeString(dir.resolve("usual.txt"), "made the ordinary way");
    Path target = dir.resolve("report.pdf");
    TargetFile.write(target, "report", out -> out.write('x'));
    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
  }

  @Test
  void aKilledExportsTemporaryFileIsRemovedByTheNextExportThere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path here) throws Exception {
    java.nio.file.Path stale = here.resolve(".report.pdf-k1ll3d.tmp");
    java.nio.file.Path fresh = here.resolve(".report.pdf-wr1t1ng.tmp");
    java.nio.file.Path other = here.resolve(".notes.txt-k1ll3d.tmp");
    for (java.nio.file.Path p : java.util.List.of(stale, fresh, other)) {
      java.nio.file.Files.writeString(p, "half a report");
    }
    java.nio.file.Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    java.nio.file.Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    TargetFile.write(here.resolve("report.pdf"), "report", out -> out.write("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(stale), "an hour-old temporary file of report.pdf is removed");
    org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(fresh), "one being written now (touched a moment ago) is left alone");
    org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(other), "another target's is left alone");
    org.junit.jupiter.api.Assertions.assertEquals("%PDF", java.nio.file.Files.readString(here.resolve("report.pdf")));
  }
}

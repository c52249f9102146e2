package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxNativesTest {

  @Test
  void theLibrariesAreWrittenOnceAndMendedWhenDamaged(@TempDir Path root) throws Exception {
    String platform = OnnxNatives.platform();
    assertNotNull(platform, "this machine's platform is one ONNX Runtime ships for");
    Path folder = OnnxNatives.prepare(root, platform);
    assertNotNull(folder);
    assertTrue(folder.getFileName().toString().startsWith("onnxruntime-") && folder.getFileName().toString().endsWith(platform));
    Path library = folder.resolve(System.mapLibraryName("onnxruntime"));
    Path binding = folder.resolve(System.mapLibraryName("onnxruntime4j_jni"));
    assertTrue(Files.size(library) > 1_000_000, "the runtime itself");
    assertTrue(Files.size(binding) > 10_000, "its JNI binding");
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(binding.getFileName(), library.getFileName()).stream().sorted().toList(),
          files.map(Path::getFileName).sorted().toList(), "no part files left");
    }
    // Again: nothing is rewritten.
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(library, old);
    assertEquals(folder, OnnxNatives.prepare(root, platform));
    assertEquals(old, Files.getLastModifiedTime(library));
    // A library cut short (a full disk, a killed copy) is written again.
    long size = Files.size(library);
    Files.write(library, new byte[10]);
    OnnxNatives.prepare(root, platform);
    assertEquals(size, Files.size(library));
  }

  @Test
  void aPlatformOnnxRuntimeDoesNotShipForIsLeftAlone(@TempDir Path root) throws Exception {
    assertNull(OnnxNatives.prepare(root, "plan9-mips"));
    try (Stream<Path> files = Files.list(root)) {
      assertEquals(0, files.count());
    }
  }
}

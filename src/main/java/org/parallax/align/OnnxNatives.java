package org.parallax.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.cache.FolderCache;

/**
 * Gives ONNX Runtime its native libraries from the user's cache folder ({@code
 * parallax/native/onnxruntime-CRC-PLATFORM}), written there once from the jar. Left to itself, ONNX
 * Runtime writes its 16 MB library into a new temporary folder on every start and leaves the folder
 * behind (it asks to delete it at exit while the library in it is still there): one empty folder in
 * the temporary directory per run, and some 60 ms. Anything that goes wrong here (no home, a read-only
 * cache, libraries not in a jar) leaves ONNX Runtime to its own way.
 */
final class OnnxNatives {

  /** ONNX Runtime's system property for a folder holding its native libraries. */
  static final String PATH_PROPERTY = "onnxruntime.native.path";

  private OnnxNatives() {}

  /** Points ONNX Runtime at its libraries in the cache folder, writing them there first if need be. */
  static synchronized void prepare() {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    Path base = FolderCache.userCacheBase();
    String platform = platform();
    if (base == null || platform == null) {
      return;
    }
    try {
      Path folder = prepare(base.resolve("parallax").resolve("native"), platform);
      if (folder != null) {
        System.setProperty(PATH_PROPERTY, folder.toString());
      }
    } catch (IOException | RuntimeException e) {
      // ONNX Runtime unpacks its libraries itself, as it does without this.
    }
  }

  /**
   * Writes the platform's libraries under {@code root} (unless they are there already) and returns
   * their folder; {@code null} when the class path does not hold them in a jar.
   */
  static Path prepare(Path root, String platform) throws IOException {
    List<String> names = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    List<JarFiles.Entry> entries = new ArrayList<>();
    for (String name : names) {
      JarFiles.Entry e = JarFiles.Entry.of(OnnxNatives.class.getResource("/ai/onnxruntime/native/" + platform + "/" + name));
      if (e == null) {
        return null;
      }
      entries.add(e);
    }
    // Named by the library's checksum: another version of ONNX Runtime gets a folder of its own.
    Path folder = root.resolve(String.format(Locale.ROOT, "onnxruntime-%08x-%s", entries.get(0).crc(), platform));
    Files.createDirectories(folder);
    for (int i = 0; i < names.size(); i++) {
      // By size only: a library is loaded at once, and its checksum would cost more than the 60 ms saved.
      JarFiles.write(entries.get(i), folder.resolve(names.get(i)), false);
    }
    return folder;
  }

  /** ONNX Runtime's name for this platform ("linux-x64", "osx-aarch64", "win-x64"), or {@code null}. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
    String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
    return o == null || a == null ? null : o + "-" + a;
  }
}

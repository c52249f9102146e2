package org.parallax.align;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Files of the class path's jars written once to a folder of the user's cache, for what wants a file
 * and not a stream: ONNX Runtime's native libraries ({@link OnnxNatives}) and the sentence model, which
 * ONNX Runtime opens by its path instead of Parallax inflating 22 MB out of the jar on every start.
 */
final class JarFiles {

  private JarFiles() {}

  /** A jar's entry: where it is, and its checksum and size as the jar records them. */
  record Entry(URL url, long crc, long size) {

    /** The entry behind {@code url}, or {@code null} when {@code url} is no entry of a jar. */
    static Entry of(URL url) throws IOException {
      if (url == null) {
        return null;
      }
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jar) || jar.getJarEntry() == null) {
        return null;
      }
      return new Entry(url, jar.getJarEntry().getCrc(), jar.getJarEntry().getSize());
    }
  }

  /**
   * Writes {@code entry} to {@code target} unless a file of its size is there already, or, with {@code
   * verify}, of its size and checksum (a damaged copy is written again, never used).
   */
  static void write(Entry entry, Path target, boolean verify) throws IOException {
    if (Files.isRegularFile(target) && Files.size(target) == entry.size() && (!verify || crc(target) == entry.crc())) {
      return;
    }
    Files.createDirectories(target.getParent());
    // Written aside, then moved in whole: another Parallax starting at the same time never reads half a file.
    Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try (InputStream in = entry.url().openStream()) {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The CRC-32 of {@code file}'s bytes, as a zip entry records it. */
  static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (channel.read(buffer) >= 0) {
        buffer.flip();
        crc.update(buffer);
        buffer.clear();
      }
    }
    return crc.getValue();
  }
}

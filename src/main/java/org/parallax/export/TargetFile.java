package org.parallax.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes export files so that a failure never leaves a half-written file: each file is written to a
 * hidden temporary file in the target's own folder, then moved over the target in one step
 * (atomically where the file system can). A previous file at the target survives any failure.
 *
 * <p>Every failure is an {@link ExportException} whose message starts with the target path, and
 * after it neither the target (if it did not exist) nor any temporary file remains.
 */
public final class TargetFile {

  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private TargetFile() {}

  /**
   * Fails early, before any work, if {@code target} cannot be a file: it is a folder, or one of its
   * parents is a file. {@code what} names the content for the message ("report", "analysis").
   */
  public static void check(Path target, String what) throws ExportException {
    if (Files.isDirectory(target)) {
      throw new ExportException(target + ": is a folder; give a file name for the " + what);
    }
    checkParents(target);
  }

  /**
   * Fails early if {@code folder} cannot be a folder of export files: it is a file, or one of its
   * parents is.
   */
  public static void checkFolder(Path folder, String what) throws ExportException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new ExportException(folder + ": is a file; give a folder for the " + what);
    }
    checkParents(folder);
  }

  private static void checkParents(Path target) throws ExportException {
    for (Path p = target.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new ExportException(target + ": cannot write (" + p + " is a file, not a folder)");
        }
        return;
      }
    }
  }

  /** Writes {@code target} atomically; creates its folder if needed. */
  public static void write(Path target, String what, Content content) throws ExportException {
    writeAll(Map.of(target, content), what);
  }

  /**
   * Writes several files as one step: all are written to temporary files first and moved into place
   * only when every one was written, so a failure leaves none of them half-made.
   */
  public static void writeAll(Map<Path, Content> files, String what) throws ExportException {
    Map<Path, Path> temporary = new LinkedHashMap<>();
    Path current = null;
    try {
      for (Map.Entry<Path, Content> e : files.entrySet()) {
        current = e.getKey();
        check(current, what);
        Path dir = current.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStale(dir, current.getFileName().toString());
        // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
        Path tmp =
            dir.resolve(
                "."
                    + current.getFileName()
                    + "-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".tmp");
        OutputStream raw =
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        temporary.put(current, tmp);
        PENDING.add(tmp);
        try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
          e.getValue().writeTo(out);
        }
      }
      for (Map.Entry<Path, Path> e : temporary.entrySet()) {
        current = e.getKey();
        move(e.getValue(), current);
      }
    } catch (ExportException e) {
      throw e;
    } catch (IOException e) {
      throw new ExportException(current + ": cannot write (" + reason(e) + ")", e);
    } finally {
      for (Path tmp : temporary.values()) {
        PENDING.remove(tmp);
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Best effort: the temporary file is hidden and named after the target.
        }
      }
    }
  }

  /** Temporary files being written now; a shutdown (Ctrl+C, a kill) removes them. */
  private static final java.util.Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path tmp : PENDING) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException | RuntimeException ignored) {
          // Best effort at exit; the next export beside it removes it (removeStale).
        }
      }
    }, "parallax-temporary-files"));
  }

  /**
   * Removes the temporary files an earlier export to {@code name} left in {@code dir} when it was killed
   * outright ({@code .NAME-XXXX.tmp}, untouched for a minute: not one another run is writing now).
   */
  private static void removeStale(Path dir, String name) {
    String prefix = "." + name + "-";
    long before = System.currentTimeMillis() - 60_000;
    try (var entries = Files.newDirectoryStream(dir, p -> {
      String n = p.getFileName().toString();
      return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
    })) {
      for (Path p : entries) {
        if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p).toMillis() < before) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // Only tidying: a folder that cannot be listed is reported when the file itself is written.
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Why a file operation failed, in words: "permission denied", "disk full", … */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + " is a file, not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

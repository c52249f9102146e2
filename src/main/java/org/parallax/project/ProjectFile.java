package org.parallax.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the project file, {@value #FOLDER}/{@value #NAME} in the corpus folder.
 *
 * <p>Writing never destroys what was saved before: the new content goes to a temporary sibling, is
 * forced to the disk, and only then renamed over the old file (an atomic rename on one file system), and
 * the folder is forced so the rename itself survives a power cut. A kill at any moment leaves either the
 * old file or the new one, never a mix. Reading refuses, with a message naming the file, a file written by
 * a newer version of Parallax or one that is damaged, and leaves such a file untouched.
 */
public final class ProjectFile {

  public static final String FOLDER = ".parallax";
  public static final String NAME = "project.json";

  private static final Pattern SCHEMA = Pattern.compile("parallax\\.project/(\\d+)");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ProjectFile() {}

  /** Where the project of the corpus in {@code corpusFolder} lives. */
  public static Path of(Path corpusFolder) {
    return corpusFolder.resolve(FOLDER).resolve(NAME);
  }

  /** A project file that cannot be read, or must not be written over. */
  public static final class ProjectFileException extends IOException {
    private final boolean newer;

    ProjectFileException(String message, boolean newer, Throwable cause) {
      super(message, cause);
      this.newer = newer;
    }

    /** Whether the file was written by a newer Parallax (rather than damaged or unreadable). */
    public boolean newer() {
      return newer;
    }
  }

  /** The project in {@code file}; an empty project when there is no such file yet. */
  public static Project read(Path file) throws ProjectFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Project.EMPTY;
    } catch (IOException e) {
      throw new ProjectFileException(file + ": the project file cannot be read (" + reason(e) + ")", false, e);
    }
    return parse(file.toString(), new String(bytes, StandardCharsets.UTF_8));
  }

  /** The project in {@code json}, read from a file named {@code name} (for messages). */
  public static Project parse(String name, String json) throws ProjectFileException {
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw damaged(name, "it is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw damaged(name, "it holds no project", null);
    }
    String schema = tree.path("schema").asText("");
    Matcher m = SCHEMA.matcher(schema);
    if (!m.matches()) {
      throw damaged(name, "it is not a Parallax project (schema \"" + schema + "\")", null);
    }
    int version = Integer.parseInt(m.group(1));
    if (version > Project.VERSION) {
      throw new ProjectFileException(
          name + ": the project was saved by a newer version of Parallax (" + schema + "; this one reads "
              + Project.SCHEMA + "). It is left untouched; open the corpus with that version, or read it"
              + " here without your codes and corrections.",
          true,
          null);
    }
    try {
      return JSON.treeToValue(tree, Project.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw damaged(name, why, e);
    }
  }

  private static ProjectFileException damaged(String name, String why, Throwable cause) {
    return new ProjectFileException(
        name + ": the project file is damaged (" + why + "). It is left untouched; your codes and"
            + " corrections in it are not shown until it is repaired or moved away.",
        false,
        cause);
  }

  public static String toJson(Project project) {
    try {
      return JSON.writeValueAsString(project);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("project cannot be serialised", e);
    }
  }

  /**
   * Saves {@code project} to {@code file}: temporary file, force, rename, force the folder. On failure
   * the previous file is intact and the exception says why in words (no space left, read-only folder).
   */
  public static void write(Project project, Path file) throws IOException {
    byte[] bytes = toJson(project).getBytes(StandardCharsets.UTF_8);
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      forceFolder(dir);
    } catch (IOException e) {
      throw new IOException(file + ": the project could not be saved (" + reason(e) + "); the last saved"
          + " version is intact", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // The failure that brought us here is the one to report.
        }
      }
    }
  }

  /** Makes the rename durable; not every platform lets a folder be opened, which is then no loss. */
  private static void forceFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Windows cannot open a folder as a channel; its rename is already durable.
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied: the folder is read-only for you";
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (m.contains("No space left")) {
      return "the disk is full";
    }
    if (m.contains("Read-only file system")) {
      return "the file system is read-only";
    }
    return e instanceof NoSuchFileException ? "no such folder: " + m : m;
  }
}

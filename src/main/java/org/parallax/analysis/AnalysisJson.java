package org.parallax.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an {@link Analysis} as {@code parallax.analysis/1} JSON (UTF-8, pretty-printed). Files are
 * written to a temporary sibling first and then moved into place, so a failed write never leaves a
 * half-written analysis behind or destroys the previous one.
 */
public final class AnalysisJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private static final ObjectWriter WRITER = MAPPER.writer();

  private AnalysisJson() {}

  /**
   * Works out now how each part of an analysis is written (Jackson's look at every record type, a tenth
   * of a second in a fresh JVM), so that writing the first analysis does not: the analyzer calls this on
   * a background thread while the stages run. Later calls return at once.
   */
  public static void prepare() {
    MAPPER.canSerialize(Analysis.class);
  }

  public static String toJson(Analysis analysis) {
    try {
      return WRITER.writeValueAsString(analysis);
    } catch (IOException e) {
      throw new IllegalStateException("analysis cannot be serialised", e);
    }
  }

  public static void write(Analysis analysis, OutputStream out) throws IOException {
    WRITER.writeValue(new NonClosing(out), analysis);
  }

  /** Writes to {@code target} atomically (temporary file, then move). */
  public static void write(Analysis analysis, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        WRITER.writeValue(out, analysis);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Jackson closes the stream it writes to; standard output must stay open. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

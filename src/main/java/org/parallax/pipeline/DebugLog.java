package org.parallax.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.parallax.analysis.Tool;

/**
 * The log for bug reports: what ran, how long each stage took, and the full cause of every fault, which
 * the analyst never sees as a stack trace. Appended to, so that several runs can share one file.
 */
public final class DebugLog {

  /** The file name used when none is given; in the system's temporary folder. */
  public static final String FILE_NAME = "parallax-debug.log";

  private final Path file;

  public DebugLog(Path file) {
    this.file = file;
  }

  /** The default log: {@value #FILE_NAME} in the system's temporary folder. */
  public static DebugLog inTemporaryFolder() {
    return new DebugLog(Path.of(System.getProperty("java.io.tmpdir"), FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /** Appends a run of {@code what} (a folder, a command): its stage times and every fault with its cause. */
  public void write(String what, Analyzer.Result result) throws IOException {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    header(out, what);
    for (StageTime t : result.times()) {
      out.printf("  stage %-17s %7d ms%n", t.stage(), t.millis());
    }
    if (!result.cache().equals(org.parallax.cache.CacheStats.NONE)) {
      out.println("  " + result.cache().describe());
    }
    out.printf("  %d fault(s) contained%n", result.faults().size());
    for (StageFault f : result.faults()) {
      out.println();
      out.println("fault in stage '" + f.stage() + "'" + (f.fault().unit() == null ? "" : " for " + f.fault().unit()) + ": " + f.fault().leftOut());
      f.fault().error().printStackTrace(out);
    }
    out.println();
    out.flush();
    append(text.toString());
  }

  /** Appends an error that happened outside any stage. */
  public void write(String what, Throwable error) throws IOException {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    header(out, what);
    out.println("internal error outside the analysis stages:");
    error.printStackTrace(out);
    out.println();
    out.flush();
    append(text.toString());
  }

  private static void header(PrintWriter out, String what) {
    out.println("=== " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + Tool.nameAndVersion() + ": " + what);
    out.println(
        "  java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
            + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
            + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
  }

  private void append(String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}

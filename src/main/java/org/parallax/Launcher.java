package org.parallax;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.cli.AppCommand;
import org.parallax.cli.ParallaxCommand;

/**
 * Entry point of {@code parallax.jar}. It does not extend {@code javafx.application.Application}, so a
 * plain {@code java -jar} starts it with JavaFX on the class path. Without arguments it opens the desktop
 * app on the sample corpus; with a command it runs headless.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    // Nothing leaves the machine: the libraries' telemetry is off before any of them loads.
    org.parallax.align.Offline.enforce();
    if (args.length == 0) {
      // The desktop start, the most common one: straight to the window, without building the command
      // line's model (about 0.3 s of reflection that a double-click would wait for).
      System.exit(openWindow(null));
    }
    AppCommand.install(Launcher::openWindow);
    String[] effective = args;
    PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
    PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
    int code;
    try {
      code = ParallaxCommand.run(effective, out, err);
    } catch (OutOfMemoryError e) {
      err.println("parallax: not enough memory (Java's heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB); run it with more, e.g. java -Xmx2g -jar parallax.jar …");
      code = 1;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static int openWindow(Path folder) {
    Path corpus = folder != null ? folder : sampleCorpus();
    if (corpus != null && !Files.isDirectory(corpus)) {
      System.err.println("parallax: " + corpus + ": no such folder");
      return 2;
    }
    if (!displayAvailable()) {
      System.err.println(
          "parallax: no display to open a window on. On a machine without a screen, run"
              + " 'parallax analyze FOLDER' (see 'parallax --help').");
      return 1;
    }
    try {
      org.parallax.ui.ParallaxApp.launchOn(corpus);
      return 0;
    } catch (RuntimeException | LinkageError e) {
      System.err.println("parallax: the window could not be opened (" + e.getMessage() + ")");
      return 1;
    }
  }

  /**
   * The bundled seeds: where the installer says ({@code -Dparallax.seeds}, set by the installed launcher),
   * else beside the working directory, or beside the installed jar.
   */
  static Path sampleCorpus() {
    List<Path> candidates = new ArrayList<>();
    String installed = System.getProperty("parallax.seeds", "");
    if (!installed.isBlank()) {
      candidates.add(Path.of(installed));
    }
    candidates.add(Path.of("seeds"));
    try {
      Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
      for (Path d = dir; d != null && candidates.size() < 6; d = d.getParent()) {
        candidates.add(d.resolve("seeds"));
      }
    } catch (Exception unknownLocation) {
      // Fall back to the working directory only.
    }
    return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
  }

  private static boolean displayAvailable() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux") && !os.contains("bsd")) {
      return true;
    }
    return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}

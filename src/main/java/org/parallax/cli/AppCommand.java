package org.parallax.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parallax app [FOLDER]}: opens the desktop window, on FOLDER or the bundled seeds. */
@Command(
    name = "app",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Opens the desktop window on FOLDER (default: the bundled sample corpus, seeds/).")
public final class AppCommand implements Callable<Integer> {

  /** Starts the window; the launcher supplies it so that the command line never loads JavaFX itself. */
  public interface Opener {
    int open(Path folder);
  }

  static Opener opener = folder -> {
    throw new IllegalStateException("no desktop opener installed");
  };

  public static void install(Opener o) {
    opener = o;
  }

  @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "Corpus folder to open.")
  Path folder;

  @Override
  public Integer call() {
    return opener.open(folder);
  }
}

package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parallax.pipeline.DebugLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parallax} command line. Without a command the desktop app opens (see {@code Launcher});
 * with one, Parallax runs headless.
 */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Media-framing analysis: how different outlets tell the same story.",
    footerHeading = "%nWithout a command, the desktop app opens on the bundled sample corpus (seeds/).%n",
    footer = "Run 'parallax COMMAND --help' for a command's options.")
public final class ParallaxCommand implements Runnable {

  /** The exit code of an internal error (BSD's EX_SOFTWARE), named in each command's --help. */
  static final int INTERNAL_ERROR = 70;

  /** The commands, in the order {@code --help} lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
      AnalyzeCommand.class, ExportCommand.class, EvaluateCommand.class, AppCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the process exit code; never lets a stack trace reach the user. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ParallaxCommand());
    // Picocli builds a command's model by reflection when it is added. A run that names its command
    // builds that one only (about a third of a cold start's 0.13 s of command-line set-up); anything else
    // (no command, an option, help, a mistyped name) gets them all, for the usage and its suggestions.
    String asked = args.length > 0 ? args[0] : "";
    boolean named = COMMANDS.stream().anyMatch(c -> c != CommandLine.HelpCommand.class && name(c).equals(asked));
    for (Class<?> command : COMMANDS) {
      if (!named || name(command).equals(asked)) {
        cli.addSubcommand(command);
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          DebugLog log = DebugLog.inTemporaryFolder();
          String where;
          try {
            log.write(String.join(" ", args), e);
            where = "the details are in " + log.file();
          } catch (java.io.IOException | RuntimeException notWritten) {
            where = "the details could not be written to " + log.file();
          }
          commandLine.getErr().println("parallax: internal error (" + e.getClass().getSimpleName() + "); " + where);
          commandLine.getErr().println("Please report this with the command you ran and that file.");
          commandLine.getErr().flush();
          return INTERNAL_ERROR;
        });
    return cli.execute(args);
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }
}

package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parallax.analysis.Analysis;
import org.parallax.export.TargetFile;
import org.parallax.pipeline.Analyzer;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax analyze}: reads corpus folders and writes their analysis JSON. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads every article file (.txt, .md, .html, .json, .jsonl, .csv) in each FOLDER and its sub-folders, cleans away page"
          + " junk, reads titles, outlets, dates and links, and writes the analysis as JSON"
          + " (schema parallax.analysis/1).",
      "Files that cannot be read are skipped and reported on standard error and in the JSON's"
          + " \"problems\"."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every folder gave at least one article (some files may have been skipped)",
      "1:nothing could be analysed in a folder (empty, no article files, or all skipped)",
      "2:wrong arguments (unknown option, a missing folder, a path that is not a folder)",
      "3:the analysis could not be written",
      "70:an internal error (a bug): the message names the file with the details to report"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  parallax analyze seeds --json seeds.json",
      "  parallax analyze corpusA corpusB --out results/",
      "  parallax analyze seeds > seeds.json"
    })
public final class AnalyzeCommand implements Callable<Integer> {

  static final int NOTHING_ANALYSED = 1;
  static final int WRONG_ARGUMENTS = 2;
  static final int WRITE_FAILED = 3;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Corpus folder(s) to analyse.")
  List<Path> folders;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the analysis to FILE (one folder only). Default: standard output.")
  Path json;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one analysis per folder into DIR, named after the folder: DIR/NAME.json.")
  Path out;

  @Mixin FileSizeOption fileSize;

  @Mixin AnalysisRun run;

  @Option(
      names = {"-q", "--quiet"},
      description = "Report only problems, not the summary line per folder.")
  boolean quiet;

  @Override
  public Integer call() {
    if (json != null && out != null) {
      throw new ParameterException(spec.commandLine(), "give either --json FILE or --out DIR, not both");
    }
    if (json != null && folders.size() > 1) {
      throw new ParameterException(
          spec.commandLine(), "--json names one file; for several folders use --out DIR");
    }
    if (json == null && out == null && folders.size() > 1) {
      throw new ParameterException(spec.commandLine(), "several folders need --out DIR");
    }
    fileSize.check(spec);
    PrintWriter err = spec.commandLine().getErr();
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      err.println("parallax: " + out + ": --out must be a folder, and this is a file");
      return WRONG_ARGUMENTS;
    }
    Analyzer analyzer = fileSize.analyzer();
    int exit = 0;
    Set<String> written = new HashSet<>();
    for (Path folder : folders) {
      Analysis analysis;
      try {
        analysis = run.analyze(analyzer, folder, quiet, err);
      } catch (CorpusReader.FolderException e) {
        err.println("parallax: " + e.getMessage());
        exit = Math.max(exit, WRONG_ARGUMENTS);
        continue;
      }
      if (analysis.articles().isEmpty()) {
        err.println("parallax: " + folder + ": nothing could be analysed; no analysis written");
        exit = Math.max(exit, NOTHING_ANALYSED);
        continue;
      }
      Path target = json != null ? json : out != null ? uniqueTarget(folder, written) : null;
      try {
        if (target == null) {
          analyzer.writeJson(analysis, System.out);
          System.out.flush();
        } else {
          if (Files.isDirectory(target)) {
            err.println("parallax: " + target + ": is a folder; give a file name for the analysis");
            exit = Math.max(exit, WRITE_FAILED);
            continue;
          }
          // Like the exports: a hidden temporary file beside it (same permissions), then a move.
          Analysis toWrite = analysis;
          TargetFile.write(target, "analysis", out -> analyzer.writeJson(toWrite, out));
        }
      } catch (org.parallax.export.ExportException e) {
        err.println("parallax: " + e.getMessage());
        exit = Math.max(exit, WRITE_FAILED);
        continue;
      } catch (IOException e) {
        err.println("parallax: " + (target == null ? "standard output" : target) + ": cannot write (" + reason(e) + ")");
        exit = Math.max(exit, WRITE_FAILED);
        continue;
      }
      if (!quiet) {
        long skipped = analysis.problems().stream().filter(Problem::skipped).count();
        err.printf(
            "parallax: %s: %d article(s) analysed, %d skipped%s%n",
            folder,
            analysis.articles().size(),
            skipped,
            target == null ? "" : " -> " + target);
      }
    }
    err.flush();
    return exit;
  }

  private Path uniqueTarget(Path folder, Set<String> written) {
    Path abs = folder.toAbsolutePath().normalize();
    String base = abs.getFileName() == null ? "corpus" : abs.getFileName().toString();
    String name = base;
    for (int i = 2; !written.add(name); i++) {
      name = base + "-" + i;
    }
    return out.resolve(name + ".json");
  }

  static String located(Path folder, Problem p) {
    String file = p.file();
    boolean isFolder = folder.toString().equals(file);
    return printable((isFolder ? file : folder.resolve(file).toString()) + ": " + p.message() + (p.skipped() && !isFolder ? " (skipped)" : ""));
  }

  /**
   * {@code s} on one line: a line break or other control character (a file may be named with one) is
   * shown escaped, {@code \\n}, so that one problem is always one line.
   */
  static String printable(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || c == 0x85) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        b.append(switch (c) {
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> String.format("\\u%04x", (int) c);
        });
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

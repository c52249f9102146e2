package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.pipeline.Analyzer;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import org.parallax.export.CsvExporter;
import org.parallax.export.ExportException;
import org.parallax.export.PdfReport;
import org.parallax.export.PdfReportWriter;
import org.parallax.export.QdpxPackage;
import org.parallax.export.QdpxWriter;
import org.parallax.export.ReportOptions;
import org.parallax.project.Corrections;
import org.parallax.project.Project;
import org.parallax.project.ProjectFile;
import org.parallax.export.TargetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax export}: analyses one corpus folder and writes the annotated PDF report, the CSV
 * tables, the analysis JSON and/or the REFI-QDA project package. Exit codes are those of {@code parallax
 * analyze}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyses FOLDER and writes the annotated PDF report (--pdf), the CSV tables (--csv), the"
          + " analysis JSON (--json) and/or the REFI-QDA project (--qdpx) for MAXQDA, NVivo, ATLAS.ti and"
          + " QualCoder. At least one of them is needed.",
      "Files are written whole or not at all: a temporary file next to the target, then moved into"
          + " place."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:exported (some files may have been skipped)",
      "1:nothing could be analysed in the folder; nothing written",
      "2:wrong arguments (unknown option, a missing folder, an unknown article id)",
      "3:a target could not be written (a folder, under a file, no permission, disk full)",
      "70:an internal error (a bug): the message names the file with the details to report"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  parallax export seeds --pdf report.pdf",
      "  parallax export seeds --pdf report.pdf --csv tables/ --json seeds.json",
      "  parallax export seeds --pdf two.pdf --articles 002_17b3dee94d847ef4,000_5687b2dc5866d8ae",
      "  parallax export seeds --qdpx seeds.qdpx",
      "  parallax export seeds --qdpx codes-only.qdpx --no-qdpx-findings"
    })
public final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FOLDER",
      description = "Corpus folder to analyse and export.")
  Path folder;

  @Option(
      names = "--pdf",
      paramLabel = "FILE",
      description = "Write the annotated PDF report to FILE.")
  Path pdf;

  @Option(
      names = "--csv",
      paramLabel = "DIR",
      description = "Write the CSV tables (UTF-8 with BOM, RFC 4180) into DIR.")
  Path csv;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the analysis JSON to FILE.")
  Path json;

  @Option(
      names = "--qdpx",
      paramLabel = "FILE",
      description = "Write a REFI-QDA project (.qdpx) to FILE: the articles' texts with the analyst's codes,"
          + " codings and memos, for MAXQDA, NVivo, ATLAS.ti or QualCoder. Rejected findings are left out"
          + " of it whatever --rejected says (the format has no mark for them).")
  Path qdpx;

  @Option(
      names = "--qdpx-findings",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Put Parallax's findings into the .qdpx as codings of codes under a code \"Parallax\""
          + " (shared and altered quotations, aligned facts, loaded labels and wording, hedges, what only one"
          + " outlet reports). Default: on; --no-qdpx-findings leaves only the analyst's codes.")
  boolean qdpxFindings = true;

  @Option(
      names = "--articles",
      paramLabel = "ID",
      split = ",",
      description =
          "Export only these articles (ids, comma-separated), in this order. Default: all.")
  List<String> articles = new ArrayList<>();

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The report's title (default: the corpus name).")
  String title;

  @Option(
      names = "--columns",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Articles side by side per page in the PDF, 1 to 3 (default: ${DEFAULT-VALUE}).")
  int columns;

  @Option(
      names = "--sections",
      paramLabel = "NAME",
      split = ",",
      description =
          "The parts of the PDF report, comma-separated, in any order: glance (the story at a glance, one"
              + " page), overview (outlets × facts, quotations and labels as a heat map), labels, hedges, quotations, facts, divergences, codes (the analyst's codes, coded segments and memos), articles (the annotated articles side by"
              + " side). Default: all.")
  List<String> sections = new ArrayList<>();

  @Option(
      names = "--top",
      paramLabel = "N",
      description =
          "Rows at most in each summary table of the PDF (referents, quotations, facts, divergences), the"
              + " most telling first; 0 = every row. Default: every row up to "
              + ReportOptions.FEW_ARTICLES
              + " articles, else "
              + ReportOptions.AUTO_TOP
              + ".")
  Integer top;

  @Option(
      names = "--only-loaded",
      description = "List only referents with a loaded label in the PDF's labels table.")
  boolean onlyLoaded;

  @Option(
      names = "--no-project",
      description = "Leave out the analyst's codes, memos and corrections (FOLDER/.parallax/project.json);"
          + " by default they are in every export.")
  boolean noProject;

  @Option(
      names = "--rejected",
      paramLabel = "leave-out|mark",
      description = "What the report does with findings the analyst rejected: leave them out (default) or"
          + " keep them, marked \"rejected by analyst\".")
  String rejected = "leave-out";

  @Mixin FileSizeOption fileSize;

  @Mixin AnalysisRun run;

  @Option(
      names = {"-q", "--quiet"},
      description = "Report only problems, not the summary line.")
  boolean quiet;

  @Override
  public Integer call() {
    if (pdf == null && csv == null && json == null && qdpx == null) {
      throw new ParameterException(
          spec.commandLine(), "give at least one of --pdf FILE, --csv DIR, --json FILE, --qdpx FILE");
    }
    fileSize.check(spec);
    if (columns < 1 || columns > 3) {
      throw new ParameterException(spec.commandLine(), "--columns must be 1, 2 or 3");
    }
    if (top != null && top < 0) {
      throw new ParameterException(spec.commandLine(), "--top must be 0 (every row) or more");
    }
    java.util.Set<ReportOptions.Section> drawn = java.util.EnumSet.noneOf(ReportOptions.Section.class);
    for (String name : sections) {
      if (name.isBlank()) {
        continue;
      }
      try {
        drawn.add(ReportOptions.Section.of(name));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--sections: " + e.getMessage());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      // Before the analysis, which can take a while: a wrong target should fail at once.
      if (pdf != null) {
        TargetFile.check(pdf, "report");
      }
      if (json != null) {
        TargetFile.check(json, "analysis");
      }
      if (qdpx != null) {
        TargetFile.check(qdpx, "REFI-QDA project");
      }
      if (csv != null) {
        TargetFile.checkFolder(csv, "CSV tables");
      }
    } catch (ExportException e) {
      err.println("parallax: " + e.getMessage());
      err.flush();
      return AnalyzeCommand.WRITE_FAILED;
    }
    Corrections.Rejected rejectedMode;
    switch (rejected.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "leave-out" -> rejectedMode = Corrections.Rejected.LEAVE_OUT;
      case "mark" -> rejectedMode = Corrections.Rejected.KEEP;
      default -> throw new ParameterException(spec.commandLine(), "--rejected must be leave-out or mark, not " + rejected);
    }
    Project project = Project.EMPTY;
    if (!noProject) {
      try {
        project = ProjectFile.read(ProjectFile.of(folder));
      } catch (ProjectFile.ProjectFileException e) {
        // The corpus still exports; the file is left as it is.
        err.println("parallax: " + e.getMessage() + " Exporting without it.");
        err.flush();
      }
    }
    // The article details the analyst set in the app are read with the articles, so profiles group by them.
    java.util.Map<String, org.parallax.corpus.Metadata> details = Corrections.metadata(project);
    Analyzer analyzer = fileSize.analyzer(f -> details);
    Analysis analysis;
    try {
      analysis = run.analyze(analyzer, folder, quiet, err);
    } catch (CorpusReader.FolderException e) {
      err.println("parallax: " + e.getMessage());
      err.flush();
      return AnalyzeCommand.WRONG_ARGUMENTS;
    }
    if (analysis.articles().isEmpty()) {
      err.println("parallax: " + folder + ": nothing could be analysed; nothing exported");
      err.flush();
      return AnalyzeCommand.NOTHING_ANALYSED;
    }
    Corrections.Corrected corrected = Corrections.apply(analysis, project, rejectedMode);
    if (!corrected.orphaned().isEmpty()) {
      err.println("parallax: " + folder + ": " + corrected.orphaned().size() + " of the analyst's corrections"
          + " no longer find their passage (kept in the project, not applied)");
    }
    Analysis original = analysis;
    analysis = corrected.analysis();
    ReportOptions options =
        ReportOptions.all().withProject(project).withRejected(rejectedMode).withTitle(title).withArticles(articles).withColumns(columns).withOnlyLoaded(onlyLoaded);
    if (!drawn.isEmpty()) {
      options = options.withSections(drawn);
    }
    if (top != null) {
      options = options.withTop(top);
    }
    Analysis selected;
    try {
      selected = options.select(analysis);
    } catch (IllegalArgumentException e) {
      err.println("parallax: " + folder + ": " + e.getMessage());
      err.flush();
      return AnalyzeCommand.WRONG_ARGUMENTS;
    }
    // The analyzer itself warns about a one-article corpus; a selection of one article is ours to
    // mention.
    if (selected.articles().size() == 1 && analysis.articles().size() > 1) {
      err.println(
          "parallax: "
              + folder
              + ": "
              + PdfReportWriter.ONE_ARTICLE_NOTE
              + " (exported all the same)");
    }
    int exit = 0;
    List<String> done = new ArrayList<>();
    // Every file of the export in one step: written to temporary files, moved into place only when all
    // are written, so an interrupted export never leaves a new report beside old tables.
    java.util.Map<Path, TargetFile.Content> files = new java.util.LinkedHashMap<>();
    PdfReport[] report = new PdfReport[1];
    if (pdf != null) {
      files.put(pdf, new PdfReportWriter().content(selected, options.withArticles(List.of()), pdf, r -> report[0] = r));
    }
    List<Path> tables = List.of();
    if (csv != null) {
      var csvFiles = new CsvExporter().contents(selected, project, csv);
      files.putAll(csvFiles);
      tables = new ArrayList<>(csvFiles.keySet());
    }
    if (json != null) {
      files.put(json, out -> AnalysisJson.write(selected, out));
    }
    QdpxPackage[] qdpxMade = new QdpxPackage[1];
    if (qdpx != null) {
      // REFI-QDA cannot mark a coding as rejected: with --rejected mark the package still leaves them out.
      Analysis forQdpx = rejectedMode == Corrections.Rejected.KEEP
          ? options.select(Corrections.apply(original, project, Corrections.Rejected.LEAVE_OUT).analysis())
          : selected;
      files.put(qdpx, new QdpxWriter().content(forQdpx, project, qdpxFindings, p -> qdpxMade[0] = p));
    }
    try {
      TargetFile.writeAll(files, "export");
      if (pdf != null) {
        if (!report[0].missingCharacters().isEmpty()) {
          err.println(
              "parallax: "
                  + pdf
                  + ": the font has no glyph for "
                  + report[0].describeMissing()
                  + "; drawn as \uFFFD");
        }
        done.add(pdf + " (" + report[0].pages() + " pages)");
      }
      if (csv != null) {
        done.add(csv + " (" + tables.size() + " CSV files)");
      }
      if (json != null) {
        done.add(json.toString());
      }
      if (qdpx != null) {
        QdpxPackage p = qdpxMade[0];
        if (!p.unplaced().isEmpty()) {
          err.println("parallax: " + qdpx + ": " + p.unplaced().size() + " of the analyst's codings no longer"
              + " find their passage (kept in the project, left out of the .qdpx)");
        }
        done.add(qdpx + " (" + count(p.sources(), "source") + ", " + count(p.codings(), "coding") + ", "
            + count(p.notes(), "memo") + (qdpxFindings ? ", " + count(p.findings(), "finding") : "") + ")");
      }
    } catch (ExportException e) {
      err.println("parallax: " + e.getMessage() + " (nothing exported)");
      exit = AnalyzeCommand.WRITE_FAILED;
    } catch (OutOfMemoryError e) {
      // The temporary files are already gone (writeAll cleans up); say what to do instead of a trace.
      err.println(
          "parallax: " + folder + ": not enough memory to write the export of " + selected.articles().size()
              + " articles (Java's heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB); give it more (java -Xmx2g -jar …) or export fewer articles with --articles (nothing exported)");
      exit = AnalyzeCommand.WRITE_FAILED;
    }
    if (!quiet && !done.isEmpty()) {
      err.printf(
          "parallax: %s: %d article(s) exported -> %s%n",
          folder, selected.articles().size(), String.join(", ", done));
    }
    err.flush();
    return exit;
  }

  /** "1 coding", "3 codings". */
  private static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}

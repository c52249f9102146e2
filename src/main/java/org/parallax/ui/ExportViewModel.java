package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.export.CsvExporter;
import org.parallax.export.PdfReport;
import org.parallax.export.PdfReportWriter;
import org.parallax.export.ReportOptions;

/**
 * File > Export: the annotated PDF report and the data (CSV tables and the analysis JSON) of the open
 * corpus, made by the export engine on the {@link TaskRunner}. What is exported is what the analyst sees:
 * the articles shown, in column order.
 */
public final class ExportViewModel {

  /** How an export ended, in words for the status bar and a notification. */
  public record Outcome(boolean ok, String message) {}

  private final TaskRunner tasks;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();

  /** The report's sections the analyst chose (File > Export PDF report…). */
  private final javafx.collections.ObservableSet<ReportOptions.Section> sections =
      javafx.collections.FXCollections.observableSet(java.util.EnumSet.allOf(ReportOptions.Section.class));
  /** Rows at most per summary table: {@link ReportOptions#AUTO_ROWS}, {@link ReportOptions#ALL_ROWS} or a number. */
  private final javafx.beans.property.IntegerProperty top = new javafx.beans.property.SimpleIntegerProperty(ReportOptions.AUTO_ROWS);
  private final javafx.beans.property.BooleanProperty onlyLoaded = new javafx.beans.property.SimpleBooleanProperty(false);

  public ExportViewModel(TaskRunner tasks) {
    this.tasks = tasks;
  }

  public javafx.collections.ObservableSet<ReportOptions.Section> sections() {
    return sections;
  }

  public javafx.beans.property.IntegerProperty top() {
    return top;
  }

  public javafx.beans.property.BooleanProperty onlyLoaded() {
    return onlyLoaded;
  }

  /** The options for {@code shownIds} of {@code analysis}: every article in corpus order means all. */
  static ReportOptions options(Analysis analysis, List<String> shownIds) {
    List<String> all = analysis.articles().stream().map(a -> a.id()).toList();
    return ReportOptions.all().withArticles(shownIds.equals(all) ? List.of() : shownIds);
  }

  /** {@link #options(Analysis, List)} shaped as the analyst chose: sections, rows, loaded referents only. */
  ReportOptions reportOptions(Analysis analysis, List<String> shownIds) {
    ReportOptions o = options(analysis, shownIds).withTop(top.get()).withOnlyLoaded(onlyLoaded.get())
        .withProject(project).withRejected(rejected);
    return sections.isEmpty() ? o : o.withSections(java.util.EnumSet.copyOf(sections));
  }

  private org.parallax.project.Project project = org.parallax.project.Project.EMPTY;
  private org.parallax.project.Corrections.Rejected rejected = org.parallax.project.Corrections.Rejected.LEAVE_OUT;

  /**
   * The analyst's project the exports carry (codings, memos, corrections), and whether the analysis
   * handed to the exports keeps rejected findings (to mark them) or left them out.
   */
  public void setProject(org.parallax.project.Project p, org.parallax.project.Corrections.Rejected mode) {
    this.project = p == null ? org.parallax.project.Project.EMPTY : p;
    this.rejected = mode;
  }

  /**
   * Writes a REFI-QDA project ({@code .qdpx}) of the shown articles with the analyst's codes, codings and
   * memos and the machine's findings as codes, for MAXQDA, NVivo, ATLAS.ti or QualCoder.
   */
  public void exportQdpx(Analysis analysis, org.parallax.project.Project p, List<String> shownIds, Path target) {
    running.set(true);
    ReportOptions options = options(analysis, shownIds);
    tasks.run(
        () -> {
          try {
            return new org.parallax.export.QdpxWriter().write(options.select(analysis), p, true, target);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        pkg -> finish(true, "REFI-QDA project written: " + target),
        error -> finish(false, "The REFI-QDA project could not be written: " + reason(error)));
  }

  /** Writes the PDF report of the shown articles to {@code target}. */
  public void exportPdf(Analysis analysis, List<String> shownIds, Path target) {
    running.set(true);
    ReportOptions options = reportOptions(analysis, shownIds);
    tasks.run(
        () -> {
          try {
            return new PdfReportWriter().write(analysis, options, target);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        (PdfReport report) -> {
          String extra =
              report.missingCharacters().isEmpty()
                  ? ""
                  : "; characters the font cannot draw were shown as �: " + report.describeMissing();
          finish(true, "Report written: " + target + " (" + report.pages() + (report.pages() == 1 ? " page" : " pages") + ")" + extra);
        },
        error -> finish(false, "The report could not be written: " + reason(error)));
  }

  /** Writes the CSV tables and {@code NAME.json} of the shown articles into {@code folder}. */
  public void exportData(Analysis analysis, List<String> shownIds, Path folder) {
    running.set(true);
    ReportOptions options = options(analysis, shownIds);
    String json = safeName(analysis.corpus().name()) + ".json";
    tasks.run(
        () -> {
          try {
            Analysis selected = options.select(analysis);
            List<Path> files = new CsvExporter().write(selected, project, folder);
            AnalysisJson.write(selected, folder.resolve(json));
            return files.size() + 1;
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        count -> finish(true, "Data written: " + count + " files in " + folder + " (CSV tables and " + json + ")"),
        error -> finish(false, "The data could not be written: " + reason(error)));
  }

  private void finish(boolean ok, String message) {
    running.set(false);
    outcome.set(new Outcome(ok, message));
  }

  private static String reason(Throwable error) {
    Throwable e = error instanceof java.io.UncheckedIOException && error.getCause() != null ? error.getCause() : error;
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** A file name from a corpus name: letters, digits, dot, dash and underscore. */
  static String safeName(String name) {
    String s = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "analysis" : s;
  }

  public ReadOnlyBooleanProperty running() {
    return running.getReadOnlyProperty();
  }

  /** The last export's outcome (a new object each time, so listeners see repeats). */
  public ReadOnlyObjectProperty<Outcome> outcome() {
    return outcome.getReadOnlyProperty();
  }
}

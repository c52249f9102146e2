package org.parallax.export;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link PdfReportWriter} wrote.
 *
 * @param file the report file
 * @param pages number of pages
 * @param articles number of articles shown
 * @param marks highlights drawn in the articles
 * @param annotations PDF highlight annotations made (a mark crossing a page break makes two)
 * @param missingCharacters code points the embedded font cannot draw, in ascending order; each was
 *     drawn as U+FFFD
 * @param notes things a person should know about the report, in words (e.g. {@value
 *     PdfReportWriter#ONE_ARTICLE_NOTE})
 */
public record PdfReport(
    Path file,
    int pages,
    int articles,
    int marks,
    int annotations,
    List<Integer> missingCharacters,
    List<String> notes) {

  public PdfReport {
    missingCharacters = List.copyOf(missingCharacters);
    notes = List.copyOf(notes);
  }

  /** The missing characters for a message: "U+4E2D 中, U+1F600 😀". */
  public String describeMissing() {
    return missingCharacters.stream()
        .map(cp -> String.format("U+%04X %s", cp, new String(Character.toChars(cp))))
        .collect(Collectors.joining(", "));
  }
}

package org.parallax.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.Analysis;
import org.parallax.corpus.Problem;

/**
 * A story's records as a corpus folder, the form {@code parallax analyze} reads: one news-please JSON
 * file per record, {@code NAME.json}, in a scratch folder named after the story. The engine then reads
 * and analyses it exactly as on the command line, so a story analysed here equals {@code parallax
 * analyze --no-cache} on a folder holding the same files.
 */
public final class StoryFolder {

  private StoryFolder() {}

  /** The story's folder name: the story id made safe for a file name (a hash added when it had to change). */
  public static String folderName(String story) {
    String safe = NewsRecords.safe(story);
    if (safe.isEmpty() || !safe.equals(story)) {
      safe = (safe.isEmpty() ? "story" : safe) + "-" + NewsRecords.sha256(story).substring(0, 8);
    }
    return safe;
  }

  /**
   * Writes {@code records} into {@code scratch/FOLDER-NAME/}, in a stable order (by file name, then
   * content), two records with the same name told apart by {@code -2}, {@code -3}; returns the folder.
   */
  public static Path write(Path scratch, String story, List<NewsRecord> records) throws IOException {
    Path folder = scratch.resolve(folderName(story));
    Files.createDirectories(folder);
    List<NewsRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(NewsRecord::name).thenComparing(NewsRecord::json));
    Set<String> used = new HashSet<>();
    for (NewsRecord r : sorted) {
      String name = r.name();
      for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
        name = r.name() + "-" + i;
      }
      Files.writeString(folder.resolve(name + ".json"), r.json(), StandardCharsets.UTF_8);
    }
    return folder;
  }

  /**
   * {@code analysis} as the story's: named after the story, its {@code path} the story id, and the
   * problems the engine reported for the scratch folder itself reported for the story (the scratch
   * folder's path means nothing once it is gone).
   */
  public static Analysis asStory(Analysis analysis, String story, Path folder) {
    String scratch = folder.toString().replace('\\', '/');
    List<Problem> problems = new ArrayList<>();
    for (Problem p : analysis.problems()) {
      problems.add(p.file() != null && p.file().equals(scratch) ? new Problem(story, p.message(), p.skipped()) : p);
    }
    var c = analysis.corpus();
    return new Analysis(
        analysis.schema(),
        new Analysis.CorpusInfo(story, story, c.analyzedAt(), c.tool()),
        analysis.articles(),
        analysis.quotes(),
        analysis.facts(),
        analysis.referents(),
        analysis.divergences(),
        analysis.hedges(),
        analysis.unique(),
        problems,
        analysis.hedgeCues(),
        analysis.outlets(),
        analysis.proposedTerms(),
        analysis.wording());
  }

  /** Deletes {@code folder} and everything in it, quietly. */
  public static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // A scratch file left behind is no reason to lose the story.
        }
      });
    } catch (IOException e) {
      // Likewise.
    }
  }
}

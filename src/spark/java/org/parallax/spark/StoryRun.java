package org.parallax.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;
import org.parallax.analysis.Highlights;
import org.parallax.corpus.Problem;

/**
 * Analyses one story on an executor: its records as a scratch corpus folder ({@link StoryFolder}), the
 * engine over it, its analysis JSON written to {@code OUT/analyses/NAME.json} (any file system Hadoop
 * reaches: local, HDFS, S3), its table rows read from the analysis. A story that fails becomes a
 * {@code failed} result naming the cause; it never fails the task, so the other stories go on.
 */
public final class StoryRun {

  private StoryRun() {}

  /** Runs the story; {@code out} is the job's output folder as Hadoop names it. */
  public static StoryResult run(String story, List<NewsRecord> records, StoryAnalyzer analyzer, String out, Configuration hadoop) {
    long start = System.nanoTime();
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("parallax-spark-");
      Path folder = StoryFolder.write(scratch, story, records);
      Analysis analysis = StoryFolder.asStory(analyzer.analyze(folder), story, folder);
      List<RecordProblem> problems = new ArrayList<>();
      for (Problem p : analysis.problems()) {
        boolean ofStory = story.equals(p.file());
        problems.add(new RecordProblem(null, ofStory ? null : "'" + p.file() + "'", story,
            p.message() + (p.skipped() ? " (skipped)" : "")));
      }
      int outlets = (int) Highlights.names(analysis.articles()).values().stream().distinct().count();
      if (analysis.articles().isEmpty()) {
        return new StoryResult(story, records.size(), 0, 0, StoryResult.NOTHING, "no record could be analysed", seconds(start), null, null, problems);
      }
      String target = write(analysis, out, StoryFolder.folderName(story), hadoop);
      return new StoryResult(story, records.size(), analysis.articles().size(), outlets, StoryResult.ANALYSED, null, seconds(start),
          target, StoryTables.of(story, analysis), problems);
    } catch (Exception | StackOverflowError | LinkageError e) {
      String why = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
      return new StoryResult(story, records.size(), 0, 0, StoryResult.FAILED, why.lines().findFirst().orElse(why), seconds(start),
          null, null, List.of());
    } finally {
      StoryFolder.delete(scratch);
    }
  }

  private static String write(Analysis analysis, String out, String name, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(out, "analyses"), name + ".json");
    FileSystem fs = target.getFileSystem(hadoop);
    // No .crc files beside the analyses on a local disk.
    fs.setWriteChecksum(false);
    try (OutputStream stream = fs.create(target, true)) {
      AnalysisJson.write(analysis, stream);
    }
    return target.toString();
  }

  private static double seconds(long start) {
    return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
  }
}

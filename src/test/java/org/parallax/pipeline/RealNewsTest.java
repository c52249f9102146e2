package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisInvariants;
import org.parallax.corpus.Problem;

/**
 * The regression corpus of real news ({@code src/test/resources/realnews}, see its SOURCES.md): every
 * story folder analyses with no contained fault, no file skipped, and an analysis whose every span and
 * reference keeps the format's invariants.
 */
class RealNewsTest {

  private static final Path REAL_NEWS = Path.of("src/test/resources/realnews");
  private static final Analyzer ANALYZER = new Analyzer();

  @TestFactory
  Stream<DynamicTest> everyStoryAnalysesWithoutAFault() throws IOException {
    List<Path> folders;
    try (Stream<Path> s = Files.list(REAL_NEWS)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(folders.size() >= 40, "story folders: " + folders.size());
    return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
      Analyzer.Result r = ANALYZER.run(folder, ProgressListener.NONE, new Cancellation());
      Analysis a = r.analysis();
      assertEquals(List.of(), r.faults().stream().map(f -> f.stage() + " " + f.fault().unit() + ": " + f.fault().error()).toList());
      assertEquals(List.of(), a.problems().stream().filter(Problem::skipped).toList());
      assertTrue(a.articles().size() >= 2, "articles: " + a.articles().size());
      AnalysisInvariants.check(a);
    }));
  }
}

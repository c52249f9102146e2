package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.project.Correction;
import org.parallax.project.Edit;
import org.parallax.project.Project;
import org.parallax.project.ProjectFile;
import org.parallax.project.Target;

/** {@code parallax export} carries the analyst's project: the article details set in the app group the outlets. */
class ExportProjectTest {

  private static final String MOSCOW_TIMES = "002_17b3dee94d847ef4";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path seedsWithProject(Project p) throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    ProjectFile.write(p, ProjectFile.of(corpus));
    return corpus;
  }

  private static List<String> outlets(JsonNode analysis) {
    List<String> names = new ArrayList<>();
    analysis.path("outlets").forEach(o -> names.add(o.path("outlet").asText()));
    return names;
  }

  @Test
  void anOutletTheAnalystSetNamesTheArticlesProfileInTheExport() throws Exception {
    Project p = new Edit.Correct(new Correction("s1", Correction.Action.set, Target.article(MOSCOW_TIMES), null, "outlet",
        "Moscow Times (English)", "2026-12-02T00:00:00Z")).apply(Project.EMPTY);
    Path corpus = seedsWithProject(p);
    Path json = dir.resolve("a.json");
    assertEquals(0, run("export", corpus.toString(), "--json", json.toString(), "--no-cache"), err.toString());
    JsonNode a = new ObjectMapper().readTree(json.toFile());
    assertTrue(outlets(a).contains("Moscow Times (English)"), outlets(a).toString());
    assertFalse(outlets(a).contains("The Moscow Times"), outlets(a).toString());

    Path plain = dir.resolve("b.json");
    assertEquals(0, run("export", corpus.toString(), "--json", plain.toString(), "--no-cache", "--no-project"));
    assertTrue(outlets(new ObjectMapper().readTree(plain.toFile())).contains("The Moscow Times"));
  }
}

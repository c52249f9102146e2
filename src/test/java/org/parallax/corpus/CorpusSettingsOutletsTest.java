package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlet groups of {@code parallax.json}: read in both forms, a malformed entry a warning, never a crash. */
class CorpusSettingsOutletsTest {

  @TempDir Path dir;

  private CorpusSettings read(String json) throws Exception {
    Files.writeString(dir.resolve("parallax.json"), json);
    return CorpusSettings.read(dir);
  }

  @Test
  void readsEachOutletsGroupAsAnObjectOrAsPlainText() throws Exception {
    CorpusSettings s = read("{\"outlets\": {\"Press TV\": {\"group\": \"Iran, state-owned\"}, \" Al-Alam \": \"Iran, state-owned\","
        + " \"Reuters\": {\"group\": \" wire \"}}}");
    assertEquals(Map.of("Press TV", "Iran, state-owned", "Al-Alam", "Iran, state-owned", "Reuters", "wire"), s.outletGroups());
    assertEquals(List.of("Press TV", "Al-Alam", "Reuters"), List.copyOf(s.outletGroups().keySet()));
    assertEquals(List.of(), s.problems());
  }

  @Test
  void malformedOutletEntriesAreWarningsAndTheRestIsKept() throws Exception {
    CorpusSettings s = read("{\"name\": \"Talks\", \"outlets\": {\"Press TV\": {\"group\": \"Iran\", \"leaning\": \"x\"},"
        + " \"Fars\": 3, \"Tass\": {\"group\": 7}, \"RT\": \"\", \"BBC\": {}}, \"lexicon\": {\"loaded\": [\"hardliners\"]}}");
    assertEquals(Map.of("Press TV", "Iran"), s.outletGroups());
    assertEquals("Talks", s.name());
    assertEquals(List.of("hardliners"), s.lexicon().loaded());
    assertEquals(
        List.of(
            "parallax.json: \"outlets\": entry \"Press TV\": unknown field \"leaning\" (known: group)",
            "parallax.json: \"outlets\": entry \"Fars\" must be an object like {\"group\": \"...\"}; ignored",
            "parallax.json: \"outlets\": entry \"Tass\": \"group\" must be a non-empty text; ignored",
            "parallax.json: \"outlets\": entry \"RT\": the group is empty; ignored",
            "parallax.json: \"outlets\": entry \"BBC\" gives no \"group\"; ignored"),
        s.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void outletsThatAreNotAnObjectAreAWarning() throws Exception {
    CorpusSettings s = read("{\"outlets\": [\"Press TV\"]}");
    assertEquals(Map.of(), s.outletGroups());
    assertEquals(List.of("parallax.json: \"outlets\" must be an object of outlet name to {\"group\": \"...\"}; ignored"),
        s.problems().stream().map(Problem::toString).toList());
  }
}

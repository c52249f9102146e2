package org.parallax.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.pipeline.Analyzer;

/** Outlet groups from {@code parallax.json} reach the outlet profiles of the analysis, additively. */
class OutletGroupsTest {

  @TempDir Path dir;

  @Test
  void anOutletIsMatchedByItsNameExactlyElseIgnoringCaseAndSpaces() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("Press TV", "Iran, state-owned");
    groups.put("al-alam  news", "Iran, state-owned");
    groups.put("Gone Daily", "UK");
    assertEquals("Iran, state-owned", OutletGroups.of("Press TV", groups));
    assertEquals("Iran, state-owned", OutletGroups.of("Al-Alam News", groups));
    assertNull(OutletGroups.of("Reuters", groups));
    assertEquals(List.of("Gone Daily"), OutletGroups.unmatched(groups, List.of("Press TV", "Al-Alam News", "Reuters")));
  }

  @Test
  void theAnalysisGivesEachOutletProfileItsGroupAndWarnsOfNamesNoArticleHas() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Tanks crossed the border\n\nRussian tanks crossed the border into Ukraine on Monday, officials said.\n");
    Files.writeString(dir.resolve("b.txt"), "Border crossing\n\nRussian tanks crossed the Ukrainian border on Monday.\n");
    Files.writeString(dir.resolve("parallax.json"), "{\"articles\": {\"a.txt\": {\"outlet\": \"Press TV\"}, \"b.txt\": {\"outlet\": \"Reuters\"}},"
        + " \"outlets\": {\"press tv\": {\"group\": \"Iran, state-owned\"}, \"Al-Alam\": {\"group\": \"Iran, state-owned\"}}}");
    Analysis a = new Analyzer().analyze(dir);
    assertEquals(List.of("Press TV", "Reuters"), a.outlets().stream().map(OutletProfile::outlet).toList());
    assertEquals("Iran, state-owned", a.outlets().get(0).group());
    assertNull(a.outlets().get(1).group());
    assertTrue(a.problems().stream().anyMatch(p -> p.toString().equals(
        "parallax.json: \"outlets\" names \"Al-Alam\", which no article here has as its outlet")), a.problems().toString());
    JsonNode json = new ObjectMapper().readTree(AnalysisJson.toJson(a));
    JsonNode first = json.get("outlets").get(0);
    assertEquals(List.of("outlet", "group", "articles"), fieldNames(first).subList(0, 3));
    assertEquals("Iran, state-owned", first.get("group").asText());
    assertTrue(json.get("outlets").get(1).get("group").isNull());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}

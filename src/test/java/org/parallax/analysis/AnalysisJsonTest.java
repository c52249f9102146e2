package org.parallax.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framing sections of the analysis file, and compatibility with the starting contract. */
class AnalysisJsonTest {

  private static final Analysis.CorpusInfo INFO = new Analysis.CorpusInfo("c", "c", "2026-01-01T00:00:00Z", "parallax test");

  @Test
  void writesHedgesWithTheirKindAndCue() throws Exception {
    Span s = new Span("a", 3, 13, "reportedly");
    Analysis a = new Analysis(Analysis.SCHEMA, INFO, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(s),
        List.of(), List.of(), List.of(new Hedge("a", 3, 13, "reportedly", "hedge", "reportedly")), List.of(), List.of(), List.of());
    JsonNode h = new ObjectMapper().readTree(AnalysisJson.toJson(a)).path("hedges").get(0);
    assertEquals("{\"article\":\"a\",\"start\":3,\"end\":13,\"text\":\"reportedly\",\"kind\":\"hedge\",\"cue\":\"reportedly\"}", h.toString());
  }

  @Test
  void writesPlainSpansAndEmptyFramingSectionsForTheOldConstructor() throws Exception {
    Span s = new Span("a", 3, 13, "reportedly");
    Analysis a = new Analysis(Analysis.SCHEMA, INFO, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(s), List.of(), List.of());
    JsonNode root = new ObjectMapper().readTree(AnalysisJson.toJson(a));
    assertEquals("{\"article\":\"a\",\"start\":3,\"end\":13,\"text\":\"reportedly\"}", root.path("hedges").get(0).toString());
    assertEquals(0, root.path("outlets").size());
    assertEquals(0, root.path("proposedTerms").size());
    assertFalse(root.has("hedgeCues"));
    assertFalse(root.has("hedgesForJson"));
    List<String> fields = new java.util.ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("schema", "corpus", "articles", "quotes", "facts", "referents", "divergences", "hedges", "wording",
        "unique", "problems", "outlets", "proposedTerms"), fields);
    assertEquals(0, root.path("wording").size());
  }
}

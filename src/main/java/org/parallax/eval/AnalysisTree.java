package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.AnalysisJson;

/**
 * An analysis as the JSON document users get ({@code parallax.analysis/1}): the evaluations read what
 * is written, not the records behind it, so a section added to the format is measured without changing
 * them.
 */
final class AnalysisTree {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalysisTree() {}

  static JsonNode of(Analysis analysis) {
    try {
      return JSON.readTree(AnalysisJson.toJson(analysis));
    } catch (IOException e) {
      throw new IllegalStateException("the analysis JSON cannot be read back", e);
    }
  }

  /** Each article's cleaned text, by article id. */
  static Map<String, String> texts(JsonNode analysis) {
    Map<String, String> texts = new HashMap<>();
    for (JsonNode a : analysis.path("articles")) {
      texts.put(a.path("id").asText(), a.path("text").asText());
    }
    return texts;
  }
}

package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which spans of an analysis count as the words it highlights for the analyst, read from the analysis
 * JSON: the {@code wording} section when the analysis has one (loaded wording of every class, issue #12),
 * else what the format marks today: referent mentions with {@code "loaded": true} and the {@code hedges}.
 */
final class HighlightSource {

  /** One highlighted span. */
  record Mark(String article, int start, int end) {}

  private HighlightSource() {}

  /** What {@link #marks} reads from {@code analysis}, in words, for the report. */
  static String describe(JsonNode analysis, boolean all) {
    if (analysis.has("wording")) {
      return all ? "wording[] (every entry)" : "wording[] (entries shown by default)";
    }
    return "loaded referent mentions and hedges[] (no wording[] section)";
  }

  /** The highlighted spans, each once. */
  static List<Mark> marks(JsonNode analysis, boolean all) {
    return List.copyOf(new LinkedHashSet<>(analysis.has("wording") ? wording(analysis, all) : loadedAndHedges(analysis)));
  }

  /**
   * The {@code wording} section: entries {@code {"article", "start", "end", "text", "class", "strength",
   * "shown", "cue", "reason"}}; those with {@code "shown": true}, or every entry with {@code all}. This is
   * the one place that knows the section.
   */
  static List<Mark> wording(JsonNode analysis, boolean all) {
    List<Mark> marks = new ArrayList<>();
    for (JsonNode w : analysis.path("wording")) {
      if (all || w.path("shown").asBoolean(false)) {
        marks.add(mark(w));
      }
    }
    return marks;
  }

  /** Today's highlights: loaded referent mentions and hedge or attribution cues. */
  static List<Mark> loadedAndHedges(JsonNode analysis) {
    List<Mark> marks = new ArrayList<>();
    for (JsonNode r : analysis.path("referents")) {
      for (JsonNode m : r.path("mentions")) {
        if (m.path("loaded").asBoolean(false)) {
          marks.add(mark(m));
        }
      }
    }
    for (JsonNode h : analysis.path("hedges")) {
      marks.add(mark(h));
    }
    return marks;
  }

  private static Mark mark(JsonNode span) {
    return new Mark(span.path("article").asText(), span.path("start").asInt(), span.path("end").asInt());
  }
}

package org.parallax.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyst's optional {@code parallax.json} in a corpus folder: a corpus name and, per file, metadata
 * that overrides what Parallax reads from the file.
 *
 * <pre>{@code
 * {
 *   "name": "Kerry, Russia and Syria",
 *   "articles": {
 *     "002_17b3dee94d847ef4.txt": {"outlet": "The Moscow Times", "published": "2015-09-18"},
 *     "sub/page.html": {"title": "A better title", "author": "Jane Doe", "url": "https://..."}
 *   }
 * }
 * }</pre>
 *
 * <p>Files are named by their path relative to the corpus folder (or by their id). A malformed file is
 * reported and ignored; it is never rewritten.
 */
public record CorpusSettings(String name, Map<String, Metadata> articles, List<Problem> problems) {

  public static final String FILE_NAME = "parallax.json";

  private static final List<String> FIELDS = List.of("title", "outlet", "published", "url", "author");

  public static CorpusSettings none() {
    return new CorpusSettings(null, Map.of(), List.of());
  }

  /** Reads {@code folder/parallax.json}; no file means no settings. Never throws for bad content. */
  public static CorpusSettings read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return none();
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      return invalid("not valid JSON" + at + " (" + e.getOriginalMessage() + "); settings ignored");
    } catch (IOException e) {
      return invalid("cannot be read (" + e.getMessage() + "); settings ignored");
    }
    if (root == null || !root.isObject()) {
      return invalid("must hold a JSON object; settings ignored");
    }
    List<Problem> problems = new ArrayList<>();
    String name = root.path("name").isTextual() ? root.path("name").asText() : null;
    Map<String, Metadata> articles = new LinkedHashMap<>();
    JsonNode entries = root.path("articles");
    if (!entries.isMissingNode() && !entries.isObject()) {
      problems.add(Problem.warning(FILE_NAME, "\"articles\" must be an object of file name to metadata; ignored"));
    }
    entries
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              if (!v.isObject()) {
                problems.add(Problem.warning(FILE_NAME, "entry \"" + e.getKey() + "\" must be an object; ignored"));
                return;
              }
              v.fieldNames()
                  .forEachRemaining(
                      f -> {
                        if (!FIELDS.contains(f)) {
                          problems.add(
                              Problem.warning(
                                  FILE_NAME,
                                  "entry \"" + e.getKey() + "\": unknown field \"" + f + "\" (known: "
                                      + String.join(", ", FIELDS) + ")"));
                        }
                      });
              String published = text(v, "published");
              if (published != null) {
                var date = PublicationDate.ofValue(published);
                if (date.isEmpty()) {
                  problems.add(
                      Problem.warning(
                          FILE_NAME,
                          "entry \"" + e.getKey() + "\": published \"" + published
                              + "\" is not a date (use yyyy-MM-dd); ignored"));
                }
                published = date.map(Object::toString).orElse(null);
              }
              articles.put(
                  e.getKey(),
                  new Metadata(text(v, "title"), text(v, "outlet"), published, text(v, "url"), text(v, "author")));
            });
    return new CorpusSettings(name, Collections.unmodifiableMap(articles), List.copyOf(problems));
  }

  private static CorpusSettings invalid(String message) {
    return new CorpusSettings(null, Map.of(), List.of(Problem.warning(FILE_NAME, message)));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
  }
}

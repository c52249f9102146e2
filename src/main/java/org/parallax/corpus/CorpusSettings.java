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
 * <p>Files are named by their path relative to the corpus folder (or by their id). An optional {@code
 * "lexicon"} extends the framing lexicons for this corpus ({@link Lexicon}); an optional {@code
 * "outlets"} gives outlets a group ({@code {"Press TV": {"group": "Iran, state-owned"}}}, or the group
 * alone as the value). A malformed file is reported and ignored; it is never rewritten. A malformed part
 * of it is reported and left out, the rest is used.
 *
 * @param outletGroups outlet name (as the analysis names it) to its group, in file order; never null
 */
public record CorpusSettings(
    String name, Map<String, Metadata> articles, List<Problem> problems, Lexicon lexicon,
    Map<String, String> outletGroups) {

  public static final String FILE_NAME = "parallax.json";

  private static final List<String> FIELDS = List.of("title", "outlet", "published", "url", "author");

  private static final List<String> LEXICON_FIELDS = List.of("loaded", "hedges", "aliases");

  private static final List<String> OUTLET_FIELDS = List.of("group");

  /**
   * The analyst's additions to the framing lexicons for this corpus ({@code "lexicon"} in {@code
   * parallax.json}): loaded words or phrases, hedge cues, and groups of names for the same thing
   * (the first name of a group is the one shown).
   *
   * <p>Invariants: no list is null; every alias group has at least two non-blank names.
   */
  public record Lexicon(List<String> loaded, List<String> hedges, List<List<String>> aliases) {
    public static final Lexicon EMPTY = new Lexicon(List.of(), List.of(), List.of());

    public Lexicon {
      loaded = List.copyOf(loaded);
      hedges = List.copyOf(hedges);
      aliases = aliases.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
      return loaded.isEmpty() && hedges.isEmpty() && aliases.isEmpty();
    }
  }

  /** Settings without a lexicon extension (the form before the framing lexicons existed). */
  public CorpusSettings(String name, Map<String, Metadata> articles, List<Problem> problems) {
    this(name, articles, problems, Lexicon.EMPTY);
  }

  /** Settings without outlet groups. */
  public CorpusSettings(String name, Map<String, Metadata> articles, List<Problem> problems, Lexicon lexicon) {
    this(name, articles, problems, lexicon, Map.of());
  }

  public CorpusSettings {
    lexicon = lexicon == null ? Lexicon.EMPTY : lexicon;
    outletGroups = outletGroups == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outletGroups));
  }

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
    Lexicon lexicon = lexicon(root.path("lexicon"), problems);
    Map<String, String> groups = outletGroups(root.path("outlets"), problems);
    return new CorpusSettings(name, Collections.unmodifiableMap(articles), List.copyOf(problems), lexicon, groups);
  }

  /**
   * Reads {@code "outlets"}: per outlet name, {@code {"group": "..."}} or the group as a plain text.
   * Anything malformed is reported and left out, the rest is kept.
   */
  private static Map<String, String> outletGroups(JsonNode node, List<Problem> problems) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      problems.add(Problem.warning(FILE_NAME, "\"outlets\" must be an object of outlet name to {\"group\": \"...\"}; ignored"));
      return out;
    }
    node.fields()
        .forEachRemaining(
            e -> {
              String outlet = e.getKey().strip();
              JsonNode v = e.getValue();
              String where = "\"outlets\": entry \"" + e.getKey() + "\"";
              if (outlet.isEmpty()) {
                problems.add(Problem.warning(FILE_NAME, where + " names no outlet; ignored"));
                return;
              }
              if (v.isTextual()) {
                if (v.asText().isBlank()) {
                  problems.add(Problem.warning(FILE_NAME, where + ": the group is empty; ignored"));
                } else {
                  out.put(outlet, v.asText().strip());
                }
                return;
              }
              if (!v.isObject()) {
                problems.add(Problem.warning(FILE_NAME, where + " must be an object like {\"group\": \"...\"}; ignored"));
                return;
              }
              v.fieldNames()
                  .forEachRemaining(
                      f -> {
                        if (!OUTLET_FIELDS.contains(f)) {
                          problems.add(
                              Problem.warning(
                                  FILE_NAME, where + ": unknown field \"" + f + "\" (known: " + String.join(", ", OUTLET_FIELDS) + ")"));
                        }
                      });
              JsonNode group = v.path("group");
              if (group.isMissingNode() || group.isNull()) {
                problems.add(Problem.warning(FILE_NAME, where + " gives no \"group\"; ignored"));
                return;
              }
              if (!group.isTextual() || group.asText().isBlank()) {
                problems.add(Problem.warning(FILE_NAME, where + ": \"group\" must be a non-empty text; ignored"));
                return;
              }
              out.put(outlet, group.asText().strip());
            });
    return out;
  }

  /** Reads {@code "lexicon"}; anything malformed is reported and left out, the rest is kept. */
  private static Lexicon lexicon(JsonNode node, List<Problem> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return Lexicon.EMPTY;
    }
    if (!node.isObject()) {
      problems.add(Problem.warning(FILE_NAME, "\"lexicon\" must be an object with \"loaded\", \"hedges\" and \"aliases\"; ignored"));
      return Lexicon.EMPTY;
    }
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!LEXICON_FIELDS.contains(f)) {
                problems.add(
                    Problem.warning(
                        FILE_NAME,
                        "\"lexicon\": unknown field \"" + f + "\" (known: " + String.join(", ", LEXICON_FIELDS) + ")"));
              }
            });
    List<List<String>> aliases = new ArrayList<>();
    JsonNode groups = node.path("aliases");
    if (!groups.isMissingNode() && !groups.isArray()) {
      problems.add(Problem.warning(FILE_NAME, "\"lexicon\": \"aliases\" must be a list of lists of names; ignored"));
    } else {
      for (JsonNode g : groups) {
        List<String> names = strings(g);
        if (names == null || names.size() < 2) {
          problems.add(Problem.warning(FILE_NAME, "\"lexicon\": alias group " + g + " must list two names or more; ignored"));
        } else {
          aliases.add(names);
        }
      }
    }
    return new Lexicon(terms(node, "loaded", problems), terms(node, "hedges", problems), aliases);
  }

  private static List<String> terms(JsonNode node, String field, List<Problem> problems) {
    JsonNode v = node.path(field);
    if (v.isMissingNode()) {
      return List.of();
    }
    List<String> out = strings(v);
    if (out == null) {
      problems.add(Problem.warning(FILE_NAME, "\"lexicon\": \"" + field + "\" must be a list of words or phrases; ignored"));
      return List.of();
    }
    return out;
  }

  /** The non-blank strings of a JSON array, stripped; null when it is not an array of strings. */
  private static List<String> strings(JsonNode array) {
    if (!array.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : array) {
      if (!x.isTextual()) {
        return null;
      }
      if (!x.asText().isBlank()) {
        out.add(x.asText().strip());
      }
    }
    return out;
  }

  private static CorpusSettings invalid(String message) {
    return new CorpusSettings(null, Map.of(), List.of(Problem.warning(FILE_NAME, message)));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
  }
}

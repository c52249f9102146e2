package org.parallax.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one loader of the word lists bundled with Parallax: the editable JSON under {@code
 * resources/parallax/} (the framing lexicons in {@code lexicon/}, the outlet directory) and the closed
 * lists kept in code.
 *
 * <p>A bundled list is part of the build: a missing or malformed one is a broken build, reported as an
 * {@link IllegalStateException} or {@link UncheckedIOException} naming the resource, never as an empty
 * list. A list's entries are under {@code "terms"}, next to a {@code "_comment"} saying what it is for.
 */
public final class WordLists {

  /**
   * Field names are neither interned nor kept in a table of names seen: the big word maps have tens of
   * thousands of keys, each met once, and keeping them cost a cold start two thirds of noun-relations.json's
   * reading (160 against 60 ms in a fresh JVM with the installed app's compiler).
   */
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .build());

  private WordLists() {}

  /** The bundled JSON resource at {@code path} (from the class-path root, e.g. {@code /parallax/outlets.json}). */
  public static JsonNode bundled(String path) {
    return read(path, JSON::readTree);
  }

  /** How a bundled resource is read once opened. */
  private interface Reading<T> {
    T from(InputStream in) throws IOException;
  }

  /** The bundled resource at {@code path} read by {@code reading}; a missing or unreadable one is a broken build. */
  private static <T> T read(String path, Reading<T> reading) {
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled word list " + path + " is missing from the build");
      }
      return reading.from(in);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled word list " + path + " cannot be read", e);
    }
  }

  /** What {@link #strings} meets: a string at {@code path}, under {@code name} in an object or null in an array. */
  @FunctionalInterface
  public interface StringVisitor {
    /**
     * @param path the names of the objects and arrays around the string, joined by periods ({@code
     *     "major.terms"}; {@code "synonyms"} for a member of the top-level object {@code synonyms})
     */
    void string(String path, String name, String value);
  }

  /**
   * Every string of the bundled JSON resource at {@code path}, in order, read as a stream of tokens with
   * no tree built: for the big word maps (tens of thousands of entries), which a tree would hold twice.
   * Numbers, booleans and nulls are passed over; a missing or malformed resource is an error, as for
   * {@link #bundled}.
   */
  public static void strings(String path, StringVisitor visitor) {
    read(path, in -> {
      try (JsonParser p = JSON.getFactory().createParser(in)) {
        java.util.ArrayDeque<String> around = new java.util.ArrayDeque<>();
        String joined = "";
        String name = null;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          switch (t) {
            case FIELD_NAME -> name = p.currentName();
            case START_OBJECT, START_ARRAY -> {
              around.push(joined);
              if (name != null) {
                joined = joined.isEmpty() ? name : joined + "." + name;
              }
              name = null;
            }
            case END_OBJECT, END_ARRAY -> {
              joined = around.pop();
              name = null;
            }
            case VALUE_STRING -> {
              visitor.string(joined, name, p.getText());
              name = null;
            }
            default -> name = null;
          }
        }
      }
      return null;
    });
  }

  /** The entries of a list ({@code section.terms}), lowercase (root locale), in order; none if absent. */
  public static List<String> terms(JsonNode section) {
    List<String> out = new ArrayList<>();
    section.path("terms").forEach(t -> out.add(t.asText().toLowerCase(Locale.ROOT)));
    return out;
  }

  /** A closed list kept in code, as an immutable set; tolerates repeated entries, which long hand-kept lists accumulate. */
  public static Set<String> of(String... entries) {
    return Set.copyOf(Arrays.asList(entries));
  }
}

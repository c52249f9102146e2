package org.parallax.text;

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

  private static final ObjectMapper JSON = new ObjectMapper();

  private WordLists() {}

  /** The bundled JSON resource at {@code path} (from the class-path root, e.g. {@code /parallax/outlets.json}). */
  public static JsonNode bundled(String path) {
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled word list " + path + " is missing from the build");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled word list " + path + " cannot be read", e);
    }
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

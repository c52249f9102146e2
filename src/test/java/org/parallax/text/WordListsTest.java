package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming reader of the big word lists gives what the tree gives, each string with where it is. */
class WordListsTest {

  @Test
  void everyStringComesWithTheNamesAroundItAndOtherValuesArePassedOver() {
    List<String> seen = new ArrayList<>();
    WordLists.strings("/org/parallax/text/word-lists-sample.json", (path, name, value) -> seen.add(path + "|" + name + "|" + value));
    assertEquals(List.of(
        "|_comment|A sample for WordListsTest: nested objects, arrays and other values.",
        "terms|null|Alpha", "terms|null|beta",
        "major|_comment|inner", "major.terms|null|Gamma",
        "map|one|uno", "map|two|dos",
        "sets|null|a", "sets|null|b", "sets|null|c"), seen);
  }

  @Test
  void theBundledMapsAndListsReadAsAStreamEqualTheTree() {
    JsonNode tree = WordLists.bundled("/parallax/lexicon/noun-relations.json");
    Map<String, String> broader = new HashMap<>();
    WordLists.strings("/parallax/lexicon/noun-relations.json", (path, name, value) -> {
      if (path.equals("broader")) {
        broader.put(name, value);
      }
    });
    Map<String, String> fromTree = new HashMap<>();
    tree.path("broader").fields().forEachRemaining(e -> fromTree.put(e.getKey(), e.getValue().asText()));
    assertTrue(fromTree.size() > 10_000, "the big map: " + fromTree.size());
    assertEquals(fromTree, broader);

    List<String> places = new ArrayList<>();
    WordLists.strings("/parallax/lexicon/places.json", (path, name, value) -> {
      if (path.equals("major.terms")) {
        places.add(value.toLowerCase(java.util.Locale.ROOT));
      }
    });
    assertEquals(WordLists.terms(WordLists.bundled("/parallax/lexicon/places.json").path("major")), places);
  }

  @Test
  void aMissingOrBrokenListIsABrokenBuildNamedAsSuch() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> WordLists.strings("/org/parallax/text/no-such-list.json", (p, n, v) -> {}));
    assertTrue(missing.getMessage().contains("no-such-list.json"), missing.getMessage());
    UncheckedIOException broken = assertThrows(UncheckedIOException.class,
        () -> WordLists.strings("/org/parallax/text/word-lists-broken.json", (p, n, v) -> {}));
    assertTrue(broken.getMessage().contains("word-lists-broken.json"), broken.getMessage());
  }
}

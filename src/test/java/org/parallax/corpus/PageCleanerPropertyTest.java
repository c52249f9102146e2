package org.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.NewsText;
import org.parallax.testkit.Props;

/**
 * Cleaning keeps body text character for character: every kept line, and every removed one, is a line
 * of the input (or lines a fixed-width wrap broke, rejoined with a space), in input order, and every
 * line of the input is either kept or removed with a reason.
 */
class PageCleanerPropertyTest {

  /** The cleaner's own notion of edge space: Java whitespace, Unicode spaces and the byte-order mark. */
  private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}\\uFEFF]+|[\\s\\p{Z}\\uFEFF]+$");

  private final PageCleaner cleaner = new PageCleaner(OutletDirectory.bundled());

  @Test
  void keepsOrReportsEveryLineCharacterForCharacter() {
    Props.forAll("cleaning keeps lines", 200, r -> NewsText.sample(r), raw -> {
      PageCleaner.Result result = cleaner.clean(raw, Metadata.NONE);
      List<String> segments = segments(raw);
      String text = result.text();
      assertFalse(text.contains("\n\n\n"), "more than one blank line between paragraphs");
      assertEquals(EDGE_SPACE.matcher(text).replaceAll(""), text, "cleaned text starts or ends with space");
      List<String> kept = text.isEmpty() ? List.of() : List.of(text.replace("\n\n", "\n").split("\n", -1));
      int used = consume(segments, kept, "kept line");
      used += consume(segments, result.removed().stream().map(Removal::text).toList(), "removed line");
      assertEquals(segments.size(), used, "some input lines are neither kept nor reported removed");
      for (Removal r : result.removed()) {
        assertFalse(r.reason() == null || r.reason().isBlank(), "a removal without a reason");
      }
      Metadata m = result.metadata();
      for (String field : new String[] {m.title(), m.outlet(), m.published(), m.url(), m.author()}) {
        assertTrue(field == null || !field.isBlank(), "blank metadata instead of null: " + m);
      }
    });
  }

  /** The input's non-blank lines, trimmed as the cleaner trims them. */
  private static List<String> segments(String raw) {
    List<String> out = new ArrayList<>();
    for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String s = EDGE_SPACE.matcher(line).replaceAll("");
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Matches each of {@code lines}, in order, to a run of consecutive input segments joined by single
   * spaces; returns how many segments they use.
   */
  private static int consume(List<String> segments, List<String> lines, String what) {
    int at = 0;
    int used = 0;
    for (String line : lines) {
      int run = -1;
      int start = at;
      for (; start < segments.size() && run < 0; start++) {
        run = runAt(segments, start, line);
      }
      if (run < 0) {
        fail(what + " is not a line of the input: " + Props.javaLiteral(line));
      }
      at = start - 1 + run;
      used += run;
    }
    return used;
  }

  private static int runAt(List<String> segments, int start, String line) {
    StringBuilder b = new StringBuilder();
    for (int k = start; k < segments.size() && b.length() < line.length(); k++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(segments.get(k));
      if (b.length() == line.length() && b.toString().equals(line)) {
        return k - start + 1;
      }
      if (!line.startsWith(b.toString())) {
        return -1;
      }
    }
    return -1;
  }
}

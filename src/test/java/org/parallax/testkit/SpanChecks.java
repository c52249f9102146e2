package org.parallax.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.parallax.text.TextRange;

/** Assertions about spans into a text, shared by the property tests and the fuzz tests. */
public final class SpanChecks {

  private SpanChecks() {}

  /** {@code [start, end)} lies inside {@code text} and does not split a surrogate pair. */
  public static void inside(String text, int start, int end, String what) {
    if (start < 0 || end < start || end > text.length()) {
      fail(what + ": [" + start + ", " + end + ") is not inside a text of " + text.length() + " chars");
    }
    if (cutsPair(text, start) || cutsPair(text, end)) {
      fail(what + ": [" + start + ", " + end + ") cuts a surrogate pair: " + Props.javaLiteral(text.substring(start, end)));
    }
  }

  /** As {@link #inside}, and {@code spanText} is the text the span covers. */
  public static void covers(String text, int start, int end, String spanText, String what) {
    inside(text, start, end, what);
    assertEquals(text.substring(start, end), spanText, what + ": the text does not repeat the span [" + start + ", " + end + ")");
  }

  /** As {@link #covers}, and the span is not empty and neither starts nor ends in the middle of a word. */
  public static void wholeWords(String text, int start, int end, String spanText, String what) {
    covers(text, start, end, spanText, what);
    assertTrue(end > start, what + ": empty span at " + start);
    if (midWord(text, start) || midWord(text, end)) {
      fail(what + ": [" + start + ", " + end + ") " + Props.javaLiteral(spanText) + " starts or ends inside a word of "
          + Props.javaLiteral(text.substring(Math.max(0, start - 20), Math.min(text.length(), end + 20))));
    }
  }

  /** Ranges in text order, without overlap. */
  public static void ordered(List<TextRange> ranges, String what) {
    for (int i = 1; i < ranges.size(); i++) {
      if (ranges.get(i).start() < ranges.get(i - 1).end()) {
        fail(what + ": " + ranges.get(i - 1) + " and " + ranges.get(i) + " overlap or are out of order");
      }
    }
  }

  /** Whether position {@code i} falls between the two halves of a surrogate pair. */
  public static boolean cutsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i));
  }

  /**
   * Whether position {@code i} falls inside a word: a letter or digit (with any combining marks on it)
   * before, and a letter, digit or combining mark after. A mark with no letter under it (at the start
   * of the text, after a space) does not make a word.
   */
  public static boolean midWord(String text, int i) {
    if (i <= 0 || i >= text.length()) {
      return false;
    }
    int after = text.codePointAt(i);
    if (!Character.isLetterOrDigit(after) && !isMark(after)) {
      return false;
    }
    int j = i;
    while (j > 0) {
      int cp = text.codePointBefore(j);
      if (!isMark(cp)) {
        return Character.isLetterOrDigit(cp);
      }
      j -= Character.charCount(cp);
    }
    return false;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }
}

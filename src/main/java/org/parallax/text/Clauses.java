package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a sentence that tells two facts divides into clauses: at a semicolon, and at a comma followed by
 * a joining word ("…, and the court charged them", "…, but police said", "…, while rebels held the
 * north", "…, adding that…"), outside quotations and brackets. A part must have at least {@value
 * #MIN_WORDS} words to be a clause of its own, so coordinated names ("Russia, and later Iran") and the
 * last item of a list ("tanks, trucks, and artillery pieces") never make one; a comma before "and" that
 * closes a list of short items is no boundary either.
 *
 * <p>The parts are what the fact alignment compares where a whole sentence matches nothing: "Police
 * arrested two men on Friday, and the court charged them with robbery on Monday" can then align one
 * clause with an outlet that reports the arrest and the other with one that reports the charge.
 */
public final class Clauses {

  /** The fewest words a clause has. */
  public static final int MIN_WORDS = 6;
  /** Words that, after a comma, begin a clause joined to the one before. */
  private static final Set<String> JOINING = Set.of("and", "but", "while", "whereas", "although", "though", "yet", "adding");
  /** The most words an item of a list has ("tanks, trucks, and artillery"). */
  private static final int LIST_ITEM_WORDS = 3;

  private Clauses() {}

  /**
   * The clauses of {@code sentence} in {@code text}, in order, each trimmed of the spaces and the comma
   * or semicolon around it; an empty list when the sentence is one clause.
   */
  public static List<TextRange> of(String text, TextRange sentence) {
    List<Integer> cuts = new ArrayList<>(); // pairs: end of the left part, start of the right part
    int quote = 0;
    int bracket = 0;
    int end = Math.min(sentence.end(), text.length());
    int partStart = sentence.start();
    for (int i = sentence.start(); i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quote = quote > 0 ? 0 : 1;
        case '\u201C', '\u00AB' -> quote++;
        case '\u201D', '\u00BB' -> quote = Math.max(0, quote - 1);
        case '(', '[' -> bracket++;
        case ')', ']' -> bracket = Math.max(0, bracket - 1);
        default -> { }
      }
      if (quote > 0 || bracket > 0 || i + 1 >= end || !Character.isWhitespace(text.charAt(i + 1))) {
        continue;
      }
      if (c == ';') {
        int right = skipSpace(text, i + 1, end);
        cuts.add(i);
        cuts.add(right);
        partStart = right;
      } else if (c == ',') {
        int w = skipSpace(text, i + 1, end);
        int we = w;
        while (we < end && Character.isLetter(text.charAt(we))) {
          we++;
        }
        if (we == w || we >= end || !Character.isWhitespace(text.charAt(we))
            || !JOINING.contains(text.substring(w, we).toLowerCase(java.util.Locale.ROOT))
            || closesList(text, partStart, i)) {
          continue;
        }
        cuts.add(i);
        cuts.add(w);
        partStart = w;
      }
    }
    if (cuts.isEmpty()) {
      return List.of();
    }
    // The parts, each merged into the one before while it is too short to be a clause.
    List<int[]> parts = new ArrayList<>();
    int from = sentence.start();
    for (int k = 0; k <= cuts.size(); k += 2) {
      int to = k < cuts.size() ? cuts.get(k) : end;
      int next = k < cuts.size() ? cuts.get(k + 1) : end;
      parts.add(new int[] {from, to});
      from = next;
    }
    List<int[]> merged = new ArrayList<>();
    for (int[] p : parts) {
      if (!merged.isEmpty() && (words(text, p[0], p[1]) < MIN_WORDS || words(text, merged.get(merged.size() - 1)[0], merged.get(merged.size() - 1)[1]) < MIN_WORDS)) {
        merged.get(merged.size() - 1)[1] = p[1];
      } else {
        merged.add(p);
      }
    }
    if (merged.size() < 2) {
      return List.of();
    }
    List<TextRange> out = new ArrayList<>();
    for (int[] p : merged) {
      int s = skipSpace(text, p[0], p[1]);
      int e = p[1];
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      out.add(new TextRange(s, e));
    }
    return out;
  }

  /**
   * Whether the comma at {@code comma} closes a list of short items: the stretch since the comma before
   * it (in the same part) has at most {@value #LIST_ITEM_WORDS} words.
   */
  private static boolean closesList(String text, int partStart, int comma) {
    int previous = text.lastIndexOf(',', comma - 1);
    return previous >= partStart && words(text, previous + 1, comma) <= LIST_ITEM_WORDS;
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The runs of letters or digits in {@code text[from, to)}. */
  static int words(String text, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}

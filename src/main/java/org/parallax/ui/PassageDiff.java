package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Folding;
import org.parallax.text.Tok;
import org.parallax.text.WordDiff;

/**
 * A word-level comparison of one passage with a reference passage: which words the passage shares with
 * the reference, which it adds, which it leaves out, and which it puts in place of the reference's.
 *
 * <p>Words are compared without regard to case, curly versus straight quotation marks, or dash variants:
 * "Our focus" at the start of one quotation and "our focus" inside another is the same wording; those
 * typographic choices are not what an analyst is looking for. Punctuation marks count as words of their
 * own, so a parenthesis an outlet adds is shown as added.
 */
public final class PassageDiff {

  /** How a run of words of the passage relates to the reference. */
  public enum Change {
    SAME,
    INSERTED,
    DELETED,
    REPLACED
  }

  /**
   * A run of words with one kind of change.
   *
   * @param gap the space before the run, as in the text it came from ({@code ""} or {@code " "})
   * @param before the reference's words: for {@link Change#DELETED} and {@link Change#REPLACED}, else
   *     {@code ""}
   * @param text the passage's words: for {@link Change#SAME}, {@link Change#INSERTED} and {@link
   *     Change#REPLACED}, else {@code ""}
   */
  public record Piece(Change change, String gap, String before, String text) {}

  /**
   * The comparison: its pieces in reading order, and how many words were inserted and deleted and how
   * many runs were substituted.
   */
  public record Result(List<Piece> pieces, int inserted, int deleted, int replaced) {
    public Result {
      pieces = List.copyOf(pieces);
    }

    public boolean identical() {
      return inserted == 0 && deleted == 0 && replaced == 0;
    }

    /** "identical wording", or "1 word added, 2 left out, 1 substitution". */
    public String summary() {
      if (identical()) {
        return "identical wording";
      }
      List<String> parts = new ArrayList<>();
      if (inserted > 0) {
        parts.add(inserted + (inserted == 1 ? " word added" : " words added"));
      }
      if (deleted > 0) {
        parts.add(deleted + (parts.isEmpty() ? (deleted == 1 ? " word left out" : " words left out") : " left out"));
      }
      if (replaced > 0) {
        parts.add(replaced + (replaced == 1 ? " substitution" : " substitutions"));
      }
      return String.join(", ", parts);
    }
  }

  private PassageDiff() {}

  /** Compares {@code passage} with {@code reference}, word by word, through {@link WordDiff#compare}. */
  public static Result compare(String reference, String passage) {
    WordDiff.Comparison c = WordDiff.compare(reference, passage, Folding.TYPOGRAPHY);
    List<Tok> a = c.aTokens();
    List<Tok> b = c.bTokens();
    List<Piece> pieces = new ArrayList<>();
    int inserted = 0;
    int deleted = 0;
    int replaced = 0;
    for (Step e : wholeWords(c.runs().stream().map(r -> new Step(r.kind(), r.edit().aFrom(), r.edit().aTo(), r.edit().bFrom(), r.edit().bTo())).toList(), a, b)) {
      switch (e.kind()) {
        case SAME -> pieces.add(new Piece(Change.SAME, gap(b, e.bFrom()), "", join(b, e.bFrom(), e.bTo())));
        case INSERT -> {
          pieces.add(new Piece(Change.INSERTED, gap(b, e.bFrom()), "", join(b, e.bFrom(), e.bTo())));
          inserted += words(b, e.bFrom(), e.bTo());
        }
        case DELETE -> {
          pieces.add(new Piece(Change.DELETED, gap(a, e.aFrom()), join(a, e.aFrom(), e.aTo()), ""));
          deleted += words(a, e.aFrom(), e.aTo());
        }
        case CHANGE -> {
          // The reference's space: the old words stand where they stood ("State militants → )").
          String gap = gap(a, e.aFrom()).isEmpty() ? gap(b, e.bFrom()) : gap(a, e.aFrom());
          pieces.add(new Piece(Change.REPLACED, gap, join(a, e.aFrom(), e.aTo()), join(b, e.bFrom(), e.bTo())));
          replaced++;
        }
      }
    }
    return new Result(pieces, inserted, deleted, replaced);
  }

  /** A run of the comparison: the reference's tokens {@code [aFrom, aTo)} and the passage's {@code [bFrom, bTo)}. */
  private record Step(WordDiff.Kind kind, int aFrom, int aTo, int bFrom, int bTo) {}

  /**
   * The edits with no change ending or starting inside a hyphenated word: "Bashar al-Assad" against
   * "Bashar Assad" showed "al-" struck out and "Assad" kept, as if the name were two words; now the
   * whole word is replaced ("al-Assad → Assad"). Tokens of the unchanged run on the word's side move
   * into the change.
   */
  private static List<Step> wholeWords(List<Step> edits, List<Tok> a, List<Tok> b) {
    List<Step> out = new ArrayList<>(edits);
    for (int i = 0; i + 1 < out.size(); i++) {
      Step left = out.get(i);
      Step right = out.get(i + 1);
      boolean leftSame = left.kind() == WordDiff.Kind.SAME;
      if (leftSame == (right.kind() == WordDiff.Kind.SAME)) {
        continue;
      }
      int moved = 0;
      if (!leftSame) {
        // A change, then the rest of its word at the start of an unchanged run.
        while (right.aFrom() + moved < right.aTo()
            && (left.aTo() > left.aFrom() && hyphenJoined(a, right.aFrom() + moved)
                || left.bTo() > left.bFrom() && hyphenJoined(b, right.bFrom() + moved))) {
          moved++;
        }
        if (moved > 0) {
          out.set(i, change(left.aFrom(), right.aFrom() + moved, left.bFrom(), right.bFrom() + moved));
          out.set(i + 1, new Step(WordDiff.Kind.SAME, right.aFrom() + moved, right.aTo(), right.bFrom() + moved, right.bTo()));
        }
      } else {
        // The start of a word at the end of an unchanged run, then a change.
        while (left.aTo() - moved > left.aFrom()
            && (right.aTo() > right.aFrom() && hyphenJoined(a, right.aFrom() - moved)
                || right.bTo() > right.bFrom() && hyphenJoined(b, right.bFrom() - moved))) {
          moved++;
        }
        if (moved > 0) {
          out.set(i, new Step(WordDiff.Kind.SAME, left.aFrom(), left.aTo() - moved, left.bFrom(), left.bTo() - moved));
          out.set(i + 1, change(right.aFrom() - moved, right.aTo(), right.bFrom() - moved, right.bTo()));
        }
      }
    }
    out.removeIf(e -> e.aFrom() == e.aTo() && e.bFrom() == e.bTo());
    return out;
  }

  /** A change of the reference's tokens {@code [aFrom, aTo)} into the passage's {@code [bFrom, bTo)}. */
  private static Step change(int aFrom, int aTo, int bFrom, int bTo) {
    WordDiff.Kind kind = aFrom == aTo ? WordDiff.Kind.INSERT : bFrom == bTo ? WordDiff.Kind.DELETE : WordDiff.Kind.CHANGE;
    return new Step(kind, aFrom, aTo, bFrom, bTo);
  }

  /** Whether token {@code k} and the one before it are written together with a hyphen ("al" "-" "Assad"). */
  private static boolean hyphenJoined(List<Tok> tokens, int k) {
    if (k <= 0 || k >= tokens.size() || tokens.get(k).start() > tokens.get(k - 1).end()) {
      return false;
    }
    return isHyphen(tokens.get(k).text()) || isHyphen(tokens.get(k - 1).text());
  }

  private static boolean isHyphen(String s) {
    return s.equals("-") || s.equals("\u2010") || s.equals("\u2011");
  }

  /** The space before token {@code k} as written: {@code ""} for the first token or none, else {@code " "}. */
  private static String gap(List<Tok> tokens, int k) {
    return k > 0 && tokens.get(k).start() > tokens.get(k - 1).end() ? " " : "";
  }

  /** The tokens {@code [from, to)} as written, with the spaces between them (not before the first). */
  private static String join(List<Tok> tokens, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        s.append(gap(tokens, k));
      }
      s.append(tokens.get(k).text());
    }
    return s.toString();
  }

  private static int words(List<Tok> tokens, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord()) {
        n++;
      }
    }
    return n;
  }
}

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
    for (WordDiff.Run run : c.runs()) {
      WordDiff.Edit e = run.edit();
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

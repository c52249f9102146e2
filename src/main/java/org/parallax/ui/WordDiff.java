package org.parallax.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of one passage with a reference passage: which words the passage shares with
 * the reference, which it adds, which it leaves out, and which it puts in place of the reference's.
 *
 * <p>Words are compared without regard to case, curly versus straight quotation marks, or dash variants:
 * "Our focus" at the start of one quotation and "our focus" inside another is the same wording; those
 * typographic choices are not what an analyst is looking for. Punctuation marks count as words of their
 * own, so a parenthesis an outlet adds is shown as added.
 */
public final class WordDiff {

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

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*|\\S");

  private record Token(String text, String gap, String key, boolean word) {}

  private WordDiff() {}

  /** Compares {@code passage} with {@code reference}, word by word. */
  public static Result compare(String reference, String passage) {
    List<Token> a = tokens(reference);
    List<Token> b = tokens(passage);
    List<AbstractDelta<String>> deltas =
        new ArrayList<>(DiffUtils.diff(keys(a), keys(b)).getDeltas());
    deltas.sort(Comparator.comparingInt(d -> d.getSource().getPosition()));
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    int j = 0;
    int inserted = 0;
    int deleted = 0;
    int replaced = 0;
    for (AbstractDelta<String> d : deltas) {
      int sourceAt = d.getSource().getPosition();
      int sourceSize = d.getSource().size();
      int targetAt = d.getTarget().getPosition();
      int targetSize = d.getTarget().size();
      if (targetAt > j) {
        pieces.add(new Piece(Change.SAME, b.get(j).gap(), "", join(b, j, targetAt)));
      }
      if (d.getType() == DeltaType.INSERT) {
        pieces.add(new Piece(Change.INSERTED, b.get(targetAt).gap(), "", join(b, targetAt, targetAt + targetSize)));
        inserted += words(b, targetAt, targetAt + targetSize);
      } else if (d.getType() == DeltaType.DELETE) {
        pieces.add(new Piece(Change.DELETED, a.get(sourceAt).gap(), join(a, sourceAt, sourceAt + sourceSize), ""));
        deleted += words(a, sourceAt, sourceAt + sourceSize);
      } else if (d.getType() == DeltaType.CHANGE) {
        // The reference's space: the old words stand where they stood ("State militants → )").
        String gap = a.get(sourceAt).gap().isEmpty() ? b.get(targetAt).gap() : a.get(sourceAt).gap();
        pieces.add(
            new Piece(
                Change.REPLACED,
                gap,
                join(a, sourceAt, sourceAt + sourceSize),
                join(b, targetAt, targetAt + targetSize)));
        replaced++;
      }
      i = sourceAt + sourceSize;
      j = targetAt + targetSize;
    }
    if (j < b.size()) {
      pieces.add(new Piece(Change.SAME, b.get(j).gap(), "", join(b, j, b.size())));
    }
    if (pieces.isEmpty() && i < a.size()) {
      // Unreachable in practice (no deltas and nothing left means both are empty); kept for safety.
      pieces.add(new Piece(Change.DELETED, "", join(a, i, a.size()), ""));
    }
    return new Result(pieces, inserted, deleted, replaced);
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      String between = text.substring(last, m.start());
      String gap = out.isEmpty() || between.isEmpty() ? "" : " ";
      String t = m.group();
      out.add(new Token(t, gap, key(t), Character.isLetterOrDigit(t.codePointAt(0))));
      last = m.end();
    }
    return out;
  }

  private static String key(String token) {
    return token
        .toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replace('–', '-')
        .replace('—', '-');
  }

  private static List<String> keys(List<Token> tokens) {
    return tokens.stream().map(Token::key).toList();
  }

  /** The tokens {@code [from, to)} as written, with the spaces between them (not before the first). */
  private static String join(List<Token> tokens, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        s.append(tokens.get(k).gap());
      }
      s.append(tokens.get(k).text());
    }
    return s.toString();
  }

  private static int words(List<Token> tokens, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word()) {
        n++;
      }
    }
    return n;
  }
}

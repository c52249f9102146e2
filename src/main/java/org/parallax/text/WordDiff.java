package org.parallax.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one word-level diff of the engine and the app: quotations, aligned facts, referents and the
 * workbench's passage comparison all go through it (Myers' algorithm, from java-diff-utils, which no other
 * package uses).
 *
 * <p>{@link #edits} diffs two sequences of word keys (words already folded or stemmed by the caller);
 * {@link #compare} tokenises and folds two passages itself and gives the aligned runs with offsets into
 * both strings as written.
 */
public final class WordDiff {

  private WordDiff() {}

  /** How a run of words of {@code b} relates to {@code a}. */
  public enum Kind {
    SAME,
    INSERT,
    DELETE,
    CHANGE
  }

  /**
   * One run of an alignment: words {@code [aFrom, aTo)} of the first sequence stand where words {@code
   * [bFrom, bTo)} of the second do. {@link Kind#INSERT} has no words of {@code a}, {@link Kind#DELETE}
   * none of {@code b}; {@link Kind#SAME} and {@link Kind#CHANGE} have both.
   */
  public record Edit(Kind kind, int aFrom, int aTo, int bFrom, int bTo) {

    public Edit {
      Objects.requireNonNull(kind, "kind");
      if (aFrom < 0 || aTo < aFrom || bFrom < 0 || bTo < bFrom
          || (kind == Kind.INSERT) != (aTo == aFrom) || (kind == Kind.DELETE) != (bTo == bFrom)) {
        throw new IllegalArgumentException("inconsistent " + kind + " [" + aFrom + ", " + aTo + ") / [" + bFrom
            + ", " + bTo + ")");
      }
    }

    public int aSize() {
      return aTo - aFrom;
    }

    public int bSize() {
      return bTo - bFrom;
    }

    /** Whether the run stands before every word the two sequences share: at the start of both. */
    public boolean leading() {
      return aFrom == 0 && bFrom == 0;
    }

    /** Whether the run stands after every word the two sequences share: at the end of both. */
    public boolean trailing(int aLength, int bLength) {
      return aTo == aLength && bTo == bLength;
    }
  }

  /**
   * The differences between two sequences of word keys, compared with {@code equals}, in order: a
   * shortest edit script, without the runs that are the same.
   */
  public static <T> List<Edit> edits(List<T> a, List<T> b) {
    List<Edit> out = new ArrayList<>();
    for (AbstractDelta<T> d : DiffUtils.diff(a, b).getDeltas()) {
      Kind kind = switch (d.getType()) {
        case INSERT -> Kind.INSERT;
        case DELETE -> Kind.DELETE;
        case CHANGE -> Kind.CHANGE;
        case EQUAL -> Kind.SAME;
      };
      int as = d.getSource().getPosition();
      int bs = d.getTarget().getPosition();
      out.add(new Edit(kind, as, as + d.getSource().size(), bs, bs + d.getTarget().size()));
    }
    out.sort((x, y) -> Integer.compare(x.aFrom(), y.aFrom()));
    return out;
  }

  /**
   * The length of the longest common subsequence of two word sequences (the words an alignment keeps),
   * compared with {@code equals}. Quadratic time, linear space: for sentences, not whole texts.
   */
  public static <T> int commonLength(List<T> a, List<T> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int x = 1; x <= a.size(); x++) {
      T w = a.get(x - 1);
      for (int y = 1; y <= b.size(); y++) {
        cur[y] = w.equals(b.get(y - 1)) ? prev[y - 1] + 1 : Math.max(prev[y], cur[y - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  /**
   * The edit distance (insertions, deletions and substitutions of characters) between two short strings,
   * such as two spellings of a first name. Quadratic time, linear space.
   */
  public static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int y = 0; y <= b.length(); y++) {
      prev[y] = y;
    }
    for (int x = 1; x <= a.length(); x++) {
      cur[0] = x;
      for (int y = 1; y <= b.length(); y++) {
        int substitute = prev[y - 1] + (a.charAt(x - 1) == b.charAt(y - 1) ? 0 : 1);
        cur[y] = Math.min(substitute, Math.min(prev[y], cur[y - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** The length of the longest run of consecutive words two sequences share. Quadratic time, linear space. */
  public static <T> int longestCommonRun(List<T> a, List<T> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    int best = 0;
    for (int i = 1; i <= a.size(); i++) {
      T w = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = w.equals(b.get(j - 1)) ? prev[j - 1] + 1 : 0;
        best = Math.max(best, cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }

  /**
   * A run of two passages compared: its words as token indices ({@code edit}) and as character ranges
   * into each passage as written. A side without words has an empty range where they would stand: after
   * the word before (at 0 before the first word).
   */
  public record Run(Edit edit, TextRange a, TextRange b) {

    public Kind kind() {
      return edit.kind();
    }
  }

  /**
   * Two passages compared word by word: the tokens of each ({@link Tokenizer#words}), and every run of
   * tokens, the same ones included, in reading order. Together the runs cover every token of both.
   */
  public record Comparison(String a, String b, List<Tok> aTokens, List<Tok> bTokens, List<Run> runs) {

    public Comparison {
      aTokens = List.copyOf(aTokens);
      bTokens = List.copyOf(bTokens);
      runs = List.copyOf(runs);
    }
  }

  /** Compares passage {@code b} with {@code a}: tokens are equal when their {@code folding}s are. */
  public static Comparison compare(String a, String b, Folding folding) {
    List<Tok> ta = Tokenizer.words(a, folding);
    List<Tok> tb = Tokenizer.words(b, folding);
    List<Run> runs = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Edit e : edits(lowers(ta), lowers(tb))) {
      if (e.aFrom() > i || e.bFrom() > j) {
        runs.add(run(new Edit(Kind.SAME, i, e.aFrom(), j, e.bFrom()), ta, tb));
      }
      runs.add(run(e, ta, tb));
      i = e.aTo();
      j = e.bTo();
    }
    if (i < ta.size() || j < tb.size()) {
      runs.add(run(new Edit(Kind.SAME, i, ta.size(), j, tb.size()), ta, tb));
    }
    return new Comparison(a, b, ta, tb, runs);
  }

  private static List<String> lowers(List<Tok> toks) {
    List<String> out = new ArrayList<>(toks.size());
    for (Tok t : toks) {
      out.add(t.lower());
    }
    return out;
  }

  private static Run run(Edit e, List<Tok> ta, List<Tok> tb) {
    return new Run(e, span(ta, e.aFrom(), e.aTo()), span(tb, e.bFrom(), e.bTo()));
  }

  private static TextRange span(List<Tok> toks, int from, int to) {
    if (from == to) {
      int at = from == 0 ? 0 : toks.get(from - 1).end();
      return new TextRange(at, at);
    }
    return new TextRange(toks.get(from).start(), toks.get(to - 1).end());
  }
}

package org.parallax.export;

import java.util.HashMap;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Span;
import org.parallax.project.Correction;
import org.parallax.project.Corrections;

/**
 * The analyst's verdicts on the machine's findings, as the report marks them: by finding id ({@code q1},
 * {@code f2}, {@code d3}, {@code r4}, or {@code article:start-end} for a hedge or loaded wording, which
 * have no id of their own), whether the analyst confirmed or rejected it.
 *
 * <p>Invariant: a rejection is held only when the report keeps rejected findings ({@link
 * Corrections.Rejected#KEEP}). Left out, a rejected finding is not in the analysis, and its verdict found
 * again there could fall on a neighbouring finding that shares the passage. Where the analyst changed
 * their mind, the later verdict holds.
 */
record Verdicts(Map<String, Correction.Action> byItem) {

  static final String REJECTED = "rejected by analyst";
  static final String CONFIRMED = "confirmed by analyst";
  static final int REJECTED_RGB = 0xB3261E;
  static final int CONFIRMED_RGB = 0x1E7B34;

  static final Verdicts NONE = new Verdicts(Map.of());

  Verdicts {
    byItem = Map.copyOf(byItem);
  }

  /** The verdicts of {@code options}' project on {@code analysis}, already corrected by it. */
  static Verdicts of(Analysis analysis, ReportOptions options) {
    if (options.project().corrections().isEmpty()) {
      return NONE;
    }
    // Applying the corrections again finds the same findings (idempotent on a corrected analysis).
    Corrections.Corrected again = Corrections.apply(analysis, options.project(), Corrections.Rejected.KEEP);
    boolean rejectedKept = options.rejected() == Corrections.Rejected.KEEP;
    Map<String, Correction.Action> out = new HashMap<>();
    for (Corrections.Verdict v : again.verdicts()) {
      Correction.Action action = v.correction().action();
      if (action == Correction.Action.confirm || action == Correction.Action.reject && rejectedKept) {
        out.put(v.item(), action);
      }
    }
    return new Verdicts(out);
  }

  boolean isEmpty() {
    return byItem.isEmpty();
  }

  /** The mark of finding {@code item}, in words, or {@code null} when the analyst gave no verdict. */
  String words(String item) {
    Correction.Action a = item == null ? null : byItem.get(item);
    return a == Correction.Action.reject ? REJECTED : a == Correction.Action.confirm ? CONFIRMED : null;
  }

  /** The mark of a hedge or loaded wording at {@code s}. */
  String words(Span s) {
    return words(spanId(s.article(), s.start(), s.end()));
  }

  /** The mark of a highlight: of its finding, else of the passage it marks. */
  String words(Highlight h) {
    String w = words(h.item());
    return w != null ? w : words(spanId(h.article(), h.start(), h.end()));
  }

  /** The mark as a table piece (red for rejected, green for confirmed), or {@code null}. */
  Table.Piece piece(String words) {
    if (words == null) {
      return null;
    }
    return new Table.Piece(words, true, -1, words.equals(REJECTED) ? REJECTED_RGB : CONFIRMED_RGB);
  }

  long count(Correction.Action action) {
    return byItem.values().stream().filter(a -> a == action).count();
  }

  /** The id {@link Corrections} gives a finding that has none of its own (a hedge, loaded wording). */
  static String spanId(String article, int start, int end) {
    return article + ":" + start + "-" + end;
  }
}

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
 * their mind, the later verdict holds. A verdict on a quotation's speaker is held apart ({@link
 * #speaker}): it says nothing of the quotation itself.
 */
record Verdicts(Map<String, Correction.Action> byItem, Map<String, Correction.Action> bySpeaker) {

  static final String REJECTED = "rejected by analyst";
  static final String CONFIRMED = "confirmed by analyst";
  static final int REJECTED_RGB = 0xB3261E;
  static final int CONFIRMED_RGB = 0x1E7B34;

  static final Verdicts NONE = new Verdicts(Map.of(), Map.of());

  Verdicts {
    byItem = Map.copyOf(byItem);
    bySpeaker = Map.copyOf(bySpeaker);
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
    Map<String, Correction.Action> speakers = new HashMap<>();
    for (Corrections.Verdict v : again.verdicts()) {
      Correction.Action action = v.correction().action();
      if (action != Correction.Action.confirm && !(action == Correction.Action.reject && rejectedKept)) {
        continue;
      }
      switch (v.correction().target().kind()) {
        case speaker -> speakers.put(v.item(), action);
        // A verdict on one mention names its whole referent; marking the referent would say too much.
        case mention -> { }
        default -> out.put(v.item(), action);
      }
    }
    return new Verdicts(out, speakers);
  }

  boolean isEmpty() {
    return byItem.isEmpty() && bySpeaker.isEmpty();
  }

  /** The mark of quotation {@code quote}'s speaker, in words ("speaker rejected by analyst"), or {@code null}. */
  String speaker(String quote) {
    Correction.Action a = quote == null ? null : bySpeaker.get(quote);
    return a == null ? null : "speaker " + (a == Correction.Action.reject ? REJECTED : CONFIRMED);
  }

  /** The mark of finding {@code item}, in words, or {@code null} when the analyst gave no verdict. */
  String words(String item) {
    Correction.Action a = item == null ? null : byItem.get(item);
    return a == Correction.Action.reject ? REJECTED : a == Correction.Action.confirm ? CONFIRMED : null;
  }

  /** The mark of a hedge or loaded wording at {@code s}. */
  String words(Span s) {
    return words(Corrections.spanId(s.article(), s.start(), s.end()));
  }

  /** The mark of a highlight: of its finding, else of the passage it marks. */
  String words(Highlight h) {
    String w = words(h.item());
    return w != null ? w : words(Corrections.spanId(h.article(), h.start(), h.end()));
  }

  /** The mark as a table piece (red for rejected, green for confirmed), or {@code null}. */
  Table.Piece piece(String words) {
    if (words == null) {
      return null;
    }
    return new Table.Piece(words, true, -1, words.endsWith(REJECTED) ? REJECTED_RGB : CONFIRMED_RGB);
  }

  /** How many findings (and speakers) the analyst gave {@code action}. */
  long count(Correction.Action action) {
    return byItem.values().stream().filter(a -> a == action).count()
        + bySpeaker.values().stream().filter(a -> a == action).count();
  }

}

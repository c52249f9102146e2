package org.parallax.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Span;
import org.parallax.project.Code;
import org.parallax.project.Coded;
import org.parallax.project.Correction;
import org.parallax.project.Corrections;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;

/**
 * The navigator's items with the analyst's layer on them: one item per code (its coded segments), and
 * the machine's items marked with the analyst's verdicts (✗ rejected, ✓ confirmed), memos (✎) and
 * reshapings (split, merged, aligned by the analyst). Pure functions of the analysis and the project.
 */
final class AnalystItems {

  private AnalystItems() {}

  /** The machine's items with one item per code of the project (its coded segments), codes first. */
  static List<NavItem> withCodes(List<NavItem> machine, Project p, Coded coded) {
    List<NavItem> out = new ArrayList<>();
    for (Code c : p.codes()) {
      List<Coded.Segment> segs = coded.with(p, c.id());
      List<NavItem.Passage> passages = segs.stream().map(s -> new NavItem.Passage(s.span(), s.path())).toList();
      long outlets = segs.stream().map(s -> s.span().article()).distinct().count();
      String detail = segs.size() + (segs.size() == 1 ? " segment" : " segments") + " in " + outlets
          + (outlets == 1 ? " article" : " articles") + (c.description().isBlank() ? "" : " · " + c.description());
      List<String> notes = segs.stream().filter(s -> !s.memos().isEmpty()).map(s -> "“" + s.span().text() + "”: " + s.memoText()).toList();
      out.add(new NavItem(WorkbenchViewModel.CODE_ITEM + c.id(), NavItem.Category.CODE, p.path(c.id()) + " (" + segs.size() + ")", detail, passages, notes));
    }
    out.addAll(machine);
    return out;
  }

  /** The machine's items, those the analyst judged marked so in their title and notes. */
  static List<NavItem> marked(List<NavItem> items, Corrections.Corrected corrected, Map<String, List<String>> memos) {
    if ((corrected == null || corrected.verdicts().isEmpty()) && memos.isEmpty()) {
      return items;
    }

    // Referents the analyst split, merged, and facts the analyst aligned, say so.
    Map<String, List<String>> reshaped = new HashMap<>();
    if (corrected != null) {
      for (Corrections.Verdict v : corrected.verdicts()) {
        String note = switch (v.correction().action()) {
          case split -> "Split out of its referent by the analyst";
          case merge -> "Merged with another referent by the analyst";
          case align -> "Aligned by the analyst";
          default -> null;
        };
        if (note != null) {
          reshaped.computeIfAbsent(v.item(), k -> new ArrayList<>()).add(note);
        }
      }
    }
    List<NavItem> out = new ArrayList<>(items.size());
    for (NavItem i : items) {
      boolean rejected = corrected != null && corrected.verdict(i.id(), Correction.Action.reject).isPresent();
      boolean confirmed = corrected != null && corrected.verdict(i.id(), Correction.Action.confirm).isPresent();
      List<String> memo = memos.getOrDefault(i.id(), List.of());
      boolean speaker = corrected != null && i.category() == NavItem.Category.QUOTATION && corrected.speakerRejected(i.id());
      if (!rejected && !confirmed && !speaker && memo.isEmpty() && !reshaped.containsKey(i.id())) {
        out.add(i);
        continue;
      }
      List<String> notes = new ArrayList<>();
      if (rejected || confirmed) {
        notes.add(rejected ? "Rejected by analyst" : "Confirmed by analyst");
      }
      if (speaker) {
        notes.add("Speaker rejected by analyst");
      }
      notes.addAll(reshaped.getOrDefault(i.id(), List.of()));
      memo.forEach(m -> notes.add("Memo: " + m));
      notes.addAll(i.notes());
      String title = (rejected ? "✗ " : confirmed ? "✓ " : "") + (memo.isEmpty() ? "" : "✎ ") + i.title();
      out.add(new NavItem(i.id(), i.category(), title, i.detail(), i.passages(), notes, i.strength()));
    }
    return out;
  }

  /** The analyst's memos on findings, by the navigator item they fall on now (found by their anchors). */
  static Map<String, List<String>> memosOnItems(List<NavItem> items, Project project, Analysis a) {
    Map<String, List<String>> out = new HashMap<>();
    if (a == null) {
      return out;
    }
    for (Memo m : project.memos()) {
      Target t = m.target();
      if (!t.kind().finding()) {
        continue;
      }
      Optional<Span> at = Corrections.locate(a, t.anchor());
      if (at.isEmpty()) {
        continue;
      }
      Span s = at.get();
      NavItem best = null;
      for (NavItem i : items) {
        Optional<Target.Kind> kind = kindOf(i.category());
        boolean there = kind.isPresent() && (kind.get() == t.kind() || (t.kind() == Target.Kind.speaker && kind.get() == Target.Kind.quote))
            && i.in(s.article()).stream().anyMatch(p -> p.span().start() < s.end() && s.start() < p.span().end());
        if (there && (best == null || i.id().equals(t.item()))) {
          best = i;
        }
      }
      if (best != null) {
        out.computeIfAbsent(best.id(), k -> new ArrayList<>()).add(m.text());
      }
    }
    return out;
  }

  /** The kind of finding a navigator item is, as the analyst's targets name it. */
  static Optional<Target.Kind> kindOf(NavItem.Category c) {
    return Optional.ofNullable(switch (c) {
      case QUOTATION -> Target.Kind.quote;
      case FACT -> Target.Kind.fact;
      case DIVERGENCE -> Target.Kind.divergence;
      case LABEL -> Target.Kind.referent;
      case WORDING -> Target.Kind.loaded;
      case HEDGE -> Target.Kind.hedge;
      default -> null;
    });
  }
}

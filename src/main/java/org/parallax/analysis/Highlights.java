package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.corpus.Article;

/**
 * Derives the marks to draw on each article from an {@link Analysis}: the one place that decides what a
 * highlight says, so that the app and the PDF report agree.
 */
public final class Highlights {

  private Highlights() {}

  /** Every highlight of the analysis, ordered by article (corpus order), then start, then kind. */
  public static List<Highlight> of(Analysis analysis) {
    Map<String, String> outletOf = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (Article a : analysis.articles()) {
      outletOf.put(a.id(), name(a));
      order.put(a.id(), order.size());
    }
    List<Highlight> out = new ArrayList<>();
    for (QuoteGroup q : analysis.quotes()) {
      if (q.occurrences().size() < 2) {
        continue;
      }
      for (QuoteGroup.Occurrence o : q.occurrences()) {
        String others =
            q.occurrences().stream()
                .filter(x -> !x.article().equals(o.article()))
                .map(x -> outletOf.getOrDefault(x.article(), x.article()) + (x.match() == QuoteGroup.Match.verbatim ? "" : " (" + x.match() + ")"))
                .distinct()
                .collect(Collectors.joining(", "));
        String who = q.speaker() == null ? "Quotation" : "Quotation of " + q.speaker();
        Highlight.Kind kind = o.match() == QuoteGroup.Match.altered ? Highlight.Kind.ALTERED_QUOTE : Highlight.Kind.QUOTE;
        String note = who + " (" + o.match() + "), also carried by " + (others.isEmpty() ? "this article only" : others);
        out.add(new Highlight(o.article(), o.start(), o.end(), kind, q.id(), note));
      }
    }
    for (FactGroup f : analysis.facts()) {
      String reporters = f.members().stream().map(m -> outletOf.getOrDefault(m.article(), m.article())).distinct().collect(Collectors.joining(", "));
      String missing = f.missing().isEmpty() ? "" : "; not reported by " + f.missing().stream().map(id -> outletOf.getOrDefault(id, id)).collect(Collectors.joining(", "));
      for (Span m : f.members()) {
        out.add(new Highlight(m.article(), m.start(), m.end(), Highlight.Kind.FACT, f.id(), "Same fact reported by " + reporters + missing));
      }
    }
    for (Referent r : analysis.referents()) {
      for (Referent.Mention m : r.mentions()) {
        if (m.loaded()) {
          out.add(new Highlight(m.article(), m.start(), m.end(), Highlight.Kind.LOADED_LABEL, r.id(), labelNote(r, m, outletOf)));
        }
      }
    }
    for (Span h : analysis.hedges()) {
      out.add(new Highlight(h.article(), h.start(), h.end(), Highlight.Kind.HEDGE, null, "Hedge or attribution: '" + h.text() + "'"));
    }
    for (Span u : analysis.unique()) {
      out.add(new Highlight(u.article(), u.start(), u.end(), Highlight.Kind.UNIQUE, null, "Only " + outletOf.getOrDefault(u.article(), u.article()) + " reports this"));
    }
    out.sort(
        Comparator.comparing((Highlight h) -> order.getOrDefault(h.article(), Integer.MAX_VALUE))
            .thenComparingInt(Highlight::start)
            .thenComparing(Highlight::kind));
    return out;
  }

  /** "Label for Islamic State: 'Takfiri terrorists' — 002 writes 'Islamic State militants'". */
  private static String labelNote(Referent r, Referent.Mention m, Map<String, String> outletOf) {
    String others =
        r.mentions().stream()
            .filter(x -> !x.article().equals(m.article()))
            .collect(Collectors.groupingBy(Referent.Mention::article, java.util.LinkedHashMap::new, Collectors.mapping(Referent.Mention::text, Collectors.toList())))
            .entrySet()
            .stream()
            .map(e -> outletOf.getOrDefault(e.getKey(), e.getKey()) + " writes '" + e.getValue().get(0) + "'")
            .collect(Collectors.joining("; "));
    return "Label for " + r.name() + ": '" + m.text() + "'" + (others.isEmpty() ? "" : " — " + others);
  }

  /** How an article is named to a reader: its outlet, else its id. */
  public static String name(Article a) {
    return a.outlet() != null ? a.outlet() : a.id();
  }
}

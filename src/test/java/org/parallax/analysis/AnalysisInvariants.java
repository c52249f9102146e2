package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;

/**
 * The invariants of the analysis format, checked on a whole {@link Analysis}: every span lies inside its
 * article, its {@code text} equals the characters at {@code start}/{@code end}, it does not cut a
 * surrogate pair, and (for spans that stand for words: mentions, quotations, hedges, sentences, label
 * sides) it does not cut a word; ids are unique; everything refers to articles, referents, facts and
 * quotations that exist. Every engine test that produces an analysis runs it.
 */
public final class AnalysisInvariants {

  private AnalysisInvariants() {}

  /** Throws an {@link AssertionError} listing every violated invariant (at most 20). */
  public static Analysis check(Analysis a) {
    List<String> v = violations(a);
    if (!v.isEmpty()) {
      throw new AssertionError(
          "analysis of " + a.corpus().name() + " breaks " + v.size() + " invariant(s):\n  "
              + String.join("\n  ", v.subList(0, Math.min(20, v.size()))));
    }
    return a;
  }

  public static List<String> violations(Analysis a) {
    List<String> v = new ArrayList<>();
    Map<String, Article> articles = new HashMap<>();
    for (Article art : a.articles()) {
      if (articles.put(art.id(), art) != null) {
        v.add("article id " + art.id() + " twice");
      }
      if (art.text() == null || art.text().isBlank()) {
        v.add(art.id() + ": no text");
        continue;
      }
      int last = 0;
      for (TextRange s : art.sentences()) {
        if (s.start() < last || s.end() <= s.start() || s.end() > art.text().length()) {
          v.add(art.id() + ": sentence " + s + " out of order or outside the text");
          continue;
        }
        String t = s.of(art.text());
        if (!t.equals(t.strip())) {
          v.add(art.id() + ": sentence " + s + " not trimmed: '" + t + "'");
        }
        span(v, articles, "sentence", art.id(), s.start(), s.end(), t, true);
        last = s.end();
      }
    }
    Set<String> referents = ids(v, "referent", a.referents().stream().map(Referent::id).toList());
    Set<String> facts = ids(v, "fact", a.facts().stream().map(FactGroup::id).toList());
    Set<String> quotes = ids(v, "quotation", a.quotes().stream().map(QuoteGroup::id).toList());
    ids(v, "divergence", a.divergences().stream().map(Divergence::id).toList());
    for (QuoteGroup q : a.quotes()) {
      for (QuoteGroup.Occurrence o : q.occurrences()) {
        span(v, articles, "quotation " + q.id(), o.article(), o.start(), o.end(), o.text(), false);
      }
    }
    for (FactGroup f : a.facts()) {
      Set<String> seen = new HashSet<>();
      for (Span s : f.members()) {
        span(v, articles, "fact " + f.id(), s, true);
        if (!seen.add(s.article())) {
          v.add("fact " + f.id() + ": two members in " + s.article());
        }
      }
      if (f.members().size() < 2) {
        v.add("fact " + f.id() + ": fewer than two members");
      }
      for (String m : f.missing()) {
        if (!articles.containsKey(m) || seen.contains(m)) {
          v.add("fact " + f.id() + ": 'missing' names " + m);
        }
      }
    }
    for (Referent r : a.referents()) {
      if (r.mentions().isEmpty()) {
        v.add("referent " + r.id() + ": no mentions");
      }
      for (Referent.Mention m : r.mentions()) {
        span(v, articles, "referent " + r.id(), m.article(), m.start(), m.end(), m.text(), true);
      }
    }
    for (Divergence d : a.divergences()) {
      String about = d.about();
      boolean known =
          about != null && (referents.contains(about) || facts.contains(about) || quotes.contains(about));
      if (!known) {
        v.add("divergence " + d.id() + ": about unknown '" + about + "'");
      }
      for (Span s : d.sides()) {
        // Sides of a quotation alteration are word changes inside a quotation: whole words too.
        span(v, articles, "divergence " + d.id(), s, true);
      }
    }
    for (Hedge h : a.hedgeCues()) {
      span(v, articles, "hedge", h.article(), h.start(), h.end(), h.text(), true);
    }
    for (Span s : a.hedges()) {
      span(v, articles, "hedge", s, true);
    }
    for (Span s : a.unique()) {
      span(v, articles, "unique", s, true);
    }
    Wording previous = null;
    for (Wording w : a.wording()) {
      // A scare quote's span is the quoted words: whole words too.
      span(v, articles, "wording '" + w.cue() + "'", w.span(), true);
      for (Span s : w.contrast()) {
        span(v, articles, "wording contrast '" + w.cue() + "'", s, true);
      }
      if (!(w.strength() >= 0 && w.strength() <= 1) || w.shown() != (w.strength() >= 0.6)) {
        v.add("wording '" + w.cue() + "': strength " + w.strength() + ", shown " + w.shown());
      }
      if (previous != null && previous.article().equals(w.article()) && previous.end() > w.start()) {
        v.add("wording '" + w.cue() + "' overlaps '" + previous.cue() + "' or is out of order in " + w.article());
      }
      previous = w;
    }
    for (OutletProfile o : a.outlets()) {
      for (String id : o.articles()) {
        if (!articles.containsKey(id)) {
          v.add("outlet " + o.outlet() + ": unknown article " + id);
        }
      }
      for (OutletProfile.LabelUse l : o.labels()) {
        if (!referents.contains(l.referent())) {
          v.add("outlet " + o.outlet() + ": unknown referent " + l.referent());
        }
      }
    }
    for (ProposedTerm t : a.proposedTerms()) {
      for (Span s : t.evidence()) {
        span(v, articles, "proposed term " + t.term(), s, true);
      }
    }
    return v;
  }

  private static Set<String> ids(List<String> v, String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (id == null || !seen.add(id)) {
        v.add(what + " id " + id + " missing or twice");
      }
    }
    return seen;
  }

  private static void span(List<String> v, Map<String, Article> articles, String what, Span s, boolean words) {
    span(v, articles, what, s.article(), s.start(), s.end(), s.text(), words);
  }

  private static void span(
      List<String> v, Map<String, Article> articles, String what, String article, int start, int end, String text, boolean words) {
    Article a = articles.get(article);
    if (a == null) {
      v.add(what + ": unknown article " + article);
      return;
    }
    String t = a.text();
    if (start < 0 || end < start || end > t.length()) {
      v.add(what + ": span " + start + "-" + end + " outside " + article + " (length " + t.length() + ")");
      return;
    }
    if (!t.substring(start, end).equals(text)) {
      v.add(what + ": text '" + text + "' is not what " + article + " has at " + start + "-" + end + ": '" + t.substring(start, end) + "'");
    }
    if (cutsPair(t, start) || cutsPair(t, end)) {
      v.add(what + ": span " + start + "-" + end + " in " + article + " cuts a surrogate pair");
    }
    if (words && end > start && (cutsWord(t, start) || cutsWord(t, end))) {
      v.add(what + ": '" + text + "' at " + start + "-" + end + " in " + article + " cuts a word: '"
          + t.substring(Math.max(0, start - 10), Math.min(t.length(), end + 10)).replace('\n', ' ') + "'");
    }
  }

  private static boolean cutsPair(String t, int i) {
    return i > 0 && i < t.length() && Character.isHighSurrogate(t.charAt(i - 1)) && Character.isLowSurrogate(t.charAt(i));
  }

  private static boolean cutsWord(String t, int i) {
    return i > 0 && i < t.length() && Character.isLetterOrDigit(t.codePointBefore(i)) && Character.isLetterOrDigit(t.codePointAt(i));
  }
}

package org.parallax.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.analysis.Wording;

/**
 * The navigator's items of an analysis, in the order it lists them: quotations (those several outlets
 * carry first), facts, divergences, referents' labels (those with a loaded label first), the loaded
 * wording shown by default (strongest first), hedges, and sentences only one outlet reports. Notes come from {@link Highlights}, so that the navigator, the
 * tooltips in the text and the PDF report say the same thing.
 */
final class NavItems {

  private static final int TITLE_CHARS = 90;

  private NavItems() {}

  static List<NavItem> of(Analysis analysis) {
    return of(analysis, Highlights.of(analysis));
  }

  /** With the analysis's highlights already derived (they are needed elsewhere too). */
  static List<NavItem> of(Analysis analysis, List<Highlight> highlights) {
    Map<String, String> outlet = Highlights.names(analysis.articles());
    Map<String, Set<String>> notesOf = new HashMap<>();
    Map<String, String> noteAt = new HashMap<>();
    for (Highlight h : highlights) {
      if (h.item() != null) {
        notesOf.computeIfAbsent(h.item(), k -> new LinkedHashSet<>()).add(h.note());
      } else {
        noteAt.put(h.kind() + "@" + h.article() + ":" + h.start() + "-" + h.end(), h.note());
      }
    }
    Map<String, List<String>> divergenceNotes = new HashMap<>();
    for (Divergence d : analysis.divergences()) {
      if (d.about() != null) {
        divergenceNotes.computeIfAbsent(d.about(), k -> new ArrayList<>()).add(d.note());
      }
    }

    List<NavItem> shared = new ArrayList<>();
    List<NavItem> single = new ArrayList<>();
    for (QuoteGroup q : analysis.quotes()) {
      List<NavItem.Passage> passages =
          q.occurrences().stream().map(o -> new NavItem.Passage(o.span(), o.match().name())).toList();
      NavItem item =
          new NavItem(
              q.id(),
              NavItem.Category.QUOTATION,
              "“" + shorten(q.fullestText()) + "”",
              quoteDetail(q, outlet),
              passages,
              notes(q.id(), notesOf, divergenceNotes));
      (item.articleCount() > 1 ? shared : single).add(item);
    }
    List<NavItem> items = new ArrayList<>(shared);
    items.addAll(single);

    int articles = analysis.articles().size();
    for (FactGroup f : analysis.facts()) {
      List<NavItem.Passage> passages = f.members().stream().map(m -> new NavItem.Passage(m, "")).toList();
      long reporters = f.members().stream().map(Span::article).distinct().count();
      String detail =
          f.id()
              + " · reported by "
              + reporters
              + " of "
              + articles
              + String.format(Locale.ROOT, " · similarity %.2f", f.similarity())
              + (f.nearVerbatim() ? " · copied wording" : "")
              + (f.evidence().isEmpty() ? "" : " · aligned by " + String.join(", ", f.evidence().stream().map(NavItems::evidence).toList()));
      String first = f.members().isEmpty() ? "" : f.members().get(0).text();
      items.add(new NavItem(f.id(), NavItem.Category.FACT, shorten(first), detail, passages, notes(f.id(), notesOf, divergenceNotes)));
    }

    for (Divergence d : analysis.divergences()) {
      List<NavItem.Passage> passages = d.sides().stream().map(s -> new NavItem.Passage(s, "")).toList();
      // The outlets on each side before the rest: two divergences about one referent read alike up to
      // where their titles are cut ("Same group (Islamic State): Al-Alam writes …"), and differ in these.
      String sides = String.join(" / ", d.sides().stream().map(x -> outlet.getOrDefault(x.article(), x.article())).distinct().toList());
      String detail = d.id() + " · " + d.kind() + (sides.isEmpty() ? "" : " · " + sides) + (d.about() == null ? "" : " · about " + d.about());
      items.add(new NavItem(d.id(), NavItem.Category.DIVERGENCE, shorten(d.note()), detail, passages, List.of(d.note())));
    }

    List<NavItem> loaded = new ArrayList<>();
    List<NavItem> plain = new ArrayList<>();
    for (Referent r : analysis.referents()) {
      List<NavItem.Passage> passages = passages(r);
      boolean anyLoaded = r.mentions().stream().anyMatch(Referent.Mention::loaded);
      Map<String, Boolean> wordings = new LinkedHashMap<>();
      for (Referent.Mention m : r.mentions()) {
        wordings.merge(m.text().replaceAll("\\s+", " ").trim(), m.loaded(), Boolean::logicalOr);
      }
      String labels =
          wordings.entrySet().stream()
              .sorted(Comparator.comparing((Map.Entry<String, Boolean> e) -> !e.getValue()))
              .limit(4)
              .map(Map.Entry::getKey)
              .collect(Collectors.joining(" / "));
      String detail = r.id() + " · " + r.kind() + " · " + labels;
      NavItem item = new NavItem(r.id(), NavItem.Category.LABEL, r.name(), detail, passages, notes(r.id(), notesOf, divergenceNotes));
      (anyLoaded ? loaded : plain).add(item);
    }
    items.addAll(loaded);
    items.addAll(plain);

    // The loaded wording marked in the text (shown by default, labels inside a boxed mention left to the
    // referent's item), strongest first, ties in text order: the ranking the analyst reads.
    List<Wording> ranked = analysis.wording().stream()
        .filter(x -> noteAt.containsKey(Highlight.Kind.LOADED_WORD + "@" + x.article() + ":" + x.start() + "-" + x.end()))
        .sorted(Comparator.comparingDouble((Wording x) -> -x.strength())).toList();
    int w = 0;
    for (Wording x : ranked) {
      w++;
      List<String> wordingNotes = new ArrayList<>();
      wordingNotes.add(noteAt.get(Highlight.Kind.LOADED_WORD + "@" + x.article() + ":" + x.start() + "-" + x.end()));
      items.add(
          new NavItem(
              "w" + w,
              NavItem.Category.WORDING,
              "“" + shorten(x.text()) + "” · " + x.kind(),
              outlet.getOrDefault(x.article(), x.article()) + " · strength " + String.format(Locale.ROOT, "%.2f", x.strength())
                  + (x.contrast().isEmpty() ? "" : " · others: " + x.contrast().stream().map(Span::text).map(NavItems::shorten).collect(Collectors.joining(" / "))),
              List.of(new NavItem.Passage(x.span(), x.kind())),
              wordingNotes,
              x.strength()));
    }
    int n = 0;
    for (Span h : analysis.hedges()) {
      n++;
      String note = noteAt.get(Highlight.Kind.HEDGE + "@" + h.article() + ":" + h.start() + "-" + h.end());
      items.add(
          new NavItem(
              "h" + n,
              NavItem.Category.HEDGE,
              "“" + shorten(h.text()) + "”",
              outlet.getOrDefault(h.article(), h.article()),
              List.of(new NavItem.Passage(h, "")),
              note == null ? List.of() : List.of(note)));
    }
    n = 0;
    for (Span u : analysis.unique()) {
      n++;
      String note = noteAt.get(Highlight.Kind.UNIQUE + "@" + u.article() + ":" + u.start() + "-" + u.end());
      items.add(
          new NavItem(
              "u" + n,
              NavItem.Category.UNIQUE,
              shorten(u.text()),
              "only " + outlet.getOrDefault(u.article(), u.article()),
              List.of(new NavItem.Passage(u, "")),
              note == null ? List.of() : List.of(note)));
    }
    return items;
  }

  /** "loaded", and why the mention is in its referent when the analysis says ("loaded · in apposition to …"). */
  /**
   * A referent's mentions, and the pronouns that point back to it among them in text order, tagged
   * "pronoun · points back to 'Kerry'": the analyst steps through both, and tells them apart.
   */
  private static List<NavItem.Passage> passages(Referent r) {
    if (r.pronouns().isEmpty()) {
      return r.mentions().stream().map(m -> new NavItem.Passage(m.span(), mentionTag(m))).toList();
    }
    Map<String, List<NavItem.Passage>> byArticle = new LinkedHashMap<>();
    for (Referent.Mention m : r.mentions()) {
      byArticle.computeIfAbsent(m.article(), a -> new ArrayList<>()).add(new NavItem.Passage(m.span(), mentionTag(m)));
    }
    for (Referent.Mention m : r.pronouns()) {
      byArticle.computeIfAbsent(m.article(), a -> new ArrayList<>()).add(new NavItem.Passage(m.span(), "pronoun · " + m.via()));
    }
    List<NavItem.Passage> out = new ArrayList<>();
    for (List<NavItem.Passage> ps : byArticle.values()) {
      ps.sort(Comparator.comparingInt(x -> x.span().start()));
      out.addAll(ps);
    }
    return out;
  }

  private static String mentionTag(Referent.Mention m) {
    String loaded = m.loaded() ? "loaded" : "";
    if (m.via() == null) {
      return loaded;
    }
    return loaded.isEmpty() ? m.via() : loaded + " · " + m.via();
  }

  private static List<String> notes(String id, Map<String, Set<String>> notesOf, Map<String, List<String>> divergenceNotes) {
    List<String> out = new ArrayList<>(notesOf.getOrDefault(id, Set.of()));
    out.addAll(divergenceNotes.getOrDefault(id, List.of()));
    return out;
  }

  private static String quoteDetail(QuoteGroup q, Map<String, String> outlet) {
    String who = q.speaker() == null ? "speaker unknown" : q.speaker();
    List<String> outlets =
        q.occurrences().stream().map(o -> outlet.getOrDefault(o.article(), o.article())).distinct().toList();
    long altered = q.occurrences().stream().filter(o -> o.match() == QuoteGroup.Match.altered).count();
    long partial = q.occurrences().stream().filter(o -> o.match() == QuoteGroup.Match.partial).count();
    String carried = outlets.size() == 1 ? "only " + outlets.get(0) : outlets.size() + " outlets";
    return q.id()
        + " · "
        + who
        + " · "
        + carried
        + (altered > 0 ? " · " + altered + " altered" : "")
        + (partial > 0 ? " · " + partial + " partial" : "");
  }

  /** One line: whitespace collapsed, cut at a word with "…" beyond {@value #TITLE_CHARS} characters. */
  static String shorten(String text) {
    String s = text.replaceAll("\\s+", " ").trim();
    if (s.length() <= TITLE_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', TITLE_CHARS);
    return s.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS) + "…";
  }

  /** An evidence kind of a fact (see FactGroup) in words. */
  private static String evidence(String kind) {
    return switch (kind) {
      case "copied" -> "copied text";
      case "wording" -> "meaning and specific words";
      case "rare-names" -> "rare names";
      case "meaning" -> "meaning alone";
      default -> kind;
    };
  }
}

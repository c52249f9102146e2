package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.corpus.Article;

/**
 * Derives the marks to draw on each article from an {@link Analysis}: the one place that decides what a
 * highlight says, so that the app and the PDF report agree.
 */
public final class Highlights {

  /** How many other outlets a note names before it says "and N more". */
  static final int NAMED = 8;

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
        List<String> others =
            q.occurrences().stream()
                .filter(x -> !x.article().equals(o.article()))
                .map(x -> outletOf.getOrDefault(x.article(), x.article()) + (x.match() == QuoteGroup.Match.verbatim ? "" : " (" + x.match() + ")"))
                .distinct()
                .toList();
        String who = q.speaker() == null ? "Quotation" : "Quotation of " + q.speaker();
        Highlight.Kind kind = o.match() == QuoteGroup.Match.altered ? Highlight.Kind.ALTERED_QUOTE : Highlight.Kind.QUOTE;
        String note = who + " (" + o.match() + "), also carried by " + (others.isEmpty() ? "this article only" : capped(others, ", "));
        out.add(new Highlight(o.article(), o.start(), o.end(), kind, q.id(), note));
      }
    }
    for (FactGroup f : analysis.facts()) {
      String reporters = capped(f.members().stream().map(m -> outletOf.getOrDefault(m.article(), m.article())).distinct().toList(), ", ");
      String missing = f.missing().isEmpty() ? "" : "; not reported by " + capped(f.missing().stream().map(id -> outletOf.getOrDefault(id, id)).toList(), ", ");
      for (Span m : f.members()) {
        out.add(new Highlight(m.article(), m.start(), m.end(), Highlight.Kind.FACT, f.id(), "Same fact reported by " + reporters + missing));
      }
    }
    Map<String, List<Referent.Mention>> loadedMentions = new HashMap<>();
    for (Referent r : analysis.referents()) {
      r.mentions().stream().filter(Referent.Mention::loaded)
          .forEach(m -> loadedMentions.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
      // Each article's first wording, found once per referent: notes for many mentions stay linear.
      Map<String, String> firstWording = new LinkedHashMap<>();
      r.mentions().forEach(x -> firstWording.putIfAbsent(x.article(), x.text()));
      for (Referent.Mention m : r.mentions()) {
        if (m.loaded()) {
          out.add(new Highlight(m.article(), m.start(), m.end(), Highlight.Kind.LOADED_LABEL, r.id(), labelNote(r, m, firstWording, outletOf)));
        }
      }
    }
    for (Wording w : analysis.wording()) {
      // Shown wording only (the strongest); a label inside a loaded mention is boxed with the mention.
      if (w.shown() && !insideLoadedMention(w, loadedMentions)) {
        out.add(new Highlight(w.article(), w.start(), w.end(), Highlight.Kind.LOADED_WORD, null, wordingNote(w)));
      }
    }
    Map<Span, Hedge> cueOf = new HashMap<>();
    analysis.hedgeCues().forEach(c -> cueOf.putIfAbsent(c.span(), c));
    for (Span h : analysis.hedges()) {
      Hedge cue = cueOf.get(h);
      String what = cue == null ? "Hedge or attribution" : cue.kind().equals("attribution") ? "Attribution" : "Hedge";
      out.add(new Highlight(h.article(), h.start(), h.end(), Highlight.Kind.HEDGE, null, what + ": '" + h.text() + "'"));
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

  private static boolean insideLoadedMention(Wording w, Map<String, List<Referent.Mention>> loadedMentions) {
    for (Referent.Mention m : loadedMentions.getOrDefault(w.article(), List.of())) {
      if (m.start() <= w.start() && w.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** "Loaded verb 'slammed' (strength 1.00): verb of saying with a verdict; Reuters writes 'criticised' in…". */
  private static String wordingNote(Wording w) {
    String kind = switch (w.kind()) {
      case "loaded-verb" -> "Loaded verb";
      case "subjective" -> "Judging word";
      case "intensifier" -> "Intensifier";
      case "scare-quote" -> "Scare quote";
      default -> "Loaded label";
    };
    return kind + " '" + w.text() + "' (strength " + String.format(java.util.Locale.ROOT, "%.2f", w.strength()) + "): " + w.reason();
  }

  /** "Label for Islamic State: 'Takfiri terrorists' — 002 writes 'Islamic State militants'". */
  private static String labelNote(
      Referent r, Referent.Mention m, Map<String, String> firstWording, Map<String, String> outletOf) {
    String others =
        capped(
            firstWording.entrySet().stream()
                .filter(e -> !e.getKey().equals(m.article()))
                .map(e -> outletOf.getOrDefault(e.getKey(), e.getKey()) + " writes '" + e.getValue() + "'")
                .toList(),
            "; ");
    return "Label for " + r.name() + ": '" + m.text() + "'" + (others.isEmpty() ? "" : " — " + others);
  }

  /**
   * The first {@value #NAMED} of {@code items}, then how many more: a note names enough outlets to be
   * read, and its size stays bounded however large the corpus (a 1,000-article corpus would otherwise
   * give every note a thousand names).
   */
  private static String capped(List<String> items, String separator) {
    if (items.size() <= NAMED) {
      return String.join(separator, items);
    }
    return String.join(separator, items.subList(0, NAMED)) + separator + "and " + (items.size() - NAMED) + " more";
  }

  /**
   * How an article is named to a reader: its outlet; when the outlet is unknown, its title in quotation
   * marks (cut to {@value #TITLE_CHARS} characters at a word), else its id. {@link #nameFrom} says which.
   */
  public static String name(Article a) {
    return switch (nameFrom(a)) {
      case "outlet" -> a.outlet();
      case "title" -> {
        String t = a.title().strip().replaceAll("\\s+", " ");
        if (t.length() > TITLE_CHARS) {
          int cut = t.lastIndexOf(' ', TITLE_CHARS);
          t = t.substring(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS).strip() + "…";
        }
        yield "“" + t + "”";
      }
      default -> a.id();
    };
  }

  /**
   * How each of {@code articles} is named to a reader, by id, in their order: {@link #name}, except that
   * an article whose outlet is unknown never shares its name. Its outlet is unknown, not known to be
   * another article's: articles with the same (cut) title are told apart by their dates when these
   * differ ("“Quake hits Aceh” · 2015-09-18"), else by their ids, the file names. The one naming
   * wherever articles are grouped by outlet: an article without an outlet is an outlet of its own.
   */
  public static Map<String, String> names(List<Article> articles) {
    Map<String, List<Article>> byName = new LinkedHashMap<>();
    for (Article a : articles) {
      byName.computeIfAbsent(name(a), k -> new ArrayList<>()).add(a);
    }
    Map<String, String> named = new HashMap<>();
    byName.forEach((name, same) -> {
      List<Article> unknown = same.stream().filter(a -> !nameFrom(a).equals("outlet")).toList();
      if (same.size() == 1 || unknown.isEmpty()) {
        same.forEach(a -> named.put(a.id(), name));
        return;
      }
      boolean byDate = unknown.stream().allMatch(a -> a.published() != null)
          && unknown.stream().map(Article::published).distinct().count() == unknown.size();
      same.forEach(a -> named.put(a.id(), unknown.contains(a) ? name + " · " + (byDate ? a.published() : a.id()) : name));
    });
    Map<String, String> out = new LinkedHashMap<>();
    articles.forEach(a -> out.put(a.id(), named.get(a.id())));
    return out;
  }

  /** Characters of a title that stand for an unknown outlet. */
  private static final int TITLE_CHARS = 40;

  /** What {@link #name} shows: {@code "outlet"}, {@code "title"} (the outlet is unknown) or {@code "id"}. */
  public static String nameFrom(Article a) {
    if (a.outlet() != null && !a.outlet().isBlank()) {
      return "outlet";
    }
    return a.title() != null && !a.title().isBlank() ? "title" : "id";
  }
}

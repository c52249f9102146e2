package org.parallax.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.analysis.Wording;
import java.util.HashMap;
import java.util.Map;
import org.parallax.corpus.Article;
import org.parallax.corpus.Metadata;

/**
 * Applies the analyst's corrections to the machine's analysis. Each correction's target is found again by
 * its anchor, so corrections survive re-analysis; one whose target is gone is returned as orphaned, never
 * dropped from the project.
 *
 * <p>Rejected findings are left out of the corrected analysis (or kept, for a report that marks them);
 * either way {@link Corrected#verdicts} names the finding each verdict fell on, so a front end can show
 * "rejected by analyst" beside the machine's original.
 */
public final class Corrections {

  private Corrections() {}

  /** What becomes of a rejected finding in the corrected analysis. */
  public enum Rejected {
    LEAVE_OUT,
    KEEP
  }

  /** A correction and the finding it fell on in this analysis (its id, e.g. {@code q3}). */
  public record Verdict(Correction correction, String item) {}

  /**
   * The analysis as the analyst corrected it.
   *
   * @param analysis the corrected analysis
   * @param verdicts every correction that found its target, with the id of that target
   * @param orphaned corrections whose target is no longer in the analysis
   */
  public record Corrected(Analysis analysis, List<Verdict> verdicts, List<Correction> orphaned) {
    public Corrected {
      verdicts = List.copyOf(verdicts);
      orphaned = List.copyOf(orphaned);
    }

    /**
     * The verdict of the given action on the finding {@code item} itself, if any (a verdict on the
     * speaker of a quotation is not one on the quotation: see {@link #speakerRejected}).
     */
    public Optional<Verdict> verdict(String item, Correction.Action action) {
      return verdicts.stream()
          .filter(v -> item.equals(v.item()) && v.correction().action() == action
              && v.correction().target().kind() != Target.Kind.speaker)
          .findFirst();
    }

    /** Whether the analyst rejected the speaker the quotation {@code item} is attributed to. */
    public boolean speakerRejected(String item) {
      return verdicts.stream().anyMatch(v -> item.equals(v.item()) && v.correction().action() == Correction.Action.reject
          && v.correction().target().kind() == Target.Kind.speaker);
    }

    /** Whether the analyst rejected the finding {@code item}. */
    public boolean rejected(String item) {
      return verdict(item, Correction.Action.reject).isPresent();
    }
  }

  public static Corrected apply(Analysis analysis, Project project) {
    return apply(analysis, project, Rejected.LEAVE_OUT);
  }

  /**
   * Applies {@code project}'s corrections. Applying them again to the result in {@link Rejected#KEEP}
   * mode changes nothing and finds the same verdicts (what a report uses to mark corrected findings).
   */
  public static Corrected apply(Analysis analysis, Project project, Rejected rejected) {
    return new Applier(analysis, rejected).run(project.corrections());
  }

  /**
   * The article details the analyst set ({@code set} corrections), by article id, for the corpus reader
   * ({@code CorpusReader.withOverrides}), so that an analysis sees them from the start: outlet profiles,
   * tables and exports then group the article under the outlet the analyst gave it. A blank value sets
   * nothing (the file's value stands); the last correction of a field wins.
   */
  public static Map<String, Metadata> metadata(Project project) {
    Map<String, Metadata> out = new HashMap<>();
    for (Correction c : project.corrections()) {
      if (c.action() != Correction.Action.set || c.value() == null || c.value().isBlank()) {
        continue;
      }
      String v = c.value().strip();
      Metadata m = out.getOrDefault(c.target().item(), Metadata.NONE);
      out.put(c.target().item(), switch (c.field()) {
        case "title" -> m.withTitle(v);
        case "outlet" -> m.withOutlet(v);
        default -> m.withPublished(v);
      });
    }
    return out;
  }

  /** Where {@code anchor} is in this analysis's articles now. */
  public static Optional<Span> locate(Analysis analysis, Anchor anchor) {
    return analysis.article(anchor.article())
        .flatMap(a -> anchor.locate(a.text()).map(r -> Span.of(a, r)));
  }

  /** Whether {@code s} covers the same stretch as {@code at}: they overlap by half the shorter one. */
  static boolean same(String article, int start, int end, Span at) {
    if (!article.equals(at.article())) {
      return false;
    }
    int overlap = Math.min(end, at.end()) - Math.max(start, at.start());
    int shorter = Math.min(end - start, at.end() - at.start());
    return overlap > 0 && overlap * 2 >= shorter || (shorter == 0 && start == at.start());
  }

  private static final class Applier {
    private final Rejected mode;
    private final Analysis original;
    private List<Article> articles;
    private List<QuoteGroup> quotes;
    private List<FactGroup> facts;
    private List<Referent> referents;
    private List<Divergence> divergences;
    private List<Span> hedges;
    private List<Hedge> hedgeCues;
    private List<Wording> wording;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final java.util.Map<String, Integer> splits = new java.util.HashMap<>();
    private final List<Correction> orphaned = new ArrayList<>();

    Applier(Analysis a, Rejected mode) {
      this.original = a;
      this.mode = mode;
      articles = new ArrayList<>(a.articles());
      quotes = new ArrayList<>(a.quotes());
      facts = new ArrayList<>(a.facts());
      referents = new ArrayList<>(a.referents());
      divergences = new ArrayList<>(a.divergences());
      hedges = new ArrayList<>(a.hedges());
      hedgeCues = new ArrayList<>(a.hedgeCues());
      wording = new ArrayList<>(a.wording());
    }

    Corrected run(List<Correction> corrections) {
      int added = 0;
      for (Correction c : corrections) {
        Optional<String> item = switch (c.action()) {
          case reject, confirm -> verdict(c);
          case set -> set(c);
          case merge -> merge(c);
          case split -> split(c);
          case align -> align(c, ++added);
        };
        if (item.isPresent()) {
          verdicts.add(new Verdict(c, item.get()));
        } else {
          orphaned.add(c);
        }
      }
      Analysis a = original;
      Analysis corrected = new Analysis(
          a.schema(), a.corpus(), articles, quotes, facts, referents, divergences, hedges, a.unique(),
          a.problems(), hedgeCues, a.outlets(), a.proposedTerms(), wording);
      return new Corrected(corrected, verdicts, orphaned);
    }

    private Optional<Span> where(Anchor anchor) {
      return locate(original, anchor);
    }

    private Optional<String> verdict(Correction c) {
      Target t = c.target();
      Optional<Span> at = where(t.anchor());
      if (at.isEmpty()) {
        return Optional.empty();
      }
      Span s = at.get();
      boolean drop = c.action() == Correction.Action.reject && mode == Rejected.LEAVE_OUT;
      boolean reject = c.action() == Correction.Action.reject;
      return switch (t.kind()) {
        case quote -> {
          Optional<QuoteGroup> g = pick(quotes, QuoteGroup::id, t.item(),
              q -> q.occurrences().stream().anyMatch(o -> same(o.article(), o.start(), o.end(), s)));
          g.ifPresent(q -> { if (drop) { quotes.remove(q); } });
          yield g.map(QuoteGroup::id);
        }
        case speaker -> {
          Optional<QuoteGroup> g = pick(quotes, QuoteGroup::id, t.item(),
              q -> q.occurrences().stream().anyMatch(o -> same(o.article(), o.start(), o.end(), s)));
          g.ifPresent(q -> {
            if (reject && mode == Rejected.LEAVE_OUT) {
              List<QuoteGroup.Occurrence> occ = q.occurrences().stream()
                  .map(o -> new QuoteGroup.Occurrence(o.article(), o.start(), o.end(), o.text(), null, o.match()))
                  .toList();
              quotes.set(quotes.indexOf(q), new QuoteGroup(q.id(), null, occ));
            }
          });
          yield g.map(QuoteGroup::id);
        }
        case fact -> {
          Optional<FactGroup> g = pick(facts, FactGroup::id, t.item(),
              f -> f.members().stream().anyMatch(m -> same(m.article(), m.start(), m.end(), s)));
          g.ifPresent(f -> { if (drop) { facts.remove(f); } });
          yield g.map(FactGroup::id);
        }
        case divergence -> {
          Optional<Divergence> g = pick(divergences, Divergence::id, t.item(),
              d -> d.sides().stream().anyMatch(m -> same(m.article(), m.start(), m.end(), s)));
          g.ifPresent(d -> { if (drop) { divergences.remove(d); } });
          yield g.map(Divergence::id);
        }
        case hedge -> {
          Optional<Span> h = hedges.stream().filter(m -> same(m.article(), m.start(), m.end(), s)).findFirst();
          h.ifPresent(m -> {
            if (drop) {
              hedges.remove(m);
              hedgeCues.removeIf(cue -> cue.span().equals(m));
            }
          });
          yield h.map(Corrections::spanId);
        }
        case loaded -> loaded(s, drop);
        case referent, mention -> {
          Optional<Referent> r = pick(referents, Referent::id, t.item(),
              x -> x.mentions().stream().anyMatch(m -> same(m.article(), m.start(), m.end(), s)));
          yield r.map(Referent::id);
        }
        default -> Optional.empty();
      };
    }

    /** A loaded flag: a loaded mention of a referent, or loaded wording, at the span. */
    private Optional<String> loaded(Span s, boolean drop) {
      boolean found = false;
      for (int i = 0; i < referents.size(); i++) {
        Referent r = referents.get(i);
        List<Referent.Mention> ms = new ArrayList<>(r.mentions());
        boolean changed = false;
        for (int j = 0; j < ms.size(); j++) {
          Referent.Mention m = ms.get(j);
          if (m.loaded() && same(m.article(), m.start(), m.end(), s)) {
            found = true;
            if (drop) {
              ms.set(j, new Referent.Mention(m.article(), m.start(), m.end(), m.text(), false, m.via()));
              changed = true;
            }
          }
        }
        if (changed) {
          referents.set(i, r.withMentions(ms));
        }
      }
      List<Wording> hit = wording.stream().filter(w -> same(w.article(), w.start(), w.end(), s)).toList();
      if (drop) {
        wording.removeAll(hit);
      }
      return found || !hit.isEmpty() ? Optional.of(spanId(s)) : Optional.empty();
    }

    private Optional<String> set(Correction c) {
      String id = c.target().item();
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        if (a.id().equals(id)) {
          if (c.value() == null || c.value().isBlank()) {
            // Back to what the file says: the analysis read it so (see metadata), nothing to change.
            return Optional.of(id);
          }
          String v = c.value().strip();
          articles.set(i, new Article(
              a.id(), a.source(), a.format(), a.encoding(),
              c.field().equals("title") ? v : a.title(),
              c.field().equals("outlet") ? v : a.outlet(),
              c.field().equals("published") ? v : a.published(),
              a.url(), a.author(), a.text(), a.sentences(), a.removed(), a.headline()));
          return Optional.of(id);
        }
      }
      return Optional.empty();
    }

    private Optional<Referent> referentAt(Target t) {
      return where(t.anchor()).flatMap(s -> pick(referents, Referent::id, t.item(),
          x -> x.mentions().stream().anyMatch(m -> same(m.article(), m.start(), m.end(), s))));
    }

    private Optional<String> merge(Correction c) {
      Optional<Referent> into = referentAt(c.target());
      Optional<Referent> from = referentAt(c.other());
      if (into.isEmpty() || from.isEmpty()) {
        return Optional.empty();
      }
      if (into.get().equals(from.get())) {
        return into.map(Referent::id);
      }
      List<Referent.Mention> ms = new ArrayList<>(into.get().mentions());
      ms.addAll(from.get().mentions());
      ms.sort(java.util.Comparator.comparing(Referent.Mention::article).thenComparingInt(Referent.Mention::start));
      Referent r = into.get();
      List<Referent.Mention> pronouns = new ArrayList<>(r.pronouns());
      pronouns.addAll(from.get().pronouns());
      pronouns.sort(java.util.Comparator.comparing(Referent.Mention::article).thenComparingInt(Referent.Mention::start));
      referents.set(referents.indexOf(r), new Referent(r.id(), r.name(), r.kind(), ms, pronouns));
      referents.remove(from.get());
      return Optional.of(r.id());
    }

    private Optional<String> split(Correction c) {
      Optional<Span> at = where(c.target().anchor());
      if (at.isEmpty()) {
        return Optional.empty();
      }
      Span s = at.get();
      Optional<Referent> r = pick(referents, Referent::id, c.target().item(),
          x -> x.mentions().stream().anyMatch(m -> same(m.article(), m.start(), m.end(), s)));
      if (r.isEmpty()) {
        return Optional.empty();
      }
      Referent old = r.get();
      List<Referent.Mention> out = old.mentions().stream().filter(m -> same(m.article(), m.start(), m.end(), s)).toList();
      List<Referent.Mention> stay = old.mentions().stream().filter(m -> !out.contains(m)).toList();
      if (stay.isEmpty()) {
        // Already on its own (an analysis corrected before): applying again changes nothing.
        return Optional.of(old.id());
      }
      // r5 gives r5.1, r5.2…: the same ids each time the same corrections are applied in order.
      int n = splits.merge(old.id(), 1, Integer::sum);
      String id = old.id() + "." + n;
      while (ids(referents).contains(id)) {
        id = old.id() + "." + splits.merge(old.id(), 1, Integer::sum);
      }
      // A pronoun goes with the mention of its article it follows most closely.
      List<Referent.Mention> outPronouns = new ArrayList<>();
      List<Referent.Mention> stayPronouns = new ArrayList<>();
      for (Referent.Mention p : old.pronouns()) {
        Referent.Mention before = null;
        for (Referent.Mention m : old.mentions()) {
          if (m.article().equals(p.article()) && m.start() < p.start() && (before == null || m.start() > before.start())) {
            before = m;
          }
        }
        (before != null && out.contains(before) ? outPronouns : stayPronouns).add(p);
      }
      Referent moved = new Referent(id, out.get(0).text(), old.kind(), out, outPronouns);
      int i = referents.indexOf(old);
      referents.set(i, new Referent(old.id(), old.name(), old.kind(), stay, stayPronouns));
      referents.add(i + 1, moved);
      return Optional.of(id);
    }

    private Optional<String> align(Correction c, int n) {
      Optional<Span> a = where(c.target().anchor());
      Optional<Span> b = where(c.other().anchor());
      if (a.isEmpty() || b.isEmpty()) {
        return Optional.empty();
      }
      List<Span> members = new ArrayList<>(List.of(a.get(), b.get()));
      for (FactGroup f : facts) {
        if (f.members().equals(members)) {
          // Already aligned (an analysis corrected before): applying again changes nothing.
          return Optional.of(f.id());
        }
      }
      List<String> in = members.stream().map(Span::article).distinct().toList();
      List<String> missing = original.articles().stream().map(Article::id).filter(x -> !in.contains(x)).toList();
      String id = "fa" + n;
      facts.add(new FactGroup(id, 1.0, members, missing));
      return Optional.of(id);
    }
  }

  private static java.util.Set<String> ids(List<Referent> referents) {
    return referents.stream().map(Referent::id).collect(java.util.stream.Collectors.toSet());
  }

  /** A finding's id for a bare span (hedges and loaded words have none of their own). */
  static String spanId(Span s) {
    return spanId(s.article(), s.start(), s.end());
  }

  /** The id {@link Verdict#item} gives a hedge or loaded word at {@code [start, end)} of {@code article}. */
  public static String spanId(String article, int start, int end) {
    return article + ":" + start + "-" + end;
  }

  /** Among the findings that contain the span, the one with the recorded id, else the first. */
  private static <T> Optional<T> pick(List<T> all, Function<T, String> id, String item, java.util.function.Predicate<T> contains) {
    T first = null;
    for (T t : all) {
      if (contains.test(t)) {
        if (item != null && item.equals(id.apply(t))) {
          return Optional.of(t);
        }
        if (first == null) {
          first = t;
        }
      }
    }
    return Optional.ofNullable(first);
  }

}

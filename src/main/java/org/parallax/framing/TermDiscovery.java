package org.parallax.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.ProposedTerm;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.framing.Phrase.Role;

/**
 * Proposes framing terms beyond the lexicon. Where outlets label the same referent (the referents
 * already join phrases from aligned facts and quotations), a descriptive word that one outlet uses
 * and another does not is a candidate ("foreign-sponsored militants" against "militants"); it is
 * ranked by how consistently each outlet that uses it does so (its mentions of the referents
 * concerned that carry it) times the evidence (how many label pairs show it).
 *
 * <p>Words already in the loaded lexicon, names, nationalities, titles and roles, and the heads
 * that only say what kind of thing something is (group, forces, country) are never proposed, nor
 * words that count ("at least"). A proposed term marks nothing loaded: it is a proposal the analyst
 * accepts into the corpus lexicon, or not.
 */
final class TermDiscovery {

  private static final int MAX_TERMS = 30;
  private static final int MAX_PAIRS = 5;

  private final FramingLexicon lexicon;
  private final Parsed corpus;
  private final List<ReferentResolver.Cluster> clusters;

  TermDiscovery(FramingLexicon lexicon, Parsed corpus, List<ReferentResolver.Cluster> clusters) {
    this.lexicon = lexicon;
    this.corpus = corpus;
    this.clusters = clusters;
  }

  List<ProposedTerm> propose() {
    Map<String, Evidence> byTerm = new LinkedHashMap<>();
    for (ReferentResolver.Cluster c : clusters) {
      Map<String, List<Phrase>> byOutlet = new LinkedHashMap<>();
      for (Phrase p : c.mentions()) {
        byOutlet.computeIfAbsent(outlet(p), k -> new ArrayList<>()).add(p);
      }
      if (byOutlet.size() < 2) {
        continue;
      }
      // Per outlet, asked once (not once per word and other outlet: a large story has hundreds of
      // outlets): the descriptive words its mentions carry, and its most telling label.
      Map<String, Set<String>> usedBy = new LinkedHashMap<>();
      Map<String, Phrase> shownBy = new LinkedHashMap<>();
      for (Map.Entry<String, List<Phrase>> e : byOutlet.entrySet()) {
        Set<String> used = new java.util.HashSet<>();
        for (Phrase p : e.getValue()) {
          used.addAll(p.descriptors);
        }
        usedBy.put(e.getKey(), used);
        shownBy.put(e.getKey(), representative(e.getValue()));
      }
      for (Map.Entry<String, List<Phrase>> e : byOutlet.entrySet()) {
        Set<String> words = new LinkedHashSet<>();
        for (Phrase p : e.getValue()) {
          for (String w : p.descriptors) {
            if (isCandidate(w)) {
              words.add(w);
            }
          }
        }
        for (String w : words) {
          Evidence ev = byTerm.computeIfAbsent(w, k -> new Evidence());
          int uses = 0;
          Phrase example = null;
          for (Phrase p : e.getValue()) {
            if (p.descriptors.contains(w)) {
              uses++;
              if (example == null) {
                example = p;
                ev.evidence.add(p);
              }
            }
          }
          int[] u = ev.uses.computeIfAbsent(e.getKey(), k -> new int[2]);
          u[0] += uses;
          u[1] += e.getValue().size();
          for (Map.Entry<String, List<Phrase>> other : byOutlet.entrySet()) {
            if (other.getKey().equals(e.getKey())) {
              continue;
            }
            if (!usedBy.get(other.getKey()).contains(w) && example != null) {
              if (ev.pairs.size() < MAX_PAIRS) {
                List<String> pair = List.of(example.label(), shownBy.get(other.getKey()).label());
                if (!ev.pairs.contains(pair)) {
                  ev.pairs.add(pair);
                }
              }
              ev.pairCount++;
            }
          }
        }
      }
    }
    List<ProposedTerm> out = new ArrayList<>();
    for (Map.Entry<String, Evidence> e : byTerm.entrySet()) {
      Evidence ev = e.getValue();
      if (ev.pairCount == 0) {
        continue;
      }
      List<ProposedTerm.Use> uses = new ArrayList<>();
      double best = 0;
      for (Map.Entry<String, int[]> u : ev.uses.entrySet()) {
        double consistency = u.getValue()[1] == 0 ? 0 : (double) u.getValue()[0] / u.getValue()[1];
        best = Math.max(best, consistency);
        uses.add(new ProposedTerm.Use(u.getKey(), u.getValue()[0], u.getValue()[1], round(consistency)));
      }
      uses.sort((x, y) -> Double.compare(y.consistency(), x.consistency()));
      double score = round(best * (1 + Math.log(ev.pairCount)));
      List<Span> evidence = new ArrayList<>();
      for (Phrase p : ev.evidence) {
        Article a = corpus.articles().get(p.article);
        evidence.add(new Span(a.id(), p.start, p.end, p.text));
      }
      out.add(new ProposedTerm(e.getKey(), score, uses, ev.pairs, evidence));
    }
    out.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score()) : x.term().compareTo(y.term()));
    return out.size() > MAX_TERMS ? out.subList(0, MAX_TERMS) : out;
  }

  /** Words that count or compare ("at least 14 vessels"): never a framing term. */
  private static final Set<String> QUANTIFIERS =
      Set.of("least", "most", "more", "less", "fewer", "many", "much", "few", "several", "other", "same", "such",
          "own", "first", "last", "next", "only", "some", "all", "both", "each", "every", "another");

  /** A word that may be framing: descriptive, not known, not a name, role or kind noun. */
  private boolean isCandidate(String w) {
    if (w.length() < 3 || !Character.isLetter(w.charAt(0)) || lexicon.isLoadedWord(w) || QUANTIFIERS.contains(w)) {
      return false;
    }
    int dash = w.indexOf('-');
    if (dash > 0 && Tagger.isNumber(w.substring(0, dash))) {
      return false; // a count and its unit measure, they do not frame: "the four-year conflict", "a two-day summit"
    }
    String s = Words.singular(w);
    return !lexicon.genericModifiers.contains(w) && !lexicon.weakHeads.contains(s)
        && !lexicon.titles.contains(w) && !lexicon.personRoles.contains(s)
        && !lexicon.collectiveHeads.contains(s) && !lexicon.organisationHeads.contains(s)
        && !lexicon.placeHeads.contains(s) && !lexicon.nationalities.containsKey(w)
        && lexicon.aliasGroup(w) == null && !lexicon.places.contains(w);
  }

  /** An outlet's most telling label for a referent: a loaded one, else a description, else a name. */
  static Phrase representative(List<Phrase> ps) {
    Phrase best = ps.get(0);
    for (Phrase p : ps) {
      if (rank(p) > rank(best)) {
        best = p;
      }
    }
    return best;
  }

  private static int rank(Phrase p) {
    // Loaded first; in the outlet's own voice before inside a quotation; a description before a name.
    return (p.isLoaded() ? 4 : 0) + (p.inQuote ? 0 : 2) + (p.role != Role.NAME ? 1 : 0);
  }

  private String outlet(Phrase p) {
    return Highlights.name(corpus.articles().get(p.article));
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static final class Evidence {
    final Map<String, int[]> uses = new LinkedHashMap<>();
    final List<List<String>> pairs = new ArrayList<>();
    final List<Phrase> evidence = new ArrayList<>();
    int pairCount;
  }
}

package org.parallax.framing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parallax.align.AlignedFact;
import org.parallax.align.SentenceRef;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Article;
import org.parallax.text.Tok;
import org.parallax.text.WordDiff;

/**
 * Finds where outlets differ in wording about the same thing, and ranks all divergences (the
 * quotation alterations included) with the most telling first:
 *
 * <ul>
 *   <li>{@code label}: outlets give one referent labels that differ in loaded words ("the Takfiri
 *       terrorists of Daesh" against "Islamic State militants"), or in judging words shown inside them
 *       ("President Trump's inhumane policy" against "the zero tolerance policy"). Outlets are grouped by the
 *       loaded words they use for it; one divergence per pair of groups. Names never count: "Sergey" and
 *       "Sergei Lavrov" is no divergence.
 *   <li>{@code hedge}: in an aligned fact, one outlet hedges or attributes ("reportedly", "U.S.
 *       officials say") what another states flatly (no cue and no reporting verb in its sentence).
 *   <li>{@code wording}: inside an aligned fact, a substitution that brings in or drops a loaded word
 *       (of the loaded lexicon, a hedge, or a wording entry strong enough to be shown) ("the issue" against "the fight against the Daesh (ISIL) terrorist group"). Trivial
 *       differences never count: punctuation, case, "U.S." against "US", number and tense (words are
 *       compared by singular and stem), nationality against country.
 *   <li>{@code omission}: a fact some outlets report and others leave out.
 * </ul>
 *
 * <p>Score, highest first: label 4 (+1 when one side is neutral; 3 to 3.45 when only judging words, not the
 * loaded lexicon's, tell the labels apart), hedge 3.5, wording and quotation
 * alterations 3 with a loaded word (else 1.5 and 1), omission 1 to 2 by how many outlets report the
 * fact. Ties go to more outlets involved, then to text order. Ids are {@code d1..} in that order.
 */
final class DivergenceFinder {

  private record Scored(double score, int outlets, Divergence d) {}

  private final FramingLexicon lexicon;
  private final Parsed corpus;
  /** Each article's outlet as shown ({@link Highlights#name}), by index. */
  private final List<String> names;

  DivergenceFinder(FramingLexicon lexicon, Parsed corpus) {
    this.lexicon = lexicon;
    this.corpus = corpus;
    this.names = corpus.articles().stream().map(Highlights::name).toList();
  }

  List<Divergence> find(List<ReferentResolver.Cluster> clusters, List<Referent> referents, List<HedgeFinder.Cue> cues,
      List<AlignedFact> facts, List<String> factIds, List<Divergence> quoteAlterations, List<Wording> wording) {
    List<Scored> all = new ArrayList<>();
    Map<Integer, List<Wording>> judging = new HashMap<>();
    Map<String, Integer> indexOf = corpus.articleIndex();
    for (Wording w : wording) {
      Integer a = indexOf.get(w.article());
      if (a != null && w.shown() && JUDGING_KINDS.contains(w.kind())) {
        judging.computeIfAbsent(a, k -> new ArrayList<>()).add(w);
      }
    }
    for (int i = 0; i < clusters.size(); i++) {
      labels(clusters.get(i), referents.get(i), judging, all);
    }
    Map<Long, List<HedgeFinder.Cue>> cuesBySentence = new HashMap<>();
    for (HedgeFinder.Cue c : cues) {
      cuesBySentence.computeIfAbsent(key(c.article(), c.sentence()), k -> new ArrayList<>()).add(c);
    }
    for (int f = 0; f < facts.size(); f++) {
      String id = f < factIds.size() ? factIds.get(f) : "f" + (f + 1);
      hedges(facts.get(f), id, cuesBySentence, all);
      wording(facts.get(f), id, all);
      omission(facts.get(f), id, all);
    }
    for (Divergence d : quoteAlterations) {
      boolean loaded = d.sides().stream().anyMatch(s -> hasLoaded(s.text()));
      boolean replace = d.sides().size() > 1;
      all.add(new Scored(loaded ? 3 : replace ? 1.5 : 1, 2, d));
    }
    all.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparingInt(s -> -s.outlets()));
    List<Divergence> out = new ArrayList<>();
    for (Scored s : all) {
      Divergence d = s.d();
      out.add(new Divergence("d" + (out.size() + 1), d.kind(), d.about(), d.sides(), d.note()));
    }
    return out;
  }

  // ---- label ------------------------------------------------------------------------------------

  private void labels(ReferentResolver.Cluster c, Referent r, Map<Integer, List<Wording>> judging, List<Scored> out) {
    // Outlets grouped by the loaded words of their labels for this referent: the loaded lexicon's, and the judging
    // words shown inside them ("President Trump's inhumane policy", "the disastrous Iran deal").
    Map<String, List<Phrase>> byOutlet = new LinkedHashMap<>();
    for (Phrase p : c.mentions()) {
      byOutlet.computeIfAbsent(outlet(p), k -> new ArrayList<>()).add(p);
    }
    if (byOutlet.size() < 2) {
      return;
    }
    Map<Set<String>, List<String>> groups = new LinkedHashMap<>();
    Map<Phrase, Set<String>> loadedIn = new HashMap<>();
    Set<String> lexiconTerms = new HashSet<>(); // the loaded lexicon's among them
    for (Map.Entry<String, List<Phrase>> e : byOutlet.entrySet()) {
      Set<String> sig = new TreeSet<>();
      for (Phrase p : e.getValue()) {
        Set<String> words = loadedWords(p, judging);
        loadedIn.put(p, words);
        sig.addAll(words);
        for (String t : p.loadedTerms) {
          lexiconTerms.add(folded(t));
        }
      }
      groups.computeIfAbsent(sig, k -> new ArrayList<>()).add(e.getKey());
    }
    if (groups.size() < 2) {
      return;
    }
    List<Map.Entry<Set<String>, List<String>>> list = new ArrayList<>(groups.entrySet());
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        var x = list.get(i);
        var y = list.get(j);
        if (x.getKey().isEmpty() && y.getKey().isEmpty()) {
          continue;
        }
        if (x.getKey().isEmpty()) {
          var t = x;
          x = y;
          y = t;
        }
        List<Span> sides = new ArrayList<>();
        Map<String, List<String>> xs = new LinkedHashMap<>();
        Map<String, List<String>> ys = new LinkedHashMap<>();
        for (String o : x.getValue()) {
          Phrase p = representative(byOutlet.get(o), loadedIn);
          sides.add(span(p));
          xs.computeIfAbsent(p.text, k -> new ArrayList<>()).add(o);
        }
        for (String o : y.getValue()) {
          Phrase p = representative(byOutlet.get(o), loadedIn);
          sides.add(span(p));
          ys.computeIfAbsent(p.text, k -> new ArrayList<>()).add(o);
        }
        String note = "Same " + r.kind() + " (" + r.name() + "): " + writes(xs) + "; " + writes(ys);
        // A label of the loaded lexicon ("regime", "terrorists") ranks first; a judging word alone ("the heartless
        // driver") with the substitutions of aligned facts.
        boolean lexiconLabel = !Collections.disjoint(x.getKey(), lexiconTerms) || !Collections.disjoint(y.getKey(), lexiconTerms);
        double weight = Math.log10(c.mentions().size()) / 2;
        double score = lexiconLabel
            ? 4 + (y.getKey().isEmpty() ? 1 : 0) + Math.min(1, weight)
            : 3 + (y.getKey().isEmpty() ? 0.2 : 0) + Math.min(0.25, weight); // below a hedge (3.5)
        out.add(new Scored(score, x.getValue().size() + y.getValue().size(), new Divergence(null, "label", r.id(), sides, note)));
      }
    }
  }

  /** The kinds of wording that judge what a mention names: labels and judging words, not verbs or scare quotes. */
  private static final Set<String> JUDGING_KINDS = Set.of("label", "subjective");

  /**
   * The loaded words of mention {@code p}, folded to their singular: its loaded-lexicon terms and the judging words
   * shown inside it ({@code judging}, per article, in text order).
   */
  private static Set<String> loadedWords(Phrase p, Map<Integer, List<Wording>> judging) {
    Set<String> out = new TreeSet<>();
    for (String t : p.loadedTerms) {
      out.add(folded(t));
    }
    List<Wording> ws = judging.getOrDefault(p.article, List.of());
    for (int i = org.parallax.text.Sorted.firstAtLeast(ws, Wording::start, p.start); i < ws.size() && ws.get(i).start() < p.end; i++) {
      if (ws.get(i).end() <= p.end) {
        out.add(folded(ws.get(i).cue()));
      }
    }
    return out;
  }

  /** A loaded word as labels are compared: folded, singular ("Terrorists" and "terrorist" are one). */
  private static String folded(String term) {
    return Words.singular(Words.fold(term));
  }

  /** The mention that shows an outlet's label best: one with loaded words first, else {@link TermDiscovery#representative}. */
  private static Phrase representative(List<Phrase> ps, Map<Phrase, Set<String>> loadedIn) {
    for (Phrase p : ps) {
      if (!loadedIn.getOrDefault(p, Set.of()).isEmpty() && !p.inQuote) {
        return p;
      }
    }
    return TermDiscovery.representative(ps);
  }

  /** "Press TV and 004 write 'the Assad regime', 000 writes 'President Bashar al-Assad'". */
  private static String writes(Map<String, List<String>> outletsByLabel) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : outletsByLabel.entrySet()) {
      List<String> os = e.getValue();
      String who = os.size() == 1 ? os.get(0) + " writes"
          : String.join(", ", os.subList(0, os.size() - 1)) + " and " + os.get(os.size() - 1) + " write";
      parts.add(who + " '" + e.getKey() + "'");
    }
    return String.join(", ", parts);
  }

  // ---- hedge ------------------------------------------------------------------------------------

  private static long key(int article, int sentence) {
    return ((long) article << 32) | sentence;
  }

  private void hedges(AlignedFact f, String id, Map<Long, List<HedgeFinder.Cue>> cues, List<Scored> out) {
    List<SentenceRef> hedged = new ArrayList<>();
    List<List<HedgeFinder.Cue>> hedgedCues = new ArrayList<>();
    List<SentenceRef> flat = new ArrayList<>();
    for (SentenceRef m : f.members()) {
      List<HedgeFinder.Cue> mine = cues.getOrDefault(key(m.article(), m.sentence()), List.of()).stream()
          .filter(c -> !m.isClause() || c.start() >= m.clause().start() && c.end() <= m.clause().end())
          .toList();
      if (!mine.isEmpty()) {
        hedged.add(m);
        hedgedCues.add(mine);
      } else if (isFlat(m)) {
        flat.add(m);
      }
    }
    if (hedged.isEmpty() || flat.isEmpty()) {
      return;
    }
    List<Span> sides = new ArrayList<>();
    List<String> who = new ArrayList<>();
    for (int i = 0; i < hedged.size(); i++) {
      Article a = corpus.articles().get(hedged.get(i).article());
      List<String> words = new ArrayList<>();
      for (HedgeFinder.Cue c : hedgedCues.get(i)) {
        sides.add(new Span(a.id(), c.start(), c.end(), c.text()));
        words.add("'" + c.text() + "'");
      }
      who.add(Highlights.name(a) + " (" + String.join(", ", words) + ")");
    }
    List<String> flatWho = new ArrayList<>();
    for (SentenceRef m : flat) {
      Article a = corpus.articles().get(m.article());
      sides.add(memberSpan(m));
      flatWho.add(Highlights.name(a));
    }
    String note = "Same fact: " + String.join(", ", who) + (hedged.size() > 1 ? " hedge or attribute" : " hedges or attributes")
        + " what " + String.join(", ", flatWho) + (flat.size() > 1 ? " state" : " states") + " flatly";
    out.add(new Scored(3.5, hedged.size() + flat.size(), new Divergence(null, "hedge", id, sides, note)));
  }

  /** A sentence with no reporting verb outside its quotations: it states, rather than reports. */
  private boolean isFlat(SentenceRef m) {
    for (Tok t : corpus.member(m)) {
      if ((t.is("VERB") || t.is("AUX")) && !corpus.inQuote(m.article(), t.start())
          && (lexicon.reportingVerbs.contains(t.lower()) || t.lower().equals("told") || t.lower().equals("tells")
              || t.lower().equals("added") || t.lower().equals("stated") || t.lower().equals("announced"))) {
        return false;
      }
    }
    return true;
  }

  // ---- wording ----------------------------------------------------------------------------------

  /**
   * A place where two members of an aligned fact word the same slot differently: the words of the
   * first member's sentence ({@code a}, article {@code articleA}) against the second's. One side may be
   * empty (words added). Only slots framed by shared words on both sides count: words before or after
   * all shared ones are where an excerpt starts or ends. Trivial differences never make one (case,
   * punctuation, "U.S." against "US", number and tense, nationality against country), nor a slot whose
   * both sides lie inside quotations (the quotation alterations report those).
   */
  record Substitution(int articleA, List<Tok> a, int articleB, List<Tok> b) {}

  /** The substitutions between the first member of {@code f} and each other member. */
  List<Substitution> substitutions(AlignedFact f) {
    List<Substitution> out = new ArrayList<>();
    SentenceRef first = f.members().get(0);
    for (int m = 1; m < f.members().size(); m++) {
      SentenceRef other = f.members().get(m);
      List<Tok> a = words(first);
      List<Tok> b = words(other);
      List<String> ka = keys(a);
      List<String> kb = keys(b);
      for (WordDiff.Edit d : WordDiff.edits(ka, kb)) {
        int pa = d.aFrom();
        int pb = d.bFrom();
        boolean framed = pa > 0 && pb > 0 && pa + d.aSize() < a.size() && pb + d.bSize() < b.size();
        if (!framed) {
          continue;
        }
        List<Tok> sa = a.subList(pa, pa + d.aSize());
        List<Tok> sb = b.subList(pb, pb + d.bSize());
        if (contentKeys(sa).equals(contentKeys(sb))) {
          continue;
        }
        if ((sa.isEmpty() || inQuotes(first.article(), sa)) && (sb.isEmpty() || inQuotes(other.article(), sb))) {
          continue;
        }
        out.add(new Substitution(first.article(), sa, other.article(), sb));
      }
    }
    return out;
  }

  private void wording(AlignedFact f, String id, List<Scored> out) {
    for (Substitution sub : substitutions(f)) {
      List<Tok> sa = sub.a();
      List<Tok> sb = sub.b();
      String la = loadedIn(sa);
      String lb = loadedIn(sb);
      if (la.equals(lb) || la.isEmpty() && lb.isEmpty()) {
        continue;
      }
      Article aa = corpus.articles().get(sub.articleA());
      Article ab = corpus.articles().get(sub.articleB());
      List<Span> sides = new ArrayList<>();
      if (!sa.isEmpty()) {
        sides.add(tokSpan(aa, sa));
      }
      if (!sb.isEmpty()) {
        sides.add(tokSpan(ab, sb));
      }
      String ta = sa.isEmpty() ? null : tokSpan(aa, sa).text();
      String tb = sb.isEmpty() ? null : tokSpan(ab, sb).text();
      String note;
      if (ta == null) {
        note = "Same fact: " + Highlights.name(ab) + " adds '" + tb + "', which " + Highlights.name(aa) + " does not have";
      } else if (tb == null) {
        note = "Same fact: " + Highlights.name(aa) + " adds '" + ta + "', which " + Highlights.name(ab) + " does not have";
      } else {
        note = "Same fact: " + Highlights.name(aa) + " writes '" + ta + "' where " + Highlights.name(ab) + " writes '" + tb + "'";
      }
      out.add(new Scored(3, 2, new Divergence(null, "wording", id, sides, note)));
    }
  }

  private String loadedIn(List<Tok> toks) {
    List<String> lowers = toks.stream().map(Tok::lower).toList();
    Set<String> found = new TreeSet<>();
    for (int i = 0; i < lowers.size(); i++) {
      FramingLexicon.Term t = lexicon.loadedAt(lowers, i);
      if (t != null) {
        found.add(t.text());
      }
      FramingLexicon.Term h = lexicon.hedgeAt(lowers, i);
      if (h != null) {
        found.add(h.text());
      }
      FramingLexicon.Term w = lexicon.wordingAt(lowers, i);
      if (w != null && w.strength() >= WordingFinder.SHOWN) {
        found.add(w.text());
      }
    }
    return String.join(",", found);
  }

  private boolean hasLoaded(String text) {
    List<String> lowers = new ArrayList<>();
    for (String w : Words.fold(text).split("[^\\p{L}\\p{N}'-]+")) {
      if (!w.isEmpty()) {
        lowers.add(w);
      }
    }
    for (int i = 0; i < lowers.size(); i++) {
      if (lexicon.loadedAt(lowers, i) != null) {
        return true;
      }
    }
    return false;
  }

  private List<Tok> words(SentenceRef r) {
    List<Tok> out = new ArrayList<>();
    for (Tok t : corpus.member(r)) {
      if (Words.isWord(t.text())) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> keys(List<Tok> toks) {
    return toks.stream().map(t -> Words.singular(t.lower().replace(".", ""))).toList();
  }

  /** Content words compared loosely: stems, nationality as country, function words dropped. */
  private Set<String> contentKeys(List<Tok> toks) {
    Set<String> out = new HashSet<>();
    for (Tok t : toks) {
      String w = t.lower().replace(".", "");
      if (STOP.contains(w)) {
        continue;
      }
      String n = lexicon.nationalities.get(w);
      FramingLexicon.AliasGroup g = lexicon.aliasGroup(w);
      if (g != null) {
        out.add(g.name().toLowerCase(Locale.ROOT));
      } else if (n != null) {
        out.add(n.toLowerCase(Locale.ROOT));
      } else {
        out.add(Words.forms(w).stream().min(Comparator.comparingInt(String::length)).orElse(w));
      }
    }
    return out;
  }

  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "as",
          "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "its", "their",
          "his", "her", "that", "this", "which", "who", "it", "also", "well", "there", "s");

  private boolean inQuotes(int article, List<Tok> toks) {
    return !toks.isEmpty() && toks.stream().allMatch(t -> corpus.inQuote(article, t.start()));
  }

  /**
   * The span of {@code toks}, widened to whole words: the tagger splits "10km" into "10" and "km", and a
   * side must never show half a word.
   */
  private static Span tokSpan(Article a, List<Tok> toks) {
    String text = a.text();
    int s = toks.get(0).start();
    int e = toks.get(toks.size() - 1).end();
    while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s))) {
      s--;
    }
    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e)) && Character.isLetterOrDigit(text.charAt(e - 1))) {
      e++;
    }
    return new Span(a.id(), s, e, text.substring(s, e));
  }

  /** The span of an aligned fact's member: its sentence, or the clause of it the member is. */
  private Span memberSpan(SentenceRef m) {
    Article a = corpus.articles().get(m.article());
    return Span.of(a, m.in(a));
  }

  // ---- omission ---------------------------------------------------------------------------------

  private void omission(AlignedFact f, String id, List<Scored> out) {
    Set<Integer> reporting = new HashSet<>();
    for (SentenceRef m : f.members()) {
      reporting.add(m.article());
    }
    // Outlets in corpus order; one with an article reporting the fact is no silent one.
    Set<String> reporters = new LinkedHashSet<>();
    Set<String> silent = new LinkedHashSet<>();
    for (int a = 0; a < names.size(); a++) {
      (reporting.contains(a) ? reporters : silent).add(names.get(a));
    }
    silent.removeAll(reporters);
    if (silent.isEmpty()) {
      return;
    }
    List<Span> sides = f.members().stream().map(this::memberSpan).collect(Collectors.toList());
    String text = sides.get(0).text();
    String shortText = text.length() > 120 ? text.substring(0, 117) + "..." : text;
    String note = "Reported by " + String.join(", ", reporters) + "; left out by " + String.join(", ", silent) + ": '" + shortText + "'";
    double score = 1 + (double) reporters.size() / Math.max(1, reporters.size() + silent.size());
    out.add(new Scored(score, reporters.size(), new Divergence(null, "omission", id, sides, note)));
  }

  private Span span(Phrase p) {
    Article a = corpus.articles().get(p.article);
    return new Span(a.id(), p.start, p.end, p.text);
  }

  private String outlet(Phrase p) {
    return Highlights.name(corpus.articles().get(p.article));
  }
}

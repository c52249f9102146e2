package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Article;
import org.parallax.quotes.QuoteGroup;
import org.parallax.quotes.QuoteOccurrence;
import org.parallax.text.Tok;

/**
 * One profile per outlet (articles without an outlet under their id), in corpus order: its labels
 * per referent, hedge rate and cues, whom it quotes, its loaded lexicon terms outside quotations, and
 * the loaded wording shown by default.
 */
final class OutletProfiles {

  private OutletProfiles() {}

  static List<OutletProfile> of(FramingLexicon lexicon, Parsed corpus, List<Referent> referents, List<Hedge> hedges,
      List<QuoteGroup> quoteGroups, List<Wording> wording) {
    Map<String, List<Wording>> wordingOf = new HashMap<>();
    Map<String, List<Integer>> articlesOf = new LinkedHashMap<>();
    Map<String, String> outletOfId = new HashMap<>();
    // Named as everywhere outlets are compared: an article without an outlet is an outlet of its own.
    Map<String, String> names = Highlights.names(corpus.articles());
    for (int a = 0; a < corpus.articles().size(); a++) {
      Article art = corpus.articles().get(a);
      articlesOf.computeIfAbsent(names.get(art.id()), k -> new ArrayList<>()).add(a);
      outletOfId.put(art.id(), names.get(art.id()));
    }
    for (Wording w : wording) {
      if (w.shown()) {
        wordingOf.computeIfAbsent(outletOfId.get(w.article()), k -> new ArrayList<>()).add(w);
      }
    }
    // Each referent's mentions by outlet, found in one pass; keyed by the referent's index, as hashing a
    // referent record walks all its mentions (8 s of 1,000 articles' profiles).
    Map<String, Map<Integer, List<Referent.Mention>>> mentionsOf = new HashMap<>();
    for (int ri = 0; ri < referents.size(); ri++) {
      for (Referent.Mention m : referents.get(ri).mentions()) {
        mentionsOf.computeIfAbsent(outletOfId.get(m.article()), k -> new LinkedHashMap<>())
            .computeIfAbsent(ri, k -> new ArrayList<>()).add(m);
      }
    }
    // Hedges and quotations by outlet, in their order, found in one pass (one pass per outlet was
    // outlets × items: a second of 1,000 articles' profiles).
    Map<String, List<Hedge>> hedgesOf = new HashMap<>();
    for (Hedge h : hedges) {
      hedgesOf.computeIfAbsent(outletOfId.get(h.article()), k -> new ArrayList<>()).add(h);
    }
    record Said(QuoteOccurrence occurrence, boolean shared) {}
    Map<String, List<Said>> quotedBy = new HashMap<>();
    for (QuoteGroup g : quoteGroups) {
      boolean shared = g.isShared();
      for (QuoteOccurrence o : g.occurrences()) {
        quotedBy.computeIfAbsent(outletOfId.get(o.quotation().articleId()), k -> new ArrayList<>()).add(new Said(o, shared));
      }
    }
    List<OutletProfile> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : articlesOf.entrySet()) {
      String outlet = e.getKey();
      List<String> ids = new ArrayList<>();
      int words = 0;
      Map<String, int[]> terms = new LinkedHashMap<>();
      Map<String, String> categories = new HashMap<>();
      for (int a : e.getValue()) {
        ids.add(corpus.articles().get(a).id());
        List<Tok> toks = corpus.tokens().get(a);
        List<String> lowers = toks.stream().map(Tok::lower).toList();
        for (int i = 0; i < toks.size(); i++) {
          if (Words.isWord(toks.get(i).text())) {
            words++;
          }
          if (corpus.inQuote(a, toks.get(i).start())) {
            continue;
          }
          FramingLexicon.Term t = lexicon.loadedAt(lowers, i);
          if (t != null) {
            terms.computeIfAbsent(t.text(), k -> new int[1])[0]++;
            categories.put(t.text(), t.category());
          }
        }
      }
      List<OutletProfile.LabelUse> labels = new ArrayList<>();
      int mentions = 0;
      int loaded = 0;
      for (Map.Entry<Integer, List<Referent.Mention>> rm : mentionsOf.getOrDefault(outlet, Map.of()).entrySet()) {
        Referent r = referents.get(rm.getKey());
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> isLoaded = new HashMap<>();
        for (Referent.Mention m : rm.getValue()) {
          mentions++;
          if (m.loaded()) {
            loaded++;
          }
          String w = m.text().replaceAll("\\s+", " ").strip();
          counts.computeIfAbsent(w, k -> new int[1])[0]++;
          isLoaded.merge(w, m.loaded(), Boolean::logicalOr);
        }
        if (counts.isEmpty()) {
          continue;
        }
        List<OutletProfile.Label> ls = new ArrayList<>();
        counts.forEach((w, c) -> ls.add(new OutletProfile.Label(w, c[0], isLoaded.get(w))));
        ls.sort((x, y) -> Integer.compare(y.count(), x.count()));
        labels.add(new OutletProfile.LabelUse(r.id(), r.name(), ls));
      }
      Map<String, int[]> cueCounts = new LinkedHashMap<>();
      Map<String, String> cueKinds = new HashMap<>();
      int hedgeCount = 0;
      for (Hedge h : hedgesOf.getOrDefault(outlet, List.of())) {
        hedgeCount++;
        cueCounts.computeIfAbsent(h.cue(), k -> new int[1])[0]++;
        cueKinds.put(h.cue(), h.kind());
      }
      List<OutletProfile.CueCount> cues = new ArrayList<>();
      cueCounts.forEach((c, n) -> cues.add(new OutletProfile.CueCount(c, cueKinds.get(c), n[0])));
      cues.sort((x, y) -> Integer.compare(y.count(), x.count()));
      Map<String, int[]> quoted = new LinkedHashMap<>();
      for (Said said : quotedBy.getOrDefault(outlet, List.of())) {
        String speaker = said.occurrence().quotation().speaker();
        int[] c = quoted.computeIfAbsent(speaker == null ? "\u0000" : speaker, k -> new int[2]);
        c[0]++;
        if (said.shared()) {
          c[1]++;
        }
      }
      List<OutletProfile.Quoted> whom = new ArrayList<>();
      quoted.forEach((s, c) -> whom.add(new OutletProfile.Quoted(s.equals("\u0000") ? null : s, c[0], c[1])));
      whom.sort((x, y) -> Integer.compare(y.quotations(), x.quotations()));
      List<OutletProfile.TermCount> loadedTerms = new ArrayList<>();
      terms.forEach((t, c) -> loadedTerms.add(new OutletProfile.TermCount(t, categories.get(t), c[0])));
      loadedTerms.sort((x, y) -> Integer.compare(y.count(), x.count()));
      double rate = words == 0 ? 0 : Math.round(hedgeCount * 10000.0 / words) / 10.0;
      List<Wording> shown = wordingOf.getOrDefault(outlet, List.of());
      Map<String, OutletProfile.CueCount> byCue = new LinkedHashMap<>();
      for (Wording w : shown) {
        byCue.merge(w.cue() + "\u0000" + w.kind(), new OutletProfile.CueCount(w.cue(), w.kind(), 1),
            (x, y) -> new OutletProfile.CueCount(x.cue(), x.kind(), x.count() + 1));
      }
      List<OutletProfile.CueCount> wordingCues = new ArrayList<>(byCue.values());
      wordingCues.sort((x, y) -> Integer.compare(y.count(), x.count()));
      double wordingRate = words == 0 ? 0 : Math.round(shown.size() * 10000.0 / words) / 10.0;
      // The outlet's group comes from the corpus settings, after the stages (OutletGroups).
      out.add(new OutletProfile(outlet, null, ids, words, labels, mentions, loaded, hedgeCount, rate, cues, whom, loadedTerms,
          shown.size(), wordingRate, wordingCues));
    }
    return out;
  }
}

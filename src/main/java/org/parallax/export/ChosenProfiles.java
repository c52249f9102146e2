package org.parallax.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Article;

/**
 * The outlet profiles of a selection of articles. An outlet all of whose articles are chosen keeps its
 * profile as the engine made it; one only some of whose articles are chosen gets a profile of those
 * articles, worked out from what the analysis keeps per article (its labels, hedges, quotations and
 * loaded wording; its words counted as the report counts them), in its group. Its loaded lexicon terms
 * are counted by the engine per outlet only, so that list is left empty rather than wrong.
 */
final class ChosenProfiles {

  private ChosenProfiles() {}

  /**
   * The profiles of {@code whole} for the {@code chosen} articles, their figures from {@code selected}
   * (the analysis already restricted to them); outlets with none of their articles chosen are left out.
   */
  static List<OutletProfile> of(Analysis whole, Analysis selected, Set<String> chosen) {
    List<OutletProfile> out = new ArrayList<>();
    for (OutletProfile p : whole.outlets()) {
      List<String> ids = p.articles().stream().filter(chosen::contains).toList();
      if (ids.size() == p.articles().size()) {
        out.add(p);
      } else if (!ids.isEmpty()) {
        out.add(part(p, ids, selected));
      }
    }
    return out;
  }

  private static OutletProfile part(OutletProfile p, List<String> ids, Analysis selected) {
    Set<String> in = Set.copyOf(ids);
    int words = 0;
    for (Article a : selected.articles()) {
      if (in.contains(a.id())) {
        words += ReportTables.words(a.text());
      }
    }
    List<OutletProfile.LabelUse> labels = new ArrayList<>();
    int mentions = 0;
    int loaded = 0;
    for (Referent r : selected.referents()) {
      Map<String, int[]> counts = new LinkedHashMap<>();
      Map<String, Boolean> isLoaded = new HashMap<>();
      for (Referent.Mention m : r.mentions()) {
        if (in.contains(m.article())) {
          mentions++;
          loaded += m.loaded() ? 1 : 0;
          String w = m.text().replaceAll("\\s+", " ").strip();
          counts.computeIfAbsent(w, k -> new int[1])[0]++;
          isLoaded.merge(w, m.loaded(), Boolean::logicalOr);
        }
      }
      if (!counts.isEmpty()) {
        List<OutletProfile.Label> ls = new ArrayList<>();
        counts.forEach((w, c) -> ls.add(new OutletProfile.Label(w, c[0], isLoaded.get(w))));
        ls.sort((x, y) -> Integer.compare(y.count(), x.count()));
        labels.add(new OutletProfile.LabelUse(r.id(), r.name(), ls));
      }
    }
    Map<String, OutletProfile.CueCount> cues = new LinkedHashMap<>();
    int hedges = 0;
    for (Hedge h : selected.hedgeCues()) {
      if (in.contains(h.article())) {
        hedges++;
        cues.merge(h.cue(), new OutletProfile.CueCount(h.cue(), h.kind(), 1),
            (x, y) -> new OutletProfile.CueCount(x.cue(), x.kind(), x.count() + 1));
      }
    }
    Map<String, int[]> quoted = new LinkedHashMap<>();
    for (QuoteGroup g : selected.quotes()) {
      boolean shared = g.occurrences().stream().map(QuoteGroup.Occurrence::article).distinct().count() > 1;
      for (QuoteGroup.Occurrence o : g.occurrences()) {
        if (in.contains(o.article())) {
          int[] c = quoted.computeIfAbsent(o.speaker() == null ? "\u0000" : o.speaker(), k -> new int[2]);
          c[0]++;
          c[1] += shared ? 1 : 0;
        }
      }
    }
    List<OutletProfile.Quoted> whom = new ArrayList<>();
    quoted.forEach((s, c) -> whom.add(new OutletProfile.Quoted(s.equals("\u0000") ? null : s, c[0], c[1])));
    whom.sort((x, y) -> Integer.compare(y.quotations(), x.quotations()));
    Map<String, OutletProfile.CueCount> wordingCues = new LinkedHashMap<>();
    int wording = 0;
    for (Wording w : selected.wording()) {
      if (w.shown() && in.contains(w.article())) {
        wording++;
        wordingCues.merge(w.cue() + "\u0000" + w.kind(), new OutletProfile.CueCount(w.cue(), w.kind(), 1),
            (x, y) -> new OutletProfile.CueCount(x.cue(), x.kind(), x.count() + 1));
      }
    }
    return new OutletProfile(p.outlet(), p.group(), ids, words, labels, mentions, loaded, hedges, perThousand(hedges, words),
        sorted(cues.values()), whom, List.of(), wording, perThousand(wording, words), sorted(wordingCues.values()));
  }

  private static List<OutletProfile.CueCount> sorted(java.util.Collection<OutletProfile.CueCount> cues) {
    List<OutletProfile.CueCount> out = new ArrayList<>(cues);
    out.sort((x, y) -> Integer.compare(y.count(), x.count()));
    return out;
  }

  /** As the engine rounds it: one decimal. */
  private static double perThousand(int count, int words) {
    return words == 0 ? 0 : Math.round(count * 10000.0 / words) / 10.0;
  }
}

package org.parallax.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;

/**
 * A synthetic story of many articles from many outlets in three camps, made by rule so that tests
 * can say exactly what it holds: outlet {@code o} (article {@code a} belongs to outlet {@code a %
 * outlets}) is in camp {@code o % 3} ("State-owned" outlets named "Sun 01"…, "Wire service" outlets
 * "Wire 02"…, "Independent" outlets "Herald 03"…), and article 0 has no outlet (it is shown by its
 * title). Fact {@code f} is reported by the articles of the camps in bit mask {@code f % 7 + 1} whose
 * {@code (a + f) % 4 != 0}; quotation {@code q} is carried by camps {@code q % 3} and {@code (q + 1) % 3}
 * where {@code (a + q) % 3 != 0}, altered in camp {@code (q + 1) % 3}; every article mentions referent
 * {@code r} where {@code (a + r) % 5 != 0}, the State-owned camp as "the terrorists of Group R" (loaded),
 * the others as "Group R fighters" and "Group R".
 */
final class WideStory {

  static final String[] CAMPS = {"State-owned", "Wire service", "Independent"};
  private static final String[] NAMES = {"Sun", "Wire", "Herald"};
  static final String UNKNOWN_TITLE = "Quake hits the northern coast";

  private WideStory() {}

  static int camp(int article, int outlets) {
    return (article % outlets) % 3;
  }

  static String outletName(int outlet) {
    return String.format(Locale.ROOT, "%s %02d", NAMES[outlet % 3], outlet + 1);
  }

  static boolean reports(int article, int outlets, int fact) {
    return ((fact % 7 + 1) & (1 << camp(article, outlets))) != 0 && (article + fact) % 4 != 0;
  }

  static boolean carries(int article, int outlets, int quote) {
    int c = camp(article, outlets);
    return (c == quote % 3 || c == (quote + 1) % 3) && (article + quote) % 3 != 0;
  }

  static boolean mentions(int article, int referent) {
    return (article + referent) % 5 != 0;
  }

  static String id(int article) {
    return String.format(Locale.ROOT, "w%03d", article);
  }

  static Analysis analysis(int articles, int outlets, int facts, int quotes, int referents) {
    List<Article> all = new ArrayList<>();
    // By rule index, so that fact f is "f" + (f + 1) when it has two members or more, quotation q "q" + (q + 1).
    Map<Integer, List<Span>> factMembers = new java.util.TreeMap<>();
    Map<Integer, List<QuoteGroup.Occurrence>> quoteOccurrences = new java.util.TreeMap<>();
    Map<Integer, List<Referent.Mention>> referentMentions = new java.util.TreeMap<>();
    for (int a = 0; a < articles; a++) {
      String id = id(a);
      int camp = camp(a, outlets);
      StringBuilder text = new StringBuilder();
      List<TextRange> sentences = new ArrayList<>();
      for (int f = 0; f < facts; f++) {
        if (reports(a, outlets, f)) {
          String s = "The ministry confirmed event " + (f + 1) + " near the border on day " + (f % 9 + 1) + ".";
          int at = next(text);
          factMembers.computeIfAbsent(f, k -> new ArrayList<>()).add(new Span(id, at, at + s.length(), s));
          sentence(text, sentences, s);
        }
      }
      for (int q = 0; q < quotes; q++) {
        if (carries(a, outlets, q)) {
          boolean altered = camp == (q + 1) % 3;
          String words = (altered ? "we shall meet about matter " : "we will meet about matter ") + (q + 1) + " soon";
          String s = "The minister said \"" + words + "\".";
          int at = next(text) + s.indexOf(words);
          quoteOccurrences.computeIfAbsent(q, k -> new ArrayList<>()).add(new QuoteGroup.Occurrence(id, at, at + words.length(), words,
              "The minister", altered ? QuoteGroup.Match.altered : QuoteGroup.Match.verbatim));
          sentence(text, sentences, s);
        }
      }
      for (int r = 0; r < referents; r++) {
        if (mentions(a, r)) {
          String label = camp == 0 ? "the terrorists of Group " + (r + 1) : camp == 1 ? "Group " + (r + 1) + " fighters" : "Group " + (r + 1);
          String s = "Officials said " + label + " moved again.";
          int at = next(text) + s.indexOf(label);
          referentMentions.computeIfAbsent(r, k -> new ArrayList<>()).add(new Referent.Mention(id, at, at + label.length(), label, camp == 0));
          sentence(text, sentences, s);
        }
      }
      if (text.length() == 0) {
        sentence(text, sentences, "Nothing else happened.");
      }
      String outlet = a == 0 ? null : outletName(a % outlets);
      String title = a == 0 ? UNKNOWN_TITLE : "Report " + (a + 1) + " on the border";
      all.add(new Article(id, id + ".txt", "text", "UTF-8", title, outlet, "2026-01-" + String.format(Locale.ROOT, "%02d", a % 28 + 1),
          null, null, text.toString(), sentences, List.of()));
    }
    List<FactGroup> factGroups = new ArrayList<>();
    factMembers.forEach((f, members) -> {
      if (members.size() >= 2) {
        List<String> missing = all.stream().map(Article::id).filter(x -> members.stream().noneMatch(m -> m.article().equals(x))).toList();
        factGroups.add(new FactGroup("f" + (factGroups.size() + 1), 0.8, members, missing));
      }
    });
    List<QuoteGroup> quoteGroups = new ArrayList<>();
    quoteOccurrences.forEach((q, occ) -> quoteGroups.add(new QuoteGroup("q" + (quoteGroups.size() + 1), "The minister", occ)));
    List<Referent> refs = new ArrayList<>();
    referentMentions.forEach((r, ms) -> refs.add(new Referent("r" + (refs.size() + 1), "Group " + (r + 1), "group", ms)));
    Map<String, List<String>> byOutlet = new LinkedHashMap<>();
    for (Article art : all) {
      byOutlet.computeIfAbsent(Highlights.name(art), k -> new ArrayList<>()).add(art.id());
    }
    List<OutletProfile> profiles = new ArrayList<>();
    byOutlet.forEach((name, ids) -> {
      int camp = camp(Integer.parseInt(ids.get(0).substring(1)), outlets);
      String group = ids.get(0).equals(id(0)) ? null : CAMPS[camp];
      profiles.add(new OutletProfile(name, group, ids, 100, List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(), 0, 0, List.of()));
    });
    return org.parallax.analysis.AnalysisInvariants.check(new Analysis(Analysis.SCHEMA, new Analysis.CorpusInfo("wide", "wide", "2026-01-01T00:00:00Z", "test"), all, quoteGroups,
        factGroups, refs, List.of(), List.of(), List.of(), List.of(), List.of(), profiles, List.of(), List.of()));
  }

  /** Where the next sentence starts: after a space, unless it is the first. */
  private static int next(StringBuilder text) {
    return text.length() == 0 ? 0 : text.length() + 1;
  }

  private static void sentence(StringBuilder text, List<TextRange> sentences, String s) {
    if (text.length() > 0) {
      text.append(' ');
    }
    sentences.add(new TextRange(text.length(), text.length() + s.length()));
    text.append(s);
  }
}

package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;

/**
 * The rows one story adds to the tables across stories, read from its analysis: per outlet × referent
 * the labels and their loaded share, per outlet its coverage of the story's facts and what it omits,
 * the quotations it carries and alters, and its hedges. Outlets are named as the analysis names them
 * ({@link Highlights#name}), in the analysis's order.
 */
public record StoryTables(List<Label> labels, List<Coverage> coverage, List<Quotations> quotations, List<Hedges> hedges)
    implements Serializable {

  /** One referent as one outlet names it. {@code loadedShare} = loaded mentions / mentions. */
  public record Label(String story, String outlet, String group, String referent, String name, String kind,
      int mentions, int loadedMentions, double loadedShare, List<LabelText> labels) implements Serializable {}

  /** A label and how often the outlet uses it. */
  public record LabelText(String text, int count, boolean loaded) implements Serializable {}

  /**
   * One outlet's coverage: of the story's aligned {@code facts}, how many it {@code reported}
   * ({@code coverageRate}); of the facts more than half of the other outlets report ({@code
   * widelyReported}), how many it leaves out ({@code omitted}, {@code omissionRate}); its sentences
   * no other outlet reports ({@code unique}). Rates are {@code null} when there is nothing to divide by.
   */
  public record Coverage(String story, String outlet, String group, int articles, int words, int facts, int reported,
      Double coverageRate, int widelyReported, int omitted, Double omissionRate, int unique) implements Serializable {}

  /**
   * One outlet's quotations: occurrences in its articles, those {@code shared} with another outlet,
   * and of these how many are verbatim, partial or altered ({@code alterationRate} = altered / shared).
   */
  public record Quotations(String story, String outlet, String group, int quotations, int shared, int verbatim,
      int partial, int altered, Double alterationRate) implements Serializable {}

  /** One outlet's hedging and attribution cues in its own voice, and which. */
  public record Hedges(String story, String outlet, String group, int words, int hedges, double hedgesPer1000Words,
      int hedgeCues, int attributionCues, List<Cue> cues) implements Serializable {}

  /** A cue, its kind ({@code hedge} or {@code attribution}) and how often the outlet uses it. */
  public record Cue(String cue, String kind, int count) implements Serializable {}

  /** The rows of {@code analysis}, the story {@code story}. */
  public static StoryTables of(String story, Analysis analysis) {
    Map<String, String> outletOf = Highlights.names(analysis.articles());
    Map<String, String> kinds = new HashMap<>();
    for (Referent r : analysis.referents()) {
      kinds.put(r.id(), r.kind());
    }
    List<String> outlets = new ArrayList<>();
    for (OutletProfile p : analysis.outlets()) {
      outlets.add(p.outlet());
    }
    // Per fact: the outlets that report it.
    List<Set<String>> reporters = new ArrayList<>();
    for (FactGroup f : analysis.facts()) {
      Set<String> by = new HashSet<>();
      for (Span m : f.members()) {
        by.add(outletOf.get(m.article()));
      }
      reporters.add(by);
    }
    Map<String, Integer> unique = new HashMap<>();
    for (Span s : analysis.unique()) {
      unique.merge(outletOf.get(s.article()), 1, Integer::sum);
    }

    List<Label> labels = new ArrayList<>();
    List<Coverage> coverage = new ArrayList<>();
    List<Quotations> quotations = new ArrayList<>();
    List<Hedges> hedges = new ArrayList<>();
    for (OutletProfile p : analysis.outlets()) {
      String o = p.outlet();
      for (OutletProfile.LabelUse use : p.labels()) {
        int mentions = 0;
        int loaded = 0;
        List<LabelText> texts = new ArrayList<>();
        for (OutletProfile.Label l : use.labels()) {
          mentions += l.count();
          loaded += l.loaded() ? l.count() : 0;
          texts.add(new LabelText(l.text(), l.count(), l.loaded()));
        }
        labels.add(new Label(story, o, p.group(), use.referent(), use.name(), kinds.get(use.referent()), mentions, loaded,
            mentions == 0 ? 0 : (double) loaded / mentions, texts));
      }

      int reported = 0;
      int wide = 0;
      int omitted = 0;
      int others = outlets.size() - 1;
      for (Set<String> by : reporters) {
        boolean reports = by.contains(o);
        reported += reports ? 1 : 0;
        int otherReporters = by.size() - (reports ? 1 : 0);
        if (others > 0 && otherReporters * 2 > others) {
          wide++;
          omitted += reports ? 0 : 1;
        }
      }
      int facts = reporters.size();
      coverage.add(new Coverage(story, o, p.group(), p.articles().size(), p.words(), facts, reported,
          facts == 0 ? null : (double) reported / facts, wide, omitted, wide == 0 ? null : (double) omitted / wide,
          unique.getOrDefault(o, 0)));

      int all = 0;
      int shared = 0;
      int verbatim = 0;
      int partial = 0;
      int altered = 0;
      for (QuoteGroup g : analysis.quotes()) {
        Set<String> carriers = new HashSet<>();
        for (QuoteGroup.Occurrence occ : g.occurrences()) {
          carriers.add(outletOf.get(occ.article()));
        }
        boolean isShared = carriers.size() > 1;
        for (QuoteGroup.Occurrence occ : g.occurrences()) {
          if (!o.equals(outletOf.get(occ.article()))) {
            continue;
          }
          all++;
          if (isShared) {
            shared++;
            switch (occ.match()) {
              case verbatim -> verbatim++;
              case partial -> partial++;
              case altered -> altered++;
            }
          }
        }
      }
      quotations.add(new Quotations(story, o, p.group(), all, shared, verbatim, partial, altered,
          shared == 0 ? null : (double) altered / shared));

      int hedgeCues = 0;
      int attributionCues = 0;
      List<Cue> cues = new ArrayList<>();
      for (OutletProfile.CueCount c : p.cues()) {
        cues.add(new Cue(c.cue(), c.kind(), c.count()));
        if ("attribution".equals(c.kind())) {
          attributionCues += c.count();
        } else {
          hedgeCues += c.count();
        }
      }
      hedges.add(new Hedges(story, o, p.group(), p.words(), p.hedges(), p.hedgesPer1000Words(), hedgeCues, attributionCues, cues));
    }
    return new StoryTables(labels, coverage, quotations, hedges);
  }
}

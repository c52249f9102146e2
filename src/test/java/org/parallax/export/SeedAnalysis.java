package org.parallax.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.Analysis;
import org.parallax.pipeline.Analyzer;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;

/**
 * The seed corpus as the analyzer reads it, with the quotations, facts, referents, divergences,
 * hedges and unique sentences that the alignment and framing engines will find, put in by hand at
 * the offsets of the real text (the engines are still being written; the exports must already show
 * their results).
 */
final class SeedAnalysis {

  static final String FARS = "000_5687b2dc5866d8ae";
  static final String PRESS_TV_1 = "001_202df9670cb2560d";
  static final String MOSCOW_TIMES = "002_17b3dee94d847ef4";
  static final String PRESS_TV_2 = "003_3a3cfc992890462a";
  static final String DAILY = "004_c57f9cb5f696a4b2";

  private static final Map<String, String> OUTLETS =
      Map.of(FARS, "Fars News Agency", PRESS_TV_1, "Press TV", DAILY, "Example Daily");

  private final List<Article> articles = new ArrayList<>();

  private SeedAnalysis(List<Article> read) {
    for (Article a : read) {
      String outlet = OUTLETS.getOrDefault(a.id(), a.outlet());
      articles.add(
          new Article(
              a.id(),
              a.source(),
              a.format(),
              a.encoding(),
              a.title(),
              outlet,
              a.published(),
              a.url(),
              a.author(),
              a.text(),
              a.sentences(),
              a.removed()));
    }
  }

  /** The seeds with every section filled. */
  static Analysis build() throws Exception {
    Analysis read = org.parallax.analysis.AnalysisInvariants.check(new Analyzer().analyze(Path.of("seeds")));
    SeedAnalysis s = new SeedAnalysis(read.articles());
    return s.complete(read);
  }

  private Analysis complete(Analysis read) {
    List<QuoteGroup> quotes =
        List.of(
            new QuoteGroup(
                "q1",
                "John Kerry",
                List.of(
                    occurrence(
                        MOSCOW_TIMES,
                        "Our focus remains on destroying Islamic State militants and also on a"
                            + " political settlement with respect to Syria",
                        QuoteGroup.Match.verbatim),
                    occurrence(
                        DAILY,
                        "Obviously our focus remains on destroying ISIL (Islamic State) and also on"
                            + " a political settlement with respect to Syria",
                        QuoteGroup.Match.altered))),
            new QuoteGroup(
                "q2",
                "Josh Earnest",
                List.of(
                    occurrence(
                        FARS,
                        "remains open to tactical, practical discussions",
                        QuoteGroup.Match.verbatim),
                    occurrence(
                        PRESS_TV_2,
                        "remains open to tactical, practical discussions",
                        QuoteGroup.Match.verbatim))),
            new QuoteGroup(
                "q3",
                "John Kerry",
                List.of(occurrence(FARS, "share the same goals", QuoteGroup.Match.verbatim))));
    List<FactGroup> facts =
        List.of(
            new FactGroup(
                "f1",
                0.81,
                false,
                List.of("wording"),
                List.of(
                    sentence(FARS, "His comments came after US Secretary of Defense Ash Carter"),
                    between(
                        DAILY, "Shortly after Kerry spoke", "the Russian minister of defense.")),
                List.of(PRESS_TV_1, MOSCOW_TIMES, PRESS_TV_2)),
            new FactGroup(
                "f2",
                0.74,
                List.of(
                    sentence(FARS, "Earnest’s comments came after Russia has reportedly sent"),
                    sentence(PRESS_TV_2, "Russia has reportedly sent artillery units and tanks")),
                List.of(PRESS_TV_1, MOSCOW_TIMES, DAILY)));
    List<Referent> referents =
        List.of(
            new Referent(
                "r1",
                "Islamic State",
                "group",
                List.of(
                    mention(FARS, "Takfiri terrorists", true),
                    mention(PRESS_TV_1, "Takfiri terrorists of Daesh", true),
                    mention(PRESS_TV_1, "Takfiris", true),
                    mention(MOSCOW_TIMES, "Islamic State militants", false),
                    mention(PRESS_TV_2, "Daesh (ISIL) terrorist group", true),
                    mention(DAILY, "Islamic State (IS) extremists", false))),
            new Referent(
                "r2",
                "Syrian government",
                "organisation",
                List.of(
                    mention(PRESS_TV_2, "the Assad regime", true),
                    mention(DAILY, "the Assad regime", true))));
    List<Divergence> divergences =
        List.of(
            new Divergence(
                "d1",
                "label",
                "r1",
                List.of(
                    span(FARS, "Takfiri terrorists"),
                    span(MOSCOW_TIMES, "Islamic State militants")),
                "Fars News Agency calls them 'Takfiri terrorists'; The Moscow Times 'Islamic State"
                    + " militants'"),
            new Divergence(
                "d2",
                "quote-alteration",
                "q1",
                List.of(
                    span(MOSCOW_TIMES, "destroying Islamic State militants"),
                    span(DAILY, "destroying ISIL (Islamic State)")),
                "Example Daily renders Kerry's words with 'ISIL (Islamic State)' where The Moscow"
                    + " Times has 'Islamic State militants'"));
    List<Span> hedges =
        List.of(
            span(FARS, "reportedly"),
            span(PRESS_TV_1, "allegedly"),
            span(MOSCOW_TIMES, "U.S. officials say"),
            span(PRESS_TV_2, "alleged"),
            span(PRESS_TV_2, "reportedly"),
            nth(PRESS_TV_2, "reportedly", 1),
            span(PRESS_TV_2, "according to American intelligence"));
    List<Span> unique =
        List.of(
            sentence(PRESS_TV_2, "Syria has been gripped by deadly violence since March 2011."),
            sentence(MOSCOW_TIMES, "Millions of Syrians have fled the four-year conflict"));
    return new Analysis(
        read.schema(),
        read.corpus(),
        articles,
        quotes,
        facts,
        referents,
        divergences,
        hedges,
        unique,
        read.problems());
  }

  Article article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  Span span(String id, String words) {
    return nth(id, words, 0);
  }

  /** The {@code n}th (from 0) occurrence of {@code words} in the article. */
  Span nth(String id, String words, int n) {
    String text = article(id).text();
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf(words, at + 1);
      if (at < 0) {
        throw new IllegalStateException(
            id + " does not contain '" + words + "' " + (n + 1) + " times");
      }
    }
    return new Span(id, at, at + words.length(), words);
  }

  /**
   * The whole sentence (up to its full stop and closing quote) that starts with {@code opening}.
   */
  Span sentence(String id, String opening) {
    String text = article(id).text();
    int at = text.indexOf(opening);
    if (at < 0) {
      throw new IllegalStateException(id + " has no sentence starting '" + opening + "'");
    }
    int end = text.indexOf(". ", at + opening.length() - 1);
    int line = text.indexOf('\n', at);
    if (end < 0 || (line >= 0 && line < end)) {
      end = line < 0 ? text.length() : line;
    } else {
      end++;
    }
    return new Span(id, at, end, text.substring(at, end));
  }

  /** From {@code first} to the end of {@code last}. */
  Span between(String id, String first, String last) {
    String text = article(id).text();
    int at = text.indexOf(first);
    int end = text.indexOf(last, at) + last.length();
    if (at < 0 || end < last.length()) {
      throw new IllegalStateException(id + " has no '" + first + " … " + last + "'");
    }
    return new Span(id, at, end, text.substring(at, end));
  }

  QuoteGroup.Occurrence occurrence(String id, String words, QuoteGroup.Match match) {
    Span s = span(id, words);
    String speaker = words.contains("tactical") ? "Josh Earnest" : "John Kerry";
    return new QuoteGroup.Occurrence(id, s.start(), s.end(), s.text(), speaker, match);
  }

  Referent.Mention mention(String id, String words, boolean loaded) {
    Span s = span(id, words);
    return new Referent.Mention(id, s.start(), s.end(), s.text(), loaded);
  }
}

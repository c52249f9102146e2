package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.text.TextRange;

/**
 * A small hand-made analysis with every section filled (quotations, facts, referents with a loaded
 * label, label and quote-alteration divergences, hedges, a unique sentence), so that tests can assert
 * exact outcomes whatever the engine currently finds in the seeds.
 */
final class Story {

  static final String FARS_TEXT =
      "Kerry said \"our focus remains on destroying Takfiri terrorists\" in New York.\n\n"
          + "Reportedly, Russia sent tanks to Syria.\n\nThe weather was fine.";
  static final String MT_TEXT =
      "Kerry said \"our focus remains on destroying Islamic State militants\" in New York.\n\n"
          + "Russia sent tanks to Syria, officials said.";
  static final String PRESS_TEXT = "Lavrov met Kerry in New York.\n\nRussia sent tanks to Syria. Lavrov said \"we are ready\" to talk.";

  static final Article FARS = article("a1", "Fars News", "2015-09-19", "Kerry: same goals", FARS_TEXT);
  static final Article MT = article("a2", "The Moscow Times", "2015-09-18", "U.S. sees talks as next step", MT_TEXT);
  static final Article PRESS = article("a3", "Press TV", null, "White House seeks help", PRESS_TEXT);

  private Story() {}

  static Analysis analysis() {
    QuoteGroup q1 =
        new QuoteGroup(
            "q1",
            "John Kerry",
            List.of(
                occurrence(FARS, "our focus remains on destroying Takfiri terrorists", "John Kerry", QuoteGroup.Match.altered),
                occurrence(MT, "our focus remains on destroying Islamic State militants", "John Kerry", QuoteGroup.Match.verbatim)));
    QuoteGroup q2 = new QuoteGroup("q2", "Sergei Lavrov", List.of(occurrence(PRESS, "we are ready", "Sergei Lavrov", QuoteGroup.Match.verbatim)));
    FactGroup f1 =
        new FactGroup(
            "f1",
            0.91,
            List.of(
                span(FARS, "Reportedly, Russia sent tanks to Syria."),
                span(MT, "Russia sent tanks to Syria, officials said."),
                span(PRESS, "Russia sent tanks to Syria.")),
            List.of());
    FactGroup f2 =
        new FactGroup(
            "f2",
            0.83,
            List.of(
                span(FARS, "Kerry said \"our focus remains on destroying Takfiri terrorists\" in New York."),
                span(MT, "Kerry said \"our focus remains on destroying Islamic State militants\" in New York.")),
            List.of("a3"));
    Referent r1 =
        new Referent(
            "r1",
            "Islamic State",
            "group",
            List.of(mention(FARS, "Takfiri terrorists", true), mention(MT, "Islamic State militants", false)));
    Referent r2 =
        new Referent(
            "r2",
            "John Kerry",
            "person",
            List.of(mention(FARS, "Kerry", false), mention(MT, "Kerry", false), mention(PRESS, "Kerry", false)));
    Divergence d1 =
        new Divergence(
            "d1",
            "label",
            "r1",
            List.of(span(FARS, "Takfiri terrorists"), span(MT, "Islamic State militants")),
            "Fars News calls Islamic State 'Takfiri terrorists'; The Moscow Times calls it 'Islamic State militants'");
    Divergence d2 =
        new Divergence(
            "d2",
            "quote-alteration",
            "q1",
            List.of(span(MT, "Islamic State militants"), span(FARS, "Takfiri terrorists")),
            "In John Kerry's quotation, The Moscow Times has 'Islamic State militants' where Fars News has 'Takfiri terrorists'");
    return new Analysis(
        Analysis.SCHEMA,
        new Analysis.CorpusInfo("story", "story", "2026-01-01T00:00:00Z", "parallax test"),
        List.of(FARS, MT, PRESS),
        List.of(q1, q2),
        List.of(f1, f2),
        List.of(r1, r2),
        List.of(d1, d2),
        List.of(span(FARS, "Reportedly"), span(MT, "officials said")),
        List.of(span(FARS, "The weather was fine.")),
        List.of());
  }

  /**
   * The story with its third article (Press TV's) from Fars News too: Fars News has two articles. With
   * {@code groups}, Fars News is in "Iran" and The Moscow Times in "Russia".
   */
  static Analysis twoFromFars(boolean groups) {
    Analysis s = analysis();
    List<Article> articles = s.articles().stream()
        .map(a -> a.id().equals("a3") ? article("a3", "Fars News", null, a.title(), a.text()) : a)
        .toList();
    List<org.parallax.analysis.OutletProfile> profiles = groups
        ? List.of(profile("Fars News", "Iran", List.of("a1", "a3")), profile("The Moscow Times", "Russia", List.of("a2")))
        : List.of();
    return new Analysis(s.schema(), s.corpus(), articles, s.quotes(), s.facts(), s.referents(), s.divergences(), s.hedges(),
        s.unique(), s.problems(), List.of(), profiles, List.of(), List.of());
  }

  private static org.parallax.analysis.OutletProfile profile(String outlet, String group, List<String> articles) {
    return new org.parallax.analysis.OutletProfile(
        outlet, group, articles, 0, List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(), 0, 0, List.of());
  }

  static Article article(String id, String outlet, String published, String title, String text) {
    List<TextRange> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        sentences.add(new TextRange(start, i + 1));
        start = i + 1;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
      }
    }
    return new Article(id, id + ".txt", "text", "UTF-8", title, outlet, published, null, null, text, sentences, List.of());
  }

  /** The first place {@code words} stand in {@code a}. */
  static Span span(Article a, String words) {
    int at = a.text().indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException(words + " not in " + a.id());
    }
    return new Span(a.id(), at, at + words.length(), words);
  }

  private static QuoteGroup.Occurrence occurrence(Article a, String words, String speaker, QuoteGroup.Match match) {
    Span s = span(a, words);
    return new QuoteGroup.Occurrence(a.id(), s.start(), s.end(), s.text(), speaker, match);
  }

  private static Referent.Mention mention(Article a, String words, boolean loaded) {
    Span s = span(a, words);
    return new Referent.Mention(a.id(), s.start(), s.end(), s.text(), loaded);
  }
}

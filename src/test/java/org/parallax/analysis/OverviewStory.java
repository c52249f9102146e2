package org.parallax.analysis;

import java.util.List;
import org.parallax.corpus.Article;

/**
 * A hand-made story of six articles from five outlets for the overview's tests: two Iranian state
 * outlets (Press TV with two articles, Al-Alam) that call Islamic State "Takfiri terrorists", two wire
 * services (Reuters, AP) that call it "Islamic State", and an article whose outlet is unknown (shown as
 * “Quake hits Aceh”). Groups: "Iran, state-owned" and "Wire"; the unknown outlet has none.
 */
public final class OverviewStory {

  private OverviewStory() {}

  public static final Article A1 = article("a1", "Press TV", "The Takfiri terrorists attacked. Kerry spoke. Takfiri terrorists fled, Takfiri terrorists said. Kerry said \"we will act now\" in Geneva.");
  public static final Article A2 = article("a2", "Reuters", "Islamic State attacked. Kerry spoke. Talks resume in Geneva. Kerry said \"the talks are useful\". Syria was calm.");
  public static final Article A3 = article("a3", "Al-Alam", "The Takfiri terrorists attacked. Kerry spoke. Takfiri terrorists fled. Kerry said \"we will act\" in Geneva.");
  public static final Article A4 = article("a4", "AP", "Islamic State attacked. John Kerry spoke. Talks resume in Geneva. John Kerry said \"the talks are useful\". Kerry left.");
  public static final Article A5 = new Article("a5", "a5.txt", "text", "UTF-8", "Quake hits Aceh", null, null, null, null,
      "The IS group attacked. Kerry spoke. Talks resume in Geneva. \"A quote nobody else has\", Kerry said.", List.of(), List.of());
  public static final Article A6 = article("a6", "Press TV", "The Takfiri terrorists attacked. Kerry said \"we will act now\" in Geneva.");

  public static Article article(String id, String outlet, String text) {
    return new Article(id, id + ".txt", "text", "UTF-8", "Title " + id, outlet, "2015-09-18", null, null, text, List.of(), List.of());
  }

  public static Span span(Article a, String text) {
    return span(a, text, 0);
  }

  /** The {@code nth} (from 0) place of {@code text} in {@code a}. */
  public static Span span(Article a, String text, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = a.text().indexOf(text, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException(text + " not in " + a.id());
    }
    return new Span(a.id(), at, at + text.length(), text);
  }

  public static Referent.Mention mention(Article a, String text, int nth, boolean loaded) {
    Span s = span(a, text, nth);
    return new Referent.Mention(s.article(), s.start(), s.end(), s.text(), loaded);
  }

  public static QuoteGroup.Occurrence occurrence(Article a, String text, QuoteGroup.Match match) {
    Span s = span(a, text);
    return new QuoteGroup.Occurrence(s.article(), s.start(), s.end(), s.text(), "John Kerry", match);
  }

  public static OutletProfile profile(String outlet, String group, String... articles) {
    return new OutletProfile(outlet, group, List.of(articles), 20, List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(), 0, 0, List.of());
  }

  public static Analysis story() {
    List<FactGroup> facts = List.of(
        new FactGroup("f1", 0.9, List.of(span(A1, "attacked."), span(A2, "attacked."), span(A3, "attacked."), span(A4, "attacked."),
            span(A5, "attacked."), span(A6, "attacked.")), List.of()),
        new FactGroup("f2", 0.8, List.of(span(A2, "Talks resume in Geneva."), span(A4, "Talks resume in Geneva."),
            span(A5, "Talks resume in Geneva.")), List.of("a1", "a3", "a6")),
        new FactGroup("f3", 0.8, List.of(span(A1, "Takfiri terrorists fled"), span(A3, "Takfiri terrorists fled")),
            List.of("a2", "a4", "a5", "a6")));
    List<QuoteGroup> quotes = List.of(
        new QuoteGroup("q1", "John Kerry", List.of(occurrence(A2, "the talks are useful", QuoteGroup.Match.verbatim),
            occurrence(A4, "the talks are useful", QuoteGroup.Match.verbatim))),
        new QuoteGroup("q2", "John Kerry", List.of(occurrence(A1, "we will act now", QuoteGroup.Match.verbatim),
            occurrence(A3, "we will act", QuoteGroup.Match.altered), occurrence(A6, "we will act now", QuoteGroup.Match.verbatim))),
        new QuoteGroup("q3", "John Kerry", List.of(occurrence(A5, "A quote nobody else has", QuoteGroup.Match.verbatim))));
    List<Referent> referents = List.of(
        new Referent("r1", "John Kerry", "person", List.of(
            mention(A1, "Kerry", 0, false), mention(A1, "Kerry", 1, false), mention(A2, "Kerry", 0, false),
            mention(A3, "Kerry", 0, false), mention(A4, "John Kerry", 0, false), mention(A4, "John Kerry", 1, false),
            mention(A4, "Kerry", 2, false), mention(A5, "Kerry", 0, false), mention(A6, "Kerry", 0, false))),
        new Referent("r2", "Islamic State", "group", List.of(
            mention(A1, "The Takfiri terrorists", 0, true), mention(A1, "Takfiri terrorists", 1, true), mention(A1, "Takfiri terrorists", 2, true),
            mention(A2, "Islamic State", 0, false), mention(A3, "The Takfiri terrorists", 0, true), mention(A3, "Takfiri terrorists", 1, true),
            mention(A4, "Islamic State", 0, false), mention(A5, "The IS group", 0, false), mention(A6, "Takfiri terrorists", 0, true))),
        new Referent("r3", "Syria", "place", List.of(mention(A2, "Syria", 0, false))));
    List<OutletProfile> outlets = List.of(
        profile("Press TV", "Iran, state-owned", "a1", "a6"), profile("Reuters", "Wire", "a2"),
        profile("Al-Alam", "Iran, state-owned", "a3"), profile("AP", "Wire", "a4"), profile("“Quake hits Aceh”", null, "a5"));
    return new Analysis(Analysis.SCHEMA, new Analysis.CorpusInfo("story", "story", "2026-01-01T00:00:00Z", "test"),
        List.of(A1, A2, A3, A4, A5, A6), quotes, facts, referents, List.of(), List.of(), List.of(), List.of(), List.of(),
        outlets, List.of(), List.of());
  }

}

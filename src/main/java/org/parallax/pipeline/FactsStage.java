package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.parallax.align.AlignedFact;
import org.parallax.align.FactAligner;
import org.parallax.align.FactAlignment;
import org.parallax.align.SentenceRef;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Span;
import org.parallax.cache.ResultCache;
import org.parallax.corpus.Article;
import org.parallax.quotes.QuoteGroup;
import org.parallax.quotes.QuoteOccurrence;

/**
 * Aligns the facts several articles report (sentence embeddings and specific wording) and finds the
 * sentences only one article reports (those carrying a shared quotation are not unique).
 */
final class FactsStage extends BasicStage {

  private final FactAligner aligner;
  private final ResultCache cache;

  FactsStage(FactAligner aligner, ResultCache cache) {
    super("facts", List.of(Slots.CORPUS, Slots.QUOTE_GROUPS), List.of(Slots.ALIGNMENT, Slots.FACTS, Slots.UNIQUE));
    this.aligner = aligner;
    this.cache = cache;
  }

  @Override
  public String unit() {
    return "sentence";
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    List<Article> articles = state.get(Slots.CORPUS).articles();
    FactAlignment alignment = aligner.align(articles, context, context, cache);
    java.util.Map<String, List<org.parallax.text.TextRange>> shared = sharedQuotes(state.get(Slots.QUOTE_GROUPS));
    List<Span> unique =
        alignment.unique().stream()
            .map(r -> span(articles, r))
            .filter(u -> !carriesSharedQuote(u, shared))
            .toList();
    state.put(Slots.ALIGNMENT, alignment);
    state.put(Slots.FACTS, factGroups(articles, alignment));
    state.put(Slots.UNIQUE, unique);
  }

  /** The spans of the quotations other articles carry too, by article. */
  private static java.util.Map<String, List<org.parallax.text.TextRange>> sharedQuotes(List<QuoteGroup> groups) {
    java.util.Map<String, List<org.parallax.text.TextRange>> out = new java.util.HashMap<>();
    for (QuoteGroup g : groups) {
      if (!g.isShared()) {
        continue;
      }
      for (QuoteOccurrence o : g.occurrences()) {
        out.computeIfAbsent(o.quotation().articleId(), k -> new ArrayList<>()).add(o.quotation().span());
      }
    }
    return out;
  }

  private static boolean carriesSharedQuote(Span sentence, java.util.Map<String, List<org.parallax.text.TextRange>> shared) {
    for (org.parallax.text.TextRange q : shared.getOrDefault(sentence.article(), List.of())) {
      if (q.start() < sentence.end() && q.end() > sentence.start()) {
        return true;
      }
    }
    return false;
  }

  private static List<FactGroup> factGroups(List<Article> articles, FactAlignment alignment) {
    List<FactGroup> groups = new ArrayList<>();
    for (AlignedFact f : alignment.facts()) {
      List<Span> members = f.members().stream().map(r -> span(articles, r)).toList();
      List<String> missing = new ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        int index = a;
        if (f.members().stream().noneMatch(r -> r.article() == index)) {
          missing.add(articles.get(a).id());
        }
      }
      groups.add(new FactGroup("f" + (groups.size() + 1), f.similarity(), f.nearVerbatim(), f.evidence(), members, missing));
    }
    return groups;
  }

  private static Span span(List<Article> articles, SentenceRef ref) {
    Article a = articles.get(ref.article());
    return Span.of(a, ref.in(a));
  }
}

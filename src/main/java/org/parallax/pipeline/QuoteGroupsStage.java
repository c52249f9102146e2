package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.quotes.QuoteAligner;
import org.parallax.quotes.QuoteGroup;
import org.parallax.quotes.WordChange;

/**
 * Groups the quotations that render the same words (verbatim, partial, altered) and makes one {@code
 * quote-alteration} divergence per word change of an altered one.
 */
final class QuoteGroupsStage extends BasicStage {

  QuoteGroupsStage() {
    super("quotation groups", List.of(Slots.CORPUS, Slots.QUOTATIONS), List.of(Slots.QUOTE_GROUPS, Slots.QUOTE_ALTERATIONS));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    context.check();
    List<QuoteGroup> groups = new QuoteAligner().group(state.get(Slots.QUOTATIONS));
    state.put(Slots.QUOTE_GROUPS, groups);
    state.put(Slots.QUOTE_ALTERATIONS, alterations(Articles.of(state.get(Slots.CORPUS).articles()), groups));
  }

  private static List<Divergence> alterations(Articles articles, List<QuoteGroup> groups) {
    List<Divergence> out = new ArrayList<>();
    for (QuoteGroup g : groups) {
      var reference = g.referenceOccurrence().quotation();
      String referenceName = articles.name(reference.articleId());
      for (WordChange c : g.changes()) {
        List<Span> sides = new ArrayList<>();
        if (c.referenceSpan() != null) {
          sides.add(Span.of(articles.get(reference.articleId()), c.referenceSpan()));
        }
        if (c.variantSpan() != null) {
          sides.add(Span.of(articles.get(c.articleId()), c.variantSpan()));
        }
        String variantName = articles.name(c.articleId());
        String who = g.speaker() == null ? "the quotation" : g.speaker() + "'s quotation";
        String note =
            switch (c.kind()) {
              case INSERT -> variantName + " adds '" + c.variant() + "' to " + who + " as " + referenceName + " renders it";
              case DELETE -> variantName + " leaves out '" + c.reference() + "' from " + who + " as " + referenceName + " renders it";
              case REPLACE -> "In " + who + ", " + referenceName + " has '" + c.reference() + "' where " + variantName + " has '" + c.variant() + "'";
            };
        out.add(new Divergence("d" + (out.size() + 1), "quote-alteration", g.id(), sides, note));
      }
    }
    return out;
  }

  /** The corpus's articles by id. */
  record Articles(java.util.Map<String, Article> byId) {
    static Articles of(List<Article> articles) {
      java.util.Map<String, Article> m = new java.util.HashMap<>();
      for (Article a : articles) {
        m.putIfAbsent(a.id(), a);
      }
      return new Articles(m);
    }

    Article get(String id) {
      Article a = byId.get(id);
      if (a == null) {
        throw new IllegalArgumentException("no article " + id);
      }
      return a;
    }

    String name(String id) {
      Article a = byId.get(id);
      return a == null ? id : Highlights.name(a);
    }
  }
}

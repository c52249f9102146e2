package org.parallax.pipeline;

import java.util.List;
import org.parallax.cache.ResultCache;

/** Tokens, parts of speech and noun phrases of every article, for the framing analysis. */
final class TaggingStage extends BasicStage {

  private final ResultCache cache;

  TaggingStage(ResultCache cache) {
    super("tagging", List.of(Slots.FRAMING, Slots.CORPUS, Slots.QUOTATIONS), List.of(Slots.TAGGED));
    this.cache = cache;
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    state.put(
        Slots.TAGGED,
        state.get(Slots.FRAMING).read(state.get(Slots.CORPUS).articles(), state.get(Slots.QUOTATIONS), context, context, cache));
  }
}

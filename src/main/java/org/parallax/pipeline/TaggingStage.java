package org.parallax.pipeline;

import java.util.List;

/** Tokens, parts of speech and noun phrases of every article, for the framing analysis. */
final class TaggingStage extends BasicStage {

  TaggingStage() {
    super("tagging", List.of(Slots.FRAMING, Slots.CORPUS, Slots.QUOTATIONS), List.of(Slots.TAGGED));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    state.put(
        Slots.TAGGED,
        state.get(Slots.FRAMING).read(state.get(Slots.CORPUS).articles(), state.get(Slots.QUOTATIONS), context, context));
  }
}

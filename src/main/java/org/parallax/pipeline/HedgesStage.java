package org.parallax.pipeline;

import java.util.List;

/** Hedging and attribution cues in each outlet's own voice. */
final class HedgesStage extends BasicStage {

  HedgesStage() {
    super("hedges", List.of(Slots.FRAMING, Slots.TAGGED), List.of(Slots.HEDGES));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    state.put(Slots.HEDGES, state.get(Slots.FRAMING).hedges(state.get(Slots.TAGGED), context, context));
  }
}

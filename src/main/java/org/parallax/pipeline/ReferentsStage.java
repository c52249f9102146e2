package org.parallax.pipeline;

import java.util.List;

/** Joins noun phrases into referents (actors, groups, places, events) with their labels. */
final class ReferentsStage extends BasicStage {

  ReferentsStage() {
    super("referents", List.of(Slots.FRAMING, Slots.TAGGED, Slots.QUOTE_GROUPS, Slots.ALIGNMENT), List.of(Slots.REFERENTS));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    context.check();
    state.put(
        Slots.REFERENTS,
        state.get(Slots.FRAMING).referents(state.get(Slots.TAGGED), state.get(Slots.QUOTE_GROUPS), state.get(Slots.ALIGNMENT).facts()));
  }
}

package org.parallax.pipeline;

import java.util.List;

/** Loaded wording in each outlet's own voice, weighed by class and by contrast with other outlets. */
final class WordingStage extends BasicStage {

  WordingStage() {
    super("wording", List.of(Slots.FRAMING, Slots.TAGGED, Slots.REFERENTS, Slots.ALIGNMENT), List.of(Slots.WORDING));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    context.check();
    state.put(
        Slots.WORDING,
        state.get(Slots.FRAMING).wording(state.get(Slots.TAGGED), state.get(Slots.REFERENTS), state.get(Slots.ALIGNMENT).facts()));
  }
}

package org.parallax.pipeline;

import java.util.List;

/** One profile per outlet: its labels, loaded wording, hedges and whom it quotes. */
final class ProfilesStage extends BasicStage {

  ProfilesStage() {
    super("profiles", List.of(Slots.FRAMING, Slots.TAGGED, Slots.REFERENTS, Slots.HEDGES, Slots.QUOTE_GROUPS, Slots.WORDING),
        List.of(Slots.OUTLETS));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    context.check();
    state.put(
        Slots.OUTLETS,
        state.get(Slots.FRAMING)
            .profiles(state.get(Slots.TAGGED), state.get(Slots.REFERENTS), state.get(Slots.HEDGES), state.get(Slots.QUOTE_GROUPS),
                state.get(Slots.WORDING)));
  }
}

package org.parallax.pipeline;

import java.util.List;
import org.parallax.analysis.FactGroup;

/** Where outlets differ in wording about the same thing, quotation alterations included, ranked. */
final class DivergencesStage extends BasicStage {

  DivergencesStage() {
    super(
        "divergences",
        List.of(Slots.FRAMING, Slots.TAGGED, Slots.REFERENTS, Slots.HEDGES, Slots.ALIGNMENT, Slots.FACTS, Slots.QUOTE_ALTERATIONS,
            Slots.WORDING),
        List.of(Slots.DIVERGENCES));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    context.check();
    state.put(
        Slots.DIVERGENCES,
        state.get(Slots.FRAMING)
            .divergences(
                state.get(Slots.TAGGED),
                state.get(Slots.REFERENTS),
                state.get(Slots.HEDGES),
                state.get(Slots.ALIGNMENT).facts(),
                state.get(Slots.FACTS).stream().map(FactGroup::id).toList(),
                state.get(Slots.QUOTE_ALTERATIONS),
                state.get(Slots.WORDING)));
  }
}

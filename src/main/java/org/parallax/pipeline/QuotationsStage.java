package org.parallax.pipeline;

import java.util.List;
import org.parallax.quotes.QuotationExtractor;

/** Finds every direct quotation and its speaker, speakers unified across articles. */
final class QuotationsStage extends BasicStage {

  QuotationsStage() {
    super("quotations", List.of(Slots.CORPUS), List.of(Slots.QUOTATIONS));
  }

  @Override
  public void run(AnalysisState state, StageContext context) {
    state.put(Slots.QUOTATIONS, new QuotationExtractor().extractAll(state.get(Slots.CORPUS).articles(), context, context));
  }
}

package org.parallax.pipeline;

import java.util.List;
import org.parallax.align.FactAlignment;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.Span;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Corpus;
import org.parallax.corpus.CorpusReader;
import org.parallax.corpus.Problem;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.quotes.QuoteGroup;
import org.parallax.quotes.Quotation;

/** The slots of the standard pipeline, in the order the stages fill them. */
public final class Slots {

  private Slots() {}

  /** Input: the article files of the folder, listed. */
  public static final Slot<CorpusReader.Listing> LISTING = Slot.of("listing", () -> {
    throw new IllegalStateException("the listing is an input");
  });
  /** Input: the framing analysis with the corpus's lexicons. */
  public static final Slot<FramingAnalyzer> FRAMING = Slot.of("framing lexicons", FramingAnalyzer::new);

  public static final Slot<List<CorpusReader.Source>> SOURCES = Slot.of("sources", List::of);
  public static final Slot<List<Problem>> READING_PROBLEMS = Slot.of("reading problems", List::of);
  public static final Slot<List<CorpusReader.Cleaned>> CLEANED = Slot.of("cleaned articles", List::of);
  public static final Slot<List<Problem>> CLEANING_PROBLEMS = Slot.of("cleaning problems", List::of);
  /** The corpus: its articles with their sentences, and every problem met reading it. */
  public static final Slot<Corpus> CORPUS = Slot.of("corpus", () -> new Corpus("", java.nio.file.Path.of(""), List.of(), List.of()));

  public static final Slot<List<Quotation>> QUOTATIONS = Slot.of("quotations", List::of);
  public static final Slot<List<QuoteGroup>> QUOTE_GROUPS = Slot.of("quotation groups", List::of);
  public static final Slot<List<Divergence>> QUOTE_ALTERATIONS = Slot.of("quotation alterations", List::of);

  public static final Slot<FactAlignment> ALIGNMENT = Slot.of("fact alignment", () -> new FactAlignment(List.of(), List.of()));
  public static final Slot<List<FactGroup>> FACTS = Slot.of("facts", List::of);
  public static final Slot<List<Span>> UNIQUE = Slot.of("unique sentences", List::of);

  public static final Slot<FramingAnalyzer.Reading> TAGGED = Slot.of("tagged articles", FramingAnalyzer.Reading::none);
  public static final Slot<FramingAnalyzer.Referents> REFERENTS = Slot.of("referents", FramingAnalyzer.Referents::none);
  public static final Slot<FramingAnalyzer.Hedges> HEDGES = Slot.of("hedges", FramingAnalyzer.Hedges::none);
  public static final Slot<List<Wording>> WORDING = Slot.of("loaded wording", List::of);
  public static final Slot<List<Divergence>> DIVERGENCES = Slot.of("divergences", List::of);
  public static final Slot<List<OutletProfile>> OUTLETS = Slot.of("outlet profiles", List::of);
}

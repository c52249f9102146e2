/**
 * Measuring the engine against published annotated corpora ({@code parallax evaluate}): cross-document
 * coreference of entity mentions (ECB+, MEANTIME from the Diverse_CDCR_datasets preparation) scored with
 * MUC, B³, CEAF-e and their mean, the CoNLL F1, beside a same-head-lemma baseline scored by the same code
 * ({@link org.parallax.eval.CorefEvaluation}, {@link org.parallax.eval.CorefScorer}); and word-level
 * loaded language against BABE/MBIC's biased-word annotations ({@link
 * org.parallax.eval.LoadedEvaluation}).
 *
 * <p>The package drives the standard pipeline like any front end and reads what it produced through the
 * analysis format ({@code parallax.analysis/1}, as {@code AnalysisJson} writes it), so it measures exactly
 * what users get. Only the command line uses it; nothing in the engine depends on it ({@code
 * ArchitectureTest}).
 */
package org.parallax.eval;

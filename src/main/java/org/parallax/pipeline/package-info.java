/**
 * The analysis pipeline: an explicit sequence of {@link org.parallax.pipeline.Stage}s run by one {@link
 * org.parallax.pipeline.Pipeline}, which times each, reports progress, honours cancellation between
 * units of work, and contains failures (a failed unit or stage is left out, reported, and the run goes
 * on). {@link org.parallax.pipeline.Analyzer} assembles the standard stages and turns their results into
 * an {@link org.parallax.analysis.Analysis}. The command line, the desktop app and the exports all go
 * through it.
 *
 * <p>The package sits above every engine package ({@code corpus}, {@code text}, {@code quotes}, {@code
 * align}, {@code framing}, {@code analysis}) and below the front ends ({@code cli}, {@code ui}); no
 * engine package depends on it ({@code ArchitectureTest}).
 */
package org.parallax.pipeline;

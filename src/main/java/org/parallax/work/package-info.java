/**
 * Units of work, shared by every engine stage and below all of them: a {@link
 * org.parallax.work.Fault} contained at the smallest unit that can be left out, the {@link
 * org.parallax.work.Faults} sink that collects them, and the {@link org.parallax.work.Checkpoint} where a
 * long loop reports progress and honours cancellation. The pipeline ({@code org.parallax.pipeline})
 * implements them; engine packages only call them, so they never depend on the pipeline.
 */
package org.parallax.work;

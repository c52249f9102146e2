package org.parallax.pipeline;

/** How long one stage of a run took, in milliseconds (wall clock). */
public record StageTime(String stage, long millis) {}

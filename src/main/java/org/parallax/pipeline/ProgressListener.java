package org.parallax.pipeline;

/** Told how far a run is; called from the pipeline's threads, often, so it must be quick. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = p -> {};

  void progress(Progress progress);
}

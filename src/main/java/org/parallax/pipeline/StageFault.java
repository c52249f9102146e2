package org.parallax.pipeline;

import org.parallax.work.Fault;

/**
 * A fault contained in stage {@code stage}. {@code fault.unit()} is the file (source) it concerns, or
 * {@code null} when the whole stage failed and its section was left empty.
 */
public record StageFault(String stage, Fault fault) {

  /** The one line the analyst reads, without the file: "referents: one sentence left out (internal error)". */
  public String message() {
    return stage + ": " + fault.leftOut() + " (internal error)";
  }
}

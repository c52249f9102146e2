package org.parallax.align;

/**
 * Keeps the libraries under the sentence model off the network. DJL, whose tokenizer the model uses,
 * tries a cloud metadata address ({@code 169.254.169.254}) for telemetry when its first class
 * initialises, unless {@code ai.djl.offline} is set. Parallax promises that nothing leaves the machine.
 */
public final class Offline {

  private Offline() {}

  /** Sets the libraries' offline switches; call before any of their classes initialise. Idempotent. */
  public static void enforce() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
  }
}

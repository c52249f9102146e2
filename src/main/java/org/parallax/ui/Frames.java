package org.parallax.ui;

import javafx.animation.AnimationTimer;

/** Runs code on the JavaFX thread once the window has drawn what is already in it. */
final class Frames {

  private Frames() {}

  /**
   * Runs {@code then} at the start of the {@code pulses}-th pulse from now. A pulse runs its animations
   * before it lays out and draws, so at the second pulse the first frame is on screen; each further
   * pulse lets one more frame be drawn.
   */
  static void afterPulses(int pulses, Runnable then) {
    new AnimationTimer() {
      private int seen;

      @Override
      public void handle(long now) {
        if (++seen == pulses) {
          stop();
          then.run();
        }
      }
    }.start();
  }

  /** Runs {@code then} once the next frame has been drawn. */
  static void afterNextFrame(Runnable then) {
    afterPulses(2, then);
  }
}

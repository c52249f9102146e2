package org.parallax.eval;

/** MUC, B³ and CEAF-e of one response against one key, and their mean F1 (the CoNLL F1). */
public record CorefScores(Tally muc, Tally bcubed, Tally ceafe) {

  public static final CorefScores ZERO = new CorefScores(Tally.ZERO, Tally.ZERO, Tally.ZERO);

  public CorefScores plus(CorefScores other) {
    return new CorefScores(muc.plus(other.muc), bcubed.plus(other.bcubed), ceafe.plus(other.ceafe));
  }

  /** The mean of the three F1s, as the CoNLL-2011/2012 shared tasks rank systems. */
  public double conllF1() {
    return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
  }
}

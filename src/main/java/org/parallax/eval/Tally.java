package org.parallax.eval;

/**
 * The counts behind one coreference metric: recall is {@code recallHits / recallTotal}, precision {@code
 * precisionHits / precisionTotal} (0 when the total is 0, as the reference scorer has it). Tallies of
 * topics whose entities never span two topics add up to the tally of all of them together.
 */
public record Tally(double recallHits, double recallTotal, double precisionHits, double precisionTotal) {

  public static final Tally ZERO = new Tally(0, 0, 0, 0);

  public Tally plus(Tally other) {
    return new Tally(
        recallHits + other.recallHits,
        recallTotal + other.recallTotal,
        precisionHits + other.precisionHits,
        precisionTotal + other.precisionTotal);
  }

  public double recall() {
    return recallTotal == 0 ? 0 : recallHits / recallTotal;
  }

  public double precision() {
    return precisionTotal == 0 ? 0 : precisionHits / precisionTotal;
  }

  /** The harmonic mean of recall and precision (0 when both are 0). */
  public double f1() {
    double r = recall();
    double p = precision();
    return r + p == 0 ? 0 : 2 * r * p / (r + p);
  }
}

package org.herald.eval;

import java.util.Locale;

/**
 * Counts of a precision/recall evaluation. Mutable; not thread-safe.
 */
public final class Prf {
  private long truePositives;
  private long predicted;
  private long gold;

  /** Adds counts. */
  public void add(long truePositives, long predicted, long gold) {
    this.truePositives += truePositives;
    this.predicted += predicted;
    this.gold += gold;
  }

  public long truePositives() {
    return truePositives;
  }

  public long predicted() {
    return predicted;
  }

  public long gold() {
    return gold;
  }

  /** Correct predictions over predictions; 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : truePositives / (double) predicted;
  }

  /** Correct predictions over gold items; 0 when there is no gold item. */
  public double recall() {
    return gold == 0 ? 0 : truePositives / (double) gold;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "p=%.4f r=%.4f f1=%.4f (tp=%d pred=%d gold=%d)", precision(), recall(), f1(),
        truePositives, predicted, gold);
  }
}

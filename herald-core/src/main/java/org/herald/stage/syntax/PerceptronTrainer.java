package org.herald.stage.syntax;

import java.util.Arrays;

/**
 * Trains one multi-class averaged perceptron (Collins 2002) over hashed feature keys. A feature gets a row of
 * weights when it is first updated, so features that never took part in a mistake cost nothing; averages are
 * kept lazily (each weight remembers when it last changed). Deterministic; not thread-safe.
 */
final class PerceptronTrainer {
  private final int classes;
  private long[] slots = new long[1 << 16];
  private int[] slotRow = new int[1 << 16];
  private int rows;
  private int[] weight = new int[1024];
  private double[] total = new double[1024];
  private int[] stamp = new int[1024];
  private int now;

  PerceptronTrainer(int classes) {
    if (classes < 2 || classes > 127) {
      throw new IllegalArgumentException("classes: " + classes);
    }
    this.classes = classes;
  }

  /** Counts one training instance (the clock of the averages). */
  void tick() {
    now++;
  }

  /** Adds the current (not averaged) weights of the first {@code n} features to {@code scores}. */
  void score(long[] features, int n, float[] scores) {
    for (int i = 0; i < n; i++) {
      int r = row(features[i], false);
      if (r >= 0) {
        int base = r * classes;
        for (int c = 0; c < classes; c++) {
          scores[c] += weight[base + c];
        }
      }
    }
  }

  /** Moves weight from class {@code guess} to class {@code truth} on the first {@code n} features. */
  void update(long[] features, int n, int truth, int guess) {
    if (truth == guess) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int base = row(features[i], true) * classes;
      bump(base + truth, 1);
      bump(base + guess, -1);
    }
  }

  private void bump(int at, int delta) {
    total[at] += (double) (now - stamp[at]) * weight[at];
    stamp[at] = now;
    weight[at] += delta;
  }

  /**
   * The averaged weights, dropping those whose magnitude is below {@code minWeight} (in units of one update) and
   * features left with none. Features come out in key order, so the same training gives the same bytes.
   */
  Weights average(double minWeight) {
    long[] keys = new long[rows];
    int n = 0;
    for (long k : slots) {
      if (k != 0) {
        keys[n++] = k;
      }
    }
    Arrays.sort(keys);
    long[] outKeys = new long[rows];
    int[] offsets = new int[rows + 1];
    byte[] cls = new byte[rows * 2 + 16];
    float[] w = new float[cls.length];
    int f = 0;
    int e = 0;
    for (long k : keys) {
      int base = row(k, false) * classes;
      int first = e;
      for (int c = 0; c < classes; c++) {
        double t = total[base + c] + (double) (now - stamp[base + c]) * weight[base + c];
        double avg = t / Math.max(1, now);
        if (Math.abs(avg) >= minWeight && avg != 0) {
          if (e == cls.length) {
            cls = Arrays.copyOf(cls, e * 2);
            w = Arrays.copyOf(w, e * 2);
          }
          cls[e] = (byte) c;
          w[e++] = (float) avg;
        }
      }
      if (e > first) {
        outKeys[f++] = k;
        offsets[f] = e;
      }
    }
    return new Weights(classes, Arrays.copyOf(outKeys, f), Arrays.copyOf(offsets, f + 1), Arrays.copyOf(cls, e),
        Arrays.copyOf(w, e));
  }

  private int row(long key, boolean create) {
    int mask = slots.length - 1;
    int s = (int) key & mask;
    long k;
    while ((k = slots[s]) != 0) {
      if (k == key) {
        return slotRow[s];
      }
      s = (s + 1) & mask;
    }
    if (!create) {
      return -1;
    }
    if ((rows + 1) * 2 > slots.length) {
      grow();
      return row(key, true);
    }
    slots[s] = key;
    slotRow[s] = rows;
    int need = (rows + 1) * classes;
    if (need > weight.length) {
      int len = Math.max(need, weight.length * 2);
      weight = Arrays.copyOf(weight, len);
      total = Arrays.copyOf(total, len);
      stamp = Arrays.copyOf(stamp, len);
    }
    return rows++;
  }

  private void grow() {
    long[] oldSlots = slots;
    int[] oldRows = slotRow;
    slots = new long[oldSlots.length * 2];
    slotRow = new int[slots.length];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int s = (int) oldSlots[i] & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = oldSlots[i];
        slotRow[s] = oldRows[i];
      }
    }
  }
}

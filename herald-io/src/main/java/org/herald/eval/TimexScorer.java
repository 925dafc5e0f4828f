package org.herald.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * TempEval-3 style scoring of time expressions: strict extent (same offsets), relaxed extent (overlap), and value
 * (overlap and the same TIMEX3 {@code value} string). Gold and predicted expressions are paired one to one: first
 * overlapping pairs with equal values, then the other overlapping pairs (exact spans first), each in text order.
 * Mutable (it sums documents); not thread-safe.
 */
public final class TimexScorer {
  private final Prf value = new Prf();
  private final Prf strict = new Prf();
  private final Prf relaxed = new Prf();

  /** A time expression to compare: char span [start, end) and TIMEX3 value. */
  public record Item(int start, int end, String value) {
    public Item {
      Objects.requireNonNull(value, "value");
    }

    boolean overlaps(Item o) {
      return start < o.end && o.start < end;
    }

    boolean sameSpan(Item o) {
      return start == o.start && end == o.end;
    }
  }

  /**
   * One line of an alignment: a gold index and a predicted index (either -1 when unpaired), and whether the pair
   * spans the same offsets and has the same value.
   */
  public record Pair(int gold, int predicted, boolean sameSpan, boolean sameValue) {
  }

  /** One document's counts. */
  public record Scores(Prf value, Prf strict, Prf relaxed, List<Pair> pairs) {
  }

  /** Scores one document, adds its counts to the totals and returns them. */
  public Scores add(List<Item> gold, List<Item> predicted) {
    List<Pair> pairs = align(gold, predicted);
    long tpValue = pairs.stream().filter(p -> p.gold() >= 0 && p.predicted() >= 0 && p.sameValue()).count();
    long tpRelaxed = pairs.stream().filter(p -> p.gold() >= 0 && p.predicted() >= 0).count();
    Set<Long> goldSpans = new HashSet<>();
    for (Item g : gold) {
      goldSpans.add(key(g));
    }
    Set<Long> seen = new HashSet<>();
    long tpStrict = 0;
    for (Item p : predicted) {
      long k = key(p);
      if (goldSpans.contains(k) && seen.add(k)) {
        tpStrict++;
      }
    }
    Scores s = new Scores(new Prf(), new Prf(), new Prf(), pairs);
    s.value().add(tpValue, predicted.size(), gold.size());
    s.strict().add(tpStrict, predicted.size(), gold.size());
    s.relaxed().add(tpRelaxed, predicted.size(), gold.size());
    value.add(tpValue, predicted.size(), gold.size());
    strict.add(tpStrict, predicted.size(), gold.size());
    relaxed.add(tpRelaxed, predicted.size(), gold.size());
    return s;
  }

  private static long key(Item i) {
    return ((long) i.start() << 32) | (i.end() & 0xffffffffL);
  }

  /**
   * Pairs gold and predicted expressions one to one, in text order: first overlapping pairs with equal values,
   * then overlapping pairs with the same span, then any overlapping pairs; unpaired ones get -1 on the other side.
   */
  public static List<Pair> align(List<Item> gold, List<Item> predicted) {
    int[] goldTo = new int[gold.size()];
    int[] predTo = new int[predicted.size()];
    Arrays.fill(goldTo, -1);
    Arrays.fill(predTo, -1);
    for (int pass = 0; pass < 3; pass++) {
      for (int g = 0; g < gold.size(); g++) {
        if (goldTo[g] >= 0) {
          continue;
        }
        Item gi = gold.get(g);
        for (int p = 0; p < predicted.size(); p++) {
          Item pi = predicted.get(p);
          if (predTo[p] >= 0 || !gi.overlaps(pi)) {
            continue;
          }
          boolean ok = switch (pass) {
            case 0 -> gi.value().equals(pi.value());
            case 1 -> gi.sameSpan(pi);
            default -> true;
          };
          if (ok) {
            goldTo[g] = p;
            predTo[p] = g;
            break;
          }
        }
      }
    }
    List<Pair> out = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int p = goldTo[g];
      out.add(p < 0 ? new Pair(g, -1, false, false)
          : new Pair(g, p, gold.get(g).sameSpan(predicted.get(p)), gold.get(g).value().equals(predicted.get(p).value())));
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (predTo[p] < 0) {
        out.add(new Pair(-1, p, false, false));
      }
    }
    return out;
  }

  /** Value counts over all documents added. */
  public Prf value() {
    return value;
  }

  /** Strict-extent counts over all documents added. */
  public Prf strict() {
    return strict;
  }

  /** Relaxed-extent counts over all documents added. */
  public Prf relaxed() {
    return relaxed;
  }
}

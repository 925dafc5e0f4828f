package org.herald.stage.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The averaged weights of one perceptron, stored sparsely: an open-addressing table from 64-bit feature keys to
 * the feature's few non-zero (class, weight) entries. Laid out for speed: a slot is one long (the key's high 32
 * bits beside where its entries lie) and an entry one int (the weight's float bits with the class in the low 7
 * mantissa bits, a relative error below 2^-16), so a look-up touches two cache lines. Immutable and thread-safe.
 */
final class Weights {
  private static final int CLASS_BITS = 0x7F;

  private final int classes;
  private final long[] keys; // sorted, for writing
  private final int[] offsets; // entries of feature f: offsets[f] .. offsets[f + 1]
  private final byte[] entryClass;
  private final float[] entryWeight;
  // slot s: the key's high 32 bits << 32 | entries' start << 8 | their count; 0 when empty
  private final long[] table;
  private final int[] data; // entry e: weight bits with the class in the low bits
  private final int mask;

  /**
   * Weights from features sorted by key.
   *
   * @param keys feature keys, distinct, non-zero, in increasing order
   * @param offsets entries of feature f lie at offsets[f] .. offsets[f + 1] (at most 127 of them)
   */
  Weights(int classes, long[] keys, int[] offsets, byte[] entryClass, float[] entryWeight) {
    if (classes < 1 || classes > CLASS_BITS) {
      throw new IllegalArgumentException("classes: " + classes);
    }
    this.classes = classes;
    this.keys = keys;
    this.offsets = offsets;
    this.entryClass = entryClass;
    this.entryWeight = entryWeight;
    this.data = new int[entryClass.length];
    for (int e = 0; e < data.length; e++) {
      data[e] = Float.floatToRawIntBits(entryWeight[e]) & ~CLASS_BITS | entryClass[e];
    }
    int cap = 4;
    while (cap * 3L < keys.length * 4L) { // load at most three quarters: a small table stays in cache
      cap <<= 1;
    }
    this.mask = cap - 1;
    this.table = new long[cap];
    for (int f = 0; f < keys.length; f++) {
      long tag = fingerprint(keys[f]);
      int s = (int) keys[f] & mask;
      boolean clash = false;
      while (table[s] != 0) {
        clash |= (table[s] & 0xFFFFFFFF00000000L) == tag; // two keys alike in 32 + log2(cap) bits: keep the first
        s = (s + 1) & mask;
      }
      if (!clash) {
        table[s] = tag | (long) offsets[f] << 8 | (offsets[f + 1] - offsets[f]);
      }
    }
  }

  private static long fingerprint(long key) {
    long high = key & 0xFFFFFFFF00000000L;
    return high == 0 ? 1L << 32 : high;
  }

  int classes() {
    return classes;
  }

  /** Number of features with an entry. */
  int features() {
    return keys.length;
  }

  /** Number of (feature, class) entries. */
  int entries() {
    return data.length;
  }

  /** Adds the weights of feature {@code key} to {@code scores} (nothing when the feature is unknown). */
  void addTo(long key, float[] scores) {
    long tag = fingerprint(key);
    int s = (int) key & mask;
    long v;
    while ((v = table[s]) != 0) {
      if ((v & 0xFFFFFFFF00000000L) == tag) {
        int e = (int) v >>> 8;
        int end = e + ((int) v & 0xFF);
        for (; e < end; e++) {
          int d = data[e];
          scores[d & CLASS_BITS] += Float.intBitsToFloat(d & ~CLASS_BITS);
        }
        return;
      }
      s = (s + 1) & mask;
    }
  }

  /** Writes the weights: features in key order, keys as deltas, weights as floats. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(keys.length);
    long prev = 0;
    for (int f = 0; f < keys.length; f++) {
      writeVarLong(out, keys[f] - prev); // signed order: the first delta may wrap, which reading undoes
      prev = keys[f];
      out.writeByte(offsets[f + 1] - offsets[f]);
      for (int e = offsets[f]; e < offsets[f + 1]; e++) {
        out.writeByte(entryClass[e]);
        out.writeFloat(entryWeight[e]);
      }
    }
  }

  /** Reads weights that {@link #write} wrote. */
  static Weights read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int n = in.readInt();
    if (classes < 1 || classes > CLASS_BITS || n < 0 || n > 50_000_000) {
      throw new IOException("bad syntax model: " + classes + " classes, " + n + " features");
    }
    long[] keys = new long[n];
    int[] offsets = new int[n + 1];
    byte[] cls = new byte[Math.max(16, n * 2)];
    float[] w = new float[cls.length];
    int e = 0;
    long prev = 0;
    for (int i = 0; i < n; i++) {
      prev += readVarLong(in);
      keys[i] = prev;
      if (keys[i] == 0 || i > 0 && keys[i] <= keys[i - 1]) {
        throw new IOException("bad syntax model: feature keys out of order");
      }
      int m = in.readUnsignedByte();
      if (e + m > cls.length) {
        cls = Arrays.copyOf(cls, Math.max(e + m, cls.length * 2));
        w = Arrays.copyOf(w, cls.length);
      }
      for (int j = 0; j < m; j++) {
        cls[e] = in.readByte();
        if (cls[e] < 0 || cls[e] >= classes) {
          throw new IOException("bad syntax model: class " + cls[e]);
        }
        w[e++] = in.readFloat();
      }
      offsets[i + 1] = e;
    }
    return new Weights(classes, keys, offsets, Arrays.copyOf(cls, e), Arrays.copyOf(w, e));
  }

  private static void writeVarLong(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("bad syntax model: varint too long");
  }
}

package org.herald.model;

import java.util.Arrays;

/**
 * Leads char offsets of the clean text back to char offsets of the raw source. The clean text is made of
 * segments copied from the source in order; each segment maps linearly. Immutable and thread-safe.
 */
public final class OffsetMap {
  private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0});

  private final int[] cleanStarts;
  private final int[] rawStarts;

  private OffsetMap(int[] cleanStarts, int[] rawStarts) {
    this.cleanStarts = cleanStarts;
    this.rawStarts = rawStarts;
  }

  /** The map of a text that is its own source. */
  public static OffsetMap identity() {
    return IDENTITY;
  }

  /** Builds a map segment by segment. */
  public static Builder builder() {
    return new Builder();
  }

  /** The raw offset of clean offset {@code clean} (a best effort inside text the cleaner rewrote). */
  public int toRaw(int clean) {
    int i = Arrays.binarySearch(cleanStarts, clean);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return clean;
    }
    return rawStarts[i] + (clean - cleanStarts[i]);
  }

  /** Collects segments in clean-text order. */
  public static final class Builder {
    private int[] clean = new int[16];
    private int[] raw = new int[16];
    private int size;

    /** Declares that clean text from {@code cleanStart} on was copied from raw offset {@code rawStart}. */
    public Builder segment(int cleanStart, int rawStart) {
      if (size > 0 && cleanStart < clean[size - 1]) {
        throw new IllegalArgumentException("segments out of order at " + cleanStart);
      }
      if (size > 0 && clean[size - 1] == cleanStart) {
        size--;
      }
      if (size == clean.length) {
        clean = Arrays.copyOf(clean, size * 2);
        raw = Arrays.copyOf(raw, size * 2);
      }
      clean[size] = cleanStart;
      raw[size] = rawStart;
      size++;
      return this;
    }

    /** Forgets segments that start at or after clean offset {@code cleanLength} (text was taken back). */
    public Builder truncate(int cleanLength) {
      while (size > 0 && clean[size - 1] >= cleanLength) {
        size--;
      }
      return this;
    }

    public OffsetMap build() {
      if (size == 0) {
        return IDENTITY;
      }
      return new OffsetMap(Arrays.copyOf(clean, size), Arrays.copyOf(raw, size));
    }
  }
}

package org.herald.dedupe;

import java.util.Arrays;

/**
 * MinHash over word shingles: the text is cut into words (letters and digits, lower-cased), every run of
 * {@link #SHINGLE} words is hashed, and for each of {@link #SIZE} hash functions the smallest value is kept. The
 * share of equal positions in two signatures estimates the Jaccard similarity of the two shingle sets (standard
 * error about 0.04). Stateless and thread-safe.
 */
public final class MinHash {
  /** Values in a signature. */
  public static final int SIZE = 128;
  /** Words per shingle. */
  public static final int SHINGLE = 3;

  // the k-th hash function of a (well-mixed) shingle hash x is the top 31 bits of A[k] * x + B[k]: a multiply-shift
  // family, one multiplication a value where a full mixer took three (the store fingerprints every article)
  private static final long[] A = new long[SIZE];
  private static final long[] B = new long[SIZE];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      s += 0x9E3779B97F4A7C15L;
      A[i] = mix(s) | 1L; // odd
      s += 0x9E3779B97F4A7C15L;
      B[i] = mix(s);
    }
  }

  private MinHash() {
  }

  /** The fingerprint of a text at the normalised URL {@code url} (or null). */
  static Fingerprint fingerprint(String url, String text) {
    long[] words = words(text);
    long textHash = 0xcbf29ce484222325L;
    for (long w : words) {
      textHash = mix(textHash ^ w) * 0x100000001b3L;
    }
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    if (words.length == 0) {
      return new Fingerprint(url, textHash, 0, sig);
    }
    int n = Math.max(1, words.length - SHINGLE + 1);
    long[] shingles = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x84222325cbf29ce4L;
      for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
        h = mix(h ^ words[j]);
      }
      shingles[i] = h;
    }
    Arrays.sort(shingles);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && shingles[i] == shingles[i - 1]) {
        continue;
      }
      distinct++;
      long sh = shingles[i];
      for (int k = 0; k < SIZE; k++) {
        int v = (int) ((A[k] * sh + B[k]) >>> 33); // non-negative, so signed comparison orders them
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return new Fingerprint(url, textHash, distinct, sig);
  }

  /** The estimated Jaccard similarity of the shingle sets behind two signatures, 0 to 1. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** 64-bit hashes of the words of {@code text}: runs of letters and digits, lower-cased. */
  static long[] words(String text) {
    long[] out = new long[Math.max(4, text.length() / 5)];
    int n = 0;
    long h = 0;
    boolean in = false;
    for (int i = 0; i <= text.length(); i++) {
      int c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (in ? h : 0xcbf29ce484222325L) ^ Character.toLowerCase(c);
        h *= 0x100000001b3L;
        in = true;
      } else if (in) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = mix(h);
        in = false;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** A 64-bit finaliser (SplitMix64): every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

package org.herald.stage.syntax;

/**
 * The feature keys of the tagger and the chunker, over one sentence's precomputed word hashes. Positions are
 * padded by two on each side so that windows need no bounds checks. Not thread-safe: one instance per call.
 */
final class Features {
  /** Most features the tagger emits for one token. */
  static final int POS_FEATURES = 18;
  /** Most features the chunker emits for one token. */
  static final int CHUNK_FEATURES = 23;

  private static final int PAD = 2;
  private static final long NO_TAG = -1;

  int n;
  long[] fold = new long[16]; // lower-cased, digits as 0
  long[] exact = new long[16]; // as written (the tag dictionary's key)
  long[] suffix3 = new long[16];
  long[] suffix2 = new long[16];
  long[] suffix1 = new long[16];
  long[] prefix1 = new long[16];
  long[] shape = new long[16];
  /** Predicted POS tags by position (the chunker's input), set by the caller. */
  int[] pos = new int[16];

  /** Hashes the words of a sentence (already in treebank form). */
  void load(String[] words) {
    n = words.length;
    int len = n + 2 * PAD;
    if (fold.length < len) {
      int cap = Math.max(len, fold.length * 2);
      fold = new long[cap];
      exact = new long[cap];
      suffix3 = new long[cap];
      suffix2 = new long[cap];
      suffix1 = new long[cap];
      prefix1 = new long[cap];
      shape = new long[cap];
      pos = new int[cap];
    }
    for (int p = 0; p < PAD; p++) {
      pad(p, WordForms.START);
      pad(n + PAD + p, WordForms.END);
    }
    for (int i = 0; i < n; i++) {
      String w = words[i];
      int k = i + PAD;
      int l = w.length();
      // one pass for both word hashes; suffixes packed char by char (exact, no hashing), lower-cased, digits as 0
      long f = 0xcbf29ce484222325L;
      long e = 0xcbf29ce484222325L;
      long s3 = 0;
      for (int j = 0; j < l; j++) {
        char c = w.charAt(j);
        e = (e ^ c) * 0x100000001b3L;
        char d = WordForms.fold(c);
        f = (f ^ d) * 0x100000001b3L;
        s3 = s3 << 16 | d;
      }
      fold[k] = WordForms.mix(f ^ l);
      exact[k] = WordForms.mix(e ^ l);
      long sl = Math.min(l, 3);
      suffix3[k] = (s3 & 0xFFFFFFFFFFFFL) | sl << 48;
      suffix2[k] = (s3 & 0xFFFFFFFFL) | Math.min(sl, 2) << 48;
      suffix1[k] = (s3 & 0xFFFFL) | Math.min(sl, 1) << 48;
      prefix1[k] = l == 0 ? 0 : w.charAt(0);
      shape[k] = WordForms.shape(w);
    }
  }

  private void pad(int k, long h) {
    fold[k] = h;
    exact[k] = h;
    suffix3[k] = h;
    suffix2[k] = h;
    suffix1[k] = h;
    prefix1[k] = h;
    shape[k] = h;
    pos[k] = -1;
  }

  /** Sets the POS tag of position {@code i} for the chunker. */
  void setPos(int i, int tag) {
    pos[i + PAD] = tag;
  }

  /**
   * Writes the tagger's features of position {@code i} into {@code out}, given the tags of earlier positions.
   *
   * @return the number written
   */
  int pos(int i, int[] tags, long[] out) {
    int k = i + PAD;
    long t1 = i >= 1 ? tags[i - 1] : NO_TAG;
    long t2 = i >= 2 ? tags[i - 2] : NO_TAG - 1;
    int f = 0;
    out[f++] = WordForms.key(0, 0);
    out[f++] = WordForms.key(1, fold[k]);
    out[f++] = WordForms.key(2, suffix3[k]);
    out[f++] = WordForms.key(3, suffix2[k]);
    out[f++] = WordForms.key(4, suffix1[k]);
    out[f++] = WordForms.key(5, prefix1[k]);
    out[f++] = WordForms.key(6, shape[k], i == 0 ? 1 : 0);
    out[f++] = WordForms.key(7, t1);
    out[f++] = WordForms.key(8, t2);
    out[f++] = WordForms.key(9, t1, t2);
    out[f++] = WordForms.key(10, t1, fold[k]);
    out[f++] = WordForms.key(11, fold[k - 1]);
    out[f++] = WordForms.key(12, suffix3[k - 1]);
    out[f++] = WordForms.key(13, fold[k - 2]);
    out[f++] = WordForms.key(14, fold[k + 1]);
    out[f++] = WordForms.key(15, suffix3[k + 1]);
    out[f++] = WordForms.key(16, fold[k + 2]);
    out[f++] = WordForms.key(17, shape[k + 1]);
    return f;
  }

  /**
   * Writes the chunker's features of position {@code i} into {@code out}, given the POS tags ({@link #setPos})
   * and the chunk tags of earlier positions.
   *
   * @return the number written
   */
  int chunk(int i, int[] chunks, long[] out) {
    int k = i + PAD;
    long c1 = i >= 1 ? chunks[i - 1] : NO_TAG;
    long c2 = i >= 2 ? chunks[i - 2] : NO_TAG - 1;
    long p = pos[k];
    long pm1 = pos[k - 1];
    long pm2 = pos[k - 2];
    long pp1 = pos[k + 1];
    long pp2 = pos[k + 2];
    int f = 0;
    out[f++] = WordForms.key(20, 0);
    out[f++] = WordForms.key(21, fold[k]);
    out[f++] = WordForms.key(22, p);
    out[f++] = WordForms.key(23, fold[k - 1]);
    out[f++] = WordForms.key(24, pm1);
    out[f++] = WordForms.key(25, fold[k + 1]);
    out[f++] = WordForms.key(26, pp1);
    out[f++] = WordForms.key(27, pm2);
    out[f++] = WordForms.key(28, pp2);
    out[f++] = WordForms.key(29, pm1, p);
    out[f++] = WordForms.key(30, p, pp1);
    out[f++] = WordForms.key(31, pm1, p, pp1);
    out[f++] = WordForms.key(32, c1);
    out[f++] = WordForms.key(33, c1, p);
    out[f++] = WordForms.key(34, c2, c1);
    out[f++] = WordForms.key(35, c1, fold[k]);
    out[f++] = WordForms.key(36, fold[k], p);
    out[f++] = WordForms.key(37, fold[k - 2]);
    out[f++] = WordForms.key(38, fold[k + 2]);
    out[f++] = WordForms.key(39, p, pp1, pp2);
    out[f++] = WordForms.key(40, pm2, pm1, p);
    out[f++] = WordForms.key(41, fold[k - 1], fold[k]);
    out[f++] = WordForms.key(42, fold[k], fold[k + 1]);
    return f;
  }
}

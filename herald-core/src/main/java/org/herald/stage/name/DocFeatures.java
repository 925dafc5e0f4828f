package org.herald.stage.name;


/**
 * The name recogniser's document features (its second pass): for a capitalised word, how the first pass tagged
 * the same word (ignoring case) elsewhere in the document, so that "Clinton" after "Bill Clinton", or a team name
 * in a results table, takes the type the document mostly gives it. Each feature is a small id with a row of
 * {@link NerModel#L} weights. In training the first-pass tags of a training document come from a model that did
 * not see it (jack-knifing), so the weights learn how far first-pass tags can be trusted. Stateless.
 */
final class DocFeatures {
  private static final int TYPES = 5; // O, PER, ORG, LOC, MISC
  static final int ALONE = 0; // no other capitalised occurrence
  static final int MAJORITY = 1; // + type: the others' most frequent type
  private static final int SEEN = MAJORITY + TYPES; // + type: some other occurrence has this type
  private static final int UNANIMOUS = SEEN + TYPES; // + type: all others have this type
  private static final int OWN_MAJORITY = UNANIMOUS + TYPES; // + own type * TYPES + majority type
  private static final int MAJORITY_TAG = OWN_MAJORITY + TYPES * TYPES; // + the others' most frequent BIO tag
  static final int LOWER = MAJORITY_TAG + NerModel.L; // the word also occurs in lower case
  private static final int OWN_ALONE = LOWER + 1; // + own type, when no other occurrence
  /** Number of feature ids. */
  static final int COUNT = OWN_ALONE + TYPES;
  private static final int MAX = 8;

  private DocFeatures() {
  }

  private static int type(int tag) {
    return (tag + 1) / 2;
  }

  /**
   * The feature ids of every token of every sentence, from the first pass's {@code tags}; {@code lower} holds each
   * word's lower-case hash ({@link NerModel#lowerHash}), which identifies a word regardless of case.
   */
  static int[][][] of(String[][] words, long[][] lower, int[][] tags) {
    int total = 0;
    for (String[] s : words) {
      total += s.length;
    }
    int cap = Integer.highestOneBit(Math.max(8, total * 2) - 1) << 1;
    long[] ks = new long[cap];
    boolean[] used = new boolean[cap];
    int width = NerModel.L + 1;
    int[] counts = new int[cap * width];
    int[][] keys = new int[words.length][]; // slot of a capitalised word's counts, or -1
    for (int s = 0; s < words.length; s++) {
      keys[s] = new int[words[s].length];
      for (int i = 0; i < words[s].length; i++) {
        String w = words[s][i];
        keys[s][i] = -1;
        if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        long h = lower[s][i];
        int p = (int) h & (cap - 1);
        while (used[p] && ks[p] != h) {
          p = (p + 1) & (cap - 1);
        }
        used[p] = true;
        ks[p] = h;
        if (Character.isUpperCase(w.charAt(0))) {
          keys[s][i] = p;
          counts[p * width + tags[s][i]]++;
        } else {
          counts[p * width + NerModel.L]++;
        }
      }
    }
    int[] c = new int[width];
    int[][][] out = new int[words.length][][];
    int[] buf = new int[MAX];
    int[] byType = new int[TYPES];
    for (int s = 0; s < words.length; s++) {
      out[s] = new int[words[s].length][];
      for (int i = 0; i < words[s].length; i++) {
        int key = keys[s][i];
        if (key < 0) {
          out[s][i] = EMPTY;
          continue;
        }
        System.arraycopy(counts, key * width, c, 0, width);
        int own = tags[s][i];
        int ownType = type(own);
        java.util.Arrays.fill(byType, 0);
        int others = 0;
        int bestTag = -1;
        for (int y = 0; y < NerModel.L; y++) {
          int k = c[y] - (y == own ? 1 : 0);
          byType[type(y)] += k;
          others += k;
          if (k > 0 && (bestTag < 0 || k > c[bestTag] - (bestTag == own ? 1 : 0))) {
            bestTag = y;
          }
        }
        int n = 0;
        if (c[NerModel.L] > 0) {
          buf[n++] = LOWER;
        }
        if (others == 0) {
          buf[n++] = ALONE;
          buf[n++] = OWN_ALONE + ownType;
        } else {
          int maj = 0;
          for (int t = 1; t < TYPES; t++) {
            if (byType[t] > byType[maj]) {
              maj = t;
            }
          }
          buf[n++] = MAJORITY + maj;
          buf[n++] = OWN_MAJORITY + ownType * TYPES + maj;
          buf[n++] = MAJORITY_TAG + bestTag;
          if (byType[maj] == others) {
            buf[n++] = UNANIMOUS + maj;
          }
          for (int t = 0; t < TYPES && n < MAX; t++) {
            if (byType[t] > 0 && t != maj) {
              buf[n++] = SEEN + t;
            }
          }
        }
        out[s][i] = java.util.Arrays.copyOf(buf, n);
      }
    }
    return out;
  }

  private static final int[] EMPTY = new int[0];

  /** Adds the weights of each token's features to its emission row. */
  static void addWeights(float[] em, int[][] feats, float[] w) {
    int l = NerModel.L;
    for (int i = 0; i < feats.length; i++) {
      int o = i * l;
      for (int f : feats[i]) {
        int r = f * l;
        for (int y = 0; y < l; y++) {
          em[o + y] += w[r + y];
        }
      }
    }
  }

  /** Element-wise sum. */
  static float[] add(float[] a, float[] b) {
    float[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += b[i];
    }
    return out;
  }
}

package org.herald.stage.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hierarchical word clusters learnt from unlabelled text, a cheap stand-in for Brown clusters: each frequent word
 * is described by the words seen just before and after it (the most frequent words as context, square-root
 * counts, projected to a fixed number of dimensions by a seeded random sign projection, then normalised), and the
 * words are split in two again and again along the first principal direction of each group, refined by a few
 * 2-means steps. A word's cluster is its path of splits, a bit string ("0110…"), so prefixes are coarser clusters.
 * Deterministic: the same text gives the same table. Not thread-safe while building.
 */
public final class WordClusters {
  /**
   * Options.
   *
   * @param minCount words seen fewer times get no cluster
   * @param contexts how many of the most frequent words serve as context
   * @param dims dimensions of the projected context vectors
   * @param depth length of the bit strings (at most 2^depth clusters)
   */
  public record Options(int minCount, int contexts, int dims, int depth) {
    public Options {
      if (minCount < 1 || contexts < 1 || dims < 2 || depth < 1 || depth > 30) {
        throw new IllegalArgumentException("bad options: " + minCount + " " + contexts + " " + dims + " " + depth);
      }
    }

    public static Options defaults() {
      return new Options(3, 1000, 96, 16);
    }
  }

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final List<int[]> sentences = new ArrayList<>();
  private int[] counts = new int[1024];

  /** Adds one sentence of tokens. */
  public void add(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    int[] s = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      Integer id = ids.get(tokens[i]);
      if (id == null) {
        id = words.size();
        ids.put(tokens[i], id);
        words.add(tokens[i]);
        if (id >= counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
      }
      counts[id]++;
      s[i] = id;
    }
    sentences.add(s);
  }

  /** Builds the table: word → bit string, for every word seen at least {@code minCount} times. */
  public Map<String, String> build(Options o) {
    int n = words.size();
    Integer[] byFreq = new Integer[n];
    for (int i = 0; i < n; i++) {
      byFreq[i] = i;
    }
    Arrays.sort(byFreq, (x, y) -> counts[y] != counts[x] ? Integer.compare(counts[y], counts[x])
        : words.get(x).compareTo(words.get(y)));
    int[] ctx = new int[n];
    Arrays.fill(ctx, -1);
    for (int r = 0; r < Math.min(o.contexts(), n); r++) {
      ctx[byFreq[r]] = r;
    }
    int[] row = new int[n];
    Arrays.fill(row, -1);
    List<Integer> vocab = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (counts[byFreq[i]] >= o.minCount()) {
        row[byFreq[i]] = vocab.size();
        vocab.add(byFreq[i]);
      }
    }
    int v = vocab.size();
    // sparse co-occurrence counts per vocabulary word, as hash maps from context slot to count
    List<Map<Integer, Integer>> co = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      co.add(new HashMap<>());
    }
    for (int[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        int r = row[s[i]];
        if (r < 0) {
          continue;
        }
        int left = i == 0 ? o.contexts() : ctx[s[i - 1]];
        int right = i + 1 == s.length ? o.contexts() : ctx[s[i + 1]];
        Map<Integer, Integer> m = co.get(r);
        if (left >= 0) {
          m.merge(left, 1, Integer::sum);
        }
        if (right >= 0) {
          m.merge(o.contexts() + 1 + right, 1, Integer::sum);
        }
      }
    }
    int d = o.dims();
    float[][] x = new float[v][d];
    for (int i = 0; i < v; i++) {
      float[] xi = x[i];
      for (Map.Entry<Integer, Integer> e : co.get(i).entrySet()) {
        float val = (float) Math.sqrt(e.getValue());
        long h = NerFeatures.mix(e.getKey() * 0x9E3779B97F4A7C15L + 17);
        for (int k = 0; k < d; k++) {
          xi[k] += ((h >>> (k & 63)) & 1) == 0 ? val : -val;
          if ((k & 63) == 63) {
            h = NerFeatures.mix(h + k);
          }
        }
      }
      double norm = 0;
      for (float f : xi) {
        norm += f * f;
      }
      float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
      for (int k = 0; k < d; k++) {
        xi[k] *= inv;
      }
    }
    co.clear();
    StringBuilder[] paths = new StringBuilder[v];
    for (int i = 0; i < v; i++) {
      paths[i] = new StringBuilder(o.depth());
    }
    int[] all = new int[v];
    for (int i = 0; i < v; i++) {
      all[i] = i;
    }
    split(x, all, 0, o.depth(), paths);
    Map<String, String> out = new HashMap<>(v * 2);
    for (int i = 0; i < v; i++) {
      out.put(words.get(vocab.get(i)), paths[i].toString());
    }
    return out;
  }

  /**
   * Flat word classes by the exchange algorithm on a predictive class bigram model (Uszkoreit and Brants 2008): each
   * word of at least {@code minCount} occurrences is put in one of {@code classes} classes so that the class of a word
   * best predicts its neighbour on one side (the next word, or with {@code left} the previous one), maximising
   * {@code sum N(c,w) log N(c,w) - sum N(c) log N(c)}; words are visited most frequent first, each moved to the class
   * that gains most. A second view of the words beside {@link #build}'s, from one-sided contexts. Deterministic.
   *
   * @return word to class name: {@code prefix} followed by the class number
   */
  public Map<String, String> exchange(int classes, int iterations, int minCount, boolean left, String prefix) {
    if (classes < 2 || iterations < 0 || minCount < 1) {
      throw new IllegalArgumentException("bad exchange options: " + classes + " " + iterations + " " + minCount);
    }
    int n = words.size();
    Integer[] byFreq = new Integer[n];
    for (int i = 0; i < n; i++) {
      byFreq[i] = i;
    }
    Arrays.sort(byFreq, (x, y) -> counts[y] != counts[x] ? Integer.compare(counts[y], counts[x])
        : words.get(x).compareTo(words.get(y)));
    int[] row = new int[n];
    int v = 0;
    for (int i = 0; i < n; i++) {
      row[byFreq[i]] = counts[byFreq[i]] >= minCount ? v++ : -1;
    }
    int other = v; // context slot of every rarer word
    int edge = v + 1; // context slot of the sentence edge
    int slots = v + 2;
    long total = 0;
    for (int[] s : sentences) {
      total += s.length;
    }
    long[] pairs = new long[(int) total];
    int np = 0;
    for (int[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        int r = row[s[i]];
        if (r < 0) {
          continue;
        }
        int j = left ? i - 1 : i + 1;
        int c = j < 0 || j >= s.length ? edge : row[s[j]] < 0 ? other : row[s[j]];
        pairs[np++] = (long) r * slots + c;
      }
    }
    Arrays.sort(pairs, 0, np);
    // compressed rows: word r's contexts ctx[start[r]..start[r+1]) with counts cnt[...]
    int[] start = new int[v + 1];
    int[] ctx = new int[np];
    int[] cnt = new int[np];
    int[] tot = new int[v];
    int m = 0;
    for (int i = 0; i < np; ) {
      int j = i;
      while (j < np && pairs[j] == pairs[i]) {
        j++;
      }
      int r = (int) (pairs[i] / slots);
      ctx[m] = (int) (pairs[i] % slots);
      cnt[m] = j - i;
      tot[r] += j - i;
      start[r + 1] = m + 1;
      m++;
      i = j;
    }
    for (int r = 1; r <= v; r++) {
      start[r] = Math.max(start[r], start[r - 1]);
    }
    pairs = null;
    int k = classes;
    int[] cls = new int[v];
    long[] mat = new long[slots * k]; // N(class, context) stored by context then class
    long[] size = new long[k];
    for (int r = 0; r < v; r++) {
      cls[r] = r % k;
      for (int e = start[r]; e < start[r + 1]; e++) {
        mat[ctx[e] * k + cls[r]] += cnt[e];
      }
      size[cls[r]] += tot[r];
    }
    double[] gain = new double[k];
    for (int it = 0; it < iterations; it++) {
      for (int r = 0; r < v; r++) {
        int a = cls[r];
        for (int e = start[r]; e < start[r + 1]; e++) {
          mat[ctx[e] * k + a] -= cnt[e];
        }
        size[a] -= tot[r];
        Arrays.fill(gain, 0);
        for (int e = start[r]; e < start[r + 1]; e++) {
          int base = ctx[e] * k;
          int c = cnt[e];
          for (int b = 0; b < k; b++) {
            long x = mat[base + b];
            gain[b] += xlogx(x + c) - xlogx(x);
          }
        }
        int best = a;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < k; b++) {
          double g = gain[b] - (xlogx(size[b] + tot[r]) - xlogx(size[b]));
          if (g > bestGain + 1e-9 || b == a && g >= bestGain - 1e-9) {
            bestGain = g;
            best = b;
          }
        }
        cls[r] = best;
        for (int e = start[r]; e < start[r + 1]; e++) {
          mat[ctx[e] * k + best] += cnt[e];
        }
        size[best] += tot[r];
      }
    }
    Map<String, String> out = new HashMap<>(v * 2);
    for (int i = 0; i < n; i++) {
      if (row[i] >= 0) {
        out.put(words.get(i), prefix + cls[row[i]]);
      }
    }
    return out;
  }

  private static final double[] XLOGX = new double[1 << 16];

  static {
    for (int i = 1; i < XLOGX.length; i++) {
      XLOGX[i] = i * Math.log(i);
    }
  }

  private static double xlogx(long x) {
    return x < XLOGX.length ? XLOGX[(int) x] : x * Math.log(x);
  }

  /** Reads a table written by {@link #write}: lines of {@code bits<TAB>word}, {@code #} comments skipped. */
  public static Map<String, String> read(List<String> lines) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException("not a cluster line: " + line);
      }
      out.put(line.substring(tab + 1), line.substring(0, tab));
    }
    return out;
  }

  /** Writes {@code table} sorted by word, one {@code bits<TAB>word} line each, after a header comment. */
  public static void write(Map<String, String> table, Appendable out) throws java.io.IOException {
    out.append("# Herald word clusters: bit string (path of splits; prefixes are coarser clusters) TAB word\n");
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(table).entrySet()) {
      out.append(e.getValue()).append('\t').append(e.getKey()).append('\n');
    }
  }

  private static void split(float[][] x, int[] members, int level, int depth, StringBuilder[] paths) {
    if (level >= depth || members.length < 2) {
      for (int m : members) {
        while (paths[m].length() < depth) {
          paths[m].append('0');
        }
      }
      return;
    }
    int d = x[0].length;
    float[] mean = new float[d];
    for (int m : members) {
      for (int k = 0; k < d; k++) {
        mean[k] += x[m][k];
      }
    }
    for (int k = 0; k < d; k++) {
      mean[k] /= members.length;
    }
    // first principal direction by power iteration from a fixed start
    float[] dir = new float[d];
    for (int k = 0; k < d; k++) {
      dir[k] = (k % 3 == 0 ? 1 : -1) / (float) (k + 1);
    }
    for (int it = 0; it < 8; it++) {
      float[] next = new float[d];
      for (int m : members) {
        float p = 0;
        for (int k = 0; k < d; k++) {
          p += (x[m][k] - mean[k]) * dir[k];
        }
        for (int k = 0; k < d; k++) {
          next[k] += p * (x[m][k] - mean[k]);
        }
      }
      double norm = 0;
      for (float f : next) {
        norm += f * f;
      }
      if (norm == 0) {
        break;
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < d; k++) {
        dir[k] = next[k] * inv;
      }
    }
    boolean[] side = new boolean[members.length];
    for (int q = 0; q < members.length; q++) {
      float p = 0;
      for (int k = 0; k < d; k++) {
        p += (x[members[q]][k] - mean[k]) * dir[k];
      }
      side[q] = p > 0;
    }
    // 2-means refinement
    for (int it = 0; it < 4; it++) {
      float[] c0 = new float[d];
      float[] c1 = new float[d];
      int n0 = 0;
      int n1 = 0;
      for (int q = 0; q < members.length; q++) {
        float[] c = side[q] ? c1 : c0;
        if (side[q]) {
          n1++;
        } else {
          n0++;
        }
        for (int k = 0; k < d; k++) {
          c[k] += x[members[q]][k];
        }
      }
      if (n0 == 0 || n1 == 0) {
        break;
      }
      for (int q = 0; q < members.length; q++) {
        float d0 = 0;
        float d1 = 0;
        for (int k = 0; k < d; k++) {
          float a = x[members[q]][k];
          float e0 = a - c0[k] / n0;
          float e1 = a - c1[k] / n1;
          d0 += e0 * e0;
          d1 += e1 * e1;
        }
        side[q] = d1 < d0;
      }
    }
    int n1 = 0;
    for (boolean s : side) {
      n1 += s ? 1 : 0;
    }
    int[] a = new int[members.length - n1];
    int[] b = new int[n1];
    int ia = 0;
    int ib = 0;
    for (int q = 0; q < members.length; q++) {
      if (side[q]) {
        b[ib++] = members[q];
        paths[members[q]].append('1');
      } else {
        a[ia++] = members[q];
        paths[members[q]].append('0');
      }
    }
    if (a.length == 0 || b.length == 0) { // cannot split: pad
      for (int m : members) {
        while (paths[m].length() < depth) {
          paths[m].append('0');
        }
      }
      return;
    }
    split(x, a, level + 1, depth, paths);
    split(x, b, level + 1, depth, paths);
  }
}

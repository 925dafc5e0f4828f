package org.herald.stage.name;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain name tagger over BIO tags (PER, ORG, LOC, MISC): hashed feature weights (see
 * {@link NerFeatures}), first-order tag transitions and Viterbi decoding that forbids I-X after anything but
 * B-X or I-X. Trained by {@link NerTrainer} (an averaged structured perceptron or a CRF).
 *
 * <p>Speed: the weights of a word's features at each offset are summed once per distinct word into a cached
 * vector, so tagging a token costs one map lookup, five vector additions, a few conjunction lookups and the
 * Viterbi step. Thread-safe: the weights never change after construction and the caches are concurrent.
 */
final class NerModel {
  static final String[] TAGS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  static final int L = TAGS.length;
  private static final int MAGIC = 0x484e4552; // "HNER"
  private static final int VERSION = 3; // 3: flat word class tables after the clusters
  private static final int CACHE_LIMIT = 500_000;
  private static final float NEG = -1e30f;

  final int bits;
  final float[] weights; // (1 << bits) rows of L
  final float[] transitions; // (L + 1) rows of L; row L is the sentence start
  final NerFeatures features;
  final float[] docWeights; // DocFeatures.COUNT rows of L; null: one pass only
  final float[] docTransitions; // added to the transitions in the second pass; null with docWeights
  private final float[] secondTransitions; // transitions + docTransitions
  private final Word[][] edges = new Word[2][]; // per mode, the pseudo words before and after a sentence
  @SuppressWarnings("unchecked")
  private final Map<String, Word>[] cache = new Map[] {new ConcurrentHashMap<>(), new ConcurrentHashMap<>()};

  /** A word's summed weights per offset and tag, and the hashes its conjunctions use. */
  record Word(float[] v, long lower, long shape) {
  }

  NerModel(int bits, float[] weights, float[] transitions, NerFeatures features) {
    this(bits, weights, transitions, features, null, null);
  }

  NerModel(int bits, float[] weights, float[] transitions, NerFeatures features, float[] docWeights,
           float[] docTransitions) {
    if (bits < 8 || bits > 26 || weights.length != (L << bits) || transitions.length != (L + 1) * L) {
      throw new IllegalArgumentException("bad model dimensions: bits=" + bits);
    }
    if ((docWeights == null) != (docTransitions == null)
        || docWeights != null && (docWeights.length != DocFeatures.COUNT * L || docTransitions.length != (L + 1) * L)) {
      throw new IllegalArgumentException("bad document weights");
    }
    this.docWeights = docWeights;
    this.docTransitions = docTransitions;
    this.secondTransitions = docTransitions == null ? null : DocFeatures.add(transitions, docTransitions);
    this.bits = bits;
    this.weights = weights;
    this.transitions = transitions;
    this.features = features;
    for (int m = 0; m < 2; m++) {
      edges[m] = new Word[] {word(NerFeatures.BEFORE, m == 1), word(NerFeatures.AFTER, m == 1)};
    }
  }

  int index(long hash) {
    return (int) (hash >>> (64 - bits));
  }

  static boolean allowed(int prev, int cur) {
    if (cur == 0 || (cur & 1) == 1) { // O or B-X
      return true;
    }
    return prev == cur || prev == cur - 1; // I-X after B-X or I-X
  }

  static long lowerHash(String w) {
    return NerFeatures.hash('L', 0, 0, w.toLowerCase(java.util.Locale.ROOT));
  }

  static long shapeHash(String w, boolean caps) {
    return NerFeatures.hash('S', 0, caps ? 1 : 0, NerFeatures.shortShape(w));
  }

  /** The conjunction features of token {@code i}; the same in training and tagging. */
  static int conjunctions(long[] lower, long[] shape, int i, int n, long[] out) {
    long lp = i > 0 ? lower[i - 1] : 1;
    long ln = i + 1 < n ? lower[i + 1] : 2;
    long sp = i > 0 ? shape[i - 1] : 1;
    long sn = i + 1 < n ? shape[i + 1] : 2;
    int c = 0;
    out[c++] = NerFeatures.conj('a', lp, lower[i]);
    out[c++] = NerFeatures.conj('b', lower[i], ln);
    out[c++] = NerFeatures.conj('c', NerFeatures.conj('c', sp, shape[i]), sn);
    if (i == 0) {
      out[c++] = NerFeatures.conj('d', 7, shape[i]);
      out[c++] = NerFeatures.conj('e', 7, lower[i]);
    }
    return c;
  }

  static final int MAX_CONJ = 5;

  Word word(String w, boolean caps) {
    Map<String, Word> m = cache[caps ? 1 : 0];
    Word x = m.get(w);
    if (x != null) {
      return x;
    }
    float[] v = new float[NerFeatures.OFFSETS * L];
    for (int k = -NerFeatures.RADIUS; k <= NerFeatures.RADIUS; k++) {
      int base = (k + NerFeatures.RADIUS) * L;
      for (long h : features.wordFeatures(w, caps, k)) {
        int row = index(h) * L;
        for (int y = 0; y < L; y++) {
          v[base + y] += weights[row + y];
        }
      }
    }
    x = new Word(v, lowerHash(w), shapeHash(w, caps));
    if (m.size() < CACHE_LIMIT) {
      m.put(w, x);
    }
    return x;
  }

  /** Tags one sentence on its own: indices into {@link #TAGS}, one per word. */
  int[] tag(String[] words) {
    return tagDocument(new String[][] {words})[0];
  }

  /**
   * Tags the sentences of one document in two passes: the first decodes each sentence from its own features;
   * the second adds the document features ({@link DocFeatures}: how the first pass tagged the same word
   * elsewhere in the document) and decodes again.
   */
  int[][] tagDocument(String[][] sentences) {
    int ns = sentences.length;
    float[][] em = new float[ns][];
    int[][] first = new int[ns][];
    long[][] lower = new long[ns][];
    for (int s = 0; s < ns; s++) {
      lower[s] = new long[sentences[s].length];
      em[s] = emissions(sentences[s], lower[s]);
      first[s] = viterbi(em[s], sentences[s].length, transitions);
    }
    if (docWeights == null) {
      return first;
    }
    int[][][] df = DocFeatures.of(sentences, lower, first);
    float[] trans = secondTransitions;
    int[][] out = new int[ns][];
    for (int s = 0; s < ns; s++) {
      DocFeatures.addWeights(em[s], df[s], docWeights);
      out[s] = viterbi(em[s], sentences[s].length, trans);
    }
    return out;
  }

  /** The emission scores of one sentence (n rows of L); {@code lower} gets each word's lower-case hash. */
  float[] emissions(String[] words, long[] lower) {
    int n = words.length;
    if (n == 0) {
      return new float[0];
    }
    boolean caps = NerFeatures.isCapsSentence(words);
    int m = caps ? 1 : 0;
    Word before = edges[m][0];
    Word after = edges[m][1];
    Word[] ws = new Word[n];
    long[] shape = new long[n];
    for (int i = 0; i < n; i++) {
      ws[i] = word(words[i], caps);
      lower[i] = ws[i].lower();
      shape[i] = ws[i].shape();
    }
    float[] em = new float[n * L];
    long[] conj = new long[MAX_CONJ];
    for (int i = 0; i < n; i++) {
      int o = i * L;
      for (int k = -NerFeatures.RADIUS; k <= NerFeatures.RADIUS; k++) {
        int j = i + k;
        Word w = j < 0 ? before : j >= n ? after : ws[j];
        float[] v = w.v();
        int base = (k + NerFeatures.RADIUS) * L;
        for (int y = 0; y < L; y++) {
          em[o + y] += v[base + y];
        }
      }
      int c = conjunctions(lower, shape, i, n, conj);
      for (int q = 0; q < c; q++) {
        int row = index(conj[q]) * L;
        for (int y = 0; y < L; y++) {
          em[o + y] += weights[row + y];
        }
      }
    }
    return em;
  }

  /** Best tag sequence for emission scores {@code em} (n rows of L) under {@code trans}. */
  static int[] viterbi(float[] em, int n, float[] trans) {
    float[] score = new float[n * L];
    int[] back = new int[n * L];
    int startRow = L * L;
    for (int y = 0; y < L; y++) {
      score[y] = y == 0 || (y & 1) == 1 ? em[y] + trans[startRow + y] : NEG; // no I-X at the start
    }
    for (int i = 1; i < n; i++) {
      int o = i * L;
      int p = o - L;
      for (int y = 0; y < L; y++) {
        float best;
        int arg;
        if (y == 0 || (y & 1) == 1) { // O and B-X follow anything
          best = score[p] + trans[y];
          arg = 0;
          for (int x = 1; x < L; x++) {
            float s = score[p + x] + trans[x * L + y];
            if (s > best) {
              best = s;
              arg = x;
            }
          }
        } else { // I-X follows only B-X or I-X
          best = score[p + y - 1] + trans[(y - 1) * L + y];
          arg = y - 1;
          float s = score[p + y] + trans[y * L + y];
          if (s > best) {
            best = s;
            arg = y;
          }
        }
        score[o + y] = best + em[o + y];
        back[o + y] = arg;
      }
    }
    int[] out = new int[n];
    int o = (n - 1) * L;
    int arg = 0;
    for (int y = 1; y < L; y++) {
      if (score[o + y] > score[o + arg]) {
        arg = y;
      }
    }
    out[n - 1] = arg;
    for (int i = n - 1; i > 0; i--) {
      arg = back[i * L + arg];
      out[i - 1] = arg;
    }
    return out;
  }

  // ---------------------------------------------------------------- persistence

  /**
   * Writes the model: gzip of a header, the cluster table, the transitions and the non-zero weight rows, each
   * weight quantised to 16 bits against the largest absolute weight.
   */
  void save(OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16)));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(bits);
    out.writeInt(L);
    Map<String, String> cl = new java.util.TreeMap<>(features.clusters());
    out.writeInt(cl.size());
    for (Map.Entry<String, String> e : cl.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.writeInt(features.classes().size());
    for (Map<String, String> table : features.classes()) {
      Map<String, String> sorted = new java.util.TreeMap<>(table);
      out.writeInt(sorted.size());
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
    }
    for (float t : transitions) {
      out.writeFloat(t);
    }
    float max = 1e-9f;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max / 32767f;
    out.writeFloat(scale);
    int rows = 1 << bits;
    int nonzero = 0;
    for (int r = 0; r < rows; r++) {
      if (!zeroRow(r, scale)) {
        nonzero++;
      }
    }
    out.writeInt(nonzero);
    int last = -1;
    for (int r = 0; r < rows; r++) {
      if (zeroRow(r, scale)) {
        continue;
      }
      writeVarint(out, r - last);
      last = r;
      for (int y = 0; y < L; y++) {
        out.writeShort(Math.round(weights[r * L + y] / scale));
      }
    }
    out.writeBoolean(docWeights != null);
    if (docWeights != null) {
      for (float f : docWeights) {
        out.writeFloat(f);
      }
      for (float f : docTransitions) {
        out.writeFloat(f);
      }
    }
    out.close();
  }

  private boolean zeroRow(int r, float scale) {
    for (int y = 0; y < L; y++) {
      if (Math.round(weights[r * L + y] / scale) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads a model written by {@link #save}; dictionary features come from {@code lexicon} (may be null). */
  static NerModel load(InputStream is, Lexicon lexicon) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Herald name model");
    }
    int version = in.readInt();
    if (version != VERSION && version != 2) {
      throw new IOException("unsupported name model version " + version);
    }
    int bits = in.readInt();
    int labels = in.readInt();
    if (labels != L || bits < 8 || bits > 26) {
      throw new IOException("bad name model header: bits=" + bits + " labels=" + labels);
    }
    int nc = in.readInt();
    Map<String, String> clusters = new HashMap<>(nc * 2);
    for (int i = 0; i < nc; i++) {
      clusters.put(in.readUTF(), in.readUTF());
    }
    java.util.List<Map<String, String>> classes = new java.util.ArrayList<>();
    int tables = version >= 3 ? in.readInt() : 0;
    if (tables < 0 || tables > 8) {
      throw new IOException("bad name model: " + tables + " class tables");
    }
    for (int t = 0; t < tables; t++) {
      int size = in.readInt();
      Map<String, String> table = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) {
        table.put(in.readUTF(), in.readUTF());
      }
      classes.add(table);
    }
    float[] trans = new float[(L + 1) * L];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = in.readFloat();
    }
    float scale = in.readFloat();
    float[] w = new float[L << bits];
    int nonzero = in.readInt();
    int r = -1;
    for (int i = 0; i < nonzero; i++) {
      r += readVarint(in);
      for (int y = 0; y < L; y++) {
        w[r * L + y] = in.readShort() * scale;
      }
    }
    float[] dw = null;
    float[] dt = null;
    if (in.readBoolean()) {
      dw = new float[DocFeatures.COUNT * L];
      dt = new float[(L + 1) * L];
      for (int i = 0; i < dw.length; i++) {
        dw[i] = in.readFloat();
      }
      for (int i = 0; i < dt.length; i++) {
        dt[i] = in.readFloat();
      }
    }
    return new NerModel(bits, w, trans, new NerFeatures(lexicon, clusters, classes), dw, dt);
  }

  private static void writeVarint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7f) != 0) {
      out.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("bad varint in name model");
  }
}

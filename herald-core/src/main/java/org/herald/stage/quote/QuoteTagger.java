package org.herald.stage.quote;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.pipeline.Resources;

/**
 * A token tagger for attributions, learnt from PolNeAR (issue 5): an averaged structured perceptron over five
 * tags per token of a sentence (outside, cue, first token of a content, inside a content, source) with hashed features
 * and Viterbi decoding. Features: the word and its neighbours, shape, suffix, the cue lexicon's lemma at and
 * around the word, the distance and lemma of the nearest lexicon cue left and right in the sentence with whether
 * "that" or a comma lies between, quote-mark state, position in the sentence, and "according" before or after.
 *
 * <p>The model is read from {@code quote-tagger-v1.bin} (gzip: magic, bits, weights as floats); rebuilt by
 * {@code herald train quotes}. Immutable and thread-safe once built or loaded.
 */
public final class QuoteTagger {
  /** The bundled model. */
  public static final String RESOURCE = "quote-tagger-v1.bin";

  static final int O = 0;
  static final int CUE = 1;
  static final int BEGIN = 2;
  static final int INSIDE = 3;
  static final int SOURCE = 4;
  private static final int TAGS = 5;
  private static final int MAGIC = 0x48515431; // "HQT1"

  private final int bits;
  private final float[] weights; // row * TAGS + tag
  private final float[] transitions; // (previous tag, or TAGS at the start) * TAGS + tag

  private QuoteTagger(int bits, float[] weights, float[] transitions) {
    this.bits = bits;
    this.weights = weights;
    this.transitions = transitions;
  }

  /**
   * Training options.
   *
   * @param iterations passes over the training sentences
   * @param bits the weight table has 2^bits rows of five weights
   * @param seed seed of the sentence order of each pass
   */
  public record Options(int iterations, int bits, long seed) {
    public Options {
      if (iterations < 1 || bits < 8 || bits > 24) {
        throw new IllegalArgumentException("iterations " + iterations + ", bits " + bits);
      }
    }
  }

  /**
   * One training article: its tokenized text and the gold tag of each token.
   *
   * @param article a tokenized article
   * @param tags one tag per token ({@link #O}, {@link #CUE}, {@link #BEGIN}, {@link #INSIDE}, {@link #SOURCE})
   */
  public record Example(Article article, byte[] tags) {
    public Example {
      Objects.requireNonNull(article, "article");
      if (tags.length != article.tokenCount()) {
        throw new IllegalArgumentException("tags " + tags.length + " for " + article.tokenCount() + " tokens");
      }
    }

    /**
     * The example of tokenized {@code article} with gold {@code contents}, {@code cues} and {@code sources} (char
     * spans, one list per attribution). A token belongs to a span when it starts inside it; a cue or source tag
     * wins over a content tag (a nested attribution inside an outer content); a content's first token in each
     * sentence is tagged as a beginning.
     */
    public static Example of(Article article, List<List<Span>> contents, List<List<Span>> cues,
                             List<List<Span>> sources) {
      int n = article.tokenCount();
      int[] owner = new int[n];
      java.util.Arrays.fill(owner, -1);
      int id = 0;
      for (List<Span> content : contents) {
        for (Span s : content) {
          for (int t = Math.max(0, article.tokenAtOrAfter(s.start())); t >= 0 && t < n
              && article.tokenStart(t) < s.end(); t++) {
            if (owner[t] < 0) {
              owner[t] = id;
            }
          }
        }
        id++;
      }
      byte[] tags = new byte[n];
      for (int t = 0; t < n; t++) {
        if (owner[t] >= 0) {
          boolean first = t == 0 || owner[t - 1] != owner[t]
              || article.sentenceOfToken(t - 1) != article.sentenceOfToken(t);
          tags[t] = (byte) (first ? BEGIN : INSIDE);
        }
      }
      for (List<Span> source : sources) {
        for (Span s : source) {
          for (int t = Math.max(0, article.tokenAtOrAfter(s.start())); t >= 0 && t < n
              && article.tokenStart(t) < s.end(); t++) {
            tags[t] = SOURCE;
          }
        }
      }
      for (List<Span> cue : cues) {
        for (Span s : cue) {
          for (int t = Math.max(0, article.tokenAtOrAfter(s.start())); t >= 0 && t < n
              && article.tokenStart(t) < s.end(); t++) {
            tags[t] = CUE;
          }
        }
      }
      for (int t = 1; t < n; t++) { // a content resumed after a cue or source inside it starts again
        if (tags[t] == INSIDE && (tags[t - 1] == CUE || tags[t - 1] == SOURCE)) {
          tags[t] = BEGIN;
        }
      }
      return new Example(article, tags);
    }
  }

  /** The bundled model. */
  static QuoteTagger load(Resources resources) {
    try (InputStream in = resources.open(RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  /** Reads a model written by {@link #write}. */
  public static QuoteTagger read(InputStream is) throws IOException {
    SparseWeights.Model model = SparseWeights.open(is, MAGIC, "quote tagger model");
    DataInputStream in = model.in();
    int bits = model.bits();
    float[] tr = new float[(TAGS + 1) * TAGS];
    for (int i = 0; i < tr.length; i++) {
      tr[i] = in.readFloat();
    }
    float[] w = new float[(1 << bits) * TAGS];
    SparseWeights.read(in, w);
    return new QuoteTagger(bits, w, tr);
  }

  /** Writes this model (deterministic bytes: the gzip header carries no time). */
  public void write(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(bits);
    for (float f : transitions) {
      out.writeFloat(f);
    }
    SparseWeights.write(out, weights);
    out.flush();
    gz.finish();
  }

  // ---------------------------------------------------------------- tagging

  /** The tags of the tokens of sentence {@code sentence} of {@code a}. */
  byte[] tag(Article a, CueLexicon cues, boolean[] inDirect, int sentence) {
    var s = a.sentence(sentence);
    int[][] f = features(a, cues, inDirect, s.firstToken(), s.endToken(), bits);
    return viterbi(f, weights, transitions);
  }

  private static byte[] viterbi(int[][] f, float[] w, float[] tr) {
    int n = f.length;
    byte[] out = new byte[n];
    if (n == 0) {
      return out;
    }
    float[] score = new float[n * TAGS];
    byte[] back = new byte[n * TAGS];
    float[] emit = new float[TAGS];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(emit, 0f);
      for (int row : f[i]) { // a row's weights lie side by side: one cache line
        int base = row * TAGS;
        for (int y = 0; y < TAGS; y++) {
          emit[y] += w[base + y];
        }
      }
      for (int y = 0; y < TAGS; y++) {
        float e = emit[y];
        if (i == 0) {
          score[y] = e + tr[TAGS * TAGS + y];
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < TAGS; p++) {
          float v = score[(i - 1) * TAGS + p] + tr[p * TAGS + y];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        score[i * TAGS + y] = best + e;
        back[i * TAGS + y] = (byte) arg;
      }
    }
    int y = 0;
    for (int k = 1; k < TAGS; k++) {
      if (score[(n - 1) * TAGS + k] > score[(n - 1) * TAGS + y]) {
        y = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = (byte) y;
      y = back[i * TAGS + y];
    }
    return out;
  }

  // ---------------------------------------------------------------- training

  /**
   * Trains a model on {@code train}; after every pass scores {@code dev} (content tokens: precision, recall, F1)
   * and reports a line to {@code log}. Deterministic for the same input and options.
   */
  public static QuoteTagger train(List<Example> train, List<Example> dev, Options opt, Resources resources,
                                  Consumer<String> log) {
    CueLexicon cues = CueLexicon.load(resources);
    List<int[][]> feats = new ArrayList<>();
    List<byte[]> gold = new ArrayList<>();
    for (Example ex : train) {
      boolean[] direct = QuoteFinder.directTokens(ex.article());
      for (int s = 0; s < ex.article().sentenceCount(); s++) {
        var sen = ex.article().sentence(s);
        if (sen.endToken() > sen.firstToken()) {
          feats.add(features(ex.article(), cues, direct, sen.firstToken(), sen.endToken(), opt.bits()));
          gold.add(java.util.Arrays.copyOfRange(ex.tags(), sen.firstToken(), sen.endToken()));
        }
      }
    }
    int size = (1 << opt.bits()) * TAGS;
    float[] w = new float[size];
    float[] acc = new float[size]; // sum of step * update, for averaging
    float[] tr = new float[(TAGS + 1) * TAGS];
    float[] trAcc = new float[tr.length];
    int[] order = new int[feats.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(opt.seed());
    int step = 1;
    QuoteTagger model = null;
    for (int it = 1; it <= opt.iterations(); it++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int k : order) {
        int[][] f = feats.get(k);
        byte[] g = gold.get(k);
        byte[] p = viterbi(f, w, tr);
        for (int i = 0; i < f.length; i++) {
          if (p[i] != g[i]) {
            for (int row : f[i]) {
              w[row * TAGS + g[i]] += 1;
              acc[row * TAGS + g[i]] += step;
              w[row * TAGS + p[i]] -= 1;
              acc[row * TAGS + p[i]] -= step;
            }
          }
          int gp = i == 0 ? TAGS : g[i - 1];
          int pp = i == 0 ? TAGS : p[i - 1];
          if (gp != pp || g[i] != p[i]) {
            tr[gp * TAGS + g[i]] += 1;
            trAcc[gp * TAGS + g[i]] += step;
            tr[pp * TAGS + p[i]] -= 1;
            trAcc[pp * TAGS + p[i]] -= step;
          }
        }
        step++;
      }
      model = new QuoteTagger(opt.bits(), SparseWeights.averaged(w, acc, step),
          SparseWeights.averaged(tr, trAcc, step));
      double[] prf = model.score(dev, cues);
      log.accept(String.format(Locale.ROOT, "iteration %d: dev content tokens p=%.4f r=%.4f f1=%.4f", it, prf[0],
          prf[1], prf[2]));
    }
    return model;
  }

  /** Precision, recall and F1 of content tokens (begin or inside) over {@code examples}. */
  public double[] score(List<Example> examples, Resources resources) {
    return score(examples, CueLexicon.load(resources));
  }

  double[] score(List<Example> examples, CueLexicon cues) {
    long tp = 0;
    long predicted = 0;
    long goldN = 0;
    for (Example ex : examples) {
      boolean[] direct = QuoteFinder.directTokens(ex.article());
      for (int s = 0; s < ex.article().sentenceCount(); s++) {
        var sen = ex.article().sentence(s);
        byte[] p = tag(ex.article(), cues, direct, s);
        for (int i = 0; i < p.length; i++) {
          boolean g = ex.tags()[sen.firstToken() + i] == BEGIN || ex.tags()[sen.firstToken() + i] == INSIDE;
          boolean q = p[i] == BEGIN || p[i] == INSIDE;
          tp += g && q ? 1 : 0;
          predicted += q ? 1 : 0;
          goldN += g ? 1 : 0;
        }
      }
    }
    double pr = predicted == 0 ? 0 : tp / (double) predicted;
    double rc = goldN == 0 ? 0 : tp / (double) goldN;
    return new double[] {pr, rc, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc)};
  }

  // ---------------------------------------------------------------- features

  private static final long THAT = hashWord("that", 0, 4);
  private static final long COMMA = hashWord(",", 0, 1);
  private static final long ACCORDING = hashWord("according", 0, 9);
  private static final long START = hashWord("<s>", 0, 3);
  private static final long END = hashWord("</s>", 0, 4);
  private static final long NONE = hashWord("-", 0, 1);

  /**
   * The hashed feature rows of each token of [first, end). Words are hashed straight from the text, lower-cased
   * char by char, so that tagging allocates no strings (speed, issue 5).
   */
  static int[][] features(Article a, CueLexicon cues, boolean[] inDirect, int first, int end, int bits) {
    int n = end - first;
    String text = a.text();
    long[] w = new long[n]; // lower-case word hashes
    long[] suffix = new long[n];
    int[] shape = new int[n];
    long[] cue = new long[n]; // the hash of the lexicon lemma of the cue covering each token, or 0
    for (int i = 0; i < n; i++) {
      int s = a.tokenStart(first + i);
      int e = a.tokenEnd(first + i);
      w[i] = hashWord(text, s, e);
      suffix[i] = e - s > 3 ? hashWord(text, e - 3, e) : w[i];
      shape[i] = shape(text, s, e);
    }
    for (int i = 0; i < n; i++) {
      CueLexicon.Match m = cues.at(a, first + i, i == 0);
      if (m != null) {
        long lemma = hashWord(m.cue().lemma(), 0, m.cue().lemma().length());
        for (int t = m.first(); t < m.end() && t < end; t++) {
          cue[t - first] = lemma;
        }
      }
    }
    int[] leftCue = new int[n]; // index of the last cue token before i, or -1
    int[] rightCue = new int[n]; // index of the first cue token after i, or -1
    int[] since = new int[n]; // 1: "that" since the left cue, 2: a comma
    int last = -1;
    int seen = 0;
    for (int i = 0; i < n; i++) {
      leftCue[i] = last;
      since[i] = seen;
      if (cue[i] != 0) {
        last = i;
        seen = 0;
      } else if (w[i] == THAT) {
        seen |= 1;
      } else if (w[i] == COMMA) {
        seen |= 2;
      }
    }
    int next = -1;
    for (int i = n - 1; i >= 0; i--) {
      rightCue[i] = next;
      if (cue[i] != 0) {
        next = i;
      }
    }
    int according = -1;
    for (int i = 0; i < n; i++) {
      if (w[i] == ACCORDING) {
        according = i;
        break;
      }
    }
    int[][] out = new int[n][];
    int shift = 64 - bits;
    for (int i = 0; i < n; i++) {
      long p1 = i > 0 ? w[i - 1] : START;
      long p2 = i > 1 ? w[i - 2] : START;
      long n1 = i + 1 < n ? w[i + 1] : END;
      long n2 = i + 2 < n ? w[i + 2] : END;
      long ld = leftCue[i] < 0 ? 99 : bucket(i - leftCue[i]) * 4 + since[i];
      int[] rows = new int[23];
      rows[0] = row(1, 0, shift);
      rows[1] = row(2, w[i], shift);
      rows[2] = row(3, p1, shift);
      rows[3] = row(4, n1, shift);
      rows[4] = row(5, p2, shift);
      rows[5] = row(6, n2, shift);
      rows[6] = row(7, mix(p1, w[i]), shift);
      rows[7] = row(8, mix(w[i], n1), shift);
      rows[8] = row(9, shape[i], shift);
      rows[9] = row(10, suffix[i], shift);
      rows[10] = row(11, cue[i] == 0 ? NONE : cue[i], shift);
      rows[11] = row(12, i > 0 && cue[i - 1] != 0 ? cue[i - 1] : NONE, shift);
      rows[12] = row(13, i + 1 < n && cue[i + 1] != 0 ? cue[i + 1] : NONE, shift);
      rows[13] = row(14, ld, shift);
      rows[14] = row(15, leftCue[i] < 0 ? NONE : mix(cue[leftCue[i]], since[i] & 1), shift);
      rows[15] = row(16, rightCue[i] < 0 ? 99 : bucket(rightCue[i] - i), shift);
      rows[16] = row(17, rightCue[i] < 0 ? NONE : cue[rightCue[i]], shift);
      boolean q = inDirect[first + i];
      boolean qp = i > 0 && inDirect[first + i - 1];
      rows[17] = row(18, (q ? 2 : 0) + (qp ? 1 : 0), shift);
      rows[18] = row(19, bucket(i) * 16 + bucket(n - 1 - i), shift);
      rows[19] = row(20, according < 0 ? 0 : according < i ? 1 : according == i ? 2 : 3, shift);
      rows[20] = row(21, ld * 4096 + shape[i], shift);
      rows[21] = row(22, (i > 0 ? shape[i - 1] : 4095) * 4096L + shape[i], shift);
      rows[22] = row(23, mix(ld, p1), shift);
      out[i] = rows;
    }
    return out;
  }

  /** 0-3, then 4 for 4-6, 5 for 7-10, 6 for 11-20, 7 beyond. */
  private static int bucket(int d) {
    return d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7;
  }

  /**
   * The classes of a word's chars (upper, lower, digit, other), runs collapsed, up to four, packed in 3 bits
   * each ("Xx" for "Putin", "d" for "2016").
   */
  private static int shape(String text, int s, int e) {
    int code = 0;
    int prev = -1;
    int count = 0;
    for (int i = s; i < e && count < 4; i++) {
      char c = text.charAt(i);
      int k = Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? 2 : Character.isDigit(c) ? 3 : 4;
      if (k != prev) {
        code = code * 8 + k;
        prev = k;
        count++;
      }
    }
    return code;
  }

  /** The FNV-1a hash of chars [s, e) of {@code text}, lower-cased; the speaker ranker hashes words the same way. */
  static long hashWord(String text, int s, int e) {
    long h = 0xCBF29CE484222325L;
    for (int i = s; i < e; i++) {
      h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x100000001B3L;
    }
    return h;
  }

  private static long mix(long a, long b) {
    long h = a * 0x9E3779B97F4A7C15L + b;
    return h ^ (h >>> 31) * 0xBF58476D1CE4E5B9L;
  }

  /** The weight row of feature {@code value} of template {@code template}. */
  private static int row(int template, long value, int shift) {
    long h = mix(template * 0xD6E8FEB86659FD93L, value);
    h = (h ^ (h >>> 32)) * 0x94D049BB133111EBL;
    return (int) ((h ^ (h >>> 29)) >>> shift);
  }
}

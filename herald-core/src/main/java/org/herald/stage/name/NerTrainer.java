package org.herald.stage.name;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.herald.pipeline.Resources;

/**
 * Trains the name stage's {@link NerModel}, either with an averaged structured perceptron (each pass visits the
 * training sentences in an order drawn from a fixed seed, decodes each with Viterbi and moves the weights towards
 * the gold tags; the shipped weights are the average over all steps) or as a CRF ({@link NerCrf}: the same model
 * and features, learnt by minimising the log-loss). The same data, options and dictionaries give the same model,
 * byte for byte. Not thread-safe.
 */
public final class NerTrainer {
  /**
   * One training or development sentence: its words, their CoNLL tags (IOB1 or IOB2, e.g. "I-PER") and the
   * number of its document (the second pass looks at the other sentences of the same document).
   */
  public record Sentence(String[] words, String[] tags, int doc) {
    /** A sentence of document 0. */
    public Sentence(String[] words, String[] tags) {
      this(words, tags, 0);
    }

    public Sentence {
      Objects.requireNonNull(words, "words");
      Objects.requireNonNull(tags, "tags");
      if (words.length != tags.length) {
        throw new IllegalArgumentException("words and tags differ in length: " + words.length + " vs " + tags.length);
      }
    }
  }

  /** How the weights are learnt. */
  public enum Learner {
    /** Averaged structured perceptron. */
    PERCEPTRON,
    /** Conditional random field: log-loss, L2, AdaGrad (see {@link NerCrf}). */
    CRF
  }

  /**
   * Training options.
   *
   * @param iterations passes over the training sentences
   * @param bits the weight table has 2^bits rows (feature hashing)
   * @param seed seed of the sentence order
   * @param folds jack-knife folds for the second (document) pass; 0: no second pass
   * @param docIterations passes of the second pass
   * @param docStep the second pass's perceptron step (its weights add to the first pass's fixed scores, so the
   *     step sets how fast they grow against those), or its AdaGrad base step when it is a CRF
   * @param runs each first-pass model is the mean of this many averaged perceptrons, each visiting the sentences
   *     in its own order (seeds {@code seed}, {@code seed + 1}…): a cheap ensemble that costs nothing at run time
   * @param learner how the first pass is learnt
   * @param docLearner how the second pass is learnt
   * @param l2 the CRF's L2 strength c: it minimises the summed log-loss plus {@code (c/2)|w|^2}
   * @param rate the first-pass CRF's AdaGrad base step
   * @param margin the CRFs' softmax-margin cost (see {@link NerCrf.Settings}); 0: plain log-loss
   */
  public record Options(int iterations, int bits, long seed, int folds, int docIterations, float docStep, int runs,
                        Learner learner, Learner docLearner, float l2, float rate, float margin) {
    public Options {
      Objects.requireNonNull(learner, "learner");
      Objects.requireNonNull(docLearner, "docLearner");
      if (iterations < 1 || bits < 8 || bits > 24 || folds < 0 || folds == 1 || folds > 20 || runs < 1 || runs > 16
          || folds > 0 && (docIterations < 1 || !(docStep > 0)) || !(l2 >= 0) || !(rate > 0) || !(margin >= 0)) {
        throw new IllegalArgumentException("bad options: iterations=" + iterations + " bits=" + bits
            + " folds=" + folds + " docIterations=" + docIterations + " l2=" + l2 + " rate=" + rate);
      }
    }

    /** Perceptrons in both passes. */
    public Options(int iterations, int bits, long seed, int folds, int docIterations, float docStep, int runs) {
      this(iterations, bits, seed, folds, docIterations, docStep, runs, Learner.PERCEPTRON, Learner.PERCEPTRON,
          L2_DEFAULT, RATE_DEFAULT, 0);
    }

    /** One pass only (no document features). */
    public Options(int iterations, int bits, long seed) {
      this(iterations, bits, seed, 0, 0, 1, 1);
    }

    /** One perceptron run per first-pass model. */
    public Options(int iterations, int bits, long seed, int folds, int docIterations, float docStep) {
      this(iterations, bits, seed, folds, docIterations, docStep, 1);
    }

    public static Options defaults() {
      return new Options(10, 20, 42, 5, 2, 10, RUNS_DEFAULT);
    }
  }

  static final float L2_DEFAULT = 1;
  static final float RATE_DEFAULT = 0.1f;

  static final int RUNS_DEFAULT = 1;

  /** Scores on the development sentences after one pass (entity-level exact match). */
  public record Epoch(int iteration, double f1, double precision, double recall) {
  }

  private final Lexicon lexicon;
  private final Map<String, String> clusters;
  private final List<Map<String, String>> classes;
  private final List<Epoch> epochs = new ArrayList<>();
  private NerModel model;

  NerTrainer(Lexicon lexicon, Map<String, String> clusters) {
    this(lexicon, clusters, List.of());
  }

  NerTrainer(Lexicon lexicon, Map<String, String> clusters, List<Map<String, String>> classes) {
    this.lexicon = lexicon;
    this.clusters = Map.copyOf(clusters);
    this.classes = List.copyOf(classes);
  }

  /** A trainer whose dictionary features come from the name stage's own tables in {@code resources}. */
  public static NerTrainer withDictionaries(Resources resources, Map<String, String> clusters) {
    return withDictionaries(resources, clusters, List.of());
  }

  /**
   * A trainer whose dictionary features come from the name stage's own tables in {@code resources}, with
   * hierarchical word clusters and flat word class tables (see {@link WordClusters}).
   */
  public static NerTrainer withDictionaries(Resources resources, Map<String, String> clusters,
                                            List<Map<String, String>> classes) {
    return new NerTrainer(new Lexicon(Objects.requireNonNull(resources, "resources")), clusters, classes);
  }

  /** Scores on the development sentences, one per pass. */
  public List<Epoch> epochs() {
    return List.copyOf(epochs);
  }

  /** Writes the trained model (see {@link NerModel#save}). */
  public void save(OutputStream out) throws IOException {
    if (model == null) {
      throw new IllegalStateException("train() first");
    }
    model.save(out);
  }

  NerModel model() {
    return model;
  }

  private record Encoded(int[][] feats, int[] gold, int doc, String[] words) {
  }

  /** Learnt weights and transitions. */
  record Weights(float[] w, float[] t) {
  }

  /**
   * Trains on {@code train}, scoring {@code dev} (may be empty) after every pass; {@code log} gets one line per
   * pass. With folds, the second (document) pass is trained on first-pass tags of each fold of training documents
   * from a model trained on the other folds.
   */
  public void train(List<Sentence> train, List<Sentence> dev, Options options, Consumer<String> log) {
    int bits = options.bits();
    NerFeatures features = new NerFeatures(lexicon, clusters, classes);
    NerModel probe = new NerModel(bits, new float[NerModel.L << bits], new float[(NerModel.L + 1) * NerModel.L],
        features);
    Map<String, long[][]> wordCache = new HashMap<>();
    List<Encoded> tr = encode(train, features, probe, wordCache);
    List<Encoded> dv = encode(dev, features, probe, wordCache);
    wordCache.clear();
    epochs.clear();
    Weights full = perceptron(tr, dv, options, log, true);
    if (options.folds() == 0) {
      model = new NerModel(bits, full.w(), full.t(), features);
      return;
    }
    int folds = options.folds();
    float[][] em = new float[tr.size()][];
    int[][] first = new int[tr.size()][];
    float[][] foldT = new float[tr.size()][];
    List<Integer> ids = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      ids.add(f);
    }
    ids.parallelStream().forEach(f -> {
      List<Encoded> rest = new ArrayList<>();
      for (Encoded e : tr) {
        if (Math.floorMod(e.doc(), folds) != f) {
          rest.add(e);
        }
      }
      Weights m = perceptron(rest, List.of(), options, x -> { }, false);
      for (int i = 0; i < tr.size(); i++) {
        Encoded e = tr.get(i);
        if (Math.floorMod(e.doc(), folds) == f) {
          em[i] = emissions(e, m.w());
          first[i] = NerModel.viterbi(em[i], e.gold().length, m.t());
          foldT[i] = m.t();
        }
      }
      log.accept("fold " + (f + 1) + " of " + folds + " tagged");
    });
    int[][][] df = documentFeatures(tr, first);
    Prf held = new Prf();
    for (int i = 0; i < tr.size(); i++) {
      held.add(tr.get(i).gold(), first[i]);
    }
    log.accept(String.format(Locale.ROOT, "jack-knifed first pass on train: f1=%.4f", held.f1()));
    float[][] dvEm = new float[dv.size()][];
    int[][] dvFirst = new int[dv.size()][];
    for (int i = 0; i < dv.size(); i++) {
      dvEm[i] = emissions(dv.get(i), full.w());
      dvFirst[i] = NerModel.viterbi(dvEm[i], dv.get(i).gold().length, full.t());
    }
    int[][][] dvDf = documentFeatures(dv, dvFirst);
    Weights doc = documentPass(tr, dv, em, foldT, df, dvEm, dvDf, full, options.docLearner(), options.docStep(),
        options.docIterations(), options, log, true);
    model = new NerModel(bits, full.w(), full.t(), features, doc.w(), doc.t());
  }

  /**
   * Learns the document pass's weights over fixed first-pass scores: jack-knifed ones ({@code em}, {@code foldT})
   * on train, the full first-pass model's ({@code dvEm}, {@code full}) on dev, scored after each pass.
   */
  private Weights documentPass(List<Encoded> tr, List<Encoded> dv, float[][] em, float[][] foldT, int[][][] df,
                               float[][] dvEm, int[][][] dvDf, Weights full, Learner learner, float step,
                               int passes, Options options, Consumer<String> log, boolean record) {
    int L = NerModel.L;
    if (learner == Learner.CRF) {
      List<NerCrf.Item> items = new ArrayList<>(tr.size());
      for (int i = 0; i < tr.size(); i++) {
        items.add(new NerCrf.Item(df[i], tr.get(i).gold(), em[i], foldT[i]));
      }
      NerCrf.Settings settings = new NerCrf.Settings(passes, options.l2(), step, options.seed() + 1,
          options.margin());
      Weights doc = NerCrf.train(items, DocFeatures.COUNT, settings, (it, loss, w, t) -> {
        if (dv.isEmpty()) {
          return;
        }
        Prf prf = new Prf();
        float[] trans = DocFeatures.add(full.t(), t);
        for (int i = 0; i < dv.size(); i++) {
          float[] x = dvEm[i].clone();
          DocFeatures.addWeights(x, dvDf[i], w);
          prf.add(dv.get(i).gold(), NerModel.viterbi(x, x.length / L, trans));
        }
        if (record) {
          epochs.add(new Epoch(options.iterations() + it, prf.f1(), prf.precision(), prf.recall()));
        }
        log.accept(String.format(Locale.ROOT, "document pass %d: loss %.4f, dev f1=%.4f p=%.4f r=%.4f", it, loss,
            prf.f1(), prf.precision(), prf.recall()));
      });
      return doc;
    }
    float[] dw = new float[DocFeatures.COUNT * L];
    double[] du = new double[dw.length];
    float[] dt = new float[(L + 1) * L];
    double[] dtu = new double[dt.length];
    Random random = new Random(options.seed() + 1);
    int[] order = identity(tr.size());
    long c = 1;
    float[] adw = dw;
    float[] adt = dt;
    for (int it = 1; it <= passes; it++) {
      shuffle(order, random);
      int mistakes = 0;
      for (int s : order) {
        Encoded e = tr.get(s);
        int n = e.gold().length;
        float[] x = em[s].clone();
        DocFeatures.addWeights(x, df[s], dw);
        int[] pred = NerModel.viterbi(x, n, DocFeatures.add(foldT[s], dt));
        if (update(e.gold(), pred, df[s], dw, du, dt, dtu, c, step)) {
          mistakes++;
        }
        c++;
      }
      adw = average(dw, du, c);
      adt = average(dt, dtu, c);
      Prf trp = new Prf();
      for (int i = 0; i < tr.size(); i++) {
        float[] x = em[i].clone();
        DocFeatures.addWeights(x, df[i], adw);
        trp.add(tr.get(i).gold(), NerModel.viterbi(x, x.length / L, DocFeatures.add(foldT[i], adt)));
      }
      log.accept(String.format(Locale.ROOT, "document pass on train: f1=%.4f", trp.f1()));
      if (!dv.isEmpty()) {
        Prf prf = new Prf();
        float[] trans = DocFeatures.add(full.t(), adt);
        for (int i = 0; i < dv.size(); i++) {
          float[] x = dvEm[i].clone();
          DocFeatures.addWeights(x, dvDf[i], adw);
          prf.add(dv.get(i).gold(), NerModel.viterbi(x, x.length / L, trans));
        }
        if (record) {
          epochs.add(new Epoch(options.iterations() + it, prf.f1(), prf.precision(), prf.recall()));
        }
        log.accept(String.format(Locale.ROOT, "document pass %d: mistakes %d, dev f1=%.4f p=%.4f r=%.4f", it,
            mistakes, prf.f1(), prf.precision(), prf.recall()));
      }
    }
    return new Weights(adw, adt);
  }

  /** One perceptron step on a sentence; whether it was a mistake. */
  private static boolean update(int[] gold, int[] pred, int[][] feats, float[] w, double[] u, float[] t,
                                double[] tu, long c, float step) {
    int n = pred.length;
    int L = NerModel.L;
    boolean same = true;
    for (int i = 0; i < n && same; i++) {
      same = pred[i] == gold[i];
    }
    if (same) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int g = gold[i];
      int p = pred[i];
      if (g != p) {
        for (int f : feats[i]) {
          int rg = f * L + g;
          int rp = f * L + p;
          w[rg] += step;
          u[rg] += step * c;
          w[rp] -= step;
          u[rp] -= step * c;
        }
      }
      int gp = i == 0 ? L : gold[i - 1];
      int pp = i == 0 ? L : pred[i - 1];
      t[gp * L + g] += step;
      tu[gp * L + g] += step * c;
      t[pp * L + p] -= step;
      tu[pp * L + p] -= step * c;
    }
    return true;
  }

  /**
   * The first-pass model: the mean of {@link Options#runs} averaged perceptrons over {@code tr}, each in its own
   * sentence order; the first scores {@code dv} after each pass, and the mean is scored at the end.
   */
  private Weights perceptron(List<Encoded> tr, List<Encoded> dv, Options options, Consumer<String> log,
                             boolean record) {
    Weights sum = perceptron(tr, dv, options, options.seed(), log, record && options.runs() == 1);
    if (options.runs() == 1) {
      return sum;
    }
    for (int r = 1; r < options.runs(); r++) {
      Weights w = perceptron(tr, List.of(), options, options.seed() + r, x -> { }, false);
      for (int i = 0; i < sum.w().length; i++) {
        sum.w()[i] += w.w()[i];
      }
      for (int i = 0; i < sum.t().length; i++) {
        sum.t()[i] += w.t()[i];
      }
    }
    float inv = 1f / options.runs();
    for (int i = 0; i < sum.w().length; i++) {
      sum.w()[i] *= inv;
    }
    for (int i = 0; i < sum.t().length; i++) {
      sum.t()[i] *= inv;
    }
    if (!dv.isEmpty()) {
      Prf prf = new Prf();
      for (Encoded e : dv) {
        prf.add(e.gold(), decode(e, sum.w(), sum.t()));
      }
      if (record) {
        epochs.add(new Epoch(options.iterations(), prf.f1(), prf.precision(), prf.recall()));
      }
      log.accept(String.format(Locale.ROOT, "mean of %d runs: dev f1=%.4f p=%.4f r=%.4f", options.runs(), prf.f1(),
          prf.precision(), prf.recall()));
    }
    return sum;
  }

  private Weights perceptron(List<Encoded> tr, List<Encoded> dv, Options options, long seed, Consumer<String> log,
                             boolean record) {
    if (options.learner() == Learner.CRF) {
      return crf(tr, dv, options, seed, log, record);
    }
    int L = NerModel.L;
    float[] w = new float[L << options.bits()];
    double[] u = new double[w.length];
    float[] t = new float[(L + 1) * L];
    double[] tu = new double[t.length];
    Random random = new Random(seed);
    int[] order = identity(tr.size());
    long c = 1;
    Weights out = null;
    for (int it = 1; it <= options.iterations(); it++) {
      shuffle(order, random);
      int mistakes = 0;
      for (int s : order) {
        Encoded e = tr.get(s);
        int[] pred = decode(e, w, t);
        if (update(e.gold(), pred, e.feats(), w, u, t, tu, c, 1)) {
          mistakes++;
        }
        c++;
      }
      boolean last = it == options.iterations();
      if (dv.isEmpty() && !last) {
        log.accept(String.format(Locale.ROOT, "iteration %d: mistakes %d", it, mistakes));
        continue;
      }
      float[] aw = average(w, u, c);
      float[] at = average(t, tu, c);
      if (!dv.isEmpty()) {
        Prf prf = new Prf();
        for (Encoded e : dv) {
          prf.add(e.gold(), decode(e, aw, at));
        }
        if (record) {
          epochs.add(new Epoch(it, prf.f1(), prf.precision(), prf.recall()));
        }
        log.accept(String.format(Locale.ROOT, "iteration %d: mistakes %d, dev f1=%.4f p=%.4f r=%.4f", it, mistakes,
            prf.f1(), prf.precision(), prf.recall()));
      }
      if (last) {
        out = new Weights(aw, at);
      }
    }
    return out;
  }

  /** The first pass as a CRF (see {@link NerCrf}); scores {@code dv} after each pass. */
  private Weights crf(List<Encoded> tr, List<Encoded> dv, Options options, long seed, Consumer<String> log,
                      boolean record) {
    List<NerCrf.Item> items = new ArrayList<>(tr.size());
    for (Encoded e : tr) {
      items.add(new NerCrf.Item(e.feats(), e.gold(), null, null));
    }
    NerCrf.Settings settings = new NerCrf.Settings(options.iterations(), options.l2(), options.rate(), seed,
        options.margin());
    return NerCrf.train(items, 1 << options.bits(), settings, (it, loss, w, t) -> {
      if (dv.isEmpty()) {
        log.accept(String.format(Locale.ROOT, "iteration %d: loss %.4f", it, loss));
        return;
      }
      Prf prf = new Prf();
      for (Encoded e : dv) {
        prf.add(e.gold(), decode(e, w, t));
      }
      if (record) {
        epochs.add(new Epoch(it, prf.f1(), prf.precision(), prf.recall()));
      }
      log.accept(String.format(Locale.ROOT, "iteration %d: loss %.4f, dev f1=%.4f p=%.4f r=%.4f", it, loss,
          prf.f1(), prf.precision(), prf.recall()));
    });
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = order[i];
      order[i] = order[j];
      order[j] = x;
    }
  }

  /** Document features of each encoded sentence, documents grouped by number (sentences of one document adjoin). */
  private static int[][][] documentFeatures(List<Encoded> sentences, int[][] first) {
    int[][][] out = new int[sentences.size()][][];
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      while (j < sentences.size() && sentences.get(j).doc() == sentences.get(i).doc()) {
        j++;
      }
      String[][] words = new String[j - i][];
      long[][] lower = new long[j - i][];
      int[][] tags = new int[j - i][];
      for (int k = i; k < j; k++) {
        words[k - i] = sentences.get(k).words();
        lower[k - i] = new long[words[k - i].length];
        for (int q = 0; q < lower[k - i].length; q++) {
          lower[k - i][q] = NerModel.lowerHash(words[k - i][q]);
        }
        tags[k - i] = first[k];
      }
      int[][][] df = DocFeatures.of(words, lower, tags);
      System.arraycopy(df, 0, out, i, j - i);
      i = j;
    }
    return out;
  }

  private static float[] average(float[] w, double[] u, long c) {
    float[] a = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      a[i] = (float) (w[i] - u[i] / c);
    }
    return a;
  }

  private static int[] decode(Encoded e, float[] w, float[] t) {
    return NerModel.viterbi(emissions(e, w), e.gold().length, t);
  }

  private static float[] emissions(Encoded e, float[] w) {
    int n = e.gold().length;
    int L = NerModel.L;
    float[] em = new float[n * L];
    for (int i = 0; i < n; i++) {
      int o = i * L;
      for (int f : e.feats()[i]) {
        int r = f * L;
        for (int y = 0; y < L; y++) {
          em[o + y] += w[r + y];
        }
      }
    }
    return em;
  }

  private static List<Encoded> encode(List<Sentence> sentences, NerFeatures features, NerModel probe,
                                      Map<String, long[][]> cache) {
    List<Encoded> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      int n = s.words().length;
      if (n == 0) {
        continue;
      }
      out.add(new Encoded(featureRows(s.words(), features, probe, cache), tagIds(s.tags()), s.doc(), s.words()));
    }
    return out;
  }

  /** The weight rows of every token's features, exactly as {@link NerModel#tag} sums them. */
  static int[][] featureRows(String[] words, NerFeatures features, NerModel probe, Map<String, long[][]> cache) {
    int n = words.length;
    boolean caps = NerFeatures.isCapsSentence(words);
    long[] lower = new long[n];
    long[] shape = new long[n];
    long[][][] wf = new long[n][][];
    for (int i = 0; i < n; i++) {
      lower[i] = NerModel.lowerHash(words[i]);
      shape[i] = NerModel.shapeHash(words[i], caps);
      wf[i] = wordFeatures(words[i], caps, features, cache);
    }
    long[][] before = wordFeatures(NerFeatures.BEFORE, caps, features, cache);
    long[][] after = wordFeatures(NerFeatures.AFTER, caps, features, cache);
    int[][] rows = new int[n][];
    long[] conj = new long[NerModel.MAX_CONJ];
    for (int i = 0; i < n; i++) {
      int size = 0;
      for (int k = -NerFeatures.RADIUS; k <= NerFeatures.RADIUS; k++) {
        int j = i + k;
        long[][] f = j < 0 ? before : j >= n ? after : wf[j];
        size += f[k + NerFeatures.RADIUS].length;
      }
      int nc = NerModel.conjunctions(lower, shape, i, n, conj);
      int[] r = new int[size + nc];
      int q = 0;
      for (int k = -NerFeatures.RADIUS; k <= NerFeatures.RADIUS; k++) {
        int j = i + k;
        long[][] f = j < 0 ? before : j >= n ? after : wf[j];
        for (long h : f[k + NerFeatures.RADIUS]) {
          r[q++] = probe.index(h);
        }
      }
      for (int c = 0; c < nc; c++) {
        r[q++] = probe.index(conj[c]);
      }
      rows[i] = r;
    }
    return rows;
  }

  private static long[][] wordFeatures(String w, boolean caps, NerFeatures features, Map<String, long[][]> cache) {
    return cache.computeIfAbsent((caps ? "1" : "0") + w, x -> {
      long[][] f = new long[NerFeatures.OFFSETS][];
      for (int k = -NerFeatures.RADIUS; k <= NerFeatures.RADIUS; k++) {
        f[k + NerFeatures.RADIUS] = features.wordFeatures(w, caps, k);
      }
      return f;
    });
  }

  /** IOB1 or IOB2 tags as IOB2 tag ids. */
  static int[] tagIds(String[] tags) {
    int[] out = new int[tags.length];
    String prevType = null;
    for (int i = 0; i < tags.length; i++) {
      String tag = tags[i];
      if (tag.length() < 3 || tag.charAt(1) != '-') {
        out[i] = 0;
        prevType = null;
        continue;
      }
      String type = tag.substring(2);
      boolean begin = tag.charAt(0) == 'B' || !type.equals(prevType);
      int id = indexOf((begin ? "B-" : "I-") + type);
      out[i] = id < 0 ? 0 : id;
      prevType = id < 0 ? null : type;
    }
    return out;
  }

  private static int indexOf(String tag) {
    for (int i = 0; i < NerModel.TAGS.length; i++) {
      if (NerModel.TAGS[i].equals(tag)) {
        return i;
      }
    }
    return -1;
  }

  /** Entity-level exact-match counts over IOB2 tag ids. */
  static final class Prf {
    long gold;
    long predicted;
    long correct;

    void add(int[] g, int[] p) {
      List<long[]> gs = spans(g);
      List<long[]> ps = spans(p);
      gold += gs.size();
      predicted += ps.size();
      java.util.Set<List<Long>> set = new java.util.HashSet<>();
      for (long[] s : gs) {
        set.add(List.of(s[0], s[1], s[2]));
      }
      for (long[] s : ps) {
        if (set.contains(List.of(s[0], s[1], s[2]))) {
          correct++;
        }
      }
    }

    static List<long[]> spans(int[] tags) {
      List<long[]> out = new ArrayList<>();
      int i = 0;
      while (i < tags.length) {
        if (tags[i] == 0) {
          i++;
          continue;
        }
        int type = (tags[i] + 1) / 2;
        int j = i + 1;
        while (j < tags.length && tags[j] == type * 2) {
          j++;
        }
        out.add(new long[] {i, j, type});
        i = j;
      }
      return out;
    }

    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}

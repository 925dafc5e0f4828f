package org.herald.stage.quote;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.pipeline.Resources;
import org.herald.stage.name.Entity;
import org.herald.stage.name.Mention;
import org.herald.stage.name.NameStage;

/**
 * A ranker of the candidate speakers of a direct quote, learnt from PolNeAR's train split (issue 5): an averaged
 * perceptron over hashed features that scores each candidate (the attribution rules' own choice, the person,
 * organisation and place mentions and the pronouns of the quote's sentence, the sentence before it and the one
 * after it, and the previous quote's speaker) and keeps the best. Candidates and features come from
 * {@link SpeakerCandidates}; see {@code MODEL-quotes.md}.
 *
 * <p>The model is read from {@code quote-speaker-v1.bin} (gzip: magic, bits, runs of non-zero weights); rebuilt
 * by {@code herald train quote-speakers}. Immutable and thread-safe once built or loaded.
 */
public final class QuoteSpeakerRanker {
  /** The bundled model. */
  public static final String RESOURCE = "quote-speaker-v1.bin";

  private static final int MAGIC = 0x48515332; // "HQS2"

  private final int bits;
  private final float[] weights;

  private QuoteSpeakerRanker(int bits, float[] weights) {
    this.bits = bits;
    this.weights = weights;
  }

  /**
   * Training options.
   *
   * @param iterations passes over the training quotes
   * @param bits the weight table has 2^bits weights
   * @param seed seed of the quote order of each pass of the first run (seed + r for run r)
   * @param runs perceptrons trained on different quote orders, whose weights are averaged
   */
  public record Options(int iterations, int bits, long seed, int runs) {
    public Options {
      if (iterations < 1 || bits < 8 || bits > 24 || runs < 1) {
        throw new IllegalArgumentException("iterations " + iterations + ", bits " + bits + ", runs " + runs);
      }
    }
  }

  /**
   * One training article and its gold direct attributions.
   *
   * @param article an article that holds {@link NameStage#ENTITIES} (the pipeline run up to names)
   * @param contents the content spans of each gold direct attribution
   * @param sources the source spans of each, in the same order (empty when it has none)
   */
  public record Example(Article article, List<List<Span>> contents, List<List<Span>> sources) {
    public Example {
      Objects.requireNonNull(article, "article");
      if (contents.size() != sources.size()) {
        throw new IllegalArgumentException(contents.size() + " contents, " + sources.size() + " sources");
      }
      contents = List.copyOf(contents);
      sources = List.copyOf(sources);
    }
  }

  /** The bundled model. */
  static QuoteSpeakerRanker load(Resources resources) {
    try (InputStream in = resources.open(RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  /** Reads a model written by {@link #write}. */
  public static QuoteSpeakerRanker read(InputStream is) throws IOException {
    SparseWeights.Model model = SparseWeights.open(is, MAGIC, "quote speaker model");
    DataInputStream in = model.in();
    int bits = model.bits();
    float[] w = new float[1 << bits];
    SparseWeights.read(in, w);
    return new QuoteSpeakerRanker(bits, w);
  }

  /** Writes this model (deterministic bytes: the gzip header carries no time). */
  public void write(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(bits);
    SparseWeights.write(out, weights);
    out.flush();
    gz.finish();
  }

  int bits() {
    return bits;
  }

  /** The score of one candidate's feature rows. */
  float score(int[] rows) {
    float s = 0f;
    for (int r : rows) {
      s += weights[r];
    }
    return s;
  }

  /**
   * The index of the best-scoring candidate of {@code c} (the first on ties: the rules' own when it has one).
   * The caller skips quotes whose rules' choice is trusted ({@link SpeakerCandidates#isTrusted}).
   */
  int best(SpeakerCandidates.Choice c) {
    int best = 0;
    float top = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < c.features().length; i++) {
      float s = score(c.features()[i]);
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- training

  /** A quote's candidates with which of them are right, for training and scoring. */
  private record Labelled(int[][] features, boolean[] right, boolean ruleRight, boolean trusted) {
  }

  /**
   * Trains a model on {@code train}; after every pass scores {@code dev} (speaker accuracy of the rules and of the
   * ranker over the direct quotes that overlap a gold direct content with a source) and reports a line to
   * {@code log}. Deterministic for the same input and options.
   */
  public static QuoteSpeakerRanker train(List<Example> train, List<Example> dev, Options opt, Resources resources,
                                         Consumer<String> log) {
    CueLexicon cues = CueLexicon.load(resources);
    return fit(labelled(train, cues, opt.bits()), labelled(dev, cues, opt.bits()), opt, log);
  }

  /**
   * Speaker accuracy of the rules and of the ranker over {@code folds}-fold cross-validation on {@code train}
   * (articles dealt to folds in turn): a steadier view than one small dev split for choosing features.
   */
  public static double[] crossValidate(List<Example> train, int folds, Options opt, Resources resources) {
    CueLexicon cues = CueLexicon.load(resources);
    List<List<Labelled>> parts = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      parts.add(new ArrayList<>());
    }
    for (int i = 0; i < train.size(); i++) {
      parts.get(i % folds).addAll(labelled(List.of(train.get(i)), cues, opt.bits()));
    }
    double rules = 0;
    double ranked = 0;
    int n = 0;
    for (int f = 0; f < folds; f++) {
      List<Labelled> rest = new ArrayList<>();
      for (int g = 0; g < folds; g++) {
        if (g != f) {
          rest.addAll(parts.get(g));
        }
      }
      QuoteSpeakerRanker m = fit(rest, List.of(), opt, line -> { });
      double[] s = m.accuracy(parts.get(f));
      rules += s[0] * parts.get(f).size();
      ranked += s[1] * parts.get(f).size();
      n += parts.get(f).size();
    }
    return new double[] {rules / n, ranked / n};
  }

  private static QuoteSpeakerRanker fit(List<Labelled> tr, List<Labelled> dv, Options opt, Consumer<String> log) {
    int size = 1 << opt.bits();
    List<Labelled> usable = new ArrayList<>();
    for (Labelled l : tr) {
      for (boolean r : l.right()) {
        if (r) {
          usable.add(l);
          break;
        }
      }
    }
    log.accept(String.format(Locale.ROOT, "train quotes judged %d, with a right candidate %d; dev judged %d",
        tr.size(), usable.size(), dv.size()));
    // the mean of several averaged perceptrons, each on its own quote order: one order's luck moves dev by
    // +-0.004, the mean far less
    double[] sum = new double[size];
    for (int run = 0; run < opt.runs(); run++) {
      float[] w = perceptron(usable, opt.iterations(), new Random(opt.seed() + run), size);
      for (int i = 0; i < size; i++) {
        sum[i] += w[i];
      }
      QuoteSpeakerRanker one = new QuoteSpeakerRanker(opt.bits(), w);
      double[] s = one.accuracy(dv);
      log.accept(String.format(Locale.ROOT, "run %d (seed %d): dev direct speakers rules %.4f ranker %.4f", run + 1,
          opt.seed() + run, s[0], s[1]));
    }
    float[] mean = new float[size];
    for (int i = 0; i < size; i++) {
      float v = (float) (sum[i] / opt.runs());
      mean[i] = Math.abs(v) < 1e-3f ? 0f : v;
    }
    QuoteSpeakerRanker model = new QuoteSpeakerRanker(opt.bits(), mean);
    double[] s = model.accuracy(dv);
    log.accept(String.format(Locale.ROOT, "mean of %d runs: dev direct speakers rules %.4f ranker %.4f", opt.runs(),
        s[0], s[1]));
    return model;
  }

  /** The averaged weights of {@code iterations} perceptron passes over {@code usable} in orders drawn from random. */
  private static float[] perceptron(List<Labelled> usable, int iterations, Random random, int size) {
    float[] w = new float[size];
    float[] acc = new float[size];
    int[] order = new int[usable.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int step = 1;
    for (int it = 1; it <= iterations; it++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int k : order) {
        Labelled l = usable.get(k);
        int pred = argmax(l.features(), w, null);
        if (!l.right()[pred]) {
          int gold = argmax(l.features(), w, l.right());
          for (int r : l.features()[gold]) {
            w[r] += 1;
            acc[r] += step;
          }
          for (int r : l.features()[pred]) {
            w[r] -= 1;
            acc[r] -= step;
          }
        }
        step++;
      }
    }
    return SparseWeights.averaged(w, acc, step);
  }

  /** Speaker accuracy on the dev articles: of the rules, then of the ranker. */
  public double[] score(List<Example> examples, Resources resources) {
    return accuracy(labelled(examples, CueLexicon.load(resources), bits));
  }

  private double[] accuracy(List<Labelled> ls) {
    int rules = 0;
    int ranked = 0;
    for (Labelled l : ls) {
      rules += l.ruleRight() ? 1 : 0;
      ranked += l.trusted() ? (l.ruleRight() ? 1 : 0)
          : l.features().length > 0 && l.right()[argmax(l.features(), weights, null)] ? 1 : 0;
    }
    return new double[] {ls.isEmpty() ? 0 : rules / (double) ls.size(), ls.isEmpty() ? 0 : ranked / (double) ls.size()};
  }

  private static int argmax(int[][] f, float[] w, boolean[] only) {
    int best = -1;
    float top = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < f.length; i++) {
      if (only != null && !only[i]) {
        continue;
      }
      float s = 0f;
      for (int r : f[i]) {
        s += w[r];
      }
      if (best < 0 || s > top) {
        top = s;
        best = i;
      }
    }
    return Math.max(best, 0);
  }

  /**
   * The candidate sets of the direct quotes the rules find in {@code examples} that overlap a gold direct content
   * with a source, each candidate marked right when its span, or a mention of its entity, overlaps that source
   * (as {@code eval quotes} judges a speaker, less its lenient match by name: "Clinton" would mark every Clinton
   * right, and training on those labels scored 0.0029 lower on dev).
   */
  private static List<Labelled> labelled(List<Example> examples, CueLexicon cues, int bits) {
    List<Labelled> out = new ArrayList<>();
    for (Example ex : examples) {
      Article a = ex.article();
      List<Entity> entities = a.layer(NameStage.ENTITIES);
      Map<String, Entity> byId = new HashMap<>();
      for (Entity e : entities) {
        byId.put(e.id(), e);
      }
      QuoteFinder finder = new QuoteFinder(a, cues, MentionIndex.of(entities), null, null);
      for (SpeakerCandidates.Choice c : finder.choices(bits)) {
        int bestOverlap = 0;
        int gold = -1;
        for (int g = 0; g < ex.contents().size(); g++) {
          int o = overlap(ex.contents().get(g), c.start(), c.end());
          if (o > bestOverlap) {
            bestOverlap = o;
            gold = g;
          }
        }
        if (gold < 0 || ex.sources().get(gold).isEmpty()) {
          continue;
        }
        List<Span> source = ex.sources().get(gold);
        boolean[] right = new boolean[c.speakers().length];
        for (int i = 0; i < right.length; i++) {
          right[i] = isRight(c.speakers()[i], source, byId);
        }
        out.add(new Labelled(c.features(), right, c.ruleFirst() && right.length > 0 && right[0],
            SpeakerCandidates.isTrusted(c.via(), c.ruleFirst())));
      }
    }
    return out;
  }

  private static boolean isRight(QuoteFinder.Speaker sp, List<Span> source, Map<String, Entity> byId) {
    if (sp.span() != null && overlap(source, sp.span().start(), sp.span().end()) > 0) {
      return true;
    }
    Entity e = sp.id() == null ? null : byId.get(sp.id());
    if (e != null) {
      for (Mention m : e.mentions()) {
        if (overlap(source, m.start(), m.end()) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int overlap(List<Span> spans, int start, int end) {
    int o = 0;
    for (Span s : spans) {
      o += Math.max(0, Math.min(s.end(), end) - Math.max(s.start(), start));
    }
    return o;
  }
}

package org.herald.stage.name;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the weights of {@link NerModel}'s linear chain as a conditional random field: it minimises the negative
 * log-likelihood of the gold tags (forward-backward over the same allowed tag pairs the Viterbi decoder uses: no
 * I-X except after B-X or I-X, none at a sentence start) plus an L2 penalty {@code (c/2)|w|^2}, one sentence a
 * step, with AdaGrad's per-weight steps. The penalty is applied lazily: a weight row decays for the steps it
 * missed only when a sentence next uses it (and every row at the end of a pass), so a step costs only the rows the
 * sentence touches. The same items, settings and seed give the same weights. Not thread-safe; separate instances
 * of the method may run in parallel.
 */
final class NerCrf {
  private static final int L = NerModel.L;

  private NerCrf() {
  }

  /**
   * One training sentence: the weight rows of each token's features, the gold tag ids, and fixed emission scores
   * (n rows of L) and transitions added to the learnt ones ({@code null}: none; the document pass learns on top
   * of the first pass's scores).
   */
  record Item(int[][] feats, int[] gold, float[] baseEm, float[] baseTrans) {
  }

  /**
   * Training settings.
   *
   * @param epochs passes over the items
   * @param c L2 strength over the whole set: the objective is the summed log-loss plus {@code (c/2)|w|^2}
   * @param rate AdaGrad's base step
   * @param seed seed of the item order
   * @param margin softmax-margin (Gimpel and Smith 2010): this cost is added to every wrong tag's score of a token
   *     inside the log-loss's normaliser, so the training aims for a margin on the tokens it gets wrong; 0: the
   *     plain log-loss
   */
  record Settings(int epochs, float c, float rate, long seed, float margin) {
  }

  /** Called after each pass with its mean log-loss and the current weights (not to be kept or changed). */
  interface Listener {
    void after(int epoch, double loss, float[] w, float[] t);
  }

  /** Trains weights of {@code rows} feature rows of L tags and the (L + 1) x L transitions. */
  static NerTrainer.Weights train(List<Item> items, int rows, Settings s, Listener listener) {
    float[] w = new float[rows * L];
    float[] g2 = new float[w.length];
    int[] last = new int[rows];
    float[] t = new float[(L + 1) * L];
    float[] tg2 = new float[t.length];
    double lambda = items.isEmpty() ? 0 : s.c() / items.size(); // the penalty's share of one step
    double rate = s.rate();
    int[] slot = new int[rows]; // 1 + a row's place in this sentence's buffers; 0: not used by it
    int[] touched = new int[256];
    float[] grad = new float[256 * L];
    double[] pair = new double[(L + 1) * L];
    Random random = new Random(s.seed());
    int[] order = new int[items.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int k = 0;
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int x = order[i];
        order[i] = order[j];
        order[j] = x;
      }
      double loss = 0;
      for (int idx : order) {
        Item it = items.get(idx);
        int n = it.gold().length;
        k++;
        int nt = 0;
        for (int[] fs : it.feats()) {
          for (int f : fs) {
            if (slot[f] == 0) {
              if (nt == touched.length) {
                touched = Arrays.copyOf(touched, nt * 2);
                grad = Arrays.copyOf(grad, nt * 2 * L);
              }
              touched[nt++] = f;
              slot[f] = nt;
            }
          }
        }
        for (int q = 0; q < nt; q++) { // the penalty's decay for the steps this row sat out
          int r = touched[q];
          int missed = k - 1 - last[r];
          if (missed > 0 && lambda > 0) {
            decay(w, g2, r, missed, rate, lambda);
          }
        }
        float[] em = it.baseEm() == null ? new float[n * L] : it.baseEm().clone();
        DocFeatures.addWeights(em, it.feats(), w);
        float[] trans = it.baseTrans() == null ? t : DocFeatures.add(it.baseTrans(), t);
        double[] marg = new double[n * L];
        Arrays.fill(pair, 0);
        int[] gold = it.gold();
        float[] augmented = em;
        if (s.margin() > 0) {
          augmented = em.clone();
          for (int i = 0; i < n; i++) {
            for (int y = 0; y < L; y++) {
              augmented[i * L + y] += y == gold[i] ? 0 : s.margin();
            }
          }
        }
        double logZ = forwardBackward(augmented, n, trans, marg, pair);
        double score = 0;
        for (int i = 0; i < n; i++) {
          int prev = i == 0 ? L : gold[i - 1];
          score += em[i * L + gold[i]] + trans[prev * L + gold[i]];
          pair[prev * L + gold[i]] -= 1;
          marg[i * L + gold[i]] -= 1;
        }
        loss += logZ - score;
        Arrays.fill(grad, 0, nt * L, 0f);
        for (int i = 0; i < n; i++) {
          int o = i * L;
          for (int f : it.feats()[i]) {
            int b = (slot[f] - 1) * L;
            for (int y = 0; y < L; y++) {
              grad[b + y] += (float) marg[o + y];
            }
          }
        }
        for (int q = 0; q < nt; q++) {
          int r = touched[q];
          int b = q * L;
          for (int y = 0; y < L; y++) {
            int p = r * L + y;
            float g = grad[b + y];
            g2[p] += g * g;
            if (g2[p] == 0) {
              continue; // never moved: still zero
            }
            double eta = rate / Math.sqrt(g2[p]);
            w[p] = (float) ((w[p] - eta * g) / (1 + eta * lambda));
          }
          last[r] = k;
          slot[r] = 0;
        }
        for (int p = 0; p < t.length; p++) {
          float g = (float) pair[p];
          if (g != 0) {
            tg2[p] += g * g;
            t[p] -= (float) (rate * g / Math.sqrt(tg2[p]));
          }
        }
      }
      if (lambda > 0) {
        for (int r = 0; r < rows; r++) {
          if (k - last[r] > 0) {
            decay(w, g2, r, k - last[r], rate, lambda);
          }
          last[r] = k;
        }
      }
      listener.after(epoch, items.isEmpty() ? 0 : loss / items.size(), w, t);
    }
    return new NerTrainer.Weights(w, t);
  }

  /** The L2 step {@code w / (1 + eta * lambda)} repeated {@code missed} times on row {@code r}. */
  private static void decay(float[] w, float[] g2, int r, int missed, double rate, double lambda) {
    for (int y = 0; y < L; y++) {
      int p = r * L + y;
      if (g2[p] > 0) {
        w[p] = (float) (w[p] * Math.exp(-missed * Math.log1p(rate / Math.sqrt(g2[p]) * lambda)));
      }
    }
  }

  /**
   * Forward-backward over the allowed tag sequences: adds each token's tag marginals to {@code marg} (n rows of
   * L) and the expected count of each transition to {@code pair} ((L + 1) rows of L; row L is the start), and
   * returns log Z. Scaled forward and backward vectors keep it in range.
   */
  static double forwardBackward(float[] em, int n, float[] trans, double[] marg, double[] pair) {
    double[] e = new double[(L + 1) * L];
    for (int x = 0; x <= L; x++) {
      for (int y = 0; y < L; y++) {
        boolean ok = x == L ? y == 0 || (y & 1) == 1 : NerModel.allowed(x, y);
        e[x * L + y] = ok ? Math.exp(trans[x * L + y]) : 0;
      }
    }
    double[] psi = new double[n * L];
    double logZ = 0;
    for (int i = 0; i < n; i++) {
      int o = i * L;
      float mx = em[o];
      for (int y = 1; y < L; y++) {
        mx = Math.max(mx, em[o + y]);
      }
      for (int y = 0; y < L; y++) {
        psi[o + y] = Math.exp(em[o + y] - mx);
      }
      logZ += mx;
    }
    double[] alpha = new double[n * L];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      int o = i * L;
      double sum = 0;
      for (int y = 0; y < L; y++) {
        double a;
        if (i == 0) {
          a = e[L * L + y];
        } else {
          a = 0;
          int p = o - L;
          for (int x = 0; x < L; x++) {
            a += alpha[p + x] * e[x * L + y];
          }
        }
        a *= psi[o + y];
        alpha[o + y] = a;
        sum += a;
      }
      c[i] = sum;
      logZ += Math.log(sum);
      for (int y = 0; y < L; y++) {
        alpha[o + y] /= sum;
      }
    }
    double[] beta = new double[n * L];
    for (int y = 0; y < L; y++) {
      beta[(n - 1) * L + y] = 1;
    }
    for (int i = n - 2; i >= 0; i--) {
      int o = i * L;
      int q = o + L;
      for (int x = 0; x < L; x++) {
        double s = 0;
        for (int y = 0; y < L; y++) {
          s += e[x * L + y] * psi[q + y] * beta[q + y];
        }
        beta[o + x] = s / c[i + 1];
      }
    }
    for (int i = 0; i < n * L; i++) {
      marg[i] += alpha[i] * beta[i];
    }
    for (int y = 0; y < L; y++) {
      pair[L * L + y] += alpha[y] * beta[y];
    }
    for (int i = 1; i < n; i++) {
      int o = i * L;
      int p = o - L;
      for (int x = 0; x < L; x++) {
        double ax = alpha[p + x] / c[i];
        if (ax == 0) {
          continue;
        }
        for (int y = 0; y < L; y++) {
          pair[x * L + y] += ax * e[x * L + y] * psi[o + y] * beta[o + y];
        }
      }
    }
    return logZ;
  }
}

package org.herald.stage.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NerCrfTest {
  private static final int L = NerModel.L;

  private static NerTrainer.Sentence s(String words, String tags, int doc) {
    return new NerTrainer.Sentence(words.split(" "), tags.split(" "), doc);
  }

  private static List<NerTrainer.Sentence> corpus() {
    List<NerTrainer.Sentence> out = new ArrayList<>();
    String[] people = {"Anna Berg", "Tomas Lind", "Maria Holm", "Erik Dahl"};
    String[] places = {"Oslo", "Bergen", "Tromso", "Stavanger"};
    String[] firms = {"Nordic Steel", "Fjord Oil", "Polar Foods", "Coast Bank"};
    for (int i = 0; i < 4; i++) {
      String[] pt = people[i].split(" ");
      out.add(s(people[i] + " visited " + places[i] + " on Monday .", "B-PER I-PER O B-LOC O O O", i));
      out.add(s("Shares in " + firms[i] + " rose in " + places[(i + 1) % 4] + " .", "O O B-ORG I-ORG O O B-LOC O", i));
      out.add(s("Mr " + pt[1] + " said " + firms[(i + 2) % 4] + " would grow .", "O B-PER O B-ORG I-ORG O O O", i));
    }
    return out;
  }

  private static NerTrainer.Options crf(int iterations, int folds, NerTrainer.Learner doc) {
    return new NerTrainer.Options(iterations, 14, 9, folds, 3, 0.1f, 1, NerTrainer.Learner.CRF, doc, 1, 0.3f, 0);
  }

  /** log Z and the marginals by summing over every allowed tag sequence. */
  private static double[] bruteForce(float[] em, int n, float[] trans, double[] marg) {
    double z = 0;
    int[] y = new int[n];
    int total = (int) Math.pow(L, n);
    double[] unnorm = new double[n * L];
    for (int code = 0; code < total; code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        y[i] = c % L;
        c /= L;
      }
      boolean ok = y[0] == 0 || (y[0] & 1) == 1;
      double score = 0;
      for (int i = 0; i < n && ok; i++) {
        int prev = i == 0 ? L : y[i - 1];
        ok = i == 0 || NerModel.allowed(prev, y[i]);
        score += em[i * L + y[i]] + trans[prev * L + y[i]];
      }
      if (!ok) {
        continue;
      }
      double p = Math.exp(score);
      z += p;
      for (int i = 0; i < n; i++) {
        unnorm[i * L + y[i]] += p;
      }
    }
    for (int i = 0; i < unnorm.length; i++) {
      marg[i] = unnorm[i] / z;
    }
    return new double[] {Math.log(z)};
  }

  @Test
  void forwardBackwardAgreesWithSummingEveryAllowedSequence() {
    Random random = new Random(11);
    int n = 4;
    float[] em = new float[n * L];
    float[] trans = new float[(L + 1) * L];
    for (int i = 0; i < em.length; i++) {
      em[i] = (float) (random.nextGaussian() * 2);
    }
    for (int i = 0; i < trans.length; i++) {
      trans[i] = (float) random.nextGaussian();
    }
    double[] marg = new double[n * L];
    double[] pair = new double[(L + 1) * L];
    double logZ = NerCrf.forwardBackward(em, n, trans, marg, pair);
    double[] want = new double[n * L];
    assertThat(logZ).isCloseTo(bruteForce(em, n, trans, want)[0], within(1e-4));
    for (int i = 0; i < want.length; i++) {
      assertThat(marg[i]).isCloseTo(want[i], within(1e-6));
    }
    double starts = 0;
    double moves = 0;
    for (int y = 0; y < L; y++) {
      starts += pair[L * L + y];
      assertThat(pair[L * L + y]).isCloseTo(want[y], within(1e-6)); // the start row is token 0's marginal
    }
    for (int p = 0; p < L * L; p++) {
      moves += pair[p];
      assertThat(NerModel.allowed(p / L, p % L) || pair[p] == 0).isTrue();
    }
    assertThat(starts).isCloseTo(1, within(1e-9));
    assertThat(moves).isCloseTo(n - 1, within(1e-9));
  }

  @Test
  void aCrfLearnsTheCorpusAndTagsUnseenCombinations() {
    NerTrainer t = new NerTrainer(null, Map.of());
    t.train(corpus(), corpus(), crf(10, 0, NerTrainer.Learner.PERCEPTRON), line -> { });
    assertThat(t.epochs()).hasSize(10);
    assertThat(t.epochs().get(9).f1()).isEqualTo(1.0);
    int[] tags = t.model().tag("Maria Holm visited Oslo on Monday .".split(" "));
    assertThat(tags).containsExactly(1, 2, 0, 5, 0, 0, 0);
  }

  @Test
  void moreL2GivesSmallerWeights() {
    double[] norms = new double[2];
    float[] strengths = {0, 50};
    for (int i = 0; i < 2; i++) {
      NerTrainer t = new NerTrainer(null, Map.of());
      t.train(corpus(), List.of(), new NerTrainer.Options(5, 14, 9, 0, 0, 1, 1, NerTrainer.Learner.CRF,
          NerTrainer.Learner.PERCEPTRON, strengths[i], 0.3f, 0), line -> { });
      for (float w : t.model().weights) {
        norms[i] += w * w;
      }
    }
    assertThat(norms[1]).isLessThan(norms[0] * 0.5);
  }

  @Test
  void aSoftmaxMarginWidensTheGapBetweenTheGoldTagAndTheBestOtherTag() {
    double[] gaps = new double[2];
    float[] margins = {0, 2};
    for (int m = 0; m < 2; m++) {
      NerTrainer t = new NerTrainer(null, Map.of());
      t.train(corpus(), List.of(), new NerTrainer.Options(6, 14, 9, 0, 0, 1, 1, NerTrainer.Learner.CRF,
          NerTrainer.Learner.PERCEPTRON, 1, 0.3f, margins[m]), line -> { });
      for (NerTrainer.Sentence s : corpus()) {
        float[] em = t.model().emissions(s.words(), new long[s.words().length]);
        int[] gold = NerTrainer.tagIds(s.tags());
        for (int i = 0; i < gold.length; i++) {
          float other = Float.NEGATIVE_INFINITY;
          for (int y = 0; y < L; y++) {
            if (y != gold[i]) {
              other = Math.max(other, em[i * L + y]);
            }
          }
          gaps[m] += em[i * L + gold[i]] - other;
        }
      }
    }
    assertThat(gaps[0]).isPositive();
    assertThat(gaps[1]).isGreaterThan(gaps[0] * 1.2);
  }

  @Test
  void bothPassesAsCrfsAreReproducibleAndSurviveSaving() throws IOException {
    byte[][] out = new byte[2][];
    NerTrainer last = null;
    for (int i = 0; i < 2; i++) {
      NerTrainer t = new NerTrainer(null, Map.of());
      t.train(corpus(), corpus(), crf(4, 2, NerTrainer.Learner.CRF), line -> { });
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      t.save(b);
      out[i] = b.toByteArray();
      last = t;
    }
    assertThat(out[0]).isEqualTo(out[1]);
    assertThat(last.epochs()).hasSize(7); // four first-pass passes, three document passes
    NerModel back = NerModel.load(new ByteArrayInputStream(out[0]), null);
    assertThat(back.docWeights).isNotNull();
    String[][] doc = {"Maria Holm visited Bergen .".split(" "), "Holm said Polar Foods would grow .".split(" ")};
    assertThat(back.tagDocument(doc)).isDeepEqualTo(last.model().tagDocument(doc));
  }
}

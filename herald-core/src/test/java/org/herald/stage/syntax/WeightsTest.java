package org.herald.stage.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WeightsTest {
  private static float[] scores(Weights w, long... keys) {
    float[] s = new float[w.classes()];
    for (long k : keys) {
      w.addTo(k, s);
    }
    return s;
  }

  @Test
  void aTrainedPerceptronSeparatesTwoClassesByTheirFeature() {
    PerceptronTrainer t = new PerceptronTrainer(2);
    long[] a = {WordForms.key(1, 11)};
    long[] b = {WordForms.key(1, 22)};
    for (int i = 0; i < 5; i++) {
      for (long[][] x : new long[][][] {{a, {0}}, {b, {1}}}) {
        float[] s = new float[2];
        t.score(x[0], 1, s);
        t.tick();
        t.update(x[0], 1, (int) x[1][0], SyntaxModel.argmax(s, null));
      }
    }
    Weights w = t.average(0);
    assertThat(SyntaxModel.argmax(scores(w, a[0]), null)).isZero();
    assertThat(SyntaxModel.argmax(scores(w, b[0]), null)).isOne();
    assertThat(scores(w, WordForms.key(1, 33))).containsExactly(0f, 0f);
  }

  @Test
  void writingAndReadingKeepsEveryWeightToSixteenBits() throws IOException {
    long[] keys = {-5L, 3L, 1L << 40, Long.MAX_VALUE};
    int[] offsets = {0, 2, 3, 3 + 1, 6};
    byte[] cls = {0, 2, 1, 2, 0, 1};
    float[] w = {0.5f, -1.25f, 3f, 1e-3f, -7.75f, 100f};
    Weights weights = new Weights(3, keys, offsets, cls, w);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    weights.write(new DataOutputStream(bytes));
    Weights back = Weights.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(back.features()).isEqualTo(4);
    assertThat(back.entries()).isEqualTo(6);
    assertThat(scores(back, -5L)).containsExactly(new float[] {0.5f, 0, -1.25f}, within(1e-4f));
    assertThat(scores(back, Long.MAX_VALUE)).containsExactly(new float[] {-7.75f, 100f, 0}, within(2e-3f));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(new DataOutputStream(again));
    assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
  }

  @Test
  void chunkTagsFollowIob2() {
    boolean[][] f = SyntaxModel.follows(new String[] {"B-NP", "B-VP", "I-NP", "I-VP", "O"});
    assertThat(f[0]).containsExactly(true, true, false, false, true); // sentence start
    assertThat(f[1]).containsExactly(true, true, true, false, true); // after B-NP
    assertThat(f[4 + 1]).containsExactly(true, true, false, false, true); // after O
  }
}

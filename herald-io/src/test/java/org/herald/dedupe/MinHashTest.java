package org.herald.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinHashTest {
  /** Words w{from} to w{to - 1}, each once. */
  private static String words(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append('w').append(i).append(' ');
    }
    return b.toString();
  }

  private static double estimate(String a, String b) {
    return MinHash.similarity(Fingerprint.of(null, a).signature(), Fingerprint.of(null, b).signature());
  }

  @Test
  void estimatesTheJaccardSimilarityOfTheShingleSetsWithinThreeStandardErrors() {
    // 298 shingles each, 198 shared: Jaccard 198 / 398
    assertThat(estimate(words(0, 300), words(100, 400))).isCloseTo(198.0 / 398, within(0.13));
    // 398 and 298 shingles, 298 shared: Jaccard 0.75
    assertThat(estimate(words(0, 400), words(100, 400))).isCloseTo(298.0 / 398, within(0.13));
  }

  @Test
  void identicalTextsAreOneAndUnrelatedTextsNearZero() {
    assertThat(estimate(words(0, 200), "W0, w1 ... " + words(2, 200))).isEqualTo(1.0);
    assertThat(estimate(words(0, 200), words(1000, 1200))).isLessThan(0.1);
  }
}

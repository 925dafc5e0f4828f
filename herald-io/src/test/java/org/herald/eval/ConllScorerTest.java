package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllScorerTest {
  @Test
  void countsAnEntityOnlyWhenTypeAndBothBoundariesMatch() {
    ConllScorer s = new ConllScorer();
    s.add(List.of("B-PER", "I-PER", "O", "B-LOC", "B-ORG"),
        List.of("B-PER", "I-PER", "O", "B-ORG", "B-ORG"));
    s.add(List.of("B-MISC", "I-MISC"), List.of("B-MISC", "O"));
    assertThat(s.overall().truePositives()).isEqualTo(2);
    assertThat(s.overall().predicted()).isEqualTo(4);
    assertThat(s.overall().gold()).isEqualTo(4);
    assertThat(s.overall().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(s.byType().get("LOC").recall()).isZero();
    assertThat(s.byType().get("ORG").precision()).isEqualTo(0.5);
  }

  @Test
  void readsIob1WhereIStartsAnEntity() {
    assertThat(ConllScorer.chunks(List.of("I-PER", "I-PER", "I-LOC", "B-LOC", "O", "I-ORG")))
        .containsExactly(new ConllScorer.Chunk(0, 2, "PER"), new ConllScorer.Chunk(2, 3, "LOC"),
            new ConllScorer.Chunk(3, 4, "LOC"), new ConllScorer.Chunk(5, 6, "ORG"));
  }

  @Test
  void emptyPredictionsScoreZeroNotNaN() {
    ConllScorer s = new ConllScorer();
    s.add(List.of("B-PER"), List.of("O"));
    assertThat(s.overall().f1()).isZero();
    assertThat(s.overall().precision()).isZero();
  }
}

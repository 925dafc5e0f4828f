package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.eval.TimexScorer.Item;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
  @Test
  void countsExactSpansStrictlyOverlapsRelaxedlyAndEqualValuesOnOverlaps() {
    List<Item> gold = List.of(new Item(0, 7, "2021-04-08"), new Item(20, 31, "P3W"), new Item(40, 44, "1999"));
    List<Item> predicted = List.of(new Item(0, 7, "2021-04-08"), new Item(17, 31, "P3W"), new Item(50, 55, "2000"));
    TimexScorer s = new TimexScorer();
    TimexScorer.Scores doc = s.add(gold, predicted);
    assertThat(doc.strict().truePositives()).isEqualTo(1);
    assertThat(doc.relaxed().truePositives()).isEqualTo(2);
    assertThat(doc.value().truePositives()).isEqualTo(2);
    assertThat(s.relaxed().precision()).isEqualTo(2 / 3.0);
    assertThat(s.relaxed().recall()).isEqualTo(2 / 3.0);
    assertThat(s.strict().f1()).isEqualTo(1 / 3.0);
  }

  @Test
  void aWrongValueCountsForTheExtentButNotForTheValue() {
    TimexScorer s = new TimexScorer();
    s.add(List.of(new Item(5, 12, "2021-04-08")), List.of(new Item(5, 12, "2021-04-01")));
    assertThat(s.strict().f1()).isEqualTo(1.0);
    assertThat(s.relaxed().f1()).isEqualTo(1.0);
    assertThat(s.value().f1()).isZero();
  }

  @Test
  void pairsOneToOnePreferringTheOverlapWithTheRightValue() {
    // gold "1950-1953" as one expression, predicted as two: only one of them may count
    List<Item> gold = List.of(new Item(0, 9, "1950"));
    List<Item> predicted = List.of(new Item(0, 4, "1949"), new Item(5, 9, "1950"));
    TimexScorer.Scores doc = new TimexScorer().add(gold, predicted);
    assertThat(doc.relaxed().truePositives()).isEqualTo(1);
    assertThat(doc.value().truePositives()).isEqualTo(1);
    assertThat(doc.pairs()).contains(new TimexScorer.Pair(0, 1, false, true), new TimexScorer.Pair(-1, 0, false, false));
  }

  @Test
  void emptyDocumentsScoreNothing() {
    TimexScorer s = new TimexScorer();
    s.add(List.of(), List.of());
    assertThat(s.value().f1()).isZero();
    assertThat(s.value().gold()).isZero();
  }
}

package org.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HtmlScorerTest {
  @Test
  void scoresFourTokenShinglesPerPageAndAveragesOverPages() {
    HtmlScorer s = new HtmlScorer();
    HtmlScorer.PageScore exact = s.add("one two three four five", "One, two three four five!");
    assertThat(exact.precision()).isEqualTo(0.5); // case is kept: "One" is not "one"
    HtmlScorer.PageScore extra = s.add("a b c d", "a b c d e");
    // gold has 1 shingle, prediction 2 of which 1 matches: tp=1 fp=1 fn=0, normalised by 2
    assertThat(extra.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(extra.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall()).isCloseTo((0.5 + 1) / 2, within(1e-9));
  }

  @Test
  void splitsWordsOnPunctuationAndKeepsUnicodeLetters() {
    assertThat(HtmlScorer.tokens("Ação, na praça: 2º_lugar!", false)).containsExactly("Ação", "na", "praça", "2º_lugar");
    assertThat(HtmlScorer.tokens("Ação", true)).containsExactly("ação");
  }

  @Test
  void anEmptyPredictionScoresZeroRecall() {
    HtmlScorer s = new HtmlScorer();
    s.add("some gold text here today", "");
    assertThat(s.recall()).isZero();
    assertThat(s.f1()).isZero();
  }
}

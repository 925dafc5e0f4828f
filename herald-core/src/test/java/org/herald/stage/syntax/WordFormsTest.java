package org.herald.stage.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFormsTest {
  @Test
  void spellsCurlyQuotesDashesAndTheEllipsisAsTheTreebankDoes() {
    assertThat(WordForms.treebank(new String[] {"\u201c", "We", "do", "n\u2019t", "\u2014", "Russia", "\u2019s",
        "\u2026", "\u201d", "\u2018", "x", "\u2019", "\u2013"}))
        .containsExactly("``", "We", "do", "n't", "--", "Russia", "'s", "...", "''", "`", "x", "'", "--");
  }

  @Test
  void straightDoubleQuotesAlternateOpeningAndClosingWithinASentence() {
    assertThat(WordForms.treebank(new String[] {"\"", "No", "\"", ",", "he", "said", ",", "\"", "never", "\""}))
        .containsExactly("``", "No", "''", ",", "he", "said", ",", "``", "never", "''");
  }

  @Test
  void spellsTheTreebanksBracketTokensAsBrackets() {
    assertThat(WordForms.treebank(new String[] {"-LRB-", "a", "-RRB-", "-LCB-", "(", "U.S."}))
        .containsExactly("(", "a", ")", "(", "(", "U.S.");
  }

  @Test
  void foldedHashesIgnoreCaseAndReadEveryDigitAsZero() {
    assertThat(WordForms.hash("Russia", 0, 6, true)).isEqualTo(WordForms.hash("RUSSIA", 0, 6, true));
    assertThat(WordForms.hash("1990", 0, 4, true)).isEqualTo(WordForms.hash("2024", 0, 4, true));
    assertThat(WordForms.hash("Russia", 0, 6, false)).isNotEqualTo(WordForms.hash("russia", 0, 6, false));
    assertThat(WordForms.hash("ab", 0, 2, true)).isNotEqualTo(WordForms.hash("abc", 0, 2, true) + 1);
  }

  @Test
  void wordsOfOneShapeShareItsHash() {
    assertThat(WordForms.shape("U.S.")).isEqualTo(WordForms.shape("U.K."));
    assertThat(WordForms.shape("Moscow")).isEqualTo(WordForms.shape("Beijing"));
    assertThat(WordForms.shape("Moscow")).isNotEqualTo(WordForms.shape("moscow"));
    assertThat(WordForms.shape("3,000")).isNotEqualTo(WordForms.shape("3000"));
  }

  @Test
  void featureKeysAreNeverZeroAndDependOnTheTemplate() {
    for (int t = 0; t < 50; t++) {
      assertThat(WordForms.key(t, 0)).isNotZero();
    }
    assertThat(WordForms.key(1, 7)).isNotEqualTo(WordForms.key(2, 7));
    assertThat(WordForms.key(1, 3, 4)).isNotEqualTo(WordForms.key(1, 4, 3));
  }
}

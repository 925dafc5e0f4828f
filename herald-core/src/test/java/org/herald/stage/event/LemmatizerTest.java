package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LemmatizerTest {
  private final Lemmatizer lemmatizer = new Lemmatizer(Set.of("depart", "fix", "veto", "raise", "take", "watch", "train",
      "training"));

  @Test
  void readsAnEsEndingAfterASibilantOrOAsTheVerbsThirdPerson() {
    assertThat(lemmatizer.lemma("fixes")).isEqualTo("fix");
    assertThat(lemmatizer.lemma("watches")).isEqualTo("watch");
    assertThat(lemmatizer.lemma("vetoes")).isEqualTo("veto");
  }

  @Test
  void readsAnEsEndingElsewhereAsAnSAfterASilentE() {
    assertThat(lemmatizer.lemma("raises")).isEqualTo("raise");
    assertThat(lemmatizer.lemma("takes")).isEqualTo("take");
  }

  @Test
  void doesNotTakeAMisspellingForAFormOfAKnownVerb() {
    assertThat(lemmatizer.lemma("departs")).isEqualTo("depart");
    assertThat(lemmatizer.lemma("departes")).isNotEqualTo("depart");
  }

  @Test
  void issue6_givesTheVerbOfAnIngNounOnlyWhenAskedForTheVerb() {
    assertThat(lemmatizer.lemma("training")).isEqualTo("training");
    assertThat(lemmatizer.verbLemma("training")).isEqualTo("train");
    assertThat(lemmatizer.verbLemma("takes")).isEqualTo("take");
  }
}

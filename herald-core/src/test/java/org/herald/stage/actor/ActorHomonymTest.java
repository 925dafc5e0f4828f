package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Places whose name two countries share (issue 6, round 5; {@code actor-homonyms-v1.tsv}): a mention is the other
 * country's place when the text names that country for it. Sentences written for this test; it runs the pipeline up
 * to the actor stage.
 */
class ActorHomonymTest {
  /** The countries of the actors overlapping the first occurrence of {@code words} in {@code text}. */
  private static List<String> countriesAt(String text, String words) {
    Article a = ActorCodes.process(text);
    int at = a.text().indexOf(words);
    int end = at + words.length();
    return a.layer(ActorStage.ACTORS).stream().filter(x -> x.start() < end && at < x.end()).map(Actor::country)
        .toList();
  }

  @Test
  void readsTripoliAsLebaneseWhereTheSentenceCallsItALebanesePort() {
    assertThat(countriesAt("Shells hit Tripoli, the northern Lebanese port, on Monday.", "Tripoli"))
        .containsExactly("LBN");
    assertThat(countriesAt("Troops were deployed in Tripoli after clashes in northern Lebanon.", "Tripoli"))
        .containsExactly("LBN");
  }

  @Test
  void keepsTripoliLibyanWhereTheTextNamesLibyaOrNeither() {
    assertThat(countriesAt("Militias fought in Tripoli, the Libyan capital, on Monday.", "Tripoli"))
        .containsExactly("LBY");
    assertThat(countriesAt("Militias fought in Tripoli on Monday.", "Tripoli")).containsExactly("LBY");
  }

  @Test
  void readsTheArticlesCountryWhenTheSentenceNamesNone() {
    String text = "Lebanese troops moved north on Sunday.\n\nGunfire was heard in Tripoli overnight.";
    assertThat(countriesAt(text, "Tripoli")).containsExactly("LBN");
    String both = "Lebanon and Libya both sent envoys.\n\nGunfire was heard in Tripoli overnight.";
    assertThat(countriesAt(both, "Tripoli")).containsExactly("LBY");
  }
}

package org.herald.stage.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.model.Sentence;
import org.herald.pipeline.Stage;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

class TokenStageTest extends StageContract {
  @Override
  protected Stage createStage() {
    return new TokenStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(raw("Putin said: “We will come.” He left."), raw("One.\nTwo three"), raw("  "));
  }

  private static Article raw(String text) {
    return Article.builder("t", text).build();
  }

  private static List<String> tokens(String text) {
    return new TokenStage().apply(raw(text)).tokens().stream().map(t -> t.text()).toList();
  }

  private static List<String> sentences(String text) {
    Article a = new TokenStage().apply(raw(text));
    return a.sentences().stream().map((Sentence s) -> s.textIn(a)).toList();
  }

  @Test
  void keepsHyphenatedNamesAndYearRangesWhole() {
    assertThat(tokens("Kim Jong-un met people-to-people (1950-1953).")).containsExactly(
        "Kim", "Jong-un", "met", "people-to-people", "(", "1950-1953", ")", ".");
  }

  @Test
  void splitsPossessivesAndNegationsButKeepsIrishNames() {
    assertThat(tokens("Putin’s trip didn't reach O'Brien's home.")).containsExactly(
        "Putin", "’s", "trip", "did", "n't", "reach", "O'Brien", "'s", "home", ".");
  }

  @Test
  void keepsAbbreviationsInitialismsAndNumbers() {
    assertThat(tokens("Mr. Smith of the U.S. paid $1,000.50 at 10:30 a.m.")).containsExactly(
        "Mr.", "Smith", "of", "the", "U.S.", "paid", "$", "1,000.50", "at", "10:30", "a.m.");
  }

  @Test
  void splitsQuotesFromWords() {
    assertThat(tokens("“more democracy,” Putin wrote")).containsExactly(
        "“", "more", "democracy", ",", "”", "Putin", "wrote");
  }

  @Test
  void endsSentencesAtFinalMarksBeforeCapitalsButNotAfterTitles() {
    assertThat(sentences("Dr. Lee met Gen. Park. They talked. “It went well,” he said. Then what?"))
        .containsExactly("Dr. Lee met Gen. Park.", "They talked.", "“It went well,” he said.", "Then what?");
  }

  @Test
  void endsSentencesAtLineBreaksAndAfterClosingQuotes() {
    assertThat(sentences("A headline without stop\nHe said “go.” She went."))
        .containsExactly("A headline without stop", "He said “go.”", "She went.");
  }

  @Test
  void doesNotSplitAfterAMonthAbbreviationBeforeADay() {
    assertThat(sentences("Talks resumed on Sept. 30 in Oslo. They ended Oct. 15, 1999.")).containsExactly(
        "Talks resumed on Sept. 30 in Oslo.", "They ended Oct. 15, 1999.");
    assertThat(sentences("The firm is Acme Inc. It makes drones.")).hasSize(2);
    assertThat(sentences("Talks start at 9 a.m. Tuesday in Oslo. They end at 5 p.m. Officials said so."))
        .containsExactly("Talks start at 9 a.m. Tuesday in Oslo.", "They end at 5 p.m.", "Officials said so.");
  }

  @Test
  void splitsAfterACapitalInitialismOnlyBeforeAWordThatOpensSentences() {
    assertThat(sentences("The U.S. Treasury Department imposed duties on Peruvian steel.")).hasSize(1);
    assertThat(sentences("A U.N. Security Council vote is due. It may slip.")).containsExactly(
        "A U.N. Security Council vote is due.", "It may slip.");
    assertThat(sentences("Peru sold copper to the U.S. The talks ended on Friday.")).containsExactly(
        "Peru sold copper to the U.S.", "The talks ended on Friday.");
    assertThat(sentences("Peru sold copper to the U.K. \"We are pleased,\" he said.")).hasSize(2);
  }

  @Test
  void doesNotSplitBeforeLowerCase() {
    assertThat(sentences("The talks ended at 5 p.m. on Tuesday. It rained.")).hasSize(2);
    assertThat(sentences("He paid 3.5 billion. Then left.")).containsExactly("He paid 3.5 billion.", "Then left.");
  }
}

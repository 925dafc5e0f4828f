package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Fights in words are no battles: political news attacks plans, clashes over tax and fights elections (issue 6:
 * no false events of CAMEO root 19 from the language of debate). Sentences written for this test.
 */
class EventStageCombatSenseTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Senator Ana Ruiz attacked the government's budget plans.",
        "Senator Ana Ruiz", "PERLEG", "PER", "government", "PERGOV", "PER"));
  }

  @Test
  void codesAPoliticiansAttackOnARivalsPlansAsCriticism() {
    assertThat(codes("Senator Ana Ruiz attacked the budget of Finance Minister Luis Paz on Tuesday.",
        "Senator Ana Ruiz", "PERLEG", "PER", "Finance Minister Luis Paz", "PERGOV", "PER"))
        .containsExactly("111");
    assertThat(codes("Opposition leader Marta Gil launched an attack on the cost of the new hospital.",
        "Opposition leader Marta Gil", "PEROPP", "PER")).containsExactly("111");
  }

  @Test
  void keepsAnAttackWithArmedActorsOrWordsOfViolenceAsAFight() {
    assertThat(codes("Rebels attacked an army post near Ayacucho, killing three soldiers.", "Rebels", "PERREB",
        "PER", "army", "PERMIL", "PER")).allMatch(c -> c.startsWith("19"));
    assertThat(codes("Commander Jorge Rios attacked the town with heavy artillery.", "Commander Jorge Rios",
        "PERGOV", "PER")).allMatch(c -> c.startsWith("19")).isNotEmpty();
  }

  @Test
  void keepsAnAttackOnACountryNamedAsSuchAsAFight() {
    assertThat(codes("The president wants to attack Chile.", "president", "PERGOV", "PER", "Chile", "CHL", "CHL"))
        .allMatch(c -> c.startsWith("19")).isNotEmpty();
  }

  @Test
  void findsNoEventInAClashOfWordsBetweenParties() {
    assertThat(codes("Senator Ana Ruiz clashed with Finance Minister Luis Paz over tax plans.", "Senator Ana Ruiz",
        "PERLEG", "PER", "Finance Minister Luis Paz", "PERGOV", "PER")).noneMatch(c -> c.startsWith("19"));
    assertThat(codes("Finance Minister Luis Paz struck a balance between tax cuts and spending.",
        "Finance Minister Luis Paz", "PERGOV", "PER")).noneMatch(c -> c.startsWith("19"));
  }

  @Test
  void codesAWorkersStrikeAsAStrike() {
    assertThat(codes("Peruvian nurses will strike next month over pay.", "Peruvian nurses", "PERMED", "PER"))
        .containsExactly("143");
  }
}

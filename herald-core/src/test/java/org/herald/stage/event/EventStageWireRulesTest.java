package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The event stage's rules from the wire round (issue 6): how agency copy words votes, offers, conditional threats,
 * appeals and the history it recalls about an actor, each on sentences written for this test.
 */
class EventStageWireRulesTest extends EventStageContract {
  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Peru, which fought Chile in 1879, signed a treaty with Bolivia.", "Peru",
        "PER", "PER", "Chile", "CHL", "CHL", "Bolivia", "BOL", "BOL"));
  }

  @Test
  void leavesOutWhatADatedRelativeClauseRecallsAboutTheActor() {
    assertThat(events("Peru, which fought Chile in 1879, signed a treaty with Bolivia.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL", "Bolivia", "BOL", "BOL")).extracting(Event::cameo).containsExactly("057");
  }

  @Test
  void keepsAnUndatedRelativeClauseAboutTheActor() {
    assertThat(events("Peru, which has threatened Chile, signed a treaty with Bolivia.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL", "Bolivia", "BOL", "BOL")).extracting(Event::cameo).contains("057", "130");
  }

  @Test
  void readsAHostileActThatCouldBeDoneUnlessAsAThreat() {
    assertThat(events("Peru said it could suspend aid to Bolivia unless La Paz acted.", "Peru", "PER", "PER",
        "Bolivia", "BOL", "BOL")).extracting(Event::cameo, Event::status)
        .containsExactly(tuple("1311", EventStatus.ASSERTED));
  }

  @Test
  void readsAVoteToActAsTheActDone() {
    assertThat(events("The Peruvian Congress voted to impose sanctions on Chile.", "Peruvian Congress", "PERLEG",
        "PER", "Chile", "CHL", "CHL")).extracting(Event::cameo, Event::status)
        .containsExactly(tuple("163", EventStatus.ASSERTED));
  }

  @Test
  void readsWhatAnActorVolunteeredToDoAsIntended() {
    assertThat(events("Peru volunteered to send troops to Bolivia.", "Peru", "PER", "PER", "Bolivia", "BOL", "BOL"))
        .filteredOn(e -> e.cameo().startsWith("07")).extracting(Event::status)
        .containsExactly(EventStatus.INTENDED);
  }

  @Test
  void readsWhatSomeoneWasImploredToDoAsAskedFor() {
    assertThat(events("Peru implored Chile to withdraw its troops.", "Peru", "PER", "PER", "Chile", "CHL", "CHL"))
        .extracting(Event::cameo, Event::status)
        .contains(tuple("020", EventStatus.ASSERTED))
        .noneMatch(t -> t.toList().get(1) == EventStatus.ASSERTED && !t.toList().get(0).equals("020"));
  }

  @Test
  void codesAVisitWoundUpAsAVisitNotAWound() {
    assertThat(events("The Peruvian president wound up a visit to Chile.", "Peruvian president", "PERGOV", "PER",
        "Chile", "CHL", "CHL")).extracting(Event::cameo).containsExactly("042");
  }
}

package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herald.model.Article;
import org.herald.pipeline.Stage;
import org.herald.testkit.StageContract;
import org.junit.jupiter.api.Test;

/**
 * The event stage's status rules from the status round (issue 6): questions, negations the verb group does not
 * show ("without", "stopped short of", "yet to", "neither … nor"), plans said with "due to" or "on the verge of",
 * commitments a pattern opens with ("agreed to a truce"), and trips cancelled or put back, each on sentences written
 * for this test.
 */
class EventStageStatusRulesTest extends StageContract {
  private static final String[] PERU_CHILE = {"Peru", "PER", "PER", "Chile", "CHL", "CHL"};

  @Override
  protected Stage createStage() {
    return new EventStage();
  }

  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Will Peru sign the treaty with Chile?", PERU_CHILE));
  }

  /** The statuses of the events whose CAMEO code starts with {@code root}. */
  private List<EventStatus> statuses(String root, String text, String... actorsCodeCountry) {
    return stage.apply(EventFixtures.article(text, actorsCodeCountry)).layer(EventStage.EVENTS).stream()
        .filter(e -> e.cameo().startsWith(root)).map(Event::status).toList();
  }

  @Test
  void readsTheActOfAYesNoQuestionAsHypothetical() {
    assertThat(statuses("05", "Will Peru sign the treaty with Chile?", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void readsAHeadlineQuestionAfterAColonAsHypothetical() {
    assertThat(statuses("05", "Border row: should Peru sign the treaty with Chile?", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void keepsTheActAWhQuestionPresupposesAsserted() {
    assertThat(statuses("05", "Why did Peru sign the treaty with Chile?", PERU_CHILE))
        .containsExactly(EventStatus.ASSERTED);
  }

  @Test
  void readsTheActOfAWhQuestionWithAModalAsHypothetical() {
    assertThat(statuses("05", "Why would Peru ever sign the treaty with Chile?", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void keepsTheActAPledgedReactionIsForAsserted() {
    assertThat(statuses("19", "Peru vowed to retaliate for the Chilean invasion of its territory.", "Peru", "PER",
        "PER", "Chilean", "CHL", "CHL")).contains(EventStatus.ASSERTED).doesNotContain(EventStatus.INTENDED);
  }

  @Test
  void readsTheActAfterAFailureOrAPledgeToDoItByThatNoun() {
    assertThat(statuses("08", "Peru's failure to lift the embargo on Chile angered Bolivia.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL", "Bolivia", "BOL", "BOL")).containsExactly(EventStatus.NEGATED);
    assertThat(statuses("08", "Peru's pledge to lift the embargo on Chile pleased Bolivia.", "Peru", "PER", "PER",
        "Chile", "CHL", "CHL", "Bolivia", "BOL", "BOL")).containsExactly(EventStatus.INTENDED);
  }

  @Test
  void readsAnActDoneWithoutAsNegated() {
    assertThat(statuses("05", "Peru left Lima without signing the accord.", "Peru", "PER", "PER"))
        .containsExactly(EventStatus.NEGATED);
  }

  @Test
  void readsAnActStoppedShortOfAsNegated() {
    assertThat(statuses("16", "Peru stopped short of imposing sanctions on Chile.", PERU_CHILE))
        .containsExactly(EventStatus.NEGATED);
  }

  @Test
  void readsAnActYetToBeDoneAsNegated() {
    assertThat(statuses("05", "Peru has yet to ratify the treaty with Chile.", PERU_CHILE))
        .containsExactly(EventStatus.NEGATED);
  }

  @Test
  void readsAnActHopedToBeAvoidedAsNegated() {
    assertThat(statuses("16", "Peru hoped to avoid having to impose sanctions on Chile.", PERU_CHILE))
        .containsExactly(EventStatus.NEGATED);
  }

  @Test
  void readsTheActOfANeitherNorSubjectAsNegated() {
    assertThat(statuses("05", "Neither Peru nor Bolivia signed the treaty with Chile.", "Peru", "PER", "PER",
        "Bolivia", "BOL", "BOL", "Chile", "CHL", "CHL")).isNotEmpty().containsOnly(EventStatus.NEGATED);
  }

  @Test
  void endsANegativeSubjectAtTheNextClause() {
    assertThat(statuses("05", "None of the ministers came, and Peru signed the treaty with Chile.", PERU_CHILE))
        .containsExactly(EventStatus.ASSERTED);
  }

  @Test
  void readsAVisitDueToTakePlaceAsIntended() {
    assertThat(statuses("04", "The Peruvian president is due to visit Chile on Friday.", "Peruvian president",
        "PERGOV", "PER", "Chile", "CHL", "CHL")).containsExactly(EventStatus.INTENDED);
  }

  @Test
  void readsAnActOnTheVergeOfBeingDoneAsIntended() {
    assertThat(statuses("05", "Peru is on the verge of signing a treaty with Chile.", PERU_CHILE))
        .containsExactly(EventStatus.INTENDED);
  }

  @Test
  void readsATruceAgreedToAsIntended() {
    assertThat(statuses("08", "Peru agreed to a truce with Chile.", PERU_CHILE))
        .containsExactly(EventStatus.INTENDED);
  }

  @Test
  void readsDemandsAgreedToAsAYieldingDone() {
    assertThat(statuses("08", "Peru agreed to the demands of Chile.", PERU_CHILE))
        .containsExactly(EventStatus.ASSERTED);
  }

  @Test
  void readsAnActBeingConsideredAsHypothetical() {
    assertThat(statuses("07", "Peru is considering sending aid to Chile.", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void readsACancelledVisitAsNegated() {
    assertThat(statuses("04", "The Peruvian president cancelled his trip to Chile.", "Peruvian president",
        "PERGOV", "PER", "Chile", "CHL", "CHL")).containsExactly(EventStatus.NEGATED);
  }

  @Test
  void readsAPostponedVisitAsStillIntended() {
    assertThat(statuses("04", "The Peruvian president postponed his trip to Chile.", "Peruvian president",
        "PERGOV", "PER", "Chile", "CHL", "CHL")).containsExactly(EventStatus.INTENDED);
  }

  @Test
  void readsAnActAskedOfAnotherAsHypothetical() {
    assertThat(statuses("08", "Peru failed to persuade Chile to lift the ban.", PERU_CHILE)).isNotEmpty()
        .doesNotContain(EventStatus.ASSERTED);
  }

  @Test
  void readsAnActThereIsNoReasonForAsNegated() {
    assertThat(statuses("04", "Peru said there was no reason to negotiate with Chile.", PERU_CHILE))
        .containsExactly(EventStatus.NEGATED);
  }

  @Test
  void readsAnActAnActorIsUnableToDoAsNegated() {
    assertThat(statuses("07", "Peru was unable to send aid to Chile.", PERU_CHILE))
        .containsExactly(EventStatus.NEGATED);
  }

  @Test
  void readsAnActAnActorWouldBeHappyToDoAsIntended() {
    assertThat(statuses("04", "Peru said it would be happy to meet Chile.", PERU_CHILE))
        .containsExactly(EventStatus.INTENDED);
  }

  @Test
  void readsAnActLikelyToBeDoneAsHypothetical() {
    assertThat(statuses("11", "Peru is likely to condemn Chile.", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void readsAnActThatCanBeDoneAsHypothetical() {
    assertThat(statuses("16", "Peru can impose sanctions on Chile.", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void readsAnActNotRuledOutAsHypothetical() {
    assertThat(statuses("07", "Peru refused to rule out sending troops to Chile.", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void leavesTheNounAfterANegatedVerbTriggerAsserted() {
    assertThat(statuses("19", "Peru did not condemn the bombing of Arica by Chile.", PERU_CHILE))
        .containsExactly(EventStatus.ASSERTED);
  }

  @Test
  void readsAnActAnActorNeedsToDoAsHypothetical() {
    assertThat(statuses("08", "Peru needs to withdraw its troops from Chile.", PERU_CHILE))
        .containsExactly(EventStatus.HYPOTHETICAL);
  }

  @Test
  void readsAnActThatWouldContinueAsIntended() {
    assertThat(statuses("07", "Peru said it would continue to send aid to Chile.", PERU_CHILE))
        .containsExactly(EventStatus.INTENDED);
  }

  @Test
  void keepsAnActThatContinuedAsserted() {
    assertThat(statuses("19", "Peru continued to shell Chile on Sunday.", PERU_CHILE))
        .containsExactly(EventStatus.ASSERTED);
  }

  @Test
  void doesNotSpreadANegationIntoTheComplementOfTheVerbNegated() {
    assertThat(statuses("19", "Peru denied being \"leant on\" by Chile to make the case for invading Bolivia.",
        "Peru", "PER", "PER", "Chile", "CHL", "CHL", "Bolivia", "BOL", "BOL")).isNotEmpty()
        .doesNotContain(EventStatus.NEGATED);
  }

  @Test
  void readsASecondActThreatenedAsIntendedNotDone() {
    assertThat(statuses("16", "Peru threatened to impose sanctions on Chile and expel its diplomats.", PERU_CHILE))
        .isNotEmpty().doesNotContain(EventStatus.ASSERTED);
  }
}

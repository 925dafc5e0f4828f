package org.herald.stage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Gaps found in the event stage (issue 6): aid cut, agreements approved, offers accepted, acts ruled out, joint
 * bodies set up with a partner, both actors of "neither … nor", and pressure to act, on sentences written for this
 * test.
 */
class EventStageGapsTest extends EventStageContract {
  private static final String[] PERU_CHILE = {"Peru", "PER", "PER", "Chile", "CHL", "CHL"};

  @Override
  protected List<Article> contractArticles() {
    return List.of(EventFixtures.article("Peru cut gas supplies to Chile.", PERU_CHILE));
  }

  @Test
  void codesEnergySuppliesCutToACountryAsReducedMaterialAid() {
    assertThat(events("Peru cut gas supplies to Chile on Monday.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "162"));
    assertThat(events("Peru has cut oil deliveries to Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "162"));
  }

  @Test
  void codesATreatyApprovedOrRatifiedAsAFormalAgreement() {
    assertThat(events("Peru approved the border treaty with Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "057"));
    assertThat(events("Peru ratified the fishing accord with Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "057"));
    assertThat(events("Peru approved a security pact with Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "057"));
  }

  @Test
  void makesTheAuthorOfAnAcceptedOfferOrInvitationItsTarget() {
    assertThat(events("Peru accepted an invitation from Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "036"));
    assertThat(events("Peru accepted the peace plan proposed by Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "030"));
  }

  @Test
  void readsAnActSaidToBeOutOfTheQuestionAsNegated() {
    assertThat(events("Peru said talks with Chile were out of the question.", PERU_CHILE))
        .extracting(e -> e.cameo().substring(0, 2), Event::status)
        .containsExactly(tuple("04", EventStatus.NEGATED));
    assertThat(events("Chile said talks with Peru were now off the table.", PERU_CHILE))
        .extracting(Event::status)
        .containsOnly(EventStatus.NEGATED);
  }

  @Test
  void codesAJointBodySetUpWithAPartnerAsCooperationWithIt() {
    assertThat(events("Peru set up a joint commission with Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "030"));
    assertThat(events("Peru has established a joint working group with Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "030"));
    assertThat(events("Peru will form a joint task force with Chile.", PERU_CHILE))
        .extracting(EventFixtures::src, EventFixtures::tgt, Event::cameo)
        .containsExactly(tuple("PER", "CHL", "030"));
  }

  @Test
  void makesBothActorsOfNeitherNorSourcesOfANegatedAct() {
    assertThat(events("Neither Peru nor Chile signed the accord.", PERU_CHILE))
        .extracting(EventFixtures::src, Event::cameo, Event::status)
        .containsExactlyInAnyOrder(tuple("PER", "057", EventStatus.NEGATED), tuple("CHL", "057", EventStatus.NEGATED));
  }
}

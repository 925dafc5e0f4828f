package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names the name stage types otherwise than they are (issue 6, round 5): an organisation of the tables typed MISC
 * ("the Arab League"), a two-word people before a sector noun ("Iraqi Kurdish leaders"), a place of the tables typed
 * as an organisation ("the Niger Delta"). Sentences written for this test; it runs the pipeline up to the actor
 * stage.
 */
class ActorMiscNameTest {
  @Test
  void readsAnOrganisationOfTheTablesTypedMiscAsThatOrganisation() {
    assertThat(ActorCodes.at("The Arab League called for an end to the siege of the town.", "Arab League"))
        .containsExactly("IGOARBALE");
  }

  @Test
  void readsATwoWordPeopleBeforeASectorNounAsTheDemonymsSector() {
    assertThat(ActorCodes.at("Iraqi Kurdish leaders met Turkish officials on Monday.", "Iraqi Kurdish leaders"))
        .containsExactly("IRQGOV");
  }

  @Test
  void readsAPlaceOfTheTablesTypedAsAnOrganisationAsThatPlace() {
    assertThat(ActorCodes.at("Kidnappers in the Niger Delta seized three Filipino sailors.", "Niger Delta"))
        .containsExactly("NGA");
  }
}

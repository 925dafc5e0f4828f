package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People named by what they do and where they come from (issue 6, round 5): "a missionary from Calgary" is
 * Canada's, wherever the sentence has them arrested. Sentences written for this test; it runs the pipeline up to the
 * actor stage.
 */
class ActorGroupNounOriginTest {
  @Test
  void givesAMissionaryOrTouristTheCountryTheyComeFrom() {
    assertThat(ActorCodes.at("A Baptist missionary from Calgary was detained in Eritrea.", "missionary"))
        .containsExactly("CANREL");
    assertThat(ActorCodes.at("Two tourists from Spain were kidnapped in Yemen.", "tourists")).containsExactly("ESPCVL");
  }
}

package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Groups of stateless and ethnic peoples named with their people (issue 6, round 5; {@code actor-homelands-v1.tsv}):
 * the actors of the people's homeland wherever the sentence places them. Sentences written for this test; it runs
 * the pipeline up to the actor stage.
 */
class ActorHomelandTest {
  @Test
  void givesAnArmedGroupOfAPeopleItsHomelandsCodeWhereverItIs() {
    assertThat(ActorCodes.at("Chechen fighters crossed into Georgia overnight.", "Chechen fighters"))
        .containsExactly("RUSREB");
    assertThat(ActorCodes.at("Troops shelled a Kachin rebel camp near the Chinese border.", "Kachin rebel"))
        .containsExactly("MMRREB");
    assertThat(ActorCodes.at("Baloch separatists blew up a gas pipeline in Iran.", "Baloch separatists"))
        .containsExactly("PAKSEP");
    assertThat(ActorCodes.at("Artillery pounded Tamil positions near Jaffna.", "Tamil positions")).containsExactly("LKAREB");
  }

  @Test
  void givesSettlersNamedByTheirFaithTheirStatesCode() {
    assertThat(ActorCodes.at("Jewish settlers uprooted olive trees near Hebron.", "Jewish settlers"))
        .containsExactly("ISRCVL");
  }

  @Test
  void leavesOtherNounsOfAPeopleToTheRestOfTheStage() {
    // a Jewish community is no settlers' group: no homeland code for it
    assertThat(ActorCodes.at("Jewish leaders in France condemned the attack.", "Jewish")).doesNotContain("ISR", "ISRCVL");
  }
}

package org.herald.stage.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Titled people the tables do not know (issue 6, round 5): a head of government met on someone else's visit is of
 * the country visited; one the sentence gives no country stays without one. Names made up for this test; it runs
 * the pipeline up to the actor stage.
 */
class ActorTitledPersonTest {
  @Test
  void givesAPresidentMetOnAForeignersVisitTheHostsCountry() {
    assertThat(ActorCodes.at("The German foreign minister met President Tomas Ruel on a visit to Quito.", "Tomas Ruel"))
        .containsExactly("ECUGOV");
    assertThat(ActorCodes.at("A Japanese envoy arrived in Ghana on Monday for talks with President Kofi Mensa.",
        "Kofi Mensa")).containsExactly("GHAGOV");
  }

  @Test
  void givesAPresidentWhoIsHimselfTheVisitorNoCountryOfThePlaceVisited() {
    assertThat(ActorCodes.at("President Tomas Ruel, on a visit to Berlin, met German business leaders.", "Tomas Ruel"))
        .isEmpty();
    assertThat(ActorCodes.at("President Tomas Ruel met business leaders on Monday.", "Tomas Ruel")).isEmpty();
  }
}

package org.herald.stage.event;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A held-out probe of the actors that are the sources of events (issue 6, actor round 2), written before the rules it
 * measures: group references ("the two countries", "both governments") to the two countries named before them,
 * named bodies of a country ("the Philippine Senate", "Nigeria's electoral commission"), the surname alone of a
 * well-known figure, and people not in the tables whose country the text states. Each article runs through the
 * whole pipeline; a case is right when the events of its CAMEO root have exactly the expected source and target
 * countries. The cases and their format are in {@code event-actor-reference-probe-v1.txt}.
 */
class EventActorReferenceProbeTest {
  /**
   * The floor under the share of cases right: 0.7115 (37 of 52) when the probe was written, before any rule it
   * measures (r 8/16, b 12/16, s 9/12, p 8/8); 0.7692 (40 of 52, r 11/16) once five roots of group cases were set
   * to the stage's conventions (the act agreed is the event), still before any rule. With the rules of the round
   * (surnames of the people table, capitalised bodies after a demonym, organisations taken for places, "both
   * governments" opening a sentence, "both men" and a group right after an appeal's verb), 47 of 52 (0.9038). The
   * misses left: a group of no earlier compound opening a sentence (left to the compound, as the article's top
   * countries misled on real news), two event misses ("approved a pact", a commission set up with no target), a
   * target "the army" of no country, and a surname the name stage never finds ("Kagame" opening a sentence).
   */
  private static final double FLOOR = 0.90;

  /** Fewest cases the file has: fewer means it did not parse as written. */
  private static final int MIN_CASES = 50;

  @Test
  void givesMostHeldOutEventsTheSourceAndTargetCountriesTheSentenceStates() throws IOException {
    CountryProbe.assertFloor("event-actor-reference-probe-v1.txt", "event actor-reference probe", MIN_CASES, FLOOR);
  }
}

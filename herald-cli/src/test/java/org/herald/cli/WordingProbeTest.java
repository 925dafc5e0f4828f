package org.herald.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held-out probe of how the trigger lexicon generalises to wordings its authors did not think of (issue 6):
 * {@code wording-probe-v1.json} holds 150 news sentences over the 18 PLOVER record types and the 20 CAMEO roots,
 * written blind before the lexicon round it measures, in rarer verbs, phrasal verbs, verb+noun and noun wordings,
 * diplomatic register and headline compressions, and 16 sentences that must yield no event (markets, sport,
 * weather, culture). It runs the event sentences through {@code eval events} and the others through the whole
 * pipeline, and asserts floors under both.
 */
class WordingProbeTest {
  /**
   * The floor under the type accuracy: 0.7333 (110 of 150) when the probe was written, 0.9600 (144) with the
   * wording round of trigger patterns.
   */
  private static final double TYPE_FLOOR = 0.95;
  /** The floor under the full accuracy (type and countries): 0.6933 (104) when written, 0.9133 (137) after. */
  private static final double FULL_FLOOR = 0.90;
  /**
   * The fewest of the 16 no-event sentences that must stay without events: 15 both before and after the round
   * ("Germany beat France 2-1" was coded 182), all 16 since one country "beating" another by name is a contest
   * (CameoConventions).
   */
  private static final int NO_EVENT_FLOOR = 16;

  private static final String NAME = "wording-probe-v1.json";

  @TempDir
  Path dir;

  @Test
  void codesMostBlindlyWordedSentencesOfEveryPloverTypeWithTheirTypeAndCountries() throws IOException {
    EventProbe.assertFloors(dir, NAME, 150, TYPE_FLOOR, FULL_FLOOR);
  }

  @Test
  void findsNoEventInAlmostAllOfItsSentencesWithoutAPoliticalAct() throws IOException {
    EventProbe.assertNoEvents(NAME, 16, NO_EVENT_FLOOR);
  }
}

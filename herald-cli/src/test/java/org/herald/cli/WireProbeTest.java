package org.herald.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held-out probe of how the trigger lexicon generalises to the register of the PLOVER records (issue 6):
 * {@code wire-probe-v1.json} holds 175 sentences in the style of 1990s-2000s agency copy (attribution tails, titles
 * and appositions, subordinate clauses, the rarer wordings a CAMEO coder codes at the codebook's most specific level)
 * over the 18 PLOVER record types in rough news-feed proportion, written blind before the lexicon round it
 * measures, and 16 sentences that must yield no event (markets, sport, weather, disasters, science). It runs the
 * event sentences through {@code eval events} and the others through the whole pipeline, and asserts floors under
 * both.
 */
class WireProbeTest {
  /**
   * The floor under the type accuracy: 0.8400 (147 of 175) when the probe was written, 0.9486 (166) with the wire
   * round of trigger patterns.
   */
  private static final double TYPE_FLOOR = 0.93;
  /** The floor under the full accuracy (type and countries): 0.7771 (136) when written, 0.8800 (154) after. */
  private static final double FULL_FLOOR = 0.86;
  /**
   * The fewest of the 16 no-event sentences that must stay without events: 15 both before and after the round
   * ("Brazil beat Italy on penalties" was coded 182), all 16 since one country "beating" another by name is a
   * contest (CameoConventions).
   */
  private static final int NO_EVENT_FLOOR = 16;

  private static final String NAME = "wire-probe-v1.json";

  @TempDir
  Path dir;

  @Test
  void codesMostWireStyleSentencesOfEveryPloverTypeWithTheirTypeAndCountries() throws IOException {
    EventProbe.assertFloors(dir, NAME, 175, TYPE_FLOOR, FULL_FLOOR);
  }

  @Test
  void findsNoEventInAlmostAllOfItsWireSentencesWithoutAPoliticalAct() throws IOException {
    EventProbe.assertNoEvents(NAME, 16, NO_EVENT_FLOOR);
  }
}

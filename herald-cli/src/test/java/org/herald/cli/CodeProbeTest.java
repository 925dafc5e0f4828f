package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held-out probe of the CAMEO ontology's breadth (issue 6): {@code code-probe-v1.json} holds 227 news sentences
 * written for Herald before the rules it measures, one per CAMEO event code over all 20 roots, in the phrasings
 * wire news uses (noun phrasings, light verbs, idioms, passives). It runs the whole pipeline through {@code eval
 * events}, prints the type and full accuracy and asserts floors under them.
 */
class CodeProbeTest {
  /**
   * The floor under the type accuracy: 0.8767 (199 of 227) when the probe was written, 0.9515 (216) with the third
   * round of trigger patterns (light-verb phrases with an article inside, explosions, returns and releases, ...).
   */
  private static final double TYPE_FLOOR = 0.94;
  /**
   * The floor under the full accuracy (type and countries): 0.8458 (192 of 227) when the probe was written (as
   * labelled since its joint acts name every party a source), 0.9207 (209) with the third round.
   */
  private static final double FULL_FLOOR = 0.91;

  @TempDir
  Path dir;

  @Test
  void codesMostHeldOutSentencesOfEveryCameoRootWithTheirTypeAndCountries() throws IOException {
    EventProbe probe = EventProbe.score(dir, "code-probe-v1.json", 227);
    double type = probe.typeAccuracy();
    double full = probe.fullAccuracy();
    assertThat(type).as(String.format(Locale.ROOT, "type accuracy %.4f", type)).isGreaterThanOrEqualTo(TYPE_FLOOR);
    assertThat(full).as(String.format(Locale.ROOT, "full accuracy %.4f", full)).isGreaterThanOrEqualTo(FULL_FLOOR);
  }
}

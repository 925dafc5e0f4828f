package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held-out probe of the event trigger lexicon's coverage (issue 6): {@code trigger-probe-v1.json} holds news
 * sentences written for Herald before the lexicon was broadened, one act each, covering every PLOVER type of the
 * gold records with varied phrasing (the second part with rarer verbs and idioms). It runs the whole pipeline
 * through {@code eval events}, prints the type accuracy and asserts a floor under it.
 */
class TriggerProbeTest {
  /**
   * The floor under the current figure: 0.8827 (173 of 196) with the hand-written lexicon alone when the probe was
   * written; 0.9235 (181) with the WordNet lexicon and the issue 6 hand-written additions, some of which its misses
   * prompted (so that rise is not a held-out figure); 0.9286 (182) after the CAMEO code probe's round of patterns.
   */
  private static final double FLOOR = 0.925;

  @TempDir
  Path dir;

  @Test
  void codesMostHeldOutSentencesWithTheirPloverType() throws IOException {
    EventProbe probe = EventProbe.score(dir, "trigger-probe-v1.json", 196);
    double typeAccuracy = probe.typeAccuracy();
    List<String> lines = probe.lines();
    assertThat(typeAccuracy).as(String.format(Locale.ROOT, "type accuracy %.4f", typeAccuracy))
        .isGreaterThanOrEqualTo(FLOOR);
    // every PLOVER type of the records is covered
    assertThat(lines.stream().filter(l -> l.matches("[A-Z]+ +type=.*")).count()).isEqualTo(18);
  }
}

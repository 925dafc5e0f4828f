package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.stage.event.EventStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held-out probe of events whose agent is generic, unknown or unstated (issue 6): {@code agent-probe-v1.json}
 * holds 60 news sentences written for Herald before the rules it measures: generic attackers ("gunmen", "a
 * suicide bomber"), unknown ones, passives with no agent, a city as the only place clue, group nouns with a
 * demonym, and sentences whose main act follows a background one. It runs the whole pipeline through {@code eval
 * events}, prints the type and full accuracy and asserts floors under them.
 */
class AgentProbeTest {
  /**
   * The floor under the type accuracy: 0.5000 (30 of 60) when the probe was written, 0.8167 (49) with the rules
   * for unnamed agents (generic agent nouns, the host country of an agentless attack or arrest, the weapon as
   * subject, the place as the agent's country), 0.8333 (50) with an office named only by its role ("arrested the
   * prime minister") as its country's government, 0.8500 (51) after the CAMEO code probe's round of patterns.
   */
  private static final double TYPE_FLOOR = 0.84;
  /**
   * The floor under the full accuracy (type and countries): 0.4333 when the probe was written, then 0.7500, 0.7667,
   * 0.7833.
   */
  private static final double FULL_FLOOR = 0.78;

  /** Sentences with the same agent nouns and places that report no act: they must stay without events. */
  private static final List<String> NO_ACT = List.of(
      "Students returned to classes in Lagos on Monday after the holiday.",
      "Thousands of workers live in crowded camps outside Doha.",
      "Gunmen are a common sight on the roads of northern Yemen.",
      "Three civilians were among the passengers on the flight to Kabul.",
      "Residents of Mosul were celebrating the end of Ramadan on Friday.",
      "Militants have long used the mountains along the border as a hiding place.",
      "The bombers were born in Manchester, police in Britain said.",
      "Farmers in Punjab were harvesting wheat in the heat.");

  @TempDir
  Path dir;

  @Test
  void codesMostHeldOutActsOfUnnamedAgentsWithTheirTypeAndCountries() throws IOException {
    EventProbe probe = EventProbe.score(dir, "agent-probe-v1.json", 60);
    double type = probe.typeAccuracy();
    double full = probe.fullAccuracy();
    assertThat(type).as(String.format(Locale.ROOT, "type accuracy %.4f", type)).isGreaterThanOrEqualTo(TYPE_FLOOR);
    assertThat(full).as(String.format(Locale.ROOT, "full accuracy %.4f", full)).isGreaterThanOrEqualTo(FULL_FLOOR);
  }

  @Test
  void reportsNoEventForSentencesOfTheSameNounsWithoutAnAct() {
    try (Pipeline pipeline = Herald.pipeline()) {
      for (String text : NO_ACT) {
        Article a = pipeline.process(org.herald.model.RawDocument.text("probe", text));
        assertThat(a.layer(EventStage.EVENTS)).as(text).isEmpty();
      }
    }
  }
}

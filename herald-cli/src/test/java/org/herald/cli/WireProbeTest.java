package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.stage.event.EventStage;
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
   * ("Brazil beat Italy on penalties" is coded 182, as in the wording probe: sport needs the stage, not the lexicon).
   */
  private static final int NO_EVENT_FLOOR = 15;

  private static final String NAME = "wire-probe-v1.json";

  @TempDir
  Path dir;

  @Test
  void codesMostWireStyleSentencesOfEveryPloverTypeWithTheirTypeAndCountries() throws IOException {
    EventProbe probe = EventProbe.score(dir, NAME, 175);
    double type = probe.typeAccuracy();
    double full = probe.fullAccuracy();
    assertThat(type).as(String.format(Locale.ROOT, "type accuracy %.4f", type)).isGreaterThanOrEqualTo(TYPE_FLOOR);
    assertThat(full).as(String.format(Locale.ROOT, "full accuracy %.4f", full)).isGreaterThanOrEqualTo(FULL_FLOOR);
  }

  @Test
  void findsNoEventInAlmostAllOfItsWireSentencesWithoutAPoliticalAct() throws IOException {
    List<String> texts = noEventTexts();
    assertThat(texts).hasSize(16);
    List<String> withEvents = new ArrayList<>();
    try (Pipeline pipeline = Herald.pipeline()) {
      for (String text : texts) {
        Article a = pipeline.process(RawDocument.text("probe", text));
        if (!a.layer(EventStage.EVENTS).isEmpty()) {
          withEvents.add(text);
        }
      }
    }
    System.out.println(NAME + ": no-event sentences with events " + withEvents);
    assertThat(texts.size() - withEvents.size()).as("sentences without events; with: " + withEvents)
        .isGreaterThanOrEqualTo(NO_EVENT_FLOOR);
  }

  /** The probe's records marked {@code "noevent": true} (which the PLOVER reader skips: their type is empty). */
  private static List<String> noEventTexts() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
    JsonNode root;
    try (InputStream in = WireProbeTest.class.getResourceAsStream(NAME)) {
      assertThat(in).as("probe resource " + NAME).isNotNull();
      root = mapper.readTree(in);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : root) {
      if (n.path("noevent").asBoolean(false)) {
        assertThat(n.path("event").asText("")).as(n.path("id").asText()).isEmpty();
        out.add(n.path("text").asText());
      }
    }
    return out;
  }
}

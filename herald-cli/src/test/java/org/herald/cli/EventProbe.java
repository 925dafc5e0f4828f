package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.RawDocument;
import org.herald.pipeline.Pipeline;
import org.herald.stage.event.EventStage;

/**
 * Runs one of the held-out event probes (PLOVER-layout JSON files of sentences written for Herald, bundled beside
 * the tests) through {@code eval events} and reads its figure line.
 */
record EventProbe(double typeAccuracy, double fullAccuracy, List<String> lines) {

  /** Scores the probe resource {@code name}, copied into {@code dir}, checking that it holds {@code records}. */
  static EventProbe score(Path dir, String name, int records) throws IOException {
    Path probe = dir.resolve(name);
    try (InputStream in = EventProbe.class.getResourceAsStream(name)) {
      assertThat(in).as("probe resource " + name).isNotNull();
      Files.copy(in, probe);
    }
    CliRun r = CliRun.of("eval", "events", "--plover", probe.toString(), "--split", "all");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    System.out.println(name + ": " + last);
    assertThat(last).contains("records=" + records);
    return new EventProbe(figure(last, "type_acc"), figure(last, "full_acc"), lines);
  }

  /** Asserts that the probe's type and full accuracies reach their floors. */
  static void assertFloors(Path dir, String name, int records, double typeFloor, double fullFloor)
      throws IOException {
    EventProbe probe = score(dir, name, records);
    assertThat(probe.typeAccuracy()).as(String.format(Locale.ROOT, "type accuracy %.4f", probe.typeAccuracy()))
        .isGreaterThanOrEqualTo(typeFloor);
    assertThat(probe.fullAccuracy()).as(String.format(Locale.ROOT, "full accuracy %.4f", probe.fullAccuracy()))
        .isGreaterThanOrEqualTo(fullFloor);
  }

  /**
   * Asserts that the probe holds {@code count} records marked {@code "noevent": true} (which the PLOVER reader
   * skips: their type is empty) and that the whole pipeline finds no event in at least {@code floor} of them.
   */
  static void assertNoEvents(String name, int count, int floor) throws IOException {
    List<String> texts = noEventTexts(name);
    assertThat(texts).hasSize(count);
    List<String> withEvents = new ArrayList<>();
    try (Pipeline pipeline = Herald.pipeline()) {
      for (String text : texts) {
        Article a = pipeline.process(RawDocument.text("probe", text));
        if (!a.layer(EventStage.EVENTS).isEmpty()) {
          withEvents.add(text);
        }
      }
    }
    System.out.println(name + ": no-event sentences with events " + withEvents);
    assertThat(texts.size() - withEvents.size()).as("sentences without events; with: " + withEvents)
        .isGreaterThanOrEqualTo(floor);
  }

  private static List<String> noEventTexts(String name) throws IOException {
    ObjectMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
    JsonNode root;
    try (InputStream in = EventProbe.class.getResourceAsStream(name)) {
      assertThat(in).as("probe resource " + name).isNotNull();
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

  private static double figure(String line, String key) {
    return Double.parseDouble(line.replaceAll(".*" + key + "=([0-9.]+).*", "$1"));
  }
}

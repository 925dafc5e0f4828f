package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.herald.store.EventLinkRule;
import org.junit.jupiter.api.Test;

/** The linking function under Flink's operator test harness: its records, timers and counts. */
class EventLinkerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long DAY = 19_891; // 2024-06-17

  private static Report report(String article, String host) {
    Report r = new Report();
    r.sourceCode = "DEU";
    r.sourceName = "Germany";
    r.targetCode = "FRA";
    r.targetName = "France";
    r.cameo = "064";
    r.key = EventLinkRule.key(r.sourceCode, r.targetCode, r.cameo);
    r.day = DAY;
    r.article = article;
    r.event = "V1";
    r.host = host;
    r.plover = "COOPERATE";
    r.quadClass = 1;
    r.goldstein = 3.5;
    return r;
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, Report, Message> harness() throws Exception {
    var h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new EventLinker(), r -> r.key, Types.STRING);
    h.setProcessingTime(0);
    return h;
  }

  private static void send(KeyedOneInputStreamOperatorTestHarness<String, Report, Message> h, Report r)
      throws Exception {
    h.processElement(r, r.day * EventLinker.DAY_MS);
  }

  /** The records emitted since the last call, as JSON, and forgets them. */
  private static List<JsonNode> drain(KeyedOneInputStreamOperatorTestHarness<String, Report, Message> h)
      throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (Message m : h.extractOutputValues()) {
      assertThat(m.topic).isEqualTo("linked-events");
      out.add(JSON.readTree(m.value));
    }
    h.getOutput().clear();
    return out;
  }

  @Test
  void emitsAChangedLinkedEventOnceAFlushHoweverManyReportsItTook() throws Exception {
    try (var h = harness()) {
      send(h, report("a1", "one.example"));
      send(h, report("a2", "two.example"));
      send(h, report("a3", "two.example"));
      assertThat(drain(h)).as("nothing before the flush").isEmpty();

      h.setProcessingTime(EventLinker.FLUSH_MS);
      assertThat(drain(h)).singleElement().satisfies(n -> {
        assertThat(n.get("id").asText()).isEqualTo("DEU|FRA|064@2024-06-17");
        assertThat(n.get("numMentions").asInt()).isEqualTo(3);
        assertThat(n.get("numArticles").asInt()).isEqualTo(3);
        assertThat(n.get("numSources").asInt()).isEqualTo(2);
        assertThat(n.get("final").asBoolean()).isFalse();
      });
      h.setProcessingTime(2 * EventLinker.FLUSH_MS);
      assertThat(drain(h)).as("no reports since: nothing to say").isEmpty();

      send(h, report("a4", "three.example"));
      h.setProcessingTime(3 * EventLinker.FLUSH_MS);
      assertThat(drain(h)).singleElement().satisfies(n -> assertThat(n.get("numMentions").asInt()).isEqualTo(4));
    }
  }

  @Test
  void closesWithTheLatestCountsOnceTheWatermarkPassesAndSaysNothingAfter() throws Exception {
    try (var h = harness()) {
      send(h, report("a1", "one.example"));
      send(h, report("a1", "one.example")); // a second report of the same article: a mention, not an article
      h.processWatermark(EventLinker.closesAt(DAY));
      assertThat(drain(h)).singleElement().satisfies(n -> {
        assertThat(n.get("final").asBoolean()).isTrue();
        assertThat(n.get("numMentions").asInt()).isEqualTo(2);
        assertThat(n.get("numArticles").asInt()).isEqualTo(1);
        assertThat(n.get("numSources").asInt()).isEqualTo(1);
      });
      h.setProcessingTime(EventLinker.FLUSH_MS);
      assertThat(drain(h)).as("a closed linked event has no state left to flush").isEmpty();
    }
  }

  @Test
  void keepsTheHashesOfDistinctIdsAscendingAndOnce() {
    long[] set = {};
    for (String id : List.of("c", "a", "b", "a", "c")) {
      set = EventLinker.add(set, EventLinker.hash(id));
    }
    assertThat(set).hasSize(3).isSorted();
    assertThat(EventLinker.add(null, 7L)).as("state restored without hashes").containsExactly(7L);
    assertThat(EventLinker.hash("a")).isNotEqualTo(EventLinker.hash("b"));
  }
}

package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.store.LinkedEvent;
import org.herald.store.Store;
import org.herald.store.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream job end to end: a Flink MiniCluster (2 slots) and a KRaft broker in this JVM; articles in, topics out,
 * read back with {@code read_committed}.
 */
class StreamJobTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static KafkaBroker kafka;
  static Pipeline pipeline;

  @BeforeAll
  static void start() throws Exception {
    kafka = KafkaBroker.start();
    pipeline = Herald.pipeline();
  }

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  /** Up to 3 restarts, 100 ms apart: what the failure tests recover with. */
  static Configuration restarts() {
    Configuration c = new Configuration();
    c.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
    return c;
  }

  @Test
  void writesTheSameArticlesEventsQuotesAndEntitiesAsThePipelineGivesDirectly() throws Exception {
    List<String> lines = Samples.lines();
    kafka.createTopic("raw-a", 2);
    kafka.produce("raw-a", lines);

    StreamOptions o = StreamOptions.topic(kafka.bootstrap(), "raw-a", "out-a").withParallelism(2)
        .withCheckpointMs(200).withGroupId("test-a").untilEnd();
    StreamJob.run(o, restarts());

    Map<String, JsonNode> expected = new TreeMap<>();
    for (String line : lines) {
      Article a = Samples.extract(pipeline, line);
      expected.put(a.id(), Samples.json(a));
    }
    assertThat(expected).hasSize(14);
    assertThat(byKey(kafka.readCommitted("out-a.articles"))).isEqualTo(expected);
    for (String part : List.of("events", "quotes", "entities")) {
      Map<String, List<JsonNode>> want = new TreeMap<>();
      expected.forEach((id, tree) -> tree.path(part).forEach(x -> want.computeIfAbsent(id, k -> new ArrayList<>())
          .add(x)));
      assertThat(items(kafka.readCommitted("out-a." + part), part, expected)).as(part).isEqualTo(want);
    }
    int events = expected.values().stream().mapToInt(t -> t.path("events").size()).sum();
    assertThat(events).as("the samples hold events, or this test proves little").isGreaterThan(20);
    assertThat(kafka.readCommitted("out-a.errors")).isEmpty();
  }

  @Test
  void backfillsFilesThroughTheCommandLineWithTheSameResultsAsFromATopic() throws Exception {
    // a relative path, as a user types it (file:///..., s3://... work too)
    String relative = Path.of("").toAbsolutePath().relativize(Samples.dir().toAbsolutePath().normalize()).toString();
    int code = StreamMain.run(new String[] {"--bootstrap", kafka.bootstrap(), "--files", relative,
        "--out-prefix", "out-f", "--parallelism", "2",
        "--checkpoint-ms", "200"}, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
    assertThat(code).isZero();

    Map<String, JsonNode> expected = new TreeMap<>();
    for (String line : Samples.lines()) {
      Article a = Samples.extract(pipeline, line);
      expected.put(a.id(), Samples.json(a));
    }
    Map<String, JsonNode> got = byKey(kafka.readCommitted("out-f.articles"));
    assertThat(got.keySet()).isEqualTo(expected.keySet());
    // a path is where a file was read from: file:/... from Flink, a plain path from herald-io
    got.values().forEach(n -> ((ObjectNode) n).remove("path"));
    expected.values().forEach(n -> ((ObjectNode) n).remove("path"));
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void linksReportsOfOneEventAcrossArticlesAsTheStoreDoes(@TempDir Path tmp) throws Exception {
    List<String> lines = Samples.variants(2, true);
    kafka.createTopic("raw-b", 2);
    kafka.produce("raw-b", lines);
    // the samples' days span years in no order: let every report join, as the store does, whatever its order
    StreamOptions o = StreamOptions.topic(kafka.bootstrap(), "raw-b", "out-b").withParallelism(2)
        .withCheckpointMs(200).withGroupId("test-b").withOutOfOrderDays(36_500).untilEnd();
    StreamJob.run(o, restarts());

    Map<String, JsonNode> latest = new HashMap<>();
    List<JsonNode> finals = new ArrayList<>();
    for (ConsumerRecord<String, String> r : kafka.readCommitted("out-b.linked-events")) {
      JsonNode n = Samples.JSON.readTree(r.value());
      assertThat(r.key()).isEqualTo(n.get("id").asText());
      latest.put(r.key(), n);
      if (n.get("final").asBoolean()) {
        finals.add(n);
      }
    }
    // a bounded job ends with the watermark at the end of time: every linked event is closed, once
    assertThat(finals).hasSameSizeAs(latest.values());
    assertThat(finals).allSatisfy(n -> assertThat(latest.get(n.get("id").asText())).isEqualTo(n));

    List<String> stream = new ArrayList<>();
    for (JsonNode n : finals) {
      stream.add(n.path("source").path("code").asText() + " " + n.path("target").path("code").asText("") + " "
          + n.get("cameo").asText() + " " + n.get("day").asText() + " " + n.get("numMentions").asInt() + "/"
          + n.get("numArticles").asInt() + "/" + n.get("numSources").asInt());
    }
    List<String> store = new ArrayList<>();
    try (Store s = Store.open(tmp.resolve("store.db"))) {
      for (String line : lines) {
        s.put(Samples.extract(pipeline, line));
      }
      for (LinkedEvent e : s.events(Filter.all().limit(100_000))) {
        store.add(e.source().code() + " " + (e.target() == null ? "" : e.target().code()) + " " + e.cameo() + " "
            + e.day() + " " + e.numMentions() + "/" + e.numArticles() + "/" + e.numSources());
      }
    }
    assertThat(stream).containsExactlyInAnyOrderElementsOf(store);
    assertThat(finals).as("each sample was sent twice, from two hosts: most events are linked across them")
        .filteredOn(n -> n.get("numArticles").asInt() == 2 && n.get("numSources").asInt() == 2)
        .hasSizeGreaterThan(finals.size() / 2);
  }

  @Test
  void closesALinkedEventOnceTheWatermarkPassesItsWindowSoALateReportStartsAfresh() throws Exception {
    List<String> variants = Samples.variants(2);
    List<String> base = Samples.lines();
    int early = 0;
    int late = 0;
    for (int i = 0; i < base.size(); i++) {
      String published = Samples.JSON.readTree(base.get(i)).path("text").asText("");
      if (published.contains("Published: 2023-03-15")) {
        early = i;
      } else if (published.contains("Published: 2025-04-10")) {
        late = i;
      }
    }
    assertThat(late).as("the samples of 2023-03-15 and 2025-04-10").isNotEqualTo(early);
    // in this order, one task: a 2023 article, a 2025 one (the watermark moves past 2023), the 2023 one again
    List<String> lines = List.of(variants.get(early), variants.get(late), variants.get(base.size() + early));
    kafka.createTopic("raw-d", 1);
    kafka.produce("raw-d", lines);
    StreamOptions o = StreamOptions.topic(kafka.bootstrap(), "raw-d", "out-d").withCheckpointMs(200)
        .withGroupId("test-d").untilEnd();
    String earlyId = Samples.JSON.readTree(variants.get(early)).get("id").asText();
    StreamJob.createTopics(o);
    StreamExecutionEnvironment env = StreamJob.environment(o, restarts());
    // the third article waits until the 2025 watermark has closed the first 2023 linked events (their final records
    // are in the sink's open transaction: read_uncommitted sees them)
    PauseBefore.until = () -> kafka.readUncommitted("out-d.linked-events").stream()
        .anyMatch(r -> r.value().contains("\"final\":true") && r.value().contains(earlyId));
    // in a task of its own: chained to the extracting task, its wait would hold back that task's watermarks too
    StreamJob.define(StreamJob.source(env, o).map(new PauseBefore(3)).uid("pause").disableChaining(), o);
    env.execute("late report");
    assertThat(PauseBefore.waited).as("the 2023 events closed before the late report").isTrue();

    String againId = Samples.JSON.readTree(variants.get(base.size() + early)).get("id").asText();
    Map<String, List<JsonNode>> finals = new TreeMap<>();
    for (ConsumerRecord<String, String> r : kafka.readCommitted("out-d.linked-events")) {
      JsonNode n = Samples.JSON.readTree(r.value());
      if (n.get("final").asBoolean()) {
        finals.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(n);
      }
    }
    List<JsonNode> of2023 = finals.values().stream().flatMap(List::stream)
        .filter(n -> n.get("first").get("article").asText().equals(earlyId)
            || n.get("first").get("article").asText().equals(againId)).toList();
    assertThat(of2023).as("the 2023 article's events").isNotEmpty();
    // each linked event of 2023 closed once with only the first report, then again with only the late one
    assertThat(of2023).allSatisfy(n -> assertThat(n.get("numArticles").asInt()).isEqualTo(1));
    assertThat(of2023).extracting(n -> n.get("first").get("article").asText()).contains(earlyId, againId);
    assertThat(finals.entrySet()).filteredOn(e -> e.getValue().get(0).get("day").asText().startsWith("2023-03"))
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).hasSizeGreaterThanOrEqualTo(2));
  }

  /** Passes records on; before the {@code n}th (one task) waits, up to 60 s, until {@link #until} holds. */
  static final class PauseBefore extends RichMapFunction<String, String> {
    private static final long serialVersionUID = 1L;
    static volatile java.util.function.BooleanSupplier until;
    static volatile boolean waited;
    private final int n;
    private int seen;

    PauseBefore(int n) {
      this.n = n;
    }

    @Override
    public String map(String value) throws Exception {
      if (++seen == n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!until.getAsBoolean() && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        waited = until.getAsBoolean();
      }
      return value;
    }
  }

  @Test
  void aFailureMidStreamRestoresFromTheCheckpointAndLosesAndDuplicatesNothing() throws Exception {
    List<String> lines = Samples.variants(4);
    kafka.createTopic("raw-c", 2);
    kafka.produce("raw-c", lines);
    StreamOptions o = StreamOptions.topic(kafka.bootstrap(), "raw-c", "out-c").withParallelism(2)
        .withCheckpointMs(100).withGroupId("test-c").untilEnd();

    FailOnce.reset(lines.size() / 4);
    StreamJob.createTopics(o);
    StreamExecutionEnvironment env = StreamJob.environment(o, restarts());
    StreamJob.define(StreamJob.source(env, o).map(new FailOnce()).uid("fail-once"), o);
    env.execute("fail once");
    assertThat(FailOnce.FAILED).as("the job did fail mid-stream").isTrue();

    List<ConsumerRecord<String, String>> articles = kafka.readCommitted("out-c.articles");
    assertThat(articles).as(() -> "committed articles; all written, aborted included: "
        + kafka.readUncommitted("out-c.articles").stream().map(ConsumerRecord::key).distinct().count()
        + " distinct of " + kafka.readUncommitted("out-c.articles").size())
        .extracting(ConsumerRecord::key).doesNotHaveDuplicates().hasSize(lines.size());
    int events = 0;
    for (String line : lines) {
      events += Samples.extract(pipeline, line).layer(org.herald.stage.event.EventStage.EVENTS).size();
    }
    int reported = 0;
    for (ConsumerRecord<String, String> r : kafka.readCommitted("out-c.events")) {
      reported += Samples.JSON.readTree(r.value()).get("events").size();
    }
    assertThat(reported).isEqualTo(events);
  }

  /** The records' values as JSON, by key; fails on a repeated key. */
  private static Map<String, JsonNode> byKey(List<ConsumerRecord<String, String>> records) throws Exception {
    Map<String, JsonNode> m = new TreeMap<>();
    for (ConsumerRecord<String, String> r : records) {
      assertThat(m.put(r.key(), Samples.JSON.readTree(r.value()))).as("repeated key " + r.key()).isNull();
    }
    return m;
  }

  /**
   * The items of per-article records ({@code {"article", "url", "published", PART: [...]}}) by article id (which
   * must be the key), checking each record's fields against the article's.
   */
  private static Map<String, List<JsonNode>> items(List<ConsumerRecord<String, String>> records, String part,
      Map<String, JsonNode> articles) throws Exception {
    Map<String, List<JsonNode>> m = new TreeMap<>();
    for (ConsumerRecord<String, String> r : records) {
      JsonNode n = Samples.JSON.readTree(r.value());
      assertThat(n.get("schema").asText()).isEqualTo(Herald.SCHEMA);
      assertThat(n.get("article").asText()).isEqualTo(r.key());
      assertThat(n.get("url")).isEqualTo(articles.get(r.key()).get("url"));
      assertThat(n.get("published")).isEqualTo(articles.get(r.key()).get("published"));
      List<JsonNode> list = new ArrayList<>();
      n.get(part).forEach(list::add);
      assertThat(m.put(r.key(), list)).as("a second " + part + " record for " + r.key()).isNull();
    }
    return m;
  }

  /**
   * Passes records on and throws once: at the first record after {@code after} records and a completed checkpoint.
   * Until a checkpoint completes it passes records slowly, so that one completes before the source runs dry (the
   * first waits for every task to be running, the pipeline's loading included).
   */
  static final class FailOnce extends RichMapFunction<String, String> implements CheckpointListener {
    private static final long serialVersionUID = 1L;
    static final AtomicInteger SEEN = new AtomicInteger();
    static volatile boolean FAILED;
    static volatile int after;
    private static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();

    static void reset(int n) {
      SEEN.set(0);
      FAILED = false;
      CHECKPOINTED.set(false);
      after = n;
    }

    @Override
    public void open(OpenContext context) {
    }

    @Override
    public String map(String value) throws Exception {
      Thread.sleep(CHECKPOINTED.get() ? 5 : 400); // up to 11 s a task for the first checkpoint on a busy machine
      if (!FAILED && SEEN.incrementAndGet() > after && CHECKPOINTED.get()) {
        FAILED = true;
        throw new IllegalStateException("failing once on purpose, mid-stream");
      }
      return value;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTED.set(true);
    }
  }
}

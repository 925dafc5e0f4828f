package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.herald.Herald;
import org.herald.pipeline.Pipeline;
import org.herald.stage.event.EventStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stream job with the JDBC sink, end to end: a Flink MiniCluster, a KRaft broker and a PostgreSQL server
 * ({@link LocalPostgres}); what lands in PostgreSQL is what lands in Kafka, once, across a failure.
 */
class PostgresSinkTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static KafkaBroker kafka;
  static LocalPostgres pg;
  static Pipeline pipeline;

  @BeforeAll
  static void start() throws Exception {
    pg = LocalPostgres.startOrSkip();
    kafka = KafkaBroker.start();
    pipeline = Herald.pipeline();
  }

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
    if (pg != null) {
      pg.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void aFailureMidStreamLeavesEveryArticleEventAndLinkedEventInPostgresOnce() throws Exception {
    List<String> lines = Samples.variants(2, true);
    kafka.createTopic("raw-pg", 2);
    kafka.produce("raw-pg", lines);
    String url = pg.newDatabase();
    StreamOptions o = StreamOptions.topic(kafka.bootstrap(), "raw-pg", "out-pg").withParallelism(2)
        .withCheckpointMs(100).withGroupId("test-pg").withOutOfOrderDays(36_500).untilEnd();

    StreamJobTest.FailOnce.reset(lines.size() / 4);
    StreamJob.createTopics(o);
    StreamExecutionEnvironment env = StreamJob.environment(o, StreamJobTest.restarts());
    StreamJob.define(StreamJob.source(env, o).map(new StreamJobTest.FailOnce()).uid("fail-once"), o,
        Dictionaries.NONE, pg.target(url));
    env.execute("fail once, to PostgreSQL");
    assertThat(StreamJobTest.FailOnce.FAILED).as("the job did fail mid-stream").isTrue();

    int events = 0;
    for (String line : lines) {
      events += Samples.extract(pipeline, line).layer(EventStage.EVENTS).size();
    }
    assertThat(PostgresRowsTest.count(url, "SELECT count(*) FROM article")).isEqualTo(lines.size());
    assertThat(PostgresRowsTest.count(url, "SELECT count(DISTINCT herald_id) FROM article")).isEqualTo(lines.size());
    assertThat(PostgresRowsTest.count(url, "SELECT count(*) FROM event")).isEqualTo(events);
    // every event report is joined to its linked event, and the links' final counts are Kafka's
    assertThat(PostgresRowsTest.count(url, "SELECT count(*) FROM event v JOIN article a ON a.id = v.article_id "
        + "JOIN event_report r ON r.herald_id = a.herald_id AND r.local_id = v.local_id")).isEqualTo(events);
    Map<String, String> finals = new HashMap<>();
    for (ConsumerRecord<String, String> r : kafka.readCommitted("out-pg.linked-events")) {
      JsonNode n = Samples.JSON.readTree(r.value());
      if (n.get("final").asBoolean()) {
        finals.put(r.key(), n.get("numMentions").asInt() + "/" + n.get("numArticles").asInt() + "/"
            + n.get("numSources").asInt());
      }
    }
    Map<String, String> stored = new HashMap<>();
    List<String> open = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "herald", null); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT id, num_mentions, num_articles, num_sources, closed FROM event_link")) {
      while (r.next()) {
        stored.put(r.getString(1), r.getInt(2) + "/" + r.getInt(3) + "/" + r.getInt(4));
        if (!r.getBoolean(5)) {
          open.add(r.getString(1));
        }
      }
    }
    assertThat(stored).isEqualTo(finals);
    // the README's query: each linked event's first report, its article and sentence, found by the link's ids
    assertThat(PostgresRowsTest.count(url, "SELECT count(*) FROM event_link l "
        + "JOIN article a ON a.herald_id = l.first_article "
        + "JOIN event v ON v.article_id = a.id AND v.local_id = l.first_event "
        + "WHERE l.day >= DATE '2000-01-01' - DATE '1970-01-01' - 7 AND substr(a.text, v.sentence_start + 1, 160) <> ''"))
        .isEqualTo(PostgresRowsTest.count(url, "SELECT count(*) FROM event_link WHERE day >= 10957 - 7"));
    assertThat(open).as("a bounded job closes every linked event").isEmpty();
    assertThat(stored.values()).as("each sample came from two hosts: events are linked across them")
        .contains("2/2/2");
  }

  @Test
  void theCommandLineRefusesAJdbcUrlThatIsNotPostgres() {
    StringWriter err = new StringWriter();
    int code = StreamMain.run(new String[] {"--bootstrap", "localhost:9092", "--in", "raw", "--out-prefix", "out",
        "--jdbc", "jdbc:mysql://localhost/herald"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--jdbc wants a PostgreSQL JDBC URL").doesNotContain("Exception");
  }
}

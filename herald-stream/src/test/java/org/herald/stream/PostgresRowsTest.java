package org.herald.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.pipeline.Pipeline;
import org.herald.stage.date.DateStage;
import org.herald.stage.event.EventStage;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.QuoteStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC sink's writes on a real PostgreSQL server ({@link LocalPostgres}), without Flink. */
class PostgresRowsTest {
  static LocalPostgres pg;
  static Pipeline pipeline;

  @BeforeAll
  static void start() throws Exception {
    pg = LocalPostgres.startOrSkip();
    pipeline = Herald.pipeline();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) {
      pg.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  /** The stream job's records for {@code line}: what {@link ExtractFunction} emits. */
  static List<Message> records(Article a) throws Exception {
    List<Message> out = new ArrayList<>();
    ExtractFunction f = new ExtractFunction();
    f.open(null);
    f.emit(a, new org.apache.flink.util.Collector<>() {
      @Override
      public void collect(Message m) {
        out.add(m);
      }

      @Override
      public void close() {
      }
    }, null);
    return out;
  }

  static long count(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "herald", null);
         Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void writesEachArticleWithItsEntitiesMentionsQuotesDatesAndEventsAndWritingItAgainChangesNothing()
      throws Exception {
    String url = pg.newDatabase();
    List<Article> articles = new ArrayList<>();
    List<Message> batch = new ArrayList<>();
    for (String line : Samples.lines()) {
      Article a = Samples.extract(pipeline, line);
      articles.add(a);
      batch.addAll(records(a));
    }
    int entities = articles.stream().mapToInt(a -> a.layer(NameStage.ENTITIES).size()).sum();
    int mentions = articles.stream().flatMap(a -> a.layer(NameStage.ENTITIES).stream())
        .mapToInt(e -> e.mentions().size()).sum();
    int quotes = articles.stream().mapToInt(a -> a.layer(QuoteStage.QUOTES).size()).sum();
    int speakers = (int) articles.stream().flatMap(a -> a.layer(QuoteStage.QUOTES).stream())
        .filter(q -> q.speaker() != null).count();
    int dates = articles.stream().mapToInt(a -> a.layer(DateStage.TIMEX).size()).sum();
    int events = articles.stream().mapToInt(a -> a.layer(EventStage.EVENTS).size()).sum();
    assertThat(events).as("the samples hold events, or this test proves little").isGreaterThan(20);
    assertThat(speakers).isPositive();

    try (PostgresRows rows = PostgresRows.open(pg.target(url))) {
      rows.write(batch);
      rows.write(batch); // a replay after a restart
    }
    assertThat(count(url, "SELECT count(*) FROM article")).isEqualTo(articles.size());
    assertThat(count(url, "SELECT count(*) FROM entity")).isEqualTo(entities);
    assertThat(count(url, "SELECT count(*) FROM mention")).isEqualTo(mentions);
    assertThat(count(url, "SELECT count(*) FROM quote")).isEqualTo(quotes);
    assertThat(count(url, "SELECT count(*) FROM quote q JOIN entity e ON e.id = q.speaker_id "
        + "WHERE e.article_id = q.article_id")).isEqualTo(speakers);
    assertThat(count(url, "SELECT count(*) FROM timex")).isEqualTo(dates);
    assertThat(count(url, "SELECT count(*) FROM event")).isEqualTo(events);
    assertThat(count(url, "SELECT count(*) FROM event WHERE source_entity IS NOT NULL")).isPositive();
    assertThat(count(url, "SELECT count(*) FROM article WHERE n_events <> "
        + "(SELECT count(*) FROM event v WHERE v.article_id = article.id)")).isZero();
    // the full-text column finds the seed-like sample about Russia and North Korea
    assertThat(count(url, "SELECT count(*) FROM article WHERE search @@ to_tsquery('simple', 'pyongyang')"))
        .isPositive();
  }

  @Test
  void aNewerTextAtTheSameUrlReplacesTheOlderArticleAndItsRows() throws Exception {
    String url = pg.newDatabase();
    String line = Samples.lines().get(0);
    ObjectNode older = (ObjectNode) Samples.JSON.readTree(line);
    older.put("url", "https://news.example.org/story?id=7");
    ObjectNode newer = older.deepCopy();
    newer.put("id", "newer");
    newer.put("text", older.get("text").asText() + "\n\nThis story was updated with a closing paragraph.");
    Article a = Samples.extract(pipeline, Samples.JSON.writeValueAsString(older));
    Article b = Samples.extract(pipeline, Samples.JSON.writeValueAsString(newer));
    try (PostgresRows rows = PostgresRows.open(pg.target(url))) {
      rows.write(records(a));
      rows.write(records(b));
    }
    assertThat(count(url, "SELECT count(*) FROM article")).isEqualTo(1);
    assertThat(count(url, "SELECT count(*) FROM article WHERE herald_id = 'newer' AND text LIKE '%closing paragraph.'"))
        .isEqualTo(1);
    assertThat(count(url, "SELECT count(*) FROM entity")).isEqualTo(b.layer(NameStage.ENTITIES).size());
    assertThat(count(url, "SELECT count(*) FROM event")).isEqualTo(b.layer(EventStage.EVENTS).size());
  }

  @Test
  void aBatchWithABrokenRecordIsWrittenNotAtAll() throws Exception {
    String url = pg.newDatabase();
    List<Message> batch = new ArrayList<>(records(Samples.extract(pipeline, Samples.lines().get(1))));
    batch.add(new Message("articles", "broken", "{\"id\":\"broken\",\"text\":\"x\",\"published\":\"not a date\"}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try (PostgresRows rows = PostgresRows.open(pg.target(url))) {
      assertThatThrownBy(() -> rows.write(batch)).isInstanceOf(RuntimeException.class);
      rows.write(batch.subList(0, batch.size() - 1)); // the connection is usable after the rollback
    }
    assertThat(count(url, "SELECT count(*) FROM article")).isEqualTo(1);
  }

  @Test
  void aLinkedEventsCountsOnlyGrowAndEachReportIsJoinedToItOnce() throws Exception {
    String url = pg.newDatabase();
    try (PostgresRows rows = PostgresRows.open(pg.target(url))) {
      rows.write(List.of(link(1, 1, "a1", false), link(2, 2, "a2", false)));
      rows.write(List.of(link(1, 1, "a1", false))); // an older state replayed after a restart
      rows.write(List.of(link(2, 2, null, true)));  // the closing record names no report
    }
    assertThat(count(url, "SELECT num_mentions * 10 + num_articles FROM event_link")).isEqualTo(22);
    assertThat(count(url, "SELECT count(*) FROM event_link WHERE closed AND day = 19892")).isEqualTo(1);
    assertThat(count(url, "SELECT count(*) FROM event_report WHERE link_id = 'RUS|PRK|061@2024-06-18'"))
        .isEqualTo(2);
  }

  private static Message link(int mentions, int articles, String reportArticle, boolean last) throws Exception {
    ObjectNode o = Samples.JSON.createObjectNode();
    o.put("id", "RUS|PRK|061@2024-06-18");
    o.put("day", "2024-06-18");
    o.putObject("source").put("code", "RUSGOV").put("name", "Putin");
    o.putObject("target").put("code", "PRKGOV").put("name", "Kim Jong Un");
    o.put("cameo", "061").put("plover", "COOPERATE").put("quadClass", 2).put("goldstein", 6.4);
    o.put("numMentions", mentions).put("numArticles", articles).put("numSources", articles);
    o.putObject("first").put("article", "a1").put("event", "V1");
    if (reportArticle != null) {
      o.putArray("reports").addObject().put("article", reportArticle).put("event", "V1");
    }
    o.put("final", last);
    return new Message("linked-events", "RUS|PRK|061@2024-06-18", Samples.JSON.writeValueAsBytes(o));
  }

  @Test
  void writersStartingTogetherCreateTheSchemaOnce() throws Exception {
    String url = pg.newDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> opened = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        opened.add(pool.submit((Callable<Boolean>) () -> {
          try (PostgresRows rows = PostgresRows.open(pg.target(url))) {
            return true;
          }
        }));
      }
      for (Future<Boolean> f : opened) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(count(url, "SELECT version FROM herald_schema WHERE name = 'store'")).isEqualTo(1);
  }

  @Test
  void theSchemaScriptSplitsIntoStatementsWithoutItsComments() {
    List<String> s = PostgresRows.statements("-- a table; with a semicolon\nCREATE TABLE a (x INT); -- done\n"
        + "CREATE INDEX i ON a(x);\n");
    assertThat(s).containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a(x)");
  }

  @Test
  void aTargetThatIsNotPostgresIsRefusedAndThePasswordIsNeverPrinted() {
    assertThatThrownBy(() -> new PostgresTarget("jdbc:sqlite:/tmp/x.db", null, null))
        .hasMessageContaining("not a PostgreSQL JDBC URL");
    assertThat(new PostgresTarget("jdbc:postgresql://db:5432/herald", "ana", "s3cret").toString())
        .doesNotContain("s3cret").contains("ana");
  }
}

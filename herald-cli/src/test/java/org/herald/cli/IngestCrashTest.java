package org.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed mid-ingest leaves every article it committed whole, and nothing half-written. */
class IngestCrashTest {
  @TempDir
  Path dir;

  @Test
  void killingAnIngestLeavesOnlyWholeArticles() throws Exception {
    String story = "The trade minister of Chile met her Peruvian counterpart in Lima on Tuesday. "
        + "\"We agreed on a common port policy,\" she said. Peru accused Bolivia of closing the border. ";
    Path in = Files.createDirectories(dir.resolve("in"));
    String[] words = ("harbour ferry cargo quay tariff copper wheat customs railway tunnel pilot crane container "
        + "freight dock lorry toll inspector treaty envoy fishing quota salmon border visa permit tanker storm "
        + "lighthouse channel pier warehouse").split(" ");
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 600; i++) {
      // each article its own details, so none is a near-duplicate of another (the store keeps those once)
      StringBuilder details = new StringBuilder("Story number " + i + " also covered");
      for (int w = 0; w < 80; w++) {
        details.append(' ').append(words[random.nextInt(words.length)]);
      }
      Files.writeString(in.resolve(String.format("%04d.txt", i)), "Port talks " + i + "\n" + story.repeat(2)
          + details + ".\n");
    }
    Path db = dir.resolve("herald.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "-v", "--store", db.toString(), "--published", "2024-06-17", in.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int confirmed = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String l; confirmed < 25 && (l = err.readLine()) != null; ) {
        if (l.startsWith("herald: stored ")) {
          confirmed++;
        }
      }
      p.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(confirmed).as("the child stored articles before it was killed").isEqualTo(25);

    long stored;
    try (Store s = Store.open(db)) {
      stored = s.stats().articles();
      assertThat(stored).isBetween(25L, 599L);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      try (ResultSet r = st.executeQuery("PRAGMA integrity_check")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("ok");
      }
      // every stored article has exactly the rows it was written with
      try (ResultSet r = st.executeQuery("SELECT count(*) FROM article a WHERE "
          + "n_entities != (SELECT count(*) FROM entity WHERE article_id = a.id) "
          + "OR n_quotes != (SELECT count(*) FROM quote WHERE article_id = a.id) "
          + "OR n_dates != (SELECT count(*) FROM timex WHERE article_id = a.id) "
          + "OR n_events != (SELECT count(*) FROM event WHERE article_id = a.id) "
          + "OR NOT EXISTS (SELECT 1 FROM article_fts WHERE article_fts MATCH 'port' AND rowid = a.id)")) {
        r.next();
        assertThat(r.getInt(1)).isZero();
      }
      try (ResultSet r = st.executeQuery("SELECT count(*), sum(n_entities > 0), sum(n_events > 0) FROM article")) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo(stored);
        assertThat(r.getLong(2)).as("articles carry their annotations").isEqualTo(stored);
      }
      try (ResultSet r = st.executeQuery("SELECT count(*) FROM event e LEFT JOIN event_link l ON l.id = e.link_id "
          + "WHERE l.id IS NULL")) {
        r.next();
        assertThat(r.getInt(1)).as("no report without its linked event").isZero();
      }
    }
    // ingesting again completes the batch and stores each article once
    CliRun again = CliRun.of("ingest", "--store", db.toString(), "--published", "2024-06-17", in.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains((600 - stored) + " stored, " + stored + " unchanged");
  }
}

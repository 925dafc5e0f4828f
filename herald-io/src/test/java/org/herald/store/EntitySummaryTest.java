package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-entity summary the store keeps at ingest (issue 8: entity queries under 100 ms on 100,000 articles). */
class EntitySummaryTest {
  @TempDir
  Path dir;

  /** What a profile says, without the row ids that depend on the order of ingestion. */
  private static List<Object> seen(EntityProfile p) {
    return List.of(p.name(), String.valueOf(p.country()), p.type(), p.articles(), String.valueOf(p.firstSeen()),
        String.valueOf(p.lastSeen()), p.roles(), p.quoteCount(),
        p.quotes().stream().map(q -> q.url() + " " + q.published() + " " + q.text()).toList(), p.eventCount(),
        p.events().stream().map(v -> v.day() + " " + v.cameo() + " " + v.numArticles()).toList());
  }

  private static List<List<Object>> profiles(Store s) {
    List<List<Object>> out = new ArrayList<>();
    for (String name : List.of("Anna Lindqvist", "Sweden", "Helsinki")) {
      s.entity(name, null, 2).forEach(p -> out.add(seen(p)));
    }
    return out;
  }

  private static void fillFinal(Store s) {
    s.put(Stories.visit("https://a.example.org/1", "2024-06-19", ""));
    s.put(Stories.visit("https://b.example.org/2", "2024-06-21", "\nMore talks."));
    s.put(Stories.visit("https://c.example.org/3", "2024-06-25", "\nTalks ended.", "2024-06-24"));
  }

  @Test
  void keepsCountsRolesAndDaysAcrossRepeatsAndReplacements() {
    try (Store s = Store.open(dir.resolve("a.db")); Store fresh = Store.open(dir.resolve("b.db"))) {
      s.put(Stories.visit("https://c.example.org/3", "2024-06-10", "\nTalks began."));
      s.put(Stories.visit("https://a.example.org/1", "2024-06-19", ""));
      s.put(Stories.visit("https://b.example.org/2", "2024-06-21", "\nMore talks."));
      s.put(Stories.visit("https://b.example.org/2", "2024-06-21", "\nMore talks."));
      // the earliest article is replaced by a later version: first seen must move forward
      s.put(Stories.visit("https://c.example.org/3", "2024-06-25", "\nTalks ended.", "2024-06-24"));

      EntityProfile anna = s.entity("Anna Lindqvist", null, 2).get(0);
      assertThat(anna.articles()).isEqualTo(3);
      assertThat(anna.firstSeen()).isEqualTo(LocalDate.of(2024, 6, 19));
      assertThat(anna.lastSeen()).isEqualTo(LocalDate.of(2024, 6, 25));
      assertThat(anna.roles()).containsExactly(Map.entry("Foreign Minister", 3));
      assertThat(anna.quoteCount()).isEqualTo(3);
      assertThat(anna.quotes()).extracting(StoredQuote::url)
          .containsExactly("https://c.example.org/3", "https://b.example.org/2");
      assertThat(anna.eventCount()).isEqualTo(3);
      assertThat(anna.events()).extracting(LinkedEvent::day)
          .containsExactly(LocalDate.of(2024, 6, 24), LocalDate.of(2024, 6, 18));

      fillFinal(fresh);
      assertThat(profiles(s)).as("the same as a store that only ever held the final articles")
          .isEqualTo(profiles(fresh));
      assertThat(s.entities("", 10)).isEqualTo(fresh.entities("", 10));
    }
  }

  @Test
  void anEntityNoLongerMentionedDisappearsFromQueries() {
    try (Store s = Store.open(dir.resolve("a.db"))) {
      s.put(Stories.visit("https://a.example.org/1", "2024-06-19", ""));
      assertThat(s.entities("hel", 5)).extracting(EntitySummary::name).containsExactly("Helsinki");
      s.put(Stories.visitWithoutHelsinki("https://a.example.org/1"));
      assertThat(s.entity("Helsinki", null, 5)).isEmpty();
      assertThat(s.entities("hel", 5)).isEmpty();
      assertThat(s.entity("Lindqvist", null, 5)).singleElement()
          .satisfies(p -> assertThat(p.articles()).isEqualTo(1));
    }
  }

  @Test
  void theMigrationBuildsTheSummaryOfAStoreFilledBeforeIt() throws Exception {
    Path now = dir.resolve("now.db");
    Path old = dir.resolve("old.db");
    List<Migrations.Script> v1 = Migrations.bundled().subList(0, 1);
    try (Store s = Store.open(now)) {
      fillFinal(s);
      s.put(Stories.visit("https://b.example.org/2", "2024-06-22", "\nMore talks today."));
    }
    try (Store s = Store.open(old, true, 1000, v1)) {
      assertThat(s.schemaVersion()).isEqualTo(1);
    }
    // copy the rows into the version 1 schema, leaving out what version 2 added
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
      st.execute("ATTACH DATABASE '" + now + "' AS now");
      for (String table : List.of("article", "entity", "mention", "event_link", "quote", "timex", "event",
          "event_key", "tally")) {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = st.executeQuery("PRAGMA main.table_info(" + table + ")")) {
          while (r.next()) {
            columns.add(r.getString("name"));
          }
        }
        String list = String.join(", ", columns);
        st.executeUpdate("INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM now." + table);
      }
      st.executeUpdate("INSERT INTO article_fts (article_fts) VALUES ('rebuild')");
    }
    try (Store before = Store.open(now); Store after = Store.open(old)) {
      assertThat(after.schemaVersion()).isEqualTo(Migrations.bundled().size());
      assertThat(profiles(after)).isEqualTo(profiles(before)).isNotEmpty();
      assertThat(after.entities("", 10)).isEqualTo(before.entities("", 10));
      after.put(Stories.visit("https://d.example.org/4", "2024-06-30", "\nA last word."));
      assertThat(after.entity("Anna Lindqvist", null, 1).get(0).articles()).isEqualTo(4);
    }
  }
}

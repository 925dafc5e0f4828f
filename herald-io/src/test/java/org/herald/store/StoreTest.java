package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.herald.HeraldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir
  Path dir;

  private Store open() {
    return Store.open(dir.resolve("herald.db"));
  }

  @Test
  void storesAnArticleAndReadsItBackThroughEveryQuery() {
    try (Store s = open()) {
      Ingested in = s.put(Stories.visit("https://news.example.org/visit"));
      assertThat(in.outcome()).isEqualTo(Ingested.Outcome.STORED);

      List<SearchHit> hits = s.search("helsinki sea", Filter.all().limit(10));
      assertThat(hits).singleElement().satisfies(h -> {
        assertThat(h.title()).isEqualTo("Swedish minister visits Helsinki");
        assertThat(h.published()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(h.snippet()).contains("[sea]");
      });

      List<LinkedEvent> events = s.events(Filter.all().limit(10));
      assertThat(events).singleElement().satisfies(v -> {
        assertThat(v.day()).isEqualTo(LocalDate.of(2024, 6, 18));
        assertThat(v.source().code()).isEqualTo("SWEGOV");
        assertThat(v.source().name()).isEqualTo("Anna Lindqvist");
        assertThat(v.target().code()).isEqualTo("FINGOV");
        assertThat(v.plover()).isEqualTo("CONSULT");
        assertThat(v.numMentions()).isEqualTo(1);
        assertThat(v.first().trigger()).isEqualTo("met");
        assertThat(v.first().isRoot()).isTrue();
        assertThat(v.first().url()).isEqualTo("https://news.example.org/visit");
        assertThat(v.first().locationName()).isEqualTo("Helsinki");
        assertThat(Stories.TEXT.substring(v.first().start(), v.first().end())).isEqualTo("met");
      });

      List<EntityProfile> people = s.entity("anna lindqvist", null, 10);
      assertThat(people).singleElement().satisfies(p -> {
        assertThat(p.type()).isEqualTo("PERSON");
        assertThat(p.roles()).containsExactly(Map.entry("Foreign Minister", 1));
        assertThat(p.quotes()).singleElement().satisfies(q -> assertThat(q.text()).startsWith("We share one sea"));
        assertThat(p.events()).hasSize(1);
      });
      assertThat(s.entity("Lindqvist", null, 10)).as("a last name finds the person").hasSize(1);

      StoreStats st = s.stats();
      assertThat(List.of(st.articles(), st.entities(), st.quotes(), st.dates(), st.reports(), st.events()))
          .containsExactly(1L, 3L, 1L, 1L, 1L, 1L);
      assertThat(st.types()).containsEntry("CONSULT", 1L);
      assertThat(st.countries()).containsKeys("SWE", "FIN");
    }
  }

  @Test
  void filtersEventsByActorCountryTypeAndDays() {
    try (Store s = open()) {
      s.put(Stories.visit("https://news.example.org/visit"));
      assertThat(s.events(new Filter(null, null, "SWE", null, null, 10))).hasSize(1);
      assertThat(s.events(new Filter(null, null, "fingov", null, null, 10))).as("target, any case").hasSize(1);
      assertThat(s.events(new Filter(null, null, "RUS", null, null, 10))).isEmpty();
      assertThat(s.events(new Filter(null, null, null, "consult", "FIN", 10))).hasSize(1);
      assertThat(s.events(new Filter(null, null, "SWE", null, "NOR", 10))).isEmpty();
      assertThat(s.events(new Filter(LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 18), null, null, null, 0)))
          .hasSize(1);
      assertThat(s.events(new Filter(LocalDate.of(2024, 6, 19), null, null, null, null, 0))).isEmpty();
      assertThat(s.search("helsinki", new Filter(null, null, "SWE", "CONSULT", "FIN", 5))).hasSize(1);
      assertThat(s.search("helsinki", new Filter(null, null, "RUS", null, null, 5))).isEmpty();
    }
  }

  @Test
  void storingTheSameArticleAgainChangesNothing() {
    try (Store s = open()) {
      long id = s.put(Stories.visit("https://news.example.org/visit")).articleId();
      StoreStats before = s.stats();
      for (String url : List.of("https://news.example.org/visit", "http://www.News.example.org/visit/",
          "https://news.example.org/visit?utm_source=feed#top")) {
        Ingested again = s.put(Stories.visit(url));
        assertThat(again).isEqualTo(new Ingested(id, Ingested.Outcome.UNCHANGED));
      }
      assertThat(s.put(Stories.visit(null)).outcome()).as("same content, no URL").isEqualTo(Ingested.Outcome.UNCHANGED);
      StoreStats after = s.stats();
      assertThat(after.articles()).isEqualTo(before.articles());
      assertThat(after.reports()).isEqualTo(before.reports());
      assertThat(s.events(Filter.all()).get(0).numMentions()).isEqualTo(1);
    }
  }

  @Test
  void anUpdatedArticleFromTheSameUrlReplacesTheOlderOne() {
    try (Store s = open()) {
      s.put(Stories.visit("https://news.example.org/visit"));
      Ingested updated = s.put(Stories.visit("https://news.example.org/visit", "2024-06-19", "\nTalks went on."));
      assertThat(updated.outcome()).isEqualTo(Ingested.Outcome.UPDATED);
      StoreStats st = s.stats();
      assertThat(List.of(st.articles(), st.entities(), st.reports(), st.events())).containsExactly(1L, 3L, 1L, 1L);
      assertThat(st.types()).containsExactly(Map.entry("CONSULT", 1L));
      assertThat(s.events(Filter.all()).get(0).first().articleId()).isEqualTo(updated.articleId());
      assertThat(s.search("talks", Filter.all())).hasSize(1);
      assertThat(s.search("sea", Filter.all())).extracting(SearchHit::articleId).containsExactly(updated.articleId());
    }
  }

  @Test
  void linksReportsOfOneEventAcrossArticlesWithinADay() {
    try (Store s = open()) {
      s.put(Stories.visit("https://a.example.org/1", "2024-06-19", ""));
      // the same meeting, another paper, dated a day later by its own reading
      s.put(Stories.visit("https://b.example.net/2", "2024-06-20", " ", "2024-06-19"));
      // the same paper again, another story: one more article, no new source
      s.put(Stories.visit("https://a.example.org/3", "2024-06-20", "  ", "2024-06-17"));
      // three days away: another event
      s.put(Stories.visit("https://c.example.com/4", "2024-06-22", "   ", "2024-06-21"));
      List<LinkedEvent> events = s.events(Filter.all());
      assertThat(events).hasSize(2);
      assertThat(events.get(0).day()).isEqualTo(LocalDate.of(2024, 6, 21));
      assertThat(events.get(0).numMentions()).isEqualTo(1);
      LinkedEvent linked = events.get(1);
      assertThat(linked.day()).isEqualTo(LocalDate.of(2024, 6, 18));
      assertThat(List.of(linked.numMentions(), linked.numArticles(), linked.numSources())).containsExactly(3, 3, 2);
      assertThat(linked.first().url()).isEqualTo("https://a.example.org/1");
      assertThat(s.reports(linked.id())).extracting(EventReport::url)
          .containsExactly("https://a.example.org/1", "https://b.example.net/2", "https://a.example.org/3");
    }
  }

  @Test
  void aFailingArticleIsRolledBackWhole() {
    try (Store s = open()) {
      s.probe = step -> {
        if (step.equals("events")) {
          throw new IllegalStateException("injected failure");
        }
      };
      assertThatThrownBy(() -> s.put(Stories.visit("https://news.example.org/visit")))
          .isInstanceOf(HeraldException.class)
          .hasMessageContaining("injected failure")
          .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.WRITE);
      StoreStats st = s.stats();
      assertThat(List.of(st.articles(), st.entities(), st.quotes(), st.dates(), st.reports(), st.events()))
          .containsOnly(0L);
      assertThat(s.search("helsinki", Filter.all())).isEmpty();
      s.probe = step -> { };
      assertThat(s.put(Stories.visit("https://news.example.org/visit")).outcome())
          .isEqualTo(Ingested.Outcome.STORED);
    }
  }

  @Test
  void anEmptyFileIsMigratedToTheLatestSchema() throws Exception {
    Path db = dir.resolve("new.db");
    Files.createFile(db);
    try (Store s = Store.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.bundled().size());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
         ResultSet r = st.executeQuery("SELECT version, script FROM schema_version ORDER BY version")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(1);
      assertThat(r.getString(2)).isEqualTo("001-initial.sql");
      assertThat(c.getMetaData().getTables(null, null, "event_link", null).next()).isTrue();
      try (Statement st2 = c.createStatement();
           ResultSet idx = st2.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
               + "AND name IN ('entity_name', 'entity_last', 'event_key_link', 'article_published')")) {
        idx.next();
        assertThat(idx.getInt(1)).as("every statement of the script ran").isEqualTo(4);
      }
    }
    try (Store s = Store.open(db)) {
      assertThat(s.schemaVersion()).as("reopening runs nothing again").isEqualTo(Migrations.bundled().size());
    }
  }

  @Test
  void aLaterMigrationRunsOnceOnAnOlderStoreAndKeepsItsData() throws Exception {
    Path db = dir.resolve("old.db");
    List<Migrations.Script> v1 = Migrations.bundled();
    try (Store s = Store.open(db, true, 1000, v1)) {
      s.put(Stories.visit("https://news.example.org/visit"));
    }
    Migrations.Script v2 = new Migrations.Script(v1.size() + 1, "002-test.sql",
        "-- a column added later\nALTER TABLE article ADD COLUMN section TEXT;\n"
            + "UPDATE article SET section = 'world';\n");
    List<Migrations.Script> both = new java.util.ArrayList<>(v1);
    both.add(v2);
    try (Store s = Store.open(db, true, 1000, both)) {
      assertThat(s.schemaVersion()).isEqualTo(v1.size() + 1);
      assertThat(s.stats().articles()).isEqualTo(1);
    }
    try (Store s = Store.open(db, true, 1000, both)) {
      assertThat(s.schemaVersion()).isEqualTo(v1.size() + 1);
    }
    assertThatThrownBy(() -> Store.open(db, true, 1000, v1))
        .isInstanceOf(HeraldException.class).hasMessageContaining("newer than this Herald")
        .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.TOO_NEW);
  }

  @Test
  void refusesAFileThatIsNotAStoreAndLeavesItUntouched() throws Exception {
    Path junk = dir.resolve("junk.db");
    byte[] bytes = "this is not a database, just some notes\n".repeat(200).getBytes();
    Files.write(junk, bytes);
    assertThatThrownBy(() -> Store.open(junk)).isInstanceOf(HeraldException.class)
        .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.CORRUPT);
    assertThat(Files.readAllBytes(junk)).isEqualTo(bytes);
    assertThat(Files.exists(dir.resolve("junk.db-wal"))).isFalse();

    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
      st.executeUpdate("CREATE TABLE recipes (name TEXT)");
    }
    assertThatThrownBy(() -> Store.open(other)).isInstanceOf(HeraldException.class)
        .hasMessageContaining("another program")
        .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.CORRUPT);
  }

  @Test
  void reportsAFolderPathAndAMissingStore() {
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(HeraldException.class)
        .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.PATH);
    assertThatThrownBy(() -> Store.openExisting(dir.resolve("none.db"))).isInstanceOf(HeraldException.class)
        .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.MISSING);
    assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
    try (Store s = Store.open(dir.resolve("deep/er/herald.db"))) {
      assertThat(Files.exists(s.path())).as("makes the folders of a new store").isTrue();
    }
  }

  @Test
  void aStoreLockedByAnotherWriterFailsWithTheLockedCode() throws Exception {
    Path db = dir.resolve("herald.db");
    try (Store s = Store.open(db)) {
      s.put(Stories.visit("https://news.example.org/visit"));
    }
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      other.setAutoCommit(false);
      try (Statement st = other.createStatement()) {
        st.executeUpdate("DELETE FROM timex"); // holds the write lock until rollback
      }
      try (Store s = Store.open(db, true, 200, Migrations.bundled())) {
        assertThat(s.stats().articles()).as("readers go on beside a writer").isEqualTo(1);
        assertThatThrownBy(() -> s.put(Stories.visit("https://news.example.org/other", "2024-06-20", "!")))
            .isInstanceOf(HeraldException.class).hasMessageContaining("locked")
            .extracting(e -> ((HeraldException) e).code()).isEqualTo(StoreCodes.LOCKED);
      }
      other.rollback();
    }
    try (Store s = Store.open(db)) {
      assertThat(s.stats().dates()).as("nothing lost").isEqualTo(1);
    }
  }

  @Test
  void defaultPathFollowsXdg() {
    assertThat(Store.defaultPath(Map.of("XDG_DATA_HOME", "/data"), "/home/u"))
        .isEqualTo(Path.of("/data/herald/herald.db"));
    assertThat(Store.defaultPath(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.local/share/herald/herald.db"));
    assertThat(Store.defaultPath(Map.of("XDG_DATA_HOME", "relative"), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/herald/herald.db"));
  }
}

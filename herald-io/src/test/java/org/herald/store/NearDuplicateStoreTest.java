package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicateStoreTest {
  @TempDir
  Path dir;

  private static final String STORY = "The city council of Lakemoor voted on Thursday to close the old harbour bridge "
      + "for two years of repairs, after engineers found cracks in three of its supporting pillars.\n"
      + "Ferries will carry commuters across the bay while the work goes on, the council said, and the first "
      + "boats are due to sail next month from the fishing quay.\n"
      + "Shop owners on the north bank warned that fewer visitors would reach them during the summer season.";

  private static Article article(String url, String title, String text) {
    return Article.builder("a", text).url(url).title(title).published(LocalDate.of(2024, 6, 20)).build();
  }

  private Store open() {
    return Store.open(dir.resolve("herald.db"));
  }

  @Test
  void aSyndicatedCopyWithSmallEditsIsStoredOnceAndRemembersItsAddress() throws SQLException {
    try (Store s = open()) {
      Ingested first = s.put(article("https://lakemoor-times.example/bridge", "Harbour bridge to close", STORY));
      String copy = STORY.replace("on Thursday", "late on Thursday").replace("Shop owners", "Some shop owners");
      Ingested again = s.put(article("https://wire.example.com/2024/06/20/bridge-closes", "Bridge closes", copy));
      assertThat(again).isEqualTo(new Ingested(first.articleId(), Ingested.Outcome.DUPLICATE));
      assertThat(s.stats().articles()).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("herald.db"));
         Statement st = c.createStatement();
         ResultSet r = st.executeQuery("SELECT url, article_id, similarity FROM article_alias")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("https://wire.example.com/2024/06/20/bridge-closes");
      assertThat(r.getLong(2)).isEqualTo(1);
      assertThat(r.getDouble(3)).isBetween(0.8, 1.0);
    }
  }

  @Test
  void anotherStoryOnTheSameSubjectIsStored() {
    try (Store s = open()) {
      s.put(article("https://lakemoor-times.example/bridge", "Harbour bridge to close", STORY));
      String other = "Engineers began testing the pillars of the harbour bridge in Lakemoor on Monday, a week after "
          + "the council closed it.\nThe first results show the cracks are deeper than feared, and the repairs may "
          + "take a third year, the chief engineer told reporters at the fishing quay.";
      assertThat(s.put(article("https://lakemoor-times.example/pillars", "Pillars tested", other)).outcome())
          .isEqualTo(Ingested.Outcome.STORED);
      assertThat(s.stats().articles()).isEqualTo(2);
    }
  }

  @Test
  void aReplacedVersionNoLongerCatchesCopiesOfItsOldText() {
    try (Store s = open()) {
      String url = "https://lakemoor-times.example/bridge";
      s.put(article(url, "Harbour bridge to close", STORY));
      String rewritten = "Correction: the council of Lakemoor has postponed its vote on the harbour bridge until "
          + "the autumn, and the bridge stays open to traffic for now, a spokeswoman said on Friday evening.";
      assertThat(s.put(article(url, "Bridge vote postponed", rewritten)).outcome()).isEqualTo(Ingested.Outcome.UPDATED);
      assertThat(s.put(article("https://wire.example.com/bridge", "Harbour bridge to close", STORY + " ")).outcome())
          .isEqualTo(Ingested.Outcome.STORED);
    }
  }

  @Test
  void shortTextsAreOnlyComparedExactly() {
    try (Store s = open()) {
      s.put(article("https://a.example/1", "Brief", "The bridge is closed today."));
      assertThat(s.put(article("https://b.example/2", "Brief", "The bridge is closed today!")).outcome())
          .isEqualTo(Ingested.Outcome.STORED);
    }
  }

  @Test
  void articlesStoredBeforeTheMigrationGetTheirSignatures() {
    Path db = dir.resolve("old.db");
    List<Migrations.Script> v2 = Migrations.bundled().subList(0, 2);
    long id;
    try (Store old = Store.open(db, true, 1000, v2)) {
      id = old.put(article("https://lakemoor-times.example/bridge", "Harbour bridge to close", STORY)).articleId();
    }
    try (Store s = Store.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.bundled().size());
      Ingested copy = s.put(article("https://wire.example.com/bridge", "Bridge closes", STORY.replace("two", "2")));
      assertThat(copy).isEqualTo(new Ingested(id, Ingested.Outcome.DUPLICATE));
    }
  }
}

package org.herald.store;

import static org.herald.store.SqlParams.setDouble;
import static org.herald.store.SqlParams.setInt;
import static org.herald.store.SqlParams.setLong;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.herald.HeraldException;
import org.herald.dedupe.Deduplicator;
import org.herald.dedupe.Fingerprint;
import org.herald.dedupe.MinHash;
import org.herald.model.Article;
import org.herald.stage.date.DateStage;
import org.herald.stage.date.TimeExpression;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStage;
import org.herald.stage.event.Location;
import org.herald.stage.event.Participant;
import org.herald.stage.name.Entity;
import org.herald.stage.name.Mention;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.Quote;
import org.herald.stage.quote.QuoteStage;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The embedded store: one SQLite file in WAL mode holding articles with their full text (FTS5), entities and
 * mentions, quotations, dates, event reports with provenance, and linked events (reports of one event across
 * articles). Writing an article is one transaction: a crash or kill leaves each article wholly stored or absent.
 * Storing the same article again (same normalised URL and content) changes nothing.
 *
 * <p>The query methods are the service the CLI and the server call. Thread-safe: writes are serialised on one
 * connection, reads use a small pool of their own connections (WAL lets them run beside a write). Errors are
 * {@link HeraldException}s with {@link StoreCodes}.
 */
public final class Store implements AutoCloseable {
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final int DEFAULT_BUSY_MILLIS = 3000;

  private final Path path;
  private final String where;
  private final int busyMillis;
  private final Connection writer;
  private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
  private final int schemaVersion;
  private Writes writes;
  private volatile boolean closed;
  /** Test hook: called with the name of each step of writing an article; a throw aborts the article. */
  Consumer<String> probe = step -> { };

  private Store(Path path, int busyMillis, List<Migrations.Script> scripts) {
    this.path = path;
    this.where = "store " + path;
    this.busyMillis = busyMillis;
    try {
      this.writer = connect();
      try {
        this.schemaVersion = Migrations.apply(writer, scripts, where, (c, version) -> {
          if (version == NEAR_DUPLICATES_VERSION) {
            backfillSignatures(c);
          }
        });
      } catch (SQLException | RuntimeException e) {
        writer.close();
        throw e;
      }
    } catch (SQLException e) {
      throw translate(e, StoreCodes.CORRUPT, "cannot open " + where);
    }
  }

  /** The schema version that added near-duplicate signatures. */
  private static final int NEAR_DUPLICATES_VERSION = 3;

  /** Gives the articles of a store from before near-duplicates their signatures (in the migration's transaction). */
  private static void backfillSignatures(Connection c) throws SQLException {
    try (PreparedStatement all = c.prepareStatement("SELECT id, text FROM article");
         PreparedStatement sig = c.prepareStatement(INSERT_SIGNATURE);
         PreparedStatement band = c.prepareStatement(INSERT_BAND);
         ResultSet r = all.executeQuery()) {
      while (r.next()) {
        writeSignature(sig, band, r.getLong(1), Fingerprint.of(null, r.getString(2)));
      }
    }
  }

  private static final String INSERT_SIGNATURE = "INSERT INTO article_signature (article_id, shingles, signature) "
      + "VALUES (?, ?, ?)";
  private static final String INSERT_BAND = "INSERT INTO article_band (band_key, article_id) VALUES (?, ?)";

  private static void writeSignature(PreparedStatement sig, PreparedStatement band, long id, Fingerprint f)
      throws SQLException {
    sig.setLong(1, id);
    sig.setInt(2, f.shingles());
    sig.setBytes(3, bytes(f.signature()));
    sig.executeUpdate();
    if (f.shingles() >= Deduplicator.MIN_NEAR_SHINGLES) {
      for (long k : Deduplicator.bandKeys(f.signature())) {
        band.setLong(1, k);
        band.setLong(2, id);
        band.addBatch();
      }
      band.executeBatch();
    }
  }

  private static byte[] bytes(int[] values) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * 4);
    b.asIntBuffer().put(values);
    return b.array();
  }

  private static int[] ints(byte[] bytes) {
    int[] v = new int[bytes.length / 4];
    java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(v);
    return v;
  }

  /**
   * Opens the store at {@code path}, creating it (and its folder) when missing, and brings its schema up to date.
   *
   * @throws HeraldException {@link StoreCodes#PATH}, {@link StoreCodes#LOCKED}, {@link StoreCodes#CORRUPT} or
   *     {@link StoreCodes#TOO_NEW}
   */
  public static Store open(Path path) {
    return open(path, true, DEFAULT_BUSY_MILLIS, Migrations.bundled());
  }

  /**
   * Opens the store at {@code path}, which must exist: queries never create an empty store.
   *
   * @throws HeraldException {@link StoreCodes#MISSING} when there is none, else as {@link #open(Path)}
   */
  public static Store openExisting(Path path) {
    return open(path, false, DEFAULT_BUSY_MILLIS, Migrations.bundled());
  }

  static Store open(Path path, boolean create, int busyMillis, List<Migrations.Script> scripts) {
    Objects.requireNonNull(path, "path");
    Path p = path.toAbsolutePath().normalize();
    if (Files.isDirectory(p)) {
      throw new HeraldException(StoreCodes.PATH, "store path " + path + " is a folder; give a file such as "
          + p.resolve("herald.db"));
    }
    if (!Files.exists(p)) {
      if (!create) {
        throw new HeraldException(StoreCodes.MISSING, "no store at " + path + "; run 'herald ingest' first");
      }
      try {
        Files.createDirectories(p.getParent());
      } catch (IOException e) {
        throw new HeraldException(StoreCodes.PATH, "cannot make the store's folder " + p.getParent() + ": "
            + e.getMessage(), e);
      }
    } else {
      checkHeader(p);
    }
    return new Store(p, busyMillis, scripts);
  }

  /** Refuses a file that is not SQLite before SQLite touches it, so it is never changed. */
  private static void checkHeader(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      byte[] head = in.readNBytes(SQLITE_MAGIC.length);
      if (head.length > 0 && !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
        throw new HeraldException(StoreCodes.CORRUPT, p + " is not a Herald store (not an SQLite database, or "
            + "corrupt); it was left untouched");
      }
    } catch (IOException e) {
      throw new HeraldException(StoreCodes.PATH, "cannot read store " + p + ": " + e.getMessage(), e);
    }
  }

  /**
   * The default store file, {@code herald.db} in the user's data folder: {@code $HERALD_DATA},
   * {@code $XDG_DATA_HOME/herald}, or {@code ~/.local/share/herald} (see {@link org.herald.data.DataFolder}).
   */
  public static Path defaultPath(Map<String, String> env, String home) {
    return org.herald.data.DataFolder.of(env, home).store();
  }

  private Connection connect() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode: a process crash loses nothing committed; only a power cut may lose the last commits.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(busyMillis);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setCacheSize(-32_000); // 32 MB page cache per connection
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA mmap_size = 268435456");
    }
    return c;
  }

  /** The store file. */
  public Path path() {
    return path;
  }

  /** The schema version this store is at. */
  public int schemaVersion() {
    return schemaVersion;
  }

  // ---- writing ----

  /**
   * Stores an extracted article in one transaction: all of it or, on failure, nothing.
   *
   * @throws HeraldException {@link StoreCodes#WRITE} when this article could not be written (the batch may go on),
   *     {@link StoreCodes#LOCKED}, {@link StoreCodes#CORRUPT} or {@link StoreCodes#PATH} when the store itself
   *     fails (the batch should stop)
   */
  public Ingested put(Article article) {
    Objects.requireNonNull(article, "article");
    synchronized (writer) {
      ensureOpen();
      try {
        if (writes == null) {
          writes = new Writes(writer);
        }
        writer.setAutoCommit(false);
        try {
          Ingested result = writes.put(article);
          if (result.outcome() == Ingested.Outcome.UNCHANGED) {
            writer.rollback();
          } else {
            writer.commit();
          }
          return result;
        } catch (SQLException | RuntimeException e) {
          writer.rollback();
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw translate(e, StoreCodes.WRITE, "cannot store article " + describe(article));
      } catch (HeraldException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new HeraldException(StoreCodes.WRITE, "cannot store article " + describe(article) + ": " + e, e);
      }
    }
  }

  private static String describe(Article a) {
    return a.url() != null ? a.url() : a.path() != null ? a.path() : a.id();
  }

  /** Prepared statements of the writer connection and the logic of writing one article. */
  private final class Writes {
    private final Connection c;
    private final PreparedStatement byHash;
    private final PreparedStatement byUrl;
    private final PreparedStatement insSignature;
    private final PreparedStatement insBand;
    private final PreparedStatement similar;
    private final PreparedStatement insAlias;
    private final PreparedStatement insArticle;
    private final PreparedStatement insFts;
    private final PreparedStatement insEntity;
    private final PreparedStatement insMention;
    private final PreparedStatement insQuote;
    private final PreparedStatement insTimex;
    private final PreparedStatement findLink;
    private final PreparedStatement insLink;
    private final PreparedStatement insKey;
    private final PreparedStatement insEvent;
    private final PreparedStatement setFirst;
    private final PreparedStatement recount;
    private final PreparedStatement addTally;
    private final PreparedStatement emptyLinks;
    private final PreparedStatement upsertGroup;
    private final PreparedStatement addGroup;
    private final PreparedStatement addCount;
    private final PreparedStatement dropCounts;
    private final PreparedStatement retype;
    private final PreparedStatement reseen;
    private final PreparedStatement articleEntities;
    private final PreparedStatement articleSpeakers;
    private final PreparedStatement articleParticipants;

    Writes(Connection c) throws SQLException {
      this.c = c;
      byHash = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?");
      byUrl = c.prepareStatement("SELECT id FROM article WHERE url_key = ?");
      boolean near = schemaVersion >= NEAR_DUPLICATES_VERSION; // a store opened on older scripts (tests) has none
      insSignature = near ? c.prepareStatement(INSERT_SIGNATURE) : null;
      insBand = near ? c.prepareStatement(INSERT_BAND) : null;
      String in = String.join(", ", java.util.Collections.nCopies(Deduplicator.BANDS, "?"));
      similar = near ? c.prepareStatement("SELECT s.article_id, s.signature FROM article_signature s "
          + "WHERE s.article_id IN (SELECT DISTINCT article_id FROM article_band WHERE band_key IN (" + in + "))")
          : null;
      insAlias = near ? c.prepareStatement("INSERT OR REPLACE INTO article_alias (url_key, url, article_id, "
          + "similarity, seen_at) VALUES (?, ?, ?, ?, ?)") : null;
      insArticle = c.prepareStatement("INSERT INTO article (url_key, content_hash, source_path, url, host, title, "
          + "published, language, text, ingested_at, n_entities, n_quotes, n_dates, n_events) "
          + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
      insFts = c.prepareStatement("INSERT INTO article_fts (rowid, title, text) VALUES (?,?,?)");
      insEntity = c.prepareStatement("INSERT INTO entity (article_id, local_id, type, name, name_key, last_key, "
          + "country, roles, lat, lon, group_id) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
      insMention = c.prepareStatement("INSERT INTO mention (entity_id, start, end, kind) VALUES (?,?,?,?)");
      insQuote = c.prepareStatement("INSERT INTO quote (article_id, start, end, text, direct, speaker_id, "
          + "speaker_name, speaker_start, speaker_end, cue, cue_start, cue_end, speaker_group, published) "
          + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      insTimex = c.prepareStatement("INSERT INTO timex (article_id, start, end, text, type, value, end_value, mod) "
          + "VALUES (?,?,?,?,?,?,?,?)");
      findLink = c.prepareStatement("SELECT id FROM event_link WHERE source_code = ? AND target_code = ? "
          + "AND cameo = ? AND day BETWEEN ? AND ? ORDER BY abs(day - ?), id LIMIT 1");
      insLink = c.prepareStatement("INSERT INTO event_link (day, source_code, target_code, cameo, plover, "
          + "quad_class, goldstein, first_event, num_mentions, num_articles, num_sources) "
          + "VALUES (?,?,?,?,?,?,?,0,0,0,0) RETURNING id");
      insKey = c.prepareStatement("INSERT INTO event_key (key, day, link_id) VALUES (?,?,?)");
      insEvent = c.prepareStatement("INSERT INTO event (article_id, local_id, link_id, trigger, start, end, "
          + "sentence_start, sentence_end, is_root, source_name, source_entity, source_code, source_country, "
          + "target_name, target_entity, target_code, target_country, cameo, plover, mode, quad_class, goldstein, "
          + "status, date, day, location_name, location_country, lat, lon, source_group, target_group) "
          + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
      setFirst = c.prepareStatement("UPDATE event_link SET first_event = ? WHERE id = ?");
      recount = c.prepareStatement("UPDATE event_link SET "
          + "num_mentions = (SELECT count(*) FROM event WHERE link_id = ?1), "
          + "num_articles = (SELECT count(DISTINCT article_id) FROM event WHERE link_id = ?1), "
          + "num_sources = (SELECT count(DISTINCT coalesce(a.host, '')) FROM event e "
          + "JOIN article a ON a.id = e.article_id WHERE e.link_id = ?1), "
          + "first_event = coalesce((SELECT min(id) FROM event WHERE link_id = ?1), first_event) WHERE id = ?1");
      addTally = c.prepareStatement("INSERT INTO tally (key, n) VALUES (?, ?) "
          + "ON CONFLICT (key) DO UPDATE SET n = n + excluded.n");
      emptyLinks = c.prepareStatement("SELECT id, plover, source_code FROM event_link WHERE id = ? "
          + "AND num_mentions = 0");
      // DO UPDATE rather than DO NOTHING so that RETURNING gives the existing row's id too
      upsertGroup = c.prepareStatement("INSERT INTO entity_group (name, country_key, country, name_key, last_key, "
          + "type, articles, quotes, events) VALUES (?,?,?,?,?,?,0,0,0) ON CONFLICT (name, country_key) "
          + "DO UPDATE SET name = excluded.name RETURNING id");
      addGroup = c.prepareStatement("UPDATE entity_group SET articles = articles + ?1, quotes = quotes + ?2, "
          + "events = events + ?3, "
          + "first_seen = CASE WHEN ?1 > 0 AND ?4 IS NOT NULL AND (first_seen IS NULL OR ?4 < first_seen) THEN ?4 "
          + "ELSE first_seen END, "
          + "last_seen = CASE WHEN ?1 > 0 AND ?4 IS NOT NULL AND (last_seen IS NULL OR ?4 > last_seen) THEN ?4 "
          + "ELSE last_seen END WHERE id = ?5 RETURNING first_seen, last_seen, type");
      addCount = c.prepareStatement("INSERT INTO entity_count (group_id, key, n) VALUES (?,?,?) "
          + "ON CONFLICT (group_id, key) DO UPDATE SET n = n + excluded.n");
      dropCounts = c.prepareStatement("DELETE FROM entity_count WHERE group_id = ? AND n <= 0");
      retype = c.prepareStatement("UPDATE entity_group SET type = coalesce((SELECT substr(key, 3) FROM entity_count "
          + "WHERE group_id = ?1 AND key >= 't:' AND key < 't;' ORDER BY n DESC, key LIMIT 1), type) WHERE id = ?1");
      articleEntities = c.prepareStatement("SELECT group_id, type, roles FROM entity WHERE article_id = ?");
      articleSpeakers = c.prepareStatement("SELECT speaker_group FROM quote WHERE article_id = ? "
          + "AND speaker_group IS NOT NULL");
      articleParticipants = c.prepareStatement("SELECT source_group, target_group FROM event WHERE article_id = ?");
      reseen = c.prepareStatement("UPDATE entity_group SET "
          + "first_seen = (SELECT min(a.published) FROM entity n JOIN article a ON a.id = n.article_id "
          + "WHERE n.group_id = ?1), "
          + "last_seen = (SELECT max(a.published) FROM entity n JOIN article a ON a.id = n.article_id "
          + "WHERE n.group_id = ?1) WHERE id = ?1");
    }

    Ingested put(Article a) throws SQLException {
      String hash = hash(a);
      String urlKey = UrlKey.of(a.url());
      Long same = longOrNull(byHash, hash);
      if (same != null) {
        return new Ingested(same, Ingested.Outcome.UNCHANGED);
      }
      Ingested.Outcome outcome = Ingested.Outcome.STORED;
      Set<Long> touched = new LinkedHashSet<>();
      String published = a.published() == null ? null : a.published().toString();
      if (urlKey != null) {
        Long older = longOrNull(byUrl, urlKey);
        if (older != null) {
          touched.addAll(delete(older));
          outcome = Ingested.Outcome.UPDATED;
        }
      }
      Fingerprint print = Fingerprint.of(null, a.text());
      if (outcome == Ingested.Outcome.STORED && similar != null) {
        Ingested near = nearDuplicate(a, urlKey, print);
        if (near != null) {
          return near;
        }
      }
      List<Entity> entities = a.layer(NameStage.ENTITIES);
      List<Quote> quotes = a.layer(QuoteStage.QUOTES);
      List<TimeExpression> dates = a.layer(DateStage.TIMEX);
      List<Event> events = a.layer(EventStage.EVENTS);

      int i = 0;
      insArticle.setString(++i, urlKey);
      insArticle.setString(++i, hash);
      insArticle.setString(++i, a.path());
      insArticle.setString(++i, a.url());
      insArticle.setString(++i, UrlKey.hostOf(a.url()));
      insArticle.setString(++i, a.title());
      insArticle.setString(++i, a.published() == null ? null : a.published().toString());
      insArticle.setString(++i, a.language());
      insArticle.setString(++i, a.text());
      insArticle.setString(++i, ZonedDateTime.now(ZoneOffset.UTC).format(ADDED));
      insArticle.setInt(++i, entities.size());
      insArticle.setInt(++i, quotes.size());
      insArticle.setInt(++i, dates.size());
      insArticle.setInt(++i, events.size());
      long id = returningId(insArticle);
      insFts.setLong(1, id);
      insFts.setString(2, a.title() == null ? "" : a.title());
      insFts.setString(3, a.text());
      insFts.executeUpdate();
      if (insSignature != null) {
        writeSignature(insSignature, insBand, id, print);
      }
      probe.accept("article");

      Map<String, Long> entityIds = new HashMap<>();
      Map<String, Long> groupIds = new HashMap<>();
      Map<String, Entity> byLocal = new HashMap<>();
      for (Entity e : entities) {
        i = 0;
        upsertGroup.setString(++i, e.name());
        upsertGroup.setString(++i, e.country() == null ? "" : e.country());
        upsertGroup.setString(++i, e.country());
        upsertGroup.setString(++i, nameKey(e.name()));
        upsertGroup.setString(++i, lastKey(e.name()));
        upsertGroup.setString(++i, e.type().name());
        long group = returningId(upsertGroup);
        groupIds.put(e.id(), group);
        i = 0;
        insEntity.setLong(++i, id);
        insEntity.setString(++i, e.id());
        insEntity.setString(++i, e.type().name());
        insEntity.setString(++i, e.name());
        insEntity.setString(++i, nameKey(e.name()));
        insEntity.setString(++i, lastKey(e.name()));
        insEntity.setString(++i, e.country());
        insEntity.setString(++i, String.join("|", e.roles()));
        setDouble(insEntity, ++i, e.geo() == null ? null : e.geo().lat());
        setDouble(insEntity, ++i, e.geo() == null ? null : e.geo().lon());
        insEntity.setLong(++i, group);
        long eid = returningId(insEntity);
        entityIds.put(e.id(), eid);
        byLocal.put(e.id(), e);
        for (Mention m : e.mentions()) {
          insMention.setLong(1, eid);
          insMention.setInt(2, m.start());
          insMention.setInt(3, m.end());
          insMention.setString(4, m.kind().name());
          insMention.addBatch();
        }
      }
      insMention.executeBatch();
      probe.accept("entities");

      for (Quote q : quotes) {
        i = 0;
        insQuote.setLong(++i, id);
        insQuote.setInt(++i, q.start());
        insQuote.setInt(++i, q.end());
        insQuote.setString(++i, q.text());
        insQuote.setInt(++i, q.direct() ? 1 : 0);
        setLong(insQuote, ++i, q.speaker() == null ? null : entityIds.get(q.speaker()));
        insQuote.setString(++i, q.speakerName());
        setInt(insQuote, ++i, q.speakerSpan() == null ? null : q.speakerSpan().start());
        setInt(insQuote, ++i, q.speakerSpan() == null ? null : q.speakerSpan().end());
        insQuote.setString(++i, q.cue());
        setInt(insQuote, ++i, q.cueSpan() == null ? null : q.cueSpan().start());
        setInt(insQuote, ++i, q.cueSpan() == null ? null : q.cueSpan().end());
        setLong(insQuote, ++i, q.speaker() == null ? null : groupIds.get(q.speaker()));
        insQuote.setString(++i, published);
        insQuote.addBatch();
      }
      insQuote.executeBatch();
      probe.accept("quotes");

      for (TimeExpression t : dates) {
        i = 0;
        insTimex.setLong(++i, id);
        insTimex.setInt(++i, t.start());
        insTimex.setInt(++i, t.end());
        insTimex.setString(++i, t.text());
        insTimex.setString(++i, t.type().name());
        insTimex.setString(++i, t.value());
        insTimex.setString(++i, t.endValue());
        insTimex.setString(++i, t.mod());
        insTimex.addBatch();
      }
      insTimex.executeBatch();
      probe.accept("dates");

      int firstParagraphEnd = a.text().indexOf('\n');
      for (Event v : events) {
        Long day = day(v.date(), a.published());
        String targetCode = v.target() == null ? "" : v.target().code();
        Long link = day == null ? null : findLink(v.source().code(), targetCode, v.cameo(), day);
        boolean newLink = link == null;
        if (newLink) {
          link = newLink(v, targetCode, day);
        }
        touched.add(link);
        i = 0;
        insEvent.setLong(++i, id);
        insEvent.setString(++i, v.id());
        insEvent.setLong(++i, link);
        insEvent.setString(++i, v.trigger());
        insEvent.setInt(++i, v.start());
        insEvent.setInt(++i, v.end());
        insEvent.setInt(++i, v.sentence().start());
        insEvent.setInt(++i, v.sentence().end());
        insEvent.setInt(++i, firstParagraphEnd < 0 || v.sentence().start() < firstParagraphEnd ? 1 : 0);
        i = participant(insEvent, i, v.source(), entityIds);
        i = participant(insEvent, i, v.target(), entityIds);
        insEvent.setString(++i, v.cameo());
        insEvent.setString(++i, v.plover());
        insEvent.setString(++i, v.mode());
        insEvent.setInt(++i, v.quadClass());
        insEvent.setDouble(++i, v.goldstein());
        insEvent.setString(++i, v.status().json());
        insEvent.setString(++i, v.date());
        setLong(insEvent, ++i, day);
        Location l = v.location();
        insEvent.setString(++i, l == null ? null : l.name());
        insEvent.setString(++i, l == null ? null : l.country());
        setDouble(insEvent, ++i, l == null ? null : l.lat());
        setDouble(insEvent, ++i, l == null ? null : l.lon());
        setLong(insEvent, ++i, group(v.source(), groupIds));
        setLong(insEvent, ++i, group(v.target(), groupIds));
        long eventId = returningId(insEvent);
        if (newLink) {
          setFirst.setLong(1, eventId);
          setFirst.setLong(2, link);
          setFirst.executeUpdate();
        }
      }
      probe.accept("events");
      summarise(id, +1, published);
      recount(touched, outcome == Ingested.Outcome.UPDATED);
      probe.accept("links");
      return new Ingested(id, outcome);
    }

    /**
     * The stored article whose text {@code print} nearly equals (the most similar at or over the threshold), as a
     * {@link Ingested.Outcome#DUPLICATE} after remembering {@code a}'s URL as its alias; or null.
     */
    private Ingested nearDuplicate(Article a, String urlKey, Fingerprint print) throws SQLException {
      if (print.shingles() < Deduplicator.MIN_NEAR_SHINGLES) {
        return null;
      }
      long[] keys = Deduplicator.bandKeys(print.signature());
      for (int k = 0; k < keys.length; k++) {
        similar.setLong(k + 1, keys[k]);
      }
      long best = -1;
      double bestSim = 0;
      try (ResultSet r = similar.executeQuery()) {
        while (r.next()) {
          double sim = MinHash.similarity(print.signature(), ints(r.getBytes(2)));
          if (sim > bestSim) {
            best = r.getLong(1);
            bestSim = sim;
          }
        }
      }
      if (best < 0 || bestSim < Deduplicator.DEFAULT_THRESHOLD) {
        return null;
      }
      if (urlKey != null) {
        int i = 0;
        insAlias.setString(++i, urlKey);
        insAlias.setString(++i, a.url());
        insAlias.setLong(++i, best);
        insAlias.setDouble(++i, bestSim);
        insAlias.setString(++i, ZonedDateTime.now(ZoneOffset.UTC).format(ADDED));
        insAlias.executeUpdate();
      }
      return new Ingested(best, Ingested.Outcome.DUPLICATE);
    }

    private Long group(Participant x, Map<String, Long> groupIds) {
      return x == null || x.entity() == null ? null : groupIds.get(x.entity());
    }

    /**
     * Adds ({@code sign} +1) or takes away (-1) the stored article {@code id}'s share of its entity groups' counts,
     * read from its stored rows so that taking away undoes exactly what adding did; returns the groups whose first
     * or last day was this article's (after taking away, those days must be read again).
     */
    private Set<Long> summarise(long id, int sign, String published) throws SQLException {
      Map<Long, Set<String>> keys = new LinkedHashMap<>();
      {
        PreparedStatement p = articleEntities;
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Set<String> k = keys.computeIfAbsent(r.getLong(1), g -> new LinkedHashSet<>());
            k.add("t:" + r.getString(2));
            for (String role : r.getString(3).split("\\|")) {
              if (!role.isEmpty()) {
                k.add("r:" + role);
              }
            }
          }
        }
      }
      Map<Long, Integer> quotes = new HashMap<>();
      {
        PreparedStatement p = articleSpeakers;
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            quotes.merge(r.getLong(1), 1, Integer::sum);
          }
        }
      }
      Map<Long, Integer> events = new HashMap<>();
      {
        PreparedStatement p = articleParticipants;
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            Long s = longOrNull(r, 1);
            Long t = longOrNull(r, 2);
            if (s != null) {
              events.merge(s, 1, Integer::sum);
            }
            if (t != null && !t.equals(s)) {
              events.merge(t, 1, Integer::sum);
            }
          }
        }
      }
      Set<Long> stale = new LinkedHashSet<>();
      Set<Long> retyped = new LinkedHashSet<>();
      for (Map.Entry<Long, Set<String>> g : keys.entrySet()) {
        long group = g.getKey();
        addGroup.setInt(1, sign);
        addGroup.setInt(2, sign * quotes.getOrDefault(group, 0));
        addGroup.setInt(3, sign * events.getOrDefault(group, 0));
        addGroup.setString(4, published);
        addGroup.setLong(5, group);
        try (ResultSet r = addGroup.executeQuery()) {
          r.next();
          String typeKey = "t:" + r.getString(3);
          if (published != null && (published.equals(r.getString(1)) || published.equals(r.getString(2)))) {
            stale.add(group);
          }
          // adding to the count of the type it already has cannot change its type
          if (sign < 0 || g.getValue().stream().anyMatch(k -> k.startsWith("t:") && !k.equals(typeKey))) {
            retyped.add(group);
          }
        }
        for (String k : g.getValue()) {
          addCount.setLong(1, group);
          addCount.setString(2, k);
          addCount.setInt(3, sign);
          addCount.addBatch();
        }
        if (sign < 0) {
          addCount.executeBatch();
          dropCounts.setLong(1, group);
          dropCounts.executeUpdate();
        }
      }
      addCount.executeBatch();
      for (long group : retyped) {
        retype.setLong(1, group);
        retype.executeUpdate();
      }
      return stale;
    }

    private int participant(PreparedStatement p, int i, Participant x, Map<String, Long> entityIds)
        throws SQLException {
      p.setString(++i, x == null ? null : x.name());
      setLong(p, ++i, x == null || x.entity() == null ? null : entityIds.get(x.entity()));
      p.setString(++i, x == null ? null : x.code());
      p.setString(++i, x == null ? null : x.country());
      return i;
    }

    private Long findLink(String source, String target, String cameo, long day) throws SQLException {
      findLink.setString(1, source);
      findLink.setString(2, target);
      findLink.setString(3, cameo);
      findLink.setLong(4, day - EventLinkRule.WINDOW_DAYS);
      findLink.setLong(5, day + EventLinkRule.WINDOW_DAYS);
      findLink.setLong(6, day);
      try (ResultSet r = findLink.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }

    private long newLink(Event v, String targetCode, Long day) throws SQLException {
      int i = 0;
      setLong(insLink, ++i, day);
      insLink.setString(++i, v.source().code());
      insLink.setString(++i, targetCode);
      insLink.setString(++i, v.cameo());
      insLink.setString(++i, v.plover());
      insLink.setInt(++i, v.quadClass());
      insLink.setDouble(++i, v.goldstein());
      long link = returningId(insLink);
      Set<String> keys = new LinkedHashSet<>();
      actorKeys(keys, v.source().code());
      if (v.target() != null) {
        actorKeys(keys, v.target().code());
      }
      countryKey(keys, v.source().country());
      countryKey(keys, v.target() == null ? null : v.target().country());
      countryKey(keys, v.location() == null ? null : v.location().country());
      tally(+1, v.plover(), v.source().code(), keys);
      for (String k : keys) {
        insKey.setString(1, k);
        setLong(insKey, 2, day);
        insKey.setLong(3, link);
        insKey.addBatch();
      }
      insKey.executeBatch();
      return link;
    }

    /** Adds {@code sign} to the tallies of a link's type, source actor and countries. */
    private void tally(int sign, String plover, String sourceCode, Set<String> keys) throws SQLException {
      addTally.setString(1, "t:" + plover);
      addTally.setInt(2, sign);
      addTally.addBatch();
      addTally.setString(1, "s:" + sourceCode);
      addTally.setInt(2, sign);
      addTally.addBatch();
      for (String k : keys) {
        if (k.startsWith("c:")) {
          addTally.setString(1, k);
          addTally.setInt(2, sign);
          addTally.addBatch();
        }
      }
      addTally.executeBatch();
    }

    private void recount(Set<Long> links, boolean replaced) throws SQLException {
      for (long link : links) {
        recount.setLong(1, link);
        recount.executeUpdate();
        if (replaced) {
          dropIfEmpty(link);
        }
      }
    }

    /** Deletes a link a replaced article left without reports, with its keys and its share of the tallies. */
    private void dropIfEmpty(long link) throws SQLException {
      emptyLinks.setLong(1, link);
      String plover;
      String source;
      try (ResultSet r = emptyLinks.executeQuery()) {
        if (!r.next()) {
          return;
        }
        plover = r.getString(2);
        source = r.getString(3);
      }
      Set<String> keys = new LinkedHashSet<>();
      try (PreparedStatement p = c.prepareStatement("SELECT key FROM event_key WHERE link_id = ?")) {
        p.setLong(1, link);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            keys.add(r.getString(1));
          }
        }
      }
      tally(-1, plover, source, keys);
      try (PreparedStatement p = c.prepareStatement("DELETE FROM event_link WHERE id = ?")) {
        p.setLong(1, link);
        p.executeUpdate();
      }
    }

    /** Deletes article {@code id} with everything it holds; returns the links its events belonged to. */
    private Set<Long> delete(long id) throws SQLException {
      String published;
      try (PreparedStatement p = c.prepareStatement("SELECT published FROM article WHERE id = ?")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          published = r.next() ? r.getString(1) : null;
        }
      }
      Set<Long> stale = summarise(id, -1, published);
      Set<Long> links = new LinkedHashSet<>();
      try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT link_id FROM event WHERE article_id = ?")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            links.add(r.getLong(1));
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO article_fts (article_fts, rowid, title, text) "
          + "SELECT 'delete', id, coalesce(title, ''), text FROM article WHERE id = ?")) {
        p.setLong(1, id);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM event WHERE article_id = ?")) {
        p.setLong(1, id);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
        p.setLong(1, id);
        p.executeUpdate();
      }
      for (long group : stale) {
        reseen.setLong(1, group);
        reseen.executeUpdate();
      }
      return links;
    }
  }

  private static void actorKeys(Set<String> keys, String code) {
    keys.add("a:" + code);
    if (code.length() > 3) {
      keys.add("a:" + code.substring(0, 3));
    }
  }

  private static void countryKey(Set<String> keys, String country) {
    if (country != null) {
      keys.add("c:" + country);
    }
  }

  /** The epoch day of an event, by {@link EventLinkRule#day}. */
  static Long day(String timex, LocalDate published) {
    return EventLinkRule.day(timex, published);
  }

  static String hash(Article a) {
    return StoreKeys.contentHash(a.title(), a.text());
  }

  static String nameKey(String name) {
    return StoreKeys.nameKey(name);
  }

  static String lastKey(String name) {
    return StoreKeys.lastKey(name);
  }

  // ---- reading ----

  /** A query on a read connection. */
  @FunctionalInterface
  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Query<T> q) {
    ensureOpen();
    Connection c = idleReaders.poll();
    try {
      if (c == null) {
        c = connect();
      }
      return q.run(c);
    } catch (SQLException e) {
      throw translate(e, StoreCodes.QUERY, what);
    } finally {
      if (c != null) {
        if (closed) {
          closeQuietly(c);
        } else {
          idleReaders.offer(c);
        }
      }
    }
  }

  /**
   * Articles matching a full-text query over title and text, best first, each with its best passage.
   *
   * @param text words (all must match), "phrases", prefix* words, OR, NOT
   * @param filter publication days, and articles with an event of this actor, type or country
   */
  public List<SearchHit> search(String text, Filter filter) {
    Objects.requireNonNull(text, "text");
    String match = FtsQuery.of(text);
    return read("cannot search the " + where, c -> {
      // Rank on the full-text index alone, then walk the ranking and keep what passes the filters until the
      // limit: a filter checked inside the ranked query would run on every match, not just until enough pass.
      StringBuilder check = new StringBuilder("SELECT title, url, source_path, published FROM article a "
          + "WHERE a.id = ?");
      List<Object> args = new ArrayList<>();
      if (filter.from() != null) {
        check.append(" AND a.published >= ?");
        args.add(filter.from().toString());
      }
      if (filter.to() != null) {
        check.append(" AND a.published <= ?");
        args.add(filter.to().toString());
      }
      if (filter.actor() != null) {
        check.append(" AND EXISTS (SELECT 1 FROM event e WHERE e.article_id = a.id "
            + "AND (substr(e.source_code, 1, ?) = ? OR substr(e.target_code, 1, ?) = ?))");
        for (int k = 0; k < 2; k++) {
          args.add(filter.actor().length());
          args.add(filter.actor());
        }
      }
      if (filter.type() != null) {
        check.append(" AND EXISTS (SELECT 1 FROM event e WHERE e.article_id = a.id AND e.plover = ?)");
        args.add(filter.type());
      }
      if (filter.country() != null) {
        check.append(" AND (EXISTS (SELECT 1 FROM entity n WHERE n.article_id = a.id AND n.country = ?) "
            + "OR EXISTS (SELECT 1 FROM event e WHERE e.article_id = a.id AND (e.source_country = ? "
            + "OR e.target_country = ? OR e.location_country = ?)))");
        for (int k = 0; k < 4; k++) {
          args.add(filter.country());
        }
      }
      List<SearchHit> hits = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT rowid, bm25(article_fts, 4.0, 1.0) AS score "
          + "FROM article_fts WHERE article_fts MATCH ? ORDER BY score");
           PreparedStatement row = c.prepareStatement(check.toString())) {
        p.setString(1, match);
        for (int k = 0; k < args.size(); k++) {
          row.setObject(k + 2, args.get(k));
        }
        try (ResultSet r = p.executeQuery()) {
          while ((filter.limit() == 0 || hits.size() < filter.limit()) && r.next()) {
            row.setLong(1, r.getLong(1));
            try (ResultSet a = row.executeQuery()) {
              if (a.next()) {
                hits.add(new SearchHit(r.getLong(1), a.getString(1), a.getString(2), a.getString(3),
                    date(a.getString(4)), null, -r.getDouble(2)));
              }
            }
          }
        }
      }
      // snippets only for the hits shown: computing them inside the ranked query would cost one per match
      try (PreparedStatement p = c.prepareStatement("SELECT snippet(article_fts, -1, '[', ']', '…', 24) "
          + "FROM article_fts WHERE article_fts MATCH ? AND rowid = ?")) {
        for (int k = 0; k < hits.size(); k++) {
          SearchHit h = hits.get(k);
          p.setString(1, match);
          p.setLong(2, h.articleId());
          try (ResultSet r = p.executeQuery()) {
            String snippet = r.next() ? r.getString(1) : "";
            hits.set(k, new SearchHit(h.articleId(), h.title(), h.url(), h.path(), h.published(), snippet,
                h.score()));
          }
        }
      }
      return hits;
    });
  }

  private static final String REPORT_COLUMNS = "e.id, e.article_id, a.url, a.source_path, a.title, a.published, "
      + "e.trigger, e.start, e.end, e.sentence_start, e.sentence_end, e.is_root, e.status, e.mode, e.date, "
      + "e.location_name, e.location_country, e.lat, e.lon, a.ingested_at";

  private static final String LINK_COLUMNS = "SELECT l.id, l.day, l.source_code, l.target_code, l.cameo, "
      + "l.plover, l.quad_class, l.goldstein, l.num_mentions, l.num_articles, l.num_sources, "
      + "e.source_name, e.source_country, se.lat, se.lon, e.target_name, e.target_country, te.lat, te.lon, "
      + REPORT_COLUMNS + " ";


  private static final String REPORT_JOINS = " JOIN article a ON a.id = e.article_id "
      + "LEFT JOIN entity se ON se.id = e.source_entity LEFT JOIN entity te ON te.id = e.target_entity";

  /** Linked events that pass {@code filter}, newest first. */
  public List<LinkedEvent> events(Filter filter) {
    List<LinkedEvent> out = new ArrayList<>();
    eachEvent(filter, true, out::add);
    return out;
  }

  /**
   * Hands each linked event that passes {@code filter} to {@code sink}, newest first or in id order, without
   * holding them all in memory (for exports).
   */
  public void eachEvent(Filter filter, boolean newestFirst, Consumer<LinkedEvent> sink) {
    Objects.requireNonNull(filter, "filter");
    read("cannot read events from the " + where, c -> {
      StringBuilder sql = new StringBuilder(LINK_COLUMNS);
      List<Object> args = new ArrayList<>();
      String dayColumn;
      String idColumn;
      String driver = filter.actor() != null ? "a:" + filter.actor()
          : filter.country() != null ? "c:" + filter.country() : null;
      if (driver != null) {
        sql.append("FROM event_key k JOIN event_link l ON l.id = k.link_id JOIN event e ON e.id = l.first_event")
            .append(REPORT_JOINS).append(" WHERE k.key = ?");
        args.add(driver);
        dayColumn = "k.day";
        idColumn = "k.link_id";
        if (filter.actor() != null && filter.country() != null) {
          sql.append(" AND EXISTS (SELECT 1 FROM event_key k2 WHERE k2.link_id = l.id AND k2.key = ?)");
          args.add("c:" + filter.country());
        }
      } else {
        sql.append("FROM event_link l JOIN event e ON e.id = l.first_event").append(REPORT_JOINS)
            .append(" WHERE 1 = 1");
        dayColumn = "l.day";
        idColumn = "l.id";
      }
      if (filter.type() != null) {
        sql.append(" AND l.plover = ?");
        args.add(filter.type());
      }
      if (filter.from() != null) {
        sql.append(" AND ").append(dayColumn).append(" >= ?");
        args.add(filter.from().toEpochDay());
      }
      if (filter.to() != null) {
        sql.append(" AND ").append(dayColumn).append(" <= ?");
        args.add(filter.to().toEpochDay());
      }
      sql.append(newestFirst ? " ORDER BY " + dayColumn + " DESC, " + idColumn + " DESC" : " ORDER BY " + idColumn);
      if (filter.limit() > 0) {
        sql.append(" LIMIT ").append(filter.limit());
      }
      try (PreparedStatement p = c.prepareStatement(sql.toString())) {
        bind(p, args);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            sink.accept(linkedEvent(r));
          }
        }
      }
      return null;
    });
  }

  /** Every report of linked event {@code linkId}, in the order they were stored. */
  public List<EventReport> reports(long linkId) {
    return read("cannot read the reports of event " + linkId, c -> {
      List<EventReport> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM event e"
          + " JOIN article a ON a.id = e.article_id WHERE e.link_id = ? ORDER BY e.id")) {
        p.setLong(1, linkId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(report(r, 1));
          }
        }
      }
      return out;
    });
  }

  private static LinkedEvent linkedEvent(ResultSet r) throws SQLException {
    Long day = longOrNull(r, 2);
    String target = r.getString(4);
    StoredActor source = new StoredActor(r.getString(3), r.getString(12), r.getString(13), dbl(r, 14), dbl(r, 15));
    StoredActor tgt = target.isEmpty() ? null
        : new StoredActor(target, r.getString(16), r.getString(17), dbl(r, 18), dbl(r, 19));
    return new LinkedEvent(r.getLong(1), day == null ? null : LocalDate.ofEpochDay(day), source, tgt,
        r.getString(5), r.getString(6), r.getInt(7), r.getDouble(8), r.getInt(9), r.getInt(10), r.getInt(11),
        report(r, 20));
  }

  private static EventReport report(ResultSet r, int k) throws SQLException {
    return new EventReport(r.getLong(k), r.getLong(k + 1), r.getString(k + 2), r.getString(k + 3),
        r.getString(k + 4), date(r.getString(k + 5)), r.getString(k + 6), r.getInt(k + 7), r.getInt(k + 8),
        r.getInt(k + 9), r.getInt(k + 10), r.getInt(k + 11) == 1, r.getString(k + 12), r.getString(k + 13),
        r.getString(k + 14), r.getString(k + 15), r.getString(k + 16), dbl(r, k + 17), dbl(r, k + 18),
        r.getString(k + 19));
  }

  /**
   * The people, organisations or places called {@code name} (canonical name, any case; a single word also matches
   * last names), one profile per canonical name and country, most mentioned first.
   *
   * @param country ISO 3166-1 alpha-3 code to keep only that country's, or null
   * @param limit the most quotations and events listed per profile
   */
  public List<EntityProfile> entity(String name, String country, int limit) {
    Objects.requireNonNull(name, "name");
    String c3 = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    return read("cannot read entity '" + name + "' from the " + where, c -> {
      String key = nameKey(name);
      List<Long> groups = groups(c, "name_key = ?", key, c3);
      if (groups.isEmpty() && !key.contains(" ")) {
        groups = groups(c, "last_key = ? AND type = 'PERSON'", key, c3);
      }
      List<EntityProfile> out = new ArrayList<>();
      for (long g : groups) {
        out.add(profile(c, g, limit));
      }
      return out;
    });
  }

  /** The entity groups matching {@code where} that some article mentions, most articles first. */
  private static List<Long> groups(Connection c, String where, String key, String country) throws SQLException {
    String sql = "SELECT id FROM entity_group WHERE " + where + (country == null ? "" : " AND country_key = ?")
        + " AND articles > 0 ORDER BY articles DESC, name LIMIT 20";
    List<Long> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, key);
      if (country != null) {
        p.setString(2, country);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getLong(1));
        }
      }
    }
    return out;
  }

  /**
   * The profile of entity group {@code group}, read from its summary row and, for the newest quotations and events,
   * from indexes in date order that stop after {@code limit}: the cost does not grow with how often it is mentioned.
   */
  private static EntityProfile profile(Connection c, long group, int limit) throws SQLException {
    String name;
    String country;
    String type;
    int articles;
    int quoteCount;
    int eventCount;
    LocalDate first;
    LocalDate last;
    try (PreparedStatement p = c.prepareStatement("SELECT name, country, type, articles, quotes, events, "
        + "first_seen, last_seen FROM entity_group WHERE id = ?")) {
      p.setLong(1, group);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        name = r.getString(1);
        country = r.getString(2);
        type = r.getString(3);
        articles = r.getInt(4);
        quoteCount = r.getInt(5);
        eventCount = r.getInt(6);
        first = date(r.getString(7));
        last = date(r.getString(8));
      }
    }
    Map<String, Integer> roles = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT substr(key, 3), n FROM entity_count "
        + "WHERE group_id = ? AND key >= 'r:' AND key < 'r;' ORDER BY n DESC, key")) {
      p.setLong(1, group);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          roles.put(r.getString(1), r.getInt(2));
        }
      }
    }
    List<StoredQuote> quotes = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT q.article_id, a.title, coalesce(a.url, a.source_path), "
        + "a.published, q.start, q.end, q.text, q.direct, q.speaker_name, q.cue FROM quote q "
        + "JOIN article a ON a.id = q.article_id WHERE q.speaker_group = ? "
        + "ORDER BY q.published DESC, q.id DESC LIMIT ?")) {
      p.setLong(1, group);
      p.setInt(2, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          quotes.add(new StoredQuote(r.getLong(1), r.getString(2), r.getString(3), date(r.getString(4)),
              r.getInt(5), r.getInt(6), r.getString(7), r.getInt(8) == 1, r.getString(9), r.getString(10)));
        }
      }
    }
    // the newest links among its reports as source and as target: each side is read newest first until it has
    // given `limit` distinct links, so the newest `limit` of both together are among them
    Map<Long, Long> newestDayOfLink = new HashMap<>();
    for (String side : List.of("source_group", "target_group")) {
      try (PreparedStatement p = c.prepareStatement("SELECT link_id, day FROM event WHERE " + side + " = ? "
          + "ORDER BY day DESC")) {
        p.setLong(1, group);
        Set<Long> seen = new HashSet<>();
        try (ResultSet r = p.executeQuery()) {
          while (seen.size() < limit && r.next()) {
            long link = r.getLong(1);
            long day = r.getLong(2);
            newestDayOfLink.merge(link, r.wasNull() ? Long.MIN_VALUE : day, Math::max);
            seen.add(link);
          }
        }
      }
    }
    List<Long> newest = newestDayOfLink.entrySet().stream()
        .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.<Long, Long>comparingByKey().reversed()))
        .limit(limit).map(Map.Entry::getKey).toList();
    List<LinkedEvent> events = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(LINK_COLUMNS + "FROM event_link l JOIN event e "
        + "ON e.id = l.first_event" + REPORT_JOINS + " WHERE l.id = ?")) {
      for (long link : newest) {
        p.setLong(1, link);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            events.add(linkedEvent(r));
          }
        }
      }
    }
    return new EntityProfile(name, country, type, articles, first, last, roles, quoteCount, quotes,
        eventCount, events);
  }

  /**
   * The article with row id {@code id}, its text and every annotation; null when there is none. Added for the
   * server's article view (issue 8).
   */
  public StoredArticle article(long id) {
    return read("cannot read article " + id + " from the " + where, c -> {
      String url;
      String sourcePath;
      String title;
      LocalDate published;
      String language;
      String ingestedAt;
      String text;
      try (PreparedStatement p = c.prepareStatement("SELECT url, source_path, title, published, language, "
          + "ingested_at, text FROM article WHERE id = ?")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return null;
          }
          url = r.getString(1);
          sourcePath = r.getString(2);
          title = r.getString(3);
          published = date(r.getString(4));
          language = r.getString(5);
          ingestedAt = r.getString(6);
          text = r.getString(7);
        }
      }
      Map<Long, List<StoredArticle.MentionRow>> mentions = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT m.entity_id, m.start, m.end, m.kind FROM mention m "
          + "JOIN entity n ON n.id = m.entity_id WHERE n.article_id = ? ORDER BY m.start")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            mentions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(new StoredArticle.MentionRow(r.getInt(2), r.getInt(3), r.getString(4)));
          }
        }
      }
      List<StoredArticle.EntityRow> entities = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT id, local_id, type, name, country, roles, lat, lon "
          + "FROM entity WHERE article_id = ? ORDER BY id")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String roles = r.getString(6);
            entities.add(new StoredArticle.EntityRow(r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), roles.isEmpty() ? List.of() : List.of(roles.split("\\|")), dbl(r, 7), dbl(r, 8),
                mentions.getOrDefault(r.getLong(1), List.of())));
          }
        }
      }
      List<StoredArticle.QuoteRow> quotes = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT start, end, text, direct, speaker_name, speaker_start, "
          + "speaker_end, cue, cue_start, cue_end FROM quote WHERE article_id = ? ORDER BY start")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            quotes.add(new StoredArticle.QuoteRow(r.getInt(1), r.getInt(2), r.getString(3), r.getInt(4) == 1,
                r.getString(5), intOrNull(r, 6), intOrNull(r, 7), r.getString(8), intOrNull(r, 9),
                intOrNull(r, 10)));
          }
        }
      }
      List<StoredArticle.DateRow> dates = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT start, end, text, type, value, end_value, mod "
          + "FROM timex WHERE article_id = ? ORDER BY start")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            dates.add(new StoredArticle.DateRow(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7)));
          }
        }
      }
      List<StoredArticle.EventRow> events = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT id, local_id, link_id, trigger, start, end, "
          + "sentence_start, sentence_end, source_name, source_code, target_name, target_code, cameo, plover, mode, "
          + "quad_class, goldstein, status, date, location_name, location_country, lat, lon "
          + "FROM event WHERE article_id = ? ORDER BY start, id")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            events.add(new StoredArticle.EventRow(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4),
                r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getString(9), r.getString(10),
                r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getInt(16),
                r.getDouble(17), r.getString(18), r.getString(19), r.getString(20), r.getString(21), dbl(r, 22),
                dbl(r, 23)));
          }
        }
      }
      return new StoredArticle(id, url, sourcePath, title, published, language, ingestedAt, text, entities,
          quotes, dates, events);
    });
  }

  /**
   * Quotations, newest article first, optionally only those of one speaker (canonical name, any case; a single
   * word also matches last names) and of articles published in a day range. Added for the server (issue 8).
   *
   * @param speaker speaker name, or null for all
   * @param from first publication day kept, or null
   * @param to last publication day kept, or null
   * @param limit the most returned (at least 1)
   * @param offset how many to skip first
   */
  public List<StoredQuote> quotes(String speaker, LocalDate from, LocalDate to, int limit, int offset) {
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit " + limit + " / offset " + offset + " out of range");
    }
    return read("cannot read quotations from the " + where, c -> {
      StringBuilder sql = new StringBuilder("SELECT q.article_id, a.title, coalesce(a.url, a.source_path), "
          + "a.published, q.start, q.end, q.text, q.direct, q.speaker_name, q.cue FROM quote q "
          + "JOIN article a ON a.id = q.article_id WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      if (speaker != null && !speaker.isBlank()) {
        String key = nameKey(speaker);
        sql.append(" AND (lower(q.speaker_name) = ? OR lower(q.speaker_name) LIKE ? ESCAPE '\\')");
        args.add(key);
        args.add(key.contains(" ") ? key : "% " + key.replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_"));
      }
      if (from != null) {
        sql.append(" AND a.published >= ?");
        args.add(from.toString());
      }
      if (to != null) {
        sql.append(" AND a.published <= ?");
        args.add(to.toString());
      }
      sql.append(" ORDER BY a.published DESC, q.id DESC LIMIT ? OFFSET ?");
      args.add(limit);
      args.add(offset);
      List<StoredQuote> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql.toString())) {
        bind(p, args);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new StoredQuote(r.getLong(1), r.getString(2), r.getString(3), date(r.getString(4)),
                r.getInt(5), r.getInt(6), r.getString(7), r.getInt(8) == 1, r.getString(9), r.getString(10)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Entities whose canonical name starts with {@code prefix} (any case; empty for all), most articles first.
   * Added for the server's entity search (issue 8).
   */
  public List<EntitySummary> entities(String prefix, int limit) {
    Objects.requireNonNull(prefix, "prefix");
    String key = nameKey(prefix);
    return read("cannot list entities of the " + where, c -> {
      List<EntitySummary> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT name, country, type, articles FROM entity_group "
          + "WHERE name_key >= ? AND name_key < ? AND articles > 0 ORDER BY articles DESC, name LIMIT ?")) {
        p.setString(1, key);
        p.setString(2, key + "\uffff");
        p.setInt(3, limit);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new EntitySummary(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
          }
        }
      }
      return out;
    });
  }

  private static Integer intOrNull(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  /** What the store holds: counts, publication range, and the most frequent event types, actors and countries. */
  public StoreStats stats() {
    return read("cannot read the statistics of the " + where, c -> {
      try (Statement s = c.createStatement()) {
        long[] n = new long[6];
        LocalDate firstDay;
        LocalDate lastDay;
        // one covering-index scan: the per-article counts written with each article
        try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(sum(n_entities), 0), "
            + "coalesce(sum(n_quotes), 0), coalesce(sum(n_dates), 0), coalesce(sum(n_events), 0), "
            + "min(published), max(published) FROM article INDEXED BY article_published")) {
          r.next();
          for (int i = 0; i < 5; i++) {
            n[i] = r.getLong(i + 1);
          }
          firstDay = date(r.getString(6));
          lastDay = date(r.getString(7));
        }
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM event_link")) {
          r.next();
          n[5] = r.getLong(1);
        }
        Map<String, Long> types = tally(s, "SELECT substr(key, 3), n FROM tally WHERE key >= 't:' AND key < 't;' "
            + "AND n > 0 ORDER BY n DESC, key");
        Map<String, Long> actors = tally(s, "SELECT substr(key, 3), n FROM tally WHERE key >= 's:' AND key < 's;' "
            + "AND n > 0 ORDER BY n DESC, key LIMIT 10");
        Map<String, Long> countries = tally(s, "SELECT substr(key, 3), n FROM tally WHERE key >= 'c:' "
            + "AND key < 'c;' AND n > 0 ORDER BY n DESC, key LIMIT 10");
        long bytes = size(path) + size(Path.of(path + "-wal"));
        return new StoreStats(path.toString(), schemaVersion, bytes, n[0], n[1], n[2], n[3], n[4], n[5], firstDay,
            lastDay, types, actors, countries);
      }
    });
  }

  private static Map<String, Long> tally(Statement s, String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.put(r.getString(1), r.getLong(2));
      }
    }
    return out;
  }

  private static long size(Path p) {
    try {
      return Files.exists(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  // ---- plumbing ----

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the " + where + " is closed");
    }
  }

  /** Maps an SQLite failure to a user-facing error: the store's state (locked, corrupt, unwritable) or {@code code}. */
  private HeraldException translate(SQLException e, String code, String what) {
    int rc = e.getErrorCode() & 0xff;
    String detail = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    if (rc == SQLiteErrorCode.SQLITE_BUSY.code || rc == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return new HeraldException(StoreCodes.LOCKED, "the " + where + " is locked by another process (waited "
          + busyMillis + " ms); try again when it is done", e);
    }
    if (rc == SQLiteErrorCode.SQLITE_CORRUPT.code || rc == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return new HeraldException(StoreCodes.CORRUPT, "the " + where + " is corrupt or not a Herald store: " + detail,
          e);
    }
    if (rc == SQLiteErrorCode.SQLITE_CANTOPEN.code || rc == SQLiteErrorCode.SQLITE_READONLY.code
        || rc == SQLiteErrorCode.SQLITE_IOERR.code || rc == SQLiteErrorCode.SQLITE_FULL.code
        || rc == SQLiteErrorCode.SQLITE_PERM.code) {
      return new HeraldException(StoreCodes.PATH, "cannot use the " + where + ": " + detail, e);
    }
    return new HeraldException(code, what + ": " + detail, e);
  }

  private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      p.setObject(i + 1, args.get(i));
    }
  }

  private static long returningId(PreparedStatement p) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Long longOrNull(PreparedStatement p, String arg) throws SQLException {
    p.setString(1, arg);
    try (ResultSet r = p.executeQuery()) {
      return r.next() ? r.getLong(1) : null;
    }
  }

  private static int count(PreparedStatement p) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }

  private static Long longOrNull(ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  private static Double dbl(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a read connection: nothing to lose
    }
  }

  /** Closes the store's connections; a checkpoint folds the write-ahead log back into the file. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Connection c; (c = idleReaders.poll()) != null; ) {
      closeQuietly(c);
    }
    synchronized (writer) {
      try (Statement s = writer.createStatement()) {
        s.execute("PRAGMA optimize");
      } catch (SQLException e) {
        // optional upkeep
      }
      closeQuietly(writer);
    }
  }
}

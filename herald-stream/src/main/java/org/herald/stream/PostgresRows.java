package org.herald.stream;

import static org.herald.store.SqlParams.setLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
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
import java.util.List;
import java.util.Map;
import org.herald.store.EventLinkRule;
import org.herald.store.SqlParams;
import org.herald.store.StoreKeys;
import org.herald.store.UrlKey;

/**
 * Writes the stream job's records into Herald's store schema on PostgreSQL ({@code postgres-schema-v1.sql}): an
 * {@code articles} record (the {@code herald/1} JSON) becomes its article, entity, mention, quote, timex and event
 * rows; a {@code linked-events} record its event_link row and the event_report rows of the reports it names.
 * A batch is one transaction. Every write is idempotent — an article already stored (same content hash) is
 * skipped whole, a linked event's counts only grow — so records replayed after a restart change nothing, which
 * with a flush before each checkpoint makes the sink exactly-once in effect. One instance per task; not
 * thread-safe.
 */
final class PostgresRows implements AutoCloseable {
  /** The schema script, run (idempotently) by every writer at start. */
  static final String SCHEMA = "postgres-schema-v1.sql";
  /** Any constant: writers starting together create the schema one at a time under this advisory lock. */
  private static final long SCHEMA_LOCK = 0x4845_5241_4c44_0001L;
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Connection c;
  private final ObjectMapper json = new ObjectMapper();
  private final PreparedStatement dropOlder;
  private final PreparedStatement insArticle;
  private final PreparedStatement insEntity;
  private final PreparedStatement insMention;
  private final PreparedStatement insQuote;
  private final PreparedStatement insTimex;
  private final PreparedStatement insEvent;
  private final PreparedStatement upsertLink;
  private final PreparedStatement insReport;

  private PostgresRows(Connection c) throws SQLException {
    this.c = c;
    dropOlder = c.prepareStatement("DELETE FROM article WHERE url_key = ? AND content_hash <> ?");
    insArticle = c.prepareStatement("INSERT INTO article (herald_id, url_key, content_hash, source_path, url, host, "
        + "title, published, language, ingested_at, n_entities, n_quotes, n_dates, n_events, text) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING id");
    insEntity = c.prepareStatement("INSERT INTO entity (article_id, local_id, type, name, name_key, last_key, "
        + "country, roles, lat, lon) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id");
    insMention = c.prepareStatement("INSERT INTO mention (entity_id, start, \"end\", kind) VALUES (?,?,?,?)");
    insQuote = c.prepareStatement("INSERT INTO quote (article_id, start, \"end\", text, direct, speaker_id, "
        + "speaker_name, speaker_start, speaker_end, cue, cue_start, cue_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    insTimex = c.prepareStatement("INSERT INTO timex (article_id, start, \"end\", text, type, value, end_value, mod) "
        + "VALUES (?,?,?,?,?,?,?,?)");
    insEvent = c.prepareStatement("INSERT INTO event (article_id, local_id, trigger, start, \"end\", sentence_start, "
        + "sentence_end, is_root, source_name, source_entity, source_code, source_country, target_name, "
        + "target_entity, target_code, target_country, cameo, plover, mode, quad_class, goldstein, status, date, day, "
        + "location_name, location_country, lat, lon) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    upsertLink = c.prepareStatement("INSERT INTO event_link (id, day, source_code, target_code, cameo, plover, "
        + "quad_class, goldstein, first_article, first_event, num_mentions, num_articles, num_sources, closed) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
        + "num_mentions = GREATEST(event_link.num_mentions, EXCLUDED.num_mentions), "
        + "num_articles = GREATEST(event_link.num_articles, EXCLUDED.num_articles), "
        + "num_sources = GREATEST(event_link.num_sources, EXCLUDED.num_sources), "
        + "closed = event_link.closed OR EXCLUDED.closed");
    insReport = c.prepareStatement("INSERT INTO event_report (herald_id, local_id, link_id) VALUES (?,?,?) "
        + "ON CONFLICT DO NOTHING");
  }

  /** Connects to {@code target}, creates the schema where it is missing and prepares the writes. */
  static PostgresRows open(PostgresTarget target) throws SQLException, IOException {
    Connection c = target.connect();
    try {
      createSchema(c);
      return new PostgresRows(c);
    } catch (SQLException | IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private static void createSchema(Connection c) throws SQLException, IOException {
    String script;
    try (InputStream in = PostgresRows.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IOException("the resource " + SCHEMA + " is missing from the job jar");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
      for (String sql : statements(script)) {
        s.execute(sql);
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  /** The script's statements: comments dropped, split at semicolons (the schema has none inside literals). */
  static List<String> statements(String script) {
    StringBuilder b = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int comment = line.indexOf("--");
      b.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String s : b.toString().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Writes {@code batch} in one transaction: all of it, or (on an error, which is thrown) none. */
  void write(List<Message> batch) throws SQLException, IOException {
    try {
      for (Message m : batch) {
        switch (m.topic) {
          case "articles" -> article(json.readTree(m.value));
          case "linked-events" -> link(json.readTree(m.value));
          default -> {
            // the other topics repeat parts of the article record; errors are not store rows
          }
        }
      }
      c.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  private void article(JsonNode a) throws SQLException {
    String text = a.path("text").asText();
    String title = str(a, "title");
    String url = str(a, "url");
    String hash = StoreKeys.contentHash(title, text);
    String urlKey = UrlKey.of(url);
    if (urlKey != null) {
      // a newer text at the same URL replaces the older article, as in the embedded store
      dropOlder.setString(1, urlKey);
      dropOlder.setString(2, hash);
      dropOlder.executeUpdate();
    }
    String publishedText = str(a, "published");
    LocalDate published = publishedText == null ? null : LocalDate.parse(publishedText);
    JsonNode entities = a.path("entities");
    JsonNode quotes = a.path("quotes");
    JsonNode dates = a.path("dates");
    JsonNode events = a.path("events");
    int i = 0;
    insArticle.setString(++i, a.path("id").asText());
    insArticle.setString(++i, urlKey);
    insArticle.setString(++i, hash);
    insArticle.setString(++i, str(a, "path"));
    insArticle.setString(++i, url);
    insArticle.setString(++i, UrlKey.hostOf(url));
    insArticle.setString(++i, title);
    insArticle.setDate(++i, published == null ? null : Date.valueOf(published));
    insArticle.setString(++i, a.path("language").asText("en"));
    insArticle.setString(++i, ZonedDateTime.now(ZoneOffset.UTC).format(ADDED));
    insArticle.setInt(++i, entities.size());
    insArticle.setInt(++i, quotes.size());
    insArticle.setInt(++i, dates.size());
    insArticle.setInt(++i, events.size());
    insArticle.setString(++i, text);
    Long id = null;
    try (ResultSet r = insArticle.executeQuery()) {
      if (r.next()) {
        id = r.getLong(1);
      }
    }
    if (id == null) {
      return; // this very text is stored already (a replay, or the same article from another source)
    }

    Map<String, Long> entityIds = new HashMap<>();
    for (JsonNode e : entities) {
      String name = e.path("name").asText();
      i = 0;
      insEntity.setLong(++i, id);
      insEntity.setString(++i, e.path("id").asText());
      insEntity.setString(++i, e.path("type").asText());
      insEntity.setString(++i, name);
      insEntity.setString(++i, StoreKeys.nameKey(name));
      insEntity.setString(++i, StoreKeys.lastKey(name));
      insEntity.setString(++i, str(e, "country"));
      List<String> roles = new ArrayList<>();
      e.path("roles").forEach(r -> roles.add(r.asText()));
      insEntity.setString(++i, String.join("|", roles));
      setDouble(insEntity, ++i, e.get("lat"));
      setDouble(insEntity, ++i, e.get("lon"));
      long eid;
      try (ResultSet r = insEntity.executeQuery()) {
        r.next();
        eid = r.getLong(1);
      }
      entityIds.put(e.path("id").asText(), eid);
      for (JsonNode m : e.path("mentions")) {
        insMention.setLong(1, eid);
        insMention.setInt(2, m.path("start").asInt());
        insMention.setInt(3, m.path("end").asInt());
        insMention.setString(4, m.path("kind").asText());
        insMention.addBatch();
      }
    }
    insMention.executeBatch();

    for (JsonNode q : quotes) {
      i = 0;
      insQuote.setLong(++i, id);
      insQuote.setInt(++i, q.path("start").asInt());
      insQuote.setInt(++i, q.path("end").asInt());
      insQuote.setString(++i, q.path("text").asText());
      insQuote.setInt(++i, q.path("direct").asBoolean() ? 1 : 0);
      setLong(insQuote, ++i, entityIds.get(str(q, "speaker")));
      insQuote.setString(++i, str(q, "speakerName"));
      i = span(insQuote, i, q.get("speakerSpan"));
      insQuote.setString(++i, str(q, "cue"));
      span(insQuote, i, q.get("cueSpan"));
      insQuote.addBatch();
    }
    insQuote.executeBatch();

    for (JsonNode t : dates) {
      i = 0;
      insTimex.setLong(++i, id);
      insTimex.setInt(++i, t.path("start").asInt());
      insTimex.setInt(++i, t.path("end").asInt());
      insTimex.setString(++i, t.path("text").asText());
      insTimex.setString(++i, t.path("type").asText());
      insTimex.setString(++i, t.path("value").asText());
      insTimex.setString(++i, str(t, "endValue"));
      insTimex.setString(++i, str(t, "mod"));
      insTimex.addBatch();
    }
    insTimex.executeBatch();

    int firstParagraphEnd = text.indexOf('\n');
    for (JsonNode v : events) {
      int sentenceStart = v.path("sentence").path("start").asInt();
      i = 0;
      insEvent.setLong(++i, id);
      insEvent.setString(++i, v.path("id").asText());
      insEvent.setString(++i, v.path("trigger").asText());
      insEvent.setInt(++i, v.path("start").asInt());
      insEvent.setInt(++i, v.path("end").asInt());
      insEvent.setInt(++i, sentenceStart);
      insEvent.setInt(++i, v.path("sentence").path("end").asInt());
      insEvent.setInt(++i, firstParagraphEnd < 0 || sentenceStart < firstParagraphEnd ? 1 : 0);
      i = participant(insEvent, i, v.get("source"), entityIds);
      i = participant(insEvent, i, v.get("target"), entityIds);
      insEvent.setString(++i, v.path("cameo").asText());
      insEvent.setString(++i, v.path("plover").asText());
      insEvent.setString(++i, str(v, "mode"));
      insEvent.setInt(++i, v.path("quadClass").asInt());
      insEvent.setDouble(++i, v.path("goldstein").asDouble());
      insEvent.setString(++i, v.path("status").asText());
      String date = str(v, "date");
      insEvent.setString(++i, date);
      Long day = EventLinkRule.day(date, published);
      if (day == null) {
        insEvent.setNull(++i, Types.INTEGER);
      } else {
        insEvent.setInt(++i, Math.toIntExact(day));
      }
      JsonNode l = v.get("location");
      boolean located = l != null && !l.isNull();
      insEvent.setString(++i, located ? str(l, "name") : null);
      insEvent.setString(++i, located ? str(l, "country") : null);
      setDouble(insEvent, ++i, located ? l.get("lat") : null);
      setDouble(insEvent, ++i, located ? l.get("lon") : null);
      insEvent.addBatch();
    }
    insEvent.executeBatch();
  }

  private void link(JsonNode l) throws SQLException {
    String id = l.path("id").asText();
    String day = str(l, "day");
    JsonNode target = l.get("target");
    JsonNode first = l.path("first");
    int i = 0;
    upsertLink.setString(++i, id);
    if (day == null) {
      upsertLink.setNull(++i, Types.INTEGER);
    } else {
      upsertLink.setInt(++i, Math.toIntExact(LocalDate.parse(day).toEpochDay()));
    }
    upsertLink.setString(++i, l.path("source").path("code").asText());
    upsertLink.setString(++i, target == null || target.isNull() ? "" : target.path("code").asText());
    upsertLink.setString(++i, l.path("cameo").asText());
    upsertLink.setString(++i, l.path("plover").asText());
    upsertLink.setInt(++i, l.path("quadClass").asInt());
    upsertLink.setDouble(++i, l.path("goldstein").asDouble());
    upsertLink.setString(++i, first.path("article").asText());
    upsertLink.setString(++i, first.path("event").asText());
    upsertLink.setInt(++i, l.path("numMentions").asInt());
    upsertLink.setInt(++i, l.path("numArticles").asInt());
    upsertLink.setInt(++i, l.path("numSources").asInt());
    upsertLink.setBoolean(++i, l.path("final").asBoolean());
    upsertLink.executeUpdate();
    for (JsonNode report : l.path("reports")) {
      insReport.setString(1, report.path("article").asText());
      insReport.setString(2, report.path("event").asText());
      insReport.setString(3, id);
      insReport.addBatch();
    }
    insReport.executeBatch();
  }

  private static int participant(PreparedStatement p, int i, JsonNode x, Map<String, Long> entityIds)
      throws SQLException {
    boolean present = x != null && !x.isNull();
    p.setString(++i, present ? x.path("name").asText() : null);
    setLong(p, ++i, present ? entityIds.get(str(x, "entity")) : null);
    p.setString(++i, present ? x.path("code").asText() : null);
    p.setString(++i, present ? str(x, "country") : null);
    return i;
  }

  private static int span(PreparedStatement p, int i, JsonNode span) throws SQLException {
    boolean present = span != null && !span.isNull();
    if (present) {
      p.setInt(++i, span.path("start").asInt());
      p.setInt(++i, span.path("end").asInt());
    } else {
      p.setNull(++i, Types.INTEGER);
      p.setNull(++i, Types.INTEGER);
    }
    return i;
  }

  /** A text field, or null when absent, JSON null or empty. */
  private static String str(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }

  private static void setDouble(PreparedStatement p, int i, JsonNode v) throws SQLException {
    SqlParams.setDouble(p, i, v == null || v.isNull() ? null : v.asDouble());
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}

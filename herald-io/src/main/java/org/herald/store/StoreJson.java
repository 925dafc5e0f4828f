package org.herald.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes the store's query results as JSON objects, for {@code herald events --format jsonl}, exports and the
 * server. Field names are a contract like {@code herald/1}'s: add freely, never rename. Stateless, thread-safe.
 */
public final class StoreJson {
  private StoreJson() {
  }

  /** A linked event; with its reports when {@code reports} is not null. */
  public static void write(LinkedEvent v, List<EventReport> reports, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", v.id());
    string(g, "day", v.day());
    actor(g, "source", v.source());
    actor(g, "target", v.target());
    g.writeStringField("cameo", v.cameo());
    g.writeStringField("plover", v.plover());
    g.writeNumberField("quadClass", v.quadClass());
    g.writeNumberField("goldstein", v.goldstein());
    g.writeNumberField("numMentions", v.numMentions());
    g.writeNumberField("numArticles", v.numArticles());
    g.writeNumberField("numSources", v.numSources());
    g.writeFieldName("first");
    report(g, v.first());
    if (reports != null) {
      g.writeArrayFieldStart("reports");
      for (EventReport r : reports) {
        report(g, r);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, String field, StoredActor a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("code", a.code());
    g.writeStringField("name", a.name());
    g.writeStringField("country", a.country());
    if (a.lat() != null) {
      g.writeNumberField("lat", a.lat());
      g.writeNumberField("lon", a.lon());
    }
    g.writeEndObject();
  }

  private static void report(JsonGenerator g, EventReport r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("event", r.eventId());
    g.writeNumberField("article", r.articleId());
    g.writeStringField("url", r.url());
    g.writeStringField("path", r.path());
    g.writeStringField("title", r.title());
    string(g, "published", r.published());
    g.writeStringField("trigger", r.trigger());
    g.writeNumberField("start", r.start());
    g.writeNumberField("end", r.end());
    g.writeObjectFieldStart("sentence");
    g.writeNumberField("start", r.sentenceStart());
    g.writeNumberField("end", r.sentenceEnd());
    g.writeEndObject();
    g.writeBooleanField("isRoot", r.isRoot());
    g.writeStringField("status", r.status());
    g.writeStringField("mode", r.mode());
    g.writeStringField("date", r.date());
    if (r.locationName() == null) {
      g.writeNullField("location");
    } else {
      g.writeObjectFieldStart("location");
      g.writeStringField("name", r.locationName());
      g.writeStringField("country", r.locationCountry());
      if (r.lat() != null) {
        g.writeNumberField("lat", r.lat());
        g.writeNumberField("lon", r.lon());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A search hit. */
  public static void write(SearchHit h, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("article", h.articleId());
    g.writeStringField("title", h.title());
    g.writeStringField("url", h.url());
    g.writeStringField("path", h.path());
    string(g, "published", h.published());
    g.writeStringField("snippet", h.snippet());
    g.writeNumberField("score", h.score());
    g.writeEndObject();
  }

  /** An entity profile. */
  public static void write(EntityProfile p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", p.name());
    g.writeStringField("country", p.country());
    g.writeStringField("type", p.type());
    g.writeNumberField("articles", p.articles());
    string(g, "firstSeen", p.firstSeen());
    string(g, "lastSeen", p.lastSeen());
    g.writeObjectFieldStart("roles");
    for (Map.Entry<String, Integer> e : p.roles().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("quoteCount", p.quoteCount());
    g.writeArrayFieldStart("quotes");
    for (StoredQuote q : p.quotes()) {
      g.writeStartObject();
      g.writeNumberField("article", q.articleId());
      g.writeStringField("title", q.title());
      g.writeStringField("url", q.url());
      string(g, "published", q.published());
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      g.writeStringField("text", q.text());
      g.writeBooleanField("direct", q.direct());
      g.writeStringField("cue", q.cue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("eventCount", p.eventCount());
    g.writeArrayFieldStart("events");
    for (LinkedEvent v : p.events()) {
      write(v, null, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Store statistics. */
  public static void write(StoreStats s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", s.path());
    g.writeNumberField("schemaVersion", s.schemaVersion());
    g.writeNumberField("bytes", s.bytes());
    g.writeNumberField("articles", s.articles());
    g.writeNumberField("entities", s.entities());
    g.writeNumberField("quotes", s.quotes());
    g.writeNumberField("dates", s.dates());
    g.writeNumberField("reports", s.reports());
    g.writeNumberField("events", s.events());
    string(g, "firstPublished", s.firstPublished());
    string(g, "lastPublished", s.lastPublished());
    counts(g, "types", s.types());
    counts(g, "actors", s.actors());
    counts(g, "countries", s.countries());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String field, Map<String, Long> m) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Long> e : m.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String field, LocalDate d) throws IOException {
    g.writeStringField(field, d == null ? null : d.toString());
  }
}

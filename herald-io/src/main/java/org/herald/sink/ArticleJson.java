package org.herald.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.Herald;
import org.herald.model.Article;
import org.herald.model.Problem;
import org.herald.model.Span;
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

/**
 * Writes an article as one JSON object of the public output contract {@code herald/1}. Field names are a
 * contract: add fields freely, never rename. Stateless and thread-safe.
 */
public final class ArticleJson {
  private ArticleJson() {
  }

  /** Writes {@code a} as one object to {@code g}. */
  public static void write(Article a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", Herald.SCHEMA);
    g.writeStringField("id", a.id());
    g.writeStringField("path", a.path());
    g.writeStringField("url", a.url());
    g.writeStringField("title", a.title());
    g.writeStringField("published", a.published() == null ? null : a.published().toString());
    g.writeStringField("language", a.language());
    g.writeStringField("text", a.text());

    Map<String, Entity> entities = a.layer(NameStage.ENTITIES).stream()
        .collect(Collectors.toMap(Entity::id, e -> e, (x, y) -> x));
    g.writeArrayFieldStart("entities");
    for (Entity e : a.layer(NameStage.ENTITIES)) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("type", e.type().name());
      g.writeStringField("name", e.name());
      g.writeStringField("country", e.country());
      g.writeArrayFieldStart("roles");
      for (String r : e.roles()) {
        g.writeString(r);
      }
      g.writeEndArray();
      if (e.geo() != null) {
        g.writeNumberField("lat", e.geo().lat());
        g.writeNumberField("lon", e.geo().lon());
      }
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        g.writeStartObject();
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("kind", m.kind().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("quotes");
    for (Quote q : a.layer(QuoteStage.QUOTES)) {
      g.writeStartObject();
      g.writeNumberField("start", q.start());
      g.writeNumberField("end", q.end());
      g.writeStringField("text", q.text());
      g.writeBooleanField("direct", q.direct());
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("speakerName", q.speakerName());
      if (q.speakerSpan() != null) {
        writeSpan(g, "speakerSpan", q.speakerSpan());
      }
      g.writeStringField("cue", q.cue());
      if (q.cueSpan() != null) {
        writeSpan(g, "cueSpan", q.cueSpan());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("dates");
    for (TimeExpression t : a.layer(DateStage.TIMEX)) {
      g.writeStartObject();
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("text", t.text());
      g.writeStringField("type", t.type().name());
      g.writeStringField("value", t.value());
      if (t.endValue() != null) {
        g.writeStringField("endValue", t.endValue());
      }
      if (t.mod() != null) {
        g.writeStringField("mod", t.mod());
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("events");
    for (Event v : a.layer(EventStage.EVENTS)) {
      g.writeStartObject();
      g.writeStringField("id", v.id());
      g.writeStringField("trigger", v.trigger());
      g.writeNumberField("start", v.start());
      g.writeNumberField("end", v.end());
      writeSpan(g, "sentence", v.sentence());
      writeParticipant(g, "source", v.source(), entities);
      writeParticipant(g, "target", v.target(), entities);
      g.writeStringField("cameo", v.cameo());
      g.writeStringField("plover", v.plover());
      g.writeStringField("mode", v.mode());
      g.writeNumberField("quadClass", v.quadClass());
      g.writeNumberField("goldstein", v.goldstein());
      g.writeStringField("status", v.status().json());
      g.writeStringField("date", v.date());
      Location l = v.location();
      if (l == null) {
        g.writeNullField("location");
      } else {
        g.writeObjectFieldStart("location");
        g.writeStringField("name", l.name());
        g.writeStringField("country", l.country());
        if (l.lat() == null) {
          g.writeNullField("lat");
          g.writeNullField("lon");
        } else {
          g.writeNumberField("lat", l.lat());
          g.writeNumberField("lon", l.lon());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();

    if (!a.problems().isEmpty()) {
      g.writeArrayFieldStart("problems");
      for (Problem p : a.problems()) {
        g.writeStartObject();
        g.writeStringField("code", p.code());
        g.writeNumberField("offset", p.offset());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, String field, Span s) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }

  private static void writeParticipant(JsonGenerator g, String field, Participant p, Map<String, Entity> entities)
      throws IOException {
    if (p == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("name", p.name());
    g.writeStringField("entity", p.entity());
    g.writeStringField("code", p.code());
    g.writeStringField("country", p.country());
    g.writeEndObject();
  }
}

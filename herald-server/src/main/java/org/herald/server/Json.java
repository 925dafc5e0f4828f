package org.herald.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes JSON responses: stateless, thread-safe. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {
  }

  /** Writes to a JSON generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one item of a list. */
  @FunctionalInterface
  interface Item<T> {
    void write(T item, JsonGenerator g) throws IOException;
  }

  /** Answers {@code status} with the JSON {@code body} writes. */
  static void send(Context ctx, int status, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.status(status).contentType("application/json; charset=utf-8").result(out.toByteArray());
  }

  /** Answers 200 with the JSON {@code body} writes. */
  static void ok(Context ctx, Body body) {
    send(ctx, 200, body);
  }

  /** Answers an error as {@code {"code","message"}}. */
  static void error(Context ctx, int status, String code, String message) {
    send(ctx, status, g -> {
      g.writeStartObject();
      g.writeStringField("code", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    });
  }

  /**
   * Answers one page: {@code {"offset","limit","hasMore","items":[…]}}; {@code items} may hold one more than
   * {@code limit}, which only sets {@code hasMore}.
   */
  static <T> void page(Context ctx, int offset, int limit, List<T> items, Item<T> writer) {
    ok(ctx, g -> {
      g.writeStartObject();
      g.writeNumberField("offset", offset);
      g.writeNumberField("limit", limit);
      g.writeBooleanField("hasMore", items.size() > limit);
      g.writeArrayFieldStart("items");
      for (T t : items.subList(0, Math.min(limit, items.size()))) {
        writer.write(t, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}

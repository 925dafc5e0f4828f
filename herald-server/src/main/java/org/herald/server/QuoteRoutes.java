package org.herald.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import org.herald.store.Store;
import org.herald.store.StoredQuote;

/** {@code GET /api/quotes?speaker=&from=&to=&limit=&offset=}: quotations, newest first. */
final class QuoteRoutes {
  private final Store store;
  private final ServerConfig config;

  QuoteRoutes(Store store, ServerConfig config) {
    this.store = store;
    this.config = config;
  }

  void quotes(Context ctx) {
    String speaker = Params.string(ctx, "speaker", 200);
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    int limit = Params.limit(ctx, config.maxPageSize());
    int offset = Params.offset(ctx);
    var quotes = store.quotes(speaker, from, to, limit + 1, offset);
    Json.page(ctx, offset, limit, quotes, QuoteRoutes::write);
  }

  static void write(StoredQuote q, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("article", q.articleId());
    g.writeStringField("title", q.title());
    g.writeStringField("url", q.url());
    g.writeStringField("published", q.published() == null ? null : q.published().toString());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeStringField("text", q.text());
    g.writeBooleanField("direct", q.direct());
    g.writeStringField("speaker", q.speakerName());
    g.writeStringField("cue", q.cue());
    g.writeEndObject();
  }
}

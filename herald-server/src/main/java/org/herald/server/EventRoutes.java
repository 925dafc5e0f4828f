package org.herald.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.herald.store.Filter;
import org.herald.store.LinkedEvent;
import org.herald.store.Store;
import org.herald.store.StoreJson;

/** {@code GET /api/events} (filters, paging, newest first) and {@code GET /api/events/{id}/reports}. */
final class EventRoutes {
  private final Store store;
  private final ServerConfig config;

  EventRoutes(Store store, ServerConfig config) {
    this.store = store;
    this.config = config;
  }

  void events(Context ctx) {
    Filter f = Params.filter(ctx);
    int limit = Params.limit(ctx, config.maxPageSize());
    int offset = Params.offset(ctx);
    List<LinkedEvent> page = new ArrayList<>(limit + 1);
    int[] seen = {0};
    // the store has no offset: skip the first rows of a slightly longer query (offset is capped)
    store.eachEvent(f.limit(offset + limit + 1), true, v -> {
      if (seen[0]++ >= offset) {
        page.add(v);
      }
    });
    Json.page(ctx, offset, limit, page, (v, g) -> StoreJson.write(v, null, g));
  }

  void reports(Context ctx) {
    long id = ArticleRoutes.id(ctx);
    var reports = store.reports(id);
    if (reports.isEmpty()) {
      throw ApiException.notFound("no event " + id);
    }
    Json.ok(ctx, g -> {
      g.writeStartObject();
      g.writeNumberField("id", id);
      g.writeArrayFieldStart("reports");
      for (var r : reports) {
        g.writeStartObject();
        g.writeNumberField("event", r.eventId());
        g.writeNumberField("article", r.articleId());
        g.writeStringField("title", r.title());
        g.writeStringField("url", r.sourceUrl());
        g.writeStringField("published", r.published() == null ? null : r.published().toString());
        g.writeStringField("trigger", r.trigger());
        g.writeNumberField("start", r.start());
        g.writeNumberField("end", r.end());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}

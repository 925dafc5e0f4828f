package org.herald.server;

import io.javalin.http.Context;
import java.util.List;
import org.herald.store.Filter;
import org.herald.store.SearchHit;
import org.herald.store.Store;
import org.herald.store.StoreJson;

/** {@code GET /api/search}: full-text search over articles, with filters and paging. */
final class SearchRoutes {
  private final Store store;
  private final ServerConfig config;

  SearchRoutes(Store store, ServerConfig config) {
    this.store = store;
    this.config = config;
  }

  void search(Context ctx) {
    String q = Params.string(ctx, "q", 500);
    if (q == null) {
      throw ApiException.badParameter("q (the text to search for) is missing");
    }
    Filter f = Params.filter(ctx);
    int limit = Params.limit(ctx, config.maxPageSize());
    int offset = Params.offset(ctx);
    List<SearchHit> hits = store.search(q, f.limit(offset + limit + 1));
    Json.page(ctx, offset, limit, hits.subList(Math.min(offset, hits.size()), hits.size()), StoreJson::write);
  }
}

package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.Store;
import org.herald.store.StoreJson;

/** {@code GET /api/stats}: what the store holds. */
final class StatsRoutes {
  private final Store store;

  StatsRoutes(Store store) {
    this.store = store;
  }

  void stats(Context ctx) {
    var stats = store.stats();
    Json.ok(ctx, g -> StoreJson.write(stats, g));
  }
}

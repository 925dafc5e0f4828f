package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.Store;
import org.herald.store.StoreJson;

/** {@code GET /api/entities?name=} (find by name prefix) and {@code GET /api/entities/{name}} (profiles). */
final class EntityRoutes {
  private final Store store;
  private final ServerConfig config;

  EntityRoutes(Store store, ServerConfig config) {
    this.store = store;
    this.config = config;
  }

  void find(Context ctx) {
    String name = Params.string(ctx, "name", 200);
    int limit = Params.limit(ctx, config.maxPageSize());
    var found = store.entities(name == null ? "" : name, limit);
    Json.ok(ctx, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("items");
      for (var e : found) {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("country", e.country());
        g.writeStringField("type", e.type());
        g.writeNumberField("articles", e.articles());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  void profile(Context ctx) {
    String name = ctx.pathParam("name").strip();
    if (name.isEmpty() || name.length() > 200) {
      throw ApiException.badParameter("name must be 1-200 characters");
    }
    String country = Params.code(ctx, "country", 3, 3);
    int limit = Params.limit(ctx, config.maxPageSize());
    var profiles = store.entity(name, country, limit);
    if (profiles.isEmpty()) {
      throw ApiException.notFound("no entity named '" + name + "'" + (country == null ? "" : " in " + country));
    }
    Json.ok(ctx, g -> {
      g.writeStartObject();
      g.writeStringField("name", name);
      g.writeArrayFieldStart("profiles");
      for (var p : profiles) {
        StoreJson.write(p, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}

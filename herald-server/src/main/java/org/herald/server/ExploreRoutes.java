package org.herald.server;

import io.javalin.http.Context;
import java.util.Map;

/** The UI's aggregate views: {@code GET /api/timeline}, {@code /api/network} and {@code /api/places}. */
final class ExploreRoutes {
  private final Explorer explorer;

  ExploreRoutes(Explorer explorer) {
    this.explorer = explorer;
  }

  void timeline(Context ctx) {
    String bucket = Params.string(ctx, "bucket", 5);
    if (bucket != null && !bucket.equals("day") && !bucket.equals("week") && !bucket.equals("month")) {
      throw ApiException.badParameter("bucket '" + bucket + "' is not day, week or month");
    }
    var t = explorer.timeline(Params.filter(ctx), bucket);
    Json.ok(ctx, g -> {
      g.writeStartObject();
      g.writeStringField("bucket", t.bucket());
      g.writeNumberField("events", t.events());
      g.writeBooleanField("truncated", t.truncated());
      g.writeArrayFieldStart("periods");
      for (String p : t.periods()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("series");
      for (Map.Entry<String, int[]> e : t.series().entrySet()) {
        g.writeStartObject();
        g.writeStringField("type", e.getKey());
        g.writeFieldName("counts");
        g.writeArray(e.getValue(), 0, e.getValue().length);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  void network(Context ctx) {
    int nodes = Params.integer(ctx, "nodes", 60, 2, 300);
    var n = explorer.network(Params.filter(ctx), nodes);
    Json.ok(ctx, g -> {
      g.writeStartObject();
      g.writeNumberField("events", n.events());
      g.writeBooleanField("truncated", n.truncated());
      g.writeArrayFieldStart("nodes");
      for (var x : n.nodes()) {
        g.writeStartObject();
        g.writeStringField("id", x.id());
        g.writeStringField("label", x.label());
        g.writeStringField("kind", x.kind());
        g.writeStringField("country", x.country());
        g.writeNumberField("events", x.events());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("edges");
      for (var e : n.edges()) {
        g.writeStartObject();
        g.writeStringField("source", e.source());
        g.writeStringField("target", e.target());
        g.writeNumberField("cooperation", e.cooperation());
        g.writeNumberField("conflict", e.conflict());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  void places(Context ctx) {
    var p = explorer.places(Params.filter(ctx));
    Json.ok(ctx, g -> {
      g.writeStartObject();
      g.writeNumberField("events", p.events());
      g.writeNumberField("unplaced", p.unplaced());
      g.writeBooleanField("truncated", p.truncated());
      g.writeArrayFieldStart("places");
      for (var x : p.places()) {
        g.writeStartObject();
        g.writeStringField("label", x.label());
        g.writeStringField("country", x.country());
        g.writeNumberField("lat", x.lat());
        g.writeNumberField("lon", x.lon());
        g.writeNumberField("events", x.events());
        g.writeNumberField("cooperation", x.cooperation());
        g.writeNumberField("conflict", x.conflict());
        g.writeObjectFieldStart("types");
        for (var t : x.types().entrySet()) {
          g.writeNumberField(t.getKey(), t.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("countries");
      for (var c : p.countries().entrySet()) {
        g.writeNumberField(c.getKey(), c.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }
}

package org.herald.store;

import java.util.List;

/** Writes linked events as CSV rows (RFC 4180: comma-separated, quoted when needed), one per event. Thread-safe. */
public final class EventCsv {
  /** The header row's column names. */
  public static final List<String> COLUMNS = List.of("id", "day", "source_code", "source_name", "source_country",
      "target_code", "target_name", "target_country", "cameo", "plover", "quad_class", "goldstein", "num_mentions",
      "num_articles", "num_sources", "trigger", "status", "location", "location_country", "lat", "lon", "url",
      "title", "published");

  private EventCsv() {
  }

  /** The header line, without the line end. */
  public static String header() {
    return String.join(",", COLUMNS);
  }

  /** The row of {@code v}, without the line end. */
  public static String row(LinkedEvent v) {
    EventReport r = v.first();
    StoredActor t = v.target();
    Object[] f = {v.id(), v.day(), v.source().code(), v.source().name(), v.source().country(),
        t == null ? null : t.code(), t == null ? null : t.name(), t == null ? null : t.country(), v.cameo(),
        v.plover(), v.quadClass(), v.goldstein(), v.numMentions(), v.numArticles(), v.numSources(), r.trigger(),
        r.status(), r.locationName(), r.locationCountry(), r.lat(), r.lon(), r.sourceUrl(), r.title(),
        r.published()};
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < f.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      if (f[i] != null) {
        field(b, f[i].toString());
      }
    }
    return b.toString();
  }

  private static void field(StringBuilder b, String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    if (!quote) {
      b.append(s);
      return;
    }
    b.append('"').append(s.replace("\"", "\"\"")).append('"');
  }
}

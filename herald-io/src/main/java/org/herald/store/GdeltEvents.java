package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes linked events as GDELT 2.0 event export rows: 61 tab-separated columns in the codebook's order, read
 * from {@code gdelt-events-columns-v1.tsv}; what Herald knows is filled, the rest left empty. Thread-safe.
 */
public final class GdeltEvents {
  /** The number of columns of a GDELT 2.0 event row. */
  public static final int COLUMNS = 61;

  private static final String RESOURCE = "/org/herald/store/gdelt-events-columns-v1.tsv";
  /** CAMEO actor role codes that may follow the country part of an actor code. */
  private static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY",
      "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "NGO",
      "NGM", "IGO", "REF", "SET", "MOD", "RAD", "AMN", "IRC", "UNO", "PTY", "ELF", "REL");

  private static final Map<String, Function<LinkedEvent, Object>> FIELDS = Map.ofEntries(
      Map.entry("id", LinkedEvent::id),
      Map.entry("sqldate", v -> day(v, "%1$tY%1$tm%1$td")),
      Map.entry("monthyear", v -> day(v, "%1$tY%1$tm")),
      Map.entry("year", v -> day(v, "%1$tY")),
      Map.entry("fractiondate", v -> v.day() == null ? null
          : String.format(Locale.ROOT, "%.4f", v.day().getYear() + v.day().getDayOfYear() / 365.0)),
      Map.entry("actor1.code", v -> v.source().code()),
      Map.entry("actor1.name", v -> v.source().name().toUpperCase(Locale.ROOT)),
      Map.entry("actor1.country", v -> v.source().country()),
      Map.entry("actor1.type1", v -> type(v.source(), 0)),
      Map.entry("actor1.type2", v -> type(v.source(), 1)),
      Map.entry("actor1.type3", v -> type(v.source(), 2)),
      Map.entry("actor2.code", v -> v.target() == null ? null : v.target().code()),
      Map.entry("actor2.name", v -> v.target() == null ? null : v.target().name().toUpperCase(Locale.ROOT)),
      Map.entry("actor2.country", v -> v.target() == null ? null : v.target().country()),
      Map.entry("actor2.type1", v -> type(v.target(), 0)),
      Map.entry("actor2.type2", v -> type(v.target(), 1)),
      Map.entry("actor2.type3", v -> type(v.target(), 2)),
      Map.entry("isroot", v -> v.first().isRoot() ? 1 : 0),
      Map.entry("cameo", LinkedEvent::cameo),
      Map.entry("cameo.base", v -> v.cameo().substring(0, Math.min(3, v.cameo().length()))),
      Map.entry("cameo.root", v -> v.cameo().substring(0, Math.min(2, v.cameo().length()))),
      Map.entry("quadclass", LinkedEvent::quadClass),
      Map.entry("goldstein", v -> number(v.goldstein(), 1)),
      Map.entry("nummentions", LinkedEvent::numMentions),
      Map.entry("numsources", LinkedEvent::numSources),
      Map.entry("numarticles", LinkedEvent::numArticles),
      Map.entry("actor1.geo.type", v -> geoType(v.source())),
      Map.entry("actor1.geo.name", v -> actorGeo(v.source()) ? v.source().name() : null),
      Map.entry("actor1.geo.country", v -> actorGeo(v.source()) ? v.source().country() : null),
      Map.entry("actor1.geo.lat", v -> actorGeo(v.source()) ? number(v.source().lat(), 4) : null),
      Map.entry("actor1.geo.lon", v -> actorGeo(v.source()) ? number(v.source().lon(), 4) : null),
      Map.entry("actor2.geo.type", v -> geoType(v.target())),
      Map.entry("actor2.geo.name", v -> actorGeo(v.target()) ? v.target().name() : null),
      Map.entry("actor2.geo.country", v -> actorGeo(v.target()) ? v.target().country() : null),
      Map.entry("actor2.geo.lat", v -> actorGeo(v.target()) ? number(v.target().lat(), 4) : null),
      Map.entry("actor2.geo.lon", v -> actorGeo(v.target()) ? number(v.target().lon(), 4) : null),
      Map.entry("action.geo.type", v -> v.first().lat() != null ? Integer.valueOf(4)
          : v.first().locationCountry() != null ? Integer.valueOf(1) : null),
      Map.entry("action.geo.name", v -> v.first().locationName()),
      Map.entry("action.geo.country", v -> v.first().locationCountry()),
      Map.entry("action.geo.lat", v -> v.first().lat() == null ? null : number(v.first().lat(), 4)),
      Map.entry("action.geo.lon", v -> v.first().lon() == null ? null : number(v.first().lon(), 4)),
      Map.entry("dateadded", v -> v.first().ingestedAt()),
      Map.entry("sourceurl", v -> v.first().sourceUrl()));

  private final List<String> names;
  private final List<Function<LinkedEvent, Object>> getters;

  private GdeltEvents(List<String> names, List<Function<LinkedEvent, Object>> getters) {
    this.names = List.copyOf(names);
    this.getters = List.copyOf(getters);
  }

  /** The writer for the bundled column list. */
  public static GdeltEvents bundled() {
    try (InputStream in = GdeltEvents.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<String> names = new ArrayList<>();
      List<Function<LinkedEvent, Object>> getters = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String field = cols.length > 1 ? cols[1].strip() : "-";
        Function<LinkedEvent, Object> getter = field.equals("-") ? v -> null : FIELDS.get(field);
        if (getter == null) {
          throw new IllegalStateException(RESOURCE + ": unknown Herald field '" + field + "' for " + cols[0]);
        }
        names.add(cols[0].strip());
        getters.add(getter);
      }
      if (names.size() != COLUMNS) {
        throw new IllegalStateException(RESOURCE + " lists " + names.size() + " columns, not " + COLUMNS);
      }
      return new GdeltEvents(names, getters);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  /** The column names, in order. */
  public List<String> columns() {
    return names;
  }

  /** One row for {@code v}: 61 tab-separated fields, without the line end; tabs and line breaks become spaces. */
  public String row(LinkedEvent v) {
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < getters.size(); i++) {
      if (i > 0) {
        b.append('\t');
      }
      Object value = getters.get(i).apply(v);
      if (value != null) {
        String s = value.toString();
        for (int k = 0; k < s.length(); k++) {
          char c = s.charAt(k);
          b.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
        }
      }
    }
    return b.toString();
  }

  private static String day(LinkedEvent v, String format) {
    LocalDate d = v.day();
    return d == null ? null : String.format(Locale.ROOT, format, d);
  }

  /** 1 (country) for a bare country actor ({@code BRA}), 4 (world city) for another place, null without coordinates. */
  private static Integer geoType(StoredActor a) {
    return !actorGeo(a) ? null : a.code().equals(a.country()) ? 1 : 4;
  }

  private static boolean actorGeo(StoredActor a) {
    return a != null && a.lat() != null && a.lon() != null;
  }

  private static String number(double d, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", d);
  }

  /** The {@code n}th role code after the actor code's country part, or null. */
  static String type(StoredActor a, int n) {
    if (a == null) {
      return null;
    }
    String code = a.code();
    int from = code.length() >= 3 && !TYPES.contains(code.substring(0, 3)) ? 3 : 0;
    int found = 0;
    for (int i = from; i + 3 <= code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (TYPES.contains(part)) {
        if (found == n) {
          return part;
        }
        found++;
      }
    }
    return null;
  }
}

package org.herald.server;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.herald.store.Filter;
import org.herald.store.LinkedEvent;
import org.herald.store.Store;
import org.herald.store.StoredActor;

/**
 * Aggregates linked events for the UI's views: counts by PLOVER type over time, the actor network, and event
 * places. Each reads at most {@link #CAP} events (the newest that pass the filter). Thread-safe.
 */
final class Explorer {
  /** The most events one view aggregates; beyond it the view says it is truncated. */
  static final int CAP = 50_000;

  private final Store store;
  private final Countries countries;
  private final Map<String, Boolean> isPerson = new ConcurrentHashMap<>();

  Explorer(Store store, Countries countries) {
    this.store = store;
    this.countries = countries;
  }

  /** Event counts per period and PLOVER type. */
  record Timeline(String bucket, List<String> periods, Map<String, int[]> series, int events, boolean truncated) {
  }

  Timeline timeline(Filter filter, String bucket) {
    List<LinkedEvent> events = store.events(filter.limit(CAP + 1));
    boolean truncated = events.size() > CAP;
    if (truncated) {
      events = events.subList(0, CAP);
    }
    LocalDate min = null;
    LocalDate max = null;
    for (LinkedEvent v : events) {
      if (v.day() != null) {
        min = min == null || v.day().isBefore(min) ? v.day() : min;
        max = max == null || v.day().isAfter(max) ? v.day() : max;
      }
    }
    if (bucket == null) {
      long span = min == null ? 0 : ChronoUnit.DAYS.between(min, max);
      bucket = span <= 92 ? "day" : span <= 730 ? "week" : "month";
    }
    TreeSet<LocalDate> periods = new TreeSet<>();
    Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
    int n = 0;
    for (LinkedEvent v : events) {
      if (v.day() == null) {
        continue;
      }
      LocalDate p = period(v.day(), bucket);
      periods.add(p);
      counts.computeIfAbsent(v.plover(), k -> new HashMap<>()).merge(p, 1, Integer::sum);
      n++;
    }
    if (!periods.isEmpty()) {
      // fill the gaps so the axis is regular
      for (LocalDate p = periods.first(); p.isBefore(periods.last()); p = next(p, bucket)) {
        periods.add(p);
      }
    }
    List<LocalDate> axis = new ArrayList<>(periods);
    Map<String, int[]> series = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())))
        .forEach(e -> {
          int[] c = new int[axis.size()];
          for (int i = 0; i < c.length; i++) {
            c[i] = e.getValue().getOrDefault(axis.get(i), 0);
          }
          series.put(e.getKey(), c);
        });
    return new Timeline(bucket, axis.stream().map(LocalDate::toString).toList(), series, n, truncated);
  }

  private static int total(Map<LocalDate, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static LocalDate period(LocalDate d, String bucket) {
    return switch (bucket) {
      case "week" -> d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
      case "month" -> d.withDayOfMonth(1);
      default -> d;
    };
  }

  private static LocalDate next(LocalDate d, String bucket) {
    return switch (bucket) {
      case "week" -> d.plusWeeks(1);
      case "month" -> d.plusMonths(1);
      default -> d.plusDays(1);
    };
  }

  /** A node of the actor network: a country, an organisation or a person. */
  record Node(String id, String label, String kind, String country, int events) {
  }

  /** An edge between two nodes with its cooperation (quad classes 1-2) and conflict (3-4) event counts. */
  record Edge(String source, String target, int cooperation, int conflict) {
  }

  /** The actor network: nodes by events, the {@code maxNodes} busiest kept. */
  record Network(List<Node> nodes, List<Edge> edges, int events, boolean truncated) {
  }

  Network network(Filter filter, int maxNodes) {
    List<LinkedEvent> events = store.events(filter.limit(CAP + 1));
    boolean truncated = events.size() > CAP;
    if (truncated) {
      events = events.subList(0, CAP);
    }
    Map<String, Node> nodes = new HashMap<>();
    Map<String, int[]> pairs = new HashMap<>();
    for (LinkedEvent v : events) {
      Node s = node(v.source());
      nodes.merge(s.id(), s, (a, b) -> new Node(a.id(), a.label(), a.kind(), a.country(), a.events() + 1));
      if (v.target() == null) {
        continue;
      }
      Node t = node(v.target());
      if (t.id().equals(s.id())) {
        continue;
      }
      nodes.merge(t.id(), t, (a, b) -> new Node(a.id(), a.label(), a.kind(), a.country(), a.events() + 1));
      String key = s.id().compareTo(t.id()) < 0 ? s.id() + "\t" + t.id() : t.id() + "\t" + s.id();
      int[] c = pairs.computeIfAbsent(key, k -> new int[2]);
      c[v.quadClass() <= 2 ? 0 : 1]++;
    }
    List<Node> kept = nodes.values().stream()
        .sorted((a, b) -> a.events() != b.events() ? Integer.compare(b.events(), a.events()) : a.id().compareTo(b.id()))
        .limit(maxNodes).toList();
    java.util.Set<String> ids = new java.util.HashSet<>();
    kept.forEach(x -> ids.add(x.id()));
    List<Edge> edges = new ArrayList<>();
    pairs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String[] ab = e.getKey().split("\t");
      if (ids.contains(ab[0]) && ids.contains(ab[1])) {
        edges.add(new Edge(ab[0], ab[1], e.getValue()[0], e.getValue()[1]));
      }
    });
    return new Network(kept, edges, events.size(), truncated);
  }

  /** A person actor is its own node; any other actor folds into its country (or its organisation's code). */
  private Node node(StoredActor a) {
    String code = a.code();
    if (!a.name().isBlank() && isPerson(a.name())) {
      return new Node("P:" + a.name(), a.name(), "person", a.country(), 1);
    }
    if (code.startsWith("IGO") || code.startsWith("NGO") || code.length() < 3) {
      return new Node(code, a.name().isBlank() ? code : a.name(), "organisation", a.country(), 1);
    }
    String c3 = code.substring(0, 3);
    Countries.Country c = countries.get(c3);
    return new Node(c3, c != null ? c.name() : c3, "country", c3, 1);
  }

  private boolean isPerson(String name) {
    return isPerson.computeIfAbsent(name, n -> store.entities(n, 5).stream()
        .anyMatch(e -> e.name().equals(n) && e.type().equals("PERSON")));
  }

  /** A place on the map with the events there. */
  record Place(String label, String country, double lat, double lon, int events, int cooperation, int conflict,
               Map<String, Integer> types) {
  }

  /** Event places, and event counts by country (under the world map's name for its shape). */
  record Places(List<Place> places, Map<String, Integer> countries, int events, int unplaced, boolean truncated) {
  }

  Places places(Filter filter) {
    List<LinkedEvent> events = store.events(filter.limit(CAP + 1));
    boolean truncated = events.size() > CAP;
    if (truncated) {
      events = events.subList(0, CAP);
    }
    Map<String, Place> places = new LinkedHashMap<>();
    Map<String, Integer> byCountry = new TreeMap<>();
    int unplaced = 0;
    for (LinkedEvent v : events) {
      Place p = where(v);
      if (p == null) {
        unplaced++;
        continue;
      }
      if (p.country() != null) {
        Countries.Country c = countries.get(p.country());
        byCountry.merge(c != null ? c.mapName() : p.country(), 1, Integer::sum);
      }
      String key = Math.round(p.lat() * 10) + ":" + Math.round(p.lon() * 10);
      boolean coop = v.quadClass() <= 2;
      places.merge(key, p, (a, b) -> {
        Map<String, Integer> types = new TreeMap<>(a.types());
        types.merge(v.plover(), 1, Integer::sum);
        return new Place(a.label(), a.country(), a.lat(), a.lon(), a.events() + 1,
            a.cooperation() + (coop ? 1 : 0), a.conflict() + (coop ? 0 : 1), types);
      });
    }
    List<Place> sorted = places.values().stream().sorted((a, b) -> Integer.compare(b.events(), a.events())).toList();
    return new Places(sorted, byCountry, events.size(), unplaced, truncated);
  }

  /** Where an event happened: its place, else its place's country, else its target's, else its source's country. */
  private Place where(LinkedEvent v) {
    var r = v.first();
    boolean coop = v.quadClass() <= 2;
    if (r.lat() != null) {
      return place(r.locationName(), r.locationCountry(), r.lat(), r.lon(), v, coop);
    }
    String[] countryOrder = {r.locationCountry(), v.target() == null ? null : v.target().country(),
        v.source().country()};
    if (r.locationCountry() == null && v.target() != null && v.target().lat() != null) {
      return place(v.target().name(), v.target().country(), v.target().lat(), v.target().lon(), v, coop);
    }
    for (String iso : countryOrder) {
      Countries.Country c = countries.get(iso);
      if (c != null) {
        return place(c.name(), c.iso3(), c.lat(), c.lon(), v, coop);
      }
    }
    return null;
  }

  private static Place place(String label, String country, double lat, double lon, LinkedEvent v, boolean coop) {
    Map<String, Integer> types = new TreeMap<>();
    types.put(v.plover(), 1);
    return new Place(label == null ? "" : label, country, lat, lon, 1, coop ? 1 : 0, coop ? 0 : 1, types);
  }
}

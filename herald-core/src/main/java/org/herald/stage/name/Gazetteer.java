package org.herald.stage.name;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.pipeline.Resources;

/**
 * A full gazetteer of cities, optional: {@value #RESOURCE} as {@code herald data install geonames} writes it into the
 * user's data folder (built from GeoNames). When it is not installed the gazetteer is empty and only the bundled
 * countries and places resolve. It gives places the model found but the bundled tables do not know their country
 * and coordinates. {@link #lazy} defers reading the file (tens of thousands of places) to the first lookup, so
 * runs that never meet an unknown place do not pay for it. Thread-safe.
 */
public final class Gazetteer {
  /** The installed resource's name. */
  public static final String RESOURCE = "geonames-cities-v1.tsv";

  /** The header comment of the resource, which also documents its columns. */
  public static final String HEADER = """
      # Herald gazetteer v1: cities from GeoNames (geonames.org, CC BY 4.0), written by `herald data install geonames`.
      # Columns (tab-separated): name, other names (comma-separated), ISO 3166-1 alpha-3 country, latitude,
      # longitude, population, GeoNames feature code.
      """;

  static final Gazetteer EMPTY = new Gazetteer(Map.of(), 0);

  /** One name's place, and whether the name is the place's main name rather than one of its other names. */
  private record Named(Countries.Place place, boolean main, long population) {
  }

  private final Map<String, List<Named>> byKey;
  private final int size;

  private Gazetteer(Map<String, List<Named>> byKey, int size) {
    this.byKey = byKey;
    this.size = size;
  }

  /** The installed gazetteer in {@code resources}, or an empty one. */
  public static Gazetteer load(Resources resources) {
    List<String> lines = resources.optionalLines(RESOURCE);
    if (lines.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<Named>> map = new HashMap<>(lines.size() * 3);
    int n = 0;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 7) {
        continue; // a damaged row: the rest of the gazetteer still serves
      }
      Countries.Place p;
      long population;
      try {
        p = new Countries.Place(f[0], "city", f[2].isEmpty() ? null : f[2],
            new Geo(Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        population = f[5].isEmpty() ? 0 : Long.parseLong(f[5]);
      } catch (IllegalArgumentException e) {
        continue;
      }
      n++;
      add(map, f[0], new Named(p, true, population));
      if (!f[1].isEmpty()) {
        for (String other : f[1].split(",")) {
          add(map, other, new Named(p, false, population));
        }
      }
    }
    Comparator<Named> order = Comparator.comparing((Named x) -> !x.main()).thenComparing(x -> -x.population());
    map.values().forEach(l -> l.sort(order));
    map.replaceAll((k, l) -> List.copyOf(l));
    return new Gazetteer(Map.copyOf(map), n);
  }

  private static void add(Map<String, List<Named>> map, String name, Named named) {
    String k = Tables.key(name.strip());
    if (k.isEmpty()) {
      return;
    }
    List<Named> l = map.computeIfAbsent(k, x -> new ArrayList<>(1));
    for (Named o : l) {
      if (o.place() == named.place()) {
        return;
      }
    }
    l.add(named);
  }

  /** The installed gazetteer in {@code resources}, read on its first use. */
  public static java.util.function.Supplier<Gazetteer> lazy(Resources resources) {
    return new java.util.function.Supplier<>() {
      private volatile Gazetteer loaded;

      @Override
      public Gazetteer get() {
        Gazetteer g = loaded;
        if (g == null) {
          synchronized (this) {
            g = loaded;
            if (g == null) {
              g = load(resources);
              loaded = g;
            }
          }
        }
        return g;
      }
    };
  }

  /** How many places it holds. */
  public int size() {
    return size;
  }

  /**
   * The place named {@code name}: of those that bear it, the one in country {@code preferIso3} when there is one,
   * else one whose main name it is, the most populous first; or null.
   */
  public Countries.Place find(String name, String preferIso3) {
    if (name == null || byKey.isEmpty()) {
      return null;
    }
    List<Named> l = byKey.get(Tables.key(name.strip()));
    if (l == null) {
      return null;
    }
    if (preferIso3 != null) {
      for (Named x : l) {
        if (preferIso3.equals(x.place().iso3())) {
          return x.place();
        }
      }
    }
    return l.get(0).place();
  }
}

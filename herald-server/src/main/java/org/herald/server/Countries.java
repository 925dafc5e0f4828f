package org.herald.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Country names and points (capital coordinates) by ISO 3166-1 alpha-3 code, read from the name stage's
 * {@code countries-v1.tsv}, with the names the bundled world map uses for its shapes. Immutable, thread-safe.
 */
final class Countries {
  /** A country: its name, the world map's name for its shape, and its point. */
  record Country(String iso3, String name, String mapName, double lat, double lon) {
  }

  // where the world map (ECharts 4's world.js, Natural Earth names) abbreviates or differs
  private static final Map<String, String> MAP_NAMES = Map.ofEntries(Map.entry("BIH", "Bosnia and Herz."),
      Map.entry("CAF", "Central African Rep."), Map.entry("COG", "Congo"), Map.entry("COD", "Dem. Rep. Congo"),
      Map.entry("CIV", "Côte d'Ivoire"), Map.entry("CZE", "Czech Rep."), Map.entry("DOM", "Dominican Rep."),
      Map.entry("GNQ", "Eq. Guinea"), Map.entry("KOR", "Korea"), Map.entry("PRK", "Dem. Rep. Korea"),
      Map.entry("LAO", "Lao PDR"), Map.entry("MKD", "Macedonia"), Map.entry("SLB", "Solomon Is."),
      Map.entry("SSD", "S. Sudan"), Map.entry("TLS", "Timor-Leste"), Map.entry("ESH", "W. Sahara"),
      Map.entry("SWZ", "Swaziland"));

  private final Map<String, Country> byCode;

  private Countries(Map<String, Country> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** The bundled table. */
  static Countries load() {
    Map<String, Country> m = new HashMap<>();
    try (InputStream in = Countries.class.getResourceAsStream("/org/herald/resources/countries-v1.tsv")) {
      if (in == null) {
        return new Countries(m);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 7 || f[5].isEmpty()) {
          continue;
        }
        try {
          m.put(f[0], new Country(f[0], f[1], MAP_NAMES.getOrDefault(f[0], f[1]), Double.parseDouble(f[5]),
              Double.parseDouble(f[6])));
        } catch (NumberFormatException e) {
          // a row without coordinates has no point on the map
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Countries(m);
  }

  /** The country with code {@code iso3}, or null. */
  Country get(String iso3) {
    return iso3 == null ? null : byCode.get(iso3);
  }
}

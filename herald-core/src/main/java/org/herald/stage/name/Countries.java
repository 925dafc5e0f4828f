package org.herald.stage.name;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herald.pipeline.Resources;

/**
 * Countries and places by code, name, alias, demonym and capital, from {@code countries-v1.tsv},
 * {@code places-v1.tsv} and {@code places-extra-v1.tsv}. Codes are ISO 3166-1 alpha-3; historical states keep
 * their withdrawn codes (SUN for the Soviet Union, YUG, CSK, DDR) and Kosovo is XKX. Lookups by name ignore case and typographic apostrophes.
 * Immutable and thread-safe once loaded.
 */
public final class Countries {
  /** A country. {@code capitalGeo} also serves as the country's point. */
  public record Country(String iso3, String name, List<String> aliases, List<String> demonyms, String capital,
                        Geo capitalGeo) {
    public Country {
      Objects.requireNonNull(iso3, "iso3");
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
      demonyms = List.copyOf(demonyms);
    }
  }

  /**
   * A place that is not a country: a city, a region inside one country, an area across countries or a site.
   *
   * @param kind capital, city, region, area or site
   * @param iso3 the country it lies in, or null for areas across countries
   */
  public record Place(String name, String kind, String iso3, Geo geo) {
    /** Whether it is a country's capital (seat of government). */
    public boolean isCapital() {
      return kind.equals("capital");
    }
  }

  /** The places the name model was trained with. */
  static final String PLACES = "places-v1.tsv";
  /** More places, known to every lookup but not to the name model's phrase dictionary. */
  static final String MORE_PLACES = "places-extra-v1.tsv";

  private static volatile Countries bundled;

  private final Map<String, Country> byCode;
  private final Map<String, String> codeByName; // key(name or alias) -> iso3
  private final Map<String, List<String>> codesByDemonym; // key(demonym) -> iso3s, preferred first
  private final Map<String, Place> places; // key(name or alias) -> place
  private final Map<String, Place> modelPlaces; // the same, capitals and places-v1.tsv only
  private final Set<String> extraFirstWords; // first words of the keys only places-extra-v1.tsv gives
  private final Map<String, String> surfaces; // key -> spelling in the table, for case checks

  private Countries(Map<String, Country> byCode, Map<String, String> codeByName,
                    Map<String, List<String>> codesByDemonym, Map<String, Place> places,
                    Map<String, Place> modelPlaces, Map<String, String> surfaces) {
    this.surfaces = surfaces;
    this.byCode = byCode;
    this.codeByName = codeByName;
    this.codesByDemonym = codesByDemonym;
    this.places = places;
    this.modelPlaces = modelPlaces;
    this.extraFirstWords = Tables.firstWordsOfKeysOnlyIn(places, modelPlaces);
  }

  /** Loads the tables from {@code resources}. */
  public static Countries load(Resources resources) {
    Map<String, Country> byCode = new LinkedHashMap<>();
    Map<String, String> codeByName = new HashMap<>();
    Map<String, List<String>> codesByDemonym = new HashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    for (String line : resources.lines("countries-v1.tsv")) {
      String[] f = Tables.fields(line, 7);
      Country c = new Country(f[0], f[1], Tables.list(f[2]), Tables.list(f[3]), f[4],
          new Geo(Double.parseDouble(f[5]), Double.parseDouble(f[6])));
      byCode.put(c.iso3(), c);
      codeByName.putIfAbsent(Tables.key(c.name()), c.iso3());
      surfaces.putIfAbsent(Tables.key(c.name()), c.name());
      for (String a : c.aliases()) {
        codeByName.putIfAbsent(Tables.key(a), c.iso3());
        surfaces.putIfAbsent(Tables.key(a), a);
      }
      for (String d : c.demonyms()) {
        for (String form : demonymForms(d)) {
          surfaces.putIfAbsent(form, form.length() > d.length() ? d + "s" : d);
          List<String> codes = codesByDemonym.computeIfAbsent(form, k -> new ArrayList<>(2));
          if (!codes.contains(c.iso3())) {
            codes.add(c.iso3());
          }
        }
      }
      if (!c.capital().isEmpty() && !c.iso3().equals("SUN") && !c.iso3().equals("DDR")) {
        places.putIfAbsent(Tables.key(c.capital()), new Place(c.capital(), "capital", c.iso3(), c.capitalGeo()));
        surfaces.putIfAbsent(Tables.key(c.capital()), c.capital());
      }
    }
    readPlaces(resources.lines(PLACES), places, surfaces);
    Map<String, Place> modelPlaces = new LinkedHashMap<>(places);
    readPlaces(resources.lines(MORE_PLACES), places, surfaces);
    Map<String, List<String>> demonyms = new HashMap<>();
    codesByDemonym.forEach((k, v) -> demonyms.put(k, List.copyOf(v)));
    return new Countries(Collections.unmodifiableMap(byCode), Tables.frozenMap(codeByName), Tables.frozenMap(demonyms),
        Collections.unmodifiableMap(places), Collections.unmodifiableMap(modelPlaces), Tables.frozenMap(surfaces));
  }

  private static void readPlaces(List<String> lines, Map<String, Place> places, Map<String, String> surfaces) {
    for (String line : lines) {
      String[] f = Tables.fields(line, 6);
      String iso3 = f[2].equals("-") ? null : f[2];
      Place p = new Place(f[0], f[1], iso3, new Geo(Double.parseDouble(f[3]), Double.parseDouble(f[4])));
      places.putIfAbsent(Tables.key(p.name()), p);
      surfaces.putIfAbsent(Tables.key(p.name()), p.name());
      for (String a : Tables.list(f[5])) {
        places.putIfAbsent(Tables.key(a), p);
        surfaces.putIfAbsent(Tables.key(a), a);
      }
    }
  }

  /** The tables bundled in Herald's jar, loaded once. */
  public static Countries bundled() {
    Countries c = bundled;
    if (c == null) {
      synchronized (Countries.class) {
        c = bundled;
        if (c == null) {
          c = load(Resources.classpath());
          bundled = c;
        }
      }
    }
    return c;
  }

  /** A demonym and its implied regular plural ("Korean", "Koreans"; "Israeli", "Israelis"), as keys. */
  static List<String> demonymForms(String demonym) {
    String k = Tables.key(demonym);
    if (k.endsWith("an") || k.endsWith("i") || k.endsWith("ian") || k.endsWith("er") || k.endsWith("ite")) {
      return List.of(k, k + "s");
    }
    return List.of(k);
  }

  /** The country with code {@code iso3}, or null. */
  public Country country(String iso3) {
    return iso3 == null ? null : byCode.get(iso3);
  }

  /** All countries, in table order. */
  public List<Country> all() {
    return List.copyOf(byCode.values());
  }

  /** The common English name of {@code iso3}, or null. */
  public String name(String iso3) {
    Country c = country(iso3);
    return c == null ? null : c.name();
  }

  /** The capital of {@code iso3}, or null. */
  public String capital(String iso3) {
    Country c = country(iso3);
    return c == null || c.capital().isEmpty() ? null : c.capital();
  }

  /** The point of {@code iso3} (its capital's coordinates), or null. */
  public Geo geo(String iso3) {
    Country c = country(iso3);
    return c == null ? null : c.capitalGeo();
  }

  /**
   * The code of the country named {@code text} by name, alias or demonym ("North Korea", "DPRK", "Russian",
   * "Britons"), or null. A demonym shared by several countries gives the first listed ("Korean" → KOR).
   */
  public String code(String text) {
    if (text == null) {
      return null;
    }
    String k = Tables.key(text);
    String c = codeByName.get(k);
    if (c != null) {
      return c;
    }
    List<String> d = codesByDemonym.get(k);
    return d == null ? null : d.get(0);
  }

  /** The codes of the countries whose people {@code demonym} names, preferred first; empty when unknown. */
  public List<String> codesOfDemonym(String demonym) {
    return codesByDemonym.getOrDefault(Tables.key(demonym), List.of());
  }

  /** The code of the country whose name or alias (not demonym) is {@code text}, or null. */
  public String codeOfName(String text) {
    return text == null ? null : codeByName.get(Tables.key(text));
  }

  /** The place (capital, city, region, area or site) named {@code text}, or null. */
  public Place place(String text) {
    return text == null ? null : places.get(Tables.key(text));
  }

  /**
   * The place named {@code text} that only {@code places-extra-v1.tsv} knows (so the name model's phrase dictionary
   * does not), or null.
   */
  public Place extraPlace(String text) {
    if (text == null) {
      return null;
    }
    String k = Tables.key(text);
    return modelPlaces.containsKey(k) ? null : places.get(k);
  }

  /** The lower-case first words of the names of {@link #extraPlace} (for a cheap test before it). */
  public Set<String> extraPlaceFirstWords() {
    return extraFirstWords;
  }

  /** Whether {@code text} names a capital, such as "Moscow" or "Washington". */
  public boolean isCapital(String text) {
    Place p = place(text);
    return p != null && p.isCapital();
  }

  /** Every name and alias of countries, by key (package use: building the phrase dictionary). */
  Map<String, String> namesByKey() {
    return codeByName;
  }

  Map<String, List<String>> demonymsByKey() {
    return codesByDemonym;
  }

  /**
   * Capitals and the places of {@code places-v1.tsv}, by key: the ones the name model was trained with (package
   * use: building the phrase dictionary; {@code places-extra-v1.tsv} stays out of it).
   */
  Map<String, Place> modelPlacesByKey() {
    return modelPlaces;
  }

  /** The table spelling of a name, alias, demonym or place key, or the key itself. */
  String surface(String key) {
    return surfaces.getOrDefault(key, key);
  }
}

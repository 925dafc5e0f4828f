package org.herald.stage.name;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herald.pipeline.Resources;

/**
 * Organisations known by name, with their CAMEO actor codes, from {@code organisations-v1.tsv} (and
 * {@code organisations-extra-v1.tsv}, which the name model's phrase dictionary leaves out): international
 * bodies (United Nations → IGOUNO, European Union → IGOEUREEC), government bodies and seats (the Kremlin →
 * RUSGOV), armed forces, parties, media and companies. Immutable and thread-safe once loaded.
 */
public final class Organisations {
  /**
   * An organisation.
   *
   * @param iso3 the country it belongs to, or null for international bodies
   * @param code its CAMEO actor code
   * @param kind igo, gov, mil, party, media, company, ngo or other
   */
  public record Organisation(String name, List<String> aliases, String iso3, String code, String kind) {
    public Organisation {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(code, "code");
      aliases = List.copyOf(aliases);
    }

    /** Whether it is an intergovernmental organisation. */
    public boolean isIgo() {
      return kind.equals("igo");
    }
  }

  private static volatile Organisations bundled;

  private final Map<String, Organisation> byKey;
  private final Map<String, Organisation> modelByKey;
  private final Set<String> extraFirstWords;
  private final Map<String, String> surfaces;

  private Organisations(Map<String, Organisation> byKey, Map<String, Organisation> modelByKey,
                        Map<String, String> surfaces) {
    this.byKey = byKey;
    this.modelByKey = modelByKey;
    this.surfaces = surfaces;
    this.extraFirstWords = Tables.firstWordsOfKeysOnlyIn(byKey, modelByKey);
  }

  /** Loads the table from {@code resources}. */
  public static Organisations load(Resources resources) {
    Map<String, Organisation> byKey = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    read(resources.lines("organisations-v1.tsv"), byKey, surfaces);
    Map<String, Organisation> modelByKey = new HashMap<>(byKey);
    read(resources.lines("organisations-extra-v1.tsv"), byKey, surfaces);
    return new Organisations(Tables.frozenMap(byKey), Tables.frozenMap(modelByKey), Tables.frozenMap(surfaces));
  }

  private static void read(List<String> lines, Map<String, Organisation> byKey, Map<String, String> surfaces) {
    for (String line : lines) {
      String[] f = Tables.fields(line, 5);
      Organisation o = new Organisation(f[0], Tables.list(f[1]), f[2].equals("-") ? null : f[2], f[3], f[4]);
      byKey.putIfAbsent(Tables.key(o.name()), o);
      surfaces.putIfAbsent(Tables.key(o.name()), o.name());
      for (String a : o.aliases()) {
        byKey.putIfAbsent(Tables.key(a), o);
        surfaces.putIfAbsent(Tables.key(a), a);
      }
    }
  }

  /** The table bundled in Herald's jar, loaded once. */
  public static Organisations bundled() {
    Organisations o = bundled;
    if (o == null) {
      synchronized (Organisations.class) {
        o = bundled;
        if (o == null) {
          o = load(Resources.classpath());
          bundled = o;
        }
      }
    }
    return o;
  }

  /** The organisation named {@code text} by name or alias (case and apostrophes ignored), or null. */
  public Organisation find(String text) {
    return text == null ? null : byKey.get(Tables.key(text));
  }

  /**
   * The organisation named {@code text} that only {@code organisations-extra-v1.tsv} knows (so the name model's
   * phrase dictionary does not), or null.
   */
  public Organisation findExtra(String text) {
    if (text == null) {
      return null;
    }
    String k = Tables.key(text);
    return modelByKey.containsKey(k) ? null : byKey.get(k);
  }

  /** The lower-case first words of the names of {@link #findExtra} (for a cheap test before it). */
  public Set<String> extraFirstWords() {
    return extraFirstWords;
  }

  /**
   * The organisations of {@code organisations-v1.tsv} by key: the ones the name model was trained with (package
   * use: building the phrase dictionary; {@code organisations-extra-v1.tsv} stays out of it).
   */
  Map<String, Organisation> modelByKey() {
    return modelByKey;
  }

  String surface(String key) {
    return surfaces.getOrDefault(key, key);
  }
}

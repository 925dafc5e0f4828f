package org.herald.stage.name;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.herald.pipeline.Resources;

/**
 * Titles and roles of people ("Foreign Minister", "army chief", "Dr.") and the CAMEO sector each gives, from
 * {@code titles-v1.tsv}. Immutable and thread-safe once loaded.
 */
public final class Titles {
  private static volatile Titles bundled;

  private final Map<String, String> sectors; // phrase key -> sector ("" for none)
  private final Set<String> heads;
  private final Set<String> modifiers;
  private final Set<String> honorifics;
  private final int maxWords;

  private Titles(Map<String, String> sectors, Set<String> heads, Set<String> modifiers, Set<String> honorifics,
                 int maxWords) {
    this.sectors = sectors;
    this.heads = heads;
    this.modifiers = modifiers;
    this.honorifics = honorifics;
    this.maxWords = maxWords;
  }

  /** Loads the table from {@code resources}. */
  public static Titles load(Resources resources) {
    Map<String, String> sectors = new HashMap<>();
    Set<String> heads = new HashSet<>();
    Set<String> mods = new HashSet<>();
    Set<String> hons = new HashSet<>();
    int max = 1;
    for (String line : resources.lines("titles-v1.tsv")) {
      String[] f = Tables.fields(line, 3);
      String k = Tables.key(f[0]);
      String sector = f[1].equals("-") ? "" : f[1];
      switch (f[2]) {
        case "head" -> {
          heads.add(k);
          sectors.put(k, sector);
          max = Math.max(max, k.split(" ").length);
        }
        case "mod" -> mods.add(k);
        case "hon" -> {
          hons.add(k);
          sectors.putIfAbsent(k, sector);
        }
        default -> throw new IllegalArgumentException("titles-v1.tsv: bad kind in line: " + line);
      }
    }
    return new Titles(Tables.frozenMap(sectors), Tables.frozenSet(heads), Tables.frozenSet(mods), Tables.frozenSet(hons), max);
  }

  /** The table bundled in Herald's jar, loaded once. */
  public static Titles bundled() {
    Titles t = bundled;
    if (t == null) {
      synchronized (Titles.class) {
        t = bundled;
        if (t == null) {
          t = load(Resources.classpath());
          bundled = t;
        }
      }
    }
    return t;
  }

  /** Whether {@code word} (any case) can end a title: "minister", "chief", "president". */
  public boolean isHead(String word) {
    return heads.contains(Tables.key(word));
  }

  /** Whether the phrase {@code words} (any case, single spaces) is a listed title head ("prime minister"). */
  boolean isHeadPhrase(String words) {
    return heads.contains(words);
  }

  /** Whether {@code word} can stand before a title head: "deputy", "foreign", "first". */
  public boolean isModifier(String word) {
    return modifiers.contains(Tables.key(word));
  }

  /** Whether {@code word} is an honorific before a name: "Mr.", "Dr", "Gen.". */
  public boolean isHonorific(String word) {
    return honorifics.contains(Tables.key(word));
  }

  /** The most words a listed title head has. */
  int maxHeadWords() {
    return maxWords;
  }

  /**
   * The CAMEO sector of a title or role such as "First Deputy Prime Minister", "head of Roscosmos" or
   * "opposition leader": the sector of the longest listed phrase inside it, the last of equally long ones; "" when
   * the role gives none
   * (sports, arts); null when no listed phrase occurs.
   */
  public String sector(String title) {
    if (title == null) {
      return null;
    }
    String[] w = Tables.key(title).split(" ");
    String best = null;
    int bestLen = 0;
    for (int i = 0; i < w.length; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < w.length && j - i < 5; j++) {
        if (j > i) {
          b.append(' ');
        }
        b.append(w[j]);
        String s = sectors.get(b.toString());
        if (s != null && j - i + 1 >= bestLen) { // on a tie the later phrase wins: it heads the role
          // ("Deputy Foreign Minister" is a minister, GOV, not a deputy of parliament, LEG)
          best = s;
          bestLen = j - i + 1;
        }
      }
    }
    return best;
  }
}

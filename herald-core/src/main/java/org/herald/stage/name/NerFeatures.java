package org.herald.stage.name;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name recogniser's features, as 64-bit hashes. Most features look at one word at a fixed offset from the
 * tagged token (-2…+2): the word, its lower case, its shape, affixes, word cluster and dictionary membership. The
 * model sums their weights once per distinct word and offset (see {@link NerModel}), which keeps tagging fast; a
 * few conjunctions of neighbouring words and the sentence position are hashed per token. Two modes: running text
 * and all-capitals sentences (CoNLL headlines), where shapes say nothing and get their own weights. Immutable and
 * thread-safe.
 */
final class NerFeatures {
  /** Relative offsets of the word features: {@code -RADIUS…+RADIUS}. */
  static final int RADIUS = 2;
  static final int OFFSETS = 2 * RADIUS + 1;
  /** Pseudo words before and after a sentence. */
  static final String BEFORE = "<s>";
  static final String AFTER = "</s>";

  private final Lexicon lexicon; // may be null: no dictionary features
  private final Map<String, String> clusters; // word -> bit string; may be empty
  private final List<Map<String, String>> classes; // flat word classes (word -> class name), one table per view

  NerFeatures(Lexicon lexicon, Map<String, String> clusters) {
    this(lexicon, clusters, List.of());
  }

  NerFeatures(Lexicon lexicon, Map<String, String> clusters, List<Map<String, String>> classes) {
    this.lexicon = lexicon;
    this.clusters = Map.copyOf(clusters);
    this.classes = classes.stream().map(Map::copyOf).toList();
  }

  Map<String, String> clusters() {
    return clusters;
  }

  List<Map<String, String>> classes() {
    return classes;
  }

  /** A growable list of feature hashes. */
  static final class Sink {
    long[] h = new long[64];
    int n;

    void add(long v) {
      if (n == h.length) {
        h = Arrays.copyOf(h, n * 2);
      }
      h[n++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(h, n);
    }
  }

  /**
   * The hashes of word {@code w}'s features at offset {@code k} (-RADIUS…RADIUS) from the tagged token.
   *
   * @param caps whether the sentence is set in capitals
   */
  long[] wordFeatures(String w, boolean caps, int k) {
    Sink out = new Sink();
    String l = w.toLowerCase(Locale.ROOT);
    int m = caps ? 1 : 0;
    int ak = Math.abs(k);
    String sh = shortShape(w);
    add(out, 'l', k, 0, l);
    add(out, 'h', k, m, sh);
    String cl = cluster(w, l);
    if (ak <= 1) {
      add(out, 'w', k, m, w);
      add(out, 's', k, m, longShape(w));
      if (l.length() > 3) {
        add(out, 'x', k, 0, l.substring(l.length() - 3));
      }
      if (cl != null) {
        add(out, 'c', k, 0, cl);
        add(out, 'C', k, 0, cl.substring(0, Math.min(8, cl.length())));
        if (k != 0) {
          add(out, 'C', 20 + k, 0, cl.substring(0, Math.min(4, cl.length())));
          add(out, 'C', 30 + k, 0, cl.substring(0, Math.min(12, cl.length())));
        }
      }
      gazetteer(out, k, l);
    } else if (cl != null) {
      add(out, 'C', k, 0, cl.substring(0, Math.min(8, cl.length())));
    }
    for (int t = 0; t < classes.size(); t++) {
      String c = lookup(classes.get(t), w, l);
      if (c != null && ak <= CLASS_RADIUS) {
        add(out, 'k', k, t, c);
      }
    }
    if (k == 0) {
      add(out, 'b', 0, m, "");
      for (int i = 1; i <= 4 && i < l.length(); i++) {
        add(out, 'p', i, 0, l.substring(0, i));
        add(out, 'x', 10 + i, 0, l.substring(l.length() - i));
      }
      if (cl != null) {
        add(out, 'C', 4, 0, cl.substring(0, Math.min(4, cl.length())));
        add(out, 'C', 12, 0, cl.substring(0, Math.min(12, cl.length())));
      }
      add(out, 'n', 0, m, Integer.toString(Math.min(w.length(), 10)));
      flags(out, w, m);
    }
    return out.toArray();
  }

  /** Offsets at which the flat word classes count. */
  static final int CLASS_RADIUS = Integer.getInteger("herald.ner.classRadius", 1);

  private String cluster(String w, String l) {
    return lookup(clusters, w, l);
  }

  private static String lookup(Map<String, String> clusters, String w, String l) {
    if (clusters.isEmpty()) {
      return null;
    }
    String c = clusters.get(w);
    if (c == null) {
      c = clusters.get(l);
    }
    if (c == null && !w.isEmpty()) {
      c = clusters.get(Character.toUpperCase(l.charAt(0)) + l.substring(1));
    }
    return c;
  }

  private void flags(Sink out, String w, int m) {
    boolean digit = false;
    boolean hyphen = false;
    boolean period = false;
    boolean allDigits = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else {
        allDigits = false;
      }
      hyphen |= c == '-';
      period |= c == '.';
    }
    if (digit) {
      add(out, 'f', 0, m, allDigits ? "D" : "d");
    }
    if (hyphen) {
      add(out, 'f', 0, m, "-");
    }
    if (period) {
      add(out, 'f', 0, m, ".");
    }
  }

  private void gazetteer(Sink out, int k, String l) {
    if (lexicon == null || l.isEmpty()) {
      return;
    }
    String key = Tables.key(l);
    List<Lexicon.Entry> es = lexicon.entries(key);
    if (es != null) {
      for (Lexicon.Entry e : es) {
        add(out, 'g', k, 0, e.kind().name());
      }
    }
    if (lexicon.isPrefix(key) && (es == null || es.isEmpty())) {
      add(out, 'g', k, 0, "prefix");
    }
    if (lexicon.firstNames.contains(key)) {
      add(out, 'g', k, 0, "first");
    }
    if (lexicon.commonWords.contains(key)) {
      add(out, 'g', k, 0, "common");
    }
    if (lexicon.titles.isHead(key) || lexicon.titles.isModifier(key)) {
      add(out, 'g', k, 0, "title");
    }
    if (ORG_WORDS.contains(key)) {
      add(out, 'g', k, 0, "orgword");
    }
  }

  /** Hash of a per-token conjunction feature: template {@code t} with two or three hashed parts. */
  static long conj(char t, long a, long b) {
    return mix(mix(a * 31 + t) ^ b);
  }

  static void add(Sink out, char template, int k, int mode, String value) {
    out.add(hash(template, k, mode, value));
  }

  static long hash(char template, int k, int mode, String value) {
    long h = 0xcbf29ce484222325L ^ (template * 1_000_003L + (k + 64) * 131L + mode);
    for (int i = 0; i < value.length(); i++) {
      h ^= value.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** "Xxxxx" → "Xx", "NATO" → "X", "1996-08-22" → "d-d-d". */
  static String shortShape(String w) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < w.length() && b.length() < 12; i++) {
      char c = shapeChar(w.charAt(i));
      if (c != last) {
        b.append(c);
        last = c;
      }
    }
    return b.toString();
  }

  /** Like {@link #shortShape} but keeps runs of up to three: "Xxxxx" → "Xxxx", "U.S." → "X.X.". */
  static String longShape(String w) {
    StringBuilder b = new StringBuilder(12);
    char last = 0;
    int run = 0;
    for (int i = 0; i < w.length() && b.length() < 16; i++) {
      char c = shapeChar(w.charAt(i));
      run = c == last ? run + 1 : 1;
      last = c;
      if (run <= 3) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static char shapeChar(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c) || Character.isLetter(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }

  /** Whether a sentence is set in capitals: most of its words of two letters or more are all capitals. */
  static boolean isCapsSentence(String[] words) {
    int n = 0;
    int caps = 0;
    for (String w : words) {
      if (w.length() >= 2 && Character.isLetter(w.charAt(0))) {
        n++;
        boolean all = true;
        for (int i = 0; i < w.length() && all; i++) {
          all = !Character.isLowerCase(w.charAt(i));
        }
        if (all) {
          caps++;
        }
      }
    }
    return caps >= 1 && caps * 10 >= n * 6;
  }

  /** Words that end or open organisation names. */
  private static final Set<String> ORG_WORDS = Set.of("inc", "corp", "corporation", "ltd", "plc", "co", "group",
      "party", "bank", "club", "united", "fc", "association", "union", "ministry", "council", "committee",
      "commission", "agency", "company", "institute", "university", "federation", "league", "airlines", "holdings",
      "industries", "international", "board", "office", "department", "court", "army", "front", "movement");
}

package org.herald.stage.name;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Small helpers for reading Herald's tab-separated resource tables. Not API. */
final class Tables {
  private Tables() {
  }

  /** The tab-separated fields of {@code line}, with at least {@code min} entries (missing ones empty). */
  static String[] fields(String line, int min) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        out.add(line.substring(from).trim());
        break;
      }
      out.add(line.substring(from, tab).trim());
      from = tab + 1;
    }
    while (out.size() < min) {
      out.add("");
    }
    return out.toArray(new String[0]);
  }

  /** The '|'-separated values of {@code field}, without empty ones. */
  static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    if (field.isEmpty() || field.equals("-")) {
      return out;
    }
    int from = 0;
    while (from <= field.length()) {
      int bar = field.indexOf('|', from);
      String v = (bar < 0 ? field.substring(from) : field.substring(from, bar)).trim();
      if (!v.isEmpty()) {
        out.add(v);
      }
      if (bar < 0) {
        break;
      }
      from = bar + 1;
    }
    return out;
  }

  /**
   * An unmodifiable hash set: faster than {@code Set.copyOf} for the name stage's many lookups that miss (a hash
   * set compares hash codes before strings; {@code Set.copyOf}'s probing compares each string it passes).
   */
  static <T> java.util.Set<T> frozenSet(java.util.Collection<T> values) {
    return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(values));
  }

  /** An unmodifiable hash map (see {@link #frozenSet}). */
  static <K, V> java.util.Map<K, V> frozenMap(java.util.Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(map));
  }

  /** The lookup key of a word or phrase: lower case, typographic apostrophes made plain, spaces single. */
  static String key(String s) {
    boolean plain = !s.isEmpty();
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c < 0x80 && (c < 'A' || c > 'Z') && c > ' ';
    }
    if (plain) {
      return s; // already a key: the common case of a lower-case word or punctuation
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The whitespace-separated words of a word-list resource, as keys. */
  static List<String> words(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      for (String w : line.trim().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(key(w));
        }
      }
    }
    return out;
  }

  /** The first words of the keys of {@code all} that {@code except} lacks: a cheap test before a look-up. */
  static Set<String> firstWordsOfKeysOnlyIn(Map<String, ?> all, Map<String, ?> except) {
    Set<String> first = new HashSet<>();
    for (String k : all.keySet()) {
      if (!except.containsKey(k)) {
        int sp = k.indexOf(' ');
        first.add(sp < 0 ? k : k.substring(0, sp));
      }
    }
    return Set.copyOf(first);
  }
}

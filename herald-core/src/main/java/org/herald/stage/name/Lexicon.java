package org.herald.stage.name;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.pipeline.Resources;
import org.herald.stage.token.Tokenizer;

/**
 * The name stage's dictionaries, precomputed into hash maps: a phrase dictionary of countries, demonyms, places,
 * organisations and leaders keyed by lower-case token sequences, plus given names, common words and titles.
 * Immutable and thread-safe once built.
 */
final class Lexicon {
  /** What a dictionary phrase names. Order is priority when one phrase names several things. */
  enum Kind { COUNTRY, LEADER, ORG, PLACE, DEMONYM }

  /** A well-known person from {@code leaders-v1.tsv}. {@code iso3} is null for international officials. */
  record Leader(String name, String iso3, String role) {
  }

  /**
   * One dictionary phrase.
   *
   * @param tokens the phrase's tokens as spelled in the table, for case checks
   * @param exactCase whether the text must match the spelling exactly (all-capital acronyms: "US", "WHO")
   */
  record Entry(Kind kind, String key, String[] tokens, boolean exactCase, String iso3, List<String> codes,
               Countries.Place place, Organisations.Organisation org, Leader leader) {
  }

  private static final Tokenizer TOKENIZER = new Tokenizer();

  final Countries countries;
  final java.util.function.Supplier<Gazetteer> gazetteer;
  final Titles titles;
  final Organisations organisations;
  final Set<String> firstNames;
  final Set<String> commonWords;
  final Map<String, Leader> leaderBySurname;
  private final Map<String, List<Entry>> phrases;
  private final Set<String> prefixes;
  final int maxPhraseTokens;

  Lexicon(Resources resources) {
    countries = Countries.load(resources);
    gazetteer = Gazetteer.lazy(resources);
    titles = Titles.load(resources);
    organisations = Organisations.load(resources);
    firstNames = Tables.frozenSet(Tables.words(resources.lines("firstnames-v1.txt")));
    commonWords = Tables.frozenSet(Tables.words(resources.lines("commonwords-v1.txt")));
    Map<String, List<Entry>> map = new HashMap<>();
    countries.namesByKey().forEach((k, iso3) ->
        add(map, Kind.COUNTRY, countries.surface(k), iso3, List.of(iso3), null, null, null));
    countries.demonymsByKey().forEach((k, codes) ->
        add(map, Kind.DEMONYM, countries.surface(k), codes.get(0), codes, null, null, null));
    countries.modelPlacesByKey().forEach((k, p) -> { // the places the name model learnt with
      if (!p.name().equals("Victoria") && !p.name().equals("Male")) { // capitals that are mostly other things
        add(map, Kind.PLACE, countries.surface(k), p.iso3(), List.of(), p, null, null);
      }
    });
    organisations.modelByKey().forEach((k, o) ->
        add(map, Kind.ORG, organisations.surface(k), o.iso3(), List.of(), null, o, null));
    Map<String, List<Leader>> bySurname = new HashMap<>();
    for (String line : resources.lines("leaders-v1.tsv")) {
      String[] f = Tables.fields(line, 4);
      Leader l = new Leader(f[0], f[1].equals("-") ? null : f[1], f[2]);
      List<String> names = new ArrayList<>(Tables.list(f[3]));
      names.add(0, l.name());
      for (String n : names) {
        add(map, Kind.LEADER, n, l.iso3(), List.of(), null, null, l);
        String[] toks = n.split(" ");
        if (toks.length > 1) {
          bySurname.computeIfAbsent(Tables.key(toks[toks.length - 1]), x -> new ArrayList<>()).add(l);
        }
      }
    }
    Map<String, Leader> surnames = new HashMap<>();
    bySurname.forEach((k, ls) -> {
      if (ls.stream().map(Leader::name).distinct().count() == 1 && k.length() >= 4 && !commonWords.contains(k)
          && !firstNames.contains(k)) {
        surnames.put(k, ls.get(0));
      }
    });
    leaderBySurname = Tables.frozenMap(surnames);
    Set<String> pre = new HashSet<>();
    int max = 1;
    for (Map.Entry<String, List<Entry>> e : map.entrySet()) {
      e.getValue().sort(Comparator.comparing(Entry::kind));
      String[] parts = e.getKey().split(" ");
      max = Math.max(max, parts.length);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          b.append(' ');
        }
        b.append(parts[i]);
        pre.add(b.toString());
      }
    }
    phrases = Tables.frozenMap(map);
    prefixes = Tables.frozenSet(pre);
    maxPhraseTokens = max;
  }

  private static void add(Map<String, List<Entry>> map, Kind kind, String surface, String iso3, List<String> codes,
                          Countries.Place place, Organisations.Organisation org, Leader leader) {
    String[] tokens = tokens(surface);
    if (tokens.length == 0) {
      return;
    }
    StringBuilder key = new StringBuilder();
    boolean letters = false;
    boolean allCaps = true;
    for (String t : tokens) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(Tables.key(t));
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isLetter(c)) {
          letters = true;
          allCaps &= Character.isUpperCase(c);
        }
      }
    }
    boolean exact = letters && allCaps && surface.length() <= 8;
    List<Entry> list = map.computeIfAbsent(key.toString(), k -> new ArrayList<>(1));
    for (Entry e : list) {
      if (e.kind() == kind && java.util.Objects.equals(e.iso3(), iso3)
          && java.util.Objects.equals(e.org(), org) && java.util.Objects.equals(e.leader(), leader)) {
        return;
      }
    }
    list.add(new Entry(kind, key.toString(), tokens, exact, iso3, codes, place, org, leader));
  }

  /** The tokens of {@code phrase} as the token stage splits them. */
  static String[] tokens(String phrase) {
    Tokenizer.Result r = TOKENIZER.tokenize(phrase);
    String[] out = new String[r.starts().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = phrase.substring(r.starts()[i], r.ends()[i]);
    }
    return out;
  }

  /** Whether some phrase starts with the key sequence {@code key}. */
  boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  /** The entries of the phrase {@code key}, best first, or null. */
  List<Entry> entries(String key) {
    return phrases.get(key);
  }
}

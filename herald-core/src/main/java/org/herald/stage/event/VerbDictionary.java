package org.herald.stage.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A user verb dictionary in the PETRARCH/TABARI text format, read at run time so researchers can code with
 * their own verbs: synsets ({@code &NAME} then {@code +PHRASE} lines), verb groups ({@code --- VERB [code] ---}
 * then verb lines such as {@code VERB}, {@code +VERB_PARTICLE} or {@code WORD_+VERB [code]}) and their patterns
 * ({@code - BEFORE * AFTER [code]}; {@code _} joins adjacent words, a space lets words in between, {@code $},
 * {@code +}, {@code %} and {@code ^} stand for the source, target, compound and a skipped phrase). A code
 * {@code [---]} says the verb alone is no event; {@code [032:033]} codes the target's reply too. Codes that are
 * not digits (optionally with one trailing letter) disable their pattern. Immutable and thread-safe.
 */
public final class VerbDictionary {
  /** No user verbs. */
  public static final VerbDictionary EMPTY = new VerbDictionary(Map.of());

  /** Most tokens a space in a pattern skips. */
  static final int MAX_GAP = 8;

  /**
   * One pattern element: alternatives of consecutive words, or a role marker ({@code alternatives} null).
   *
   * @param alternatives each alternative's words, lower-case
   * @param marker the marker character for {@code $ + % ^}, else 0
   * @param adjacentToNext whether the next element (or the verb) must follow with no word between
   */
  record Element(List<String[]> alternatives, char marker, boolean adjacentToNext) {
  }

  /**
   * One coded pattern of a verb group.
   *
   * @param before the elements before the verb, in text order
   * @param after the elements after the verb, in text order
   * @param code the CAMEO (or user) code of the source's act
   * @param reply the code of the target's act back, or null
   * @param weight how many words it names, for longest match
   * @param targetFirst whether its target stands before the verb ({@code + WAS_ * BY $})
   * @param verbJoined whether the first element after the verb must follow it with no word between
   */
  record Pattern(List<Element> before, List<Element> after, String code, String reply, int weight,
                 boolean targetFirst, boolean verbJoined) {
  }

  /**
   * One verb of a group.
   *
   * @param verb the verb word, lower-case
   * @param pre words that stand right before it ({@code KLM_NOP_+RST})
   * @param post words that follow it right after ({@code +ABC_DEF_GHI})
   * @param code its own code (null: no event on its own)
   * @param reply the target's reply code, or null
   * @param patterns its group's patterns, heaviest first
   */
  record Verb(String verb, String[] pre, String[] post, String code, String reply, List<Pattern> patterns) {
  }

  private final Map<String, List<Verb>> byForm;

  private VerbDictionary(Map<String, List<Verb>> byForm) {
    this.byForm = byForm;
  }

  /** Whether there are no verbs. */
  public boolean isEmpty() {
    return byForm.isEmpty();
  }

  /** The verbs one of whose forms is {@code word} (lower-case), headwords before generated forms. */
  List<Verb> verbsOf(String word) {
    return byForm.getOrDefault(word, List.of());
  }

  /** Every code the dictionary uses, for resolving codes outside the CAMEO table. */
  List<String> codes() {
    List<String> out = new ArrayList<>();
    for (List<Verb> vs : byForm.values()) {
      for (Verb v : vs) {
        add(out, v.code());
        add(out, v.reply());
        for (Pattern p : v.patterns()) {
          add(out, p.code());
          add(out, p.reply());
        }
      }
    }
    return out;
  }

  private static void add(List<String> out, String c) {
    if (c != null && !out.contains(c)) {
      out.add(c);
    }
  }

  /** Parses the lines of a PETRARCH verb dictionary; lines it cannot read are skipped. */
  public static VerbDictionary parse(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    Map<String, List<String>> synsets = new LinkedHashMap<>(); // name → raw phrases
    String synset = null;
    List<String[]> groupVerbs = new ArrayList<>(); // {verbSpec, code}
    List<String[]> groupPatterns = new ArrayList<>(); // {pattern, code}
    String groupCode = null;
    List<Object[]> groups = new ArrayList<>();
    boolean inComment = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (inComment || line.startsWith("<!--")) {
        inComment = !line.contains("-->");
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        synset = line.isEmpty() ? null : synset;
        continue;
      }
      if (line.startsWith("---")) {
        if (groupCode != null || !groupVerbs.isEmpty()) {
          groups.add(new Object[] {groupVerbs, groupPatterns});
        }
        groupVerbs = new ArrayList<>();
        groupPatterns = new ArrayList<>();
        groupCode = bracket(line);
        synset = null;
        continue;
      }
      if (line.startsWith("&")) {
        synset = stripComment(line).strip().split("\\s+")[0];
        synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (synset != null && line.startsWith("+")) {
        synsets.get(synset).add(stripComment(line.substring(1)).strip());
        continue;
      }
      synset = null;
      if (groupCode == null) {
        continue;
      }
      if (line.startsWith("-")) {
        String code = bracket(line);
        int b = line.indexOf('[');
        if (code != null && b > 1) {
          groupPatterns.add(new String[] {line.substring(1, b).strip(), code});
        }
      } else {
        String code = bracket(line);
        String spec = stripComment(line);
        int b = spec.indexOf('[');
        if (b >= 0) {
          spec = spec.substring(0, b);
        }
        int brace = spec.indexOf('{');
        String forms = "";
        if (brace >= 0) {
          int close = spec.indexOf('}', brace);
          forms = close > brace ? spec.substring(brace + 1, close) : "";
          spec = spec.substring(0, brace);
        }
        spec = spec.strip();
        if (!spec.isEmpty()) {
          groupVerbs.add(new String[] {spec, code == null ? groupCode : code, forms});
        }
      }
    }
    if (groupCode != null || !groupVerbs.isEmpty()) {
      groups.add(new Object[] {groupVerbs, groupPatterns});
    }
    Map<String, List<String[]>> expanded = new HashMap<>();
    for (String name : synsets.keySet()) {
      expanded.put(name, expand(name, synsets, 0));
    }
    Map<String, List<Verb>> heads = new LinkedHashMap<>();
    Map<String, List<Verb>> generated = new LinkedHashMap<>();
    for (Object[] g : groups) {
      @SuppressWarnings("unchecked") List<String[]> verbs = (List<String[]>) g[0];
      @SuppressWarnings("unchecked") List<String[]> pats = (List<String[]>) g[1];
      List<Pattern> patterns = new ArrayList<>();
      for (String[] p : pats) {
        Pattern pat = pattern(p[0], p[1], expanded);
        if (pat != null) {
          patterns.add(pat);
        }
      }
      patterns.sort((x, y) -> Integer.compare(y.weight(), x.weight()));
      List<Pattern> frozen = List.copyOf(patterns);
      for (String[] v : verbs) {
        String[] words = v[0].toLowerCase(Locale.ROOT).split("[_\\s]+");
        int at = 0;
        for (int i = 0; i < words.length; i++) {
          if (words[i].startsWith("+")) {
            at = i;
            words[i] = words[i].substring(1);
          }
        }
        String verb = words[at];
        if (verb.isEmpty()) {
          continue;
        }
        String[] code = codes(v[1]);
        Verb entry = new Verb(verb, java.util.Arrays.copyOfRange(words, 0, at),
            java.util.Arrays.copyOfRange(words, at + 1, words.length), code == null ? null : code[0],
            code == null ? null : code[1], frozen);
        heads.computeIfAbsent(verb, k -> new ArrayList<>()).add(entry);
        for (String f : forms(verb)) {
          generated.computeIfAbsent(f, k -> new ArrayList<>()).add(entry);
        }
        for (String f : v[2].toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!f.isEmpty()) {
            heads.computeIfAbsent(f, k -> new ArrayList<>()).add(entry);
          }
        }
      }
    }
    Map<String, List<Verb>> byForm = new HashMap<>();
    heads.forEach((k, v) -> byForm.put(k, new ArrayList<>(v)));
    generated.forEach((k, v) -> {
      if (!heads.containsKey(k)) { // "left" as its own headword outranks a form of "leave"
        byForm.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v);
      }
    });
    Map<String, List<Verb>> out = new HashMap<>();
    byForm.forEach((k, v) -> {
      // longer multi-word verbs first
      v.sort((x, y) -> Integer.compare(y.pre().length + y.post().length, x.pre().length + x.post().length));
      out.put(k, List.copyOf(v));
    });
    return new VerbDictionary(Map.copyOf(out));
  }

  /**
   * The regular inflections of a verb: -s (-es after a sibilant or o), -ed, -d, -ing, with e-dropping, y→i and
   * doubling.
   */
  static List<String> forms(String v) {
    List<String> f = new ArrayList<>();
    int n = v.length();
    char last = v.charAt(n - 1);
    boolean vowelBefore = n >= 2 && "aeiou".indexOf(v.charAt(n - 2)) >= 0;
    if (last == 'y' && !vowelBefore) {
      String stem = v.substring(0, n - 1);
      f.add(stem + "ies");
      f.add(stem + "ied");
    } else if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh")
        || last == 'o') {
      f.add(v + "es"); // "fixes", "vetoes"
    } else {
      f.add(v + "s"); // "departs", never "departes"
    }
    if (last == 'e') {
      f.add(v + "d");
      f.add(v.substring(0, n - 1) + "ing");
    } else {
      if (last != 'y' || vowelBefore) {
        f.add(v + "ed");
      }
      f.add(v + "ing");
      if (n >= 3 && "aeiou".indexOf(last) < 0 && "wxy".indexOf(last) < 0 && vowelBefore
          && "aeiou".indexOf(v.charAt(n - 3)) < 0) {
        f.add(v + last + "ed");
        f.add(v + last + "ing");
      }
    }
    return f;
  }

  private static String stripComment(String s) {
    int h = s.indexOf('#');
    while (h >= 0) {
      int b = s.lastIndexOf('[', h);
      int c = s.lastIndexOf(']', h);
      if (b < 0 || c > b) { // a # outside brackets starts the comment; inside ("[###]") it is a code
        return s.substring(0, h);
      }
      h = s.indexOf('#', h + 1);
    }
    return s;
  }

  /** The text inside the first brackets, or null. */
  private static String bracket(String line) {
    int b = line.indexOf('[');
    int c = b < 0 ? -1 : line.indexOf(']', b);
    return c > b ? line.substring(b + 1, c).strip() : null;
  }

  /** {code, reply} of a bracket's text; null for "---" and for codes that are not codes ("+++", "xxy"). */
  static String[] codes(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(":", -1);
    String code = valid(parts[0]);
    if (code == null) {
      return null;
    }
    return new String[] {code, parts.length > 1 ? valid(parts[1]) : null};
  }

  private static String valid(String c) {
    String s = c.strip();
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    boolean ok = digits >= 2 && digits <= 4 && (digits == s.length()
        || digits == s.length() - 1 && Character.isLetter(s.charAt(digits)) && s.length() <= 4);
    return ok ? s : null;
  }

  private static List<String[]> expand(String name, Map<String, List<String>> synsets, int depth) {
    List<String[]> out = new ArrayList<>();
    List<String> phrases = synsets.get(name);
    if (phrases == null || depth > 4) {
      return out;
    }
    for (String p : phrases) {
      List<List<String>> partial = new ArrayList<>();
      partial.add(new ArrayList<>());
      for (String w : p.toLowerCase(Locale.ROOT).split("[_\\s]+")) {
        if (w.isEmpty()) {
          continue;
        }
        List<String[]> alts = w.startsWith("&")
            ? expand(w.toUpperCase(Locale.ROOT), synsets, depth + 1) : List.<String[]>of(new String[] {w});
        List<List<String>> next = new ArrayList<>();
        for (List<String> head : partial) {
          for (String[] alt : alts) {
            List<String> x = new ArrayList<>(head);
            x.addAll(List.of(alt));
            next.add(x);
          }
        }
        partial = next;
      }
      for (List<String> x : partial) {
        if (!x.isEmpty()) {
          out.add(x.toArray(String[]::new));
        }
      }
    }
    return out;
  }

  /** A pattern's elements around its {@code *}, or null when it has none or its code is not a code. */
  private static Pattern pattern(String text, String codeText, Map<String, List<String[]>> synsets) {
    String[] code = codes(codeText);
    if (code == null) {
      return null;
    }
    // split into words, remembering whether each was joined to the next by "_"
    List<String> words = new ArrayList<>();
    List<Boolean> joined = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    String t = text.toLowerCase(Locale.ROOT).strip();
    for (int i = 0; i <= t.length(); i++) {
      char c = i < t.length() ? t.charAt(i) : ' ';
      if (c == '_' || Character.isWhitespace(c)) {
        if (w.length() > 0) {
          words.add(w.toString());
          joined.add(c == '_');
          w.setLength(0);
        } else if (c == '_' && !joined.isEmpty()) {
          joined.set(joined.size() - 1, true);
        }
      } else if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
        if (w.length() > 0) {
          words.add(w.toString());
          joined.add(false);
          w.setLength(0);
        }
        words.add(String.valueOf(c));
        joined.add(false);
      } else {
        w.append(c);
      }
    }
    int star = words.indexOf("*");
    if (star < 0) {
      return null;
    }
    List<Element> before = new ArrayList<>();
    List<Element> after = new ArrayList<>();
    int weight = 0;
    boolean targetFirst = false;
    for (int i = 0; i < words.size(); i++) {
      if (i == star) {
        continue;
      }
      String x = words.get(i);
      boolean adj = joined.get(i);
      Element e;
      if (x.length() == 1 && "$+%^".indexOf(x.charAt(0)) >= 0) {
        e = new Element(null, x.charAt(0), adj);
        targetFirst |= i < star && x.equals("+");
      } else if (x.startsWith("&")) {
        List<String[]> alts = synsets.get(x.toUpperCase(Locale.ROOT));
        if (alts == null || alts.isEmpty()) {
          return null;
        }
        e = new Element(alts, (char) 0, adj);
        weight++;
      } else {
        e = new Element(List.<String[]>of(new String[] {x}), (char) 0, adj);
        weight++;
      }
      (i < star ? before : after).add(e);
    }
    return new Pattern(List.copyOf(before), List.copyOf(after), code[0], code[1], weight, targetFirst,
        joined.get(star));
  }
}

package org.herald.stage.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A user's actor and agent dictionaries in the PETRARCH/TABARI text format, loaded at run time so researchers can
 * reuse theirs ({@code --actors FILE --agents FILE}). Immutable and thread-safe.
 *
 * <p>Actor file: a phrase line ({@code UNITED_STATES [USA]}; words joined by {@code _} or spaces), then any
 * {@code +SYNONYM} lines and indented code lines ({@code [HOBGOV 19950601 - 19990815]}, {@code [HOB < 950601]},
 * {@code [HOBREB > 990816]}); phrases without a code take the next code given. A phrase ending in {@code _} is
 * matched exactly; otherwise its last word, when five letters or longer, is a stem ({@code ARGENTIN} matches
 * "Argentina", "Argentine") that matches only capitalised words. Codes {@code ---} and {@code +++} (no actor)
 * are skipped; {@code A/B} keeps {@code A}. Agent file: {@code !MACRO! = A, B} lines, then
 * {@code PHRASE {PLURALS} [~SUFFIX]} or {@code [PREFIX~]}; {@code !MACRO!} in a phrase expands to each of its
 * words, and each phrase also matches its regular plural. {@code #} starts a comment; {@code <!-- -->} blocks are
 * comments.
 */
public final class ActorDictionary {
  /** No user entries. */
  public static final ActorDictionary EMPTY = new ActorDictionary(Map.of(), Map.of(), Map.of(), 0, 0);

  /** The shortest stem matched as a prefix; shorter words match only exactly ("ENT" is not "enter"). */
  static final int MIN_STEM = 5;

  /** One code with the dates it holds for (inclusive; null: open). */
  record DatedCode(String code, LocalDate from, LocalDate to) {
    boolean holds(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    boolean undated() {
      return from == null && to == null;
    }
  }

  /** One phrase: upper-case words, whether its last word is a stem, and its codes. */
  record Entry(String[] words, boolean stem, List<DatedCode> codes) {
    /** The code for an article published on {@code date} (null: unknown): the first dated code that holds,
     * else the undated one, else the last. */
    String codeOn(LocalDate date) {
      if (date != null) {
        for (DatedCode c : codes) {
          if (!c.undated() && c.holds(date)) {
            return c.code();
          }
        }
      }
      for (DatedCode c : codes) {
        if (c.undated()) {
          return c.code();
        }
      }
      return codes.get(codes.size() - 1).code();
    }
  }

  private final Map<String, List<Entry>> actorsByFirst;
  private final Map<String, List<Entry>> actorStems;
  private final Map<String, List<Entry>> agentsByFirst;
  private final int actorCount;
  private final int agentCount;

  private ActorDictionary(Map<String, List<Entry>> actorsByFirst, Map<String, List<Entry>> actorStems,
                          Map<String, List<Entry>> agentsByFirst, int actorCount, int agentCount) {
    this.actorsByFirst = actorsByFirst;
    this.actorStems = actorStems;
    this.agentsByFirst = agentsByFirst;
    this.actorCount = actorCount;
    this.agentCount = agentCount;
  }

  /** Parses an actor file's and an agent file's lines (either list may be empty). */
  public static ActorDictionary parse(List<String> actorLines, List<String> agentLines) {
    Objects.requireNonNull(actorLines, "actorLines");
    Objects.requireNonNull(agentLines, "agentLines");
    Map<String, List<Entry>> byFirst = new HashMap<>();
    Map<String, List<Entry>> stems = new HashMap<>();
    int actors = 0;
    List<String> pending = new ArrayList<>();
    List<DatedCode> codes = new ArrayList<>();
    for (String raw : uncommented(actorLines)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean synonym = line.startsWith("+");
      int bracket = line.indexOf('[');
      String phrase = (bracket < 0 ? line : line.substring(0, bracket)).strip();
      if (synonym) {
        phrase = phrase.substring(1).strip();
      }
      if (!phrase.isEmpty()) {
        if (!synonym && !codes.isEmpty()) { // a new entry: the last one is complete
          actors += addActors(pending, codes, byFirst, stems);
          pending.clear();
          codes = new ArrayList<>();
        }
        pending.add(phrase);
      }
      for (int b = bracket; b >= 0; b = line.indexOf('[', b + 1)) {
        int e = line.indexOf(']', b);
        if (e < 0) {
          break;
        }
        DatedCode c = datedCode(line.substring(b + 1, e));
        if (c != null) {
          codes.add(c);
        }
      }
    }
    actors += addActors(pending, codes, byFirst, stems);

    Map<String, List<Entry>> agents = new HashMap<>();
    Map<String, List<String>> macros = new LinkedHashMap<>();
    int agentCount = 0;
    for (String raw : uncommented(agentLines)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (line.startsWith("!") && eq > 0 && line.indexOf('[') < 0) {
        List<String> words = new ArrayList<>();
        for (String w : line.substring(eq + 1).split(",")) {
          if (!w.isBlank()) {
            words.add(w.strip().toUpperCase(Locale.ROOT));
          }
        }
        macros.put(line.substring(0, eq).strip().toUpperCase(Locale.ROOT), words);
        continue;
      }
      int bracket = line.indexOf('[');
      int close = line.indexOf(']', bracket + 1);
      if (bracket < 0 || close < 0) {
        continue;
      }
      String code = line.substring(bracket + 1, close).strip().toUpperCase(Locale.ROOT);
      String head = line.substring(0, bracket).strip();
      List<String> forms = new ArrayList<>();
      int brace = head.indexOf('{');
      String phrase = (brace < 0 ? head : head.substring(0, brace)).strip();
      if (brace >= 0) {
        int braceEnd = head.indexOf('}', brace);
        for (String p : head.substring(brace + 1, braceEnd < 0 ? head.length() : braceEnd).split("[,\\s]+")) {
          if (!p.isBlank()) {
            forms.add(p.strip());
          }
        }
      }
      if (phrase.isEmpty() || code.isEmpty() || code.indexOf('~') < 0) {
        continue;
      }
      List<String> all = new ArrayList<>();
      for (String p : expand(phrase.toUpperCase(Locale.ROOT), macros)) {
        all.add(p);
        all.add(plural(p));
      }
      for (String f : forms) {
        all.addAll(expand(f.toUpperCase(Locale.ROOT), macros));
      }
      List<DatedCode> one = List.of(new DatedCode(code.replace(" ", ""), null, null));
      for (String p : all) {
        String[] words = words(p);
        if (words.length == 0) {
          continue;
        }
        agents.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, false, one));
        agentCount++;
      }
    }
    return new ActorDictionary(freeze(byFirst), freeze(stems), freeze(agents), actors, agentCount);
  }

  private static int addActors(List<String> phrases, List<DatedCode> codes, Map<String, List<Entry>> byFirst,
                               Map<String, List<Entry>> stems) {
    if (codes.isEmpty()) {
      return 0; // no code yet: TABARI gives the phrases the next code, so keep them pending
    }
    int n = 0;
    List<DatedCode> frozen = List.copyOf(codes);
    for (String p : phrases) {
      String upper = p.toUpperCase(Locale.ROOT);
      boolean exact = upper.endsWith("_");
      String[] words = words(upper);
      if (words.length == 0) {
        continue;
      }
      boolean stem = !exact && words[words.length - 1].length() >= MIN_STEM
          && Character.isLetter(words[words.length - 1].charAt(words[words.length - 1].length() - 1));
      Entry e = new Entry(words, stem, frozen);
      if (stem && words.length == 1) {
        stems.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
      } else {
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
      }
      n++;
    }
    return n;
  }

  /** Reads {@code CODE}, {@code CODE < D}, {@code CODE > D}, {@code CODE D1 - D2}; null for no actor. */
  static DatedCode datedCode(String inside) {
    String s = inside.strip();
    if (s.isEmpty()) {
      return null;
    }
    int sp = 0;
    while (sp < s.length() && !Character.isWhitespace(s.charAt(sp)) && s.charAt(sp) != '<' && s.charAt(sp) != '>') {
      sp++;
    }
    String code = s.substring(0, sp).toUpperCase(Locale.ROOT);
    int slash = code.indexOf('/');
    if (slash > 0) {
      code = code.substring(0, slash);
    }
    if (code.isEmpty() || code.equals("---") || code.equals("+++") || !Character.isLetterOrDigit(code.charAt(0))
        && code.charAt(0) != '-') {
      return null;
    }
    String rest = s.substring(sp).replace(" ", "");
    if (rest.isEmpty()) {
      return new DatedCode(code, null, null);
    }
    if (rest.startsWith("<")) {
      LocalDate d = date(rest.substring(1));
      return d == null ? null : new DatedCode(code, null, d.minusDays(1));
    }
    if (rest.startsWith(">")) {
      LocalDate d = date(rest.substring(1));
      return d == null ? null : new DatedCode(code, d.plusDays(1), null);
    }
    int dash = rest.indexOf('-');
    if (dash > 0) {
      LocalDate a = date(rest.substring(0, dash));
      LocalDate b = date(rest.substring(dash + 1));
      return a == null || b == null ? null : new DatedCode(code, a, b);
    }
    return null; // a restriction we cannot read: better no code than a wrong one
  }

  /** {@code 19950601}, or {@code 950601} (TABARI's two-digit years: 00-29 are 20xx). */
  static LocalDate date(String s) {
    try {
      if (s.length() == 8) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
      if (s.length() == 6) {
        int yy = Integer.parseInt(s.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
            Integer.parseInt(s.substring(4, 6)));
      }
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  private static List<String> expand(String phrase, Map<String, List<String>> macros) {
    int a = phrase.indexOf('!');
    int b = a < 0 ? -1 : phrase.indexOf('!', a + 1);
    if (b < 0) {
      return List.of(phrase);
    }
    List<String> words = macros.get(phrase.substring(a, b + 1));
    if (words == null) {
      return List.of(phrase.replace("!", ""));
    }
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.addAll(expand(phrase.substring(0, a) + w + phrase.substring(b + 1), macros));
    }
    return out;
  }

  /** The regular English plural of a phrase's last word. */
  static String plural(String p) {
    if (p.endsWith("_")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.endsWith("S") || p.endsWith("X") || p.endsWith("CH") || p.endsWith("SH")) {
      return p + "ES";
    }
    if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    return p + "S";
  }

  private static String[] words(String phrase) {
    return java.util.Arrays.stream(phrase.split("[_\\s]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  /** Lines without {@code #} comments and {@code <!-- -->} blocks. */
  private static List<String> uncommented(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inBlock = false;
    for (String line : lines) {
      String l = line;
      if (inBlock) {
        int end = l.indexOf("-->");
        if (end < 0) {
          continue;
        }
        inBlock = false;
        l = l.substring(end + 3);
      }
      int open = l.indexOf("<!");
      if (open >= 0) {
        int end = l.indexOf("-->", open);
        if (end < 0) {
          inBlock = true;
          l = l.substring(0, open);
        } else {
          l = l.substring(0, open) + l.substring(end + 3);
        }
      }
      int hash = l.indexOf('#');
      if (hash >= 0) {
        l = l.substring(0, hash);
      }
      out.add(l);
    }
    return out;
  }

  private static Map<String, List<Entry>> freeze(Map<String, List<Entry>> m) {
    Map<String, List<Entry>> out = new HashMap<>();
    m.forEach((k, v) -> {
      List<Entry> sorted = new ArrayList<>(v);
      sorted.sort((x, y) -> Integer.compare(y.words().length, x.words().length)); // longest first
      out.put(k, List.copyOf(sorted));
    });
    return Collections.unmodifiableMap(out);
  }

  /** Whether there is no entry at all. */
  public boolean isEmpty() {
    return actorCount == 0 && agentCount == 0;
  }

  /** Number of actor phrases (synonyms included). */
  public int actorCount() {
    return actorCount;
  }

  /** Number of agent phrases (plurals and macro expansions included). */
  public int agentCount() {
    return agentCount;
  }

  /** A match: tokens [first, end) and the entry. */
  record Match(int first, int end, Entry entry) {
  }

  /** The longest actor phrase starting at token {@code i} of {@code upper} (upper-cased tokens), or null. */
  Match actorAt(String[] upper, String[] text, int i, int limit) {
    Match best = longest(actorsByFirst.get(upper[i]), upper, text, i, limit);
    String w = upper[i];
    if (best == null && !text[i].isEmpty() && Character.isUpperCase(text[i].charAt(0))) {
      for (int len = w.length(); len >= MIN_STEM; len--) {
        List<Entry> es = actorStems.get(w.substring(0, len));
        if (es != null) {
          return new Match(i, i + 1, es.get(0));
        }
      }
    }
    return best;
  }

  /** The longest agent phrase starting at token {@code i}, or null. */
  Match agentAt(String[] upper, int i, int limit) {
    return longest(agentsByFirst.get(upper[i]), upper, null, i, limit);
  }

  private static Match longest(List<Entry> entries, String[] upper, String[] text, int i, int limit) {
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      String[] w = e.words();
      if (i + w.length > limit) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < w.length && ok; k++) {
        boolean last = k == w.length - 1;
        String tok = upper[i + k];
        ok = tok.equals(w[k]) || last && e.stem() && tok.startsWith(w[k]) && text != null
            && Character.isUpperCase(text[i + k].charAt(0));
      }
      if (ok) {
        return new Match(i, i + w.length, e);
      }
    }
    return null;
  }
}

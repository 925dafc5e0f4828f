package org.herald.stage.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DATE grammar: token patterns read from {@code timex-v2.txt}, each naming a {@link Normaliser}. Patterns
 * are indexed by the literals and classes their first unit may have, so at each position only the rules that
 * can start there are tried; a rule's longest match is kept, and among rules the longest match wins (ties go to
 * the rule written first). Matching is left to right over a sentence's {@link Units}; no regular expressions on
 * the hot path. Immutable after construction, thread-safe.
 *
 * <p>Pattern syntax, one rule a line: {@code elements => normaliser key=value…}. An element is a literal (lower
 * case: {@code last}), a class (upper case: {@code WEEKDAY}), alternatives ({@code last|past|YEAR}), a group of
 * alternative sequences ({@code (POD / at CLOCK)}); {@code ?} makes an element optional and {@code :name} names
 * what it captures. {@code <in|since>} before or after the pattern is context that must be there but stays
 * outside the span; {@code <!COUNTED>} must not be there. {@code define @NAME elements} defines a macro.
 */
final class Grammar {
  private final Lexicon lexicon;
  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, int[]> byLiteral = new HashMap<>();
  private final int[][] byClass;
  private final Map<String, Integer> labels = new LinkedHashMap<>();

  /** Parses the grammar lines against the classes of {@code lexicon}. */
  Grammar(List<String> lines, Lexicon lexicon) {
    this.lexicon = lexicon;
    List<String> names = lexicon.classNames();
    for (String n : names) {
      labels.put(n, labels.size());
    }
    Map<String, String> macros = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("define ")) {
        String[] f = line.substring(7).strip().split("\\s+", 2);
        if (!f[0].startsWith("@") || f.length < 2) {
          throw new IllegalArgumentException("timex grammar: bad define '" + line + "'");
        }
        macros.put(f[0], expand(f[1], macros));
        continue;
      }
      int arrow = line.indexOf("=>");
      if (arrow < 0) {
        throw new IllegalArgumentException("timex grammar: missing '=>' in '" + line + "'");
      }
      rules.add(parseRule(rules.size(), line, expand(line.substring(0, arrow), macros),
          line.substring(arrow + 2).strip()));
    }
    Map<String, List<Integer>> lit = new HashMap<>();
    List<List<Integer>> cls = new ArrayList<>();
    for (int i = 0; i < lexicon.classCount(); i++) {
      cls.add(new ArrayList<>());
    }
    for (Rule r : rules) {
      First f = new First();
      first(r.core, 0, f);
      if (f.nullable) {
        throw new IllegalArgumentException("timex grammar: pattern may match nothing: '" + r.source + "'");
      }
      for (String l : f.literals) {
        List<Integer> l2 = lit.computeIfAbsent(l, k -> new ArrayList<>());
        if (!l2.contains(r.index)) {
          l2.add(r.index);
        }
      }
      for (int c = 0; c < lexicon.classCount(); c++) {
        if ((f.mask & (1L << c)) != 0) {
          cls.get(c).add(r.index);
        }
      }
    }
    lit.forEach((k, v) -> byLiteral.put(k, v.stream().mapToInt(Integer::intValue).sorted().toArray()));
    byClass = new int[cls.size()][];
    for (int c = 0; c < cls.size(); c++) {
      byClass[c] = cls.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  int ruleCount() {
    return rules.size();
  }

  /** The capture slot of label {@code name} (a class name or a {@code :name}), or -1. */
  int label(String name) {
    Integer i = labels.get(name);
    return i == null ? -1 : i;
  }

  int labelCount() {
    return labels.size();
  }

  // ---- parsing ----

  private static String expand(String s, Map<String, String> macros) {
    String out = s;
    for (Map.Entry<String, String> m : macros.entrySet()) {
      out = out.replace(m.getKey(), "( " + m.getValue() + " )");
    }
    if (out.indexOf('@') >= 0) {
      throw new IllegalArgumentException("timex grammar: unknown macro in '" + s + "'");
    }
    return out;
  }

  private Rule parseRule(int index, String source, String pattern, String action) {
    String spaced = pattern.replace(")?", " \u0001 ").replace("(", " ( ").replace(")", " ) ")
        .replace(" / ", " \u0002 ").replace("\u0001", ")?").replace("\u0002", "/");
    List<String> toks = new ArrayList<>(Arrays.asList(spaced.strip().split("\\s+")));
    List<Context> left = new ArrayList<>();
    List<Context> right = new ArrayList<>();
    while (!toks.isEmpty() && toks.get(0).startsWith("<")) {
      left.add(0, context(toks.remove(0), source)); // nearest first
    }
    while (!toks.isEmpty() && toks.get(toks.size() - 1).startsWith("<") && toks.get(toks.size() - 1).endsWith(">")) {
      right.add(0, context(toks.remove(toks.size() - 1), source));
    }
    int[] pos = {0};
    List<Elem> core = parseSeq(toks, pos, source);
    if (pos[0] != toks.size()) {
      throw new IllegalArgumentException("timex grammar: unbalanced ')' in '" + source + "'");
    }
    String[] act = action.split("\\s+");
    Normaliser norm = Normaliser.byName(act[0]);
    Map<String, String> args = new HashMap<>();
    for (int i = 1; i < act.length; i++) {
      int eq = act[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("timex grammar: bad argument '" + act[i] + "' in '" + source + "'");
      }
      args.put(act[i].substring(0, eq), act[i].substring(eq + 1));
    }
    List<Atom> required = new ArrayList<>();
    for (Elem e : core) {
      if (e instanceof Atom a && !a.optional) {
        required.add(a);
      }
    }
    return new Rule(index, source, core, left, right, norm, Map.copyOf(args), required.toArray(new Atom[0]));
  }

  private Context context(String tok, String source) {
    if (!tok.endsWith(">")) {
      throw new IllegalArgumentException("timex grammar: bad context '" + tok + "' in '" + source + "'");
    }
    String body = tok.substring(1, tok.length() - 1);
    boolean negated = body.startsWith("!");
    return new Context(atom(negated ? body.substring(1) : body, source), negated);
  }

  private List<Elem> parseSeq(List<String> toks, int[] pos, String source) {
    List<Elem> seq = new ArrayList<>();
    while (pos[0] < toks.size()) {
      String t = toks.get(pos[0]);
      if (t.equals(")") || t.equals(")?") || t.equals("/")) {
        break;
      }
      pos[0]++;
      if (t.equals("(")) {
        List<List<Elem>> alts = new ArrayList<>();
        while (true) {
          alts.add(parseSeq(toks, pos, source));
          if (pos[0] >= toks.size()) {
            throw new IllegalArgumentException("timex grammar: unclosed '(' in '" + source + "'");
          }
          String close = toks.get(pos[0]++);
          if (close.equals("/")) {
            continue;
          }
          seq.add(new Group(alts, close.equals(")?")));
          break;
        }
      } else {
        seq.add(atom(t, source));
      }
    }
    return seq;
  }

  private Atom atom(String tok, String source) {
    String t = tok;
    boolean optional = t.endsWith("?") && t.length() > 1;
    if (optional) {
      t = t.substring(0, t.length() - 1);
    }
    int label = -1;
    int colon = t.lastIndexOf(':');
    if (colon > 0 && colon < t.length() - 1) {
      String name = t.substring(colon + 1);
      label = labels.computeIfAbsent(name, k -> labels.size());
      t = t.substring(0, colon);
    }
    List<String> lits = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    long mask = 0;
    for (String alt : t.split("\\|")) {
      if (alt.length() > 1 && alt.equals(alt.toUpperCase(Locale.ROOT)) && Character.isLetter(alt.charAt(0))) {
        int c = lexicon.classId(alt);
        if (c < 0) {
          throw new IllegalArgumentException("timex grammar: unknown class " + alt + " in '" + source + "'");
        }
        classes.add(c);
        mask |= 1L << c;
      } else {
        lits.add(alt);
      }
    }
    return new Atom(lits.toArray(new String[0]), classes.stream().mapToInt(Integer::intValue).toArray(), mask,
        label, optional);
  }

  private static final class First {
    final List<String> literals = new ArrayList<>();
    long mask;
    boolean nullable;
  }

  /** Collects what the sequence from {@code idx} may start with. */
  private static void first(List<Elem> seq, int idx, First f) {
    for (int i = idx; i < seq.size(); i++) {
      Elem e = seq.get(i);
      if (e instanceof Atom a) {
        f.literals.addAll(Arrays.asList(a.literals));
        f.mask |= a.mask;
        if (!a.optional) {
          return;
        }
      } else {
        Group g = (Group) e;
        boolean anyNullable = g.optional;
        for (List<Elem> alt : g.alts) {
          First sub = new First();
          first(alt, 0, sub);
          f.literals.addAll(sub.literals);
          f.mask |= sub.mask;
          anyNullable |= sub.nullable;
        }
        if (!anyNullable) {
          return;
        }
      }
    }
    f.nullable = true;
  }

  // ---- matching ----

  /** Something found: units [from, to) matched by {@code rule}, with its captures. */
  record Found(Rule rule, int from, int to, int[] capUnit, int[] capClass) {
  }

  /**
   * Finds expressions in {@code u} left to right; at each position the longest match whose normaliser gives a
   * value wins.
   */
  void match(Units u, Resolution sink) {
    match(u, sink, true);
  }

  /**
   * As {@link #match(Units, Resolution)}; {@code prefilter} false tries every rule indexed at a position even
   * where the sentence lacks one of its required atoms (the same result, slower: for tests).
   */
  void match(Units u, Resolution sink, boolean prefilter) {
    State st = new State(u, labels.size(), rules.size());
    st.prefilter = prefilter;
    int pos = 0;
    while (pos < u.size) {
      List<Found> found = candidates(st, pos);
      int next = pos + 1;
      if (!found.isEmpty()) {
        found.sort((a, b) -> a.to != b.to ? Integer.compare(b.to, a.to) : Integer.compare(a.rule.index, b.rule.index));
        for (Found f : found) {
          if (sink.accept(f)) {
            next = f.to;
            break;
          }
        }
      }
      pos = next;
    }
  }

  /** Receives each match; returns whether it produced an expression. */
  @FunctionalInterface
  interface Resolution {
    boolean accept(Found f);
  }

  private List<Found> candidates(State st, int pos) {
    List<Found> out = new ArrayList<>(2);
    Units u = st.units;
    st.stamp++;
    int[] lits = byLiteral.get(u.lower[pos]);
    if (lits != null) {
      for (int r : lits) {
        tryRule(st, r, pos, out);
      }
    }
    long m = u.mask[pos];
    while (m != 0) {
      int c = Long.numberOfTrailingZeros(m);
      m &= m - 1;
      if (c < byClass.length) {
        for (int r : byClass[c]) {
          tryRule(st, r, pos, out);
        }
      }
    }
    return out;
  }

  private void tryRule(State st, int r, int pos, List<Found> out) {
    if (st.seen[r] == st.stamp) {
      return;
    }
    st.seen[r] = st.stamp;
    Rule rule = rules.get(r);
    if (st.prefilter && !st.possible(rule)) {
      return;
    }
    for (int i = 0; i < rule.left.size(); i++) {
      if (!rule.left.get(i).holds(st.units, pos - 1 - i)) {
        return;
      }
    }
    st.begin(rule, pos);
    walk(st, rule.core, 0, pos, null);
    if (st.bestEnd > pos) {
      out.add(new Found(rule, pos, st.bestEnd, st.bestUnit.clone(), st.bestClass.clone()));
    }
  }

  private record Cont(List<Elem> seq, int idx, Cont next) {
  }

  private void walk(State st, List<Elem> seq, int idx, int pos, Cont k) {
    if (idx == seq.size()) {
      if (k == null) {
        st.complete(pos);
      } else {
        walk(st, k.seq, k.idx, pos, k.next);
      }
      return;
    }
    Elem e = seq.get(idx);
    if (e instanceof Atom a) {
      if (a.optional) {
        walk(st, seq, idx + 1, pos, k);
      }
      if (pos < st.units.size) {
        int cls = a.matchClass(st.units, pos);
        if (cls != Atom.NO_MATCH) {
          int slot = a.label >= 0 ? a.label : cls;
          int oldU = -1;
          int oldC = -1;
          boolean set = slot >= 0 && st.capUnit[slot] < 0;
          if (set) {
            oldU = st.capUnit[slot];
            oldC = st.capClass[slot];
            st.capUnit[slot] = pos;
            st.capClass[slot] = cls;
          }
          walk(st, seq, idx + 1, pos + 1, k);
          if (set) {
            st.capUnit[slot] = oldU;
            st.capClass[slot] = oldC;
          }
        }
      }
    } else {
      Group g = (Group) e;
      if (g.optional) {
        walk(st, seq, idx + 1, pos, k);
      }
      Cont nk = new Cont(seq, idx + 1, k);
      for (List<Elem> alt : g.alts) {
        walk(st, alt, 0, pos, nk);
      }
    }
  }

  /** Matching state for one sentence; not shared between threads. */
  private static final class State {
    final Units units;
    final int[] capUnit;
    final int[] capClass;
    final int[] bestUnit;
    final int[] bestClass;
    final int[] seen;
    int stamp;
    Rule rule;
    int startPos;
    int bestEnd;

    /** Per rule: 0 not yet known, 1 the sentence may hold it, 2 it cannot. */
    final byte[] possible;
    /** The classes of all units of the sentence, or-ed. */
    final long sentenceMask;
    boolean prefilter = true;

    State(Units units, int labelCount, int ruleCount) {
      this.units = units;
      possible = new byte[ruleCount];
      long m = 0;
      for (int i = 0; i < units.size; i++) {
        m |= units.mask[i];
      }
      sentenceMask = m;
      capUnit = new int[labelCount];
      capClass = new int[labelCount];
      bestUnit = new int[labelCount];
      bestClass = new int[labelCount];
      seen = new int[ruleCount];
    }

    /** Whether every required atom of {@code r} matches some unit of the sentence (computed once a rule). */
    boolean possible(Rule r) {
      byte p = possible[r.index];
      if (p == 0) {
        p = 1;
        for (Atom a : r.required) {
          if (!present(a)) {
            p = 2;
            break;
          }
        }
        possible[r.index] = p;
      }
      return p == 1;
    }

    private boolean present(Atom a) {
      if ((sentenceMask & a.mask) != 0) {
        return true;
      }
      for (String l : a.literals) {
        for (int i = 0; i < units.size; i++) {
          if (l.equals(units.lower[i])) {
            return true;
          }
        }
      }
      return false;
    }

    void begin(Rule r, int pos) {
      rule = r;
      startPos = pos;
      bestEnd = -1;
      Arrays.fill(capUnit, -1);
      Arrays.fill(capClass, -1);
    }

    void complete(int pos) {
      if (pos <= startPos || pos <= bestEnd) {
        return;
      }
      for (int i = 0; i < rule.right.size(); i++) {
        if (!rule.right.get(i).holds(units, pos + i)) {
          return;
        }
      }
      bestEnd = pos;
      System.arraycopy(capUnit, 0, bestUnit, 0, capUnit.length);
      System.arraycopy(capClass, 0, bestClass, 0, capClass.length);
    }
  }

  // ---- pattern elements ----

  private sealed interface Elem permits Atom, Group {
  }

  /** One unit: any of some literals or classes. */
  private record Atom(String[] literals, int[] classes, long mask, int label, boolean optional) implements Elem {
    static final int NO_MATCH = -2;

    /** The class that matched (first listed), -1 for a literal, or NO_MATCH. */
    int matchClass(Units u, int pos) {
      long m = u.mask[pos] & mask;
      if (m != 0) {
        for (int c : classes) {
          if ((m & (1L << c)) != 0) {
            return c;
          }
        }
      }
      String w = u.lower[pos];
      for (String l : literals) {
        if (l.equals(w)) {
          return -1;
        }
      }
      return NO_MATCH;
    }
  }

  private record Group(List<List<Elem>> alts, boolean optional) implements Elem {
  }

  /** A unit before or after the span that must (or must not) match. */
  private record Context(Atom atom, boolean negated) {
    boolean holds(Units u, int pos) {
      boolean m = pos >= 0 && pos < u.size && atom.matchClass(u, pos) != Atom.NO_MATCH;
      return m != negated;
    }
  }

  /**
   * One grammar rule. {@code required} are the atoms its core cannot match without (the top-level ones that are
   * not optional): a sentence holding no unit that one of them matches cannot hold the rule, so the rule is not
   * tried there at all.
   */
  record Rule(int index, String source, List<Elem> core, List<Context> left, List<Context> right,
              Normaliser normaliser, Map<String, String> args, Atom[] required) {
  }
}

package org.herald.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level exact-match scoring of IOB tag sequences, as the CoNLL-2003 shared task scores: an entity counts
 * when its type and both boundaries match. Accepts IOB1 and IOB2. Mutable; not thread-safe.
 */
public final class ConllScorer {
  private final Map<String, Prf> byType = new TreeMap<>();
  private final Prf overall = new Prf();

  /** An entity: token range [start, end) and type. */
  record Chunk(int start, int end, String type) {
  }

  /** Scores one sentence (or document): gold and predicted tags, one per token. */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " tags, predicted " + predicted.size());
    }
    Set<Chunk> g = new HashSet<>(chunks(gold));
    Set<Chunk> p = new HashSet<>(chunks(predicted));
    Set<String> types = new HashSet<>();
    g.forEach(c -> types.add(c.type()));
    p.forEach(c -> types.add(c.type()));
    for (String type : types) {
      long tp = p.stream().filter(c -> c.type().equals(type) && g.contains(c)).count();
      long np = p.stream().filter(c -> c.type().equals(type)).count();
      long ng = g.stream().filter(c -> c.type().equals(type)).count();
      byType.computeIfAbsent(type, t -> new Prf()).add(tp, np, ng);
      overall.add(tp, np, ng);
    }
  }

  /** The entities of a tag sequence; an I- tag after O or another type starts an entity (IOB1). */
  static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String t = prefix.equals("O") ? null : tag.substring(2);
      boolean continues = t != null && prefix.equals("I") && t.equals(type);
      if (!continues && type != null) {
        out.add(new Chunk(start, i, type));
        type = null;
      }
      if (t != null && !continues) {
        start = i;
        type = t;
      }
    }
    return out;
  }

  /** Per-type counts, by type name. */
  public Map<String, Prf> byType() {
    return byType;
  }

  /** Counts over all types. */
  public Prf overall() {
    return overall;
  }
}

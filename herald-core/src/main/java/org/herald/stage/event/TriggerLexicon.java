package org.herald.stage.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.pipeline.Resources;

/**
 * The trigger patterns of {@code event-verbs-v1.tsv} (hand-written) and {@code event-verbs-wordnet-v1.tsv}
 * (generated from WordNet by {@code herald train triggers}), indexed by their first word. A generated pattern
 * whose first word starts a hand-written pattern is dropped: the hand-written ones win. Immutable and thread-safe.
 */
final class TriggerLexicon {
  /** The bundled resource name. */
  static final String RESOURCE = "event-verbs-v1.tsv";
  /** The generated resource name (issue 6, trigger coverage), loaded after {@link #RESOURCE}. */
  static final String GENERATED_RESOURCE = "event-verbs-wordnet-v1.tsv";
  /**
   * The code of a pattern that takes its words out of every event: a sense that is no political act ("meet * targets",
   * "demand for * goods"). Being longer, it wins over the shorter pattern it shadows, and codes nothing.
   */
  static final String NO_EVENT = "-";
  /** Most tokens a {@code *} gap skips. */
  static final int MAX_GAP = 5;

  /**
   * One expanded pattern.
   *
   * @param slots the words of each slot (null for a gap)
   * @param code CAMEO code
   * @param verb whether it may be a verb
   * @param noun whether it may be a noun
   * @param needsTarget whether it makes an event only with a target
   * @param literals number of word slots, for longest match
   * @param reversed whether the actor after "from" is the source and the subject the target ("received arms
   *     from Iran": Iran supplied them)
   */
  record Pattern(String[][] slots, String code, boolean verb, boolean noun, boolean needsTarget, int literals,
                 boolean reversed) {
  }

  private final Map<String, List<Pattern>> byFirst;
  private final Set<String> words;
  private final Set<String> verbHeads;
  private final int count;

  private TriggerLexicon(Map<String, List<Pattern>> byFirst, Set<String> words, Set<String> verbHeads, int count) {
    this.byFirst = byFirst;
    this.words = Collections.unmodifiableSet(words);
    this.verbHeads = Collections.unmodifiableSet(verbHeads);
    this.count = count;
  }

  /** The bundled hand-written and generated patterns, codes checked against {@code cameo}. */
  static TriggerLexicon load(Resources resources, CameoTable cameo) {
    return parse(resources.lines(RESOURCE), resources.lines(GENERATED_RESOURCE), cameo);
  }

  /** Parses the pattern lines (comments removed), checking each code against {@code cameo}. */
  static TriggerLexicon parse(List<String> lines, CameoTable cameo) {
    return parse(lines, List.of(), cameo);
  }

  /**
   * Parses hand-written pattern lines, then generated ones (comments removed), checking each code against
   * {@code cameo}; a generated pattern's first-word alternatives that start a hand-written pattern are dropped.
   */
  static TriggerLexicon parse(List<String> lines, List<String> generated, CameoTable cameo) {
    Map<String, List<Pattern>> byFirst = new HashMap<>();
    Set<String> words = new HashSet<>();
    Set<String> verbHeads = new HashSet<>();
    int count = 0;
    Set<String> handFirst = null;
    List<String> all = new ArrayList<>(lines);
    all.addAll(generated);
    for (int n = 0; n < all.size(); n++) {
      String line = all.get(n);
      if (n == lines.size()) {
        handFirst = Set.copyOf(byFirst.keySet());
      }
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalArgumentException("pattern line has " + f.length + " columns, not 3: " + line);
      }
      String code = f[1].strip();
      if (!code.equals(NO_EVENT) && cameo.get(code) == null) {
        throw new IllegalArgumentException("unknown CAMEO code " + code + " in pattern line: " + line);
      }
      String kind = f[2].strip().toUpperCase(Locale.ROOT);
      boolean verb = kind.contains("V");
      boolean noun = kind.contains("N");
      boolean needsTarget = kind.contains("T");
      boolean reversed = kind.contains("R");
      String[] parts = f[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
      String[][] slots = new String[parts.length][];
      int literals = 0;
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].equals("*")) {
          if (i == 0 || i == parts.length - 1) {
            throw new IllegalArgumentException("a gap cannot start or end a pattern: " + line);
          }
          continue;
        }
        slots[i] = parts[i].split("\\|");
        if (i == 0 && handFirst != null) {
          Set<String> seen = handFirst;
          slots[0] = Arrays.stream(slots[0]).filter(w -> !seen.contains(w)).toArray(String[]::new);
          if (slots[0].length == 0) {
            break;
          }
        }
        Collections.addAll(words, slots[i]);
        literals++;
      }
      if (slots[0] == null || slots[0].length == 0) {
        continue;
      }
      Pattern p = new Pattern(slots, code, verb, noun, needsTarget, literals, reversed);
      if (verb) {
        Collections.addAll(verbHeads, slots[0]);
      }
      for (String first : slots[0]) {
        byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        count++;
      }
    }
    for (List<Pattern> list : byFirst.values()) { // longest first, so the first match that fits wins
      list.sort((a, b) -> Integer.compare(b.literals(), a.literals()));
    }
    Map<String, List<Pattern>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new TriggerLexicon(frozen, words, verbHeads, count);
  }

  /** Patterns whose first slot holds {@code word}, longest first; empty when none. */
  List<Pattern> startingWith(String word) {
    return byFirst.getOrDefault(word, List.of());
  }

  /** Every word the patterns use, for the lemmatiser's lexicon. */
  Set<String> words() {
    return words;
  }

  /**
   * The first words of the patterns that may be verbs: what tells a verb from a noun before an actor ("accused
   * Iran", not "rights group Amnesty"); the other pattern words are nouns and particles.
   */
  Set<String> verbHeads() {
    return verbHeads;
  }

  /** Number of patterns, counting each first-word alternative once. */
  int size() {
    return count;
  }
}

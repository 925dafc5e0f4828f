package org.herald.stage.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.herald.pipeline.Resources;

/**
 * Shallow clause analysis: reads each verb group of a tagged, chunked sentence with its subject, object,
 * prepositional attachments, voice, negation and modality, by rules over the chunk sequence (no parse tree).
 * The words the rules key on (forms of be, negations, modals, verbs of intent, relative pronouns, coordinators)
 * come from {@code clause-words-v1.tsv}. Immutable and thread-safe.
 *
 * <p>The rules, in order, for a verb group V:
 * <ul>
 *   <li>Subject: the noun phrase just before V, skipping adverbs and opening quotes; from a noun phrase it reaches left over
 *       possessors ("Russia 's president"), prepositional modifiers ("the president of Russia": head
 *       "president") and coordination ("Russia and North Korea": two conjuncts, also when chunked as one phrase
 *       of two proper names). A comma just before V closes
 *       an apposition, relative or participial aside ("Putin, the president, said"; "Putin, who ..., said"),
 *       skipped to the phrase before it. A relative pronoun stands for the phrase before it ("rebels who
 *       attacked"). A non-finite V ("to send", "an article published by") takes only the nearest noun phrase
 *       (with its possessor). V right after a coordinator ("met and signed") shares the previous verb's subject.
 *       With nothing on the left and a comma or closing quote before a finite V without modal, a noun phrase
 *       after V is an inverted subject ("..., said Putin").</li>
 *   <li>Object: the noun phrase after V (skipping particles and adverbs), with possessives, "of" modifiers and
 *       coordination.</li>
 *   <li>Attachments: each preposition + noun phrase that follows, until a verb, clause or comma; the first "by"
 *       of a passive is its agent.</li>
 *   <li>Voice: passive when a form of be or get precedes a past participle head in V, or a lone past participle
 *       is followed by "by".</li>
 * </ul>
 */
public final class Clauses {
  /** The resource the word lists come from. */
  public static final String RESOURCE = "clause-words-v1.tsv";

  private enum Role { BE, NEGATION, MODAL, INTENT, RELATIVE, COORDINATOR, AGENT }

  private record Word(Role role, String value) {
  }

  private final Map<String, List<Word>> words;

  private Clauses(Map<String, List<Word>> words) {
    this.words = words;
  }

  /** Loads the word lists through {@code resources}. */
  public static Clauses load(Resources resources) {
    return of(resources.lines(RESOURCE));
  }

  /**
   * Clause rules over word-list lines ({@code word TAB role TAB value}, as in {@value #RESOURCE}).
   *
   * @throws IllegalArgumentException naming the line when one is malformed
   */
  public static Clauses of(List<String> lines) {
    Map<String, List<Word>> map = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException("clause words: expected 'word TAB role TAB value': " + line);
      }
      Role role;
      try {
        role = Role.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("clause words: unknown role '" + f[1] + "' in: " + line, e);
      }
      String value = f[2].strip();
      map.computeIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(new Word(role, value.equals("-") ? null : value));
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return new Clauses(Map.copyOf(map));
  }

  /**
   * The clauses of one sentence, one per verb group, in text order.
   *
   * @param tokens the sentence's tokens as Herald's tokenizer writes them
   * @param pos their Penn Treebank tags
   * @param chunks their IOB chunk tags (B-NP, I-NP, ..., O)
   * @param firstToken the article-wide index of the sentence's first token: every index in the result is
   *     offset by it
   */
  public List<Clause> read(String[] tokens, String[] pos, String[] chunks, int firstToken) {
    Objects.requireNonNull(tokens, "tokens");
    if (pos.length != tokens.length || chunks.length != tokens.length) {
      throw new IllegalArgumentException("tokens, tags and chunks differ in length: " + tokens.length);
    }
    return new Reading(tokens, pos, chunks, firstToken).clauses();
  }

  /** One sentence being read. */
  private final class Reading {
    /** A chunk, or a token outside every chunk (type null). Token indexes are sentence-relative. */
    private record Unit(ChunkType type, int start, int end) {
    }

    /** A noun phrase group found in the unit sequence: its conjuncts and the units it spans. */
    private record Group(List<Phrase> conjuncts, int firstUnit, int lastUnit) {
    }

    private final String[] lower;
    private final String[] pos;
    private final int offset;
    private final List<Unit> units = new ArrayList<>();

    Reading(String[] tokens, String[] pos, String[] chunks, int offset) {
      this.lower = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        lower[i] = WordForms.treebank(tokens[i]).toLowerCase(Locale.ROOT);
      }
      this.pos = pos;
      this.offset = offset;
      for (int[] c : Iob.chunks(chunks)) {
        while (units.isEmpty() ? c[0] > 0 : units.get(units.size() - 1).end() < c[0]) {
          int at = units.isEmpty() ? 0 : units.get(units.size() - 1).end();
          units.add(new Unit(null, at, at + 1));
        }
        ChunkType type = ChunkType.of(Iob.type(chunks[c[0]]));
        if (type == ChunkType.VP) { // "met and signed" chunked as one group: split at the coordinator
          int from = c[0];
          for (int i = c[0]; i < c[1]; i++) {
            if (has(i, Role.COORDINATOR) && pos[i].equals("CC")) {
              if (i > from) {
                units.add(new Unit(type, from, i));
              }
              units.add(new Unit(null, i, i + 1));
              from = i + 1;
            }
          }
          if (from < c[1]) {
            units.add(new Unit(type, from, c[1]));
          }
        } else if (type == ChunkType.NP) { // "Moscow and Pyongyang" chunked as one phrase: two conjuncts
          int from = c[0];
          for (int i = c[0] + 1; i < c[1] - 1; i++) {
            if (has(i, Role.COORDINATOR) && pos[i].equals("CC") && pos[i - 1].startsWith("NNP")
                && pos[i + 1].startsWith("NNP")) {
              units.add(new Unit(type, from, i));
              units.add(new Unit(null, i, i + 1));
              from = i + 1;
            }
          }
          units.add(new Unit(type, from, c[1]));
        } else {
          units.add(new Unit(type, c[0], c[1]));
        }
      }
      int at = units.isEmpty() ? 0 : units.get(units.size() - 1).end();
      for (int i = at; i < tokens.length; i++) {
        units.add(new Unit(null, i, i + 1));
      }
    }

    List<Clause> clauses() {
      List<Clause> out = new ArrayList<>();
      Clause previous = null;
      for (int v = 0; v < units.size(); v++) {
        Unit u = units.get(v);
        if (u.type() != ChunkType.VP) {
          continue;
        }
        Clause c = clause(v, previous);
        out.add(c);
        previous = c;
      }
      return out;
    }

    private Clause clause(int v, Clause previous) {
      Unit u = units.get(v);
      int head = -1;
      int modal = -1;
      String modality = null;
      boolean negated = false;
      boolean be = false;
      for (int i = u.start(); i < u.end(); i++) {
        if (pos[i].startsWith("VB")) {
          head = i;
        }
        negated |= has(i, Role.NEGATION);
        if (modality == null && has(i, Role.MODAL) && pos[i].equals("MD")) {
          modality = value(i, Role.MODAL);
          modal = i;
        } else if (modality == null && has(i, Role.INTENT) && hasTo(i + 1, u.end())) {
          modality = value(i, Role.INTENT);
          modal = i;
        }
      }
      if (head < 0) {
        head = u.end() - 1;
      }
      for (int i = u.start(); i < head; i++) {
        be |= has(i, Role.BE) && (pos[i].startsWith("VB") || pos[i].equals("POS"));
      }
      boolean finite = false;
      for (int i = u.start(); i < u.end(); i++) {
        finite |= pos[i].equals("VBD") || pos[i].equals("VBZ") || pos[i].equals("VBP") || pos[i].equals("MD");
      }
      boolean participle = pos[head].equals("VBN");
      boolean passive = participle && be;
      if (participle && !be && u.end() - u.start() == 1 && v + 2 < units.size() && isPreposition(v + 1)
          && has(units.get(v + 1).start(), Role.AGENT) && isNp(v + 2)) {
        passive = true; // "the convoy attacked by rebels"
      }
      // subject
      List<Phrase> subject = List.of();
      boolean shared = false;
      boolean inverted = false;
      int left = v - 1;
      while (left >= 0 && (isAdverb(left) || isOpeningQuote(left))) {
        left--;
      }
      if (left >= 0 && isCoordinator(left) && previous != null) {
        subject = previous.subject();
        shared = true;
      } else if (left >= 0 && isRelativeUnit(left)) {
        subject = antecedent(left);
      } else if (left >= 0 && isNp(left)) {
        // a non-finite group ("to send", "published by") belongs to the nearest noun phrase
        subject = finite ? groupLeft(left).conjuncts() : List.of(phrase(possessorStart(left), left, left));
      } else if (left >= 0 && isComma(left) && finite) {
        subject = beforeAside(left);
      }
      int right = v + 1;
      while (right < units.size() && (units.get(right).type() == ChunkType.PRT || isAdverb(right))) {
        right++;
      }
      if (subject.isEmpty() && !shared && left >= 0 && (isComma(left) || isClosingQuote(left))
          && finite && !pos[u.start()].equals("MD") && right < units.size() && isNp(right)) {
        Group g = groupRight(right);
        subject = g.conjuncts();
        right = g.lastUnit() + 1;
        inverted = true;
      }
      // object
      List<Phrase> object = List.of();
      if (!inverted && right < units.size() && isNp(right) && !isRelativeUnit(right)) {
        Group g = groupRight(right);
        object = g.conjuncts();
        right = g.lastUnit() + 1;
      }
      // attachments and agent
      List<Attachment> attachments = new ArrayList<>();
      List<Phrase> agent = List.of();
      while (right < units.size()) {
        if (isAdverb(right)) {
          right++;
          continue;
        }
        if (!(isPreposition(right) && right + 1 < units.size() && isNp(right + 1) && !isRelativeUnit(right + 1))) {
          break;
        }
        Unit p = units.get(right);
        Group g = groupRight(right + 1);
        if (passive && agent.isEmpty() && p.end() - p.start() == 1 && has(p.start(), Role.AGENT)) {
          agent = g.conjuncts();
        } else if (!g.conjuncts().isEmpty()) {
          attachments.add(new Attachment(p.start() + offset, words(p), g.conjuncts().get(0)));
        }
        right = g.lastUnit() + 1;
      }
      return new Clause(u.start() + offset, u.end() + offset, head + offset, subject, shared, object,
          attachments, passive ? Voice.PASSIVE : Voice.ACTIVE, agent, negated, modality,
          modal < 0 ? -1 : modal + offset);
    }

    /** The first unit of noun phrase {@code k} with its possessors ("Russia" of "Russia 's president"). */
    private int possessorStart(int k) {
      int s = k;
      while (s >= 1 && isPossessor(s - 1)) {
        s--;
      }
      return s;
    }

    /** The antecedent of relative pronoun unit {@code r}: the noun phrase group before it (a comma between). */
    private List<Phrase> antecedent(int r) {
      int k = r - 1;
      if (k >= 0 && isComma(k)) {
        k--;
      }
      return k >= 0 && isNp(k) ? groupLeft(k).conjuncts() : List.of();
    }

    /**
     * The subject before an aside that ends at comma {@code c}: "Putin, the president, said" (apposition),
     * "Putin, who ..., said" (relative), "the minister, speaking in Paris, said" (participle). The subject
     * phrase then spans the aside.
     */
    private List<Phrase> beforeAside(int c) {
      int open = c - 1;
      while (open >= 0 && !isComma(open)) {
        open--;
      }
      if (open < 1 || open == c - 1 || !isNp(open - 1)) {
        return List.of();
      }
      int first = open + 1;
      boolean aside = isRelativeUnit(first)
          || units.get(first).type() == ChunkType.VP && (pos[units.get(first).start()].equals("VBG")
              || pos[units.get(first).start()].equals("VBN"))
          || isNp(first) && groupRight(first).lastUnit() == c - 1;
      if (!aside) {
        return List.of();
      }
      List<Phrase> group = groupLeft(open - 1).conjuncts();
      if (group.size() != 1) {
        return group;
      }
      Phrase p = group.get(0);
      return List.of(new Phrase(p.firstToken(), units.get(c - 1).end() + offset, p.head()));
    }

    /** The noun phrase group ending at unit {@code k}, reaching left; conjuncts in text order. */
    private Group groupLeft(int k) {
      List<Phrase> conjuncts = new ArrayList<>();
      int end = k;
      int first;
      while (true) {
        int s = end;
        int head = end;
        while (true) {
          if (s >= 1 && isPossessor(s - 1)) {
            s--; // "Russia 's" + "president": the head stays
          } else if (s >= 2 && isPreposition(s - 1) && isNp(s - 2) && !isRelativeUnit(s - 2)) {
            s -= 2; // "the president" + "of" + "Russia": the head moves left
            head = s;
            while (s >= 1 && isPossessor(s - 1)) {
              s--;
            }
          } else {
            break;
          }
        }
        conjuncts.add(0, phrase(s, end, head));
        first = s;
        // coordination: "Russia and North Korea", "Iran , Syria and Russia"; not the object of an earlier verb
        if (s >= 2 && (isCoordinator(s - 1) || isComma(s - 1) && conjuncts.size() > 1) && isNp(s - 2)
            && !isRelativeUnit(s - 2) && !(s >= 3 && units.get(s - 3).type() == ChunkType.VP)) {
          end = s - 2;
          continue;
        }
        break;
      }
      return new Group(conjuncts, first, k);
    }

    /** The noun phrase group starting at unit {@code k}, reaching right over possessives, "of" and "and". */
    private Group groupRight(int k) {
      List<Phrase> conjuncts = new ArrayList<>();
      int s = k;
      int last;
      while (true) {
        int e = s;
        while (isPossessor(e)) {
          e++;
        }
        int head = e;
        while (e + 2 < units.size() && isPreposition(e + 1) && lower[units.get(e + 1).start()].equals("of")
            && units.get(e + 1).end() - units.get(e + 1).start() == 1 && isNp(e + 2) && !isRelativeUnit(e + 2)) {
          e += 2;
          while (isPossessor(e)) {
            e++;
          }
        }
        conjuncts.add(phrase(s, e, head));
        last = e;
        // "Putin and Xi", but not "Putin and Xi said" (a new clause)
        if (e + 2 < units.size() && isCoordinator(e + 1) && isNp(e + 2) && !isRelativeUnit(e + 2)
            && !startsClause(e + 2)) {
          s = e + 2;
          continue;
        }
        break;
      }
      return new Group(conjuncts, k, last);
    }

    /** Whether the noun phrase at unit {@code k} is followed by a verb group (it is then a subject). */
    private boolean startsClause(int k) {
      int e = k;
      while (e + 1 < units.size() && (isPossessor(e) || isAdverb(e + 1))) {
        e++;
      }
      return e + 1 < units.size() && units.get(e + 1).type() == ChunkType.VP;
    }

    private Phrase phrase(int firstUnit, int lastUnit, int headUnit) {
      Unit h = units.get(headUnit);
      int head = h.end() - 1;
      while (head >= h.start() && !isNominal(head)) {
        head--;
      }
      if (head < h.start()) { // no noun ("the first"): the last word that is not a possessive mark
        head = h.end() - 1;
        while (head > h.start() && pos[head].equals("POS")) {
          head--;
        }
      }
      return new Phrase(units.get(firstUnit).start() + offset, units.get(lastUnit).end() + offset, head + offset);
    }

    private boolean isNominal(int i) {
      String p = pos[i];
      return p.startsWith("NN") || p.startsWith("PRP") || p.equals("CD") || p.startsWith("W") || p.equals("EX");
    }

    private boolean isNp(int k) {
      return units.get(k).type() == ChunkType.NP;
    }

    /**
     * Whether noun phrase {@code k} is the possessor of noun phrase {@code k + 1}: "Russia 's president", chunked
     * [Russia] ['s president] as CoNLL-2000 does, or [Russia 's] [president].
     */
    private boolean isPossessor(int k) {
      return k + 1 < units.size() && isNp(k) && isNp(k + 1)
          && (pos[units.get(k).end() - 1].equals("POS") || pos[units.get(k + 1).start()].equals("POS"));
    }

    private boolean isPreposition(int k) {
      return units.get(k).type() == ChunkType.PP;
    }

    private boolean isAdverb(int k) {
      Unit u = units.get(k);
      return u.type() == ChunkType.ADVP || u.type() == null && pos[u.start()].startsWith("RB");
    }

    private boolean isComma(int k) {
      Unit u = units.get(k);
      return u.type() == null && (lower[u.start()].equals(",") || lower[u.start()].equals("--"));
    }

    private boolean isOpeningQuote(int k) {
      Unit u = units.get(k);
      return u.type() == null && pos[u.start()].equals("``");
    }

    private boolean isClosingQuote(int k) {
      Unit u = units.get(k);
      return u.type() == null && pos[u.start()].equals("''");
    }

    private boolean isCoordinator(int k) {
      Unit u = units.get(k);
      return u.type() == ChunkType.CONJP || u.type() == null && has(u.start(), Role.COORDINATOR);
    }

    /** Whether unit {@code k} is a one-word relative pronoun ("who", "which", "that" as WDT/WP/IN). */
    private boolean isRelativeUnit(int k) {
      Unit u = units.get(k);
      if (u.end() - u.start() != 1 || !has(u.start(), Role.RELATIVE)) {
        return false;
      }
      String p = pos[u.start()];
      return p.startsWith("W") || p.equals("IN") && u.type() == ChunkType.SBAR && k >= 1 && isNp(k - 1)
          && k + 1 < units.size() && units.get(k + 1).type() == ChunkType.VP;
    }

    /** Whether a "to" follows within [from, end). */
    private boolean hasTo(int from, int end) {
      for (int i = from; i < end; i++) {
        if (pos[i].equals("TO")) {
          return true;
        }
      }
      return false;
    }

    private String words(Unit u) {
      StringBuilder b = new StringBuilder(lower[u.start()]);
      for (int i = u.start() + 1; i < u.end(); i++) {
        b.append(' ').append(lower[i]);
      }
      return b.toString();
    }

    private boolean has(int i, Role role) {
      List<Word> ws = words.get(lower[i]);
      if (ws != null) {
        for (Word w : ws) {
          if (w.role() == role) {
            return true;
          }
        }
      }
      return false;
    }

    private String value(int i, Role role) {
      for (Word w : words.get(lower[i])) {
        if (w.role() == role) {
          return w.value();
        }
      }
      return null;
    }
  }
}

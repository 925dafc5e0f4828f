package org.herald.stage.event;

import static org.herald.stage.event.EventWords.DETS;
import static org.herald.stage.event.EventWords.GAP_STOPS;
import static org.herald.stage.event.EventWords.GENITIVE;
import static org.herald.stage.event.EventWords.HARD_BOUNDARIES;
import static org.herald.stage.event.EventWords.MODALS_AND_AUX;
import static org.herald.stage.event.EventWords.NOMINAL_MODIFIERS;
import static org.herald.stage.event.EventWords.NOUN_COMPLEMENT_PREPS;
import static org.herald.stage.event.EventWords.NUMBER_WORDS;
import static org.herald.stage.event.EventWords.PASSIVE_LIGHT_VERBS;
import static org.herald.stage.event.EventWords.PREPS;
import static org.herald.stage.event.EventWords.isAdjective;
import static org.herald.stage.event.EventWords.isQuoteMark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.Sentence;

/**
 * Finds the triggers of one sentence: at each token that may start one, a pattern of the user's verb dictionary
 * (which decides, even that there is no event), else the longest pattern of the built-in lexicon that matches its
 * lemma, form or singular, with the tests that tell a verb or noun trigger from an adjective, a name's word or a
 * noun modifier; then the verb patterns said in the passive with the theme first ("Aid to Sudan was suspended").
 * Marks each trigger's tokens in the coder's masks as it goes. One a sentence, made by its {@link SentenceCoder};
 * not shared between threads.
 */
final class TriggerFinder {
  /** Prepositions of time, which end a pattern's gap: what follows them is when, not what. */
  private static final Set<String> TIME_PREPS = Set.of("after", "before", "since", "until", "following", "during");

  /** Prepositions whose object is what an act is aimed at: "on Hezbollah", "against Taliban". */
  private static final Set<String> TARGET_PREPS = Set.of("on", "against", "at", "toward", "towards");

  /** The sentence's words (lower-case, lemmas, singulars), gathered when first needed; see wordsInSentence. */
  private Set<String> sentenceWords;
  private final EventDoc d;
  private final int lo;
  private final int hi; // exclusive
  /** The user's verb dictionary, consulted before the built-in triggers. */
  private final VerbDictionary verbs;
  private final TriggerLexicon lexicon;
  /** The lexicon's verb heads and the cue verbs: bare words that are verbs ("to withdraw"). */
  private final Set<String> verbLemmas;
  /** The sentence's role rules, for the passives and agents of theme-first patterns. */
  private final RoleFinder finder;
  /** Whether each token of the sentence (from {@code lo}) is in a trigger; filled here. */
  private final boolean[] inTrigger;
  /** Whether each token of the sentence (from {@code lo}) is in a verb trigger; filled here. */
  private final boolean[] inVerbTrigger;

  /**
   * The trigger finder of sentence {@code s} of {@code d}, which marks the triggers it finds in the coder's masks
   * {@code inTrigger} and {@code inVerbTrigger} (indexed from the sentence's first token).
   */
  TriggerFinder(EventDoc d, Sentence s, VerbDictionary verbs, TriggerLexicon lexicon, Set<String> verbLemmas,
      RoleFinder finder, boolean[] inTrigger, boolean[] inVerbTrigger) {
    this.d = d;
    this.lo = s.firstToken();
    this.hi = s.endToken();
    this.verbs = verbs;
    this.lexicon = lexicon;
    this.verbLemmas = verbLemmas;
    this.finder = finder;
    this.inTrigger = inTrigger;
    this.inVerbTrigger = inVerbTrigger;
  }

  List<Trigger> findTriggers() {
    List<Trigger> found = new ArrayList<>();
    for (int i = lo; i < hi; i++) {
      if (!mayTrigger(i)) {
        continue;
      }
      Trigger user = verbs.isEmpty() ? null : userAt(i);
      if (user != null) { // a user verb decides, even that there is no event
        if (!user.dropped) {
          found.add(user);
          for (int k = user.first; k <= user.last; k++) {
            inTrigger[k - lo] = true;
            inVerbTrigger[k - lo] = true;
          }
        }
        i = Math.max(i, user.last);
        continue;
      }
      Trigger best = bestAt(lexicon.startingWith(d.lemma[i]), i, null);
      if (!d.lemma[i].equals(d.lower[i])) {
        best = bestAt(lexicon.startingWith(d.lower[i]), i, best);
      }
      if (best == null && d.singular[i] != null) {
        best = bestAt(lexicon.startingWith(d.singular[i]), i, null);
        if (best != null && !best.nominal && best.pattern.noun()) {
          // the lemmatizer read a plural noun that the trigger's context took for a verb: "Iranian attacks on
          // Kuwait", "Attacks by Kurdish rebels", "the target of Iranian attacks" (issue 6, s8-nouns)
          best.nominal = true;
        } else if (best != null && !best.nominal) {
          best = null; // only the noun: "fired rockets, shells, and drones" has no verb "shell"
        }
      }
      if (best != null && best.pattern.code().equals(TriggerLexicon.NO_EVENT)) {
        i = best.last; // a sense that is no event: its words trigger nothing
        continue;
      }
      if (best != null) {
        found.add(best);
        for (int k = best.first; k <= best.last; k++) {
          inTrigger[k - lo] = true;
          inVerbTrigger[k - lo] = !best.nominal;
        }
        i = best.last;
      }
    }
    if (themeFirstPassives(found)) {
      found.removeIf(t -> t.dropped);
      found.sort(Comparator.comparingInt(t -> t.first));
    }
    return found;
  }

  /**
   * Finds the verb patterns "V * N" said in the passive with the theme first (issue 6, s6-roles): "Sanctions
   * were imposed on Iran by the EU", "Aid to Sudan was suspended", "Talks were held between", "An attack was
   * launched on": the participle is the trigger, the pattern's nouns stand in the noun phrase before its
   * auxiliary, whose own noun trigger it replaces. Returns whether it added one.
   */
  boolean themeFirstPassives(List<Trigger> found) {
    boolean added = false;
    for (int i = lo + 1; i < hi; i++) {
      if (!finder.participleLike(i) || !mayTrigger(i) || lexicon.startingWith(d.lemma[i]).isEmpty()
          && lexicon.startingWith(d.lower[i]).isEmpty() || !finder.isPassive(i)) {
        continue; // the cheap tests first: this runs for every token
      }
      Trigger at = null;
      for (Trigger f : found) {
        if (f.first <= i && i <= f.last) {
          at = f;
        }
      }
      if (at != null && (at.user || at.nominal || at.pattern.literals() > 1)) {
        continue; // a pattern of its own already: "was accused of", a user verb
      }
      int e = i - 1; // the theme's last token: before "will be", "could have been", "were not"
      while (e >= lo && (MODALS_AND_AUX.contains(d.lower[e]) && !d.lower[e].equals("to")
          || d.lower[e].endsWith("ly") || d.lemma[e].equals("be") || d.lemma[e].equals("get"))) {
        e--;
      }
      int ws = e;
      while (ws > lo && ws > e - 8 && !GAP_STOPS.contains(d.lower[ws - 1])
          && !HARD_BOUNDARIES.contains(d.lower[ws - 1])
          && !(inVerbTrigger[ws - 1 - lo] && !d.lemma[ws - 1].equals(d.lower[ws - 1]))) {
        ws--; // but an uninflected "verb" in the subject is a noun: "Aid to Sudan was suspended"
      }
      if (e < lo || e < ws) {
        continue;
      }
      Trigger t = themeFirstAt(i, ws, e, d.lemma[i]);
      if (t == null && !d.lemma[i].equals(d.lower[i])) {
        t = themeFirstAt(i, ws, e, d.lower[i]);
      }
      if (t != null && t.pattern.code().equals(TriggerLexicon.NO_EVENT)) {
        if (at != null) {
          at.dropped = true; // "the targets were met by the ministry": a sense that is no event
        }
        continue;
      }
      if (t == null || !byAgentFollows(t.last + 1) && finder.betweenPair(t.last + 1).isEmpty()) {
        continue; // no doer named: no event of the theme's, and the verb keeps what it had
      }
      if (at != null) {
        at.dropped = true;
      }
      for (Trigger f : found) {
        if (!f.user && f.first <= t.themeStart + t.themeNouns - 1 && f.last >= t.themeStart
            && (!f.nominal || PASSIVE_LIGHT_VERBS.contains(d.lemma[i]))) {
          // "Air strikes were carried out": one act, the verb pattern's; but "the release of hostages was
          // welcomed", "the withdrawal was completed" keep the noun's act, with its own roles
          f.dropped = true;
        }
      }
      for (int k = t.first; k <= t.last; k++) {
        inTrigger[k - lo] = true;
        inVerbTrigger[k - lo] = true;
      }
      found.add(t);
      added = true;
      i = t.last;
    }
    return added;
  }

  /** Whether "by" and an actor within three tokens of it follow token {@code from} in its clause. */
  boolean byAgentFollows(int from) {
    for (int k = from; k < hi && !HARD_BOUNDARIES.contains(d.lower[k]); k++) {
      if (d.lower[k].equals("by")) {
        return finder.actorBetween(k + 1, Math.min(hi, k + 4), List.of());
      }
    }
    return false;
  }

  /**
   * The passive trigger at participle {@code i} of the longest pattern "V … * N …" starting with {@code word}
   * whose nouns stand in tokens {@code [ws, e]}; null when none.
   */
  Trigger themeFirstAt(int i, int ws, int e, String word) {
    for (TriggerLexicon.Pattern p : lexicon.startingWith(word)) {
      String[][] slots = p.slots();
      if (!p.verb() || p.reversed()) {
        continue;
      }
      int gap = 1;
      while (gap < slots.length && slots[gap] != null) {
        gap++;
      }
      if (gap >= slots.length || i + gap - 1 >= hi) {
        continue;
      }
      boolean verbPart = true;
      for (int k = 1; k < gap && verbPart; k++) {
        verbPart = slotMatches(slots[k], i + k, false); // "carried out"
      }
      int nouns = 0;
      while (gap + 1 + nouns < slots.length && slots[gap + 1 + nouns] != null
          && !PREPS.contains(slots[gap + 1 + nouns][0])) {
        nouns++;
      }
      int rest = gap + 1 + nouns;
      if (!verbPart || nouns == 0 || rest < slots.length && (slots[rest] == null || !PREPS.contains(slots[rest][0])
          || rest + 1 < slots.length)) {
        continue; // a second gap, or words after the nouns other than one preposition
      }
      for (int q = ws; q + nouns - 1 <= e; q++) {
        boolean match = true;
        for (int n = 0; n < nouns && match; n++) {
          match = d.actorAt[q + n] < 0 && slotMatches(slots[gap + 1 + n], q + n, true);
        }
        if (match) {
          Trigger t = Trigger.span(i, i + gap - 1);
          t.pattern = p;
          t.code = p.code();
          t.themeStart = q;
          t.themeFrom = ws;
          t.themeNouns = nouns;
          t.themeEnd = e;
          return t;
        }
      }
    }
    return null;
  }

  /**
   * The trigger of a user verb at {@code i}: its heaviest pattern that matches, else the verb's own code; a
   * dropped trigger when the verb codes nothing here; null when no user verb stands at {@code i}.
   */
  Trigger userAt(int i) {
    List<VerbDictionary.Verb> vs = verbs.verbsOf(d.lower[i]);
    if (vs.isEmpty() && !d.lemma[i].equals(d.lower[i])) {
      vs = verbs.verbsOf(d.lemma[i]);
    }
    if (vs.isEmpty()) {
      return null;
    }
    String prev = i > lo ? d.lower[i - 1] : "";
    boolean nounContext = DETS.contains(prev) || GENITIVE.contains(prev)
        || PREPS.contains(prev) && !prev.equals("to") && !d.lower[i].endsWith("ing");
    for (VerbDictionary.Verb v : vs) {
      int first = i - v.pre().length;
      int last = i + v.post().length;
      if (first < lo || last >= hi || !wordsAt(v.pre(), first) || !wordsAt(v.post(), i + 1)) {
        continue;
      }
      Trigger best = null;
      for (VerbDictionary.Pattern p : v.patterns()) {
        if (best != null && p.weight() < best.pattern.literals()) {
          break;
        }
        int end = matchAfter(p, last);
        if (end < 0 || !matchBefore(p, first)) {
          continue;
        }
        if (best == null) {
          best = userTrigger(first, end, p.code(), p.reply(), p.weight());
          best.targetFirst = p.targetFirst();
        }
      }
      if (best != null) {
        return best;
      }
      if (v.code() != null && !nounContext) {
        return userTrigger(first, last, v.code(), v.reply(), 0);
      }
      Trigger none = Trigger.span(first, last);
      none.dropped = true;
      return none;
    }
    return null;
  }

  Trigger userTrigger(int first, int last, String code, String reply, int weight) {
    Trigger t = Trigger.span(first, last);
    t.code = code;
    t.reply = reply;
    t.user = true;
    // PETRARCH codes no event without a target
    t.pattern = new TriggerLexicon.Pattern(new String[][] {{d.lower[first]}}, code, true, false, true, weight,
        false);
    return t;
  }

  /** Whether {@code words} stand at tokens {@code from}, {@code from + 1}, … of the sentence. */
  boolean wordsAt(String[] words, int from) {
    if (from < lo || from + words.length > hi) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!(d.lower[from + k].equals(words[k]) || d.lemma[from + k].equals(words[k]))) {
        return false;
      }
    }
    return true;
  }

  /** The length of an alternative of {@code e} ending at token {@code end}, or -1. */
  int phraseEndingAt(VerbDictionary.Element e, int end) {
    for (String[] alt : e.alternatives()) {
      if (wordsAt(alt, end - alt.length + 1)) {
        return alt.length;
      }
    }
    return -1;
  }

  /**
   * Matches a pattern's words after the verb ending at {@code last}: the last token of the trigger (its last
   * word before any actor or role marker), or -1 when they are not there.
   */
  int matchAfter(VerbDictionary.Pattern p, int last) {
    int pos = last + 1;
    boolean adjacent = p.verbJoined();
    boolean open = false; // a role marker passed: the trigger ends before it
    int end = last;
    for (VerbDictionary.Element e : p.after()) {
      if (e.alternatives() == null) {
        open = true;
        adjacent = false;
        continue;
      }
      int found = -1;
      int len = 0;
      int reach = adjacent ? 0 : open ? 2 * VerbDictionary.MAX_GAP : VerbDictionary.MAX_GAP;
      for (int q = pos; q <= pos + reach && q < hi && found < 0; q++) {
        if (q > pos && (d.lower[q].equals(";") || d.lower[q].equals(":"))) {
          break;
        }
        for (String[] alt : e.alternatives()) {
          if (wordsAt(alt, q)) {
            found = q;
            len = alt.length;
            break;
          }
        }
      }
      if (found < 0) {
        return -1;
      }
      for (int k = pos; k < found && !open; k++) {
        open = d.actorAt[k] >= 0;
      }
      if (!open) {
        end = found + len - 1;
      }
      pos = found + len;
      adjacent = e.adjacentToNext();
    }
    return end;
  }

  /** Whether a pattern's words before the verb stand before token {@code first}, in order. */
  boolean matchBefore(VerbDictionary.Pattern p, int first) {
    int pos = first - 1;
    boolean open = false;
    List<VerbDictionary.Element> before = p.before();
    for (int j = before.size() - 1; j >= 0; j--) {
      VerbDictionary.Element e = before.get(j);
      if (e.alternatives() == null) {
        open = true;
        continue;
      }
      boolean adjacent = e.adjacentToNext() && !open;
      int reach = adjacent ? 0 : open ? 2 * VerbDictionary.MAX_GAP : VerbDictionary.MAX_GAP;
      int found = -1;
      for (int q = pos; q >= pos - reach && q >= lo && found < 0; q--) {
        int len = phraseEndingAt(e, q);
        if (len > 0) {
          found = q - len + 1;
        }
      }
      if (found < 0) {
        return false;
      }
      pos = found - 1;
      open = false;
    }
    return true;
  }

  /** The longest of {@code patterns} (sorted longest first) that matches at {@code i}, or {@code best}. */
  Trigger bestAt(List<TriggerLexicon.Pattern> patterns, int i, Trigger best) {
    for (TriggerLexicon.Pattern p : patterns) {
      if (best != null && p.literals() <= best.pattern.literals()) {
        break;
      }
      if (p.literals() > 1 && !wordsInSentence(p)) {
        continue; // a word it needs is nowhere in the sentence
      }
      Trigger t = tryPattern(p, i);
      if (t != null) {
        return t;
      }
    }
    return best;
  }

  /** Whether token {@code i} may be a trigger word: not inside an actor, not a capitalised name mid-sentence. */
  boolean mayTrigger(int i) {
    if (d.actorAt[i] >= 0) {
      return false;
    }
    char first = d.a.text().charAt(d.a.tokenStart(i)); // no substring: this runs for every token
    if (i > lo && Character.isUpperCase(first) && !isQuoteMark(d.lower[i - 1])) {
      return false;
    }
    return Character.isLetter(first);
  }

  Trigger tryPattern(TriggerLexicon.Pattern p, int start) {
    boolean nominal;
    String prev = start > lo ? d.lower[start - 1] : "";
    // "of expelling", "by arresting": a gerund after a preposition is the verb
    boolean gerund = PREPS.contains(prev) && d.lower[start].endsWith("ing") && p.verb();
    if (p.verb() && !p.noun() && !prev.isEmpty() && Character.isDigit(prev.charAt(0))) {
      return null; // "their 2015 free trade agreement": not the verb
    }
    if (participleAfterVerb(start)) {
      return null; // "pledged to expel exiled leaders", "release arrested journalists": an adjective
    }
    boolean nounContext = DETS.contains(prev) || GENITIVE.contains(prev) || NOMINAL_MODIFIERS.contains(prev)
        && d.actorAt[start - 1] < 0 // "Amnesty International demanded": the end of a name, not a modifier
        || objectNameBefore(start)
        || (PREPS.contains(prev) && !prev.equals("to") && !gerund) || (start > lo && d.actorAt[start - 1] >= 0
        && !p.verb()) || objectOfVerb(start);
    if (p.verb() && p.noun()) {
      nominal = nounContext || compoundHead(start) || (start > lo && d.actorAt[start - 1] >= 0 && !looksVerbal(start))
          // "Attacks on shipping by the Houthis have …": opening a sentence before its complement, a noun
          || start == lo && start + 1 < hi && NOUN_COMPLEMENT_PREPS.contains(d.lower[start + 1])
          || start > lo && d.actorAt[start - 1] < 0 && isAdjective(prev); // "Amnesty International demanded": a name
    } else if (p.noun()) {
      if (MODALS_AND_AUX.contains(prev) && !prev.equals("first")) {
        return null; // "will deal with", "to deal": a verb, not the noun
      }
      nominal = true;
    } else {
      if (DETS.contains(prev) || GENITIVE.contains(prev) || PREPS.contains(prev) && !prev.equals("to")
          && !gerund || compoundHead(start) || objectOfVerb(start) || NUMBER_WORDS.containsKey(prev)
          || objectNameBefore(start)) {
        return null; // "a strike", "the free market", "from pressure", "a mortar bomb", "enjoyed support": no verb
      }
      nominal = false;
    }
    String[][] slots = p.slots();
    int i = start;
    int last = start;
    for (int k = 0; k < slots.length; k++) {
      if (slots[k] == null) {
        continue;
      }
      if (k > 0 && slots[k - 1] == null) { // after a gap: find the next slot within MAX_GAP tokens
        int found = -1;
        int skipped = 0;
        for (int t = i; t < hi; t++) {
          if (GAP_STOPS.contains(d.lower[t]) || HARD_BOUNDARIES.contains(d.lower[t]) || d.lower[t].equals("by")
              || TIME_PREPS.contains(d.lower[t])) {
            // "was hosted by Russia at a summit": the agent, not a gap inside "host … summit"; "sanctions imposed
            // after martial law": a time, not a gap inside "impose … martial law"
            break;
          }
          if (slotMatches(slots[k], t, nominal)) {
            found = t;
            break;
          }
          if (d.lower[t].endsWith("ed") && verbLemmas.contains(d.lemma[t]) && !d.lemma[t].equals(d.lower[t])
              && !DETS.contains(d.lower[t - 1]) && !(t + 1 < hi && slotMatches(slots[k], t + 1, nominal))) {
            // "has rejected offers of talks" is not "have talks"; but "its armed forces" is no verb, nor is
            // the participle right before the slot's noun: "returned looted artefacts"
            break;
          }
          // a name of several words counts once: "accepted an Organization of African Unity peace plan"
          boolean free = t > i && d.actorAt[t] >= 0 && d.actorAt[t] == d.actorAt[t - 1];
          if (!free && ++skipped > TriggerLexicon.MAX_GAP) {
            break;
          }
        }
        if (found < 0) {
          return null;
        }
        i = found;
      } else if (i >= hi || !slotMatches(slots[k], i, nominal) || (k > 0 && d.actorAt[i] >= 0)) {
        return null;
      }
      last = i;
      i++;
    }
    Trigger t = Trigger.span(start, last);
    t.pattern = p;
    t.nominal = nominal;
    t.code = p.code();
    return t;
  }

  /**
   * Whether the plural-looking word at {@code i} follows a name that is the object of "on", "against", "at" or
   * "toward", so heads a noun compound with it (issue 6, s6-roles): "strikes on Hezbollah targets", "raids
   * against Taliban positions"; such a name is no subject of a verb after it.
   */
  boolean objectNameBefore(int i) {
    String w = d.lower[i];
    if (i - 1 < lo || d.actorAt[i - 1] < 0 || !w.endsWith("s") || w.endsWith("ss")) {
      return false;
    }
    int p = d.firstToken(d.actor(d.actorAt[i - 1])) - 1;
    while (p >= lo && DETS.contains(d.lower[p])) {
      p--;
    }
    return p >= lo && TARGET_PREPS.contains(d.lower[p]);
  }

  /**
   * Whether the "-ed" word at {@code i} follows the base form of a verb that is no auxiliary, so qualifies the
   * noun after it: "expel exiled leaders", "release arrested journalists".
   */
  boolean participleAfterVerb(int i) {
    if (i - 1 < lo || !d.lower[i].endsWith("ed") || d.lemma[i].equals(d.lower[i])) {
      return false;
    }
    String prev = d.lower[i - 1];
    return d.lemma[i - 1].equals(prev) && verbLemmas.contains(prev) && !MODALS_AND_AUX.contains(prev)
        && i - 2 >= lo && (d.lower[i - 2].equals("to") || MODALS_AND_AUX.contains(d.lower[i - 2]));
  }

  /**
   * Whether the uninflected word at {@code i} is the object of the inflected verb right before it, which is no
   * auxiliary: "enjoyed support", "drew criticism", "received aid" (two verbs do not follow each other).
   */
  boolean objectOfVerb(int i) {
    if (i - 1 < lo || !d.lemma[i].equals(d.lower[i]) || d.lower[i].endsWith("ing")) {
      return false;
    }
    String prev = d.lower[i - 1];
    String text = d.a.tokenText(i - 1);
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && prev.endsWith("ed")
        && !d.lemma[i - 1].equals(prev) && !MODALS_AND_AUX.contains(prev) && !inTrigger[i - 1 - lo];
  }

  /**
   * Whether the uninflected word at {@code i} heads a noun compound after a determiner: "a mortar bomb", "the
   * air strike", "a border clash" (not "the rebels attack": a plural, or "the army attacked": inflected).
   */
  boolean compoundHead(int i) {
    if (i - 2 < lo || !d.lemma[i].equals(d.lower[i]) || !DETS.contains(d.lower[i - 2])
        || d.actorAt[i - 1] >= 0) {
      return false;
    }
    String prev = d.lower[i - 1];
    String text = d.a.tokenText(i - 1);
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && Character.isLetter(text.charAt(0))
        && d.lemma[i - 1].equals(prev) && !prev.endsWith("ed") && !prev.endsWith("ing")
        && !MODALS_AND_AUX.contains(prev) && !PREPS.contains(prev) && !DETS.contains(prev);
  }

  /** An inflected verb form right after an actor ("Russia attacked") is a verb, not a noun modifier. */
  boolean looksVerbal(int i) {
    String w = d.lower[i];
    return w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss")) || !d.lemma[i].equals(w);
  }

  /**
   * Whether each word slot of {@code p} after its first has a word of the sentence (lower-case, lemma or
   * singular, as {@link #slotMatches} compares): a test much cheaper than matching, with the sentence's words
   * gathered once, when a pattern of several words is first tried.
   */
  boolean wordsInSentence(TriggerLexicon.Pattern p) {
    if (sentenceWords == null) {
      sentenceWords = new HashSet<>(4 * (hi - lo));
      for (int k = lo; k < hi; k++) {
        sentenceWords.add(d.lower[k]);
        sentenceWords.add(d.lemma[k]);
        if (d.singular[k] != null) {
          sentenceWords.add(d.singular[k]);
        }
      }
    }
    String[][] slots = p.slots();
    for (int k = 1; k < slots.length; k++) {
      if (slots[k] == null) {
        continue;
      }
      boolean any = false;
      for (String w : slots[k]) {
        if (sentenceWords.contains(w)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  boolean slotMatches(String[] words, int t, boolean nominal) {
    String w = d.lower[t];
    String lem = d.lemma[t];
    String sg = d.singular[t];
    for (String x : words) {
      if (x.equals(w) || x.equals(sg)) {
        return true;
      }
      if (x.equals(lem)) {
        // a noun is not its -ing or -ed form: "according" is not "accord"
        return !nominal || !(w.endsWith("ing") || w.endsWith("ed")) || x.endsWith("ing") || x.endsWith("ed");
      }
    }
    return false;
  }
}

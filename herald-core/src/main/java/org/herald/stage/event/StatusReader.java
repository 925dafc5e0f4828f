package org.herald.stage.event;

import static org.herald.stage.event.EventWords.CLAIM_NOUNS;
import static org.herald.stage.event.EventWords.CONTROL_VERBS;
import static org.herald.stage.event.EventWords.DETS;
import static org.herald.stage.event.EventWords.GAP_STOPS;
import static org.herald.stage.event.EventWords.HARD_BOUNDARIES;
import static org.herald.stage.event.EventWords.INTENT_CUES;
import static org.herald.stage.event.EventWords.MODALS_AND_AUX;
import static org.herald.stage.event.EventWords.NEGATION_CUES;
import static org.herald.stage.event.EventWords.REPORTING;
import static org.herald.stage.event.EventWords.isQuoteMark;

import java.util.List;
import java.util.Set;
import org.herald.model.Sentence;

/**
 * Reads whether a trigger's act is asserted, intended, hypothetical or negated (issue 6, status round): from its
 * verb group (auxiliaries, modals, cue verbs and "to" before it), the verb whose complement it is ("want the
 * government to withdraw", "refused to rule out sending"), a demand or denial it is the "that" clause of, a yes/no
 * question, a negative subject ("Neither Israel nor Jordan signed"), an "if" clause, and for a noun the words of
 * its clause ("cancelled his trip", "the planned visit"). One reader a sentence, made by its {@link SentenceCoder};
 * not shared between threads.
 */
final class StatusReader {
  /** What the status rules ask of the sentence coder's reading of the sentence. */
  interface Clauses {
    /** The end (exclusive) of the segment that holds token {@code t}: its next comma or clause word. */
    int segmentEnd(int t);

    /** Whether a verb trigger has a token in {@code [from, to)}: another verb a word may belong to. */
    boolean verbTriggerBetween(int from, int to);
  }

  private static final Set<String> INTENT_NOUNS = Set.of("intention", "intentions", "plan", "plans", "intent");
  /** Modals that make a noun after them unasserted: "there should be an investigation" (issue 6, status round). */
  private static final Set<String> NOMINAL_MODALS_BEFORE = Set.of("should", "must", "can");
  /** Adjectives before "to" that belong to the verb group: "would be happy to meet", "are likely to complain". */
  private static final Set<String> READINESS = Set.of("happy", "keen", "likely", "unlikely", "unable",
      "unwilling");
  /** Nouns that "no" before them and "to" after them deny: "no desire to offer", "no reason to negotiate". */
  private static final Set<String> NO_WISH_NOUNS = Set.of("desire", "wish", "reason", "need", "plan", "plans",
      "intention", "interest", "appetite", "mandate", "right", "authority", "power", "attempt", "move");
  private static final Set<String> HYPOTHETICAL_WORDS = Set.of("could", "might", "may", "should", "must", "can",
      "consider", "mull", "weigh", "considering", "considers", "considered", "mulling", "mulls", "mulled",
      "weighing", "weighs");
  /**
   * Auxiliaries and modals that open a yes/no question: "Will Iran accept the offer?" asks, it does not report
   * (issue 6, status round). A wh-question ("Why did Pakistan expel …?") presupposes its act and stays asserted.
   */
  private static final Set<String> QUESTION_OPENERS = Set.of("will", "would", "could", "can", "should", "shall",
      "may", "might", "must", "did", "do", "does", "has", "have", "had", "is", "are", "was", "were");
  /** Nouns before "to" that deny the act after it: "Japan's failure to remove the quota", "its refusal to sign". */
  private static final Set<String> NEGATION_NOUNS = Set.of("failure", "refusal", "reluctance", "unwillingness",
      "inability");
  /** Nouns before "to" that make the act after it intended: "Peru's pledge to send troops", "a plan to withdraw". */
  private static final Set<String> INTENT_NOUNS_TO = Set.of("plan", "plans", "pledge", "pledges", "promise",
      "promises", "vow", "commitment", "intention", "readiness", "willingness", "determination", "bid");
  /** Prepositions of what an act reacts to: "retaliate for the attack", "sanctions over the invasion". */
  private static final Set<String> REACTION_PREPS = Set.of("for", "over");
  /** Question words that, with a modal after them, open a question about an act not done ("why would"). */
  private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "when", "where", "what", "who", "whom",
      "which");
  private static final Set<String> QUESTION_MODALS = Set.of("will", "would", "could", "can", "should", "shall",
      "may", "might", "must");
  /** Nouns of events still to be held: "agreed to a truce", "agreed to talks" commit to them. */
  private static final Set<String> FUTURE_EVENT_NOUNS = Set.of("truce", "ceasefire", "cease-fire", "talks",
      "negotiations", "meeting", "summit", "visit", "referendum", "election", "elections", "withdrawal",
      "exchange", "pullout", "pull-out", "dialogue", "mediation");
  /** Clause openers that negate their subject: "Neither Israel nor Jordan signed", "No country recognised". */
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("neither", "none", "nobody", "no");
  /** Verbs whose object noun's event did not take place: "cancelled his trip", "scrapped the talks". */
  private static final List<String> CANCEL_PREFIXES = List.of("cancel", "scrap", "abandon", "shelve");
  /** Verbs whose object noun's event is put back, still intended: "postponed the visit", "delayed talks". */
  private static final List<String> POSTPONE_PREFIXES = List.of("postpon", "delay");
  private static final Set<String> NOMINAL_INTENT = Set.of("upcoming", "planned", "proposed", "forthcoming",
      "scheduled", "expected", "future", "next", "will", "'ll", "’ll", "shall");
  private static final Set<String> NOMINAL_HYPOTHETICAL = Set.of("possible", "potential", "could", "might",
      "may", "would", "considering", "considers", "mulling", "weighing");
  private static final Set<String> RECIPROCAL = Set.of("jointly", "together", "mutual", "mutually", "bilateral",
      "bilaterally");
  /** Verbs whose "that" clause is demanded or denied, not asserted. */
  private static final Set<String> DEMAND_OR_DENY = Set.of("demand", "urge", "ask", "insist", "deny", "reject",
      "dismiss", "propose", "suggest", "recommend", "request", "refute");

  private final EventDoc d;
  private final int lo;
  private final int hi; // exclusive
  /** The lexicon's verb heads and the cue verbs: bare words that are verbs ("to withdraw"). */
  private final Set<String> verbLemmas;
  private final Clauses clauses;

  /** The status reader of sentence {@code s} of {@code d}. */
  StatusReader(EventDoc d, Sentence s, Set<String> verbLemmas, Clauses clauses) {
    this.d = d;
    this.lo = s.firstToken();
    this.hi = s.endToken();
    this.verbLemmas = verbLemmas;
    this.clauses = clauses;
  }

  /**
   * Whether trigger {@code t} lies in the "that" clause of a demand, a denial or a rejected claim ("demanded
   * that the government release", "rejected suggestions that Beijing was helping"): what is demanded or denied
   * did not happen on the text's word.
   */
  boolean unassertedComplement(Trigger t) {
    for (int k = t.first - 1; k > lo; k--) {
      String w = d.lower[k];
      if (w.equals("that")) {
        String before = d.lower[k - 1];
        return CLAIM_NOUNS.contains(before) || DEMAND_OR_DENY.contains(d.lemma[k - 1])
            && !d.lemma[k - 1].equals(before);
      }
      if (HARD_BOUNDARIES.contains(w) || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The status of trigger {@code t}'s act; {@code previous} is the sentence's last verb trigger before it (whose
   * status a coordinated verb shares), or null; {@code segStart} the first token of {@code t}'s segment.
   */
  EventStatus status(Trigger t, Trigger previous, int segStart) {
    if (unassertedComplement(t) || yesNoQuestion(t.first)) {
      return EventStatus.HYPOTHETICAL;
    }
    EventStatus ruled = ruledOut(t.first);
    if (ruled != null) {
      return ruled; // issue 6, status round: "refused to rule out sending troops" is possible, not refused
    }
    if (outOfTheQuestion(t.last)) {
      return EventStatus.NEGATED; // issue 6, gaps: "said talks with Chile were out of the question"
    }
    if (t.nominal && t.passiveVerb >= 0) { // "sanctions will be announced by": the verb's auxiliaries
      Trigger verb = Trigger.span(t.passiveVerb, t.passiveVerb);
      return status(verb, null, segStart);
    }
    if (t.nominal) {
      return nominalStatus(t, segStart);
    }
    if (t.first - 2 >= lo && d.lower[t.first - 1].equals("of") && INTENT_NOUNS.contains(d.lower[t.first - 2])) {
      // "had no intention of expelling", "plans of building"
      return t.first - 3 >= lo && d.lower[t.first - 3].equals("no") ? EventStatus.NEGATED : EventStatus.INTENDED;
    }
    // issue 6, status round: "left without signing", "stopped short of imposing", "on the verge of signing"
    String before1 = t.first - 1 >= lo ? d.lower[t.first - 1] : "";
    String before2 = t.first - 2 >= lo ? d.lower[t.first - 2] : "";
    if (before1.equals("without") || before1.equals("of") && before2.equals("short")) {
      return EventStatus.NEGATED;
    }
    if (before1.equals("of") && (before2.equals("verge") || before2.equals("brink"))) {
      return EventStatus.INTENDED;
    }
    // the verb group: auxiliaries, adverbs, cue verbs and "to" right before the trigger
    int k = t.first - 1;
    int groupStart = t.first;
    while (k >= lo) {
      String w = d.lower[k];
      String lem = d.lemma[k];
      boolean cue = INTENT_CUES.contains(lem) || INTENT_CUES.contains(w) || NEGATION_CUES.contains(lem)
          || lem.equals("threaten") || lem.equals("help") || lem.equals("try") || lem.equals("attempt")
          || w.equals("due") || w.startsWith("avoid") || HYPOTHETICAL_WORDS.contains(w)
          || READINESS.contains(w) || isQuoteMark(w) || lem.equals("continue") || lem.equals("need")
          || (NEGATION_NOUNS.contains(w) || INTENT_NOUNS_TO.contains(w)) && k + 1 < hi && d.lower[k + 1].equals("to");
      // "refused on Friday to hand over": a date between the cue and "to" stays in the verb group
      boolean date = d.inTimex[k] || w.equals("on") && k + 1 < t.first && d.inTimex[k + 1];
      if (MODALS_AND_AUX.contains(w) || w.endsWith("ly") || cue || date || lem.equals("be") || lem.equals("have")
          || w.equals("going") || w.equals("able") || w.equals("ready")) {
        groupStart = k;
        k--;
        continue;
      }
      break;
    }
    // "agreed to a truce", "pledged to build": a pattern that starts with its own cue and "to" is a commitment
    // (issue 6, status round; the records read an intended cooperative act as AGREE), unless the cue is the act
    // coded: "offered to send" is an intent expressed (03), "sworn to fight" a threat (13), "prepared to resume
    // shelling" a show of force (15), each done as said
    boolean intended = !t.nominal && t.first < t.last && d.lower[t.first + 1].equals("to")
        && (INTENT_CUES.contains(d.lemma[t.first]) || INTENT_CUES.contains(d.lower[t.first]))
        && !t.code.startsWith("03") && !t.code.startsWith("13") && !t.code.startsWith("15") && committedAct(t);
    boolean hypothetical = false;
    boolean negated = negativeSubject(groupStart);
    for (int j = groupStart; j < t.first; j++) {
      String w = d.lower[j];
      String lem = d.lemma[j];
      String next = j + 1 < hi ? d.lower[j + 1] : "";
      if (w.equals("not") || w.equals("n't") || w.equals("n’t") || w.equals("never")
          || w.equals("no") && (next.equals("longer") || INTENT_NOUNS.contains(next))
          || NEGATION_CUES.contains(lem) || w.equals("yet") && next.equals("to") || w.startsWith("avoid")
          || w.equals("cannot") || (w.equals("unable") || w.equals("unwilling")) && next.equals("to")
          || NEGATION_NOUNS.contains(w) && next.equals("to")) { // "Japan's failure to remove the quota"
        negated = true; // "has yet to ratify", "hoped to avoid having to resolve", "was unable to"
      } else if (w.equals("will") || w.equals("'ll") || w.equals("’ll") || w.equals("shall")
          || w.equals("going") && next.equals("to") || (INTENT_CUES.contains(lem) || INTENT_CUES.contains(w))
          && next.equals("to")
          || lem.equals("be") && next.equals("to") || w.equals("due") && next.equals("to")
          || (w.equals("happy") || w.equals("keen")) && next.equals("to")
          || INTENT_NOUNS_TO.contains(w) && next.equals("to")) { // "Peru's pledge to send troops"
        intended = true;
      } else if (w.equals("would")) {
        if (reportedBefore(j)) {
          intended = true;
        } else {
          hypothetical = true;
        }
      } else if (HYPOTHETICAL_WORDS.contains(w) || (w.equals("likely") || w.equals("unlikely")
          || lem.equals("need")) && next.equals("to")) { // "needed to reinforce": a need, not a deed
        hypothetical = true;
      }
    }
    if (!negated && noReasonTo(t.first)) {
      negated = true; // "has no desire to offer more concessions", "no reason to negotiate"
    }
    if (conditionalClause(t.first) || t.controlled || controlledInfinitive(t.first)) {
      hypothetical = true; // "urged Germany to deliver": asked for, not done
    }
    boolean own = false; // adverbs alone ("jointly oppose") do not make a verb group of its own
    for (int j = groupStart; j < t.first; j++) {
      String w = d.lower[j];
      own |= !(w.endsWith("ly") || RECIPROCAL.contains(w) || w.equals("also") || w.equals("then")
          || d.inTimex[j] || w.equals("on"));
    }
    if (!own && !negated && previous != null && previous.code != null && previous.code.startsWith("13")
        && (d.lemma[previous.first].equals("threaten") || d.lemma[previous.first].equals("warn"))
        && sameSubject(previous, t) && coordinated(previous.last + 1, t.first)) {
      // "threatened to impose sanctions and expel its diplomats": the second act is threatened too, not done
      // (issue 6, status round; the records read an intended hostile act as THREATEN)
      return EventStatus.INTENDED;
    }
    if (!own && !negated && !intended && previous != null && previous.status != null
        && sameSubject(previous, t) && !contrastBetween(previous.last + 1, t.first)
        && (previous.status != EventStatus.NEGATED || coordinated(previous.last + 1, t.first))) {
      return previous.status; // "will develop …, jointly oppose … and shape": the head's status
    }
    if (negated) {
      return EventStatus.NEGATED;
    }
    if (hypothetical) {
      return EventStatus.HYPOTHETICAL;
    }
    return intended ? EventStatus.INTENDED : EventStatus.ASSERTED;
  }

  boolean sameSubject(Trigger a, Trigger b) {
    return a.subject != null && b.subject != null && !a.subject.isEmpty() && a.subject.equals(b.subject);
  }

  EventStatus nominalStatus(Trigger t, int segStart) {
    boolean intended = false;
    boolean hypothetical = false;
    boolean negated = false;
    int segEnd = clauses.segmentEnd(t.last);
    // "vowed to retaliate for the U.S. attack": the cue is the reaction's; the act reacted to was done
    int from = reactedTo(t, segStart) ? t.first : segStart;
    for (int j = from; j < segEnd; j++) { // "Putin's visit … will take place": the whole clause
      if (j >= t.first && j <= t.last) {
        continue;
      }
      String w = d.lower[j];
      String next = j + 1 < hi ? d.lower[j + 1] : "";
      if (j > t.last && (w.equals("not") || w.equals("no") || w.equals("never"))) {
        continue; // a negation after the noun is about something else
      }
      if (j < t.first && (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("will"))
          && clauses.verbTriggerBetween(j + 1, t.first)) {
        continue; // "never recognised the annexation": the verb is negated, the annexation happened
      }
      if (j < t.first && (startsWithAny(w, CANCEL_PREFIXES) || d.lemma[j].equals("call") && next.equals("off"))) {
        negated = true; // "cancelled his trip to Ethiopia" (issue 6, status round)
      } else if (j < t.first && startsWithAny(w, POSTPONE_PREFIXES)) {
        intended = true; // "postponed the visit": put back, still planned
      } else if (NOMINAL_INTENT.contains(w) || w.equals("ahead") && next.equals("of")
          || INTENT_CUES.contains(d.lemma[j]) && next.equals("to")) {
        intended = true;
      } else if (NOMINAL_HYPOTHETICAL.contains(w) || j < t.first && NOMINAL_MODALS_BEFORE.contains(w)) {
        hypothetical = true;
      } else if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no")
          || NEGATION_CUES.contains(d.lemma[j])) {
        negated = true;
      }
    }
    if (conditionalClause(t.first)) {
      hypothetical = true;
    }
    return negated ? EventStatus.NEGATED : hypothetical ? EventStatus.HYPOTHETICAL
        : intended ? EventStatus.INTENDED : EventStatus.ASSERTED;
  }

  /**
   * Whether noun trigger {@code t} is what a verb before it reacts to: after "for" or "over" (and its determiners
   * and actors), with a verb trigger between the segment's start and that word ("vowed to retaliate for the U.S.
   * attack", "threatened sanctions over the invasion").
   */
  boolean reactedTo(Trigger t, int segStart) {
    int p = t.first - 1;
    while (p >= segStart && (DETS.contains(d.lower[p]) || d.actorAt[p] >= 0 || d.lower[p].equals("'s"))) {
      p--;
    }
    return p > segStart && REACTION_PREPS.contains(d.lower[p]) && clauses.verbTriggerBetween(segStart, p);
  }

  /**
   * Whether token {@code tok} is in a question that asserts nothing: the sentence ends with "?" and the clause that
   * holds the token (from the sentence start or the last colon, after opening quotes) opens with an auxiliary or a
   * modal ("Will Chile sign?"), or with a question word and a modal ("Why would Chile ever sign?"); a question word
   * and a past or present auxiliary ("Why did Chile sign?") takes the act as done.
   */
  boolean yesNoQuestion(int tok) {
    int end = hi - 1;
    while (end > tok && isQuoteMark(d.lower[end])) {
      end--;
    }
    if (end <= tok || !d.lower[end].equals("?")) {
      return false;
    }
    int start = lo;
    for (int k = tok - 1; k >= lo; k--) {
      if (d.lower[k].equals(":")) {
        start = k + 1;
        break;
      }
    }
    while (start < tok && isQuoteMark(d.lower[start])) {
      start++;
    }
    return QUESTION_OPENERS.contains(d.lower[start])
        || start + 1 < tok && QUESTION_WORDS.contains(d.lower[start]) && QUESTION_MODALS.contains(d.lower[start + 1]);
  }

  /**
   * Whether the "to" of a cue that opens trigger {@code t} leads to an act still to come: a verb ("agreed to
   * withdraw") or a noun of an event to be held ("agreed to a truce", "to talks"); not a thing agreed to, which is
   * yielding now ("agreed to the opposition's demands", CAMEO 083).
   */
  boolean committedAct(Trigger t) {
    int k = t.first + 2;
    if (k > t.last) {
      return true;
    }
    if (d.lemma[k].equals(d.lower[k]) && verbLemmas.contains(d.lower[k])) {
      return true; // a bare verb: "to withdraw"; "to demands" is a noun
    }
    for (int j = k; j <= t.last; j++) {
      if (FUTURE_EVENT_NOUNS.contains(d.lower[j])) {
        return true;
      }
    }
    return false;
  }

  /** Whether "no" + a noun of wish or need + "to" open token {@code tok}: "has no desire to offer". */
  boolean noReasonTo(int tok) {
    return tok - 3 >= lo && d.lower[tok - 1].equals("to") && NO_WISH_NOUNS.contains(d.lower[tok - 2])
        && d.lower[tok - 3].equals("no");
  }

  /**
   * Whether token {@code tok} is the "to" verb of another's wish or order with its own object between: "want the
   * government to withdraw", "failed to persuade China to lift" (asked for, not done; issue 6, status round).
   */
  boolean controlledInfinitive(int tok) {
    if (tok - 3 < lo || !d.lower[tok - 1].equals("to")) {
      return false;
    }
    for (int k = tok - 3; k >= Math.max(lo, tok - 10); k--) {
      String w = d.lower[k];
      if (GAP_STOPS.contains(w) || HARD_BOUNDARIES.contains(w) || MODALS_AND_AUX.contains(w) || w.equals("and")
          || w.equals("why") || w.equals("how")) {
        return false;
      }
      if (CONTROL_VERBS.contains(d.lemma[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens [from, to) hold "and", "or" or a comma: a verb coordinated with the one before shares its
   * negation; one inside its complement ("denied being leant on to make the case for invading") does not, though
   * it shares a plan ("promising to sign an accord recognising").
   */
  boolean coordinated(int from, int to) {
    for (int k = Math.max(lo, from); k < Math.min(hi, to); k++) {
      String w = d.lower[k];
      if (w.equals("and") || w.equals("or") || w.equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Whether "but" or "yet" lies in tokens [from, to): "called on them to meet, but vowed to stay" is two acts. */
  boolean contrastBetween(int from, int to) {
    for (int k = Math.max(lo, from); k < Math.min(hi, to); k++) {
      if (d.lower[k].equals("but") || d.lower[k].equals("yet")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The status an act after "rule out" has, or null when none is before it: negated when ruled out ("ruled out
   * sending troops"), possible when ruling it out is refused or denied ("refused to rule out sending troops").
   */
  EventStatus ruledOut(int tok) {
    int k = tok - 1;
    while (k > lo && (d.lower[k].equals("any") || d.lower[k].equals("a") || d.lower[k].equals("the"))) {
      k--;
    }
    if (k - 1 < lo || !d.lower[k].equals("out") || !d.lemma[k - 1].equals("rule")
        && !d.lower[k - 1].startsWith("rul")) {
      return null;
    }
    for (int j = k - 2; j >= Math.max(lo, k - 6); j--) {
      String w = d.lower[j];
      if (w.equals("not") || w.equals("n't") || w.equals("n’t") || w.equals("never")
          || NEGATION_CUES.contains(d.lemma[j]) || w.equals("cannot")) {
        return EventStatus.HYPOTHETICAL;
      }
      if (GAP_STOPS.contains(w) || HARD_BOUNDARIES.contains(w)) {
        break;
      }
    }
    return EventStatus.NEGATED;
  }

  /**
   * Whether the act ending at token {@code last} is the subject of "be out of the question" or "be off the table"
   * in its own clause ("talks with Chile were out of the question"): the act is refused, read as negated.
   */
  boolean outOfTheQuestion(int last) {
    for (int k = last + 1; k < hi && k <= last + 8; k++) {
      String w = d.lower[k];
      if (GAP_STOPS.contains(w) || HARD_BOUNDARIES.contains(w) || w.equals(",") || w.equals(";")) {
        return false;
      }
      if (d.lemma[k].equals("be")) {
        int j = k + 1;
        if (d.lower[j].equals("now") || d.lower[j].equals("simply") || d.lower[j].equals("completely")) {
          j++;
        }
        return j + 3 < hi && d.lower[j].equals("out") && d.lower[j + 1].equals("of")
            && d.lower[j + 2].equals("the") && d.lower[j + 3].equals("question")
            || j + 2 < hi && d.lower[j].equals("off") && d.lower[j + 1].equals("the")
            && d.lower[j + 2].equals("table");
      }
    }
    return false;
  }

  boolean startsWithAny(String w, List<String> prefixes) {
    for (String p : prefixes) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause before token {@code groupStart} (back to a comma, a semicolon, "and", "but" or a clause
   * word) opens with a negative subject: "Neither Israel nor Jordan signed", "None of the Gulf states condemned".
   */
  boolean negativeSubject(int groupStart) {
    int k = groupStart - 1;
    while (k > lo && !(HARD_BOUNDARIES.contains(d.lower[k - 1]) || d.lower[k - 1].equals(",")
        || d.lower[k - 1].equals("and") || d.lower[k - 1].equals("but"))) {
      k--;
    }
    if (k < lo || k >= groupStart || !NEGATIVE_SUBJECTS.contains(d.lower[k])) {
      return false;
    }
    String next = k + 1 < hi ? d.lower[k + 1] : "";
    return !(d.lower[k].equals("no") && (next.equals("longer") || next.equals("doubt") || next.equals("sooner")));
  }

  boolean reportedBefore(int j) {
    for (int k = lo; k < j; k++) {
      if (REPORTING.contains(d.lemma[k]) && !d.lemma[k].equals(d.lower[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause of token {@code tok} opens with "if" or "unless". */
  boolean conditionalClause(int tok) {
    for (int k = tok - 1; k >= lo; k--) {
      String w = d.lower[k];
      if (w.equals("if") || w.equals("unless")) {
        return true;
      }
      if (HARD_BOUNDARIES.contains(w) || w.equals(";")) {
        return false;
      }
    }
    return false;
  }
}

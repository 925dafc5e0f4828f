package org.herald.stage.event;

import static org.herald.stage.event.EventDoc.participant;
import static org.herald.stage.event.EventWords.ADJUNCT_STARTS;
import static org.herald.stage.event.EventWords.AGENT_MODIFIERS;
import static org.herald.stage.event.EventWords.CLAIM_NOUNS;
import static org.herald.stage.event.EventWords.CLAUSE_CONJUNCTIONS;
import static org.herald.stage.event.EventWords.COMPOUND_HEADS;
import static org.herald.stage.event.EventWords.CONTROL_VERBS;
import static org.herald.stage.event.EventWords.DETS;
import static org.herald.stage.event.EventWords.GAP_STOPS;
import static org.herald.stage.event.EventWords.GENITIVE;
import static org.herald.stage.event.EventWords.HARD_BOUNDARIES;
import static org.herald.stage.event.EventWords.MODALS_AND_AUX;
import static org.herald.stage.event.EventWords.NOMINAL_MODIFIERS;
import static org.herald.stage.event.EventWords.NOUN_COMPLEMENT_PREPS;
import static org.herald.stage.event.EventWords.NUMBER_WORDS;
import static org.herald.stage.event.EventWords.OBLIQUE_PREPS;
import static org.herald.stage.event.EventWords.PREPS;
import static org.herald.stage.event.EventWords.REGION_WORDS;
import static org.herald.stage.event.EventWords.REPORTING;
import static org.herald.stage.event.EventWords.isAdjective;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Sentence;
import org.herald.stage.actor.Actor;
import org.herald.stage.quote.Quote;

/**
 * Finds the roles of a trigger in one sentence by word positions (no parser): the subject before a verb
 * ({@link #subjectBefore}: compounds, appositions, reporting and controlling verbs, "they" and "the two countries"),
 * the objects after it ({@link #targetsAfter}), the agent of a passive ({@link #agentAfter}, {@link #byAfter}), the
 * source of a noun ({@link #nominalSource}: possessors, "by" and "of" agents, light verbs' subjects), the pair of
 * "between", the speaker of a quote, and the clause tests they share (passives, clause openers, conditions).
 * Results are actor indices of its {@link EventDoc}. One a sentence, made by its {@link SentenceCoder}, which fills
 * the trigger masks it reads; not shared between threads.
 */
final class RoleFinder {
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
  /** Nouns whose addressee does the next "to" verb: "permission to Russia to help", "calls for Israel to go". */
  private static final Set<String> CONTROL_NOUNS = Set.of("permission", "call", "calls", "appeal", "appeals",
      "invitation", "request", "requests", "order", "orders", "pressure", "plea", "pleas", "ultimatum");
  /** Nouns after a demonym that make it a place: "on the Thai border". */
  private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier", "coast", "side");
  /** Forms of "stand", a passive's auxiliary in "stands accused of". */
  private static final Set<String> STAND = Set.of("stand", "stands", "stood", "standing");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us");
  /** Nouns that with "our"/"my" inside a quote name the speaker's side: "our government will respond". */
  private static final Set<String> OWN_SIDE = Set.of("country", "nation", "government", "people", "side", "state",
      "administration", "army", "forces", "troops", "military", "party", "ministry");
  /** Nouns of what a party has or is, whose "of" names their owner: "the rights of Palestinians". */
  private static final Set<String> OWNED_NOUNS = Set.of("rights", "interests", "sovereignty", "independence",
      "cause", "territory", "territorial", "integrity", "security", "borders", "people", "leadership", "leaders",
      "government", "embassy", "embassies", "citizens", "nationals", "position", "positions", "stance",
      // what an attack hits of its target: "set fire to the offices of the Palestinian administrators"
      "office", "offices", "headquarters", "home", "homes", "house", "houses", "property", "properties",
      "residence", "compound", "base", "bases", "camp", "camps", "convoy", "convoys", "vehicles", "outpost",
      "outposts");
  /** Words of a country's mission abroad: "outside the Pakistani embassy". */
  private static final Set<String> EMBASSY_WORDS = Set.of("embassy", "embassies", "consulate", "consulates");
  /** Verbs whose "that" clause names their target: "demanded that Israel stop". */
  private static final Set<String> THAT_TARGET = Set.of("demand", "urge", "ask", "insist", "warn", "threaten");
  private static final Set<String> COUNTRY_WORDS = Set.of("countries", "sides", "nations", "states", "parties",
      "governments", "leaders", "neighbours", "neighbors", "delegations", "militaries", "armies", "allies");
  /** Nouns of a part or a number of a group: "a group of diplomats", "members of the council", "thousands of". */
  private static final Set<String> PARTITIVES = Set.of("group", "groups", "members", "member", "thousands",
      "hundreds", "dozens", "scores", "millions", "tens", "team", "number", "some", "many", "most", "several",
      "representatives", "delegation", "contingent", "unit", "units", "crowd", "crowds", "band", "gang");
  /** Verbs whose object noun names the act their subject does: "announced a suspension", "began a strike". */
  private static final Set<String> LIGHT_VERBS = Set.of("announce", "launch", "begin", "start", "issue", "stage",
      "hold", "declare", "conduct", "mount", "order", "make", "carry", "undertake", "lead", "initiate", "resume",
      "continue", "complete", "pay", "give", "lodge", "file", "impose", "deliver");
  /** Participles that with "in" say what the subject does: "were engaged in fighting", "is involved in talks". */
  private static final Set<String> STATE_PARTICIPLES = Set.of("engaged", "involved", "embroiled", "locked",
      "entangled");
  /** Past participles spelt as their verb, passive after "be": "aid was cut by", "a curfew was set". */
  private static final Set<String> SAME_FORM_PARTICIPLES = Set.of("cut", "hit", "set", "put", "shut", "cast",
      "quit", "spread", "upset");
  /** Words before "target" that leave it the same: "a frequent target of", "regular targets for". */
  private static final Set<String> TARGET_MODIFIERS = Set.of("main", "frequent", "prime", "regular", "favourite",
      "favorite", "likely", "chief", "principal", "primary", "easy", "repeated");
  /** Prepositions that make a noun phrase an adverbial of its clause: "during talks with", "under pressure". */
  private static final Set<String> ADJUNCT_PREPS = Set.of("during", "after", "before", "following", "in", "at",
      "on", "upon", "amid", "under", "with", "despite");
  /** Nouns of what an act is aimed at, whose bearer the act is done to: "Kuwait was the target of attacks". */
  private static final Set<String> TARGET_NOUNS = Set.of("target", "targets", "victim", "victims");
  /** Nouns of moving or gathering whose "of" names who does it: "the visit of the minister", "the withdrawal of". */
  private static final Set<String> OF_AGENT_NOUNS = Set.of("visit", "visits", "trip", "trips", "tour", "tours",
      "withdrawal", "withdrawals", "pullout", "pull-out", "arrival", "departure", "protest", "protests",
      "demonstration", "demonstrations", "rally", "rallies", "march", "marches");

  private final EventDoc d;
  private final Sentence s;
  private final int lo;
  private final int hi; // exclusive
  /** The lexicon's verb heads and the cue verbs: bare words that are verbs ("to withdraw"). */
  private final Set<String> verbLemmas;
  /** Whether each token of the sentence (from {@code lo}) is in a trigger; filled by the coder. */
  private final boolean[] inTrigger;
  /** Whether each token of the sentence (from {@code lo}) is in a verb trigger; filled by the coder. */
  private final boolean[] inVerbTrigger;

  /**
   * The role finder of sentence {@code s} of {@code d}, reading the coder's trigger masks {@code inTrigger} and
   * {@code inVerbTrigger} (indexed from the sentence's first token) as they are filled.
   */
  RoleFinder(EventDoc d, Sentence s, Set<String> verbLemmas, boolean[] inTrigger, boolean[] inVerbTrigger) {
    this.d = d;
    this.s = s;
    this.lo = s.firstToken();
    this.hi = s.endToken();
    this.verbLemmas = verbLemmas;
    this.inTrigger = inTrigger;
    this.inVerbTrigger = inVerbTrigger;
  }

  boolean isPassive(int first) {
    int k = first - 1;
    while (k >= lo && (d.lower[k].endsWith("ly") || d.lower[k].equals("not") || d.lower[k].equals("also")
        || d.lower[k].equals("reportedly") || d.lower[k].equals("being"))) {
      k--;
    }
    if (k < lo) {
      return false;
    }
    boolean be = d.lemma[k].equals("be") && !d.lower[k].equals("being") || d.lemma[k].equals("get")
        || STAND.contains(d.lower[k]) && d.lower[first].equals("accused"); // "stood accused of war crimes by X"
    if (!be) {
      return false;
    }
    String w = d.lower[first];
    if (first + 1 < hi && d.lower[first + 1].equals("in") && STATE_PARTICIPLES.contains(w)) {
      return false; // "were engaged in ethnic cleansing", "is involved in talks": a state of the subject's doing
    }
    return participleLike(first);
  }

  /** Whether the word at {@code i} can be a past participle ("imposed", "taken", "shown", "cut", "held"). */
  boolean participleLike(int i) {
    String w = d.lower[i];
    return w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || SAME_FORM_PARTICIPLES.contains(w)
        || (!d.lemma[i].equals(w) && !w.endsWith("s") && !w.endsWith("ing"));
  }

  /** The actor after "from" in the clause from token {@code from} (with those joined to it); empty when none. */
  List<Integer> fromActor(int from) {
    for (int k = from; k < hi && !HARD_BOUNDARIES.contains(d.lower[k]) && !d.lower[k].equals(","); k++) {
      if (d.lower[k].equals("from")) {
        int j = skipDets(k + 1);
        return j < hi && d.actorAt[j] >= 0 ? compoundFrom(d.actorAt[j]) : List.of();
      }
    }
    return List.of();
  }

  /** The actor after "by" in the clause after a passive verb. */
  List<Integer> agentAfter(int from) {
    for (int k = from; k < hi && !HARD_BOUNDARIES.contains(d.lower[k]); k++) {
      if (d.lower[k].equals("by")) {
        int j = skipDets(k + 1);
        if (j < hi && d.actorAt[j] >= 0) {
          return compoundFrom(d.actorAt[j]);
        }
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * The country an expulsion names right after its passive verb, which is who expels (issue 6): "two Iranian
   * diplomats were expelled from Germany"; empty for other acts, or when what follows "from" is no country or
   * government ("expelled from the party").
   */
  List<Integer> expellingCountry(Trigger t) {
    boolean expulsion = t.code.equals("161") || t.code.startsWith("166") || t.code.equals("174");
    int k = t.last + 1;
    if (!expulsion || k >= hi || !d.lower[k].equals("from")) {
      return List.of();
    }
    int j = skipDets(k + 1);
    if (j >= hi || d.actorAt[j] < 0) {
      return List.of();
    }
    Actor a = d.actor(d.actorAt[j]);
    return a.country() != null && (a.code().equals(a.country()) || a.code().equals(a.country() + "GOV"))
        ? List.of(d.actorAt[j]) : List.of();
  }

  int skipDets(int k) {
    while (k < hi && (DETS.contains(d.lower[k]) || AGENT_MODIFIERS.contains(d.lower[k]))) {
      k++;
    }
    return k;
  }

  /**
   * The subject actor(s) of a verb trigger: the nearest subject-like actor before it in its clause. Sets
   * {@code t.subjectEnd} to the subject's last token, or -2 when the subject is "we"/"I" (the quote's speaker).
   */
  List<Integer> subjectBefore(Trigger t) {
    int k = t.first - 1;
    while (k >= lo) {
      String w = d.lower[k];
      int act = d.actorAt[k];
      if (act >= 0) {
        Actor a = d.actor(act);
        int first = Math.max(lo, d.firstToken(a));
        if (isSubjectLike(first) || opensClause(first) && onlyVerbGroup(k + 1, t.first)) {
          int head = appositionHead(first, k, t.first);
          if (head >= 0) { // "Pakistan, a key U.S. ally in the war, has refused": Pakistan
            t.subjectEnd = d.lastToken(d.actor(head));
            return compoundEndingAt(head);
          }
          t.subjectEnd = k;
          return compoundEndingAt(act);
        }
        if (controlledBy(first, t)) { // "urged Germany and other allies to deliver": Germany delivers
          t.subjectEnd = k;
          t.controlled = true;
          return compoundFrom(act);
        }
        k = first - 1;
        continue;
      }
      if (HARD_BOUNDARIES.contains(w)) {
        if (w.equals("who") || w.equals("which") || w.equals("that")) { // relative clause: its antecedent
          int j = k - 1;
          if (j >= lo && d.lower[j].equals(",")) {
            j--;
          }
          // "Venezuelan opposition leaders, who …": the actor of a demonym before the noun phrase's head
          for (int head = j; j >= lo && j > head - 3 && d.actorAt[j] < 0 && w.equals("who")
              && Character.isLowerCase(d.a.tokenText(j).charAt(0)) && Character.isLetter(d.lower[j].charAt(0))
              && !DETS.contains(d.lower[j]) && !PREPS.contains(d.lower[j]) && !inTrigger[j - lo]; ) {
            j--;
          }
          if (j >= lo && d.actorAt[j] >= 0) {
            t.subjectEnd = j;
            return compoundEndingAt(d.actorAt[j]);
          }
        }
        return List.of();
      }
      // "us", not "US relations": the country's abbreviation, which the name stage may leave untagged
      if (FIRST_PERSON.contains(w) && !(w.equals("us") && !d.a.tokenText(k).equals("us"))
          || (OWN_SIDE.contains(w) && k > lo
          && (d.lower[k - 1].equals("our") || d.lower[k - 1].equals("my")))) {
        t.subjectEnd = -2;
        return List.of();
      }
      // "Both governments agreed": "both" may open the sentence; "both men" (two leaders) only with "both"
      // (issue 6, actor round 2)
      boolean both = k - 1 >= lo && d.lower[k - 1].equals("both");
      if ((COUNTRY_WORDS.contains(w) || both && w.equals("men")) && (both || k - 2 >= lo)
          && isSubjectLike(both ? k - 1 : k - 2)) {
        List<Integer> group = groupAt(k, w.equals("men") || k - 2 < lo);
        if (!group.isEmpty()) {
          t.subjectEnd = k;
          return group;
        }
      }
      if (SUBJECT_PRONOUNS.contains(w)) {
        int resolved = d.actorOfEntityAt(k);
        if (resolved < 0) {
          resolved = reportingSubject(k);
        }
        if (resolved >= 0) {
          t.subjectEnd = k;
          // "Obama and Putin said they will attack": "they" is the whole compound
          return w.equals("they") ? compoundEndingAt(resolved) : List.of(resolved);
        }
        if (w.equals("they") && s.index() - d.lastPluralSentence <= 2 && !d.lastPlural.isEmpty()) {
          t.subjectEnd = k;
          return d.lastPlural; // "But they did not sign": the plural subject just before
        }
        return List.of(); // a subject we cannot name
      }
      k--;
    }
    return List.of();
  }

  /**
   * The actor an apposition holding tokens {@code [first, last]} describes, or -1: ", a/an/the …" right after
   * an actor and closed by a comma before the verb at {@code verb}.
   */
  int appositionHead(int first, int last, int verb) {
    boolean closed = false;
    for (int k = last + 1; k < verb; k++) {
      closed |= d.lower[k].equals(",");
    }
    if (!closed) {
      return -1;
    }
    int c = first - 1;
    for (int steps = 0; c >= lo && steps < 4 && !d.lower[c].equals(","); steps++) {
      c--;
    }
    if (c - 1 < lo || !d.lower[c].equals(",") || c + 1 >= hi
        || !(d.lower[c + 1].equals("a") || d.lower[c + 1].equals("an") || d.lower[c + 1].equals("the"))) {
      return -1;
    }
    return d.actorAt[c - 1];
  }

  /** Whether the actor at {@code first} is the object of a control verb whose "to" verb is {@code t}. */
  boolean controlledBy(int first, Trigger t) {
    if (t.first - 1 < lo || !d.lower[t.first - 1].equals("to")) {
      return false;
    }
    int p = first - 1;
    if (p >= lo && (d.lower[p].equals("on") || d.lower[p].equals("upon"))) {
      p--;
    }
    // "gave permission to Russia to help", "calls for Israel to withdraw": the noun's addressee acts
    boolean noun = p - 1 >= lo && (d.lower[p].equals("to") || d.lower[p].equals("for"))
        && CONTROL_NOUNS.contains(d.lower[p - 1]);
    if (!noun && (p < lo || !CONTROL_VERBS.contains(d.lemma[p]) || d.lemma[p].equals(d.lower[p])
        && !d.lower[p].equals("urge"))) {
      return false;
    }
    for (int k = first; k < t.first - 1; k++) {
      if (GAP_STOPS.contains(d.lower[k]) && !d.lower[k].equals(",") || HARD_BOUNDARIES.contains(d.lower[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the actor at {@code first} follows a clause-opening conjunction: "after New Delhi accused". */
  boolean opensClause(int first) {
    int p = first - 1;
    while (p >= lo && DETS.contains(d.lower[p])) {
      p--;
    }
    return p >= lo && CLAUSE_CONJUNCTIONS.contains(d.lower[p]);
  }

  /** Whether tokens [from, to) are only auxiliaries, negation and adverbs. */
  boolean onlyVerbGroup(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = d.lower[k];
      if (!(MODALS_AND_AUX.contains(w) || w.endsWith("ly"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the two countries", "both sides", "the three countries": the article's two (three) most mentioned
   * countries, as implicit actors on the noun phrase ending at {@code k}; empty when not such a phrase.
   */
  List<Integer> groupAt(int k) {
    return groupAt(k, false);
  }

  /**
   * As {@link #groupAt(int)}; with {@code compoundOnly}, only an earlier compound of that size ("Peru and Chile
   * met … Both men signed"), never the article's most mentioned countries, which in domestic news are rarely
   * the two meant ("both sides were granted permission to appeal"; issue 6, actor round 2).
   */
  List<Integer> groupAt(int k, boolean compoundOnly) {
    if (k - 1 < lo) {
      return List.of();
    }
    Integer size = NUMBER_WORDS.get(d.lower[k - 1]);
    if (size == null || !(d.lower[k - 1].equals("both") || k - 2 >= lo && (d.lower[k - 2].equals("the")
        || POSSESSIVES.contains(d.lower[k - 2])))) {
      return List.of();
    }
    List<Integer> earlier = d.compounds.get(size);
    if (earlier != null) {
      return earlier; // "France and Britain signed … The two governments also agreed"
    }
    if (compoundOnly || d.topCountries.size() < size) {
      return List.of();
    }
    List<Integer> group = new ArrayList<>();
    int start = d.a.tokenStart(k - 1);
    int end = d.a.tokenEnd(k);
    for (int i = 0; i < size; i++) {
      group.add(d.countryActor(d.topCountries.get(i), "", start, end));
    }
    return group;
  }

  /** "the ministry said it had expelled": the subject of the reporting verb just before a pronoun, or -1. */
  int reportingSubject(int k) {
    int j = k - 1;
    if (j >= lo && d.lower[j].equals("that")) {
      j--;
    }
    while (j >= lo && (d.inTimex[j] || d.lower[j].equals("on"))) {
      j--; // "said on Friday they would", "said today it had expelled"
    }
    if (j < lo || !REPORTING.contains(d.lemma[j]) || d.lemma[j].equals(d.lower[j])) {
      return -1;
    }
    for (int i = j - 1; i >= lo; i--) {
      if (d.actorAt[i] >= 0) {
        int first = Math.max(lo, d.firstToken(d.actor(d.actorAt[i])));
        if (isSubjectLike(first)) {
          return d.actorAt[i];
        }
        i = first;
      } else if (d.lower[i].equals(",") && i == j - 1) {
        int open = i - 1; // "The NUT, the umbrella union for teachers, announced that it": skip the apposition
        while (open >= lo && !d.lower[open].equals(",") && i - open < 10) {
          open--;
        }
        if (open > lo && d.lower[open].equals(",") && DETS.contains(d.lower[open + 1])
            && d.actorAt[open - 1] >= 0) {
          return d.actorAt[open - 1];
        }
      } else if (d.lower[i].equals(";") || d.lower[i].equals(",") && i < j - 1) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the actor starting at token {@code first} stands where a subject does (not after a preposition or verb). */
  boolean isSubjectLike(int first) {
    int p = first - 1;
    // "of southern Serbia", "in the east of Ukraine": a region word is as good as a determiner
    while (p >= lo && (DETS.contains(d.lower[p]) || REGION_WORDS.contains(d.lower[p]))
        && !HARD_BOUNDARIES.contains(d.lower[p])) {
      p--;
    }
    if (p < lo || HARD_BOUNDARIES.contains(d.lower[p])) {
      return true; // first in its clause: "that the Soviet army helped"
    }
    String w = d.lower[p];
    if (w.equals("and") || w.equals("or")) {
      int q = p - 1;
      if (q >= lo && d.lower[q].equals(",")) {
        q--;
      }
      if (q >= lo && d.actorAt[q] >= 0) {
        return isSubjectLike(Math.max(lo, d.firstToken(d.actor(d.actorAt[q]))));
      }
      return true;
    }
    if (w.equals("of") && p - 1 >= lo && PARTITIVES.contains(d.lower[p - 1])) {
      return isSubjectLike(p - 1); // "a group of Moroccan diplomats held", "thousands of Nigerians marched"
    }
    if (GENITIVE.contains(w) && p - 1 >= lo && isCapitalisedWord(p - 1) && d.actorAt[p - 1] < 0) {
      int q = p - 1; // "Osama bin Laden's al-Qaeda network threatened": the possessor's place decides
      while (q - 1 >= lo && (isCapitalisedWord(q - 1) || d.lower[q - 1].equals("bin")
          || d.lower[q - 1].equals("al")) && d.actorAt[q - 1] < 0) {
        q--;
      }
      return isSubjectLike(q);
    }
    if (PREPS.contains(w) || GENITIVE.contains(w)) {
      return false;
    }
    if (REPORTING.contains(d.lemma[p]) && !d.lemma[p].equals(w) && !d.lemma[p].equals("tell")
        && !d.lemma[p].equals("warn")) {
      return true; // "said Indian forces had opened fire": the subject of the reported clause
    }
    if (inTrigger[p - lo] && p == first - 1 && (p == lo || DETS.contains(d.lower[p - 1]))
        && !MODALS_AND_AUX.contains(w)) {
      return isSubjectLike(p); // "Riot police in Khartoum arrested", "Striking workers blocked": a modifier
    }
    if (inTrigger[p - lo] || (verbLemmas.contains(d.lemma[p]) && !MODALS_AND_AUX.contains(w)
        && !d.lemma[p].equals("be") && Character.isLowerCase(d.a.tokenText(p).charAt(0)))) {
      return false; // the object of a verb
    }
    return true;
  }

  /**
   * The actor {@code last} and those joined to it before by "and"/"or"/"nor"/",": "Russia and North Korea",
   * "Neither Israel nor Jordan".
   */
  List<Integer> compoundEndingAt(int last) {
    List<Integer> list = new ArrayList<>();
    list.add(last);
    int k = d.firstToken(d.actor(last)) - 1;
    while (k >= lo) {
      int j = k;
      for (int titles = 0; titles < 3 && j > lo && d.actorAt[j] < 0 && isCapitalisedWord(j); titles++) {
        j--; // "Gaddafi and Bulgarian President Todor Zhivkov": a title and demonym before the name
      }
      if (j < lo || !(d.lower[j].equals("and") || d.lower[j].equals(",") || d.lower[j].equals("nor"))) {
        j = k;
      }
      for (int mods = 0; j >= lo && mods < 3 && (DETS.contains(d.lower[j]) && !d.lower[j].equals("both")
          || modifierWord(j) && !d.lower[j].equals("nor")); mods++) {
        j--; // "Fornost and the evil awful Gondor"
      }
      if (j < lo || !(d.lower[j].equals("and") || d.lower[j].equals("or") || d.lower[j].equals(",")
          || d.lower[j].equals("nor"))) { // "Neither Israel nor Jordan signed": both are sources
        break;
      }
      boolean commaOnly = d.lower[j].equals(",");
      j--;
      if (j >= lo && d.lower[j].equals(",")) {
        j--;
      }
      if (j < lo || d.actorAt[j] < 0 || list.contains(d.actorAt[j])) {
        break;
      }
      if (commaOnly && !isSubjectLike(Math.max(lo, d.firstToken(d.actor(d.actorAt[j]))))) {
        break; // "The US commander in Iraq, General Petraeus, held talks": Iraq is no second subject
      }
      list.add(0, d.actorAt[j]);
      k = d.firstToken(d.actor(d.actorAt[j])) - 1;
    }
    return list;
  }

  /** The subject actor of an "if"/"unless" clause after token {@code from}: whom a threat is held over; or -1. */
  int conditionSubject(int from) {
    for (int k = from; k < hi; k++) {
      if (d.lower[k].equals(";") || d.lower[k].equals(":")) {
        return -1;
      }
      if (d.lower[k].equals("if") || d.lower[k].equals("unless")) {
        int j = skipDets(k + 1);
        return j < hi && d.actorAt[j] >= 0 ? d.actorAt[j] : -1;
      }
    }
    return -1;
  }

  /**
   * Whether verb trigger {@code t} stands in a relative clause set off by commas after an actor (", which …," or
   * ", who …,") that dates it to a year: background the wire recalls about the actor ("Britain and Argentina,
   * which fought a war over the Falklands in 1982, restored relations"), not an event of the report (issue 6, wire
   * round: CAMEO codes the main clause).
   */
  boolean historyAside(Trigger t) {
    if (t.nominal) {
      return false;
    }
    int w = t.first - 1;
    while (w >= lo && !d.lower[w].equals("which") && !d.lower[w].equals("who")) {
      if (GAP_STOPS.contains(d.lower[w]) || HARD_BOUNDARIES.contains(d.lower[w])) {
        return false;
      }
      w--;
    }
    if (w - 2 < lo || !d.lower[w - 1].equals(",") || d.actorAt[w - 2] < 0) {
      return false;
    }
    boolean year = false;
    for (int k = w + 1; k < hi; k++) {
      String x = d.lower[k];
      if (x.equals(",")) {
        return year && k > t.last;
      }
      if (GAP_STOPS.contains(x) || x.equals(";")) {
        return false;
      }
      year |= x.length() == 4 && (x.startsWith("18") || x.startsWith("19") || x.startsWith("20"))
          && Character.isDigit(x.charAt(2)) && Character.isDigit(x.charAt(3));
    }
    return false;
  }

  /** Whether an "unless" clause follows token {@code from} in the sentence: the act is held over someone. */
  boolean conditionFollows(int from) {
    for (int k = from; k < hi; k++) {
      if (d.lower[k].equals("unless")) {
        return true;
      }
      if (d.lower[k].equals(";") || d.lower[k].equals(":") || inVerbTrigger[k - lo]) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a lower-case word that may modify a name: not a verb, preposition or boundary. */
  boolean modifierWord(int k) {
    String w = d.lower[k];
    String text = d.a.tokenText(k);
    return Character.isLowerCase(text.charAt(0)) && Character.isLetter(text.charAt(0)) && d.actorAt[k] < 0
        && !PREPS.contains(w) && !HARD_BOUNDARIES.contains(w) && !MODALS_AND_AUX.contains(w)
        && !verbLemmas.contains(d.lemma[k]) && !w.equals("and") && !w.equals("or") && !inTrigger[k - lo];
  }

  /** Whether token {@code k} is a capitalised word (a title or a demonym before a name). */
  boolean isCapitalisedWord(int k) {
    String w = d.a.tokenText(k);
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(1));
  }

  /** The actor {@code first} and those joined to it after by "and"/"or". */
  List<Integer> compoundFrom(int first) {
    List<Integer> list = new ArrayList<>();
    list.add(first);
    int k = d.lastToken(d.actor(first)) + 1;
    while (k < hi && (d.lower[k].equals("and") || d.lower[k].equals("or") || d.lower[k].equals(","))) {
      int j = skipDets(k + 1);
      if (j >= hi || d.actorAt[j] < 0 || list.contains(d.actorAt[j])) {
        break;
      }
      list.add(d.actorAt[j]);
      k = d.lastToken(d.actor(d.actorAt[j])) + 1;
    }
    return list;
  }

  /** Whether the noun phrase of a nominal trigger at {@code first} follows "from". */
  boolean afterFrom(int first) {
    int k = first - 1;
    while (k >= lo && (DETS.contains(d.lower[k]) || NOMINAL_MODIFIERS.contains(d.lower[k])
        || GENITIVE.contains(d.lower[k]) || d.actorAt[k] >= 0)) {
      k--;
    }
    return k >= lo && d.lower[k].equals("from");
  }

  /** The possessor of a nominal trigger: "Putin's first trip", "his visit", "a visit by Putin", "Russian strikes". */
  List<Integer> nominalSource(Trigger t) {
    int k = t.first - 1;
    int skipped = 0;
    while (k >= lo && skipped < 3 && (NOMINAL_MODIFIERS.contains(d.lower[k]) || d.lower[k].contains("-")
        && d.actorAt[k] < 0)) {
      k--;
      skipped++;
    }
    if (k < lo) {
      List<Integer> by = byAfter(t.last + 1);
      return by.isEmpty() ? ofAgent(t) : by;
    }
    String w = d.lower[k];
    if (GENITIVE.contains(w) && k - 1 >= lo && d.actorAt[k - 1] >= 0) {
      return compoundEndingAt(d.actorAt[k - 1]);
    }
    if (d.actorAt[k] >= 0 && !GENITIVE.contains(w)) {
      int act = d.actorAt[k];
      return List.of(act);
    }
    if (POSSESSIVES.contains(w)) {
      int act = d.actorOfEntityAt(k);
      if (act >= 0) {
        return List.of(act);
      }
      // an unresolved "his": the nearest subject-like actor before it in the sentence
      for (int j = k - 1; j >= lo; j--) {
        if (d.actorAt[j] >= 0) {
          Actor a = d.actor(d.actorAt[j]);
          int first = Math.max(lo, d.firstToken(a));
          if (isSubjectLike(first)) {
            return List.of(d.actorAt[j]);
          }
          j = first;
        }
      }
      return List.of();
    }
    List<Integer> by = byAfter(t.last + 1);
    if (!by.isEmpty()) {
      return by;
    }
    by = ofAgent(t);
    if (!by.isEmpty()) {
      return by;
    }
    if (t.last + 1 < hi && d.lower[t.last + 1].equals("from") && sayOrGive(t.code)) {
      int j = skipDets(t.last + 2); // "support from Moscow", "criticism from Beijing": who gives or says it
      if (j < hi && d.actorAt[j] >= 0) {
        return compoundFrom(d.actorAt[j]);
      }
    }
    return lightVerbSubject(k);
  }

  /**
   * The actor after "of" right after a noun of moving whose "of" names who moves ("the visit of the Chinese
   * foreign minister to Pakistan", "the withdrawal of French troops"); empty for other nouns, whose "of" names
   * whom the act is done to ("the arrest of a journalist").
   */
  List<Integer> ofAgent(Trigger t) {
    int k = t.first + 1; // "the visit of X to Y" is the pattern "visit * to"
    if (k >= hi || !d.lower[k].equals("of") || !OF_AGENT_NOUNS.contains(d.lower[t.first])) {
      return List.of();
    }
    int j = skipDets(k + 1);
    return j < hi && d.actorAt[j] >= 0 ? compoundFrom(d.actorAt[j]) : List.of();
  }

  /**
   * Whether a CAMEO code is something said or given by one side (roots 01-03, 05-07 and 10-14), whose noun's
   * "from" names its author ("support from Moscow"), not a place left ("a withdrawal from Syria", 08;
   * "expulsion from", 17) nor a meeting, which takes two ("more talk from the chancellor", 04).
   */
  boolean sayOrGive(String code) {
    int root = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    return root >= 1 && root <= 7 && root != 4 || root >= 10 && root <= 14;
  }

  /**
   * The subject of a light verb whose object is a nominal trigger ending its noun phrase at {@code k}: "Italy
   * announced a suspension of air links", "the emir launched a mediation effort"; empty when none.
   */
  List<Integer> lightVerbSubject(int k) {
    int j = k;
    while (j >= lo && j > k - 4 && (DETS.contains(d.lower[j]) || isAdjective(d.lower[j])
        || NOMINAL_MODIFIERS.contains(d.lower[j]) || d.lower[j].contains("-") || Character.isDigit(
        d.lower[j].charAt(0))) && d.actorAt[j] < 0) {
      j--;
    }
    if (j < lo || !LIGHT_VERBS.contains(d.lemma[j]) || d.lemma[j].equals(d.lower[j])) {
      return List.of(); // only an inflected verb: "announced", "launches", not the noun "launch"
    }
    Trigger verb = Trigger.span(j, j);
    return subjectBefore(verb);
  }

  /**
   * The actor after "by" right after a nominal trigger ending at {@code from} - 1: "a visit by Putin", and past
   * the noun's own complements (issue 6, s6-roles): "the arrest of a journalist by Russian police", "the attack
   * on the convoy by Taliban fighters"; empty when a verb or another actor comes first.
   */
  List<Integer> byAfter(int from) {
    int k = skipDets(from);
    int limit = from + 4;
    // inside the noun's "of"/"on"/"to" phrase, whose actor is no obstacle; "invasion of" ends in one
    boolean complement = from - 1 >= lo && NOUN_COMPLEMENT_PREPS.contains(d.lower[from - 1]);
    if (complement) {
      limit = from + 8;
    }
    while (k < hi && k < limit && !d.lower[k].equals("by") && !GAP_STOPS.contains(d.lower[k])) {
      String w = d.lower[k];
      if (HARD_BOUNDARIES.contains(w) || d.actorAt[k] >= 0 && !complement) {
        return List.of();
      }
      if (d.actorAt[k] >= 0) {
        k = d.lastToken(d.actor(d.actorAt[k])) + 1;
        continue;
      }
      if (NOUN_COMPLEMENT_PREPS.contains(w) && (k == from || complement)) {
        complement = true;
        limit = from + 9;
      } else if (complement && (MODALS_AND_AUX.contains(w) || inVerbTrigger[k - lo] || d.lemma[k].equals("be"))) {
        return List.of(); // "the detention of sailors was condemned by Canberra": the verb's agent
      }
      k++;
    }
    if (k < hi && d.lower[k].equals("by")) {
      int j = skipDets(k + 1);
      if (j + 1 < hi && d.actorAt[j] < 0 && d.actorAt[j + 1] >= 0 && complement
          && Character.isUpperCase(d.a.tokenText(j).charAt(0))) {
        j++; // "the killing of two soldiers by Kurdish militants": a people's adjective the actor left out
      }
      if (j < hi && d.actorAt[j] >= 0) {
        return compoundFrom(d.actorAt[j]);
      }
    }
    return List.of();
  }

  /**
   * The actor(s) a participle with a "by" agent describes (issue 6, s8-nouns): the subject after the comma that
   * closes a participle phrase opening the sentence ("Supported by Chile, Peru rejected": Peru), or the actor
   * before an apposition holding it ("Bolivia, urged by the World Bank, agreed": Bolivia); whom the agent's act is
   * on. Empty when verb trigger {@code t} is no such participle.
   */
  List<Integer> participleBearer(Trigger t) {
    int by = t.last + 1;
    if (t.nominal || by + 1 >= hi || !d.lower[by].equals("by") || !participleLike(t.first)
        || d.lower[t.first].endsWith("ing")) {
      return List.of();
    }
    if (t.first == lo) {
      for (int k = by + 1; k < hi && k <= by + 12; k++) {
        if (HARD_BOUNDARIES.contains(d.lower[k]) || inVerbTrigger[k - lo]) {
          return List.of();
        }
        if (d.lower[k].equals(",")) {
          int j = skipDets(k + 1);
          return j < hi && d.actorAt[j] >= 0 && d.actorAt[j] != d.actorAt[k - 1] ? compoundFrom(d.actorAt[j])
              : List.of();
        }
      }
      return List.of();
    }
    int c = t.first - 1;
    if (c - 1 < lo || !d.lower[c].equals(",") || d.actorAt[c - 1] < 0) {
      return List.of();
    }
    int act = d.actorAt[c - 1];
    return isSubjectLike(Math.max(lo, d.firstToken(d.actor(act)))) ? compoundEndingAt(act) : List.of();
  }

  /**
   * The preposition before the noun phrase of nominal trigger {@code t} that makes it an adverbial of a clause
   * ("during talks with", "under pressure from", "on a visit to"), past determiners and modifiers; -1 when none.
   */
  int adjunctPreposition(Trigger t) {
    int k = t.first - 1;
    for (int n = 0; k >= lo && n < 3 && d.actorAt[k] < 0 && (DETS.contains(d.lower[k])
        || NOMINAL_MODIFIERS.contains(d.lower[k]) || isAdjective(d.lower[k])); n++) {
      k--;
    }
    return k >= lo && ADJUNCT_PREPS.contains(d.lower[k]) ? k : -1;
  }

  /**
   * The subject of the clause that the prepositional phrase of nominal trigger {@code t} modifies (issue 6,
   * s8-nouns), who takes part in what the noun names: the actor after the comma closing a phrase that opens the
   * sentence ("During consultations with Chile, Peru agreed": Peru), the actor before an apposition holding it
   * ("Peru, in talks with Chile, agreed"), or with {@code inClause} the subject before a phrase inside the clause
   * ("Peru agreed after talks with Chile"); never {@code not}. Empty when the noun is no such adverbial.
   */
  List<Integer> adjunctBearer(Trigger t, boolean inClause, List<Integer> not) {
    int p = adjunctPreposition(t);
    if (p < 0) {
      return List.of();
    }
    List<Integer> found = List.of();
    if (p == lo) {
      for (int k = t.last + 1; k < hi && k <= t.last + 12; k++) {
        if (HARD_BOUNDARIES.contains(d.lower[k]) || inVerbTrigger[k - lo]) {
          return List.of();
        }
        if (d.lower[k].equals(",")) {
          int j = skipDets(k + 1);
          found = j < hi && d.actorAt[j] >= 0 ? compoundFrom(d.actorAt[j]) : List.of();
          break;
        }
      }
    } else if (p - 2 >= lo && d.lower[p - 1].equals(",") && d.actorAt[p - 2] >= 0
        && isSubjectLike(Math.max(lo, d.firstToken(d.actor(d.actorAt[p - 2]))))) {
      found = compoundEndingAt(d.actorAt[p - 2]);
    } else if (inClause && !d.lower[p - 1].equals(",") && !d.lower[p].equals("with")) {
      Trigger at = Trigger.span(p, p);
      found = subjectBefore(at);
      for (int k = Math.max(lo, at.subjectEnd + 1); k < p && !found.isEmpty(); k++) {
        if (d.lower[k].equals(",")) {
          found = List.of(); // "the U.S. feels the need …, especially with negotiations with Brazil": an aside
        }
      }
    }
    for (int k : found) {
      if (not.contains(k)) {
        return List.of();
      }
    }
    return found;
  }

  /** The actor right after "with" after nominal trigger {@code t} ("talks with Chile"), or -1. */
  int withActor(Trigger t) {
    int with = d.lower[t.last].equals("with") ? t.last : t.last + 1;
    if (with >= hi || !d.lower[with].equals("with")) {
      return -1;
    }
    int j = skipDets(with + 1);
    return j < hi ? d.actorAt[j] : -1;
  }

  /**
   * Whom a nominal trigger {@code t} is done to when it names what its bearer is "the target of" (issue 6,
   * s8-nouns): the subject of "be" in "Kuwait has been the target of Iranian attacks", or the actor before an
   * apposition "Kuwait, the target of attacks by Iran,"; empty otherwise.
   */
  List<Integer> targetOfBearer(Trigger t) {
    int k = t.first - 1;
    for (int n = 0; k >= lo && n < 4 && !d.lower[k].equals("of") && !d.lower[k].equals("for")
        && (DETS.contains(d.lower[k]) || NOMINAL_MODIFIERS.contains(d.lower[k]) || isAdjective(d.lower[k])
        || d.actorAt[k] >= 0); n++) {
      k--;
    }
    // "the target of Iranian attacks", "regular targets for Iranian attacks"
    if (k - 1 < lo || !(d.lower[k].equals("of") || d.lower[k].equals("for"))
        || !TARGET_NOUNS.contains(d.lower[k - 1])) {
      return List.of();
    }
    k -= 2;
    while (k >= lo && (DETS.contains(d.lower[k]) || NOMINAL_MODIFIERS.contains(d.lower[k])
        || isAdjective(d.lower[k]) || TARGET_MODIFIERS.contains(d.lower[k]))) {
      k--;
    }
    if (k < lo) {
      return List.of();
    }
    if (d.lower[k].equals(",") && k - 1 >= lo && d.actorAt[k - 1] >= 0) {
      return List.of(d.actorAt[k - 1]);
    }
    if (!(d.lemma[k].equals("be") || d.lemma[k].equals("become") || d.lemma[k].equals("remain"))) {
      return List.of();
    }
    Trigger be = Trigger.span(k, k);
    return subjectBefore(be);
  }

  /** "talks between Russia and China": both as sources. */
  List<Integer> betweenPair(int from) {
    int k = skipDets(from);
    if (k < hi && d.lower[k].equals("between")) {
      int j = skipDets(k + 1);
      if (j < hi && d.actorAt[j] >= 0) {
        List<Integer> pair = compoundFrom(d.actorAt[j]);
        return pair.size() > 1 ? pair : List.of();
      }
    }
    return List.of();
  }

  /** Candidate targets after the trigger, in order: objects and actors after to/with/against/on/for/between. */
  List<Integer> targetsAfter(Trigger t) {
    List<Integer> list = new ArrayList<>();
    boolean rejecting = t.code.startsWith("12");
    // "accepted an invitation from Chile", "accepted the offer by Chile": who made it is whom the acceptance answers
    boolean accepting = t.code.startsWith("03") && d.lemma[t.first].equals("accept");
    boolean protesting = t.code.startsWith("14");
    boolean inquiry = t.code.startsWith("09");
    // past the "protest" of "a hunger strike to protest X", "a march in protest at X", or in a protest's object
    boolean purpose = protesting && d.lemma[t.first].equals("protest");
    int k = t.first + 1; // actors inside the trigger first: "send Ukraine two more air defence systems"
    while (k < hi) {
      String w = d.lower[k];
      if (w.equals("that") && THAT_TARGET.contains(d.lemma[t.first]) && (k == t.last + 1 || demandNounBefore(t, k))) {
        k++; // "demanded that Israel stop", "insisted on its demand that": the clause's subject is the target
        continue;
      }
      if (inquiry && w.equals("by") && k > t.last && k + 1 < hi && !d.inTimex[k + 1]) {
        // "investigating abuses by soldiers": whoever is said to have done what is investigated is the
        // target, and no one else of the inquiry's object ("against protesters" are its victims)
        int by = skipDets(k + 1);
        return by < hi && d.actorAt[by] >= 0 ? List.of(d.actorAt[by]) : List.of();
      }
      purpose |= protesting && k > t.last && d.lemma[k].equals("protest");
      if (k > t.last && (HARD_BOUNDARIES.contains(w) || ADJUNCT_STARTS.contains(w) && d.actorAt[k] < 0)) {
        break;
      }
      if (k > t.last && w.equals(",") && !seriesComma(k)
          && !(k + 1 < hi && d.actorAt[skipDets(k + 1)] >= 0 && !list.isEmpty() && !attributionAfter(k))) {
        break;
      }
      if (d.actorAt[k] >= 0) {
        int act = d.actorAt[k];
        Actor a = d.actor(act);
        int first = Math.max(lo, d.firstToken(a));
        int p = first - 1;
        while (p > t.first && DETS.contains(d.lower[p])) {
          p--;
        }
        String pw = d.lower[p];
        if (d.lastToken(a) + 1 < hi && BORDER_WORDS.contains(d.lower[d.lastToken(a) + 1])
            && d.lastToken(a) == first) {
          if ((t.code.startsWith("15") || t.code.startsWith("087") || t.code.equals("0356"))
              && !d.lower[d.lastToken(a) + 1].equals("side")
              && !d.lower[d.lastToken(a) + 1].equals("coast") && !list.contains(act)) {
            list.add(act); // but troops massed on, or pulled back from, "the Ukrainian border" face Ukraine
          }
          k = d.lastToken(a) + 1; // "on the Thai border": where, not whom
          continue;
        }
        boolean asksFrom = pw.equals("from") && (t.code.startsWith("10") || t.code.startsWith("02")
            || t.code.startsWith("171") || t.code.startsWith("086") || t.code.startsWith("087") && t.nominal)
            // "confiscated weapons from the gangs", "the withdrawal of French troops from Niger",
            // "received a mission from the OSCE": whom they were taken or came from
            || pw.equals("by") && t.code.startsWith("10") && nominalObjectBefore(p, t) // "an admission by Moscow"
            || pw.equals("of") && p == t.last + 1 && !t.nominal && t.last > t.first // "expelled inspectors of the IAEA"
            // "Iran's seizure of a tanker", "the arrest of a journalist by": whom a noun's act is done to
            || pw.equals("of") && p == t.last + 1 && t.nominal && !OF_AGENT_NOUNS.contains(d.lower[t.last]);
        boolean partitive = pw.equals("of") && p - 1 > t.last && PARTITIVES.contains(d.lower[p - 1]);
        // "in protest against violations by the security forces": who did what is protested is its target;
        // so is who made the object ("prevented the demonstration staged by students", "the plan drawn up by")
        boolean protested = pw.equals("by") && (purpose || list.isEmpty() && objectParticiple(p - 1, t));
        // "support the rights of Palestinians", "violated the sovereignty of Iraq": the owner is the target
        boolean owned = pw.equals("of") && p - 1 > t.last && OWNED_NOUNS.contains(d.lower[p - 1]);
        // "demonstrated outside the Pakistani embassy": a protest at an embassy is against its country
        int last = d.lastToken(a);
        boolean embassy = protesting && (pw.equals("outside") || pw.equals("at") || pw.equals("near")
            || pw.equals("of") && p - 1 > t.first && d.lower[p - 1].equals("front"))
            && (EMBASSY_WORDS.contains(d.lower[last]) || last + 1 < hi && EMBASSY_WORDS.contains(d.lower[last + 1]));
        boolean oblique = p > t.first && !inTrigger[p - lo] && !asksFrom && !partitive && !protested && !owned
            && !embassy
            && OBLIQUE_PREPS.contains(pw)
            && !((rejecting || accepting) && (pw.equals("from") || pw.equals("by")) && nominalObjectBefore(p, t));
        if (!oblique && !list.contains(act) && !(p > t.first && GENITIVE.contains(pw))) {
          list.add(act);
        }
        k = Math.max(k, d.lastToken(a)) + 1;
        continue;
      }
      // "urged the two countries to show restraint": the group right after the verb of a trigger that spans it
      // (issue 6, actor round 2)
      // ("warned both parties": parties, not countries, left to the object rules)
      boolean groupObject = k <= t.last && k - 3 <= t.first && list.isEmpty() && !w.equals("parties");
      if ((k > t.last || groupObject) && COUNTRY_WORDS.contains(w) && !reportedAt(k + 1)) {
        // not "sources on both sides said"
        for (int g : groupAt(k, k <= t.last)) { // "called on both sides", "urged both governments"
          if (!list.contains(g)) {
            list.add(g);
          }
        }
      }
      if (k > t.last && inVerbTrigger[k - lo] && !onlyCoordination(t.last + 1, k)
          && !(purpose && (protestVerbAt(k) || DETS.contains(d.lower[k - 1])))) {
        // the next verb's objects are not ours, but "a hunger strike on Monday to protest against X" is against
        // X, and so is one "to protest the arrest of journalists by X"
        break;
      }
      k++;
    }
    return list;
  }

  /**
   * Whether the comma at {@code comma} lists nouns ("launched artillery, mortar, and rocket fire against"): one
   * or two lower-case words that are neither verbs of a trigger nor -ing forms, then "and", "or" or another
   * comma; or it is the comma before the "and" of such a list.
   */
  boolean seriesComma(int comma) {
    int j = comma + 1;
    if (j < hi && (d.lower[j].equals("and") || d.lower[j].equals("or"))) {
      for (int b = comma - 1; b >= lo && b >= comma - 3; b--) {
        if (d.lower[b].equals(",")) {
          return b > lo && !d.lower[b - 1].equals(",") && seriesComma(b);
        }
      }
      return false;
    }
    int words = 0;
    for (; j < hi && words <= 2; j++) {
      String w = d.lower[j];
      if (w.equals(",") || w.equals("and") || w.equals("or")) {
        return words > 0;
      }
      String text = d.a.tokenText(j);
      if (text.isEmpty() || !Character.isLowerCase(text.charAt(0)) || w.endsWith("ing") || inVerbTrigger[j - lo]
          || DETS.contains(w) || PREPS.contains(w) || MODALS_AND_AUX.contains(w)) {
        return false;
      }
      words++;
    }
    return false;
  }

  /**
   * Whether token {@code k} is a past participle after a noun of trigger {@code t}'s object: the "staged" of
   * "prevented the demonstration staged by students".
   */
  boolean objectParticiple(int k, Trigger t) {
    if (k <= t.last || k - 1 < t.first || k > t.last + 4 || inVerbTrigger[k - lo] || d.lemma[k].equals(d.lower[k])) {
      return false;
    }
    String w = d.lower[k];
    String before = d.lower[k - 1];
    return (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")) && !DETS.contains(before)
        && !PREPS.contains(before) && !MODALS_AND_AUX.contains(before) && !before.equals("and")
        && !before.equals("or") && Character.isLetter(before.charAt(0));
  }

  /** Whether token {@code k} is an inflected reporting verb: "said", "reported". */
  boolean reportedAt(int k) {
    return k < hi && REPORTING.contains(d.lemma[k]) && !d.lemma[k].equals(d.lower[k]);
  }

  /**
   * Whether token {@code k} is in the verb trigger of a "protest" that runs without a break from its word
   * "protest" to {@code k}: "protest against", "protest President Assad's failure".
   */
  boolean protestVerbAt(int k) {
    for (int j = k; j >= lo && inVerbTrigger[j - lo]; j--) {
      if (d.lemma[j].equals("protest")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words between trigger {@code t} and the "that" at {@code that} are only a determiner and a noun
   * of demand: "insisted on its demands that", "repeated their call that".
   */
  boolean demandNounBefore(Trigger t, int that) {
    int k = t.last + 1;
    while (k < that && DETS.contains(d.lower[k])) {
      k++;
    }
    return k == that - 1 && k > t.last + 1 && CLAIM_NOUNS.contains(d.lower[k]);
  }

  /**
   * Whether the uninflected word at {@code k} modifies a group noun right after it ("mobilized pressure groups
   * to ..."), not being an infinitive or a verb after a modal ("to pressure groups").
   */
  boolean modifierOfGroup(int k) {
    return k + 1 < hi && COMPOUND_HEADS.contains(d.lower[k + 1]) && d.lemma[k].equals(d.lower[k])
        && (k == lo || !(d.lower[k - 1].equals("to") || MODALS_AND_AUX.contains(d.lower[k - 1])));
  }

  /**
   * Whether the comma at {@code comma} opens an attribution ("..., South Korea's defence ministry said Monday",
   * "..., Amnesty International said"): a reporting verb within the next few words, before any other comma.
   * Whoever reports the act takes no part in it.
   */
  boolean attributionAfter(int comma) {
    for (int k = comma + 1; k < hi && k <= comma + 8; k++) {
      if (GAP_STOPS.contains(d.lower[k])) {
        return false;
      }
      if (REPORTING.contains(d.lemma[k]) && !d.lemma[k].equals(d.lower[k]) || d.lower[k].equals("according")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the preposition at {@code p} follows the rejected thing, a noun right after the trigger: "rejected
   * calls by Belarus", "dismissed an appeal from the president" (whose author is the target).
   */
  boolean nominalObjectBefore(int p, Trigger t) {
    if (d.lower[p].equals("from") && p == t.last + 1) {
      return true; // "rejected aid from Japan"
    }
    int k = t.last + 1;
    int words = 0;
    while (k < p && words < 5 && d.actorAt[k] < 0 && !GAP_STOPS.contains(d.lower[k])) {
      k++;
      words++;
    }
    return k == p && words > 0 || p == t.last + 1 && t.pattern.literals() > 1;
  }

  /** Whether tokens [from, to) are only "and", auxiliaries and adverbs: "supported and will support the DPRK". */
  boolean onlyCoordination(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = d.lower[k];
      if (!(w.equals("and") || w.equals("or") || MODALS_AND_AUX.contains(w) || w.endsWith("ly")
          || inTrigger[k - lo])) {
        return false;
      }
    }
    return true;
  }

  /** "each other", "one another". */
  boolean hasEachOther(int from, int to) {
    for (int k = Math.max(lo, from); k < Math.min(hi, to); k++) {
      String w = d.lower[k];
      if ((w.equals("each") || w.equals("one")) && k + 1 < hi && d.lower[k + 1].equals("other")
          || w.equals("another") && k > lo && d.lower[k - 1].equals("one")) {
        return true;
      }
    }
    return false;
  }

  /** "between the two countries", "between them", "between both sides". */
  boolean hasBetweenTheTwo(int from, int to) {
    for (int k = Math.max(lo, from); k + 1 < Math.min(hi, to + 1) && k + 1 < hi; k++) {
      if (!d.lower[k].equals("between")) {
        continue;
      }
      String n1 = d.lower[k + 1];
      if (n1.equals("them") || n1.equals("us")) {
        return true;
      }
      int j = k + 1;
      if (n1.equals("the")) {
        j++;
      }
      if (j + 1 < hi && (d.lower[j].equals("two") || d.lower[j].equals("both"))
          && COUNTRY_WORDS.contains(d.lower[j + 1])) {
        return true;
      }
    }
    return false;
  }

  /** The nearest earlier actor in the article of another country than {@code src}: the other of "the two". */
  Participant otherCountryBefore(int tok, Participant src) {
    int off = d.a.tokenStart(tok);
    for (int k = d.actors.size() - 1; k >= 0; k--) {
      Actor a = d.actor(k);
      if (a.start() < off && a.country() != null && !a.country().equals(src.country())) {
        return participant(a);
      }
    }
    return null;
  }

  Participant speakerOf(int tok) {
    int off = d.a.tokenStart(tok);
    for (Quote q : d.quotes) {
      if (q.direct() && q.start() <= off && off < q.end()) {
        int act = d.actorOfEntity(q.speaker());
        if (act < 0 && q.speakerSpan() != null) {
          for (int k = 0; k < d.actors.size(); k++) {
            if (d.actor(k).overlaps(q.speakerSpan())) {
              act = k;
              break;
            }
          }
        }
        return act < 0 ? null : participant(d.actor(act));
      }
    }
    return null;
  }

  /**
   * Whether an actor other than {@code not} has a token in {@code [from, to)}: the cheap test before asking
   * the clause analysis, which can only name actors that are there.
   */
  boolean actorBetween(int from, int to, List<Integer> not) {
    for (int k = from; k < to; k++) {
      if (d.actorAt[k] >= 0 && !not.contains(d.actorAt[k])) {
        return true;
      }
    }
    return false;
  }
}

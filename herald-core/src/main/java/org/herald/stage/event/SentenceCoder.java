package org.herald.stage.event;

import static org.herald.stage.event.EventDoc.participant;
import static org.herald.stage.event.EventWords.ADJUNCT_STARTS;
import static org.herald.stage.event.EventWords.CLAUSE_CONJUNCTIONS;
import static org.herald.stage.event.EventWords.COMPOUND_HEADS;
import static org.herald.stage.event.EventWords.NOMINAL_MODIFIERS;
import static org.herald.stage.event.EventWords.PASSIVE_LIGHT_VERBS;
import static org.herald.stage.event.EventWords.OBLIQUE_PREPS;
import static org.herald.stage.event.EventWords.isAdjective;
import static org.herald.stage.event.EventWords.DETS;
import static org.herald.stage.event.EventWords.GAP_STOPS;
import static org.herald.stage.event.EventWords.HARD_BOUNDARIES;
import static org.herald.stage.event.EventWords.INTENT_CUES;
import static org.herald.stage.event.EventWords.MODALS_AND_AUX;
import static org.herald.stage.event.EventWords.NEGATION_CUES;
import static org.herald.stage.event.EventWords.PLACE_PREPS;
import static org.herald.stage.event.EventWords.PREPS;
import static org.herald.stage.event.EventWords.REGION_WORDS;
import static org.herald.stage.event.EventWords.REPORTING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.herald.model.Sentence;
import org.herald.stage.actor.Actor;
import org.herald.stage.event.EventStage.Draft;
import org.herald.stage.quote.Quote;
import org.herald.stage.syntax.Clause;

/**
 * The shallow analysis of one sentence, which codes its events: finds its triggers ({@link TriggerFinder}), and for
 * each takes its source from the subject actor(s), the possessor or a "by" agent, its target from the object or a
 * prepositional actor after it ({@link RoleFinder}), or from the clause analysis where the word-position rules are
 * unsure; an unnamed agent, a place's country or a protest's government where no actor is named; its status
 * ({@link StatusReader}), date and place ({@link EventWhenWhere}); and makes one draft event per source. Also the
 * reported demands and statement cues of the quote layer. One coder a sentence, made by {@link EventStage#apply};
 * it adds implicit actors to its {@link EventDoc}, so it is confined to one thread.
 */
final class SentenceCoder implements StatusReader.Clauses {
  /** Words after a past participle that show it has no object: "arrested in Karachi", "killed last week". */
  private static final Set<String> PARTICIPLE_FOLLOWERS = Set.of("in", "on", "at", "during", "near", "after",
      "since", "last", "earlier", "yesterday", "outside", "inside", "while", "for", "over", "without");
  /** Nouns of a weapon or an attack that stand as the subject of a killing in place of its unnamed agent. */
  private static final Set<String> ATTACK_NOUNS = Set.of("bomb", "bombs", "bombing", "bombings", "blast",
      "blasts", "explosion", "explosions", "shell", "shells", "shelling", "rocket", "rockets", "missile", "mortar",
      "grenade", "mine", "landmine", "ied", "attack", "attacks", "ambush", "gunfire", "airstrike", "shootout");
  /** Verbs of a court's act, whose unnamed agent is the judiciary: "were jailed", "have been charged". */
  private static final Set<String> COURT_ACTS = Set.of("jail", "imprison", "prosecute", "charge", "sentence",
      "convict", "try", "indict");
  /** Attack verbs news often uses of no violence ("Labour is targeted", "the system is being abused"). */
  private static final Set<String> WEAK_ATTACKS = Set.of("target", "abuse", "hit", "strike", "beat");
  /** Statement cues that name their addressee or topic: "told Japan", "said of Iran" (issue 5, item 4). */
  private static final Set<String> STATEMENT_CUES = Set.of("say", "tell", "speak", "comment", "write", "remark");
  /** Verbs whose compound subject acts on itself: "Nigeria and Cameroon clashed", "cut ties", "exchanged fire". */
  private static final Set<String> SYMMETRIC = Set.of("clash", "fight", "exchange", "cut", "sever", "break",
      "meet", "negotiate", "talk", "trade", "restore", "agree", "sign", "battle", "skirmish", "normalize",
      "normalise", "hold", "conduct", "begin", "stage", "declare", "halt");
  /**
   * Sectors of people often abroad (soldiers, officials, business people, reporters, health and aid workers,
   * refugees): their country does not say where an attack on them happened.
   */
  private static final Set<String> ABROAD_SECTORS = Set.of("MIL", "GOV", "BUS", "MED", "HLH", "NGO", "REF");
  /** Prepositions before the place where talks are held or whither their parties go: "in Jeddah", "to Geneva". */
  private static final Set<String> VENUE_PREPS = Set.of("in", "at", "to", "into", "near", "outside");
  /** Nouns of a kind of place before "of" and its name: "near the town of Samarra". */
  private static final Set<String> PLACE_KIND_NOUNS = Set.of("town", "city", "village", "port", "capital",
      "province", "region", "district", "area", "outskirts");
  /** Verbs whose object noun is an act done to their subject: "faces pressure from", "received a warning from". */
  private static final Set<String> RECEIVING = Set.of("face", "receive", "get", "suffer", "endure", "win", "gain",
      "earn", "attract");
  /** Adjectives of degree before such a noun: "faces growing threats", "came under sharp criticism". */
  private static final Set<String> RECEIVED_ADJECTIVES = Set.of("sharp", "heavy", "strong", "fresh", "more",
      "renewed", "mounting", "harsh", "fierce", "wide", "widespread", "broad", "much");
  /** Nouns of military exercises: held by several actors they are cooperation (062), by one a show of force. */
  private static final Set<String> EXERCISE_WORDS = Set.of("exercise", "exercises", "drill", "drills",
      "manoeuvres", "maneuvers", "wargames", "games");
  /** Sectors of a country's people outside its state (CAMEO actor codebook). */
  private static final Set<String> NON_STATE_SECTORS = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "REB", "BUS",
      "MED", "HLH", "REF", "PTY", "NGO", "REL", "SEP", "INS", "UAF", "CRM");
  /** Verbs whose object noun answers the act named in their subject: "the arrest drew condemnation". */
  private static final Set<String> REACTION_VERBS = Set.of("draw", "spark", "prompt", "provoke", "trigger",
      "attract", "earn", "bring", "cause", "elicit", "meet");

  /**
   * Whether {@code code} is a CAMEO meeting or negotiation (04x) other than a visit or its hosting (042, 043),
   * whose host is its target.
   */
  static boolean isTalkCode(String code) {
    return code.startsWith("04") && !code.startsWith("042") && !code.startsWith("043");
  }

  private final EventTables tables;
  /** The lexicon's verb heads and the cue verbs: bare words that are verbs ("to withdraw"). */
  private final Set<String> verbLemmas;
  final EventDoc d;
  final Sentence s;
  final int lo;
  final int hi; // exclusive
  final boolean[] inTrigger;
  final boolean[] inVerbTrigger;
  /** The place the last {@link #unnamedAgent} call found the act in, or -1: the target when none is named. */
  int hostPlace = -1;
  /** The word-position rules of subjects, objects and agents of this sentence. */
  private final RoleFinder finder;
  /** The trigger matcher of this sentence, which fills {@link #inTrigger} and {@link #inVerbTrigger}. */
  private final TriggerFinder triggerFinder;
  /** The sentence's clause analysis, asked only where the word-position rules need it. */
  final ClauseRoles.View roles;
  /** The status rules of this sentence, made once it has triggers. */
  private StatusReader statusReader;
  /** The date and place rules of this sentence, made once it has triggers. */
  private EventWhenWhere whenWhere;
  /** The sentence's triggers in order, once found: the acts a later reaction may answer. */
  List<Trigger> triggers = List.of();

  SentenceCoder(EventDoc d, Sentence s, EventTables tables) {
    this.verbLemmas = tables.verbLemmas();
    this.tables = tables;
    this.d = d;
    this.s = s;
    this.roles = tables.clauseRoles().view(d.a, s.index(), d.actorAt);
    this.lo = s.firstToken();
    this.hi = s.endToken();
    this.inTrigger = new boolean[hi - lo];
    this.inVerbTrigger = new boolean[hi - lo];
    this.finder = new RoleFinder(d, s, verbLemmas, inTrigger, inVerbTrigger);
    this.triggerFinder = new TriggerFinder(d, s, tables.verbs(), tables.lexicon(), verbLemmas, finder, inTrigger,
        inVerbTrigger);
  }

  void code(List<Draft> out) {
    reportedDemands(out);
    statementCues(out);
    List<Trigger> triggers = triggerFinder.findTriggers();
    if (triggers.isEmpty()) {
      return;
    }
    this.triggers = triggers;
    statusReader = new StatusReader(d, s, verbLemmas, this);
    whenWhere = new EventWhenWhere(d, s);
    combineCues(triggers);
    Trigger previous = null;
    for (Trigger t : triggers) {
      if (t.dropped) {
        continue;
      }
      emit(t, previous, out);
      if (!t.nominal) {
        previous = t;
      }
    }
  }

  /**
   * "X said (that) Y must …": a reported obligation is X's demand on Y (CAMEO 10), whatever Y is to do; the
   * trigger is the modal. Only when both are actors and the reporting verb is inflected ("said", "concluded").
   */
  void reportedDemands(List<Draft> out) {
    for (int i = lo + 2; i < hi; i++) {
      if (!(d.lower[i].equals("must") || d.lower[i].equals("should")) || d.actorAt[i - 1] < 0) {
        continue;
      }
      List<Integer> targets = finder.compoundEndingAt(d.actorAt[i - 1]);
      int p = d.firstToken(d.actor(targets.get(0))) - 1;
      while (p >= lo && DETS.contains(d.lower[p])) {
        p--;
      }
      if (p >= lo && d.lower[p].equals("that")) {
        p--;
      }
      while (p >= lo && (d.inTimex[p] || d.lower[p].equals("on"))) {
        p--;
      }
      if (p < lo || d.lemma[p].equals(d.lower[p]) || !(REPORTING.contains(d.lemma[p])
          || d.lemma[p].equals("conclude")) || d.lemma[p].equals("tell")) {
        // “Tokyo must stop its provocations,” the minister said: a demand of the quote's speaker
        Participant speaker = finder.isSubjectLike(d.firstToken(d.actor(targets.get(0)))) ? finder.speakerOf(i) : null;
        if (speaker != null) {
          for (int k : targets) {
            Participant tgt = participant(d.actor(k));
            if (!isSelf(speaker, tgt)) {
              out.add(new Draft(d.a.tokenStart(i), d.a.tokenEnd(i), d.order++, s, speaker, tgt,
                  tables.cameo().get("100"), EventStatus.ASSERTED, null, null));
            }
          }
        }
        continue;
      }
      int source = -1;
      for (int k = p - 1; k >= lo && source < 0; k--) {
        if (d.actorAt[k] >= 0) {
          int first = Math.max(lo, d.firstToken(d.actor(d.actorAt[k])));
          if (finder.isSubjectLike(first)) {
            source = d.actorAt[k];
          }
          k = first;
        } else if (HARD_BOUNDARIES.contains(d.lower[k])) {
          break;
        }
      }
      if (source < 0) {
        continue;
      }
      Participant src = participant(d.actor(source));
      CameoCode code = tables.cameo().get("100");
      for (int k : targets) {
        Participant tgt = participant(d.actor(k));
        if (!isSelf(src, tgt)) {
          out.add(new Draft(d.a.tokenStart(i), d.a.tokenEnd(i), d.order++, s, src, tgt, code,
              EventStatus.ASSERTED, null, null));
        }
      }
    }
  }

  /**
   * Statement cues of the quote layer with a clear political addressee or topic make a CAMEO 010 statement
   * (issue 5, item 4): "Putin told Japan's parliament", "Biden said of Iran", "spoke about Ukraine". A cue
   * with no actor right after it ("said on Monday", "told reporters") is no event: no catch-all "say".
   */
  void statementCues(List<Draft> out) {
    for (Quote q : d.quotes) {
      if (q.cueSpan() == null || q.cue() == null || !STATEMENT_CUES.contains(q.cue())
          || q.cueSpan().start() < s.start() || q.cueSpan().end() > s.end()) {
        continue;
      }
      int cue = d.a.tokenAtOrAfter(q.cueSpan().start());
      int cueEnd = d.a.tokenAtOrAfter(q.cueSpan().end() - 1);
      if (cue < lo || cueEnd >= hi || inTrigger[cue - lo]) {
        continue;
      }
      int k = cueEnd + 1;
      boolean tell = q.cue().equals("tell");
      if (!tell) { // "said of", "spoke about": a topic after a preposition
        if (k >= hi || !(d.lower[k].equals("of") || d.lower[k].equals("about"))) {
          continue;
        }
        k++;
      }
      k = finder.skipDets(k);
      if (k >= hi || d.actorAt[k] < 0 || k < cueEnd + 1) {
        continue;
      }
      int speaker = d.actorOfEntity(q.speaker());
      if (speaker < 0 && q.speakerSpan() != null) {
        for (int a = 0; a < d.actors.size() && speaker < 0; a++) {
          if (d.actor(a).overlaps(q.speakerSpan())) {
            speaker = a;
          }
        }
      }
      if (speaker < 0) {
        continue;
      }
      Participant src = participant(d.actor(speaker));
      Participant tgt = participant(d.actor(d.actorAt[k]));
      if (isSelf(src, tgt)) {
        continue;
      }
      out.add(new Draft(d.a.tokenStart(cue), d.a.tokenEnd(Math.max(cueEnd, tell ? cueEnd : cueEnd + 1)),
          d.order++, s, src, tgt, tables.cameo().get("010"), EventStatus.ASSERTED, null, null));
    }
  }

  /**
   * The verb of receiving whose object is the noun trigger at {@code first}, past determiners and adjectives:
   * "faces pressure", "came under sharp criticism", "received a warning", "won support"; -1 when none.
   */
  int receivingVerbBefore(int first) {
    int k = first - 1;
    for (int n = 0; n < 3 && k >= lo && (DETS.contains(d.lower[k]) || NOMINAL_MODIFIERS.contains(d.lower[k])
        || isAdjective(d.lower[k]) || RECEIVED_ADJECTIVES.contains(d.lower[k]) || d.lower[k].endsWith("ing"))
        && d.actorAt[k] < 0; n++) {
      k--;
    }
    if (k >= lo && (d.lower[k].equals("under") || d.lower[k].equals("with"))) {
      k--; // "came under attack", "met with criticism"
      return k >= lo && (d.lemma[k].equals("come") || d.lemma[k].equals("meet")) && !d.lemma[k].equals(d.lower[k])
          ? k : -1;
    }
    return k >= lo && RECEIVING.contains(d.lemma[k]) && d.actorAt[k] < 0 ? k : -1;
  }

  /** The actors after "from" or "by" within and just after trigger {@code t}: who gives what it names. */
  List<Integer> giversAfter(Trigger t) {
    for (int k = t.first + 1; k < hi && k <= t.last + 3; k++) {
      if (k > t.last && GAP_STOPS.contains(d.lower[k])) {
        break;
      }
      if (d.lower[k].equals("from") || d.lower[k].equals("by")) {
        int j = finder.skipDets(k + 1);
        return j < hi && d.actorAt[j] >= 0 ? finder.compoundFrom(d.actorAt[j]) : List.of();
      }
    }
    return List.of();
  }

  /** Cue verbs with a triggered complement: "pledged to increase", "refused to sign", "threatened to impose". */
  void combineCues(List<Trigger> ts) {
    for (int k = 0; k + 1 < ts.size(); k++) {
      Trigger cue = ts.get(k);
      Trigger comp = ts.get(k + 1);
      if (cue.nominal || comp.nominal || cue.last != cue.first) {
        continue;
      }
      String lem = d.lemma[cue.first];
      int gapStart = cue.last + 1;
      boolean adjacent = gapStart == comp.first;
      int g = gapStart;
      while (g < comp.first && (d.inTimex[g] || d.lower[g].equals("on") || d.lower[g].equals(","))) {
        g++; // "threatened on Monday to break relations"
      }
      boolean viaTo = !adjacent && comp.first - g <= 2 && comp.first - g >= 1 && d.lower[comp.first - 1].equals("to");
      if (!(adjacent || viaTo)) {
        continue;
      }
      if (lem.equals("help") || lem.equals("assist") || lem.equals("aid")) {
        cue.dropped = true;
      } else if (lem.equals("threaten") || lem.equals("warn")) {
        cue.code = threatCode(comp.code);
        comp.dropped = true;
        cue.last = comp.last; // the threatened act's objects are the threat's targets
        cue.pattern = comp.pattern;
      } else if (viaTo && (INTENT_CUES.contains(lem) || NEGATION_CUES.contains(lem))) {
        cue.dropped = true;
      }
    }
  }

  // ---- one event per source ----

  void emit(Trigger t, Trigger previous, List<Draft> out) {
    if (finder.historyAside(t)) {
      return; // "Israel, which occupied the Golan Heights in 1967, rejected the plan": old news, not this event
    }
    int segStart = segmentStart(t.first);
    int segEnd = segmentEnd(t.last);
    boolean passive = !t.nominal && finder.isPassive(t.first);
    Clause clause = null;
    List<Integer> sources;
    List<Integer> targets = new ArrayList<>();
    Participant speaker = null;
    List<Integer> bearer;
    List<Integer> agents = List.of();
    // the preposition making a noun trigger an adverbial of its clause ("during talks with", "under pressure")
    int prep = t.nominal ? finder.adjunctPreposition(t) : -1;
    if (t.nominal && t.last + 1 < hi && COMPOUND_HEADS.contains(d.lower[t.last + 1])
        || finder.modifierOfGroup(t.first)) {
      return; // "pressure groups", "aid agencies", "protest leaders": a kind of group, not an act
    }
    if (t.nominal && finder.afterFrom(t.first)) {
      return; // "liberate them from Japanese occupation", "walked out from the talks": a state, not an event
    }
    if (t.nominal) {
      sources = finder.nominalSource(t);
      if (sources.isEmpty()) {
        sources = finder.betweenPair(t.last + 1);
      }
      int verb = sources.isEmpty() ? passiveLightVerbAfter(t) : -1;
      if (verb >= 0) { // "new sanctions on Russia were announced by Japan", "a deal was reached between"
        t.passiveVerb = verb;
        sources = finder.agentAfter(verb + 1);
        if (sources.isEmpty()) {
          sources = finder.betweenPair(verb + 1);
        }
      }
      if (sources.isEmpty()) {
        // "During consultations with Chile, Peru agreed", "Peru agreed after talks with Chile": Peru consults
        // Chile; "During a visit to Peru, the Chilean minister signed": the minister visits
        int with = finder.withActor(t);
        if (with >= 0 || t.code.startsWith("042")) {
          sources = finder.adjunctBearer(t, with >= 0, with >= 0 ? List.of(with) : List.of());
        }
      }
      if (sources.isEmpty() && undergoes(prep, t.code)) {
        sources = giversAfter(t); // "Under pressure from the World Bank, Peru agreed": the World Bank presses
      }
      bearer = prep >= 0 && !sources.isEmpty() ? finder.adjunctBearer(t, false, List.of()) : List.of();
      if (!bearer.isEmpty() && !Collections.disjoint(sources, bearer)) {
        // "After an attack by Iranian gunboats, Kuwait closed its ports": the comma closes the agent, and the
        // clause's subject after it is no second one
        List<Integer> own = new ArrayList<>(sources);
        own.removeAll(bearer);
        if (!own.isEmpty()) {
          sources = own;
        }
      }
    } else if (passive) {
      sources = finder.agentAfter(t.last + 1);
      if (t.themeStart >= 0) { // "aid to Sudan was suspended by": the theme's actors are the target
        targets.addAll(themeTargets(t));
        if (sources.isEmpty()) {
          sources = finder.betweenPair(t.last + 1); // "talks were held between Serbia and Kosovo"
        }
      } else {
        targets.addAll(finder.subjectBefore(t));
      }
      List<Integer> reacted = reactedAct(segStart, t.first, sources);
      if (!reacted.isEmpty() && reactionCode(t.code)) {
        targets.clear(); // "the expulsion of diplomats by Moscow was condemned by Tallinn": Moscow's act
        targets.addAll(reacted);
      }
      clause = sources.isEmpty() && byBefore(t.last + 1) && finder.actorBetween(t.last + 1, hi, sources)
          ? roles.clauseOf(t.first) : null;
      if (clause != null && roles.passiveWithAgent(clause)) { // "X, who …, was attacked on … by Y"
        sources = roles.sources(clause);
        List<Integer> patient = roles.targets(clause, false);
        if (!patient.isEmpty()) {
          targets.clear();
          targets.addAll(patient);
        }
      }
      if (sources.isEmpty()) {
        sources = unstatedAgent(t);
      }
      if (sources.isEmpty()) {
        sources = finder.expellingCountry(t);
      }
      if (sources.isEmpty()) {
        sources = unnamedAgent(t, targets, segEnd);
        if (!sources.isEmpty() && targets.isEmpty() && hostPlace >= 0) {
          targets.add(hostPlace); // "a camp in Darfur was shelled": the place's country is what was hit
        }
      }
    } else if (!(bearer = finder.participleBearer(t)).isEmpty()
        && !(agents = finder.agentAfter(t.last + 1)).isEmpty()) {
      // "Supported by Chile, Peru rejected", "Bolivia, urged by the World Bank, agreed": a passive without its
      // auxiliary, whose agent acts on the subject it describes
      sources = new ArrayList<>(agents);
      sources.removeAll(bearer); // "by Chile, Peru": the comma closes the agent, whose list stops there
      targets.addAll(bearer);
    } else if (reducedRelative(t)) {
      sources = finder.agentAfter(t.last + 1); // "officials accused of playing a role": a passive, not the verb
      if (sources.isEmpty() && d.actorAt[t.first - 1] >= 0) { // "Russian soldiers killed in Ukraine"
        List<Integer> victims = List.of(d.actorAt[t.first - 1]);
        sources = unnamedAgent(t, victims, segEnd);
        if (!sources.isEmpty()) {
          targets.addAll(victims);
        }
      }
      if (sources.isEmpty()) {
        return;
      }
    } else {
      sources = finder.subjectBefore(t);
      if (sources.isEmpty() && t.subjectEnd == -2) {
        speaker = finder.speakerOf(t.first);
      } else if (sources.isEmpty() && weaponSubject(t)) { // "a roadside bomb killed two soldiers near Kandahar"
        List<Integer> victims = finder.targetsAfter(t);
        sources = unnamedAgent(t, victims, segEnd);
        if (!sources.isEmpty() && victims.isEmpty() && hostPlace >= 0) {
          targets.add(hostPlace); // "a bomb exploded in Nairobi, killing four people": the place's people
        }
      } else if (sources.isEmpty() && actorInModifierBetween(segStart, t.first)) {
        clause = roles.clauseOf(t.first);
        if (clause != null) { // "the army said it had killed": the clause's actor, not a place it stands in
          sources = notAfterPlacePreposition(roles.sources(clause));
        }
      } else if (!sources.isEmpty() && t.subjectEnd >= lo && clauseBreakAfterSubject(t)
          && verbTriggerBetween(lo, t.first) && finder.actorBetween(lo, t.first, sources)) {
        // "X condemned an attack on Y on Friday and promised aid", "after X crowds burned": the clause's own
        // subject, when the rules' lies beyond a coordinator or subordinator and may belong to another verb
        clause = roles.clauseOf(t.first);
        if (clause != null && roles.isFinite(clause)) {
          List<Integer> own = roles.ownSources(clause);
          boolean before = true;
          for (int k : own) {
            before &= d.a.tokenAtOrAfter(d.actor(k).start()) < t.first;
          }
          if (!own.isEmpty() && before && !sources.containsAll(own)) {
            sources = own;
          }
        }
      }
    }
    if (t.pattern != null && t.pattern.reversed()) { // "received weapons from Iran": Iran is the giver
      if (t.nominal || passive) {
        return;
      }
      List<Integer> giver = finder.fromActor(t.first + 1);
      if (giver.isEmpty()) {
        return;
      }
      targets.addAll(sources);
      sources = giver;
      speaker = null;
    }
    boolean received = false;
    int receiver = passive || t.user ? -1 : receivingVerbBefore(t.first);
    if (receiver >= 0) {
      // "Obama faces pressure from Congress", "Hungary came under criticism from the EU": the giver acts on
      // the subject of the receiving verb
      List<Integer> givers = giversAfter(t);
      Trigger verb = Trigger.span(receiver, receiver);
      List<Integer> receivers = givers.isEmpty() ? List.of() : finder.subjectBefore(verb);
      if (!receivers.isEmpty() && !receivers.containsAll(givers)) {
        sources = givers;
        targets.clear();
        targets.addAll(receivers);
        speaker = null;
        received = true;
      }
    }
    t.subject = sources;
    if (sources.isEmpty() && speaker == null) {
      return;
    }
    for (int k : received ? List.<Integer>of() : finder.targetsAfter(t)) {
      if (!targets.contains(k)) {
        targets.add(k);
      }
    }
    List<Integer> hit = t.nominal ? finder.targetOfBearer(t) : List.of();
    if (!hit.isEmpty() && !sources.containsAll(hit)) {
      // "Kuwait has been the target of Iranian attacks": Kuwait is hit, not whom a phrase after the noun names
      // ("tankers, regular targets for Iranian attacks in the war with Iraq")
      targets.clear();
      for (int k : hit) {
        if (!sources.contains(k)) {
          targets.add(k);
        }
      }
    }
    if (t.nominal && targets.isEmpty() && !isTalkCode(t.code) && !t.code.startsWith("042")
        && undergoes(prep, t.code)) {
      // "Under pressure from the World Bank, Peru agreed", "Despite criticism from Chile, Peru went ahead": the
      // subject the phrase modifies bears the act
      targets.addAll(finder.adjunctBearer(t, false, sources));
    }
    if (t.nominal && targets.isEmpty() && reactionCode(t.code) && reactionVerbBefore(t.first) >= 0) {
      // "the arrest of a journalist by Russian police drew condemnation from Washington": the act reacted to
      for (int k : reactedAct(segStart, reactionVerbBefore(t.first), sources)) {
        targets.add(k);
      }
    }
    if (targets.isEmpty() && !t.nominal && speaker == null && !(t.pattern != null && t.pattern.reversed())
        && ((t.pattern.needsTarget() || t.code.startsWith("16") || passive)
        && (passive ? finder.actorBetween(lo, t.first, sources) : finder.actorBetween(t.last + 1, segEnd, sources))
        || !t.user && possessiveAfter(t) && finder.actorBetween(lo, t.first, sources))) {
      if (clause == null) {
        clause = roles.clauseOf(t.first);
      }
      if (clause != null) { // "talks with the Taliban were rejected by", "recalled its envoy to France"
        for (int k : roles.targets(clause, t.code.startsWith("16"))) {
          if (!sources.contains(k)) {
            targets.add(k);
          }
        }
      }
    }
    if (t.user && targets.isEmpty() && sources.size() == 1) { // PETRARCH takes the first actor of the verb phrase, even a place
      int k = obliqueActorAfter(t);
      if (k >= 0) {
        targets.add(k);
      }
    }
    if (t.targetFirst && !passive && speaker == null) { // a user pattern "+ WAS_ * BY $": roles swap
      List<Integer> after = new ArrayList<>(targets);
      targets = new ArrayList<>(sources);
      sources = after;
      if (sources.isEmpty()) {
        return;
      }
    }
    if (sources.size() > 1) {
      d.lastPlural = sources;
      d.lastPluralSentence = s.index();
      boolean countries = true;
      for (int k : sources) {
        countries &= d.actor(k).country() != null;
      }
      if (countries && k(sources) == sources.size()) {
        d.compounds.put(sources.size(), sources);
      }
    }
    EventStatus status = statusReader.status(t, previous, segStart);
    String codeValue = t.code;
    // a hostile act that "could" be done "unless …" is held over someone as much as one that "will" be (issue 6,
    // wire round: "said it could suspend new loans unless the government acted" is CAMEO 1311)
    boolean heldOver = status == EventStatus.INTENDED
        || status == EventStatus.HYPOTHETICAL && !t.controlled && Integer.parseInt(codeValue.substring(0, 2)) >= 14;
    if (heldOver && finder.conditionFollows(t.last + 1)) {
      codeValue = threatCode(codeValue); // "will withdraw its troops unless …": a threat, made now
      status = EventStatus.ASSERTED;
    }
    t.status = status;
    if (codeValue.startsWith("13") && targets.isEmpty()) {
      int k = finder.conditionSubject(t.last + 1); // "threatened to stop talks if the United States goes ahead"
      if (k >= 0) {
        targets.add(k);
      }
    }
    if (EXERCISE_WORDS.contains(d.lower[t.last])) { // joint drills are cooperation; one side's, a show of force
      codeValue = sources.size() > 1 ? "062" : targets.isEmpty() ? codeValue : "150";
    }
    int protestTarget = -1;
    // a domestic protest is against its own government, and so is easing one ("called off a strike", CAMEO 082)
    if ((codeValue.startsWith("14") || codeValue.startsWith("082")) && targets.isEmpty() && sources.size() == 1
        && (d.generic.contains(d.actor(sources.get(0))) || nonState(d.actor(sources.get(0)))
        || people(d.actor(sources.get(0))))
        && abroad(placeIn(t.last + 1, segEnd, true), d.actor(sources.get(0))) == null) {
      // a domestic protest is against its own government
      Actor crowd = d.actor(sources.get(0));
      protestTarget = d.countryActor(crowd.country(), "GOV", crowd.start(), crowd.end());
      targets.add(protestTarget);
    }
    codeValue = byArmedSource(codeValue, sources);
    CameoCode code = tables.codeOf(codeValue);
    String date = whenWhere.date(t, segStart, segEnd, status);
    Location location = whenWhere.location(t, segStart, segEnd);
    boolean capitalIsVenue = isTalkCode(code.code()) && capitalIsVenue(t, segEnd, sources);
    if (isTalkCode(code.code())) {
      // "returned to Geneva for talks", "held talks in Jeddah": where talks are held is no party to them (issue 6,
      // round 5); but a visit's host is its target ("visited Beijing", CAMEO 042/043)
      for (java.util.Iterator<Integer> it = targets.iterator(); it.hasNext(); ) {
        int k = it.next();
        if (k < d.actors.size() && isVenue(d.actor(k), capitalIsVenue)) {
          if (location == null) {
            location = whenWhere.venueLocation(d.actor(k));
          }
          it.remove();
        }
      }
    }
    // "each other" makes any event mutual; "jointly"/"together" (or no target at all) only cooperation
    boolean reciprocal = sources.size() > 1 && (t.user && targets.isEmpty() || finder.hasEachOther(segStart, segEnd)
        || code.quadClass() <= 2
        || targets.isEmpty() && SYMMETRIC.contains(d.lemma[t.first]) && !code.code().startsWith("14"));
    List<Participant> srcs = new ArrayList<>();
    for (int k : sources) {
      srcs.add(participant(d.actor(k)));
    }
    if (speaker != null) {
      srcs.add(speaker);
    }
    for (int si = 0; si < srcs.size(); si++) {
      Participant src = srcs.get(si);
      List<Participant> chosen = new ArrayList<>();
      for (int ti = 0; ti < targets.size() && chosen.isEmpty(); ti++) {
        Participant cand = participant(d.actor(targets.get(ti)));
        if (isSelf(src, cand) && targets.get(ti) != protestTarget) {
          continue; // but "thousands of Kenyans protested": Kenya's people against Kenya's government
        }
        chosen.add(cand);
        // "visit Cairo and Addis Ababa", "called on both sides": each member of the target is one
        for (int tj = ti + 1; tj < targets.size(); tj++) {
          int k = targets.get(tj);
          Participant more = participant(d.actor(k));
          if ((k >= d.actors.size() || joinedTo(targets.get(tj - 1), k)) && !isSelf(src, more)) {
            chosen.add(more);
          } else {
            break;
          }
        }
      }
      if (chosen.size() == 1 && code.code().startsWith("042")
          && Objects.equals(chosen.get(0).country(), src.country())) {
        Participant abroad = placeAbroad(t.last + 1, segEnd, src); // "visited British troops in Estonia"
        if (abroad != null) {
          chosen.set(0, abroad);
        }
      }
      if (chosen.isEmpty() && reciprocal) {
        for (int sj = 0; sj < srcs.size(); sj++) {
          if (sj != si && !isSelf(src, srcs.get(sj))) {
            chosen.add(srcs.get(sj));
            if (srcs.size() == 2) {
              break;
            }
          }
        }
      }
      if (chosen.isEmpty() && finder.hasBetweenTheTwo(t.last + 1, segEnd)) {
        Participant other = finder.otherCountryBefore(t.first, src);
        if (other != null) {
          chosen.add(other);
        }
      }
      if (chosen.isEmpty() && !code.code().startsWith("01")) {
        Participant place = placeIn(t.last + 1, segEnd, code.code().startsWith("14"));
        if (place != null && isTalkCode(code.code()) && placeInIsCity(t.last + 1, segEnd, capitalIsVenue)
            && !(d.lemma[t.first].equals("meet") && t.last + 1 < segEnd && !PREPS.contains(d.lower[t.last + 1]))) {
          // "held talks in Jeddah": the venue; but "a summit in Switzerland" is the country's, and so are the
          // people met there ("met leaders in Baghdad")
          place = null;
        }
        if (place != null) { // "imposed a curfew in Algiers": the place's country
          chosen.add(place);
        }
      }
      if (chosen.isEmpty()) {
        if (t.pattern.needsTarget()) {
          continue;
        }
        chosen.add(null);
      }
      int start = d.a.tokenStart(t.first);
      int end = d.a.tokenEnd(t.last);
      CameoCode reply = t.reply == null ? null : tables.codeOf(t.reply);
      for (Participant target : chosen) {
        out.add(new Draft(start, end, d.order++, s, src, target, code, status, date, location));
        if (reply != null && target != null) { // a user code "032:033": the target's act back
          out.add(new Draft(start, end, d.order++, s, target, src, reply, status, date, location));
        }
      }
    }
  }

  /**
   * Whether a noun of CAMEO code {@code code} after preposition token {@code p} is borne by the subject of its
   * clause: "under pressure", "despite criticism", "with support", "after an appeal" (what one side says, gives or
   * forces), not "after talks" nor "during a visit", which the subject takes part in.
   */
  boolean undergoes(int p, String code) {
    if (p < 0) {
      return false;
    }
    String w = d.lower[p];
    int root = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    return w.equals("under") || (w.equals("despite") || w.equals("amid") || w.equals("with") || w.equals("after")
        || w.equals("following")) && (finder.sayOrGive(code) || root == 17);
  }

  /**
   * The passive light verb whose subject is the nominal trigger {@code t} with its complements ("new sanctions
   * on Russia were announced", "a peace deal was reached"), or -1: only nouns, modifiers, prepositions and
   * actors between the noun and the auxiliary.
   */
  int passiveLightVerbAfter(Trigger t) {
    int k = t.last + 1;
    for (int n = 0; k < hi && n < 10; n++, k++) {
      String w = d.lower[k];
      if (d.actorAt[k] >= 0 || DETS.contains(w) || PREPS.contains(w) && !w.equals("by") || w.equals("and")
          || Character.isLowerCase(d.a.tokenText(k).charAt(0)) && !inVerbTrigger[k - lo]
          && !MODALS_AND_AUX.contains(w) && !d.lemma[k].equals("be") && !w.endsWith("ed")) {
        continue;
      }
      break;
    }
    int v = k;
    while (v < hi && (MODALS_AND_AUX.contains(d.lower[v]) && !d.lower[v].equals("to") || d.lower[v].endsWith("ly"))) {
      v++;
    }
    return v > k && v < hi && PASSIVE_LIGHT_VERBS.contains(d.lemma[v]) && finder.isPassive(v) ? v : -1;
  }

  /** The actors of a theme-first passive's theme phrase, but those after "by", "from", "in" and the like. */
  List<Integer> themeTargets(Trigger t) {
    List<Integer> list = new ArrayList<>();
    for (int k = t.themeFrom; k <= t.themeEnd; k++) {
      if (d.actorAt[k] < 0) {
        continue;
      }
      int p = k - 1;
      while (p >= t.themeFrom && DETS.contains(d.lower[p])) {
        p--;
      }
      if (p < t.themeFrom || !OBLIQUE_PREPS.contains(d.lower[p]) || d.lower[p].equals("of")) {
        if (!list.contains(d.actorAt[k])) {
          list.add(d.actorAt[k]);
        }
      }
      k = d.lastToken(d.actor(d.actorAt[k]));
    }
    return list;
  }

  /** Whether a code is a reaction that has a target in the act it answers: disapproval, rejection, protest. */
  boolean reactionCode(String code) {
    return code.startsWith("11") || code.startsWith("12") || code.startsWith("14");
  }

  /**
   * The inflected verb of reaction before the noun at {@code first} ("drew condemnation", "sparked protests",
   * "prompted sharp criticism"), or -1.
   */
  int reactionVerbBefore(int first) {
    int k = first - 1;
    for (int n = 0; n < 3 && k >= lo && (DETS.contains(d.lower[k]) || RECEIVED_ADJECTIVES.contains(d.lower[k])
        || isAdjective(d.lower[k])) && d.actorAt[k] < 0; n++) {
      k--;
    }
    return k > lo && REACTION_VERBS.contains(d.lemma[k]) && !d.lemma[k].equals(d.lower[k]) ? k : -1;
  }

  /**
   * Who did the nominal act named in {@code [from, before)} of this sentence, as its trigger coded it ("the
   * arrest of X by Russian police", "Russia's blockade of"): the source of the last such trigger, but none of
   * {@code not}; empty when none.
   */
  List<Integer> reactedAct(int from, int before, List<Integer> not) {
    List<Integer> found = List.of();
    for (Trigger p : triggers) {
      if (p.nominal && !p.dropped && p.first >= from && p.last < before && p.subject != null
          && !p.subject.isEmpty() && Collections.disjoint(p.subject, not)) {
        found = p.subject;
      }
    }
    return found;
  }

  /**
   * Whether a coordinator or a subordinator stands between the subject the rules found for {@code t} and it:
   * "X condemned … and promised", "X is to restore ties … after Y burned", where that subject may belong to
   * another verb.
   */
  boolean clauseBreakAfterSubject(Trigger t) {
    for (int k = Math.max(t.subjectEnd + 1, lo); k < t.first; k++) {
      if (d.lower[k].equals("and") || CLAUSE_CONJUNCTIONS.contains(d.lower[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether "by" follows token {@code from} before the clause ends: a passive's agent the rules missed. */
  boolean byBefore(int from) {
    for (int k = from; k < hi && !HARD_BOUNDARIES.contains(d.lower[k]); k++) {
      if (d.lower[k].equals("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an actor in {@code [from, to)} stands in an "of" or "between" phrase ("opponents of Rwanda's
   * Senate", "resumption of ties between A and B"), where the rules take no subject but the clause's subject
   * phrase holds it.
   */
  boolean actorInModifierBetween(int from, int to) {
    for (int k = Math.max(from, lo + 1); k < to; k++) {
      if (d.actorAt[k] >= 0 && d.actorAt[k - 1] != d.actorAt[k]) {
        int p = k - 1;
        while (p > from && DETS.contains(d.lower[p])) {
          p--;
        }
        if (d.lower[p].equals("of") || d.lower[p].equals("between")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code actors} less those right after a preposition of place or "at": "the ministers of Peru met in Venice to
   * discuss" has its meeting's place there, not its subject.
   */
  List<Integer> notAfterPlacePreposition(List<Integer> actors) {
    List<Integer> out = new ArrayList<>(actors.size());
    for (int act : actors) {
      int p = d.firstToken(d.actor(act)) - 1;
      if (p < lo || !PLACE_PREPS.contains(d.lower[p]) && !d.lower[p].equals("at")) {
        out.add(act);
      }
    }
    return out;
  }

  /** Whether a verb trigger has a token in {@code [from, to)}: another verb the rules' subject may belong to. */
  @Override
  public boolean verbTriggerBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (inVerbTrigger[k - lo]) {
        return true;
      }
    }
    return false;
  }

  /** Whether "its" or "their" follows the trigger: an act on something of someone the text named before. */
  boolean possessiveAfter(Trigger t) {
    return t.last + 1 < hi && (d.lower[t.last + 1].equals("its") || d.lower[t.last + 1].equals("their"));
  }

  /** Whether an actor is a country's people by a plural demonym: "thousands of Nigerians". */
  boolean people(Actor a) {
    if (a.country() == null || !a.code().equals(a.country())) {
      return false;
    }
    String w = d.a.text().substring(a.start(), a.end()).toLowerCase(Locale.ROOT);
    return tables.pluralDemonyms().containsKey(w);
  }

  /** {@code place} when it lies in another country than {@code a}'s, else null. */
  Participant abroad(Participant place, Actor a) {
    return place != null && place.country() != null && !place.country().equals(a.country()) ? place : null;
  }

  /** Whether an actor is a country's non-state group: "Algerian students", "Nigerian workers", "rebels". */
  boolean nonState(Actor a) {
    String c = a.code();
    if (a.country() == null || c.length() < 6 || !c.startsWith(a.country())) {
      return false;
    }
    return NON_STATE_SECTORS.contains(c.substring(3, 6));
  }

  /**
   * A killing by armed forces is conventional military force (CAMEO 190: "troops killed three villagers"), not
   * the killing by physical assault (1823) of others; rebels' and militants' fighting keeps its code (PETRARCH
   * codes their attacks 19 too).
   */
  String byArmedSource(String codeValue, List<Integer> sources) {
    if (sources.isEmpty() || !codeValue.equals("1823")) {
      return codeValue;
    }
    for (int k : sources) {
      String c = d.actor(k).code();
      if (!(c.length() > 3 && c.substring(3).startsWith("MIL"))) {
        return codeValue;
      }
    }
    return "190";
  }

  /**
   * Whether a verb trigger is a past participle qualifying the plain noun before it, with "of" or "by" after:
   * "officials accused of playing a role", "a village attacked by militiamen".
   */
  boolean reducedRelative(Trigger t) {
    int p = t.first - 1;
    if (p < lo || t.first + 1 >= hi || !d.lower[t.first].endsWith("ed")) {
      return false;
    }
    String w = d.lower[p];
    String next = d.lower[t.first + 1];
    // "a suspect arrested in Karachi", "activists detained last week": a verb that wants an object, with none
    boolean objectless = !t.user && t.pattern != null && t.pattern.needsTarget()
        && (PARTICIPLE_FOLLOWERS.contains(next) || d.inTimex[t.first + 1]);
    // "Russian soldiers killed in Ukraine": with no object, even after an actor the verb is passive
    return (next.equals("of") || next.equals("by") || objectless) && (d.actorAt[p] < 0 || objectless)
        && !inTrigger[p - lo]
        && Character.isLowerCase(d.a.tokenText(p).charAt(0)) && Character.isLetter(w.charAt(0))
        && !MODALS_AND_AUX.contains(w) && !w.endsWith("ly") && !PREPS.contains(w) && !DETS.contains(w)
        && !verbLemmas.contains(d.lemma[p]) && !HARD_BOUNDARIES.contains(w) && !w.equals("and");
  }

  /** The first actor after a trigger in its clause, whatever preposition leads to it; -1 when none. */
  int obliqueActorAfter(Trigger t) {
    for (int k = t.last + 1; k < hi; k++) {
      if (k == t.last + 1 && d.lower[k].equals("that")) {
        continue; // "allowed that Mordor is …": the clause's subject
      }
      if (HARD_BOUNDARIES.contains(d.lower[k]) || d.lower[k].equals(",") || inVerbTrigger[k - lo]
          || ADJUNCT_STARTS.contains(d.lower[k]) && d.actorAt[k] < 0) {
        return -1;
      }
      if (d.actorAt[k] >= 0) {
        return d.actorAt[k];
      }
    }
    return -1;
  }

  /** Whether actor {@code b} follows actor {@code a} joined by "and", "or" or a comma. */
  boolean joinedTo(int a, int b) {
    if (a >= d.actors.size() || b >= d.actors.size()) {
      return false;
    }
    int k = d.lastToken(d.actor(a)) + 1;
    int end = d.firstToken(d.actor(b));
    int p = d.firstToken(d.actor(a)) - 1;
    while (p > lo && DETS.contains(d.lower[p])) {
      p--;
    }
    // "between an Israeli peace movement and the PLO": "between" joins its two members, nouns and all
    boolean between = p >= lo && d.lower[p].equals("between");
    boolean joined = false;
    for (; k < end; k++) {
      String w = d.lower[k];
      if (w.equals("and") || w.equals("or") || w.equals(",") && !between) {
        joined = true;
      } else if (!(DETS.contains(w) || between && !joined && !GAP_STOPS.contains(w))) {
        return false;
      }
    }
    return joined;
  }

  /**
   * The agent of an agentless passive: the subject of a reporting verb before it ("the army said the men
   * would be handed over"), or for an arrest the police named in the sentence; empty when neither.
   */
  List<Integer> unstatedAgent(Trigger t) {
    boolean future = false;
    for (int j = t.first - 1; j >= lo && j >= t.first - 4; j--) {
      future |= d.lower[j].equals("would") || d.lower[j].equals("will") || d.lower[j].equals("to");
    }
    for (int j = t.first - 1; j >= lo && future; j--) {
      String lem = d.lemma[j];
      if (REPORTING.contains(lem) && !lem.equals(d.lower[j]) && !lem.equals("tell") && !lem.equals("warn")) {
        for (int i = j - 1; i >= lo; i--) {
          if (d.actorAt[i] >= 0) {
            int first = Math.max(lo, d.firstToken(d.actor(d.actorAt[i])));
            if (finder.isSubjectLike(first)) {
              return List.of(d.actorAt[i]);
            }
            i = first;
          }
        }
        break;
      }
    }
    if (t.code.startsWith("17")) {
      for (int k = lo; k < hi; k++) {
        if (d.actorAt[k] >= 0 && d.actor(d.actorAt[k]).code().endsWith("COP")) {
          return List.of(d.actorAt[k]);
        }
      }
    }
    return List.of();
  }

  /**
   * The agent of an attack or arrest that names none ("two Chinese engineers were killed in Pakistan", "three
   * civilians were killed in a bombing in Mosul", "a roadside bomb killed two soldiers near Kandahar", "dozens
   * of protesters were arrested in Minsk"), as both gold sets code it (issue 6): for an attack on foreigners the
   * host country itself; for one on the host's own people, or on no one named, its unidentified attackers
   * ({@code UAF}); for an arrest its police. The host is the place the clause names after a preposition of place
   * ("in", "near"; a country or a capital), else the country of victims who are all of one, but for an attack
   * on soldiers, officials or others often abroad (then an agent of no country). Empty for other acts, or when
   * neither place nor victims give a country.
   */
  List<Integer> unnamedAgent(Trigger t, List<Integer> victims, int segEnd) {
    hostPlace = -1;
    boolean attack = t.code.startsWith("18") || t.code.startsWith("19") || t.code.startsWith("20");
    boolean arrest = t.code.startsWith("173") || t.code.startsWith("174");
    if (!attack && !arrest || t.last + 1 < hi && d.lower[t.last + 1].endsWith("ing")
        || t.first == t.last && WEAK_ATTACKS.contains(d.lemma[t.first])) {
      return List.of(); // "is charged with ensuring order", "minorities were more likely to be targeted"
    }
    int by = t.last + 1;
    while (by < segEnd && !d.lower[by].equals("by")) {
      by++;
    }
    if (by + 1 < segEnd) { // "targeted by the newspaper": an agent named, if not as an actor
      int j = by + 1;
      while (j < segEnd && !ATTACK_NOUNS.contains(d.lower[j]) && !d.lower[j].equals("fire")
          && !GAP_STOPS.contains(d.lower[j]) && j < by + 4) {
        j++;
      }
      if (j >= segEnd || !ATTACK_NOUNS.contains(d.lower[j]) && !d.lower[j].equals("fire")) {
        return List.of(); // but "wounded by shelling", "killed by sniper fire" name only the weapon
      }
    }
    int place = hostPlace(t.last + 1, segEnd, true);
    if (place < 0) { // "a bomb exploded at a bus station in Nairobi, killing four people"
      place = hostPlace(lo, t.first, false);
    }
    hostPlace = place;
    String host = place >= 0 ? d.actor(place).country() : null;
    boolean mayBeAbroad = false;
    if (host == null) {
      for (int v : victims) {
        Actor victim = d.actor(v);
        String c = victim.country();
        if (c == null || host != null && !host.equals(c)) {
          return List.of();
        }
        host = c;
        mayBeAbroad |= !arrest && victim.code().length() > 3 && ABROAD_SECTORS.contains(victim.code().substring(3));
      }
    }
    if (host == null) {
      return List.of();
    }
    if (mayBeAbroad) {
      // "a roadside bomb killed two American soldiers": soldiers, officials, reporters and engineers are often
      // abroad, so with no place named their country is no clue to the attacker's (issue 6, round 5): CAMEO's
      // unidentified attackers of no country (an arrest with no place named stays the victims' country's)
      d.extra.add(new Actor(d.a.tokenStart(t.first), d.a.tokenEnd(t.last), "unidentified attackers", null, "UAF",
          null));
      return List.of(d.actors.size() + d.extra.size() - 1);
    }
    boolean foreigners = !victims.isEmpty();
    for (int v : victims) {
      foreigners &= d.actor(v).country() != null && !d.actor(v).country().equals(host);
    }
    int start = d.a.tokenStart(t.first);
    int end = d.a.tokenEnd(t.last);
    if (arrest) { // "were jailed", "have been charged": the courts; "were arrested", "detained": the police
      return List.of(COURT_ACTS.contains(d.lemma[t.first])
          ? d.unnamedActor("the courts", host, "JUD", start, end)
          : d.unnamedActor("police", host, "COP", start, end));
    }
    if (foreigners) { // "Russian soldiers killed in Ukraine": UKR against RUSMIL
      return List.of(place >= 0 && d.actor(place).code().equals(host) ? place
          : d.countryActor(host, "", start, end));
    }
    return List.of(d.unnamedActor("unidentified attackers", host, "UAF", start, end));
  }

  /**
   * The first place named in [from, to) after a preposition of place, past "the", region words and the kind of
   * place ("in central Baghdad", "near the town of Samarra"); an actor coded as its bare
   * country or a capital coded as its government; -1 when none, or, after the act ({@code ownAct}), when another
   * verb's act stands between.
   */
  int hostPlace(int from, int to, boolean ownAct) {
    for (int k = from; k + 1 < to; k++) {
      if (ownAct && k > from && inVerbTrigger[k - lo] && !PREPS.contains(d.lower[k - 1]) && !DETS.contains(d.lower[k - 1])) {
        return -1; // another act's place; but "wounded by shelling near Donetsk" is this act's
      }
      if (!PLACE_PREPS.contains(d.lower[k])) {
        continue;
      }
      int j = k + 1;
      while (j < to && (DETS.contains(d.lower[j]) || REGION_WORDS.contains(d.lower[j])
          || j + 2 < to && PLACE_KIND_NOUNS.contains(d.lower[j]) && d.lower[j + 1].equals("of"))) {
        j += DETS.contains(d.lower[j]) || REGION_WORDS.contains(d.lower[j]) ? 1 : 2; // "near the town of Samarra"
      }
      if (j < to && d.actorAt[j] >= 0) {
        Actor place = d.actor(d.actorAt[j]);
        if (place.country() != null && (place.code().equals(place.country())
            || place.code().equals(place.country() + "GOV") && tables.capitals().contains(place.name()))) {
          return d.actorAt[j];
        }
      }
    }
    return -1;
  }

  /** Whether an attack noun with no actor is the subject of {@code t}: "a roadside bomb killed", "a blast, killing". */
  boolean weaponSubject(Trigger t) {
    for (int k = t.first - 1; k >= lo && k >= t.first - 12; k--) {
      if (d.actorAt[k] >= 0) {
        int first = Math.max(lo, d.firstToken(d.actor(d.actorAt[k])));
        if (finder.isSubjectLike(first)) {
          return false;
        }
        k = first; // "a roadside bombing near Samarra killed": a place inside the subject
        continue;
      }
      if (HARD_BOUNDARIES.contains(d.lower[k])) {
        return false;
      }
      if (ATTACK_NOUNS.contains(d.lower[k])) {
        return k + 1 == t.first || !inVerbTrigger[k + 1 - lo] || k + 2 == t.first
            || d.lower[t.first - 1].equals(",");
      }
    }
    return false;
  }

  /** The number of different countries among actors {@code list}. */
  long k(List<Integer> list) {
    return list.stream().map(i -> d.actor(i).country()).distinct().count();
  }

  /** The country of the first place named after "in" in [from, to): an actor coded as its bare country. */
  Participant placeIn(int from, int to, boolean protest) {
    for (int k = from; k + 1 < to; k++) {
      if (inVerbTrigger[k - lo] && k > lo && (PREPS.contains(d.lower[k - 1]) && !d.lower[k - 1].equals("to")
          || d.lower[k - 1].equals("and"))) {
        // "jailed a man for helping militants travel to Lebanon": another act's place (but "sent troops to
        // assist with relief in Indonesia" says where the sending is for)
        return null;
      }
      int j = k + 1;
      if (j < to && d.lower[j].equals("the")) {
        j++;
      }
      if (d.lower[k].equals("in") && j < to && d.actorAt[j] >= 0) {
        Actor a = d.actor(d.actorAt[j]);
        if (a.country() != null && a.code().equals(a.country() + "GOV")
            && (protest || tables.capitals().contains(a.name()))) {
          // "protested in Beijing": a capital's country, the protest's addressee
          return new Participant(tables.countryNames().getOrDefault(a.country(), a.country()), null, a.country(),
              a.country());
        }
        return a.country() != null && a.code().equals(a.country()) ? participant(a) : null;
      }
    }
    return null;
  }

  /**
   * Whether {@code a} is a city named after a preposition of where or whither ("in Jeddah", "to Geneva"), not a
   * party ("talks with Moscow") nor a country, which hosts what is held in it; a capital only when {@code
   * capitalIsVenue}.
   */
  boolean isVenue(Actor a, boolean capitalIsVenue) {
    if (a.country() == null) {
      return false;
    }
    boolean city = a.code().equals(a.country()) && !a.name().equals(tables.countryNames().get(a.country()))
        || capitalIsVenue && a.code().equals(a.country() + "GOV") && tables.capitals().contains(a.name());
    if (!city) { // "attend a summit in Switzerland": a country hosts it, as PETRARCH's gold has it
      return false;
    }
    int k = d.firstToken(a) - 1;
    if (k >= lo && d.lower[k].equals("the")) {
      k--;
    }
    return k >= lo && VENUE_PREPS.contains(d.lower[k]);
  }

  /**
   * Whether the first actor after "in" (and "the") in [from, to) is a city, the place {@link #placeIn} reads; a
   * capital only when {@code capitalIsVenue}.
   */
  boolean placeInIsCity(int from, int to, boolean capitalIsVenue) {
    for (int k = from; k + 1 < to; k++) {
      int j = k + 1 < to && d.lower[k + 1].equals("the") ? k + 2 : k + 1;
      if (d.lower[k].equals("in") && j < to && d.actorAt[j] >= 0) {
        Actor a = d.actor(d.actorAt[j]);
        return a.country() != null && !a.name().equals(tables.countryNames().get(a.country()))
            && (capitalIsVenue || !tables.capitals().contains(a.name()));
      }
    }
    return false;
  }

  /**
   * Whether a capital where talks {@code t} are held is only their venue: when the clause names the other party
   * ("talks with government negotiators in Havana", "between") or an organisation of no country holds them ("EU
   * leaders are holding talks in Brussels"); else a government's envoy holding talks in a capital holds them with
   * its government ("Jack Straw will hold talks in Beijing").
   */
  boolean capitalIsVenue(Trigger t, int segEnd, List<Integer> sources) {
    for (int k = t.first; k < segEnd; k++) {
      if (d.lower[k].equals("with") || d.lower[k].equals("between")) {
        return true;
      }
    }
    for (int k : sources) {
      if (d.actor(k).country() == null) {
        return true;
      }
    }
    return false;
  }

  /** The first actor after "in" in [from, to) of another country than {@code src}, or null. */
  Participant placeAbroad(int from, int to, Participant src) {
    for (int k = from; k + 1 < to; k++) {
      if (d.lower[k].equals("in") && d.actorAt[k + 1] >= 0) {
        Actor a = d.actor(d.actorAt[k + 1]);
        if (a.country() != null && !a.country().equals(src.country())) {
          return participant(a);
        }
      }
    }
    return null;
  }

  // ---- clauses ----

  int segmentStart(int t) {
    int k = t - 1;
    while (k >= lo && !d.lower[k].equals(",") && !HARD_BOUNDARIES.contains(d.lower[k])) {
      k--;
    }
    return k + 1;
  }

  @Override
  public int segmentEnd(int t) {
    int k = t + 1;
    while (k < hi && !d.lower[k].equals(",") && !HARD_BOUNDARIES.contains(d.lower[k])) {
      k++;
    }
    return k; // exclusive
  }

  // ---- helpers ----

  /** Whether two participants are the same actor: same entity, same code, or one is the other's bare country. */
  private static boolean isSelf(Participant a, Participant b) {
    if (a.entity() != null && a.entity().equals(b.entity())
        && !(a.code().length() > 3 && b.code().length() > 3 && !a.code().equals(b.code()))) {
      return true; // one entity, but "Georgian demonstrators" and "the Georgian government" are two actors
    }
    if (a.code().equals(b.code())) {
      return true;
    }
    if (a.country() == null || !a.country().equals(b.country())) {
      return false;
    }
    // "Russia" and "the Russian government" are one side; "rebels" in Russia and Russia are two
    return a.code().equals(a.country()) && !nonStateCode(b) || b.code().equals(b.country()) && !nonStateCode(a);
  }

  private static boolean nonStateCode(Participant p) {
    String c = p.code();
    return c.length() >= 6 && NON_STATE_SECTORS.contains(c.substring(3, 6));
  }

  /** The threat code for threatening to do {@code code}: "threatened to impose sanctions" → 1312. */
  static String threatCode(String code) {
    if (code.equals("163")) {
      return "1312";
    }
    if (code.startsWith("162")) {
      return "1311";
    }
    if (code.equals("161")) {
      return "1313";
    }
    if (code.equals("164")) {
      return "134";
    }
    if (code.startsWith("166")) {
      return "136";
    }
    if (code.startsWith("16")) {
      return "131";
    }
    if (code.equals("1723")) {
      return "1323";
    }
    if (code.equals("1724")) {
      return "1324";
    }
    if (code.equals("175")) {
      return "137";
    }
    if (code.equals("191")) {
      return "1381";
    }
    if (code.equals("192")) {
      return "1382";
    }
    if (code.startsWith("17")) {
      return "132";
    }
    if (code.startsWith("204")) {
      return "1385";
    }
    if (code.startsWith("18")) {
      return "1383";
    }
    if (code.startsWith("19") || code.startsWith("20")) {
      return "1384";
    }
    if (code.startsWith("14")) {
      return "133";
    }
    return "130";
  }
}

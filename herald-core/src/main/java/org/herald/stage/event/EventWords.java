package org.herald.stage.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word sets and word tests that more than one of the event stage's readers use (the article view, the trigger,
 * role, status and when/where rules, the sentence coder): prepositions, determiners, auxiliaries, clause
 * boundaries, the cue verbs of intent, negation and report, noun-phrase modifiers; quotation marks and adjective
 * endings. A set that one reader alone uses lives in that reader. Immutable and thread-safe; English only.
 */
final class EventWords {
  static final Set<String> PREPS = Set.of("by", "from", "of", "to", "with", "against", "on", "for",
      "between", "in", "at", "into", "toward", "towards", "about", "over", "under", "after", "before", "since",
      "among", "than", "via", "including", "like", "near", "across", "through", "within", "without", "amid",
      "despite", "during", "upon", "onto", "behind", "beyond", "around");
  static final Set<String> DETS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
      "its", "their", "our", "my", "your", "some", "any", "every", "each", "both", "all", "no", "another");
  static final Set<String> MODALS_AND_AUX = Set.of("will", "would", "shall", "should", "can", "could",
      "may", "might", "must", "do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "be", "been",
      "being", "am", "'ll", "’ll", "'ve", "’ve", "'re", "’re", "not", "n't", "n’t", "never", "also", "to",
      "jointly", "together", "already", "still", "then", "now", "soon", "again", "later", "further", "no",
      "longer", "ever", "reportedly", "allegedly", "once", "first", "finally", "just", "even", "only", "yet",
      "going", "about");
  static final Set<String> HARD_BOUNDARIES = Set.of(";", ":", "that", "which", "who", "whom", "whose",
      "when", "where", "while", "because", "although", "though", "whereas", "if", "unless", "whether");
  static final Set<String> GAP_STOPS = Set.of(",", ";", ":", ".", "!", "?", "(", ")");
  /**
   * Verbs whose "to" complement is intended, not done. No "vote": a council or parliament that voted to impose
   * sanctions imposed them, and CAMEO codes the act (issue 6, wire round); volunteering and consenting are pledges.
   */
  static final Set<String> INTENT_CUES = Set.of("plan", "intend", "aim", "pledge", "promise", "vow",
      "agree", "expect", "set", "prepare", "decide", "seek", "want", "hope", "offer", "schedule", "propose",
      "resolve", "commit", "undertake", "swear", "ready", "willing", "determined", "eager", "volunteer", "consent");
  /** Verbs whose object does the next "to" verb: "urged Germany to deliver". */
  static final Set<String> CONTROL_VERBS = Set.of("urge", "ask", "call", "invite", "allow", "force",
      "persuade", "press", "encourage", "pressure", "push", "want", "expect", "order", "tell", "instruct",
      "require", "permit", "authorize", "authorise", "implore", "exhort", "beseech", "entreat", "beg", "lobby",
      "prevail", "pressurise", "pressurize");
  static final Set<String> NEGATION_CUES = Set.of("refuse", "decline", "fail", "deny", "reject");
  static final Set<String> REPORTING = Set.of("say", "tell", "announce", "state", "add", "write",
      "report", "claim", "insist", "declare", "confirm", "note", "explain", "stress", "warn");
  /** Words that make a plain noun an unnamed agent, and join its span: "armed men", "by unknown gunmen". */
  static final Set<String> AGENT_MODIFIERS = Set.of("armed", "masked", "unidentified", "unknown",
      "suspected", "hooded", "alleged");
  /** Prepositions that name where an act happened: "in Karachi", "near Kandahar", "outside Kabul". */
  static final Set<String> PLACE_PREPS = Set.of("in", "near", "outside", "across", "around", "inside");
  /** Words of a part of a country before its name: "in southern Serbia". */
  static final Set<String> REGION_WORDS = Set.of("southern", "northern", "eastern", "western", "central",
      "southeastern", "southwestern", "northeastern", "northwestern");
  /** Nouns of claims and demands whose "that" clause is not asserted: "suggestions that", "demands that". */
  static final Set<String> CLAIM_NOUNS = Set.of("suggestion", "suggestions", "claim", "claims",
      "allegation", "allegations", "accusation", "accusations", "demand", "demands", "rumour", "rumours", "rumor",
      "rumors", "speculation", "reports", "charges", "assertion", "assertions", "proposal", "call", "calls");

  static final Set<String> GENITIVE = Set.of("'s", "’s", "'", "’");
  /** Words before a noun that say it is one: "his first trip", "the upcoming visit". */
  static final Set<String> NOMINAL_MODIFIERS = Set.of("first", "second", "third", "last", "next",
      "recent", "upcoming", "planned", "official", "state", "historic", "landmark", "long-awaited", "expected",
      "surprise", "rare", "new", "latest", "proposed", "possible", "potential", "joint", "two-day", "three-day",
      "one-day", "brief", "forthcoming", "scheduled", "high-level", "bilateral", "formal", "further", "fresh",
      "previous", "earlier", "unannounced", "reciprocal", "return", "full", "deadly", "massive",
      "major", "direct", "military", "economic", "diplomatic", "humanitarian", "western", "international");
  static final Set<String> ADJUNCT_STARTS = Set.of("after", "before", "since", "during", "amid",
      "despite", "following", "until", "while", "when", "because", "as", "ahead", "unless", "if", "although",
      "whereas", "so", "once");
  /** Nouns that make a nominal trigger before them a modifier: "pressure groups", "aid agencies". */
  static final Set<String> COMPOUND_HEADS = Set.of("group", "groups", "movement", "movements",
      "organisation", "organisations", "organization", "organizations", "agency", "agencies", "leader", "leaders",
      "worker", "workers", "camp", "camps", "committee", "committees", "organiser", "organisers", "organizer",
      "organizers");
  /** Words that open a clause before its subject: "after New Delhi accused", "as Ukraine and Korea accuse". */
  static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("after", "before", "since", "until", "till", "as",
      "once");
  /** Prepositions whose actor is where or whence an act is done, or a part of its object, not whom it is done to. */
  static final Set<String> OBLIQUE_PREPS = Set.of("from", "by", "in", "at", "near", "outside", "inside",
      "across", "than", "like", "of");
  /** Prepositions of a nominal trigger's complements, past which its "by" agent may stand: "the attack on X by Y". */
  static final Set<String> NOUN_COMPLEMENT_PREPS = Set.of("of", "on", "to", "against", "with", "into",
      "over", "in", "at", "near", "from");
  static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "both", 2);

  /**
   * Verbs whose passive puts an event noun in the subject, the act's own doer after "by" (issue 6, s6-roles):
   * "sanctions were announced by Japan", "an agreement was reached between".
   */
  static final Set<String> PASSIVE_LIGHT_VERBS = Set.of("announce", "launch", "begin", "start", "issue",
      "stage", "hold", "declare", "conduct", "mount", "order", "make", "carry", "undertake", "initiate", "resume",
      "impose", "deliver", "approve", "adopt", "sign", "agree", "reach", "conclude", "unveil", "introduce",
      "extend", "slap", "pay");

  private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ous", "ive", "ic", "ful", "ary", "ible",
      "able");

  /** Whether {@code w} (lower case) is a quotation mark, straight or curly, double or single. */
  static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("'") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’");
  }

  /** A lower-case word with an adjective's ending: "accidental clashes", "informal bans" (a noun follows). */
  static boolean isAdjective(String w) {
    if (w.length() < 5 || MODALS_AND_AUX.contains(w) || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    for (String end : ADJECTIVE_ENDINGS) {
      if (w.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  private EventWords() {
  }
}

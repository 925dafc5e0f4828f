package org.herald.stage.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small English verb and noun lemmatiser: a table of irregular verb forms, then suffix rules whose candidates
 * are checked against a lexicon of known lemmas ("hosted" → host, "liberated" → liberate, "stopped" → stop,
 * "sanctions" → sanction). Immutable and thread-safe.
 */
public final class Lemmatizer {
  private static final Map<String, String> IRREGULAR = new HashMap<>();

  static {
    // base, past, past participle (and other irregular forms); "/" separates variants
    String[] table = {
        "arise arose arisen", "awake awoke awoken", "be was/were/is/are/am/'re/’re/'m/’m been/being",
        "bear bore borne/born", "beat beat beaten", "become became become", "begin began begun",
        "bend bent bent", "bid bid bid", "bind bound bound", "bite bit bitten", "bleed bled bled",
        "blow blew blown", "break broke broken", "bring brought brought", "build built built",
        "burn burnt burnt", "buy bought bought", "cast cast cast", "catch caught caught",
        "choose chose chosen", "come came come", "cost cost cost", "cut cut cut", "deal dealt dealt",
        "dig dug dug", "do did/does done", "draw drew drawn", "drink drank drunk", "drive drove driven",
        "eat ate eaten", "fall fell fallen", "feed fed fed", "feel felt felt", "fight fought fought",
        "find found found", "flee fled fled", "fly flew/flies flown", "forbid forbade forbidden",
        "forget forgot forgotten", "forgive forgave forgiven", "freeze froze frozen", "get got gotten",
        "give gave given", "go went/goes gone", "grind ground ground", "grow grew grown", "hang hung hung",
        "have had/has/'ve/’ve had", "hear heard heard", "hide hid hidden", "hit hit hit",
        "hold held held", "hurt hurt hurt", "keep kept kept", "know knew known", "lay laid laid",
        "lead led led", "leave left left", "lend lent lent", "let let let", "lie lay lain", "lose lost lost",
        "make made made", "mean meant meant", "meet met met", "mislead misled misled", "overcome overcame overcome",
        "overrun overran overrun", "overthrow overthrew overthrown", "pay paid paid", "put put put",
        "quit quit quit", "read read read", "rebuild rebuilt rebuilt", "rid rid rid", "ride rode ridden",
        "ring rang rung", "rise rose risen", "run ran run", "say said/says said", "see saw seen",
        "seek sought sought", "sell sold sold", "send sent sent", "set set set", "shake shook shaken",
        "shoot shot shot", "shut shut shut", "sing sang sung", "sink sank sunk", "sit sat sat",
        "slay slew slain", "speak spoke spoken", "spend spent spent", "split split split", "spread spread spread",
        "stand stood stood", "steal stole stolen", "stick stuck stuck", "strike struck struck/stricken",
        "swear swore sworn", "sweep swept swept", "take took taken", "teach taught taught", "tear tore torn",
        "tell told told", "think thought thought", "throw threw thrown", "undergo underwent undergone",
        "understand understood understood", "undertake undertook undertaken", "uphold upheld upheld",
        "upset upset upset", "wage waged waged", "wake woke woken", "wear wore worn", "win won won",
        "withdraw withdrew withdrawn", "withhold withheld withheld", "write wrote written",
        "will 'll/’ll wo", "can ca", "shall sha", "not n't/n’t",
        "talk talks", "arm arms", "ally allies/allied", "rally rallies/rallied"
    };
    for (String row : table) {
      String[] parts = row.split(" ");
      for (int i = 1; i < parts.length; i++) {
        for (String form : parts[i].split("/")) {
          IRREGULAR.putIfAbsent(form, parts[0]);
        }
      }
    }
  }

  private final Set<String> lexicon;

  /** A lemmatiser that prefers candidates found in {@code lexicon} (lower-case lemmas). */
  public Lemmatizer(Set<String> lexicon) {
    this.lexicon = Set.copyOf(lexicon);
  }

  /** The lemma of {@code word}, lower-case; the lower-cased word itself when no rule applies. */
  public String lemma(String word) {
    return lemma(word, true);
  }

  /**
   * The verb of an -ing form that the lexicon also knows as a noun ("training", "meeting", "shelling" → train, meet,
   * shell), for a word read as a verb ("are training"); otherwise as {@link #lemma(String)}.
   */
  public String verbLemma(String word) {
    return lemma(word, false);
  }

  private String lemma(String word, boolean lexiconWins) {
    String w = word.toLowerCase(Locale.ROOT);
    String irr = IRREGULAR.get(w);
    if (irr != null) {
      return irr;
    }
    if (w.length() <= 3 || lexiconWins && lexicon.contains(w)) {
      return w;
    }
    String stem;
    if (w.endsWith("ies") || w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ing") && w.length() == 5) { // "suing", "eying": only a known short verb, not "thing"
      stem = w.substring(0, 2);
      return lexicon.contains(stem + "e") ? stem + "e" : w;
    }
    if (w.endsWith("ing") && w.length() > 5) {
      stem = w.substring(0, w.length() - 3);
      return pick(stem, stem + "e", undouble(stem));
    }
    if (w.endsWith("ed")) {
      stem = w.substring(0, w.length() - 2);
      return pick(stem, stem + "e", undouble(stem));
    }
    if (w.endsWith("es")) {
      stem = w.substring(0, w.length() - 2);
      if (stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
          || stem.endsWith("sh") || stem.endsWith("o")) {
        return pick(stem, stem + "e", stem + "e"); // "fixes", "vetoes", "raises"
      }
      return w.substring(0, w.length() - 1); // "takes" → take; "departes" is no form of "depart"
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The first candidate in the lexicon, else a guess by spelling. */
  private String pick(String stem, String withE, String undoubled) {
    if (lexicon.contains(stem)) {
      return stem;
    }
    if (lexicon.contains(withE)) {
      return withE;
    }
    if (lexicon.contains(undoubled)) {
      return undoubled;
    }
    // unknown word: "stopped" → stop, but "called" → call and "passed" → pass
    char c = stem.charAt(stem.length() - 1);
    return undoubled.length() < stem.length() && c != 'l' && c != 's' ? undoubled : stem;
  }

  private static String undouble(String stem) {
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
      return stem.substring(0, n - 1);
    }
    return stem;
  }
}

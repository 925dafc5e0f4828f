package org.herald.stage.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.Sentence;

/**
 * CAMEO's coding conventions where a trigger's own code reads too literally (issue 6, s7-petr), applied to an
 * article's coded events before they are merged:
 * <ul>
 *   <li>Violence by protesters, rioters, demonstrators, strikers, marchers, a mob or a crowd (they stormed,
 *       burned, destroyed, attacked, beat) is a violent protest, CAMEO 145, with the protesters as the source:
 *       the codebook's "protest violently, riot" and PETRARCH's "protestor demolish" and "demonstrator storm".</li>
 *   <li>The same from protesters threatened or vowed ("threatened to storm the parliament") is a threat of
 *       protest, CAMEO 133, not of military force.</li>
 *   <li>A claim or allegation that someone attacked, seized or killed ("the US claimed that ISIL had attacked
 *       Iraq"), and a report by the victim itself of an attack on it ("Israel said a rocket was fired at it from
 *       Gaza"), is also an accusation, CAMEO 112, from the claimant to the one said to have done it; the act
 *       stays as coded (Herald has no status for "reported").</li>
 *   <li>Killing or wounding soldiers by an armed group, a state or an unnamed side is use of conventional military
 *       force, CAMEO 190: root 18 is the codebook's "unconventional violence" (1823 kills "not with conventional
 *       military weapons"), so bombs, knives and beatings stay there.</li>
 *   <li>A trip to a sports or arts occasion ("heads to Beijing for the opening of the Olympic Games") is no
 *       visit (CAMEO 042) to the host country's government.</li>
 *   <li>One country that "beat" another by name ("Brazil beat Italy on penalties") won a match or a vote: no
 *       beating (CAMEO 182), which has people on both sides ("police beat protesters").</li>
 * </ul>
 * And the wire senses of business and economic copy (s8-precision), where a trigger word names no political act:
 * <ul>
 *   <li>Demand as an economic quantity ("oil demand rose", "strong demand", "U.S. demand could be sluggish",
 *       "supply and demand", "Japanese demand for U.S. beef rose") is no demand (CAMEO 10); "a U.S. demand that
 *       Japan end quotas" and "an EU demand for Turkey to" still are.</li>
 *   <li>A central bank's money-market operations ("provided the money market with 15 mln stg assistance",
 *       "liquidity aid", "supply of reserves to the banking system") are no aid (CAMEO 07, 033, 162).</li>
 *   <li>Deaths and injuries in an accident or a natural disaster ("killed in a rock fall", "floods injured 50")
 *       are no violence (CAMEO 18) when no armed actor is named as the doer, nor is a thing that exploded in a
 *       place named as the doer ("a grain elevator in Burlington, Iowa, exploded").</li>
 *   <li>Retaliation over trade ("fear of U.S. retaliation" against a tax on imports, or any in a story of trade
 *       with no word of war) is a sanction (CAMEO 163),
 *       not military force; a strike by workers over pay is a strike (CAMEO 143), not an air strike, and one state's
 *       "strike against" another ("a U.S. strike against Iran") is military force (CAMEO 190), not a walkout.</li>
 *   <li>"Pounds" after an amount is money, "stricken" by an earthquake is no attack, "potential targets" are
 *       no attack on anyone.</li>
 *   <li>A company's officer resigning or stepping down is no concession of power (CAMEO 0831).</li>
 *   <li>A plain statement to a news organisation ("an EC official told Reuters") is the report's own sourcing, no
 *       statement to a political actor (CAMEO 010).</li>
 *   <li>A budget, bill or plan "calling for" spending states its terms; it is no appeal (CAMEO 02).</li>
 *   <li>A month written in lower case before a day ("LIMA, march 9 -") is a date, not a march (CAMEO 141).</li>
 *   <li>"Help" with no one helped right after it ("to help reduce the deficit with the United States") is a
 *       purpose, not aid (CAMEO 070) to whoever stands later in the sentence.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class CameoConventions {
  /** What the conventions read of an article: its tokens and who stands on each. */
  interface Text {
    Article article();

    /** Token {@code t} in lower case. */
    String lower(int t);

    /** The lemma of token {@code t}. */
    String lemma(int t);

    /** The participant an actor standing on token {@code t} makes, or null. */
    Participant participantAt(int t);
  }

  static final String RIOT = "145";
  static final String PROTEST_THREAT = "133";
  static final String ACCUSE = "112";
  static final String MILITARY_FORCE = "190";
  static final String BEATING = "182";

  /** Nouns of a protesting crowd; a source named with one of them riots rather than assaults. */
  private static final Set<String> PROTESTERS = Set.of("protester", "protesters", "protestor", "protestors",
      "demonstrator", "demonstrators", "rioter", "rioters", "striker", "strikers", "marcher", "marchers", "mob",
      "mobs", "crowd", "crowds", "picketers");
  /** Sectors of civilian groups (CAMEO actor codebook), whose violence during a protest is a riot. */
  private static final Set<String> CIVIL = Set.of("CVL", "AGR", "LAB", "EDU", "OPP");
  /** Words of a protest under way. */
  private static final Set<String> PROTEST_WORDS = Set.of("march", "marches", "protest", "protests", "protesting",
      "demonstration", "demonstrations", "rally", "rallies", "riot", "riots", "rioting");
  /** Codes of the violent acts a crowd commits: seizing, damaging or destroying property, storming, beating. */
  private static final Set<String> RIOT_ACTS = Set.of("171", "1711", "1712", "180", "182", "190", "192");
  /** Threats to seize, occupy, attack or use force, which from protesters threaten a riot (CAMEO 133). */
  private static final Set<String> THREATS_OF_FORCE = Set.of("132", "138", "1381", "1382", "1383", "1384");
  /** Demonstrating, which a riot by the same source in the same sentence already says. */
  private static final Set<String> DEMONSTRATING = Set.of("140", "141");
  /** Codes of killing and wounding that are military force when soldiers fall to armed men. */
  private static final Set<String> KILLING = Set.of("180", "182", "1823");
  /** Sectors of armed actors (CAMEO actor codebook; UAF is Herald's unnamed armed men). */
  private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "SEP", "UAF", "SPY");
  /** Words of unconventional means: bombs, blades, beatings (CAMEO 18x keeps these). */
  private static final Set<String> UNCONVENTIONAL = Set.of("bomb", "bombs", "bombing", "bombings", "bomber",
      "bombers", "explosive", "explosives", "explosion", "blast", "device", "ied", "ieds", "suicide", "knife",
      "knives", "stabbed", "stabbing", "machete", "machetes", "beat", "beaten", "beating", "tortured", "torture",
      "lynched", "poisoned", "assassinated", "assassination");
  /** Verbs of a claim that accuses whoever its clause says acted. */
  private static final Set<String> CLAIMS = Set.of("claim", "allege", "charge");
  /** Verbs of a report, an accusation only when the reporter says it was itself attacked. */
  private static final Set<String> REPORTS = Set.of("say", "tell", "state", "report", "announce", "complain");
  /** Words that end the clause a claim governs. */
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "but", "although", "though", "while", "whereas",
      "because");
  /** Words that open a relative clause, whose act the claim before it does not govern. */
  private static final Set<String> RELATIVES = Set.of("where", "which", "who", "whom", "whose", "when");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
      "her", "its", "their", "our");
  /** Sports and arts occasions a trip may be for. */
  private static final Set<String> OCCASIONS = Set.of("olympic", "olympics", "paralympic", "paralympics", "games",
      "cup", "match", "final", "tournament", "championship", "championships", "prix", "race", "marathon",
      "concert", "festival", "premiere", "recording", "exhibition", "expo", "carnival");
  private static final Set<String> TRIP_ENDS = Set.of(",", ";", ":", ".", "and", "to", "where", "after");
  static final String SANCTION = "163";
  static final String LABOUR_STRIKE = "143";
  /** Words before "demand" that make it an economic quantity ("oil demand", "strong demand", "meet demand"). */
  private static final Set<String> DEMAND_MEASURES = Set.of("strong", "stronger", "weak", "weaker", "slack",
      "sluggish", "firm", "good", "heavy", "high", "higher", "low", "lower", "rising", "growing", "increased",
      "increasing", "reduced", "falling", "continued", "underlying", "excess", "domestic", "consumer", "world",
      "global", "import", "export", "oil", "gasoline", "fuel", "energy", "gas", "crude", "grain", "feed", "steel",
      "copper", "credit", "loan", "money", "investment", "seasonal", "total", "internal", "external", "overall",
      "industrial", "retail", "housing", "product", "products", "buoyant", "brisk", "robust", "poor", "modest",
      "meet", "meeting", "met", "satisfy", "aggregate", "market", "end-user", "peak", "winter", "summer",
      "current", "future", "pent-up", "latent", "potential", "new", "additional", "extra");
  /** Words that make a sentence's aid a central bank's money-market operation. */
  private static final Set<String> MONEY_MARKET = Set.of("liquidity", "repurchase", "repo", "repos");
  /** Words of an accident or a natural disaster. */
  private static final Set<String> ACCIDENTS = Set.of("flood", "floods", "flooding", "earthquake",
      "earthquakes", "quake", "tremor", "storm", "storms", "hurricane", "typhoon", "cyclone", "tornado",
      "avalanche", "landslide", "landslides", "mudslide", "rockfall", "cave-in", "accident", "accidents",
      "accidental", "crash", "crashed", "collision", "collided", "derailed", "derailment", "capsized", "sank",
      "drowned", "blaze", "disaster", "epidemic", "outbreak", "famine", "heatwave", "lightning", "eruption");
  /** Sectors of a doer that an accident may stand for: unnamed armed men (a passive with no agent), civilians. */
  private static final Set<String> UNNAMED_OR_CIVIL = Set.of("UAF", "CVL");
  /** Words of trade and of sanctions, whose retaliation is a sanction. */
  private static final Set<String> TRADE = Set.of("trade", "tariff", "tariffs", "export", "exports", "import",
      "imports", "quota", "quotas", "duties", "protectionist", "protectionism", "dumping", "goods", "products",
      "semiconductor", "semiconductors", "subsidies", "gatt", "levy", "tax", "sanction", "sanctions", "embargo",
      "boycott");
  /** Words of labour, whose strike is a strike. */
  private static final Set<String> LABOUR = Set.of("workers", "worker", "dockworkers", "dockers", "miners",
      "union", "unions", "strikers", "pay", "wage", "wages", "employees", "staff", "seafarers", "bankworkers",
      "walkout", "teachers", "nurses", "pilots", "drivers", "labour", "labor");
  /** Words of war, which keep a retaliation or a strike military. */
  private static final Set<String> MILITARY = Set.of("military", "troops", "navy", "naval", "missile", "missiles",
      "warship", "warships", "army", "aircraft", "warplanes", "bomb", "bombs", "aggression", "forces", "gunboats",
      "artillery", "rockets", "air", "soldiers", "platform", "platforms");
  /** Words before "pounds" that make it money or weight. */
  private static final Set<String> AMOUNTS = Set.of("mln", "million", "billion", "bln", "thousand", "hundred",
      "sterling", "stg", "of", "british", "irish", "egyptian", "cyprus", "lebanese", "syrian", "sudanese");
  /** Documents whose "calling for" states their terms: "a budget calling for more spending". */
  private static final Set<String> DOCUMENTS = Set.of("budget", "bill", "plan", "proposal", "proposals",
      "programme", "program", "package", "draft", "legislation", "measure", "scheme", "blueprint");
  /** Verbs of a quantity moving, which make a "demand" before them an economic one ("demand fell"). */
  private static final Set<String> DEMAND_MOVES = Set.of("rose", "rise", "rises", "rising", "fell", "fall", "falls",
      "falling", "grew", "grow", "grows", "growing", "slowed", "slows", "slowing", "continued", "weakened",
      "strengthened", "increased", "decreased", "declined", "dropped", "picked", "eased", "surged", "soared",
      "slumped", "outstripped", "exceeded", "outpaced", "recovered", "plunged", "jumped", "doubled", "tripled");
  /** Units after a number that make "march 9 km" a distance marched, not a date. */
  private static final Set<String> DISTANCES = Set.of("km", "kilometres", "kilometers", "miles", "mi", "kms");
  /** Words before "targets" that make it a list of objects, not an attack. */
  private static final Set<String> TARGET_KINDS = Set.of("potential", "possible", "soft", "softer", "easy",
      "easier", "likely", "legitimate", "few", "many", "main", "key", "prime", "primary", "regular", "other",
      "new", "more", "military", "strategic", "economic");
  /**
   * Words after "help" that keep it aid though no actor follows: an object pronoun ("help them"), a passive's "by",
   * the task helped with ("assist with the relief effort in Indonesia"), an aside ("helped - you guessed it - ...").
   */
  private static final Set<String> HELPED = Set.of("him", "her", "them", "us", "me", "you", "by", "with", "in",
      "-", "–", "—");

  private CameoConventions() {}

  /**
   * Applies the conventions to {@code drafts} in place: recodes riots and military force, drops trips to
   * occasions and demonstrations a riot says again, and adds accusations after the claims they come from.
   */
  static void apply(List<EventStage.Draft> drafts, Text text, CameoTable cameo) {
    for (int i = 0; i < drafts.size(); i++) {
      EventStage.Draft d = drafts.get(i);
      String code = d.code().code();
      if (code.equals("042") && toOccasion(d, text) || code.equals(BEATING) && contest(d, text)
          || wireSenseOfNoEvent(d, code, text)) {
        drafts.set(i, null);
      } else if (code.startsWith("19") && tradeRetaliation(d, text)) {
        drafts.set(i, recoded(d, cameo.get(SANCTION)));
      } else if (code.startsWith("19") && labourStrike(d, text)) {
        drafts.set(i, recoded(d, cameo.get(LABOUR_STRIKE)));
      } else if (code.equals(LABOUR_STRIKE) && stateStrike(d, text)) {
        drafts.set(i, recoded(d, cameo.get(MILITARY_FORCE)));
      } else if (RIOT_ACTS.contains(code) && byProtesters(d, text)) {
        drafts.set(i, recoded(d, cameo.get(RIOT)));
      } else if (THREATS_OF_FORCE.contains(code) && byProtesters(d, text)) {
        drafts.set(i, recoded(d, cameo.get(PROTEST_THREAT)));
      } else if (KILLING.contains(code) && militaryForce(d, text)) {
        drafts.set(i, recoded(d, cameo.get(MILITARY_FORCE)));
      }
    }
    drafts.removeIf(d -> d == null || DEMONSTRATING.contains(d.code().code()) && riotAlso(d, drafts));
    List<EventStage.Draft> accusations = new ArrayList<>();
    for (EventStage.Draft d : drafts) {
      EventStage.Draft a = accusation(d, text, cameo.get(ACCUSE));
      if (a != null) {
        accusations.add(a);
      }
    }
    drafts.addAll(accusations);
    drafts.removeIf(d -> d.code().code().startsWith(ACCUSE) && d.target() == null && accusedAlso(d, drafts));
  }

  /**
   * Whether beating {@code d} is one country beating another by name ("Brazil beat Italy on penalties", "Spain beat
   * Germany 2-1"): a match or a vote, not a beating, which has people on both sides ("police beat protesters").
   */
  private static boolean contest(EventStage.Draft d, Text text) {
    return d.target() != null && bareCountry(d.source()) && bareCountry(d.target())
        && text.lemma(text.article().tokenAtOrAfter(d.start())).equals("beat");
  }

  // ---- wire senses of business and economic copy (s8-precision) ----

  /** Whether {@code d} (code {@code code}) is one of the wire senses that name no political act. */
  private static boolean wireSenseOfNoEvent(EventStage.Draft d, String code, Text text) {
    Article a = text.article();
    int first = a.tokenAtOrAfter(d.start());
    int end = a.tokenAtOrAfter(d.end());
    boolean one = end == first + 1;
    String w = text.lower(first);
    if (code.startsWith("10") && one && w.equals("demand")) {
      return economicDemand(first, d.sentence(), text);
    }
    if ((code.startsWith("07") || code.startsWith("033") || code.startsWith("162"))
        && moneyMarket(first, end, d.sentence(), text)) {
      return true;
    }
    if (code.startsWith("18")) {
      // "a grain elevator in Burlington, Iowa, exploded, injuring five": a place by name sets off no bomb
      return accident(d, text) || bareCountry(d.source()) && hasLemma(d.sentence(), "explode", text);
    }
    if (code.startsWith("14") && one && w.equals("march") && end < d.sentence().endToken()
        && isDay(text.lower(end)) && !(end + 1 < d.sentence().endToken() && DISTANCES.contains(text.lower(end + 1)))) {
      return true; // "LIMA, march 9 -": a date, not a march
    }
    if (code.startsWith("02") && text.lemma(first).equals("call") && first > d.sentence().firstToken()
        && DOCUMENTS.contains(text.lower(first - 1))) {
      return true; // "a deficit budget calling for more spending": a document's terms, no appeal to anyone
    }
    if (code.equals("010") && d.target() != null && "MED".equals(sector(d.target().code()))) {
      return true; // "an EC official told Reuters": the report's own source, no statement to a political actor
    }
    if (code.equals("0831") && "BUS".equals(sector(d.source().code()))) {
      return true; // a company's officer stepping down cedes nothing to anyone
    }
    if (code.startsWith("19") && one) {
      boolean inside = first > d.sentence().firstToken();
      String before = inside ? text.lower(first - 1) : "";
      return w.equals("stricken") || (w.equals("pounds") || w.equals("pound"))
          && (AMOUNTS.contains(before) || isNumber(before) || inside && text.participantAt(first - 1) != null
          && bareCountry(text.participantAt(first - 1)))
          || w.equals("targets") && TARGET_KINDS.contains(before);
    }
    return code.equals("070") && one && (text.lemma(first).equals("help") || text.lemma(first).equals("assist"))
        && !helpsSomeone(end, d, text);
  }

  /**
   * Whether "demand" at {@code k} is an economic quantity: after a word of measure ("oil", "strong", "meet"), a
   * country's adjective ("U.S. demand", "Canadian demand") or "supply and", and not followed by "that" or by "for"
   * and an actor ("a U.S. demand that Japan", "an EU demand for Turkey to").
   */
  private static boolean economicDemand(int k, Sentence s, Text text) {
    for (int j = k + 1; j < Math.min(s.endToken(), k + 7); j++) { // "demand for U.S. beef rose": a quantity moving
      String w = text.lower(j);
      if (w.equals(",") || w.equals("that") || w.equals("to") || w.equals(";")) {
        break;
      }
      if (DEMAND_MOVES.contains(w)) {
        return true;
      }
    }
    if (k + 1 < s.endToken()) {
      String next = text.lower(k + 1);
      if (next.equals("that") || next.equals("for") && (k + 2 < s.endToken() && text.participantAt(k + 2) != null
          || k + 3 < s.endToken() && text.participantAt(k + 3) != null)) {
        return false;
      }
    }
    if (k == s.firstToken()) {
      return false;
    }
    String before = text.lower(k - 1);
    Participant p = text.participantAt(k - 1);
    return DEMAND_MEASURES.contains(before) || p != null && bareCountry(p)
        || (before.equals("and") || before.equals("or")) && k - 2 >= s.firstToken()
        && text.lower(k - 2).startsWith("suppl");
  }

  /**
   * Whether aid between tokens {@code first} and {@code end} goes to a money market: "the market" or "money
   * market" in it or just after it, "banking system", or liquidity and repurchases in the words after it.
   */
  private static boolean moneyMarket(int first, int end, Sentence s, Text text) {
    for (int t = first; t < Math.min(s.endToken(), end + 8); t++) {
      String w = text.lower(t);
      if (MONEY_MARKET.contains(w)) {
        return true;
      }
      if (t < end + 4 && t > first && (w.equals("market") || w.equals("markets"))) {
        String before = text.lower(t - 1);
        if (before.equals("money") || before.equals("the")) {
          return true;
        }
      }
      if (w.equals("system") && t > first && text.lower(t - 1).equals("banking")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether violence {@code d} is an accident or a disaster: one named in its sentence, and no doer but an unnamed
   * one, civilians or a bare country ("killed in a rock fall"; not "workers injured people in clashes").
   */
  private static boolean accident(EventStage.Draft d, Text text) {
    String sector = sector(d.source().code());
    if (sector != null && !UNNAMED_OR_CIVIL.contains(sector)) {
      return false;
    }
    Sentence s = d.sentence();
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      String w = text.lower(t);
      if (ACCIDENTS.contains(w) || w.equals("fall") && t > s.firstToken() && text.lower(t - 1).equals("rock")) {
        return true;
      }
    }
    return false;
  }

  /** Whether retaliation {@code d} is over trade: a word of trade in its sentence and none of war. */
  private static boolean tradeRetaliation(EventStage.Draft d, Text text) {
    int first = text.article().tokenAtOrAfter(d.start());
    return text.lower(first).startsWith("retaliat")
        && (speaksOf(d.sentence(), TRADE, text) || !mentions(d.sentence(), MILITARY, text) && tradeStory(text));
  }

  /**
   * Whether the article is about trade: three or more words of trade and none of war in its text ("If they don't
   * quicken the pace, Washington could retaliate" in a story of market access); read only for a retaliation.
   */
  private static boolean tradeStory(Text text) {
    int trade = 0;
    for (int t = 0; t < text.article().tokenCount(); t++) {
      String w = text.lower(t);
      if (MILITARY.contains(w)) {
        return false;
      }
      trade += TRADE.contains(w) ? 1 : 0;
    }
    return trade >= 3;
  }

  /** Whether strike {@code d} is workers' ("a strike by dockworkers"): a word of labour and none of war. */
  private static boolean labourStrike(EventStage.Draft d, Text text) {
    int first = text.article().tokenAtOrAfter(d.start());
    return text.lemma(first).equals("strike") && speaksOf(d.sentence(), LABOUR, text);
  }

  /**
   * Whether strike {@code d}, coded a labour strike by its wording ("a strike against"), is one state's strike on
   * another ("a U.S. strike against Iran"): a state or its government or forces on both sides and no word of labour
   * in the sentence; CAMEO 190, not 143.
   */
  private static boolean stateStrike(EventStage.Draft d, Text text) {
    int first = text.article().tokenAtOrAfter(d.start());
    return text.lemma(first).equals("strike") && d.target() != null && state(d.source()) && state(d.target())
        && !mentions(d.sentence(), LABOUR, text);
  }

  /** Whether {@code p} is a country by name, or its government or armed forces. */
  private static boolean state(Participant p) {
    String sector = sector(p.code());
    return bareCountry(p) || p.country() != null && ("GOV".equals(sector) || "MIL".equals(sector));
  }

  /** Whether sentence {@code s} has a token of lemma {@code lemma}. */
  private static boolean hasLemma(Sentence s, String lemma, Text text) {
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (text.lemma(t).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Whether sentence {@code s} has a word of {@code words}. */
  private static boolean mentions(Sentence s, Set<String> words, Text text) {
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (words.contains(text.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** Whether sentence {@code s} has a word of {@code words} and none of war. */
  private static boolean speaksOf(Sentence s, Set<String> words, Text text) {
    boolean found = false;
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      String w = text.lower(t);
      if (MILITARY.contains(w)) {
        return false;
      }
      found |= words.contains(w);
    }
    return found;
  }

  /**
   * Whether "help" ending before token {@code end} names whom it helps: the event's target, right after it or after
   * a determiner ("help Iraq", "help the Kurds"), or a word of {@link #HELPED}.
   */
  private static boolean helpsSomeone(int end, EventStage.Draft d, Text text) {
    Sentence s = d.sentence();
    if (end >= s.endToken()) {
      return false;
    }
    if (HELPED.contains(text.lower(end))) {
      return true;
    }
    int k = DETERMINERS.contains(text.lower(end)) ? end + 1 : end;
    return k < s.endToken() && d.target() != null && d.target().equals(text.participantAt(k));
  }

  /** Whether {@code w} is a day of the month, 1 to 31. */
  private static boolean isDay(String w) {
    if (w.isEmpty() || w.length() > 2 || !Character.isDigit(w.charAt(0))
        || w.length() == 2 && !Character.isDigit(w.charAt(1))) {
      return false;
    }
    int day = Integer.parseInt(w);
    return day >= 1 && day <= 31;
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }

  private static boolean bareCountry(Participant p) {
    return p.country() != null && p.code().equals(p.country());
  }

  /**
   * Whether accusation {@code d}, which names no one, is one its source makes of someone in the same sentence:
   * the claim verb's own ("alleged that …") once the act it claims names the accused, or the accusation's
   * elaboration ("accused Chile of lying by alleging that …").
   */
  private static boolean accusedAlso(EventStage.Draft d, List<EventStage.Draft> drafts) {
    for (EventStage.Draft x : drafts) {
      if (x.code().code().startsWith(ACCUSE) && x.target() != null && x.sentence().equals(d.sentence())
          && x.source().equals(d.source())) {
        return true;
      }
    }
    return false;
  }

  private static EventStage.Draft recoded(EventStage.Draft d, CameoCode code) {
    return new EventStage.Draft(d.start(), d.end(), d.order(), d.sentence(), d.source(), d.target(), code,
        d.status(), d.date(), d.location());
  }

  // ---- riots ----

  /**
   * Whether the source of {@code d} is named with a protest noun, in its own words or the noun right after them,
   * or is a civilian group in a sentence of a protest ("farmers battled police during a march").
   */
  private static boolean byProtesters(EventStage.Draft d, Text text) {
    Sentence s = d.sentence();
    String sector = sector(d.source().code());
    boolean civil = sector != null && CIVIL.contains(sector);
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (civil && PROTEST_WORDS.contains(text.lower(t))) {
        return true;
      }
      if (d.source().equals(text.participantAt(t))
          && (PROTESTERS.contains(text.lower(t))
          || t + 1 < s.endToken() && text.participantAt(t + 1) == null && PROTESTERS.contains(text.lower(t + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a riot by the same source in the same sentence says demonstration {@code d} again, at no other target. */
  private static boolean riotAlso(EventStage.Draft d, List<EventStage.Draft> drafts) {
    for (EventStage.Draft r : drafts) {
      if (r != null && r.code().code().equals(RIOT) && r.sentence().equals(d.sentence())
          && r.source().equals(d.source()) && (d.target() == null || d.target().equals(r.target()))) {
        return true;
      }
    }
    return false;
  }

  // ---- military force ----

  private static boolean militaryForce(EventStage.Draft d, Text text) {
    if (d.target() == null || !"MIL".equals(sector(d.target().code()))) {
      return false;
    }
    String src = d.source().code();
    String sector = sector(src);
    boolean armed = src.startsWith("IMG") || src.startsWith("---") || sector != null && ARMED.contains(sector)
        || src.length() == 3 && src.equals(d.source().country());
    if (!armed) {
      return false;
    }
    Sentence s = d.sentence();
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (UNCONVENTIONAL.contains(text.lower(t))) {
        return false;
      }
    }
    return true;
  }

  private static String sector(String code) {
    return code == null || code.length() < 6 ? null : code.substring(3, 6);
  }

  // ---- trips ----

  /** Whether a trip's purpose, a "for" after its trigger in the same clause, is a sports or arts occasion. */
  private static boolean toOccasion(EventStage.Draft d, Text text) {
    Article a = text.article();
    Sentence s = d.sentence();
    int t = a.tokenAtOrAfter(d.end());
    while (t < s.endToken() && !text.lower(t).equals("for")) {
      if (TRIP_ENDS.contains(text.lower(t))) {
        return false;
      }
      t++;
    }
    for (int k = t + 1; k < Math.min(s.endToken(), t + 10); k++) {
      String w = text.lower(k);
      if (OCCASIONS.contains(w)) {
        return true;
      }
      if (TRIP_ENDS.contains(w) && !w.equals("and")) {
        return false;
      }
    }
    return false;
  }

  // ---- accusations ----

  /**
   * The accusation a claim makes of the hostile act {@code d}, or null: the claim verb stands before the act in
   * its sentence, governs the act's clause ("claimed that", "alleged"), and has an actor for subject, neither the
   * act's doer nor an unnamed one. A plain report ("said") accuses only when the reporter is the act's target,
   * in a clause of its own (no comma between) and not of a riot, which a government reports as news.
   */
  private static EventStage.Draft accusation(EventStage.Draft d, Text text, CameoCode accuse) {
    if (!hostile(d.code().code()) || d.status() == EventStatus.NEGATED
        || d.status() == EventStatus.HYPOTHETICAL || "UAF".equals(sector(d.source().code()))) {
      return null;
    }
    Article a = text.article();
    Sentence s = d.sentence();
    int first = a.tokenAtOrAfter(d.start());
    boolean comma = false;
    for (int k = first - 1; k > s.firstToken() && k >= first - 25; k--) {
      String w = text.lower(k);
      if (CLAUSE_ENDS.contains(w) || RELATIVES.contains(w)) {
        return null;
      }
      comma |= w.equals(",");
      String lemma = text.lemma(k);
      boolean claim = CLAIMS.contains(lemma);
      boolean report = REPORTS.contains(lemma) && !comma && !d.code().code().equals(RIOT);
      if (!claim && !report || text.participantAt(k) != null) {
        continue;
      }
      if (DETERMINERS.contains(text.lower(k - 1)) || NEGATIONS.contains(text.lower(k - 1))
          || k > s.firstToken() + 1 && NEGATIONS.contains(text.lower(k - 2))) {
        return null; // "the alleged attack", "did not claim"
      }
      boolean that = text.lower(k + 1).equals("that");
      if (lemma.equals("charge") && !that || !that && text.participantAt(k + 1) == null
          && !DETERMINERS.contains(text.lower(k + 1))) {
        return null; // "charged with", "claimed responsibility for"
      }
      Participant claimant = subjectBefore(k, s, text);
      if (claimant == null || sameSide(claimant, d.source())) {
        return null;
      }
      if (!claim && !attackedItself(claimant, d.target())) {
        return null; // a report of someone else's fight accuses no one
      }
      return new EventStage.Draft(a.tokenStart(k), a.tokenEnd(k), d.order(), s, claimant, d.source(), accuse,
          EventStatus.ASSERTED, null, null);
    }
    return null;
  }

  private static boolean hostile(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20") || code.equals(RIOT)
        || code.startsWith("171") || code.equals("175");
  }

  /** The actor just before token {@code k} in its clause: at most five words back, no comma between. */
  private static Participant subjectBefore(int k, Sentence s, Text text) {
    for (int t = k - 1; t >= s.firstToken() && t >= k - 6; t--) {
      Participant p = text.participantAt(t);
      if (p != null) {
        return p;
      }
      String w = text.lower(t);
      if (w.equals(",") || CLAUSE_ENDS.contains(w) || w.equals("that") || w.equals("which")) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code target} is the {@code reporter} itself, or one of its own when the reporter is a country
   * ("Peru said … attacked Peruvian soldiers"); residents reporting an attack in their country are no victim.
   */
  private static boolean attackedItself(Participant reporter, Participant target) {
    return target != null && (reporter.code().equals(target.code())
        || reporter.code().equals(reporter.country()) && reporter.country().equals(target.country()));
  }

  /** Whether two participants are one side: the same code, or a country and an actor of its own. */
  private static boolean sameSide(Participant a, Participant b) {
    if (a.code().equals(b.code())) {
      return true;
    }
    return a.country() != null && a.country().equals(b.country())
        && (a.code().equals(a.country()) || b.code().equals(b.country()));
  }
}

package org.herald.stage.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.model.Article;

/**
 * Finds and links the names of one article. One instance per article and call; not thread-safe (the stage makes
 * a new one each time). Works sentence by sentence on token indices, then links mentions into entities.
 */
final class Recognizer {
  /** Words inside a name that are lower case: "Ludwig van Beethoven", "Osama bin Laden". */
  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "ibn", "al", "el",
      "da", "di", "du", "la", "le", "del", "dos", "das", "y", "ter", "ten", "zu", "bint", "abu");
  /** Last words that make a name an organisation. */
  private static final Set<String> ORG_LAST = Set.of("ministry", "agency", "party", "bank", "university", "council", "committee", "commission", "corporation",
      "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "group", "association", "union", "organisation",
      "organization", "institute", "court", "parliament", "assembly", "army", "navy", "forces", "club", "fc",
      "company", "co", "co.", "airlines", "airways", "railway", "railways", "rail", "news", "times", "post", "daily",
      "herald", "journal", "gazette", "federation", "league", "foundation", "fund", "service", "department",
      "office", "bureau", "authority", "board", "church", "movement", "front", "congress", "senate",
      "exchange", "motors", "holdings", "industries", "systems", "technologies", "petroleum", "telecom",
      "communications", "press", "television", "tv", "radio", "network", "society", "academy", "college",
      "school", "hospital", "alliance", "coalition", "brigade", "brigades", "guard", "police", "securities",
      "partners", "trust", "insurance", "team", "united", "city", "rovers", "wanderers", "athletic",
      "institution", "cabinet", "government", "secretariat", "mission", "directorate", "command",
      "international", "brothers", "ag", "sa", "nv", "gmbh", "spa", "bv", "ab", "asa", "oy", "llc", "lp",
      "intelligence", "shipping", "regiment", "battalion", "division", "agencies", "bancorp", "airline");
  /** First words that make "X of Y" an organisation: "Ministry of Defence", "Bank of Japan". */
  private static final Set<String> ORG_FIRST = Set.of("ministry", "department", "university", "bank", "council",
      "institute", "court", "office", "church", "museum", "government", "house", "association", "federation",
      "league", "committee", "commission", "organization", "organisation", "board", "academy", "college",
      "school", "union", "party", "chamber", "bureau", "agency");
  /** Last words that make a name a MISC: events, wars, prizes, laws. */
  private static final Set<String> MISC_LAST = Set.of("war", "cup", "games", "olympics", "championship",
      "championships", "open", "prize", "award", "awards", "festival", "treaty", "accord", "accords",
      "agreement", "summit", "declaration", "revolution", "act", "doctrine", "plan", "initiative", "trophy",
      "grand", "prix", "marathon", "rally", "tour", "series", "world", "crisis", "era", "day");
  /** Words that stand for a MISC by themselves, as CoNLL-2003 tags them: religions, peoples, languages. */
  private static final Set<String> MISC_WORDS = Set.of("muslim", "muslims", "islamic", "islamist", "islamists",
      "christian", "christians", "catholic", "catholics", "jewish", "jew", "jews", "buddhist", "hindu", "sikh",
      "protestant", "orthodox", "sunni", "shia", "shi'ite", "shiite", "shi'ites", "arab", "arabs", "arabic",
      "kurd", "kurds", "kurdish", "european", "europeans", "asian", "asians", "african", "africans", "latin",
      "western", "olympic", "nobel", "english", "basque", "palestinians", "semitic", "marxist", "communist",
      "communists", "socialist", "socialists", "nazi", "nazis", "scottish", "welsh", "scot", "scots", "irish",
      "olympics", "internet", "christmas", "easter", "ramadan", "eid");
  /** Lower-case words before a name that make it an organisation ("space agency Roscosmos", "daily Pravda"). */
  private static final Set<String> ORG_BEFORE = Set.of("agency", "company", "firm", "group", "party", "newspaper",
      "daily", "weekly", "magazine", "broadcaster", "channel", "network", "carrier", "airline", "bank", "club",
      "team", "side", "ministry", "movement", "militia", "organisation", "organization", "union", "league",
      "outlet", "publication", "tabloid", "charity", "conglomerate", "giant", "maker", "producer", "operator", "insurer",
      "lender", "retailer", "railway", "utility", "regulator", "watchdog", "manufacturer", "automaker", "startup", "corporation", "service", "institute");
  /** Lower-case words after a name that make it a place ("Vostochny spaceport", "Donetsk region"). */
  private static final Set<String> PLACE_AFTER = Set.of("spaceport", "cosmodrome", "airport", "region", "province",
      "river", "city", "district", "village", "town", "island", "islands", "mountains", "valley", "oblast", "county",
      "port", "airbase", "peninsula", "lake", "sea", "strait", "coast", "border", "prefecture", "state",
      "governorate", "neighbourhood", "neighborhood", "area", "suburb", "capital", "desert", "plateau", "canal");
  /** Prepositions after which an unknown single name is most likely a place. */
  private static final Set<String> PLACE_BEFORE = Set.of("in", "near", "at", "outside", "across", "around");
  /** Words before a place that stay part of its name: "Lake Geneva", "Greater London". */
  private static final Set<String> PLACE_PREFIX = Set.of("lake", "mount", "greater", "upper", "lower", "northern",
      "southern", "eastern", "western", "central", "north", "south", "east", "west", "new", "port", "gulf", "cape",
      "bay", "downtown", "inner", "outer");
  private static final Set<String> SAYS = Set.of("said", "says", "told", "added", "wrote", "argued", "insisted",
      "stressed", "noted", "explained", "asked", "replied", "warned", "admitted", "denied", "believes", "thinks");
  private static final Set<String> COMPASS = Set.of("west", "east", "north", "south");
  private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december");
  /** Title heads that read "head of X" when an organisation stands before them. */
  private static final Set<String> HEAD_WORDS = Set.of("chief", "head", "boss", "director", "chairman", "ceo");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "him", "her", "himself", "herself");
  private static final Set<String> OPENERS = Set.of("\"", "\u201c", "\u2018", "'", "(", "[", "-", "\u2014",
      "\u2013", ":", "--");

  /** A mention candidate before linking; token indices, end exclusive. */
  static final class Cand {
    int start;
    int end;
    EntityType type; // null: an unknown single name, typed at linking
    String name;
    String key; // grouping key for non-persons
    String iso3;
    List<String> codes = List.of(); // demonyms: candidate countries
    Geo geo;
    final List<String> roles = new ArrayList<>(2);
    String affIso3; // country given by a title, apposition or organisation
    Lexicon.Leader leader;
    Lexicon.Kind kind; // dictionary kind, or null
    int titleStart = -1; // first token of the title before a person's name, or -1
    String placeIso3; // country of a place phrase opening the sentence ("In Moscow, ...")
    String ministryIso3; // country of a matching ministry nearby ("the German defence ministry")
    String subjectIso3; // country that is the subject of the sentence's clause
    boolean igo; // serves an organisation without a country (UN, a charity): no country from context
    Cand owner; // the person whose aide this is ("Lula's adviser"): their country, when nothing closer gives one
    MentionKind mention = MentionKind.NAME;
    boolean sure; // the rules are certain of it (a dateline's city or wire): the model does not override it
    boolean tentative; // an unknown single name the model did not see: kept only if it links to a person
    int sentence;
    Group group;
  }

  /** One future entity. */
  static final class Group {
    final List<Cand> cands = new ArrayList<>();
    EntityType type;
    String key;
  }

  private record RoleRef(int start, int end, String head, String iso3, int sentence) {
  }

  private final Article a;
  private final Lexicon lex;
  private final String[] keys;
  private final String[] texts; // token texts, made once
  private final List<Cand> cands = new ArrayList<>();
  private final Map<Integer, Cand> byStart = new HashMap<>();
  private final Map<Integer, Cand> byEnd = new HashMap<>();
  private final List<RoleRef> roleRefs = new ArrayList<>();
  private int s0;
  private int s1;
  private int sentence;
  private int clauseStart; // first token of the sentence after any dateline
  private String datelineIso3; // country of the dateline city, or null
  private String articleIso3; // the dateline's country, else the country the article names most, or null
  private String articleDominant; // the country the article names most, or null (set by dominantCountry)
  private int dominantOnceSentence = -1; // the sentence of its one mention when named once, else -1

  private final NerModel model; // null: rules only
  private String[][] modelWords; // per sentence, the words the model tagged
  private int[][] modelTags; // per sentence, the model's tags

  Recognizer(Article article, Lexicon lexicon) {
    this(article, lexicon, null);
  }

  Recognizer(Article article, Lexicon lexicon, NerModel model) {
    this.a = article;
    this.lex = lexicon;
    this.model = model;
    keys = new String[article.tokenCount()];
    texts = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      texts[i] = article.tokenText(i);
      keys[i] = Tables.key(texts[i]);
    }
  }

  // ---------------------------------------------------------------- token tests

  private String text(int t) {
    return texts[t];
  }

  private boolean isCap(int t) {
    String s = text(t);
    char c = s.charAt(0);
    int dash = s.indexOf('-');
    if (Character.isUpperCase(c)) {
      // "US-backed", "Kremlin-friendly": a name joined to a lower-case word is an adjective, not a name
      int last = s.lastIndexOf('-');
      return last < 0 || last + 1 >= s.length() || !Character.isLowerCase(s.charAt(last + 1))
          || isNameDash(s, last);
    }
    // "al-Assad", "bin-Laden": a lower-case particle joined to a capitalised name
    return dash > 0 && dash + 1 < s.length() && Character.isUpperCase(s.charAt(dash + 1))
        && PARTICLES.contains(s.substring(0, dash).toLowerCase());
  }

  /** "Jong-un", "Rostov-on-Don", "Saint-Germain": a lower-case part after a dash that still reads as a name. */
  private boolean isNameDash(String s, int last) {
    String tail = s.substring(last + 1);
    if (lex.commonWords.contains(tail) || tail.endsWith("ed") || tail.endsWith("ing") || tail.endsWith("ly")
        || tail.equals("based") || tail.equals("led") || tail.equals("born") || tail.equals("made")
        || tail.equals("backed") || tail.equals("owned") || tail.equals("run") || tail.equals("style")
        || tail.equals("friendly") || tail.equals("bound") || tail.equals("built") || tail.equals("held")
        || tail.equals("language") || tail.equals("speaking") || tail.equals("wide") || tail.equals("born")) {
      return false;
    }
    return true;
  }

  private boolean isAllCaps(int t) {
    String s = text(t);
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private boolean isInitial(int t) {
    for (int k = t - 1; k >= s0; k--) {
      if (!OPENERS.contains(keys[k])) {
        return false;
      }
    }
    return true;
  }

  private boolean isCommon(int t) {
    return lex.commonWords.contains(keys[t]);
  }

  private boolean isWord(int t) {
    return Character.isLetter(text(t).charAt(0));
  }

  private boolean isPossessive(int t) {
    return t < s1 && (keys[t].equals("'s") || keys[t].equals("'"));
  }

  // ---------------------------------------------------------------- dictionary matching

  /** The longest dictionary match starting at token {@code i} with its end, or null. */
  private Object[] match(int i, boolean caps) {
    if (!lex.isPrefix(keys[i])) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    Lexicon.Entry best = null;
    int bestEnd = -1;
    for (int j = i; j < s1 && j - i < lex.maxPhraseTokens; j++) {
      String k;
      if (j == i) {
        k = keys[j];
        key.append(k);
      } else {
        k = key.append(' ').append(keys[j]).toString();
      }
      if (!lex.isPrefix(k)) {
        break;
      }
      List<Lexicon.Entry> es = lex.entries(k);
      if (es != null) {
        for (Lexicon.Entry e : es) {
          if (caseFits(e, i, caps)) {
            best = e;
            bestEnd = j + 1;
            break;
          }
        }
      }
    }
    return best == null ? null : new Object[] {best, bestEnd};
  }

  private boolean caseFits(Lexicon.Entry e, int i, boolean caps) {
    if (caps) {
      // in an all-capitals headline case says nothing; skip acronyms that are also common words ("WHO", "IT")
      return !(e.exactCase() && lex.commonWords.contains(e.key()) && !e.key().equals("us"));
    }
    for (int k = 0; k < e.tokens().length; k++) {
      String want = e.tokens()[k];
      String got = text(i + k);
      if (e.exactCase()) {
        if (!want.equals(got.replace('\u2019', '\''))) {
          return false;
        }
      } else if (Character.isUpperCase(want.charAt(0)) && !Character.isUpperCase(got.charAt(0))) {
        return false;
      } else if (Character.isLetter(got.charAt(0)) && Character.isUpperCase(got.charAt(0)) && got.length() > 1
          && isAllCaps(i + k) && !isAllCapsWord(want)) {
        return false; // "SEOUL" in running text is not the city's spelling; acronyms handled by exactCase
      }
    }
    return true;
  }

  private static boolean isAllCapsWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- scanning

  List<Cand> scan() {
    if (model != null) {
      String[][] words = new String[a.sentenceCount()][];
      for (int k = 0; k < words.length; k++) {
        var s = a.sentence(k);
        words[k] = new String[s.endToken() - s.firstToken()];
        for (int i = 0; i < words[k].length; i++) {
          words[k][i] = conllForm(text(s.firstToken() + i));
        }
      }
      modelWords = words;
      modelTags = model.tagDocument(words);
    }
    for (sentence = 0; sentence < a.sentenceCount(); sentence++) {
      var s = a.sentence(sentence);
      s0 = s.firstToken();
      s1 = s.endToken();
      scanSentence();
    }
    return cands;
  }

  private boolean isCapsSentence() {
    int words = 0;
    int caps = 0;
    for (int t = s0; t < s1; t++) {
      String s = text(t);
      if (s.length() >= 2 && Character.isLetter(s.charAt(0))) {
        words++;
        if (isAllCaps(t)) {
          caps++;
        }
      }
    }
    return caps >= 1 && caps * 10 >= words * 6;
  }

  private void scanSentence() {
    int first = cands.size();
    scanSentenceRules();
    if (model != null) {
      mergeModel(first);
    }
    appositionsAndRoles();
  }

  private void scanSentenceRules() {
    boolean caps = isCapsSentence();
    int i = dateline();
    clauseStart = i;
    while (i < s1) {
      Object[] m = match(i, caps);
      if (caps) {
        if (m != null) {
          int end = (int) m[1];
          emitEntry((Lexicon.Entry) m[0], i, end);
          i = end;
        } else {
          i++;
        }
        continue;
      }
      if (m == null && !isCap(i)) {
        i++;
        continue;
      }
      int j = runEnd(i, m);
      processRun(i, j);
      i = j;
    }
  }

  // ---------------------------------------------------------------- the statistical model

  /**
   * Lets the trained model decide where names are and what type they are (issue 3), keeping what the rules
   * learnt about them: a rule candidate with the model's boundaries takes the model's type; one that overlaps a
   * single model name is stretched or cut to it (keeping its roles, title and leader); model names the rules
   * missed are added; rule candidates the model does not see are dropped unless the organisation dictionary, a
   * title, a role or a dateline vouches for them (those also outrank the model: the actor stage codes them).
   */
  private void mergeModel(int first) {
    String[] words = modelWords[sentence];
    List<long[]> spans = NerTrainer.Prf.spans(modelTags[sentence]);
    for (long[] sp : spans) { // a name neither starts nor ends with punctuation, but for a closing bracket
      while (sp[0] < sp[1] && !hasLetterOrDigit(words[(int) sp[0]])) {
        sp[0]++;
      }
      while (sp[1] > sp[0] && !hasLetterOrDigit(words[(int) sp[1] - 1])
          && !(words[(int) sp[1] - 1].equals(")") && opens(words, (int) sp[0], (int) sp[1] - 1))) {
        sp[1]--;
      }
    }
    spans.removeIf(sp -> sp[0] >= sp[1]);
    List<Cand> rule = new ArrayList<>(cands.subList(first, cands.size()));
    java.util.Set<Cand> seen = new java.util.HashSet<>();
    spans:
    for (long[] sp : spans) {
      int b = s0 + (int) sp[0];
      int e = s0 + (int) sp[1];
      EntityType type = MODEL_TYPES[(int) sp[2]];
      boolean exactly = false;
      for (Cand c : rule) {
        if (c.start < e && b < c.end && vouched(c)) {
          continue spans; // a title, role, descriptor or dateline outranks the model
        }
        exactly |= c.start == b && c.end == e;
      }
      for (Cand c : rule) {
        if (!exactly && c.type == EntityType.PERSON && c.titleStart >= 0 && b >= c.titleStart && e <= c.start) {
          continue spans; // part of a person's title the rules read as a role: "Treasury Cabinet Secretary"
        }
      }
      List<Cand> over = new ArrayList<>(2);
      Cand exact = null;
      for (Cand c : rule) {
        if (c.start == b && c.end == e) {
          exact = c;
        } else if (c.start < e && b < c.end) {
          over.add(c);
        }
      }
      if (exact != null) {
        seen.add(exact);
        retype(exact, type);
        for (Cand c : over) {
          seen.add(c);
          removeCand(c);
        }
        continue;
      }
      Cand keep = null;
      for (Cand c : over) {
        seen.add(c);
        if (keep == null && (c.type == type || c.type == null)) {
          keep = c;
        } else {
          removeCand(c);
        }
      }
      if (keep != null) {
        if (byStart.get(keep.start) == keep) {
          byStart.remove(keep.start);
        }
        if (byEnd.get(keep.end) == keep) {
          byEnd.remove(keep.end);
        }
        keep.start = b;
        keep.end = e;
        byStart.put(b, keep);
        byEnd.put(e, keep);
        if (keep.type != EntityType.PERSON) {
          keep.key = null;
          keep.name = null;
        }
        retype(keep, type);
      } else {
        Object[] m = match(b, false);
        Cand c = m != null && (int) m[1] == e ? emitEntry((Lexicon.Entry) m[0], b, e) : null;
        if (c == null) {
          c = newCand(b, e, type);
        }
        retype(c, type);
      }
    }
    for (Cand c : rule) {
      if (!seen.contains(c) && !vouched(c)) {
        if (c.type == null) {
          c.tentative = true;
        } else {
          removeCand(c);
        }
      }
    }
  }

  /** A token as CoNLL-2003 spells it: straight quotes and apostrophes ("\u201d" → "\""). */
  static String conllForm(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) > 0x7f) {
        return t.replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"').replace('\u2018', '\'')
            .replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-');
      }
    }
    return t;
  }

  /** Whether an opening bracket among {@code words[from, to)} is still open at {@code to}: "Mladost ( BJ )". */
  private static boolean opens(String[] words, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      depth += words[i].equals("(") ? 1 : words[i].equals(")") ? -1 : 0;
    }
    return depth > 0;
  }

  private static boolean hasLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final EntityType[] MODEL_TYPES = {null, EntityType.PERSON, EntityType.ORGANIZATION,
      EntityType.LOCATION, EntityType.MISC};

  private static boolean vouched(Cand c) {
    return c.sure || c.type == EntityType.PERSON && (!c.roles.isEmpty() || c.leader != null || c.titleStart >= 0)
        || c.type == EntityType.ORGANIZATION && (!c.roles.isEmpty() || c.kind == Lexicon.Kind.ORG);
  }

  private void retype(Cand c, EntityType type) {
    if (c.type == type) {
      return;
    }
    if (c.type != null) {
      c.key = null; // "Russia" the team is not Russia the country
      c.name = null;
    }
    if (type != EntityType.PERSON) {
      c.leader = null;
    }
    c.type = type;
  }

  private void removeCand(Cand c) {
    cands.remove(c);
    if (byStart.get(c.start) == c) {
      byStart.remove(c.start);
    }
    if (byEnd.get(c.end) == c) {
      byEnd.remove(c.end);
    }
  }

  private static final Set<String> DASHES = Set.of("-", "--", "\u2014", "\u2013");

  /**
   * A dateline opening one of the first sentences, "CAIRO, May 4 (Herald Wire) - ...": the city becomes a place
   * and the article's dateline country; a name in brackets before the dash is the wire agency (an organisation).
   * Returns the token where the story itself starts ({@code s0} when there is no dateline).
   */
  private int dateline() {
    if (datelineIso3 != null || sentence > 8) {
      return s0;
    }
    int t = s0;
    while (t < s1 && t - s0 < 3 && isWord(t) && isAllCaps(t)) {
      t++;
    }
    if (t == s0 || t >= s1 || !(keys[t].equals(",") || DASHES.contains(keys[t]) || keys[t].equals("("))) {
      return s0;
    }
    int dash = DASHES.contains(keys[t]) ? t : -1;
    for (int k = t + 1; dash < 0 && k < s1 && k - t <= 10; k++) {
      if (DASHES.contains(keys[k])) {
        dash = k;
      }
    }
    Object[] m = match(s0, true);
    if (dash < 0 || m == null || (int) m[1] != t) {
      return s0;
    }
    Lexicon.Entry e = (Lexicon.Entry) m[0];
    if (e.kind() != Lexicon.Kind.PLACE && e.kind() != Lexicon.Kind.COUNTRY) {
      return s0;
    }
    Cand city = emitEntry(e, s0, t);
    if (city != null) {
      city.sure = true;
    }
    if (city == null) {
      return s0;
    }
    datelineIso3 = city.iso3;
    for (int k = t; k < dash; k++) {
      if (keys[k].equals("(")) {
        int close = k + 1;
        while (close < dash && !keys[close].equals(")")) {
          close++;
        }
        if (close < dash && close > k + 1 && isCap(k + 1)) {
          Object[] org = match(k + 1, false);
          if (org != null && (int) org[1] == close) {
            Cand wire = emitEntry((Lexicon.Entry) org[0], k + 1, close);
            if (wire != null) {
              wire.sure = true;
            }
          } else {
            newCand(k + 1, close, EntityType.ORGANIZATION).sure = true;
          }
        }
        k = close;
      }
    }
    return dash + 1;
  }

  /** The end of the capitalised run starting at {@code i} (which may start with a dictionary phrase). */
  private int runEnd(int i, Object[] firstMatch) {
    int j = firstMatch != null ? (int) firstMatch[1] : i + 1;
    if (DATE_WORDS.contains(keys[i]) && firstMatch == null) {
      return i + 1;
    }
    boolean orgish = ORG_FIRST.contains(keys[i]);
    boolean titleSoFar = isTitleWord(i); // "Secretary of State" keeps its "of"; "Karl Stenberg of Norway" does not
    while (j < s1) {
      if (isCap(j) && isWord(j) && !DATE_WORDS.contains(keys[j])) {
        orgish |= ORG_FIRST.contains(keys[j]);
        titleSoFar &= isTitleWord(j);
        Object[] m = match(j, false);
        j = m != null ? Math.max(j + 1, (int) m[1]) : j + 1;
        continue;
      }
      if (PARTICLES.contains(keys[j]) && j + 2 < s1 && PARTICLES.contains(keys[j + 1]) && isCap(j + 2)) {
        j += 2; // "van der Pas", "de la Cruz"
        continue;
      }
      if (j + 1 < s1 && isCap(j + 1) && isWord(j + 1) && !DATE_WORDS.contains(keys[j + 1])) {
        boolean ofOk = orgish || titleSoFar && lex.titles.isHead(keys[j - 1]);
        if (PARTICLES.contains(keys[j]) || keys[j].equals("&") || (ofOk && keys[j].equals("of"))) {
          j++;
          continue;
        }
      }
      if (j + 2 < s1 && orgish && keys[j].equals("of") && keys[j + 1].equals("the") && isCap(j + 2)) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  }

  private boolean isTitleWord(int t) {
    return lex.titles.isHead(keys[t]) || lex.titles.isModifier(keys[t]);
  }

  private void processRun(int start, int end) {
    int b = start;
    // sentence-initial common words and dates are not names: "The", "According", "Tuesday"
    while (b < end) {
      Object[] m = match(b, false);
      if (m != null) {
        break;
      }
      boolean date = DATE_WORDS.contains(keys[b]);
      boolean common = isCommon(b) && !lex.titles.isHead(keys[b]) && !lex.titles.isModifier(keys[b])
          && !lex.titles.isHonorific(keys[b]);
      boolean orgTail = end - b >= 2 && ORG_LAST.contains(keys[end - 1]);
      if (date || (common && (isInitial(b) || end - b == 1) && !orgTail && !startsTitle(b, end))) {
        b++;
      } else {
        break;
      }
    }
    if (b >= end) {
      return;
    }
    if (end - b >= 2 && ORG_LAST.contains(keys[end - 1])) {
      classifySegment(b, end); // "General Motors", "Prime Minister's Office"
      return;
    }
    int amp = -1;
    for (int k = b + 2; k < end - 2 && amp < 0; k++) {
      amp = keys[k].equals("&") ? k : -1;
    }
    if (amp > 0 && !ORG_LAST.contains(keys[amp - 1]) && !ORG_LAST.contains(keys[end - 1])
        && lex.firstNames.contains(keys[b]) | isCap(amp + 1) && match(amp + 1, false) == null && match(b, false) == null) {
      processRun(b, amp); // "By Mikk Saar & Hanna Becker": two people, where "Marks & Spencer" is one firm
      processRun(amp + 1, end);
      return;
    }
    if (orgOf(b, end)) {
      classifySegment(b, end); // "International Court of Justice": not a title before a name
      return;
    }
    boolean titleOnly = true;
    for (int k = b; k < end && titleOnly; k++) {
      titleOnly = lex.titles.isHead(keys[k]) || lex.titles.isModifier(keys[k]) || keys[k].equals("of");
    }
    if (titleOnly && match(b, false) == null) {
      return; // "the Secretary-General", "President": a role, not a name
    }
    // a title inside the run: "Russian President Vladimir Putin", "Foreign Minister Sergey Lavrov"
    int[] title = titleInRun(b, end);
    if (title != null) {
      int ts = title[0];
      int te = title[title.length - 1];
      Cand aff = ts > b ? classifySegment(b, ts) : null;
      Cand p = person(te, end);
      // chained titles: "Army spokesman Brigadier General", "Foreign Minister Prince"; a first part made only of
      // words that also modify ("Deputy") belongs to the next one ("Deputy Treasury Secretary")
      int rs = ts;
      for (int q = 1; q < title.length; q++) {
        if (q < title.length - 1 && allModifiers(rs, title[q])) {
          continue;
        }
        addRole(p, roleText(rs, title[q], rs == ts ? aff : null), rs == ts ? aff : null);
        rs = title[q];
      }
      if (p != null) {
        p.titleStart = ts;
        if (aff == null) {
          coordinatedCountry(p, ts);
        }
      }
      return;
    }
    // a lower-case title just before the run: "space agency Roscosmos chief Yuri Borisov"
    int[] lower = titleBefore(b);
    if (lower != null && !wholeIsPlaceOrOrg(b, end)) {
      int ts = lower[0];
      Cand aff = byEnd.get(ts);
      if (aff == null && ts - 1 >= s0 && isPossessive(ts - 1)) {
        aff = byEnd.get(ts - 1);
      }
      String role = roleText(ts, b, aff);
      Cand p = person(b, end);
      addRole(p, role, aff);
      return;
    }
    classifySegment(b, end);
  }

  /** Whether an organisation word followed by "of" stands in the run's first three words ("Court of ..."). */
  private boolean orgOf(int b, int end) {
    for (int k = b; k < end - 2 && k < b + 3; k++) {
      if (ORG_FIRST.contains(keys[k]) && keys[k + 1].equals("of")) {
        return true;
      }
    }
    return false;
  }

  private boolean wholeIsPlaceOrOrg(int b, int end) {
    Object[] m = match(b, false);
    if (m == null || (int) m[1] != end) {
      return false;
    }
    Lexicon.Kind k = ((Lexicon.Entry) m[0]).kind();
    return k != Lexicon.Kind.LEADER;
  }

  /** Finds a title followed by a name inside [b, end): {titleStart, titleEnd}, or null. */
  private int[] titleInRun(int b, int end) {
    if (lex.titles.isHonorific(keys[b]) && b + 1 < end) {
      return new int[] {b, b + 1};
    }
    for (int h = b; h < end - 1; h++) {
      int he = headAt(h, end - 1);
      if (he < 0) {
        continue;
      }
      // the name after it must start with a capitalised word that is not another title word or a place
      int n = he;
      if (n >= end || lex.titles.isModifier(keys[n]) || keys[n].equals("of")) {
        continue;
      }
      int ts = h;
      while (ts - 1 >= b && (lex.titles.isModifier(keys[ts - 1]) || lex.titles.isHead(keys[ts - 1]))
          && match(ts - 1, false) == null) {
        ts--;
      }
      if (ts == h || lex.titles.isModifier(keys[ts])) {
        // "Emergency Situations Minister", "EU Farm Commissioner": unknown words before a head name its office
        int k = 0;
        while (ts - 1 >= b && k < 2 && match(ts - 1, false) == null && !lex.firstNames.contains(keys[ts - 1])) {
          ts--;
          k++;
        }
      }
      // further titles before the name: "Army spokesman Brigadier General Musa Okafor"; up to two unknown office
      // words may stand before the next head ("Deputy Treasury Secretary"); at least one name token stays
      List<Integer> ends = new ArrayList<>();
      ends.add(ts);
      ends.add(he);
      int te = he;
      while (true) {
        int j = te;
        int unknown = 0;
        while (j < end - 1 && unknown < 2 && headAt(j, end - 1) < 0 && isCap(j)
            && (lex.titles.isModifier(keys[j]) || match(j, false) == null && !lex.firstNames.contains(keys[j]))) {
          j++;
          unknown++;
        }
        int next = j < end - 1 ? headAt(j, end - 1) : -1;
        if (next < 0) {
          break;
        }
        ends.add(next);
        te = next;
      }
      int[] out = new int[ends.size()];
      for (int q = 0; q < out.length; q++) {
        out[q] = ends.get(q);
      }
      return out;
    }
    return null;
  }

  private boolean allModifiers(int b, int end) {
    for (int k = b; k < end; k++) {
      if (!lex.titles.isModifier(keys[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a sentence-initial common word starts a title and must stay: "Major General", "Water Resources
   * Minister" (a common word, one office word, then a head), but not "However Foreign Minister".
   */
  private boolean startsTitle(int b, int end) {
    if (headAt(b, end - 1) > b + 1) {
      return true;
    }
    return b + 2 < end - 1 && !isCommon(b + 1) && !isTitleWord(b + 1) && match(b + 1, false) == null
        && headAt(b + 2, end - 1) > 0;
  }

  /**
   * "British Home Secretary Anna Cole and Defence Secretary Tom Reed": a titled person right after another one
   * whose title gave a country, joined by "and" or a comma, shares that country.
   */
  private void coordinatedCountry(Cand p, int ts) {
    if (ts - 1 < s0 || !(keys[ts - 1].equals("and") || keys[ts - 1].equals(","))) {
      return;
    }
    Cand prev = byEnd.get(ts - 1);
    if (prev != null && prev.type == EntityType.PERSON && prev.affIso3 != null && !prev.roles.isEmpty()
        && p.affIso3 == null) {
      p.affIso3 = prev.affIso3;
    }
  }

  /** The end of the longest title head phrase starting at {@code h} and ending at or before {@code limit}, or -1. */
  private int headAt(int h, int limit) {
    StringBuilder k = new StringBuilder();
    int best = -1;
    for (int j = h; j < limit && j - h < lex.titles.maxHeadWords(); j++) {
      String phrase;
      if (j == h) {
        phrase = keys[j];
        k.append(phrase);
      } else {
        phrase = k.append(' ').append(keys[j]).toString();
      }
      if (lex.titles.isHeadPhrase(phrase)) {
        best = j + 1;
      }
    }
    return best;
  }

  /** A lower-case title ending just before token {@code b}: {titleStart}, or null. */
  private int[] titleBefore(int b) {
    if (b - 1 < s0 || isCap(b - 1) || !isWord(b - 1)) {
      return null;
    }
    for (int h = Math.max(s0, b - lex.titles.maxHeadWords()); h < b; h++) {
      if (headAt(h, b) == b) {
        int ts = h;
        while (ts - 1 >= s0 && !isCap(ts - 1) && lex.titles.isModifier(keys[ts - 1])) {
          ts--;
        }
        return new int[] {ts};
      }
    }
    return null;
  }

  private String roleText(int ts, int te, Cand aff) {
    String title = a.text().substring(a.tokenStart(ts), a.tokenEnd(te - 1));
    if (aff != null && (aff.type == EntityType.ORGANIZATION || aff.type == null)) {
      if (te - ts == 1 && HEAD_WORDS.contains(keys[ts])) {
        return "head of " + displayName(aff);
      }
      return displayName(aff) + " " + title;
    }
    return title;
  }

  private void addRole(Cand p, String role, Cand aff) {
    if (p == null) {
      return;
    }
    if (!p.roles.contains(role)) {
      p.roles.add(role);
    }
    if (aff != null && p.affIso3 == null) {
      p.affIso3 = aff.iso3;
    }
  }

  /** Emits a person for [b, end), or the dictionary thing it is; returns the person or null. */
  private Cand person(int b, int end) {
    Object[] m = match(b, false);
    if (m != null && (int) m[1] == end && ((Lexicon.Entry) m[0]).kind() != Lexicon.Kind.LEADER) {
      emitEntry((Lexicon.Entry) m[0], b, end);
      return null;
    }
    Cand c = newCand(b, end, EntityType.PERSON);
    if (m != null && (int) m[1] == end) {
      c.leader = ((Lexicon.Entry) m[0]).leader();
    }
    return c;
  }

  /** Classifies and emits the names in [b, end); returns the candidate covering it all, or null. */
  private Cand classifySegment(int b, int end) {
    if (b >= end) {
      return null;
    }
    Object[] m = match(b, false);
    if (m != null && (int) m[1] == end) {
      return emitEntry((Lexicon.Entry) m[0], b, end);
    }
    String last = keys[end - 1];
    if (m != null && ((Lexicon.Entry) m[0]).kind() == Lexicon.Kind.DEMONYM) {
      Lexicon.Entry d = (Lexicon.Entry) m[0];
      if (ORG_LAST.contains(last)) {
        Cand c = newCand(b, end, EntityType.ORGANIZATION);
        c.iso3 = d.iso3();
        c.codes = d.codes();
        c.sure = true; // "German Foreign Office" stays one organisation with its country (CoNLL splits it)
        return c;
      }
      int rest = (int) m[1];
      if (lex.firstNames.contains(keys[rest])) {
        emitEntry(d, b, rest);
        return person(rest, end);
      }
      Cand c = newCand(b, end, EntityType.MISC);
      c.iso3 = d.iso3();
      c.codes = d.codes();
      return c;
    }
    if (ORG_LAST.contains(last) && !(end - b == 1 && isInitial(b)) || orgOf(b, end) && match(b, false) == null) {
      Cand c = newCand(b, end, EntityType.ORGANIZATION);
      c.iso3 = countryInside(b, end);
      return c;
    }
    Object[] lastMatch = match(end - 1, false);
    if (end - b >= 2 && (MISC_WORDS.contains(last) || lastMatch != null
        && ((Lexicon.Entry) lastMatch[0]).kind() == Lexicon.Kind.DEMONYM && (int) lastMatch[1] == end)) {
      Cand c = newCand(b, end, EntityType.MISC); // "North African", "Latin American"
      c.iso3 = lastMatch != null ? ((Lexicon.Entry) lastMatch[0]).iso3() : null;
      return c;
    }
    if (end - b >= 2 && MISC_LAST.contains(last)) {
      return newCand(b, end, EntityType.MISC);
    }
    if (end - b >= 2 && lex.firstNames.contains(keys[b])) {
      return newCand(b, end, EntityType.PERSON);
    }
    // dictionary phrases inside the run
    int firstMatchAt = -1;
    for (int k = b; k < end; k++) {
      if (match(k, false) != null) {
        firstMatchAt = k;
        break;
      }
    }
    if (firstMatchAt >= 0) {
      Object[] fm = match(firstMatchAt, false);
      Lexicon.Entry e = (Lexicon.Entry) fm[0];
      int fe = (int) fm[1];
      boolean geo = e.kind() == Lexicon.Kind.PLACE || e.kind() == Lexicon.Kind.COUNTRY;
      if (firstMatchAt == b && geo && fe < end && noMatchIn(fe, end)) {
        Cand c = newCand(b, end, EntityType.ORGANIZATION); // "Manchester United", "Moscow Metro"
        c.iso3 = e.iso3();
        return c;
      }
      if (firstMatchAt > b && fe == end && geo && allIn(b, firstMatchAt, PLACE_PREFIX)) {
        Cand c = newCand(b, end, EntityType.LOCATION);
        c.iso3 = e.iso3();
        c.geo = e.place() != null ? e.place().geo() : lex.countries.geo(e.iso3());
        return c;
      }
      classifyUnknown(b, firstMatchAt);
      emitEntry(e, firstMatchAt, fe);
      classifySegment(fe, end);
      return null;
    }
    return classifyUnknown(b, end);
  }

  private boolean noMatchIn(int b, int end) {
    for (int k = b; k < end; k++) {
      if (match(k, false) != null) {
        return false;
      }
    }
    return true;
  }

  private boolean allIn(int b, int end, Set<String> words) {
    for (int k = b; k < end; k++) {
      if (!words.contains(keys[k])) {
        return false;
      }
    }
    return true;
  }

  private String countryInside(int b, int end) {
    for (int k = b; k < end; k++) {
      Object[] m = match(k, false);
      if (m != null && ((Lexicon.Entry) m[0]).iso3() != null) {
        return ((Lexicon.Entry) m[0]).iso3();
      }
    }
    return null;
  }

  private Cand classifyUnknown(int b, int end) {
    // drop leading common words left over ("Last", "Tuesday") and lone common words
    while (b < end && (DATE_WORDS.contains(keys[b]) || (isCommon(b) && (isInitial(b) || end - b == 1)))) {
      b++;
    }
    if (b >= end) {
      return null;
    }
    if (end - b == 1 && COMPASS.contains(keys[b])) {
      return null; // "the US-backed South": a region we cannot place
    }
    if (end - b == 1 && isInitial(b) && looksLikeCommonWord(keys[b])) {
      return null; // "Consultations should be held", "Buyers also snapped up"
    }
    if (end - b == 1 && keys[b].indexOf('-') > 0) {
      String head = keys[b].substring(0, keys[b].indexOf('-'));
      if (!lex.countries.codesOfDemonym(head).isEmpty() || MISC_WORDS.contains(head)) {
        Cand c = newCand(b, end, EntityType.MISC); // "Israeli-Syrian"
        c.iso3 = lex.countries.code(head);
        return c;
      }
    }
    if (end - b == 1 && MISC_WORDS.contains(keys[b])) {
      return newCand(b, end, EntityType.MISC);
    }
    String descriptor = descriptorBefore(b);
    if (descriptor != null) {
      Cand c = newCand(b, end, EntityType.ORGANIZATION);
      c.roles.add(descriptor);
      return c;
    }
    if (end < s1 && PLACE_AFTER.contains(keys[end]) && !isCap(end)) {
      Cand c = newCand(b, end, EntityType.LOCATION);
      c.sure = true; // "Plesetsk cosmodrome": the noun says what the name is, whatever the model guesses
      return c;
    }
    if (end - b == 1 && isAllCaps(b) && text(b).length() <= 6) {
      return newCand(b, end, EntityType.ORGANIZATION);
    }
    if (end - b == 1) {
      boolean placePrep = b - 1 >= s0 && PLACE_BEFORE.contains(keys[b - 1]);
      if (!placePrep && (end < s1 && SAYS.contains(keys[end]) || b - 1 >= s0 && SAYS.contains(keys[b - 1]))) {
        return newCand(b, end, EntityType.PERSON); // "Levy said", "said Skandalidis"
      }
      Cand c = newCand(b, end, null);
      c.kind = placePrep ? Lexicon.Kind.PLACE : null; // a hint for linking
      return c;
    }
    return newCand(b, end, EntityType.PERSON);
  }

  private static final String[] COMMON_ENDINGS = {"ion", "ions", "ers", "ing", "ings", "ment", "ments", "ness",
      "ity", "ies", "ed", "ly", "ous", "ive", "ful", "able", "ance", "ence", "ists", "ism", "ers", "ures", "ates"};

  /** Whether a sentence-initial word has the shape of a common English word ("Consultations", "Buyers"). */
  private static boolean looksLikeCommonWord(String key) {
    if (key.length() < 5) {
      return false;
    }
    for (String e : COMMON_ENDINGS) {
      if (key.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case organisation description just before token {@code b} ("space agency", "daily"), or null. */
  private String descriptorBefore(int b) {
    int k = b - 1;
    if (k >= s0 && keys[k].equals(",")) {
      k--;
    }
    if (k < s0 || !ORG_BEFORE.contains(keys[k]) || isCap(k)) {
      return null;
    }
    int from = k;
    if (k - 1 >= s0 && !isCap(k - 1) && isWord(k - 1) && !lex.commonWords.contains(keys[k - 1])
        && !keys[k - 1].equals("the")) {
      from = k - 1;
    }
    return a.text().substring(a.tokenStart(from), a.tokenEnd(k));
  }

  private Cand emitEntry(Lexicon.Entry e, int b, int end) {
    if (e.kind() == Lexicon.Kind.PLACE && end - b == 1 && COMPASS.contains(keys[b])) {
      // "the West" as a region only after "the" and not before another name ("West Ham", "South Africa")
      if (b - 1 < s0 || !keys[b - 1].equals("the") || (end < s1 && isCap(end))) {
        return null;
      }
    }
    Cand c;
    switch (e.kind()) {
      case COUNTRY -> {
        c = newCand(b, end, EntityType.LOCATION);
        c.iso3 = e.iso3();
        c.key = "C:" + e.iso3();
        c.name = lex.countries.name(e.iso3());
        c.geo = lex.countries.geo(e.iso3());
      }
      case PLACE -> {
        c = newCand(b, end, EntityType.LOCATION);
        c.iso3 = e.place().iso3();
        c.key = "P:" + e.place().name();
        c.name = e.place().name();
        c.geo = e.place().geo();
      }
      case ORG -> {
        c = newCand(b, end, EntityType.ORGANIZATION);
        c.iso3 = e.org().iso3();
        c.key = "O:" + e.org().name();
        c.name = e.org().name();
        String d = descriptorBefore(b);
        if (d != null) {
          c.roles.add(d);
        }
      }
      case LEADER -> {
        c = newCand(b, end, EntityType.PERSON);
        c.leader = e.leader();
      }
      default -> {
        c = newCand(b, end, EntityType.MISC);
        c.iso3 = e.iso3();
        c.codes = e.codes();
        String sing = keys[end - 1];
        c.key = "D:" + Tables.key(a.text().substring(a.tokenStart(b), a.tokenEnd(end - 1)));
        if (c.key.endsWith("s") && lex.countries.codesOfDemonym(c.key.substring(2, c.key.length() - 1)).size() > 0) {
          c.key = c.key.substring(0, c.key.length() - 1);
        }
        c.name = null;
      }
    }
    c.kind = e.kind();
    return c;
  }

  private Cand newCand(int b, int end, EntityType type) {
    Cand c = new Cand();
    c.start = b;
    c.end = end;
    c.type = type;
    c.sentence = sentence;
    cands.add(c);
    byStart.put(b, c);
    byEnd.put(end, c);
    return c;
  }

  // ---------------------------------------------------------------- appositions and role references

  private void appositionsAndRoles() {
    String opener = placeOpener();
    String subject = subjectCountry();
    for (Cand p : List.copyOf(cands)) {
      if (p.sentence == sentence && p.type == EntityType.PERSON) {
        apposition(p);
        counterpart(p);
        ledBy(p);
        p.placeIso3 = opener;
        p.subjectIso3 = subject;
      }
    }
    for (int t = s0; t < s1; t++) {
      if (keys[t].equals("the")) {
        roleRef(t);
      }
    }
  }

  /**
   * Roles given beside a name: "Yuri Borisov, head of Roscosmos,", "Maria Santos, Brazil's trade minister,",
   * "Ana Ruiz, a spokeswoman for the charity Blue Sea,", "Ivo Lind, who led the IMF mission to Riga," and,
   * before the name, "Peru's foreign ministry spokesman, Luis Soto,".
   */
  private void apposition(Cand p) {
    int k = p.end;
    if (k + 1 < s1 && keys[k].equals("of") && byStart.get(k + 1) != null
        && byStart.get(k + 1).kind == Lexicon.Kind.COUNTRY && p.affIso3 == null) {
      p.affIso3 = byStart.get(k + 1).iso3; // "Karl Stenberg of Norway"
      return;
    }
    preposedRole(p);
    if (k >= s1 || !keys[k].equals(",")) {
      return;
    }
    k++;
    boolean who = k < s1 && text(k).equals("who");
    RoleParse r = who ? null : parseRole(k, s1, false);
    if (r != null) {
      applyRole(p, r);
      k = r.end;
    }
    if (k < s1 && text(k).equals("who")) {
      relativeRole(p, k + 1);
    }
  }

  /** A parsed role phrase: its text, the affiliation that gives a country, where it ends (token, exclusive). */
  private record RoleParse(String role, String iso3, boolean igo, int end, Cand owner) {
  }

  private void applyRole(Cand p, RoleParse r) {
    if (!p.roles.contains(r.role())) {
      p.roles.add(r.role());
    }
    if (p.affIso3 == null && r.iso3() != null) {
      p.affIso3 = r.iso3();
    }
    if (p.affIso3 == null && r.igo()) {
      p.igo = true;
    }
    if (p.owner == null && r.owner() != null) {
      p.owner = r.owner();
    }
  }

  /** "who serves as the AU's special envoy", "who led the IMF mission to Nairobi". */
  private void relativeRole(Cand p, int k) {
    if (k >= s1) {
      return;
    }
    String v = keys[k];
    if ((v.equals("serves") || v.equals("served") || v.equals("works") || v.equals("worked") || v.equals("acts"))
        && k + 1 < s1 && keys[k + 1].equals("as")) {
      RoleParse r = parseRole(k + 2, s1, false);
      if (r != null) {
        applyRole(p, r);
      }
    } else if (v.equals("is") || v.equals("was")) {
      RoleParse r = parseRole(k + 1, s1, false);
      if (r != null) {
        applyRole(p, r);
      }
    } else if (RELATIVE_LEADS.contains(v)) {
      int e = phraseEnd(k + 1, s1, false);
      if (e > k + 1 && e - k <= 10) {
        String[] aff = phraseAffiliation(k + 1, e);
        applyRole(p, new RoleParse("head of " + joinTokens(k + 1, e, k + 1, e), aff[0], aff[1] != null, e, null));
      }
    }
  }

  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
      "is", "was", "are", "were", "has", "had", "have", "will", "would", "and", "or", "but", "not", "this", "that",
      "these", "those", "he", "she", "it", "they", "we", "as", "by", "from", "if", "then", "than", "most", "more",
      "only", "last");
  private static final Set<String> RELATIVE_LEADS = Set.of("led", "leads", "heads", "headed", "chairs", "chaired",
      "runs", "ran", "commands", "commanded");
  private static final Set<String> ROLE_PREPS = Set.of("of", "for", "at", "to", "in", "on", "with");
  private static final Set<String> ROLE_STOPS = Set.of(",", ".", ";", ":", ")", "(", "\"", "\u201c", "\u201d",
      "said", "says", "told", "who", "which", "that", "and", "-", "\u2014", "\u2013", "--", "but", "when", "after");

  /** Where a role phrase starting at {@code k} stops: at a stop word, or (before a name) at {@code limit}. */
  private int phraseEnd(int k, int limit, boolean preposed) {
    int e = k;
    while (e < limit && e - k < 14) {
      String w = isAllCaps(e) ? "" : keys[e]; // "the WHO's director": an acronym, not "who"
      if (!preposed && ROLE_STOPS.contains(w) || preposed && (SAYS.contains(w) || w.equals("(") || w.equals(")"))) {
        break;
      }
      e++;
    }
    return e;
  }

  /**
   * Parses "[a|the] [Brazil's|UN|Kenyan] words HEAD [of|for|at ... phrase]" from token {@code k} to a stop word
   * (or to {@code limit} when the phrase stands before the name); null when it is no role.
   */
  private RoleParse parseRole(int k, int limit, boolean preposed) {
    int i = k;
    if (i < limit && (keys[i].equals("a") || keys[i].equals("an") || keys[i].equals("the"))
        && byStart.get(i) == null) {
      i++; // but "The African Union" may be one name
    }
    int segEnd = phraseEnd(i, limit, preposed);
    if (preposed && segEnd != limit) {
      return null;
    }
    // the head: the first title head followed by a preposition or the end of the phrase
    int hs = -1;
    int he = -1;
    for (int j = i; j < segEnd && j - i <= 7; j++) {
      int e = headAt(j, segEnd);
      boolean prep = e > 0 && e < segEnd && ROLE_PREPS.contains(keys[e])
          && !(keys[e].equals("to") && e + 1 < segEnd && !isCap(e + 1) && !keys[e + 1].equals("the")); // "to visit"
      if (e > 0 && e <= segEnd && (e == segEnd || prep)) {
        hs = j;
        he = e;
        break;
      }
    }
    if (hs < 0) {
      return null;
    }
    // words before the head: title words, office words, names of places and bodies; no verbs or other words
    Cand lead = null;
    for (int j = i; j < hs; j++) {
      Cand c = byStart.get(j);
      if (c != null && c.end <= hs) {
        if (lead == null && (c.type != null || j == i && isPossessive(c.end))) {
          lead = c; // a lone unknown name with "'s" is a person's: "Lula's adviser"
        }
        if (c.type == EntityType.PERSON && !(j == i && isPossessive(c.end))) {
          return null;
        }
        j = c.end - 1;
        continue;
      }
      if (isPossessive(j)) {
        continue;
      }
      // before a name the phrase must read as a role throughout ("After the talks ended, ..." does not); after a
      // name and its comma only function words and verbs end it
      boolean bad = preposed ? isCommon(j) : FUNCTION_WORDS.contains(keys[j]);
      if (!isWord(j) || isCap(j) && !isTitleWord(j) || bad && !isTitleWord(j) || SAYS.contains(keys[j])) {
        return null;
      }
    }
    String iso3 = null;
    boolean igo = false;
    Cand owner = null;
    StringBuilder pre = new StringBuilder();
    int from = i;
    if (lead != null && lead.start == i) {
      boolean poss = isPossessive(lead.end);
      if (lead.type == EntityType.PERSON || lead.type == null) {
        iso3 = lead.leader != null ? lead.leader.iso3() : lead.affIso3; // "Lula's adviser"
        owner = lead;
        from = lead.end + 1;
      } else if (lead.kind == Lexicon.Kind.COUNTRY && poss) {
        iso3 = lead.iso3; // "Japan's deputy chief cabinet secretary": the country goes to its own field
        from = lead.end + 1;
      } else if (lead.kind == Lexicon.Kind.DEMONYM && lead.end < hs && isPossessiveAhead(lead.end, hs)) {
        // "the Pakistani army's chief spokesman" -> "chief army spokesman"
        iso3 = lead.iso3;
        int ps = lead.end;
        while (!isPossessive(ps)) {
          ps++;
        }
        pre.append(joinTokens(ps + 1, hs, ps + 1, hs)).append(' ').append(joinTokens(lead.end, ps, lead.end, ps));
        from = -1;
      } else if (lead.type == EntityType.ORGANIZATION && poss) {
        iso3 = lead.iso3;
        igo = lead.iso3 == null;
        pre.append(displayText(lead)); // "the WHO's regional director" -> "WHO regional director"
        from = lead.end + 1;
      } else {
        iso3 = lead.iso3;
        igo = lead.type == EntityType.ORGANIZATION && lead.iso3 == null;
      }
    } else if (lead != null) {
      iso3 = lead.iso3; // "a former Kenyan diplomat"
      igo = lead.type == EntityType.ORGANIZATION && lead.iso3 == null;
    }
    if (from >= 0 && from < hs) {
      if (pre.length() > 0) {
        pre.append(' ');
      }
      pre.append(joinTokens(from, hs, from, hs));
    }
    String head = joinTokens(hs, he, hs, he);
    String role;
    if (he < segEnd) {
      String[] aff = phraseAffiliation(he + 1, segEnd);
      if (iso3 == null && !igo) {
        iso3 = aff[0] != null ? aff[0] : ofCountry(he, segEnd);
        igo = aff[1] != null && aff[0] == null;
      }
      String owned = keys[he].equals("for") ? countryOwnedBody(he + 1, segEnd) : null;
      if (owned != null) {
        role = (pre.length() > 0 ? pre + " " : "") + owned + " " + head; // "spokesman for India's foreign ministry"
      } else {
        role = (pre.length() > 0 ? pre + " " : "") + head + " " + joinTokens(he, segEnd, he, segEnd);
      }
    } else {
      role = (pre.length() > 0 ? pre + " " : "") + head;
    }
    if (i == k && (keys[k].equals("a") || keys[k].equals("an") || keys[k].equals("the")) && role.indexOf(' ') > 0
        && role.regionMatches(true, 0, text(k) + " ", 0, text(k).length() + 1)) {
      role = role.substring(text(k).length() + 1); // "A World Bank economist": the article is no part of the role
    }
    return new RoleParse(role, iso3, igo, segEnd, owner);
  }

  /**
   * "president of Norway", "foreign minister of the United States": the country a title's "of" phrase names when
   * the phrase is that country alone; else null ("envoy for Yemen" names the other side and does not count).
   */
  private String ofCountry(int of, int end) {
    if (!keys[of].equals("of")) {
      return null;
    }
    Cand c = byStart.get(of + 1);
    if (c == null && of + 2 < end && keys[of + 1].equals("the")) {
      c = byStart.get(of + 2);
    }
    return c != null && c.kind == Lexicon.Kind.COUNTRY && c.end == end ? c.iso3 : null;
  }

  private boolean isPossessiveAhead(int from, int to) {
    for (int j = from; j < to; j++) {
      if (isPossessive(j)) {
        return j > from;
      }
      if (isCap(j) || !isWord(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The country a role's prepositional phrase ties a person to, and whether it names an organisation without a
   * country: {iso3 or null, "igo" or null}. A body with a country ("the Nigerian High Commission", "Iran's
   * Revolutionary Guards") counts; a bare country does not ("envoy for Yemen", "ambassador to France").
   */
  private String[] phraseAffiliation(int b, int e) {
    for (int j = b; j < e; j++) {
      Cand c = byStart.get(j);
      if (c == null || c.type == null) {
        continue;
      }
      if (c.kind == Lexicon.Kind.COUNTRY && isPossessive(c.end) || c.kind == Lexicon.Kind.DEMONYM
          || c.type == EntityType.ORGANIZATION && c.iso3 != null) {
        return new String[] {c.iso3, null};
      }
      if (c.type == EntityType.ORGANIZATION) {
        return new String[] {null, "igo"};
      }
      j = c.end - 1;
    }
    return new String[] {null, null};
  }

  /**
   * "[the] India's foreign ministry" or "the German Foreign Office" after "for": the body without its country
   * ("foreign ministry", "Foreign Office"), so that the role reads "foreign ministry spokesman"; else null.
   */
  private String countryOwnedBody(int b, int e) {
    int j = b;
    if (j < e && keys[j].equals("the")) {
      j++;
    }
    Cand c = byStart.get(j);
    if (c == null || c.end >= e && c.type != EntityType.ORGANIZATION) {
      return null;
    }
    if (c.kind == Lexicon.Kind.COUNTRY && isPossessive(c.end) && c.end + 1 < e) {
      return joinTokens(c.end + 1, e, c.end + 1, e);
    }
    if (c.type == EntityType.ORGANIZATION && c.iso3 != null && c.end == e) {
      Object[] m = match(c.start, false);
      if (m != null && ((Lexicon.Entry) m[0]).kind() == Lexicon.Kind.DEMONYM && (int) m[1] < c.end) {
        return joinTokens((int) m[1], e, (int) m[1], e);
      }
    }
    return null;
  }

  /**
   * The text of tokens [b, e) as written, except that a possessive "'s" after an organisation or country is
   * dropped ("the EU's diplomatic service" -> "the EU diplomatic service") and a country's possessive becomes
   * "the" ("of Israel's security council" -> "of the security council"; the country has its own field).
   */
  private String joinTokens(int b, int e, int lo, int hi) {
    StringBuilder out = new StringBuilder();
    int prev = -1;
    for (int j = b; j < e; j++) {
      Cand c = byStart.get(j);
      if (c != null && c.end < e && isPossessive(c.end) && c.type != EntityType.PERSON) {
        boolean country = c.kind == Lexicon.Kind.COUNTRY;
        String word = country ? (j > lo && keys[j - 1].equals("the") ? "" : "the") : displayText(c);
        if (!word.isEmpty()) {
          if (out.length() > 0) {
            out.append(' ');
          }
          out.append(word);
        }
        prev = -1;
        j = c.end; // skip the "'s" too
        continue;
      }
      if (out.length() > 0) {
        out.append(prev == j - 1 ? a.text().substring(a.tokenEnd(j - 1), a.tokenStart(j)) : " ");
      }
      out.append(text(j));
      prev = j;
    }
    return out.toString().strip();
  }

  /** The words of a candidate as written, without a leading "The" ("The African Union" -> "African Union"). */
  private String displayText(Cand c) {
    int b = c.start;
    if (c.end - b >= 2 && keys[b].equals("the")) {
      b++;
    }
    return a.text().substring(a.tokenStart(b), a.tokenEnd(c.end - 1));
  }

  /** "Peru's foreign ministry spokesman, Luis Soto, said": a role that opens the sentence before the name. */
  private void preposedRole(Cand p) {
    if (p.start - 2 < s0 || !keys[p.start - 1].equals(",") || p.end >= s1 || !keys[p.end].equals(",")) {
      return;
    }
    int rs = s0;
    while (rs < p.start && OPENERS.contains(keys[rs])) {
      rs++;
    }
    if (p.start - 1 - rs < 1 || p.start - 1 - rs > 14) {
      return;
    }
    RoleParse r = parseRole(rs, p.start - 1, true);
    if (r != null) {
      applyRole(p, r);
    }
  }

  /**
   * "her Japanese counterpart, Ken Mori": the role of the person the sentence named before, with the country of
   * the demonym.
   */
  private void counterpart(Cand p) {
    int k = p.start - 1;
    if (k >= s0 && keys[k].equals(",")) {
      k--;
    }
    if (k < s0 || !(keys[k].equals("counterpart") || keys[k].equals("counterparts"))) {
      return;
    }
    Cand d = byEnd.get(k);
    String iso3 = d != null && d.kind == Lexicon.Kind.DEMONYM ? d.iso3 : null;
    Cand before = null;
    for (Cand c : cands) {
      if (c.sentence == sentence && c.type == EntityType.PERSON && c.start < p.start && c != p && !c.roles.isEmpty()) {
        before = c;
      }
    }
    if (before != null && p.roles.isEmpty()) {
      p.roles.add(before.roles.get(0));
    }
    if (iso3 != null && p.affIso3 == null) {
      p.affIso3 = iso3;
    }
  }

  /** "In Moscow, ..." or "From Kyiv, ...": the country of a place phrase opening the sentence, or null. */
  private String placeOpener() {
    int t = clauseStart;
    while (t < s1 && OPENERS.contains(keys[t])) {
      t++;
    }
    if (t + 2 >= s1 || !(keys[t].equals("in") || keys[t].equals("from"))) {
      return null;
    }
    Cand c = byStart.get(t + 1);
    if (c == null || c.iso3 == null || !(c.kind == Lexicon.Kind.PLACE || c.kind == Lexicon.Kind.COUNTRY)
        || c.end >= s1 || !keys[c.end].equals(",")) {
      return null;
    }
    return c.iso3;
  }

  /**
   * "Germany will send ..., Defence Minister Anna Roth said": the country that is the subject of the sentence's
   * first clause (a country name opening it, alone), or null.
   */
  private String subjectCountry() {
    int t = clauseStart;
    while (t < s1 && (OPENERS.contains(keys[t]) || keys[t].equals("the"))) {
      t++;
    }
    Cand c = byStart.get(t);
    if (c == null || c.kind != Lexicon.Kind.COUNTRY || c.iso3 == null) {
      return null;
    }
    int k = c.end;
    if (isPossessive(k) || k < s1 && (keys[k].equals("and") || keys[k].equals(",") || keys[k].equals("or"))) {
      return null; // "Russia's embassy", "Australia and China": not one country acting
    }
    return c.iso3;
  }

  private static final Set<String> GROUP_NOUNS = Set.of("delegation", "side", "team", "mission", "contingent",
      "group", "government", "negotiators");

  /** "the Turkish delegation was led by Deputy Foreign Minister Ali Kaya": the group's country. */
  private void ledBy(Cand p) {
    int k = (p.titleStart >= 0 ? p.titleStart : p.start) - 1;
    if (k < s0 || !keys[k].equals("by")) {
      return;
    }
    k--;
    if (k >= s0 && (keys[k].equals("led") || keys[k].equals("headed") || keys[k].equals("chaired"))) {
      k--;
    }
    for (int n = 0; n < 2 && k >= s0 && (keys[k].equals("was") || keys[k].equals("is") || keys[k].equals("be")
        || keys[k].equals("will") || keys[k].equals("were")); n++) {
      k--;
    }
    if (k < s0 || !GROUP_NOUNS.contains(keys[k])) {
      return;
    }
    Cand d = byEnd.get(k);
    if (d != null && (d.kind == Lexicon.Kind.DEMONYM || d.kind == Lexicon.Kind.COUNTRY) && p.affIso3 == null) {
      p.affIso3 = d.iso3;
    }
  }

  private String displayName(Cand c) {
    return c.name != null ? c.name : a.text().substring(a.tokenStart(c.start), a.tokenEnd(c.end - 1));
  }

  /** "the Russian president", "the minister": a role reference, resolved after linking. */
  private void roleRef(int t) {
    int k = t + 1;
    String iso3 = null;
    Cand at = byStart.get(k);
    if (at != null && (at.kind == Lexicon.Kind.DEMONYM || at.kind == Lexicon.Kind.COUNTRY)) {
      iso3 = at.iso3;
      k = at.end;
      if (isPossessive(k)) {
        k++;
      }
    } else if (k < s1 && keys[k].equals("country") && isPossessive(k + 1)) {
      k += 2;
    }
    while (k < s1 && lex.titles.isModifier(keys[k]) && headAt(k, s1) < 0) {
      k++;
    }
    if (k >= s1) {
      return;
    }
    int he = headAt(k, s1);
    if (he < 0) {
      return;
    }
    if (he < s1 && isCap(he) && isWord(he)) {
      return; // a title before a name, handled with the name
    }
    if (he < s1 && (keys[he].equals("of") || keys[he].equals("'s") || PRONOUNS.contains(keys[he]))) {
      return; // "the head of ...", "the minister's": unsure, skip
    }
    roleRefs.add(new RoleRef(t, he, keys[he - 1], iso3, sentence));
  }

  // ---------------------------------------------------------------- linking

  /** Links candidates into entities: persons by name forms, role references and pronouns; others by key. */
  List<Entity> link(EntityType unknownDefault) {
    resolveDemonyms();
    contextCountries();
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Group> persons = new ArrayList<>();
    // full person names first (two or more tokens), longest first
    List<Cand> personCands = new ArrayList<>();
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON) {
        personCands.add(c);
      }
    }
    personCands.sort((x, y) -> Integer.compare(nameTokens(y).length, nameTokens(x).length));
    for (Cand c : personCands) {
      String[] toks = nameTokens(c);
      String full = c.leader != null ? "L:" + c.leader.name() : "N:" + String.join(" ", toks);
      Group g = groups.get(full);
      if (g == null && toks.length == 1) {
        g = personBySingleToken(persons, toks[0], c);
      }
      if (g == null) {
        g = new Group();
        g.type = EntityType.PERSON;
        g.key = full;
        groups.put(full, g);
        persons.add(g);
      }
      g.cands.add(c);
      c.group = g;
    }
    for (Cand c : cands) {
      if (c.group != null) {
        continue;
      }
      if (model != null && c.type != null && c.type != EntityType.PERSON && c.end - c.start == 1 && !c.sure
          && c.kind != Lexicon.Kind.COUNTRY && c.kind != Lexicon.Kind.DEMONYM) {
        Group g = personBySurname(persons, keys[c.start], c); // "Macron" after "Emmanuel Macron"
        if (g != null) {
          c.type = EntityType.PERSON;
          c.key = null;
          g.cands.add(c);
          c.group = g;
          continue;
        }
      }
      if (c.type == null) {
        Group g = personBySingleToken(persons, keys[c.start], c);
        Lexicon.Leader leader = lex.leaderBySurname.get(keys[c.start]);
        if (g == null && leader != null) {
          c.leader = leader;
          g = groups.get("L:" + leader.name());
          if (g == null) {
            g = new Group();
            g.type = EntityType.PERSON;
            g.key = "L:" + leader.name();
            groups.put(g.key, g);
            persons.add(g);
          }
        }
        if (g != null) {
          c.type = EntityType.PERSON;
          g.cands.add(c);
          c.group = g;
          continue;
        }
        if (c.tentative) {
          continue; // the model saw no name here and no person elsewhere explains it
        }
        c.type = c.kind == Lexicon.Kind.PLACE ? EntityType.LOCATION : unknownDefault;
        c.kind = null;
      }
      String key = c.key != null ? c.key : c.type + ":" + Tables.key(displayName(c));
      Group g = groups.computeIfAbsent(key, k -> {
        Group n = new Group();
        n.type = c.type;
        n.key = k;
        return n;
      });
      g.cands.add(c);
      c.group = g;
    }
    cands.removeIf(c -> c.group == null); // tentative names nothing explained
    // person details, needed to resolve role references and pronouns
    Map<Group, PersonInfo> info = new HashMap<>();
    String fallback = datelineIso3 != null ? datelineIso3 : dominantCountry();
    articleIso3 = fallback;
    for (Group g : persons) {
      info.put(g, personInfo(g, fallback));
    }
    for (Group g : persons) {
      PersonInfo pi = info.get(g);
      PersonInfo owner = pi.owner != null && pi.owner.group != null ? info.get(pi.owner.group) : null;
      if (!pi.sure && owner != null && owner != pi && owner.sure) {
        pi.iso3 = owner.iso3; // "Lula's adviser" serves Lula's country
      }
    }
    List<Cand> extra = new ArrayList<>();
    for (RoleRef r : roleRefs) {
      Group only = null;
      int n = 0;
      for (Group g : persons) {
        PersonInfo pi = info.get(g);
        if (pi.hasRoleWord(r.head()) && (r.iso3() == null || r.iso3().equals(pi.iso3))) {
          only = g;
          n++;
        }
      }
      if (n == 1) {
        Cand c = new Cand();
        c.start = r.start();
        c.end = r.end();
        c.type = EntityType.PERSON;
        c.mention = MentionKind.ROLE;
        c.sentence = r.sentence();
        c.group = only;
        only.cands.add(c);
        extra.add(c);
      }
    }
    pronouns(persons, extra);
    List<Entity> out = new ArrayList<>();
    List<Group> all = new ArrayList<>(groups.values());
    all.removeIf(g -> g.cands.isEmpty());
    for (Group g : all) {
      g.cands.sort((x, y) -> Integer.compare(x.start, y.start));
    }
    all.sort((x, y) -> Integer.compare(x.cands.get(0).start, y.cands.get(0).start));
    int id = 1;
    for (Group g : all) {
      out.add(toEntity("E" + id++, g, info.get(g)));
    }
    return out;
  }

  private String[] nameTokens(Cand c) {
    String[] t = new String[c.end - c.start];
    for (int i = c.start; i < c.end; i++) {
      t[i - c.start] = keys[i];
    }
    return t;
  }

  /**
   * The person group a single name token refers to: the surname ("Putin" → Vladimir Putin), else the one person
   * with that word elsewhere in the name ("Wang" → Wang Lixin, "Prince Khalid" → Khalid bin Saad); or null.
   */
  private Group personBySingleToken(List<Group> persons, String token, Cand at) {
    Group g = personBySurname(persons, token, at);
    if (g != null || token.length() < 2 || PARTICLES.contains(token)) {
      return g;
    }
    Group only = null;
    for (Group p : persons) {
      boolean has = false;
      for (Cand c : p.cands) {
        for (int i = c.start; i < c.end - 1 && c.end - c.start >= 2 && !has; i++) {
          has = keys[i].equals(token);
        }
      }
      if (has) {
        if (only != null && only != p) {
          return null;
        }
        only = p;
      }
    }
    return only;
  }

  private Group personBySurname(List<Group> persons, String token, Cand at) {
    Group best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Group g : persons) {
      for (Cand c : g.cands) {
        if (c.end - c.start < 2) {
          continue;
        }
        boolean last = keys[c.end - 1].equals(token);
        boolean first = keys[c.start].equals(token) && keys[c.start + 1].indexOf('-') > 0; // "Kim Jong-un"
        if (last || first) {
          // prefer the nearest full name before the mention, then the nearest after
          int d = c.start <= at.start ? at.start - c.start : 1_000_000 + c.start - at.start;
          if (d < bestDistance) {
            bestDistance = d;
            best = g;
          }
        }
      }
    }
    return best;
  }

  private void pronouns(List<Group> persons, List<Cand> extra) {
    if (persons.isEmpty()) {
      return;
    }
    for (int t = 0; t < keys.length; t++) {
      if (!PRONOUNS.contains(keys[t])) {
        continue;
      }
      int sent = a.sentenceOfToken(t);
      Map<Group, Integer> near = new LinkedHashMap<>();
      Map<Group, Integer> counts = new HashMap<>();
      for (Group g : persons) {
        int count = 0;
        for (Cand c : g.cands) {
          if (c.start < t) {
            count++;
            if (c.sentence == sent || c.sentence == sent - 1) {
              near.merge(g, 1, Integer::sum);
            }
          }
        }
        counts.put(g, count);
      }
      Group chosen = null;
      if (near.size() == 1) {
        chosen = near.keySet().iterator().next();
      } else if (near.size() > 1) {
        // several people nearby: take the article's main person only when clearly dominant
        Group top = null;
        int topCount = -1;
        int second = -1;
        for (Group g : near.keySet()) {
          int n = counts.get(g);
          if (n > topCount) {
            second = topCount;
            topCount = n;
            top = g;
          } else if (n > second) {
            second = n;
          }
        }
        if (topCount >= 3 && topCount >= 2 * second) {
          chosen = top;
        }
      }
      if (chosen != null) {
        Cand c = new Cand();
        c.start = t;
        c.end = t + 1;
        c.type = EntityType.PERSON;
        c.mention = MentionKind.PRONOUN;
        c.sentence = sent;
        c.group = chosen;
        chosen.cands.add(c);
        extra.add(c);
      }
    }
  }

  /** What is known of one person: country and roles. */
  private static final class PersonInfo {
    String iso3;
    boolean sure; // from a title, apposition or the leaders list
    Cand owner;
    final List<String> roles = new ArrayList<>();

    boolean hasRoleWord(String word) {
      for (String r : roles) {
        for (String w : Tables.key(r).split(" ")) {
          if (w.equals(word)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * A person's country, in order of trust: a title or apposition ("Brazil's trade minister"); the leaders list;
   * the owner of an aide ("Lula's adviser"); and, unless the person serves an organisation without a country, a
   * place phrase opening the sentence ("In Moscow, ..."); a matching ministry nearby; the one country the
   * sentence names; the subject country of the clause; and, for people with a role, the dateline's country, then the
   * article's dominant one.
   */
  private PersonInfo personInfo(Group g, String fallback) {
    PersonInfo pi = new PersonInfo();
    Set<String> roles = new LinkedHashSet<>();
    String aff = null;
    String context = null;
    String place = null;
    String ministry = null;
    String subject = null;
    boolean igo = false;
    Lexicon.Leader leader = null;
    for (Cand c : g.cands) {
      roles.addAll(c.roles);
      if (aff == null && c.affIso3 != null) {
        aff = c.affIso3;
      }
      if (context == null && c.iso3 != null) {
        context = c.iso3;
      }
      if (leader == null && c.leader != null) {
        leader = c.leader;
      }
      if (place == null) {
        place = c.placeIso3;
      }
      if (ministry == null) {
        ministry = c.ministryIso3;
      }
      if (subject == null) {
        subject = c.subjectIso3;
      }
      if (pi.owner == null) {
        pi.owner = c.owner;
      }
      igo |= c.igo;
    }
    pi.roles.addAll(roles);
    if (pi.roles.isEmpty() && leader != null) {
      pi.roles.add(leader.role());
    }
    if (aff != null || leader != null && leader.iso3() != null) {
      pi.iso3 = aff != null ? aff : leader.iso3();
      pi.sure = true;
    } else if (!igo && !(leader != null && leader.iso3() == null)) { // an international official has none
      pi.iso3 = pi.roles.isEmpty() ? context : place != null ? place : ministry != null ? ministry
          : context != null ? context : subject != null ? subject : fallbackFor(g, fallback);
    }
    return pi;
  }

  /** Chooses among countries sharing a demonym ("Korean": KOR or PRK) by what else the article names. */
  private void resolveDemonyms() {
    Set<String> named = new LinkedHashSet<>();
    for (Cand c : cands) {
      if (c.kind != Lexicon.Kind.DEMONYM && c.iso3 != null && c.codes.size() <= 1) {
        named.add(c.iso3);
      }
    }
    for (Cand c : cands) {
      if (c.codes.size() > 1) {
        for (String code : c.codes) {
          if (named.contains(code)) {
            c.iso3 = code;
            break;
          }
        }
      }
    }
  }

  /**
   * Gives people with a role but no country the one country their sentence names ("the Russian delegation will
   * include Transport Minister Roman Starovoyt" → RUS; "President Lind banned Norwegian opposition parties" →
   * NOR). A country named after the person behind "against", "on", "with" or "toward" is the other side of what
   * they do ("President Lind threatened action against Russia"), so it does not count. Stored in {@code iso3},
   * used after title and leader.
   */
  private void contextCountries() {
    Map<Integer, List<Cand>> bySentence = new HashMap<>();
    for (Cand c : cands) {
      if (c.type != EntityType.PERSON && c.iso3 != null && c.type != null
          && !(c.end < keys.length && keys[c.end].startsWith("counterpart"))) {
        // "her Ukrainian counterpart" names the other side, not the speaker's country
        bySentence.computeIfAbsent(c.sentence, k -> new ArrayList<>()).add(c);
      }
    }
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON && !c.roles.isEmpty()) {
        c.ministryIso3 = ministryCountry(c);
      }
    }
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON && !c.roles.isEmpty()) {
        c.iso3 = onlyCountryNamed(bySentence.get(c.sentence), c.start);
      } else if (c.type == EntityType.ORGANIZATION && c.iso3 == null && !c.roles.isEmpty()) {
        c.iso3 = onlyCountryNamed(bySentence.get(c.sentence), c.start);
      }
    }
  }

  private static final Set<String> OTHER_SIDE = Set.of("against", "on", "with", "toward", "towards");

  /** The one country the candidates name, leaving out the other side after token {@code start}; or null. */
  private String onlyCountryNamed(List<Cand> named, int start) {
    String only = null;
    if (named != null) {
      for (Cand d : named) {
        int j = d.start - 1;
        if (j > start && keys[j].equals("the")) {
          j--;
        }
        if (d.start > start && j > start && OTHER_SIDE.contains(keys[j])) {
          continue;
        }
        if (only != null && !only.equals(d.iso3)) {
          return null;
        }
        only = d.iso3;
      }
    }
    return only;
  }

  /**
   * "..., the German defence ministry said. Defence Minister Anna Roth accused ...": the country of a ministry
   * matching the person's "X Minister" title in the same or the previous sentence, or null.
   */
  private String ministryCountry(Cand c) {
    String word = null;
    for (String r : c.roles) {
      String[] w = Tables.key(r).split(" ");
      if (w.length >= 2 && w[w.length - 1].equals("minister")) {
        word = w[w.length - 2];
        break;
      }
    }
    if (word == null) {
      return null;
    }
    int from = a.sentence(Math.max(0, c.sentence - 1)).firstToken();
    String found = null;
    for (int t = from + 1; t < c.start; t++) {
      if (!keys[t].equals("ministry") || !keys[t - 1].equals(word)) {
        continue;
      }
      Cand d = byEnd.get(t - 1);
      if (d != null && (d.kind == Lexicon.Kind.DEMONYM || d.kind == Lexicon.Kind.COUNTRY) && d.iso3 != null) {
        found = d.iso3;
      } else if (t - 2 >= 0 && isPossessiveToken(t - 2) && byEnd.get(t - 2) != null
          && byEnd.get(t - 2).kind == Lexicon.Kind.COUNTRY) {
        found = byEnd.get(t - 2).iso3;
      }
    }
    return found;
  }

  private boolean isPossessiveToken(int t) {
    return keys[t].equals("'s") || keys[t].equals("'");
  }

  /**
   * The article-wide fallback country for a person, unless it is the dominant country named only once, in the
   * person's own sentence: that sentence already had its say ("President Lind threatened action against Russia"
   * is no Russian president).
   */
  private String fallbackFor(Group g, String fallback) {
    if (fallback == null || dominantOnceSentence < 0 || !fallback.equals(articleDominant)) {
      return fallback;
    }
    for (Cand c : g.cands) {
      if (c.sentence == dominantOnceSentence) {
        return null;
      }
    }
    return fallback;
  }

  /**
   * The country named most often in the article (countries, places, demonyms), when one clearly leads; or null.
   * Notes the sentence of its one mention when it is named once ({@link #fallbackFor}).
   */
  private String dominantCountry() {
    Map<String, Integer> n = new HashMap<>();
    for (Cand c : cands) {
      if (c.iso3 != null && c.kind != null && c.kind != Lexicon.Kind.ORG && c.kind != Lexicon.Kind.LEADER) {
        n.merge(c.iso3, 1, Integer::sum);
      }
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : n.entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    articleDominant = top > second ? best : null;
    dominantOnceSentence = -1;
    if (articleDominant != null && top == 1) {
      for (Cand c : cands) {
        if (articleDominant.equals(c.iso3) && c.kind != null && c.kind != Lexicon.Kind.ORG
            && c.kind != Lexicon.Kind.LEADER) {
          dominantOnceSentence = c.sentence;
        }
      }
    }
    return articleDominant;
  }

  private Entity toEntity(String id, Group g, PersonInfo pi) {
    List<Mention> mentions = new ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    String name = null;
    String iso3 = null;
    Geo geo = null;
    Set<String> roles = new LinkedHashSet<>();
    for (Cand c : g.cands) {
      int cs = a.tokenStart(c.start);
      int ce = a.tokenEnd(c.end - 1);
      if (seen.add(((long) cs << 32) | ce)) {
        mentions.add(new Mention(cs, ce, c.mention));
      }
      if (c.mention == MentionKind.NAME) {
        String n = c.name != null ? c.name : a.text().substring(cs, ce);
        if (name == null || (c.name == null && n.length() > name.length() && g.type == EntityType.PERSON)) {
          name = n;
        }
      }
      if (iso3 == null) {
        iso3 = c.iso3;
      }
      if (geo == null) {
        geo = c.geo;
      }
      roles.addAll(c.roles);
    }
    mentions.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
        : Integer.compare(x.end(), y.end()));
    if (name == null) {
      name = mentions.get(0).textIn(a);
    }
    if (g.type == EntityType.PERSON && pi != null) {
      return new Entity(id, g.type, name, pi.iso3, pi.roles, null, mentions);
    }
    if (g.type == EntityType.MISC && g.key.startsWith("D:")) {
      name = canonicalDemonym(g);
    }
    if (g.type == EntityType.LOCATION && geo == null && iso3 != null && g.key.startsWith("C:")) {
      geo = lex.countries.geo(iso3);
    }
    if (g.type == EntityType.LOCATION && geo == null) {
      // a place the phrase dictionary leaves out (places-extra-v1.tsv), else one the bundled tables do not know:
      // the installed gazetteer, in the article's country when it has one
      Countries.Place known = lex.countries.extraPlace(name);
      Countries.Place p = known != null ? known : lex.gazetteer.get().find(name, iso3 != null ? iso3 : articleIso3);
      if (p != null && (iso3 == null || iso3.equals(p.iso3()))) {
        geo = p.geo();
        iso3 = p.iso3();
      }
    }
    return new Entity(id, g.type, name, iso3, List.copyOf(roles), geo, mentions);
  }

  private String canonicalDemonym(Group g) {
    String best = null;
    for (Cand c : g.cands) {
      String s = a.text().substring(a.tokenStart(c.start), a.tokenEnd(c.end - 1));
      if (best == null || s.length() < best.length()) {
        best = s;
      }
    }
    return best;
  }
}

package org.herald.stage.event;

import static org.herald.stage.event.EventWords.AGENT_MODIFIERS;
import static org.herald.stage.event.EventWords.DETS;
import static org.herald.stage.event.EventWords.PLACE_PREPS;
import static org.herald.stage.event.EventWords.REGION_WORDS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.Sentence;
import org.herald.stage.actor.Actor;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.date.TimeExpression;
import org.herald.stage.event.EventStage.Draft;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.name.NameStage;
import org.herald.stage.quote.Quote;
import org.herald.stage.quote.QuoteStage;

/**
 * One article as the event rules read it: its tokens lower-cased and lemmatised, the actor on each token (the actor
 * layer's and the implicit ones made here: demonyms before a noun, domestic groups such as "police" or "the
 * opposition"), its time expressions, quotes and entities, and whether it reads as sport, arts or technology news;
 * with the article-wide filters on drafts (sport and soft news, {@link CombatSense}). Built once per article from
 * the stage's {@link EventTables}; its sentences' coders add actors and remember plural subjects while they run,
 * so it is confined to the thread coding that article.
 */
final class EventDoc implements CameoConventions.Text {
  /** Forms of "be" before an -ing verb: "is training", "were shelling". */
  private static final Set<String> PROGRESSIVE_AUX = Set.of("is", "are", "was", "were", "be", "been", "being",
      "'re", "’re");
  /** Words of sport news; an article with several of them is read as sport (see {@link #sport}). */
  private static final Set<String> SPORT_WORDS = Set.of("match", "matches", "goal", "goals", "scored", "striker",
      "midfielder", "defender", "goalkeeper", "coach", "season", "league", "cup", "championship", "championships",
      "champion", "champions", "tournament", "olympic", "olympics", "athlete", "athletes", "athletics", "sprinter",
      "sprinters", "medal", "squad", "club", "fans", "semi-final", "quarter-final", "rugby", "football", "tennis",
      "cricket", "golf", "premiership", "fixture", "referee", "penalty", "innings", "wicket", "marathon", "stadium",
      "teammate", "team-mate", "winger", "full-back", "heptathlon", "relay", "sprint", "scorer", "cap", "caps",
      "seeded", "grand", "slam", "inning", "tries", "try-scoring", "playoff", "play-off", "playoffs", "seed", "seeds",
      "tie-break", "finals", "semi-finals", "quarter-finals", "scrum", "fly-half", "half-time", "kick-off",
      "qualifying", "qualifier", "trophy", "sevens");
  /**
   * Words of arts and technology news, where films are "shot", songs "went to number one", firms "team up" and
   * stars "pull out of" shows: as in sport, only events with a political side are kept. Two lists, each telling
   * its kind of article apart from politics (BBC news: 1 politics article of 417 reads as either).
   */
  private static final Set<String> ARTS_WORDS = Set.of("film", "films", "movie", "movies", "album", "albums",
      "singer", "singers", "actress", "actor", "actors", "band", "bands", "concert", "concerts", "chart", "charts",
      "oscar", "oscars", "comedy", "sitcom", "soap", "musical", "song", "songs", "gig", "premiere", "starring",
      "celebrity", "celebrities", "hollywood", "bafta", "grammy", "grammys", "rapper", "pop", "box-office",
      "cinema", "cinemas", "novel", "novelist", "theatre", "dvd", "dvds");
  private static final Set<String> TECH_WORDS = Set.of("software", "broadband", "gadget", "gadgets", "handset",
      "handsets", "laptop", "laptops", "console", "consoles", "gaming", "gamers", "pc", "pcs", "browser", "browsers",
      "spam", "hackers", "hacker", "downloads", "download", "wi-fi", "wifi", "blog", "blogs", "bloggers", "ipod",
      "ipods", "users");
  private static final int SPORT = 0;
  private static final int ARTS = 1;
  private static final int TECH = 2;
  private static final int TOPICS = 3;
  /** The words of the three kinds of news above, each with its kind, for one look-up a token. */
  private static final Map<String, Integer> TOPIC_WORDS = topicWords();
  /** Words of a person's role that make them political even in sport news ("the Belgian sports minister"). */
  private static final Set<String> OFFICE_WORDS = Set.of("minister", "judge", "prosecutor", "prosecutors",
      "senator", "governor", "mayor", "ambassador", "police", "president", "premier", "king", "queen", "prince",
      "chancellor", "secretary", "mp", "lawmaker");
  /** Sectors of political actors: a sport article's event needs one of them (or two countries by name). */
  private static final Set<String> POLITICAL_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "REB", "SPY",
      "OPP", "PTY", "INS", "ELI");
  /** CAMEO roots of contests that sport shares with politics: meetings, fights, force. */
  private static final Set<String> CONTEST_ROOTS = Set.of("04", "17", "18", "19", "20");
  /** Words the implicit-actor switch codes besides the domestic nouns: offices, "the opposition", "people", men. */
  private static final Set<String> GROUP_WORDS = Set.of("opposition", "government", "authorities", "minister",
      "president", "premier", "mayor", "governor", "people", "men", "man");
  /** Endings of a demonym compound that make the next noun that country's: "Vietnamese-led forces". */
  private static final Set<String> LED_SUFFIXES = Set.of("-led", "-backed", "-supported", "-funded",
      "-sponsored", "-trained", "-armed");
  /** Adjectives of a government that still stand for the sentence's country: "the military government". */
  private static final Set<String> GOVERNMENT_KINDS = Set.of("military", "interim", "transitional", "new",
      "central", "federal", "national", "local", "provisional", "caretaker", "coalition", "former");

  private static Map<String, Integer> topicWords() {
    Map<String, Integer> m = new HashMap<>();
    List<Set<String>> kinds = List.of(SPORT_WORDS, ARTS_WORDS, TECH_WORDS);
    for (int k = 0; k < kinds.size(); k++) {
      for (String w : kinds.get(k)) {
        m.putIfAbsent(w, k);
      }
    }
    return Map.copyOf(m);
  }

  /** The stage's tables: the lemmatizer, plurals and the country words. */
  private final EventTables tables;
  final Article a;
  final String[] lower;
  final String[] lemma;
  /**
   * The singular of a plural that the lexicon keeps as its own word ("strikes", "attacks": the lemma stays
   * plural, as "talks" must), when the lexicon knows the singular; else null. Lets "Israel's strikes on Iran"
   * match the pattern "strike" (issue 6, s6-roles).
   */
  final String[] singular;
  final int[] actorAt;
  final List<Actor> actors;
  final List<TimeExpression> timex;
  /** Whether each token lies in a time expression. */
  final boolean[] inTimex;
  final List<Quote> quotes;
  final List<Entity> entities;
  /** Whether the article reads as sport news: matches, races and titles, where teams "clash" and "beat". */
  final boolean sport;
  /**
   * Whether it reads as arts or technology news ({@link #ARTS_WORDS}, {@link #TECH_WORDS}): three words of one
   * kind, two of them different, as for sport.
   */
  final boolean soft;
  /** Countries by how often an actor of the actor layer belongs to them, most first. */
  final List<String> topCountries;
  /** Implicit actors outside the actor layer: "the two countries" read as the article's two main countries. */
  final List<Actor> extra = new ArrayList<>();
  /** Actors made here from a word the actor layer left out ("police", "protesters"), by value. */
  final Set<Actor> generic = new HashSet<>();
  /** The actors of the last subject with more than one member, and its sentence: what "they" refers to. */
  List<Integer> lastPlural = List.of();
  /** The last compound subject of each size: what "the three countries" refers to. */
  final Map<Integer, List<Integer>> compounds = new HashMap<>();
  int lastPluralSentence = -10;
  int order;

  EventDoc(Article a, EventTables tables) {
    this.tables = tables;
    this.a = a;
    Lemmatizer lemmatizer = tables.lemmatizer();
    Map<String, String> singulars = tables.singulars();
    int n = a.tokenCount();
    lower = new String[n];
    lemma = new String[n];
    singular = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = a.tokenText(i).toLowerCase(Locale.ROOT);
      lemma[i] = lemmatizer.lemma(lower[i]);
      if (lemma[i].equals(lower[i])) {
        singular[i] = singulars.get(lower[i]);
      }
      if (i > 0 && lemma[i].equals(lower[i]) && lower[i].endsWith("ing")
          && PROGRESSIVE_AUX.contains(lower[i - 1])) {
        lemma[i] = lemmatizer.verbLemma(lower[i]); // "are training the army": the verb, not the noun "training"
      }
    }
    List<Actor> real = a.layer(ActorStage.ACTORS).stream().sorted(Comparator.comparingInt(Actor::start))
        .toList();
    boolean[] covered = new boolean[n];
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Actor act : real) {
      for (int t = a.tokenAtOrAfter(act.start()); t < n && a.tokenStart(t) < act.end(); t++) {
        covered[t] = true;
      }
      if (act.country() != null) {
        counts.merge(act.country(), 1, Integer::sum);
      }
    }
    topCountries = counts.entrySet().stream()
        .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).map(Map.Entry::getKey).toList();
    List<Actor> all = new ArrayList<>(real);
    addImplicitActors(covered, real, all);
    all.sort(Comparator.comparingInt(Actor::start));
    actors = all;
    actorAt = new int[n];
    java.util.Arrays.fill(actorAt, -1);
    for (int k = 0; k < actors.size(); k++) {
      Actor act = actors.get(k);
      int t = a.tokenAtOrAfter(act.start());
      while (t < n && a.tokenStart(t) < act.end()) {
        if (actorAt[t] < 0) {
          actorAt[t] = k;
        }
        t++;
      }
    }
    timex = a.layer(DateStage.TIMEX);
    inTimex = new boolean[n];
    for (TimeExpression x : timex) {
      for (int t = a.tokenAtOrAfter(x.start()); t < n && a.tokenStart(t) < x.end(); t++) {
        inTimex[t] = true;
      }
    }
    quotes = a.layer(QuoteStage.QUOTES);
    entities = a.layer(NameStage.ENTITIES);
    int[] hits = new int[TOPICS];
    String[] first = new String[TOPICS];
    boolean[] two = new boolean[TOPICS];
    for (String w : lower) { // one look-up a token for the three kinds of news
      Integer k = TOPIC_WORDS.get(w);
      if (k != null) {
        hits[k]++;
        if (first[k] == null) {
          first[k] = w;
        } else if (!first[k].equals(w)) {
          two[k] = true;
        }
      }
    }
    sport = hits[SPORT] >= 3 && two[SPORT];
    soft = !sport && (hits[ARTS] >= 3 && two[ARTS] || hits[TECH] >= 3 && two[TECH]);
  }

  @Override
  public Article article() {
    return a;
  }

  @Override
  public String lower(int t) {
    return lower[t];
  }

  @Override
  public String lemma(int t) {
    return lemma[t];
  }

  @Override
  public Participant participantAt(int t) {
    return actorAt[t] < 0 ? null : participant(actor(actorAt[t]));
  }

  /**
   * The draft as {@link CombatSense} reads it: as coded when the fight is physical, recoded as a verbal attack
   * or a workers' strike, or null when it is a contest of words ("Labour and the Tories clashed over tax").
   */
  Draft inCombatSense(Draft d) {
    if (!d.code().code().startsWith("19")) {
      return d;
    }
    String[] trigger = words(d.start(), d.end());
    String[] sentence = words(d.sentence().start(), d.sentence().end());
    return switch (CombatSense.read(d.code().code(), trigger, sentence, d.source().code(),
        d.target() == null ? null : d.target().code(), namesCountry(d.source()) || namesCountry(d.target()))) {
      case PHYSICAL -> d;
      case VERBAL -> recoded(d, CombatSense.VERBAL_CODE);
      case LABOUR -> recoded(d, CombatSense.STRIKE_CODE);
      case NONE -> null;
    };
  }

  private Draft recoded(Draft d, String code) {
    return new Draft(d.start(), d.end(), d.order(), d.sentence(), d.source(), d.target(), tables.codeOf(code), d.status(),
        d.date(), d.location());
  }

  /** The lower-case words of the tokens in {@code [start, end)} (character offsets). */
  private String[] words(int start, int end) {
    List<String> out = new ArrayList<>();
    for (int t = a.tokenAtOrAfter(start); t < lower.length && a.tokenStart(t) < end; t++) {
      out.add(lower[t]);
    }
    return out.toArray(String[]::new);
  }

  /** Whether {@code p} is a country or place named as such ("Russia", not "Mr Putin" or "British imperialists"). */
  private boolean namesCountry(Participant p) {
    if (p == null) {
      return false;
    }
    if (p.entity() != null) {
      for (Entity e : entities) {
        if (e.id().equals(p.entity())) {
          return e.type() == EntityType.LOCATION;
        }
      }
    }
    return countryByName(p);
  }

  /** Actor {@code k}: one of the layer's (with implicit ones), or past their end one of {@link #extra}. */
  Actor actor(int k) {
    return k < actors.size() ? actors.get(k) : extra.get(k - actors.size());
  }

  /** An index for a country actor standing for {@code iso3} on the span {@code [start, end)}. */
  /**
   * Whether an event of a sport article is a political one: one side is a state body, armed group or
   * international organisation ("the Greek authorities brought charges against the sprinters"), or both are
   * countries named as such in a dealing that is no contest ("Iran refuses to recognise Israel"). Athletes,
   * clubs and cities, which the name stage gives a country, and contests between them ("the Irish beat Italy",
   * "the pair prepared to clash") are not events.
   */
  boolean politicalInSport(Draft e) {
    if (political(e.source()) || e.target() != null && political(e.target())) {
      return true;
    }
    String root = e.code().code().substring(0, 2);
    return e.target() != null && countryByName(e.source()) && countryByName(e.target())
        && !CONTEST_ROOTS.contains(root);
  }

  private boolean political(Participant p) {
    String c = p.code();
    if (!(c.startsWith("IGO") || c.length() >= 6 && POLITICAL_SECTORS.contains(c.substring(3, 6)))) {
      return false;
    }
    for (Entity e : entities) { // a captain or a club's chief is no soldier or official in sport news
      if (e.id().equals(p.entity()) && e.type() == EntityType.PERSON) {
        for (String role : e.roles()) {
          for (String w : role.toLowerCase(Locale.ROOT).split(" ")) {
            if (OFFICE_WORDS.contains(w)) {
              return true;
            }
          }
        }
        return false;
      }
    }
    return true;
  }

  private boolean countryByName(Participant p) {
    return p.country() != null && p.code().equals(p.country())
        && p.name().equalsIgnoreCase(tables.countryNames().getOrDefault(p.country(), ""));
  }

  /** An index for an unnamed agent of country {@code iso3} ("unidentified attackers", "police") on a span. */
  int unnamedActor(String name, String iso3, String sector, int start, int end) {
    extra.add(new Actor(start, end, name, null, iso3 + sector, iso3));
    return actors.size() + extra.size() - 1;
  }

  int countryActor(String iso3, String sector, int start, int end) {
    extra.add(new Actor(start, end, tables.countryNames().getOrDefault(iso3, iso3), null, iso3 + sector, iso3));
    return actors.size() + extra.size() - 1;
  }

  /**
   * Adds actors the actor layer leaves out, each on uncovered tokens: a demonym adjective before a noun
   * ("Cameroonian gendarmes", "a Chinese request", "Indian and Pakistani troops") stands for its country; the
   * domestic nouns "police", "protesters", "the opposition", "the government", "hundreds of people" stand for
   * the sentence's home country (its first actor's country, else the article's main one).
   */
  void addImplicitActors(boolean[] covered, List<Actor> real, List<Actor> out) {
    int n = a.tokenCount();
    int firstActor = 0; // the first actor of the layer (sorted by start) not before the sentence
    for (int si = 0; si < a.sentenceCount(); si++) {
      Sentence s = a.sentence(si);
      while (firstActor < real.size() && real.get(firstActor).start() < s.start()) {
        firstActor++;
      }
      List<Actor> inSentence = real.subList(firstActor, real.size());
      String home = null;
      boolean homeInSentence = false;
      boolean homeKnown = false; // found at the first token that may be a domestic group: most sentences have none
      String text = a.text();
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (covered[t]) {
          continue;
        }
        boolean upper = Character.isUpperCase(text.charAt(a.tokenStart(t)));
        boolean nextLower = t + 1 < s.endToken() && Character.isLowerCase(text.charAt(a.tokenStart(t + 1)));
        String iso = tables.demonyms().get(lower[t]);
        boolean peopleOf = false;
        if (iso != null && t > s.firstToken() && !covered[t - 1] && tables.demonyms().containsKey(lower[t - 1])
            && Character.isUpperCase(text.charAt(a.tokenStart(t - 1)))) {
          iso = tables.demonyms().get(lower[t - 1]); // "Bosnian Serbs": CAMEO codes a people by where it lives
          peopleOf = true;
        }
        if (iso != null && upper && nextLower) {
          String sector = sectorOf(t + 1, s.endToken());
          if (peopleOf && sector.isEmpty() && lower[t].endsWith("s")) {
            // "Bosnian Serbs demanded a truce with Moslem forces": a people of the country, not its state, so
            // the country's forces are another side (issue 6, round 5)
            sector = "CVL";
          }
          out.add(new Actor(a.tokenStart(t), a.tokenEnd(t), tables.countryNames().getOrDefault(iso, iso), null,
              iso + sector, iso));
          continue;
        }
        int dash = lower[t].indexOf('-');
        if (dash > 0 && upper && LED_SUFFIXES.contains(lower[t].substring(dash))) {
          String led = tables.demonyms().get(lower[t].substring(0, dash)); // "Vietnamese-led forces": Vietnam's
          if (led != null && t + 1 < s.endToken() && !covered[t + 1]) {
            out.add(new Actor(a.tokenStart(t), a.tokenEnd(t + 1), tables.countryNames().getOrDefault(led, led), null,
                led + sectorOf(t + 1, s.endToken()), led));
            t++;
            continue;
          }
        }
        String people = tables.pluralDemonyms().get(lower[t]);
        if (people != null && upper) { // "Young Algerians blocked roads"
          // CAMEO codes an ethnic group by where it lives: "Bosnian Serbs", "ethnic Albanians … in Serbia"
          String prevWord = t > s.firstToken() ? lower[t - 1] : "";
          String where = tables.demonyms().get(prevWord);
          String nextWord = t + 1 < s.endToken() ? lower[t + 1] : "";
          if (where == null && prevWord.equals("ethnic") || "of".equals(nextWord) || "in".equals(nextWord)) {
            where = otherCountryIn(real, s, people);
          }
          if (where != null) {
            people = where;
          }
          Actor act = new Actor(a.tokenStart(t), a.tokenEnd(t), a.tokenText(t), null, people + "CVL", people);
          out.add(act);
          continue;
        }
        String w = lower[t];
        if (!GROUP_WORDS.contains(w) && !tables.domesticNouns().containsKey(w)) {
          continue; // no group the switch below makes
        }
        if (!homeKnown) {
          homeKnown = true;
          for (Actor act : inSentence) {
            if (act.start() >= s.end()) {
              break;
            }
            if (act.end() <= s.end() && act.country() != null) {
              home = act.country();
              break;
            }
          }
          String placed = placeCountryIn(inSentence, s);
          if (placed != null) {
            home = placed; // "police in Lagos", "gunmen killed two Chinese workers in Pakistan": where it happened
          }
          homeInSentence = home != null;
          if (home == null && !topCountries.isEmpty()) {
            home = topCountries.get(0);
          }
        }
        if (home == null) {
          continue;
        }
        String prev = t > s.firstToken() ? lower[t - 1] : "";
        String sector = switch (w) {
          case "opposition" -> prev.equals("the") ? "OPP" : null;
          case "government", "authorities" -> prev.equals("the") || t - 2 >= s.firstToken()
              && lower[t - 2].equals("the") && GOVERNMENT_KINDS.contains(prev) ? "GOV" : null;
          // "arrested the prime minister", "the president resigned": an office of the sentence's country
          // (only where the sentence names the country: an article's main country is too loose a guess for them)
          case "minister", "president", "premier", "mayor", "governor" -> homeInSentence && (prev.equals("the")
              || prev.equals("prime") && t - 2 >= s.firstToken() && lower[t - 2].equals("the"))
              && domesticGroup(covered, t, s) ? "GOV" : null;
          case "people" -> prev.equals("of") || !prev.isEmpty() && Character.isDigit(prev.charAt(0)) ? "CVL"
              : null;
          // "armed men", "a masked man": a man is an agent only so described
          case "men", "man" -> AGENT_MODIFIERS.contains(prev) && domesticGroup(covered, t, s)
              ? tables.domesticNouns().get(w) : null;
          default -> {
            String noun = tables.domesticNouns().get(w); // the look-up first: most tokens are no domestic noun
            yield noun != null && domesticGroup(covered, t, s) ? noun : null;
          }
        };
        if (sector != null) {
          int from = t; // "hundreds of people" as one subject
          if (prev.equals("of") && t - 2 >= s.firstToken() && !covered[t - 2]
              && (lower[t - 2].endsWith("s") || Character.isDigit(lower[t - 2].charAt(0)))) {
            from = t - 2;
          }
          while (from - 1 >= s.firstToken() && !covered[from - 1] && AGENT_MODIFIERS.contains(lower[from - 1])) {
            from--; // "by unknown gunmen": the description belongs to the agent
          }
          String partner = betweenPartner(real, s, from);
          String country = partner != null ? partner : home;
          Actor act = new Actor(a.tokenStart(from), a.tokenEnd(t), w, null, country + sector, country);
          out.add(act);
          generic.add(act);
        }
      }
    }
  }

  /**
   * The country of the actor a domestic noun at token {@code from} is paired with by "between" ("talks between
   * the Sudanese government and the rebels": Sudan's rebels; issue 6, round 5), or null.
   */
  String betweenPartner(List<Actor> real, Sentence s, int from) {
    int j = from - 1;
    if (j >= s.firstToken() && lower[j].equals("the")) {
      j--;
    }
    if (j <= s.firstToken() || !lower[j].equals("and")) {
      return null;
    }
    Actor before = null;
    for (Actor r : real) {
      if (r.start() >= s.start() && r.end() <= a.tokenStart(j)) {
        before = r;
      } else if (r.start() >= a.tokenStart(j)) {
        break;
      }
    }
    if (before == null || before.country() == null || a.tokenAtOrAfter(before.end()) != j) {
      return null;
    }
    int b = a.tokenAtOrAfter(before.start()) - 1;
    if (b >= s.firstToken() && lower[b].equals("the")) {
      b--;
    }
    return b >= s.firstToken() && lower[b].equals("between") ? before.country() : null;
  }

  /**
   * Whether the domestic noun at {@code t} stands alone: not the head of a named or national group ("Palestinian
   * prisoners", "Hamas militants") and not of another place ("dissidents from Myanmar").
   */
  boolean domesticGroup(boolean[] covered, int t, Sentence s) {
    if (t > s.firstToken()) {
      if (covered[t - 1] || tables.demonyms().containsKey(lower[t - 1])) {
        return false; // "Tamil rebels", an unlisted people, are the country's
      }
    }
    return t + 1 >= s.endToken() || !(lower[t + 1].equals("from") || lower[t + 1].equals("of"));
  }

  /**
   * The country of the first place sentence {@code s} names after a preposition of place ("in Karachi", "near
   * Kandahar", "in the Sinai"): an actor coded as its bare country, or a capital coded as its government; null
   * when none.
   */
  String placeCountryIn(List<Actor> real, Sentence s) {
    for (Actor act : real) { // sorted by start
      if (act.start() >= s.end()) {
        break;
      }
      if (act.start() < s.start() || act.end() > s.end() || act.country() == null) {
        continue;
      }
      boolean place = act.code().equals(act.country())
          || act.code().equals(act.country() + "GOV") && tables.capitals().contains(act.name());
      int p = a.tokenAtOrAfter(act.start()) - 1;
      while (p >= s.firstToken() && (DETS.contains(lower[p]) || REGION_WORDS.contains(lower[p]))) {
        p--;
      }
      if (place && p >= s.firstToken() && PLACE_PREPS.contains(lower[p])) {
        return act.country();
      }
    }
    return null;
  }

  /** The first country of an actor in sentence {@code s} other than {@code not}, or null. */
  String otherCountryIn(List<Actor> real, Sentence s, String not) {
    for (Actor act : real) {
      if (act.start() >= s.start() && act.end() <= s.end() && act.country() != null
          && !act.country().equals(not)) {
        return act.country();
      }
    }
    return null;
  }

  /** The sector a demonym's noun names: "troops" MIL, "officials" GOV, else none. */
  String sectorOf(int t, int end) {
    for (int k = t; k < end && k < t + 3; k++) {
      switch (lower[k]) {
        case "troops", "forces", "soldiers", "army", "navy", "military", "jets", "missiles", "warships",
            "general", "generals", "commander", "commanders", "warplanes", "gunboats":
          return "MIL";
        case "officials", "official", "diplomat", "diplomats", "authorities", "delegation", "government",
            "side", "counterpart", "negotiators", "ministry", "embassy", "president", "premier", "minister",
            "leader", "leaders", "envoy", "ambassador", "spokesman", "spokeswoman", "regime", "cabinet":
          return "GOV";
        case "police", "policemen", "gendarmes":
          return "COP";
        case "rebels", "insurgents", "militants", "guerrillas", "militiamen":
          return "REB";
        case "opposition", "dissidents", "activists", "protesters", "demonstrators":
          return "OPP";
        case "lawmakers", "parliament", "legislators", "senators":
          return "LEG";
        case "court", "judge", "judges", "prosecutors":
          return "JUD";
        default:
          if (!(lower[k].equals("and") || tables.demonyms().containsKey(lower[k]) || lower[k].contains("-"))) {
            if (k > t) {
              return "";
            }
          }
      }
    }
    return "";
  }

  /** Token index of an actor's first and last token. */
  int firstToken(Actor act) {
    return a.tokenAtOrAfter(act.start());
  }

  int lastToken(Actor act) {
    return a.tokenAtOrAfter(act.end() - 1);
  }

  /** The actor of the entity mentioned at token {@code t} (a pronoun or role the actor layer missed), or -1. */
  int actorOfEntityAt(int t) {
    int off = a.tokenStart(t);
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() <= off && off < m.end()) {
          return actorOfEntity(e.id());
        }
      }
    }
    return -1;
  }

  int actorOfEntity(String entityId) {
    if (entityId == null) {
      return -1;
    }
    for (int k = 0; k < actors.size(); k++) {
      if (entityId.equals(actors.get(k).entity())) {
        return k;
      }
    }
    return -1;
  }

  /** The participant an actor is in an event. */
  static Participant participant(Actor a) {
    return new Participant(a.name(), a.entity(), a.code(), a.country());
  }
}

package org.herald.stage.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.Sentence;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.stage.name.Countries;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;
import org.herald.stage.name.MentionKind;
import org.herald.stage.name.NameStage;
import org.herald.stage.name.Organisations;
import org.herald.stage.name.Titles;

/**
 * Turns entities into event actors with CAMEO codes: a person becomes country + sector of the role (Putin →
 * RUSGOV, a general → RUSMIL), with every mention (name, role reference, pronoun) an actor; a country is its code
 * (North Korea → PRK); a capital or government seat stands for the government (Moscow, the Kremlin → RUSGOV);
 * a demonym or country followed by a sector noun is that sector ("Russian troops" → RUSMIL, "Chinese police" →
 * CHNCOP); organisations take their table code (NATO → IGOWSTNAT) or country + the sector of what they are
 * ("space agency Roscosmos" → RUSGOV); named bodies ({@code actor-bodies-v1.tsv}: central banks, agencies, unions,
 * commodity bodies) take their own code, and an article's date picks the state of its time ({@code
 * actor-eras-v1.tsv}: Moscow in 1987 → SUNGOV). Actors are sorted by start and do not overlap. Thread-safe after
 * {@link #open}.
 */
public final class ActorStage implements Stage {
  /** Words a title before a name spans at most ("Peruvian Deputy Foreign Minister"). */
  private static final int TITLE_WORDS = 4;
  /** Tokens a place or organisation name found on the tokens spans at most ("Mocimboa da Praia"). */
  private static final int NAME_TOKENS = 4;
  /** Lower-case words a title before a name may hold. */
  private static final Set<String> TITLE_LOWER = Set.of("president", "prime", "minister", "foreign", "defence",
      "defense", "interior", "finance", "secretary", "leader", "premier", "chancellor", "deputy", "vice", "former",
      "opposition", "general", "army", "chief", "envoy", "ambassador", "king", "queen");

  /** The layer this stage adds. */
  public static final LayerKey<Actor> ACTORS = LayerKey.of("actors", Actor.class);

  private record Tables(Countries countries, Organisations organisations, Titles titles,
                        Map<String, String> sectors, Groups groups, Map<String, String[]> leaders,
                        Map<String, String[]> people, Set<String> extraFirstWords, Map<String, String> homonyms,
                        Set<String> partyNames, Map<String, Homeland> homelands,
                        Map<String, String[]> surnames, Bodies bodies, List<Era> eras, Map<String, String> seats) {
  }

  /** A row of {@code actor-eras-v1.tsv}: country {@code now} was part of {@code then} until {@code until}. */
  record Era(String now, String then, java.time.LocalDate until) {
    static List<Era> parse(List<String> lines) {
      List<Era> out = new ArrayList<>();
      for (String line : lines) {
        String[] f = line.split("\t");
        if (f.length != 3 || f[0].strip().length() != 3 || f[1].strip().length() != 3) {
          throw new IllegalArgumentException("actor-eras-v1.tsv: not two country codes and a date: " + line);
        }
        out.add(new Era(f[0].strip(), f[1].strip(), java.time.LocalDate.parse(f[2].strip())));
      }
      return List.copyOf(out);
    }
  }

  /** One body of {@code actor-bodies-v1.tsv}: its words as tokens, its code, the last day it holds (null: always). */
  record Body(String[] words, String code, java.time.LocalDate until) {
    boolean holdsOn(java.time.LocalDate published) {
      return until == null || published != null && !published.isAfter(until);
    }
  }

  /**
   * The rows of {@code actor-bodies-v1.tsv}: bodies by their first token (longest first), and the first character
   * and length of those tokens ({@link #key}), so that most tokens are passed over without a look-up.
   */
  record Bodies(Map<String, List<Body>> byFirst, java.util.BitSet firstChars, Map<String, Body> byName) {
    /** The index of a token's first character and length in {@link #firstChars}; -1 for a non-ASCII start. */
    static int key(char first, int length) {
      return first < 128 ? first * 32 + Math.min(length, 31) : -1;
    }

    /** The body named exactly {@code name} whose date holds on {@code published}, or null. */
    Body named(String name, java.time.LocalDate published) {
      Body b = byName.get(name);
      return b != null && b.holdsOn(published) ? b : null;
    }

    static Bodies parse(List<String> lines) {
      Map<String, List<Body>> byFirst = new HashMap<>();
      Map<String, Body> byName = new HashMap<>();
      for (String line : lines) {
        String[] f = line.split("\t");
        if (f.length != 3 || f[1].strip().length() < 3) {
          throw new IllegalArgumentException("actor-bodies-v1.tsv: not names, a code and a date: " + line);
        }
        String until = f[2].strip();
        java.time.LocalDate last = until.equals("-") ? null : java.time.LocalDate.parse(until);
        for (String phrase : f[0].split("\\|")) {
          List<String> words = new ArrayList<>();
          for (String w : phrase.strip().split(" ")) {
            if (w.endsWith("'s") && w.length() > 2) { // "People's Bank": the tokens split the "'s" off
              words.add(w.substring(0, w.length() - 2));
              words.add("'s");
            } else {
              words.add(w);
            }
          }
          Body body = new Body(words.toArray(String[]::new), f[1].strip(), last);
          byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(body);
          byName.putIfAbsent(phrase.strip(), body);
        }
      }
      java.util.BitSet firstChars = new java.util.BitSet();
      for (Map.Entry<String, List<Body>> e : byFirst.entrySet()) {
        e.getValue().sort((x, y) -> Integer.compare(y.words().length, x.words().length));
        firstChars.set(key(e.getKey().charAt(0), e.getKey().length()));
      }
      Map<String, List<Body>> frozen = new HashMap<>();
      byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new Bodies(Map.copyOf(frozen), firstChars, Map.copyOf(byName));
    }
  }

  /** A people of {@code actor-homelands-v1.tsv}: the country of its groups and the nouns they go with (null: armed). */
  private record Homeland(String iso3, Set<String> nouns) {
  }

  /**
   * Armed group nouns, plural and singular, and the places they hold, that a people's adjective makes its homeland's
   * rebels: "Karen guerrillas", "Chechen positions".
   */
  private static final Set<String> ARMED_NOUNS = Set.of("rebels", "rebel", "guerrillas", "guerrilla", "guerillas",
      "guerilla", "militants", "militant", "separatists", "separatist", "insurgents", "insurgent", "fighters",
      "fighter", "militias", "militia", "militiamen", "extremists", "extremist", "gunmen", "positions",
      "stronghold", "strongholds");

  /** The rows of {@code actor-homelands-v1.tsv} by the people's adjective. */
  static Map<String, Homeland> homelands(List<String> lines) {
    Map<String, Homeland> out = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 3 || f[1].strip().length() != 3) {
        throw new IllegalArgumentException("actor-homelands-v1.tsv: not a word, a country code and nouns: " + line);
      }
      String nouns = f[2].strip();
      out.put(f[0].strip(), new Homeland(f[1].strip(), nouns.equals("*") ? null : Set.of(nouns.split("\\|"))));
    }
    return Map.copyOf(out);
  }

  /** The places of {@code actor-homonyms-v1.tsv}: canonical name → the other country with a place so named. */
  static Map<String, String> homonyms(List<String> lines) {
    return placeCodes(lines, "actor-homonyms-v1.tsv", true);
  }

  /** The capitals of {@code actor-seats-v1.tsv}: canonical name → the code of the body seated there. */
  static Map<String, String> seats(List<String> lines) {
    return placeCodes(lines, "actor-seats-v1.tsv", false);
  }

  /** Lines of a place name and a code (a country's three letters, or else an actor code of six or more), as a map. */
  private static Map<String, String> placeCodes(List<String> lines, String file, boolean country) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      int length = f.length == 2 ? f[1].strip().length() : 0;
      if (country ? length != 3 : length < 6) {
        throw new IllegalArgumentException(file + ": not a name and a code: " + line);
      }
      out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }

  /**
   * The people of {@code actor-people-v1.tsv}, lower-case name or alias → {iso3, sector}: a person the name stage
   * gives no country ("President Abdelaziz Bouteflika") who is a known political figure (issue 6). A spelling two
   * rows share with different countries is left out.
   */
  static Map<String, String[]> knownPeople(List<String> lines) {
    Map<String, String[]> out = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalArgumentException("actor-people-v1.tsv: fewer than 3 columns: " + line);
      }
      String[] value = {f[1].strip(), f[2].strip()};
      List<String> names = new ArrayList<>();
      names.add(f[0].strip());
      if (f.length > 3 && !f[3].isBlank()) {
        names.addAll(List.of(f[3].strip().split("\\|")));
      }
      for (String n : names) {
        String key = n.strip().toLowerCase(java.util.Locale.ROOT);
        String[] prev = out.put(key, value);
        if (prev != null && !prev[0].equals(value[0])) {
          ambiguous.add(key);
        }
      }
    }
    ambiguous.forEach(out::remove);
    return Map.copyOf(out);
  }

  /**
   * Surnames of {@code actor-people-v1.tsv}, lower-case → {iso3 or "-", sector}: the last word of each full name of
   * two words or more, left out where two rows of different countries or sectors share it ("Assad" of Syria stays,
   * one country and sector), so that a figure named only by surname ("Annan urged Syria") is the table's (issue 6,
   * actor round 2). A surname that is also an alias keeps the alias's row.
   */
  static Map<String, String[]> peopleSurnames(List<String> lines) {
    Map<String, String[]> out = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        continue;
      }
      String[] words = f[0].strip().split(" ");
      if (words.length < 2) {
        continue;
      }
      String key = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
      String[] value = {f[1].strip(), f[2].strip()};
      String[] prev = out.put(key, value);
      if (prev != null && !(prev[0].equals(value[0]) && prev[1].equals(value[1]))) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(out::remove);
    return Map.copyOf(out);
  }

  /**
   * Surnames of {@code leaders-v1.tsv} that name one leader of one country, lower-case → {iso3, role}: a person
   * named only by surname and given no country by the name stage is that leader ("Obama wants to attack").
   */
  private static Map<String, String[]> leaderSurnames(List<String> lines) {
    Map<String, String[]> out = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[1].strip().equals("-")) {
        continue;
      }
      String[] words = f[0].strip().split(" ");
      if (words.length < 2) {
        continue;
      }
      String key = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
      String[] prev = out.put(key, new String[] {f[1].strip(), f[2].strip()});
      if (prev != null && !prev[0].equals(f[1].strip())) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(out::remove);
    return Map.copyOf(out);
  }

  /**
   * The groups of {@code actor-groups-v1.tsv}: named groups by their first word (each a list of word arrays with
   * their codes, longest first), and group nouns (one or two lower-case words) with their sector codes; the first
   * words of the two-word nouns, so that most tokens are looked up without building a word pair; the first
   * characters of the named groups, so that most tokens are passed over without a look-up.
   */
  private record Groups(Map<String, List<Named>> named, Map<String, String> nouns, Set<String> peoples,
      Set<String> pairFirsts, java.util.BitSet namedFirstChars) {
    static Groups parse(List<String> lines) {
      Map<String, List<Named>> named = new HashMap<>();
      Map<String, String> nouns = new HashMap<>();
      Set<String> peoples = new java.util.HashSet<>();
      for (String line : lines) {
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalArgumentException("actor-groups-v1.tsv: not 3 columns: " + line);
        }
        String code = f[2].strip();
        switch (f[0].strip()) {
          case "name" -> {
            for (String phrase : f[1].split("\\|")) {
              String[] words = phrase.strip().split(" ");
              named.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Named(words, code));
            }
          }
          case "noun" -> nouns.put(f[1].strip(), code);
          case "people" -> {
            String w = f[1].strip().toLowerCase(java.util.Locale.ROOT);
            nouns.put(w, code);
            peoples.add(w);
          }
          default -> throw new IllegalArgumentException("actor-groups-v1.tsv: unknown kind: " + line);
        }
      }
      named.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.words().length, x.words().length)));
      Set<String> pairFirsts = new java.util.HashSet<>();
      for (String noun : nouns.keySet()) {
        int space = noun.indexOf(' ');
        if (space > 0) {
          pairFirsts.add(noun.substring(0, space));
        }
      }
      java.util.BitSet firstChars = new java.util.BitSet();
      for (String first : named.keySet()) {
        firstChars.set(first.charAt(0));
      }
      return new Groups(Map.copyOf(named), Map.copyOf(nouns), Set.copyOf(peoples), Set.copyOf(pairFirsts),
          firstChars);
    }
  }

  /** One named group: its words as written and its code. */
  private record Named(String[] words, String code) {
  }

  private volatile Tables tables;
  private final ActorDictionary user;

  /** An actor stage with the built-in dictionaries only. */
  public ActorStage() {
    this(ActorDictionary.EMPTY);
  }

  /**
   * An actor stage that also reads the phrases of a user's dictionaries ({@link ActorDictionary}); where a user
   * phrase overlaps an actor found from the built-in tables, the user's wins.
   */
  public ActorStage(ActorDictionary user) {
    this.user = Objects.requireNonNull(user, "user");
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(NameStage.ENTITIES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(ACTORS);
  }

  @Override
  public void open(Resources resources) {
    Objects.requireNonNull(resources, "resources");
    Map<String, String> sectors = new HashMap<>();
    for (String line : resources.lines("actor-sectors-v1.tsv")) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException("actor-sectors-v1.tsv: no tab in line: " + line);
      }
      String sector = line.substring(tab + 1).trim();
      sectors.put(line.substring(0, tab).trim().toLowerCase(), sector.equals("-") ? "" : sector);
    }
    Countries countries = Countries.load(resources);
    Organisations organisations = Organisations.load(resources);
    Set<String> extraFirst = new java.util.HashSet<>(countries.extraPlaceFirstWords()); // one look-up a token
    extraFirst.addAll(organisations.extraFirstWords());
    tables = new Tables(countries, organisations, Titles.load(resources),
        Map.copyOf(sectors), Groups.parse(resources.lines("actor-groups-v1.tsv")),
        leaderSurnames(resources.lines("leaders-v1.tsv")), knownPeople(resources.lines("actor-people-v1.tsv")),
        Set.copyOf(extraFirst), homonyms(resources.lines("actor-homonyms-v1.tsv")),
        Set.copyOf(resources.lines("actor-parties-v1.tsv").stream().map(String::strip).toList()),
        homelands(resources.lines("actor-homelands-v1.tsv")),
        peopleSurnames(resources.lines("actor-people-v1.tsv")),
        Bodies.parse(resources.lines("actor-bodies-v1.tsv")), Era.parse(resources.lines("actor-eras-v1.tsv")),
        seats(resources.lines("actor-seats-v1.tsv")));
  }

  @Override
  public Article apply(Article in) {
    Tables t = tables;
    if (t == null) {
      throw new IllegalStateException("ActorStage used before open()");
    }
    List<Entity> entities = in.layer(NameStage.ENTITIES);
    Map<String, Entity> byName = new HashMap<>();
    for (Entity e : entities) {
      byName.putIfAbsent(e.name().toLowerCase(), e);
    }
    List<Actor> out = new ArrayList<>();
    for (Entity e : entities) {
      switch (e.type()) {
        case PERSON -> person(t, in, e, byName, out);
        case LOCATION -> {
          if (e.country() == null && e.roles().isEmpty() && t.organisations().find(e.name()) != null) {
            organisation(t, e, out); // "The African Union condemned": an organisation the name stage took for a place
          } else {
            place(t, in, e, out);
          }
        }
        case ORGANIZATION -> {
          Countries.Place known = e.roles().isEmpty() && t.organisations().find(e.name()) == null
              ? placeNamed(t, e.name()) : null;
          if (e.country() != null && e.country().equals(t.countries().code(e.name()))) {
            place(t, in, e, out); // "Ivory Coast rebels": a country the name stage took for an organisation
          } else if (known != null && known.iso3() != null) {
            // "Kidnappers in the Niger Delta": a place of the tables the name stage took for an organisation (and
            // gave the country of its first word); issue 6, round 5
            for (Mention m : e.mentions()) {
              out.add(new Actor(m.start(), m.end(), known.name(), e.id(),
                  known.isCapital() ? known.iso3() + "GOV" : known.iso3(), known.iso3()));
            }
          } else {
            organisation(t, withCompanyCountry(t, in, e), out);
          }
        }
        case MISC -> {
          if (e.country() == null && t.organisations().find(e.name()) != null) {
            organisation(t, e, out); // "The Arab League called for": an organisation the name stage took for a MISC
          } else {
            demonym(t, in, e, out);
          }
        }
        default -> {
        }
      }
    }
    knownNames(t, in, out);
    homeDepartments(t, in, out);
    groups(t, in, out);
    partiesOfOtherCountries(t, in, out);
    bodies(t, in, out);
    eras(t, in, out);
    if (!user.isEmpty()) {
      List<Actor> mine = userActors(in);
      out.removeIf(a -> mine.stream().anyMatch(m -> m.start() < a.end() && a.start() < m.end()));
      out.addAll(mine);
    }
    out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
        : Integer.compare(y.end(), x.end()));
    ethnicMinorities(in, out);
    List<Actor> kept = new ArrayList<>(out.size());
    int lastEnd = -1;
    for (Actor a : out) {
      if (a.start() >= lastEnd) {
        Actor before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (before != null && isRoleBeforeName(in, before, a)) {
          kept.set(kept.size() - 1, new Actor(before.start(), a.end(), a.name(), a.entity(),
              a.code().length() >= before.code().length() ? a.code() : before.code(), a.country()));
        } else {
          kept.add(a);
        }
        lastEnd = a.end();
      }
    }
    return in.with(ACTORS, kept);
  }

  /** The place of the tables (with the extra places) named {@code name}, or null. */
  private static Countries.Place placeNamed(Tables t, String name) {
    Countries.Place p = t.countries().place(name);
    return p != null ? p : t.countries().extraPlace(name);
  }

  /**
   * Whether actor {@code a} is a role of one country right before the name of {@code b}, with only a space
   * between: "Libyan leader" + "Muammar Gaddafi" is one actor, so a compound subject joins it whole.
   */
  static boolean isRoleBeforeName(Article in, Actor a, Actor b) {
    if (a.country() == null || !a.country().equals(b.country()) || b.entity() == null
        || b.entity().equals(a.entity()) || b.start() <= a.end()) {
      return false;
    }
    int lastWord = in.text().lastIndexOf(' ', a.end() - 1) + 1;
    if (lastWord <= a.start() || !Character.isLowerCase(in.text().charAt(lastWord))) {
      return false; // "Russia Ukraine": two names, not a role and its holder
    }
    String gap = in.text().substring(a.end(), b.start());
    return gap.isBlank() && gap.indexOf('\n') < 0 && Character.isUpperCase(in.text().charAt(b.start()));
  }

  // ---------------------------------------------------------------- people

  private void person(Tables t, Article in, Entity e, Map<String, Entity> byName, List<Actor> out) {
    String code = personCode(t, e, byName);
    String country = e.country();
    if (country != null && country.equals(visitedBy(t, in, e)) && !rolesNameACountry(t, e)
        && !titledBy(t, in, e, country)) {
      // "President Tomas Ruel, on a visit to Berlin, ...": a visitor is no one of the country he visits, whatever
      // country the name stage guessed from the sentence (issue 6, round 5)
      country = null;
      code = null;
    }
    String[] known = e.name().contains(" ") ? null : t.leaders().get(e.name().toLowerCase(java.util.Locale.ROOT));
    if (known != null && (country == null || !country.equals(known[0]) && !rolesNameACountry(t, e))) {
      // a bare "Obama", or "President Obama" given the country of another name in the sentence: the leader
      country = known[0];
      String sector = t.titles().sector(known[1]);
      code = country + (sector == null || "IGO".equals(sector) ? "GOV" : sector);
    }
    String[] person = t.people().get(e.name().toLowerCase(java.util.Locale.ROOT));
    if (person != null && country != null && !person[0].equals("-") && !country.equals(person[0])
        && !rolesNameACountry(t, e) && !titledBy(t, in, e, country)) {
      // "Tony Blair" given the country of a place his sentence names ("... visited Kenya"): the figure's own, with
      // the sector his role gives, else the one he is known by
      String sector = code != null && code.length() > 3 ? code.substring(3) : person[1];
      country = person[0];
      code = country + sector;
    } else if (person != null && country != null && country.equals(person[0]) && code != null
        && code.length() == 3) {
      code = country + person[1]; // "Malcolm Baldrige" given his country and no role: the sector he is known by
    } else if (person != null && code == null && country == null) { // a known figure the text gives no country
      boolean international = person[0].equals("-"); // "Secretary-General Kofi Annan": the UN's, no country's
      country = international ? null : person[0];
      code = international ? person[1] : country + person[1];
    }
    if (person == null && known == null && code == null && country == null && e.roles().isEmpty()
        && e.name().indexOf(' ') < 0) {
      // "Annan urged Syria", "Abe protested to China": the surname alone of one figure of the people table, when
      // no other person of the article bears it (issue 6, actor round 2)
      String[] bySurname = onlySurnameOf(t, in, e);
      if (bySurname != null) {
        boolean international = bySurname[0].equals("-");
        country = international ? null : bySurname[0];
        code = international ? bySurname[1] : country + bySurname[1];
      }
    }
    if (code == null && country == null && !e.roles().isEmpty()) {
      String sector = roleSector(t, e.roles().get(0), byName);
      String host = "GOV".equals(sector) ? hostVisited(in, e) : null;
      if (host != null) { // "American envoy X met President Y during a visit to Beirut": Y is Lebanon's
        country = host;
        code = host + sector;
      }
    }
    if (code == null && country == null) {
      country = tradeRepresentativeOf(t, in, e);
      code = country == null ? null : country + "GOV";
    }
    String igo = rolesNameACountry(t, e) ? null : person != null && person[0].equals("-") && country != null
        && !titledBy(t, in, e, country) ? person[1] : igoTitled(t, in, e);
    if (igo != null) {
      // "World Bank President Barber Conable" (the name stage keeps "Bank President" of the title, and gives
      // the country his sentence names): the body's official, no country's (issue 6, 1987 wire news)
      code = igo;
      country = null;
    }
    if (code == null) {
      return;
    }
    for (Mention m : e.mentions()) {
      out.add(new Actor(m.start(), m.end(), e.name(), e.id(), code, country));
    }
  }

  /**
   * The code of the intergovernmental body named in the title right before a mention of {@code e} ("World Bank
   * Vice-President David Knox", "GATT spokesman David Woods"), or null: not for an envoy to it ("UN ambassador").
   */
  private static String igoTitled(Tables t, Article in, Entity e) {
    String text = in.text();
    for (Mention m : e.mentions()) {
      if (m.kind() != MentionKind.NAME) {
        continue;
      }
      int[] last = wordBefore(text, m.start());
      if (last[0] == last[1] || !t.titles().isHead(text.substring(last[0], last[1]))) {
        continue; // no title right before the name: most mentions
      }
      List<String> words = new ArrayList<>(); // the title's words
      int end = m.start();
      for (int k = 0; k < TITLE_WORDS + 2 && end > 0; k++) {
        int[] w = wordBefore(text, end);
        String word = text.substring(w[0], w[1]);
        if (word.isEmpty() || ",;:.()\"".indexOf(word.charAt(word.length() - 1)) >= 0) {
          break;
        }
        words.add(0, word);
        end = w[0];
      }
      for (String w : words) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        for (String envoy : ENVOY_WORDS) {
          if (lower.contains(envoy)) {
            return null;
          }
        }
      }
      for (int i = 0; i < words.size(); i++) {
        for (int j = words.size() - 1; j > i; j--) { // the body's name, then at least one word of title
          String name = String.join(" ", words.subList(i, j));
          if (!Character.isUpperCase(name.charAt(0))) {
            continue; // "who married PR executive Sarah Macaulay": no body's name
          }
          Organisations.Organisation o = t.organisations().find(name);
          if (o != null && o.iso3() == null && o.code().startsWith("IGO") && t.titles().isHead(words.get(
              words.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            return o.code();
          }
          Body body = t.bodies().named(name, null);
          if (body != null && body.code().startsWith("IGO") && t.titles().isHead(words.get(
              words.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            return body.code();
          }
        }
      }
    }
    return null;
  }

  /** The word (a run of non-spaces) that ends before char {@code end}, past spaces: {start, stop}, empty if none. */
  private static int[] wordBefore(String text, int end) {
    int stop = end;
    while (stop > 0 && text.charAt(stop - 1) == ' ') {
      stop--;
    }
    int start = stop;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return new int[] {start, stop};
  }

  /**
   * The country of a person named right after "Trade Representative" ("U.S. Trade Representative Carla Mendes"): the
   * country named before the title, else the United States, whose cabinet office it is; or null when no mention
   * has the title (issue 6, actor round on 1987 wire news: the name stage gives the title no role).
   */
  private static String tradeRepresentativeOf(Tables t, Article in, Entity e) {
    String text = in.text();
    for (Mention m : e.mentions()) {
      int end = m.start();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = end - "trade representative".length();
      if (m.kind() != MentionKind.NAME || start < 0
          || !text.regionMatches(true, start, "trade representative", 0, end - start)) {
        continue;
      }
      int[] w = wordBefore(text, start);
      String before = text.substring(w[0], w[1]);
      if (before.endsWith("'s") || before.endsWith("\u2019s")) {
        before = before.substring(0, before.length() - 2);
      }
      String iso3 = before.isEmpty() ? null : t.countries().code(before);
      return iso3 != null ? iso3 : "USA";
    }
    return null;
  }

  /**
   * The people-table row whose surname entity {@code e}'s one-word name is, or null: null too when another person
   * of the article has a longer name ending in that word ("Kofi Annan" and a "Nane Annan" left apart).
   */
  private static String[] onlySurnameOf(Tables t, Article in, Entity e) {
    String key = e.name().toLowerCase(java.util.Locale.ROOT);
    String[] row = t.surnames().get(key);
    if (row == null) {
      return null;
    }
    String suffix = " " + key;
    for (Entity other : in.layer(NameStage.ENTITIES)) {
      if (other != e && other.type() == EntityType.PERSON
          && other.name().toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
        return null;
      }
    }
    return row;
  }

  /** Words of a journey whose "to"/"in" names the country visited: "a visit to Beirut", "arrived in Lebanon". */
  private static final Set<String> VISIT_WORDS = Set.of("visit", "visits", "visited", "visiting", "trip", "tour",
      "arrived", "arrives", "arriving", "travelled", "traveled", "flew", "flies");

  /**
   * The country a sentence of titled person {@code e}'s names as visited by someone of another country named before
   * {@code e} ("American envoy Mark Dunn met President Samir Haddad during a visit to Beirut", "The American envoy
   * arrived in Lebanon for talks with President Samir Haddad"): the host, whose office {@code e} holds (issue 6,
   * round 5); null when no sentence of {@code e}'s says so, and never for a person named before the visitor
   * ("President Samir Haddad, on a visit to Washington, ...": Haddad is the visitor).
   */
  private static String hostVisited(Article in, Entity e) {
    List<Entity> entities = in.layer(NameStage.ENTITIES);
    for (Mention m : e.mentions()) {
      Sentence s = in.sentence(in.sentenceOfToken(in.tokenAtOrAfter(m.start())));
      for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
        if (!VISIT_WORDS.contains(in.tokenText(k))) {
          continue;
        }
        int j = k + 1;
        if (j + 1 < s.endToken() && (in.tokenText(j).equals("to") || in.tokenText(j).equals("in"))) {
          j++;
        }
        Entity place = entityAt(entities, in.tokenStart(j), EntityType.LOCATION);
        if (place == null || place.country() == null) {
          continue;
        }
        for (Entity x : entities) {
          if (x == e || x.country() == null || x.country().equals(place.country())) {
            continue;
          }
          for (Mention xm : x.mentions()) {
            if (xm.start() >= s.start() && xm.end() <= m.start()) {
              return place.country(); // a visitor of another country named before the person
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The country person {@code e} is said to visit in an aside right after a name ("X, on a visit to Berlin", "X,
   * visiting Germany", "X, who is visiting Berlin"): a country or its capital; or null.
   */
  private static String visitedBy(Tables t, Article in, Entity e) {
    List<Entity> entities = null;
    for (Mention m : e.mentions()) {
      int k = in.tokenAtOrAfter(m.end());
      int n = in.tokenCount();
      if (m.kind() != MentionKind.NAME || k >= n || !in.tokenText(k).equals(",")) {
        continue; // an aside on the name only: "Blair visits Manchester" may be at home
      }
      k++;
      if (k + 1 < n && in.tokenText(k).equals("who") && in.tokenText(k + 1).equals("is")) {
        k += 2;
      }
      if (k + 2 < n && in.tokenText(k).equals("on") && (in.tokenText(k + 1).equals("a")
          || in.tokenText(k + 1).equals("his") || in.tokenText(k + 1).equals("her"))) {
        k += 2;
      }
      if (k + 1 >= n || !VISIT_WORDS.contains(in.tokenText(k))) {
        continue;
      }
      k++;
      if (k + 1 < n && (in.tokenText(k).equals("to") || in.tokenText(k).equals("of"))) {
        k++;
      }
      if (entities == null) {
        entities = in.layer(NameStage.ENTITIES);
      }
      Entity place = entityAt(entities, in.tokenStart(k), EntityType.LOCATION);
      if (place != null && place.country() != null && (place.name().equals(t.countries().name(place.country()))
          || t.countries().isCapital(place.name()))) {
        return place.country(); // a country or its capital: no one's trip at home
      }
    }
    return null;
  }

  /** The entity of {@code type} with a mention starting at char {@code start}, or null. */
  private static Entity entityAt(List<Entity> entities, int start, EntityType type) {
    for (Entity x : entities) {
      if (x.type() == type) {
        for (Mention xm : x.mentions()) {
          if (xm.start() == start) {
            return x;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether a mention of {@code e} has a country or demonym of {@code iso3} in the title right before it, with no
   * punctuation between ("Peruvian President Hugo Chavez", "Peru's Hugo Chavez"): the text itself says whose it is.
   */
  private static boolean titledBy(Tables t, Article in, Entity e, String iso3) {
    String text = in.text();
    for (Mention m : e.mentions()) {
      int end = m.start();
      for (int k = 0; k < TITLE_WORDS && end > 0; k++) {
        int[] w = wordBefore(text, end);
        int start = w[0];
        String word = text.substring(start, w[1]);
        if (word.isEmpty() || ",;:.()\"".indexOf(word.charAt(word.length() - 1)) >= 0
            || Character.isLowerCase(word.charAt(0)) && !TITLE_LOWER.contains(word)) {
          break; // a title is capitalised words and a few lower-case ones ("Peru's foreign minister")
        }
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
          word = word.substring(0, word.length() - 2);
        }
        if (iso3.equals(t.countries().code(word))) {
          return true;
        }
        end = start;
      }
    }
    return false;
  }

  /**
   * A company the name stage gave no country, with the one its first mention names right after it ("Norsk Kabel
   * Ltd of Norway"): else the event it takes part in would fall to that country. A company is a name ending in a
   * legal form the sector table makes a business ("Ltd", "Inc", "AG"). Other entities come back as they are.
   */
  private static Entity withCompanyCountry(Tables t, Article in, Entity e) {
    if (e.country() != null) {
      return e;
    }
    String name = e.name();
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    if (!"BUS".equals(t.sectors().get(last))) {
      return e;
    }
    int n = in.tokenCount();
    int k = in.tokenAtOrAfter(e.first().end());
    if (k < n && in.tokenText(k).equals("of")) {
      k++;
      if (k < n && in.tokenText(k).equals("the")) {
        k++;
      }
      for (int end = Math.min(n, k + 3); end > k; end--) {
        String iso3 = t.countries().codeOfName(in.text().substring(in.tokenStart(k), in.tokenEnd(end - 1)));
        if (iso3 != null) {
          return new Entity(e.id(), e.type(), e.name(), iso3, e.roles(), e.geo(), e.mentions());
        }
      }
    }
    return e;
  }

  /** Whether one of a person's roles names a country ("Moroccan ambassador", "minister of Peru"). */
  private static boolean rolesNameACountry(Tables t, Entity e) {
    for (String role : e.roles()) {
      for (String w : role.split(" ")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.countries().code(w) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Country + sector of a person's first role that gives one; the IGO they serve; or null. */
  static String personCode(Tables t, Entity e, Map<String, Entity> byName) {
    String sector = null;
    for (String role : e.roles()) {
      sector = roleSector(t, role, byName);
      if (sector != null) {
        break;
      }
    }
    if (e.country() != null) {
      String igo = sector == null || rolesNameACountry(t, e) ? null : igoServed(t, e);
      if (igo != null) {
        return igo; // "World Bank Vice-President David Knox": the bank's, whatever country his sentence names
      }
      return e.country() + (sector == null ? "" : sector);
    }
    for (String role : e.roles()) {
      Organisations.Organisation igo = organisationIn(t, role);
      if (igo != null && igo.iso3() == null) {
        return igo.code();
      }
    }
    for (String role : e.roles()) {
      String lower = " " + role.toLowerCase() + " ";
      for (String cue : NGO_CUES) {
        if (lower.contains(cue)) {
          return "NGO"; // "spokeswoman for the charity Blue Sea": CAMEO's code for non-governmental bodies
        }
      }
    }
    return null;
  }

  /** Words of a role that make its holder a country's envoy to a body, not the body's own official. */
  private static final List<String> ENVOY_WORDS = List.of("ambassador", "envoy", "representative", "delegate",
      "delegation", "permanent");

  /**
   * The code of the intergovernmental body whose name opens a person's role ("World Bank Vice-President", "GATT
   * spokesman", "IMF managing director"), or null; not for an envoy to it ("ambassador to the UN").
   */
  private static String igoServed(Tables t, Entity e) {
    for (String role : e.roles()) {
      String lower = role.toLowerCase(java.util.Locale.ROOT);
      boolean envoy = false;
      for (String w : ENVOY_WORDS) {
        envoy |= lower.contains(w);
      }
      if (envoy) {
        continue;
      }
      String[] w = role.split(" ");
      for (int j = Math.min(w.length, 4); j > 0; j--) {
        String name = String.join(" ", java.util.Arrays.copyOf(w, j));
        Organisations.Organisation o = t.organisations().find(name);
        if (o != null && o.iso3() == null && o.code().startsWith("IGO")) {
          return o.code();
        }
        Body body = t.bodies().named(name, null);
        if (body != null && body.code().startsWith("IGO")) {
          return body.code(); // "GATT spokesman"
        }
      }
    }
    return null;
  }

  /** Words in a role that say the person serves a non-governmental organisation. */
  private static final List<String> NGO_CUES = List.of(" charity ", " ngo ", " aid group ", " rights group ",
      " aid agency ", " humanitarian group ", " campaign group ");

  /** The sector of a role; "head of X" takes the sector of organisation X when the article or table knows it. */
  private static String roleSector(Tables t, String role, Map<String, Entity> byName) {
    String lower = role.toLowerCase();
    int of = lower.indexOf(" of ");
    if (lower.startsWith("head of ") || lower.startsWith("chief of ")) {
      String orgName = role.substring(of + 4);
      Entity org = byName.get(orgName.toLowerCase());
      String s = org != null && org.type() == EntityType.ORGANIZATION ? orgSector(t, org) : null;
      if (s != null && !s.isEmpty()) {
        return s;
      }
    }
    String s = t.titles().sector(role);
    if (s != null && !"IGO".equals(s) && hasGenericHead(lower)) {
      String body = roleBodySector(t, role);
      if (body != null) {
        return body;
      }
    }
    if (s == null && lower.endsWith("manager")) {
      return "BUS"; // "general manager of the bank", "deputy manager": a post of business (1987 wire news)
    }
    if (s == null && lower.endsWith("trade representative")) {
      return "GOV"; // "U.S. Trade Representative Clayton Yeutter": a cabinet office (issue 6, 1987 wire news)
    }
    return "IGO".equals(s) ? "GOV" : s; // an IGO official named with a country works for that government

  }

  /** Heads of roles that any body has ("president", "director", "chairman"): the body named decides the sector. */
  private static final Set<String> GENERIC_HEADS = Set.of("president", "vice-president", "chairman", "director",
      "head", "chief", "manager", "executive", "spokesman", "spokeswoman", "official", "governor", "economist",
      "analyst", "officer", "treasurer", "vice-chairman", "director-general", "secretary-general");

  /** Whether a lower-case role ends in a generic head or is one "of" a body ("president of the Association"). */
  private static boolean hasGenericHead(String lower) {
    int of = lower.indexOf(" of ");
    if (of > 0 && GENERIC_HEADS.contains(lower.substring(lower.lastIndexOf(' ', of - 1) + 1, of))) {
      return true;
    }
    return GENERIC_HEADS.contains(lower.substring(lower.lastIndexOf(' ') + 1));
  }

  /**
   * The sector of the body a role names, when its words say it plainly, or null: a committee of a legislature
   * ("Budget Committee chairman") LEG; a central bank ("Reserve Board Chairman", "Bank of Japan governor") GOV; a
   * company ("president of Falconbridge Ltd", "Toronto Dominion Bank president", "managing director") BUS (issue 6,
   * actor round on 1987 wire news).
   */
  private static String roleBodySector(Tables t, String role) {
    String lower = " " + role.toLowerCase(java.util.Locale.ROOT) + " ";
    if ((lower.contains(" committee ") || lower.contains(" subcommittee ")) && !lower.contains(" committee for ")
        && !lower.contains(" committee to ") && !lower.contains(" central committee ")
        && !lower.contains(" olympic ")) {
      return "LEG"; // a legislature's: "Budget Committee chairman", not the "Committee for Economic Development"
    }
    if (lower.contains(" central bank ") || lower.contains(" reserve ") || lower.contains(" bundesbank ")
        || lower.contains(" bank of japan ") || lower.contains(" monetary ")
        || lower.contains(" national bank ") && !lower.contains(" national bank of ")) {
      return "GOV"; // "Swiss National Bank president", not "National Bank of Canada president"
    }
    String[] words = role.split(" ");
    for (int j = words.length; j > 0; j--) { // "head of Bank of Japan": a body of the table
      for (int i = 0; i < j && j - i <= 5; i++) {
        Body body = t.bodies().named(String.join(" ", java.util.Arrays.copyOfRange(words, i, j)), null);
        if (body != null && body.code().length() == 6 && t.countries().name(body.code().substring(0, 3)) != null) {
          return body.code().substring(3);
        }
      }
    }
    if (lower.contains(" managing director ") || lower.contains(" chief executive ")) {
      return "BUS";
    }
    for (String w : role.split(" ")) {
      if (BUSINESS_NAME_WORDS.contains(w)) {
        return "BUS";
      }
    }
    return null;
  }

  private static Organisations.Organisation organisationIn(Tables t, String role) {
    String[] w = role.split(" ");
    for (int i = 0; i < w.length; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < w.length && j - i < 4; j++) {
        if (j > i) {
          b.append(' ');
        }
        b.append(w[j]);
        Organisations.Organisation o = t.organisations().find(b.toString());
        if (o != null && Character.isUpperCase(w[i].charAt(0))) {
          return o;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- places

  private void place(Tables t, Article in, Entity e, List<Actor> out) {
    if (e.country() == null) {
      return; // areas across countries ("Eurasia") are not actors
    }
    boolean country = e.name().equals(t.countries().name(e.country()))
        || e.country().equals(t.countries().code(e.name())); // an alias: "Ivory Coast", "Burma"
    boolean capital = !country && t.countries().isCapital(e.name());
    String other = t.homonyms().get(e.name());
    String seat = capital ? t.seats().get(e.name()) : null;
    if (seat != null && !namesBody(t, in, seat)) {
      seat = null;
    }
    for (Mention m : e.mentions()) {
      if (seat != null && !sentenceNamesCountry(in, e, m)) {
        // "Brussels wants Britain to ...", in a story of the European Union: the body seated there
        out.add(new Actor(m.start(), m.end(), e.name(), e.id(), seat, null));
        continue;
      }
      if (other != null && isOtherCountrys(in, e, m, other)) {
        // "Tripoli, the north Lebanese port": the other country's town of that name
        out.add(new Actor(m.start(), m.end(), e.name(), e.id(), other, other));
        continue;
      }
      if (country) {
        int[] noun = sectorNounAfter(t, in, m.end(), true);
        if (noun == null) {
          int[] bare = sectorNounAfter(t, in, m.end(), false); // "Ivory Coast rebels", "Gaza militants"
          noun = bare != null && in.text().substring(m.end(), bare[1]).isBlank() ? bare : null;
        }
        if (noun != null) {
          out.add(new Actor(m.start(), noun[0], e.name(), e.id(), e.country() + sectorOf(t,
              in.text().substring(noun[1], noun[0])), e.country()));
          continue;
        }
        out.add(new Actor(m.start(), m.end(), e.name(), e.id(), e.country(), e.country()));
      } else if (capital && !isMarketPlace(in, m.end())) {
        out.add(new Actor(m.start(), m.end(), e.name(), e.id(), e.country() + "GOV", e.country()));
      } else {
        out.add(new Actor(m.start(), m.end(), e.name(), e.id(), e.country(), e.country()));
      }
    }
  }

  /** Whether the article names an organisation the organisations table codes {@code code}. */
  private static boolean namesBody(Tables t, Article in, String code) {
    for (Entity x : in.layer(NameStage.ENTITIES)) {
      if (x.type() == EntityType.ORGANIZATION) {
        Organisations.Organisation o = t.organisations().find(x.name());
        if (o != null && code.equals(o.code())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the sentence of mention {@code m} of place {@code e} names something else of the place's country. */
  private static boolean sentenceNamesCountry(Article in, Entity e, Mention m) {
    Sentence s = in.sentence(in.sentenceOfToken(in.tokenAtOrAfter(m.start())));
    for (Entity x : in.layer(NameStage.ENTITIES)) {
      if (x != e && e.country().equals(x.country())) {
        for (Mention xm : x.mentions()) {
          if (xm.start() >= s.start() && xm.end() <= s.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Words after a capital that make it the place of a market, not its government: "the Tokyo stock market". */
  private static final Set<String> MARKET_WORDS = Set.of("stock", "stocks", "market", "markets", "exchange",
      "bourse", "dealers", "traders", "trading", "time", "shares", "prices", "money", "bullion", "gold", "foreign",
      "currency", "forex", "futures", "agreement", "accord", "office", "branch", "bureau", "investment", "bank",
      "banks", "banking", "brokers", "brokerage", "Stock", "Exchange", "Bourse");

  /** Whether the word right after char offset {@code end} is one of {@link #MARKET_WORDS}. */
  private static boolean isMarketPlace(Article in, int end) {
    int k = in.tokenAtOrAfter(end);
    return k < in.tokenCount() && in.tokenStart(k) <= end + 1 && MARKET_WORDS.contains(in.tokenText(k));
  }

  /**
   * Whether mention {@code m} of place {@code e}, whose name {@code other}'s country has a place of too, is that
   * one: its sentence names {@code other} and not the place's own country, or names neither and the article
   * names {@code other} and never the place's own country (by the countries the name stage gives its names).
   */
  private static boolean isOtherCountrys(Article in, Entity e, Mention m, String other) {
    Sentence s = in.sentence(in.sentenceOfToken(in.tokenAtOrAfter(m.start())));
    boolean ownInSentence = false;
    boolean otherInSentence = false;
    boolean ownInArticle = false;
    boolean otherInArticle = false;
    for (Entity x : in.layer(NameStage.ENTITIES)) {
      if (x == e || x.country() == null) {
        continue;
      }
      boolean own = x.country().equals(e.country());
      boolean isOther = x.country().equals(other);
      if (!own && !isOther) {
        continue;
      }
      ownInArticle |= own;
      otherInArticle |= isOther;
      for (Mention xm : x.mentions()) {
        if (xm.start() >= s.start() && xm.end() <= s.end()) {
          ownInSentence |= own;
          otherInSentence |= isOther;
        }
      }
    }
    if (ownInSentence || otherInSentence) {
      return otherInSentence && !ownInSentence;
    }
    return otherInArticle && !ownInArticle;
  }

  // ---------------------------------------------------------------- parties many countries have

  /** Words between a country and a party of it: "Israel's main opposition Labour party". */
  private static final Set<String> PARTY_MODIFIERS = Set.of("the", "'s", "\u2019s", "opposition", "ruling",
      "governing", "main", "centre-right", "center-right", "centre-left", "center-left", "conservative", "liberal");

  /**
   * Gives a party of {@code actor-parties-v1.tsv} ("Labour", "Conservatives", "Democrats") the country its sentence is
   * plainly about when that is not the tables' one: the country or its people right before it ("Israel's Labour
   * party", "Swedish Conservatives"), just after "in"/"of" ("the Democrats in the Japanese parliament"), of a
   * sentence opening "In Canada,", or the only other country of its sentence when the article names the tables'
   * country nowhere ("The Homeland Union (Conservatives) ... the Lithuanian Parliament"). Replaces the actors of
   * {@code out} in place.
   */
  private static void partiesOfOtherCountries(Tables t, Article in, List<Actor> out) {
    List<Integer> unsure = new ArrayList<>();
    List<Actor> merged = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Actor a = out.get(i);
      if (a.entity() == null || a.country() == null || !t.partyNames().contains(a.name())) {
        continue;
      }
      String iso = partyCountryNamedBeside(t, in, out, a);
      if (iso == null) {
        unsure.add(i);
      } else if (!iso.equals(a.country())) {
        Actor owner = countryRightBefore(in, out, a, iso);
        int start = a.start();
        if (owner != null) { // "Israel's Labour party": one actor, the party, not Israel and a party
          merged.add(owner);
          start = owner.start();
        }
        out.set(i, new Actor(start, a.end(), a.name(), a.entity(), iso + "PTY", iso));
      }
    }
    for (int i : unsure) {
      Actor a = out.get(i);
      String iso = onlyOtherPoliticalCountry(t, in, out, a);
      if (iso != null) {
        out.set(i, new Actor(a.start(), a.end(), a.name(), a.entity(), iso + "PTY", iso));
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Actor a = out.get(i);
      int next = in.tokenAtOrAfter(a.end());
      if (a.code().endsWith("PTY") && t.partyNames().contains(a.name()) && next < in.tokenCount()
          && in.tokenText(next).equals("government") && in.text().substring(a.end(), in.tokenStart(next)).equals(" ")) {
        // "the Labour government": the government that party leads
        out.set(i, new Actor(a.start(), in.tokenEnd(next), a.name(), a.entity(), a.country() + "GOV", a.country()));
      }
    }
    out.removeAll(merged);
  }

  /**
   * The bare country actor of {@code iso} right before {@code party}, with only "'s" or a space between ("Israel's
   * Labour party"), or null.
   */
  private static Actor countryRightBefore(Article in, List<Actor> out, Actor party, String iso) {
    for (Actor x : out) {
      if (x.end() <= party.start() && x.end() >= party.start() - 3 && x.code().equals(iso)
          && iso.equals(x.country())) {
        String gap = in.text().substring(x.end(), party.start()).strip();
        if (gap.isEmpty() || gap.equals("'s") || gap.equals("\u2019s")) {
          return x;
        }
      }
    }
    return null;
  }

  /** The country named right before a party, just after its "in"/"of", or by "In Canada," opening its sentence. */
  private static String partyCountryNamedBeside(Tables t, Article in, List<Actor> out, Actor party) {
    int first = in.tokenAtOrAfter(party.start());
    Sentence s = in.sentence(in.sentenceOfToken(first));
    for (int k = first - 1, n = 0; k >= s.firstToken() && n < 4; k--, n++) { // "Israel's Labour", "Swedish Labour"
      String iso = countryAt(t, in, out, k);
      if (iso != null) {
        return iso;
      }
      if (!PARTY_MODIFIERS.contains(in.tokenText(k).toLowerCase(java.util.Locale.ROOT))) {
        break;
      }
    }
    int k = in.tokenAtOrAfter(party.end());
    int end = s.endToken();
    if (k < end && in.tokenText(k).equalsIgnoreCase("party")) {
      k++;
    }
    if (k + 1 < end && (in.tokenText(k).equals("in") || in.tokenText(k).equals("of"))) {
      for (int j = k + 1; j < end && j <= k + 3; j++) { // "in the Swedish parliament", "in South Korea's Assembly"
        String iso = countryAt(t, in, out, j);
        if (iso != null) {
          return iso;
        }
        if (!in.tokenText(j).equals("the")) {
          break;
        }
      }
    }
    int open = s.firstToken();
    if (open + 2 < first && in.tokenText(open).equals("In")) { // "In Canada, the Conservatives ..."
      String iso = countryAt(t, in, out, open + 1);
      int comma = open + 2;
      while (comma < first && comma < open + 5 && !in.tokenText(comma).equals(",")) {
        comma++;
      }
      if (iso != null && comma < first && in.tokenText(comma).equals(",")) {
        return iso;
      }
    }
    return null;
  }

  /**
   * The one other country whose political body (parliament, government, party) the party's sentence names, when
   * the article names the party's own country nowhere but in parties of {@code actor-parties-v1.tsv} ("Labour
   * attacked the Tories over the Iraq war" names no Iraqi body: Labour stays British); else null.
   */
  private static String onlyOtherPoliticalCountry(Tables t, Article in, List<Actor> out, Actor party) {
    Sentence s = in.sentence(in.sentenceOfToken(in.tokenAtOrAfter(party.start())));
    Organisations.Organisation own = t.organisations().find(party.name());
    String home = own == null ? party.country() : own.iso3();
    String other = null;
    for (Actor x : out) {
      if (x.country() == null) {
        continue;
      }
      boolean generic = t.partyNames().contains(x.name()) && x.entity() != null;
      if (!generic && x.country().equals(home)) {
        return null; // the article names the tables' country: leave the party its own
      }
      boolean political = generic ? !x.country().equals(home)
          : x.code().length() > 3 && POLITICAL_SECTORS.contains(x.code().substring(3));
      if (political && x != party && x.start() >= s.start() && x.end() <= s.end()) {
        if (other != null && !other.equals(x.country())) {
          return null; // two other countries: no one is plainly the sentence's
        }
        other = x.country();
      }
    }
    return other;
  }

  /** Sectors of a country's political bodies: its government, legislature, parties and opposition. */
  private static final Set<String> POLITICAL_SECTORS = Set.of("GOV", "LEG", "PTY", "OPP");

  /** The country of the actor holding token {@code k}, or of the country or demonym word there; or null. */
  private static String countryAt(Tables t, Article in, List<Actor> out, int k) {
    int at = in.tokenStart(k);
    for (Actor x : out) {
      if (x.start() <= at && at < x.end() && x.country() != null) {
        return x.country();
      }
    }
    String w = in.tokenText(k);
    return w.isEmpty() || !Character.isUpperCase(w.charAt(0)) ? null : t.countries().code(w);
  }

  // ---------------------------------------------------------------- organisations

  private void organisation(Tables t, Entity e, List<Actor> out) {
    Organisations.Organisation o = t.organisations().find(e.name());
    if (o == null && e.name().startsWith("The ")) {
      o = t.organisations().find(e.name().substring(4)); // "The Security Council" at a sentence start
    }
    String code;
    String group = o == null ? namedGroup(t, e.name()) : null;
    if (o != null) {
      code = o.code();
    } else if (group != null) { // "Kurdistan Workers' Party": an armed group the name stage found as a name
      code = group;
    } else if (e.country() != null) {
      String s = orgSector(t, e);
      code = e.country() + (s == null ? "" : s);
    } else if (civilBody(e.name())) {
      code = "NGO"; // "the Ceasefire Violations Committee", "Association of African Jurists": CAMEO's NGO
    } else {
      return;
    }
    for (Mention m : e.mentions()) {
      String country = o != null ? o.iso3() : group != null ? groupCountry(t, group) : e.country();
      out.add(new Actor(m.start(), m.end(), e.name(), e.id(), code, country));
    }
  }

  /** Head words of the names of civil bodies: associations, committees, forums, foundations, watchdogs. */
  private static final Set<String> CIVIL_BODY_WORDS = Set.of("Association", "Committee", "Forum", "Federation",
      "Foundation", "Institute", "Society", "Watch", "Network", "Observatory", "Centre", "Center");

  /**
   * Whether an organisation the tables do not know, of no country, is by its name a civil body ("Third World Water
   * Forum", "Association of African Jurists"): its first or last word is one (issue 6).
   */
  static boolean civilBody(String name) {
    String[] words = (name.startsWith("The ") ? name.substring(4) : name).split(" ");
    return words.length > 1
        && (CIVIL_BODY_WORDS.contains(words[0]) || CIVIL_BODY_WORDS.contains(words[words.length - 1]))
        && sectorOfName(name) == null; // "Florida Savings and Loan Association": a business, no NGO
  }

  /** The code of the named group of {@code actor-groups-v1.tsv} spelled {@code name} (apostrophes aside), or null. */
  private static String namedGroup(Tables t, String name) {
    String plain = name.startsWith("The ") ? name.substring(4) : name;
    plain = plain.replace("'", "").replace("\u2019", "");
    String[] words = plain.split(" ");
    List<Named> cands = t.groups().named().get(words[0]);
    if (cands == null) {
      return null;
    }
    for (Named g : cands) {
      if (String.join(" ", g.words()).replace("'", "").equals(plain)) {
        return g.code();
      }
    }
    return null;
  }

  /** The country of a group code: its first three letters when they are a country's code, else null. */
  private static String groupCountry(Tables t, String code) {
    String c = code.length() >= 3 ? code.substring(0, 3) : code;
    return t.countries().name(c) != null ? c : null;
  }

  /** The sector of an organisation: from its table code, what the text calls it, or its last word; or null. */
  private static String orgSector(Tables t, Entity e) {
    Body body = t.bodies().named(e.name(), null);
    if (body != null && e.country() != null && body.code().startsWith(e.country())) {
      return body.code().substring(3); // "Bank of Japan": a central bank, the government's
    }
    Organisations.Organisation o = t.organisations().find(e.name());
    if (o != null && o.iso3() != null && o.code().startsWith(o.iso3())) {
      return o.code().substring(3);
    }
    for (String role : e.roles()) {
      String s = t.sectors().get(role.toLowerCase());
      if (s == null) {
        int sp = role.lastIndexOf(' ');
        s = t.sectors().get(role.substring(sp + 1).toLowerCase());
      }
      if (s != null) {
        return s;
      }
    }
    String name = e.name();
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase();
    String s = t.sectors().get(last);
    return s != null ? s : sectorOfName(name);
  }

  /** Words of an organisation's name that make it a business: legal forms, banks, trades. */
  private static final Set<String> BUSINESS_NAME_WORDS = Set.of("Bank", "Banks", "Banking", "Bancorp", "Corp",
      "Corporation", "Co", "Company", "Inc", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "Group", "Holdings",
      "Industries", "Insurance", "Securities", "Savings", "Airlines", "Airways", "Motors", "Petroleum", "Oil",
      "Steel", "Edison", "Express", "Electric", "Chemical", "Chemicals", "Mining", "Chamber", "Manufacturers",
      "Exporters", "Producers", "Brokers", "Mortgage", "Telephone", "Telegraph", "Railway", "Railroad",
      "Exchange");

  /** Words of an organisation's name that make it a state body. */
  private static final Set<String> STATE_NAME_WORDS = Set.of("Ministry", "Department", "Office", "Commission",
      "Agency", "Authority", "Administration", "Treasury", "Bureau", "Cabinet", "Government");

  /**
   * The sector an organisation of a known country but no sector of the tables has by the words of its name
   * ("Southern California Edison" BUS, "West German Federal Statistics Office" GOV), or null: a bare country is
   * no code for a body (issue 6, actor round on 1987 wire news). A name with a word of both kinds is a business
   * unless it is a central or reserve bank ("New South Wales Treasury Corporation", "Central Bank of Barbados").
   */
  static String sectorOfName(String name) {
    boolean legalForm = false;
    boolean strongState = false;
    boolean state = false;
    boolean business = false;
    for (String w : name.split(" ")) {
      legalForm |= LEGAL_FORMS.contains(w);
      strongState |= STRONG_STATE_WORDS.contains(w);
      state |= STATE_NAME_WORDS.contains(w);
      business |= BUSINESS_NAME_WORDS.contains(w);
    }
    if (legalForm) {
      return "BUS";
    }
    if (name.contains("Committee") && !name.contains("White House") && (name.contains("House")
        || name.contains("Senate") || name.contains("Commons") || name.contains("Congress")
        || name.contains("Parliament"))) {
      return "LEG"; // "House of Commons Treasury Select Committee"
    }
    if (strongState || name.contains("Central Bank") || name.contains("Reserve Bank")
        || name.contains("Federal Reserve")) {
      return "GOV";
    }
    return business || name.contains("Board of Trade") ? "BUS" : state ? "GOV" : null;
  }

  /** Legal forms that make a name a company's whatever else it holds ("Treasury Corporation"). */
  private static final Set<String> LEGAL_FORMS = Set.of("Corp", "Corp.", "Corporation", "Co", "Co.", "Company",
      "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "AG", "SA", "NV", "Bancorp", "Holdings");

  /** Words that make a name a state body's whatever else it holds ("Department of Savings and Loans"). */
  private static final Set<String> STRONG_STATE_WORDS = Set.of("Ministry", "Department", "Commission", "Agency",
      "Authority", "Administration", "Bureau", "Cabinet", "Government", "Treasury");

  // ---------------------------------------------------------------- demonyms

  private void demonym(Tables t, Article in, Entity e, List<Actor> out) {
    if (e.country() == null) {
      return;
    }
    for (Mention m : e.mentions()) {
      if (m.kind() != MentionKind.NAME) {
        continue;
      }
      String text = m.textIn(in);
      if (t.countries().codesOfDemonym(text).isEmpty()) {
        int space = text.indexOf(' ');
        Organisations.Organisation party = space < 0 ? null : t.organisations().find(text.substring(space + 1));
        if (party != null && t.partyNames().contains(party.name())
            && e.country().equals(t.countries().code(text.substring(0, space)))) {
          // "Danish Conservatives": a party many countries have, of the demonym's (issue 6, round 5)
          out.add(new Actor(m.start(), m.end(), party.name(), e.id(), e.country() + "PTY", e.country()));
          continue;
        }
        int[] noun = space < 0 || !e.country().equals(t.countries().code(text.substring(0, space))) ? null
            : sectorNounAfter(t, in, m.end(), false);
        if (noun != null && in.text().substring(m.end(), noun[1]).equals(" ")) {
          // "Iraqi Kurdish leaders", "Bosnian Serb soldiers": a people of the demonym's country, by their sector
          String sector = sectorOf(t, in.text().substring(noun[1], noun[0]));
          out.add(new Actor(m.start(), noun[0], text + " " + in.text().substring(noun[1], noun[0]), e.id(),
              e.country() + sector, e.country()));
        }
        continue; // "Korean War" and other MISC names are not actors
      }
      int next = in.tokenAtOrAfter(m.end());
      if (next < in.tokenCount() && t.titles().isHead(in.tokenText(next))
          && !t.sectors().containsKey(in.tokenText(next).toLowerCase())) {
        continue; // "Russian President Vladimir Putin", "the Russian president": the person is the actor
      }
      int[] noun = sectorNounAfter(t, in, m.end(), false);
      int[] shared = noun == null ? sharedSectorNoun(t, in, m.end()) : null;
      if (shared != null) { // "Sierra Leonean and Liberian refugees": both peoples' refugees
        String sector = sectorOf(t, in.text().substring(shared[1], shared[0]));
        out.add(new Actor(m.start(), m.end(), text + " " + in.text().substring(shared[1], shared[0]), e.id(),
            e.country() + sector, e.country()));
      } else if (noun != null) {
        String sector = sectorOf(t, in.text().substring(noun[1], noun[0]));
        out.add(new Actor(m.start(), noun[0], text + " " + in.text().substring(noun[1], noun[0]), e.id(),
            e.country() + sector, e.country()));
      } else if (text.endsWith("s") || text.endsWith("ese")) {
        // the people of a country as a group: "Koreans", "the Chinese"
        if (text.endsWith("s") || isNounUse(in, m.end())) {
          out.add(new Actor(m.start(), m.end(), e.name(), e.id(), e.country(), e.country()));
        }
      }
    }
  }

  /** Lower-case words that may stand between "in" and a place: "in southern Serbia". */
  private static final Set<String> REGION_WORDS = Set.of("southern", "northern", "eastern", "western", "central",
      "south", "north", "east", "west", "southeastern", "southwestern", "northeastern", "northwestern", "the");

  /**
   * "ethnic Albanians in southern Serbia", "the Hungarians of Romania": a people named as an ethnic group and
   * placed in another country, or said to be of it, are that country's civilians (a minority there), not their
   * kin state; so are "ethnic" people the sentence places elsewhere ({@link #hostCountry}). Works on
   * {@code out} sorted by start; replaces the people's actor in place.
   */
  private static void ethnicMinorities(Article in, List<Actor> out) {
    for (int i = 0; i < out.size(); i++) {
      Actor a = out.get(i);
      if (a.country() == null || !a.code().equals(a.country())) {
        continue;
      }
      int first = in.tokenAtOrAfter(a.start());
      boolean ethnic = first > 0 && in.tokenText(first - 1).equalsIgnoreCase("ethnic")
          || in.tokenText(first).equalsIgnoreCase("ethnic");
      String host = placedIn(in, out, i, ethnic);
      if (host == null && ethnic) {
        host = hostCountry(in, out, i); // "ethnic Turks … to protest against Sweden's decision"
      }
      if (host != null) {
        out.set(i, new Actor(a.start(), a.end(), a.name(), a.entity(), host + "CVL", host));
      }
    }
  }

  /**
   * The other country the people {@code out.get(i)} are placed in right after their name ("ethnic Albanians in
   * southern Serbia", "the Albanians of southern Serbia"), or null: "Americans in Iraq" need not live there.
   */
  private static String placedIn(Article in, List<Actor> out, int i, boolean ethnic) {
    Actor a = out.get(i);
    int k = in.tokenAtOrAfter(a.end());
    if (k >= in.tokenCount() || !(ethnic && in.tokenText(k).equals("in") || in.tokenText(k).equals("of"))) {
      return null;
    }
    k++;
    for (int n = 0; n < 2 && k < in.tokenCount() && REGION_WORDS.contains(in.tokenText(k).toLowerCase()); n++) {
      k++;
    }
    if (k >= in.tokenCount()) {
      return null;
    }
    int at = in.tokenStart(k);
    for (int j = i + 1; j < out.size(); j++) {
      Actor p = out.get(j);
      if (p.start() == at && p.country() != null && p.code().equals(p.country())
          && !p.country().equals(a.country())) {
        return p.country();
      }
    }
    return null;
  }

  /** Words before a place that make it the far side of a border, a destination or an origin, not where one lives. */
  private static final Set<String> ELSEWHERE_WORDS = Set.of("with", "to", "from", "into", "toward", "towards");

  /**
   * The country where the "ethnic" people {@code out.get(i)} live when the sentence does not place them at once
   * ("ethnic Albanians … near Macedonia's border", "ethnic Turks … against Sweden's decision"): the word
   * "ethnic" marks a minority outside its kin state (issue 6), living in the first other country the sentence
   * names after them, not across a border "with" or on the way "to" it, else in the nearest one before them
   * ("Serbian police arrested ethnic Albanians"); null when the sentence names no other country.
   */
  private static String hostCountry(Article in, List<Actor> out, int i) {
    Actor a = out.get(i);
    Sentence s = in.sentence(in.sentenceOfToken(in.tokenAtOrAfter(a.start())));
    for (int j = i + 1; j < out.size() && out.get(j).start() < s.end(); j++) {
      Actor p = out.get(j);
      int t = in.tokenAtOrAfter(p.start());
      if (p.country() != null && !p.country().equals(a.country())
          && !(t > 0 && ELSEWHERE_WORDS.contains(in.tokenText(t - 1).toLowerCase(java.util.Locale.ROOT)))) {
        return p.country();
      }
    }
    for (int j = i - 1; j >= 0 && out.get(j).end() > s.start(); j--) {
      Actor p = out.get(j);
      if (p.country() != null && !p.country().equals(a.country())) {
        return p.country();
      }
    }
    return null;
  }

  /**
   * The sector noun of a demonym coordinated with another before it: "Sierra Leonean and Liberian refugees"
   * from the end of "Sierra Leonean". Returns {nounEnd, nounStart} in chars, or null.
   */
  private static int[] sharedSectorNoun(Tables t, Article in, int end) {
    int k = in.tokenAtOrAfter(end);
    if (k + 1 >= in.tokenCount() || !(in.tokenText(k).equals("and") || in.tokenText(k).equals("or"))) {
      return null;
    }
    String next = in.tokenText(k + 1);
    if (next.isEmpty() || !Character.isUpperCase(next.charAt(0)) || t.countries().codesOfDemonym(next).isEmpty()) {
      return null;
    }
    return sectorNounAfter(t, in, in.tokenEnd(k + 1), false);
  }

  private static boolean isNounUse(Article in, int end) {
    int next = in.tokenAtOrAfter(end);
    return next >= in.tokenCount() || !Character.isLetter(in.tokenText(next).charAt(0));
  }

  /**
   * Sector nouns of {@code actor-sectors-v1.tsv} that name a country's body and may be written capitalised after
   * its demonym or possessive ("the Philippine Senate", "Pakistan's National Assembly").
   */
  private static final Set<String> BODY_NOUNS = Set.of("senate", "parliament", "cabinet", "government",
      "national assembly", "supreme court", "constitutional court", "high court", "electoral commission",
      "election commission", "foreign ministry", "defence ministry", "defense ministry", "interior ministry",
      "lower house", "upper house", "army", "navy", "air force", "armed forces", "police", "central bank");

  /** The capitalised words that end the name of a country's department: "Agriculture Department". */
  private static final Set<String> DEPARTMENT_HEADS = Set.of("Ministry", "Department");

  /**
   * The sector of a sector noun found after a country ({@link #sectorNounAfter}): the table's, or GOV for a
   * department named by capitalised words ("Agriculture Department", "Finance Ministry").
   */
  private static String sectorOf(Tables t, String noun) {
    String s = t.sectors().get(noun.toLowerCase(java.util.Locale.ROOT));
    return s != null ? s : "GOV";
  }

  /**
   * A sector noun after char offset {@code end} in the same sentence: directly, after "'s" when
   * {@code possessive}, or after up to two lower-case adjectives ("Russian armed forces"). Returns {nounEnd,
   * nounStart} in chars, or null.
   */
  private static int[] sectorNounAfter(Tables t, Article in, int end, boolean possessive) {
    int k = in.tokenAtOrAfter(end);
    if (k >= in.tokenCount()) {
      return null;
    }
    Sentence s = in.sentence(in.sentenceOfToken(k));
    if (s.start() >= end) {
      return null; // next token is in the next sentence
    }
    int limit = s.endToken();
    if (possessive) {
      if (k < limit && (in.tokenText(k).equals("'s") || in.tokenText(k).equals("\u2019s"))) {
        k++;
      } else {
        return null;
      }
    }
    for (int skip = 0; skip <= 2 && k + skip < limit; skip++) {
      int at = k + skip;
      String w = in.tokenText(at);
      if (!Character.isLowerCase(w.charAt(0))) {
        // "the Philippine Senate", "Egypt's Supreme Court": a country's body, capitalised as a name (issue 6, actor
        // round 2); any other capitalised word ends the search
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (at + 1 < limit) {
          String two = lower + " " + in.tokenText(at + 1).toLowerCase(java.util.Locale.ROOT);
          if (BODY_NOUNS.contains(two)) {
            return new int[] {in.tokenEnd(at + 1), in.tokenStart(at)};
          }
        }
        if (BODY_NOUNS.contains(lower)) {
          return new int[] {in.tokenEnd(at), in.tokenStart(at)};
        }
        // "the U.S. Agriculture Department", "Japan's Finance Ministry": a country's department by its name, of
        // one or two capitalised words (issue 6, actor round on 1987 wire news)
        for (int h = at; Character.isUpperCase(w.charAt(0)) && h < limit && h <= at + 2; h++) {
          String head = in.tokenText(h);
          if (DEPARTMENT_HEADS.contains(head)) {
            return new int[] {in.tokenEnd(h), in.tokenStart(at)};
          }
          if (head.isEmpty() || !Character.isUpperCase(head.charAt(0))) {
            break;
          }
        }
        return null;
      }
      if (at + 1 < limit) {
        String two = w + " " + in.tokenText(at + 1);
        if (t.sectors().containsKey(two.toLowerCase())) {
          return new int[] {in.tokenEnd(at + 1), in.tokenStart(at)};
        }
      }
      if (t.sectors().containsKey(w)) {
        return new int[] {in.tokenEnd(at), in.tokenStart(at)};
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- names of the tables the name stage left

  /**
   * Adds the places and organisations the name model was not trained with ({@code places-extra-v1.tsv},
   * {@code organisations-extra-v1.tsv}) named on capitalised tokens no actor covers ("retook Sirte", "Oxfam
   * warned"); a name of the other tables that the name stage left untagged it left for a reason. The longest name of at most {@link #NAME_TOKENS} tokens wins, first and last
   * capitalised ("Mocimboa da Praia"); a capital stands for its government, as the place rule has it. Left alone:
   * words of a name the name stage gave a country or role, part of any other name it found, areas across
   * countries, one word opening a sentence that it found no name in, and lone all-capital words (acronyms).
   */
  private static void knownNames(Tables t, Article in, List<Actor> out) {
    int n = in.tokenCount();
    boolean[] covered = coveredBy(in, out);
    // a name the name stage gave no country or role may be a table's, whole: "retook Sirte" (a person to the model)
    int[] weakStart = new int[n]; // first token of the weak name holding a token, or -1
    int[] weakEnd = new int[n]; // token after it
    java.util.Arrays.fill(weakStart, -1);
    for (Entity e : in.layer(NameStage.ENTITIES)) {
      boolean weak = e.roles().isEmpty() && e.country() == null;
      for (Mention m : e.mentions()) {
        int first = in.tokenAtOrAfter(m.start());
        int after = first;
        while (after < n && in.tokenStart(after) < m.end()) {
          after++;
        }
        for (int k = first; k < after; k++) {
          covered[k] |= !weak; // "Gao Feng" is a person, whatever "Gao" is
          weakStart[k] = first;
          weakEnd[k] = after;
        }
      }
    }
    List<Actor> added = new ArrayList<>();
    for (int si = 0; si < in.sentenceCount(); si++) {
      Sentence s = in.sentence(si);
      int end = s.endToken();
      for (int i = s.firstToken(); i < end; i++) {
        if (covered[i] || !Character.isUpperCase(in.text().charAt(in.tokenStart(i)))) {
          continue;
        }
        String firstWord = in.tokenText(i).toLowerCase(java.util.Locale.ROOT);
        if (!t.extraFirstWords().contains(firstWord)) {
          continue;
        }
        int last = i;
        while (last + 1 < end && last + 1 - i < NAME_TOKENS && !covered[last + 1]) {
          last++;
        }
        for (; last >= i; last--) {
          String w = in.tokenText(last);
          if (!Character.isUpperCase(w.charAt(0)) || last == i && (i == s.firstToken() && weakStart[i] != i
              || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)))) {
            continue; // one word opening a sentence is capitalised anyway ("Tyre damage was found"), unless a name
          }
          if (!wholeOrNone(weakStart, weakEnd, i, last)) {
            continue; // part of a name the name stage found: only the whole of it may be a table's
          }
          String text = in.text().substring(in.tokenStart(i), in.tokenEnd(last));
          Countries.Place p = t.countries().extraPlace(text);
          if (p != null && p.iso3() != null) {
            added.add(new Actor(in.tokenStart(i), in.tokenEnd(last), p.name(), null,
                p.isCapital() ? p.iso3() + "GOV" : p.iso3(), p.iso3()));
            break;
          }
          Organisations.Organisation o = t.organisations().findExtra(text);
          if (o != null) {
            added.add(new Actor(in.tokenStart(i), in.tokenEnd(last), o.name(), null, o.code(), o.iso3()));
            break;
          }
        }
        if (last >= i) {
          i = last;
        }
      }
    }
    out.addAll(added);
  }

  /**
   * Puts the bodies of {@code actor-bodies-v1.tsv} in place of the actors found inside their names ("Bank of Japan"
   * was Japan, JPN; it is the central bank, JPNGOV; "Moscow" in 1987 is the Soviet government): the longest phrase
   * at a token whose date holds for the article wins, when no actor crosses its edges and no person's name holds
   * it. The body keeps the entity of an actor of exactly its span.
   */
  private static void bodies(Tables t, Article in, List<Actor> out) {
    Bodies b = t.bodies();
    List<Actor> added = null;
    // across sentence ends: a name may hold a stop the sentence splitter took for one ("the U.S. Agriculture
    // Department")
    int end = in.tokenCount();
    for (int i = 0; i < end; i++) {
      int key = Bodies.key(in.text().charAt(in.tokenStart(i)), in.tokenEnd(i) - in.tokenStart(i));
      if (key < 0 || !b.firstChars().get(key)) {
        continue;
      }
      List<Body> cands = b.byFirst().get(in.tokenText(i));
      if (cands == null) {
        continue;
      }
      for (Body body : cands) {
        String[] w = body.words();
        boolean ok = i + w.length <= end && body.holdsOn(in.published());
        for (int k = 1; ok && k < w.length; k++) {
          ok = in.tokenText(i + k).equals(w[k]);
        }
        if (!ok) {
          continue;
        }
        int start = in.tokenStart(i);
        int stop = in.tokenEnd(i + w.length - 1);
        String entity = null;
        boolean bare = false;
        boolean crossed = crossesAName(in, start, stop);
        for (Actor a : out) {
          if (a.start() < stop && start < a.end()) {
            boolean inside = a.start() >= start && a.end() <= stop;
            boolean person = a.entity() != null && a.code().length() > 0 && isPersonEntity(in, a.entity());
            // a person the name stage found inside a longer body's name is a misreading of it: "General
            // Agreement on Tariffs and Trade" has no person "Agreement" titled General
            crossed |= !inside || person && !(a.start() > start && a.end() < stop);
            if (inside && a.start() == start && a.end() == stop) {
              entity = a.entity();
              bare = body.code().endsWith("GOV") && isMarketPlace(in, stop); // "Moscow traders": a market's
            }
          }
        }
        if (crossed) {
          continue;
        }
        out.removeIf(a -> a.start() < stop && start < a.end());
        String primary = body.code().substring(0, 3);
        if (added == null) {
          added = new ArrayList<>();
        }
        String country = t.countries().name(primary) != null ? primary : null;
        added.add(new Actor(start, stop, String.join(" ", w).replace(" 's", "'s"), entity,
            bare && country != null ? country : body.code(), country));
        i += w.length - 1;
        break;
      }
    }
    if (added != null) {
      out.addAll(added);
    }
  }

  /**
   * Whether chars {@code [start, stop)} are a place that only qualifies a name the name stage found ("Peking" of
   * "Peking University", "Radio Moscow"): a mention overlaps them and reaches past an edge with a word of
   * {@link #QUALIFIED_HEADS}. Other longer names hold the body ("Aramco Corp", "GATT Council").
   */
  private static boolean crossesAName(Article in, int start, int stop) {
    for (Entity e : in.layer(NameStage.ENTITIES)) {
      for (Mention m : e.mentions()) {
        if (m.start() < stop && start < m.end() && (m.start() < start || m.end() > stop)) {
          String beyond = in.text().substring(m.start(), Math.max(m.start(), start)) + " "
              + in.text().substring(Math.min(m.end(), stop), m.end());
          for (String w : beyond.split(" ")) {
            if (QUALIFIED_HEADS.contains(w)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Words of a name that a city or body name only qualifies: "Peking University", "Radio Moscow". */
  private static final Set<String> QUALIFIED_HEADS = Set.of("University", "College", "School", "Institute",
      "Academy", "Hospital", "Airport", "Stadium", "Street", "Square", "Road", "State", "Spring", "Radio",
      "Television", "TV", "Daily", "News", "Times", "Post", "Region", "Province", "Oblast", "Club");

  /**
   * Codes the actors of a country that was part of another state when the article was published as that state's
   * ({@code actor-eras-v1.tsv}: "Russian troops" in 1987 are SUNMIL). Replaces the actors of {@code out} in place.
   */
  private static void eras(Tables t, Article in, List<Actor> out) {
    java.time.LocalDate published = in.published();
    if (published == null) {
      return;
    }
    for (Era era : t.eras()) {
      if (published.isAfter(era.until())) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Actor a = out.get(i);
        if (era.now().equals(a.country()) && a.code().startsWith(era.now())) {
          out.set(i, new Actor(a.start(), a.end(), a.name(), a.entity(), era.then() + a.code().substring(3),
              era.then()));
        }
      }
    }
  }

  /** Whether entity {@code id} of {@code in} is a person. */
  private static boolean isPersonEntity(Article in, String id) {
    for (Entity e : in.layer(NameStage.ENTITIES)) {
      if (e.id().equals(id)) {
        return e.type() == EntityType.PERSON;
      }
    }
    return false;
  }

  /** Words after "Treasury" that make it a kind of security, not the department: "Treasury bonds". */
  private static final Set<String> SECURITY_WORDS = Set.of("bond", "bonds", "securities", "bill", "bills", "note",
      "notes", "paper", "issue", "issues", "yield", "yields", "market", "markets", "futures", "auction", "auctions",
      "refunding", "index", "prices", "rates", "debt", "certificates", "stock", "stocks", "Bond", "Bonds",
      "Securities", "Bill", "Bills", "Note", "Notes");

  /**
   * Codes a department the name stage found with no country ("the Finance Ministry said", "the Treasury", "the
   * Central Bank") as the government of the country the article is plainly about: the one whose actors outnumber
   * every other's at least twice over, with two mentions or more (issue 6, actor round on 1987 wire news: wire
   * stories name their own country's ministries bare). Left alone when no country leads so, "Treasury bonds", and a
   * ministry in news led by the United States.
   */
  private static void homeDepartments(Tables t, Article in, List<Actor> out) {
    String home = null;
    List<Actor> added = null;
    for (Entity e : in.layer(NameStage.ENTITIES)) {
      if (e.type() != EntityType.ORGANIZATION || e.country() != null || !isBareDepartment(e.name())) {
        continue;
      }
      if (home == null) {
        home = leadingCountry(out);
        if (home == null) {
          return;
        }
      }
      if (home.equals("USA") && e.name().contains("Ministry")) {
        continue; // the United States has departments: a "Transport Ministry" in its news is another country's
      }
      for (Mention m : e.mentions()) {
        int next = in.tokenAtOrAfter(m.end());
        if (m.kind() != MentionKind.NAME || next < in.tokenCount() && SECURITY_WORDS.contains(in.tokenText(next))) {
          continue;
        }
        boolean covered = false;
        for (Actor a : out) {
          covered |= a.start() < m.end() && m.start() < a.end();
        }
        if (!covered) {
          if (added == null) {
            added = new ArrayList<>();
          }
          added.add(new Actor(m.start(), m.end(), e.name(), e.id(), home + "GOV", home));
        }
      }
    }
    if (added != null) {
      out.addAll(added);
    }
  }

  /** Whether an organisation's name is a bare department: "Finance Ministry", "Ministry of Agriculture", "Treasury". */
  private static boolean isBareDepartment(String name) {
    String n = name.startsWith("The ") ? name.substring(4) : name;
    if (n.equals("Treasury") || n.equals("Central Bank") || n.equals("Treasury Department")) {
      return true;
    }
    boolean head = n.endsWith(" Ministry") || n.endsWith(" Department") || n.startsWith("Ministry of ")
        || n.startsWith("Department of ");
    return head && n.indexOf(' ') > 0 && n.split(" ").length <= 5 && "GOV".equals(sectorOfName(n));
  }

  /**
   * The country of the actors of {@code out} that outnumber every other country's at least twice over, with two
   * mentions or more; or null.
   */
  private static String leadingCountry(List<Actor> out) {
    Map<String, Integer> counts = new HashMap<>();
    for (Actor a : out) {
      if (a.country() != null) {
        counts.merge(a.country(), 1, Integer::sum);
      }
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > first) {
        second = first;
        first = c.getValue();
        best = c.getKey();
      } else if (c.getValue() > second) {
        second = c.getValue();
      }
    }
    return first >= 2 && first >= 2 * second ? best : null;
  }

  /** Which tokens of {@code in} the actors {@code out} cover. */
  private static boolean[] coveredBy(Article in, List<Actor> out) {
    int n = in.tokenCount();
    boolean[] covered = new boolean[n];
    for (Actor a : out) {
      for (int k = in.tokenAtOrAfter(a.start()); k < n && in.tokenStart(k) < a.end(); k++) {
        covered[k] = true;
      }
    }
    return covered;
  }

  /**
   * Whether tokens {@code [i, last]} cut no found name: each one they touch lies wholly inside ("Committee" and
   * "Protect Journalists" inside "Committee to Protect Journalists", but not "Gao" of "Gao Feng").
   */
  private static boolean wholeOrNone(int[] nameStart, int[] nameEnd, int i, int last) {
    for (int k = i; k <= last; k++) {
      if (nameStart[k] >= 0 && (nameStart[k] < i || nameEnd[k] > last + 1)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- non-state groups

  /**
   * Adds the named groups and group nouns of {@code actor-groups-v1.tsv} found on tokens no actor covers yet: a
   * named group takes its code; a group noun the code of the country named right after it ("rebels in the Ivory
   * Coast" → CIVREB), or when it opens the sentence capitalised, of the first country the sentence names.
   */
  private static void groups(Tables t, Article in, List<Actor> out) {
    int n = in.tokenCount();
    boolean[] covered = coveredBy(in, out);
    List<Actor> added = new ArrayList<>();
    for (int si = 0; si < in.sentenceCount(); si++) {
      Sentence s = in.sentence(si);
      int end = s.endToken();
      for (int i = s.firstToken(); i < end; i++) {
        if (covered[i]) {
          continue;
        }
        Named g = namedAt(t, in, i, end, covered);
        Homeland home = g == null && i + 1 < end && !covered[i + 1]
            && Character.isUpperCase(in.text().charAt(in.tokenStart(i))) ? t.homelands().get(in.tokenText(i)) : null;
        String next = home == null ? null : in.tokenText(i + 1);
        if (home != null && (home.nouns() == null ? ARMED_NOUNS.contains(next) : home.nouns().contains(next))) {
          // "Karen guerrillas", "Chechen rebels", "Jewish settlers": the people's homeland's (issue 6, round 5)
          String sector = t.groups().nouns().get(next);
          if (sector == null) {
            sector = t.groups().nouns().getOrDefault(next + "s", "REB");
          }
          added.add(new Actor(in.tokenStart(i), in.tokenEnd(i + 1), in.tokenText(i) + " " + next, null,
              home.iso3() + sector, home.iso3()));
          i++;
          continue;
        }
        if (g != null) {
          int last = i + g.words().length - 1;
          String code = g.code();
          String primary = code.substring(0, 3);
          String country = NO_COUNTRY.contains(primary) ? null : primary;
          added.add(new Actor(in.tokenStart(i), in.tokenEnd(last), String.join(" ", g.words()), null, code,
              country));
          i = last;
          continue;
        }
        String w = in.tokenText(i);
        String plural = pluralDemonym(t, in, i, end, covered);
        if (plural != null) { // "The Albanians of southern Serbia": a people the name stage did not tag
          added.add(new Actor(in.tokenStart(i), in.tokenEnd(i), w, null, plural, plural));
          continue;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        int last = i;
        String sector = null;
        if (i + 1 < end && !covered[i + 1] && t.groups().pairFirsts().contains(lower)) {
          sector = t.groups().nouns().get(lower + " " + in.tokenText(i + 1).toLowerCase(java.util.Locale.ROOT));
          last = sector != null ? i + 1 : i;
        }
        if (sector == null) {
          sector = t.groups().nouns().get(lower);
        }
        boolean people = sector != null && t.groups().peoples().contains(lower);
        if (sector == null || !(Character.isLowerCase(w.charAt(0)) || i == s.firstToken() || people)) {
          continue;
        }
        int first = i;
        String iso = null;
        if (people && i > s.firstToken() && !covered[i - 1]) { // "Iraqi Kurds": the demonym says the country
          List<String> codes = t.countries().codesOfDemonym(in.tokenText(i - 1));
          if (codes != null && codes.size() == 1) {
            iso = codes.get(0);
            first = i - 1;
          }
        }
        if (iso == null) {
          iso = countryAfter(in, out, last + 1, end, i == s.firstToken() || people);
        }
        if (iso == null && people && i > s.firstToken()) {
          // "Ibo elders demanded control of the Nigerian ministry be taken from Hausa politicians": a people the
          // sentence places in no country after it lives in the one it named before
          iso = countryAfter(in, out, s.firstToken(), i, true);
        }
        String phrase = in.text().substring(in.tokenStart(first), in.tokenEnd(last));
        if (iso != null) {
          added.add(new Actor(in.tokenStart(first), in.tokenEnd(last), phrase, null, iso + sector, iso));
        } else if (people) { // "Kurds" with no country named: the people alone
          added.add(new Actor(in.tokenStart(i), in.tokenEnd(last), phrase, null, sector, null));
        }
        i = last;
      }
    }
    out.addAll(added);
  }

  /**
   * The country of a people named by a plural demonym at token {@code i} ("Albanians", "Serbs") that stands on
   * its own, not inside a name (no capitalised word right before or after it); null otherwise or when the
   * demonym names more than one country.
   */
  private static String pluralDemonym(Tables t, Article in, int i, int end, boolean[] covered) {
    String w = in.tokenText(i);
    if (w.length() < 4 || !w.endsWith("s") || !Character.isUpperCase(w.charAt(0))
        || !Character.isLowerCase(w.charAt(1))) {
      return null;
    }
    Sentence s = in.sentence(in.sentenceOfToken(i));
    if (i > s.firstToken() && (covered[i - 1] || isCapitalised(in.tokenText(i - 1)))
        || i + 1 < end && (covered[i + 1] || isCapitalised(in.tokenText(i + 1)))) {
      return null;
    }
    List<String> codes = t.countries().codesOfDemonym(w);
    return codes != null && codes.size() == 1 ? codes.get(0) : null;
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static Named namedAt(Tables t, Article in, int i, int end, boolean[] covered) {
    if (!t.groups().namedFirstChars().get(in.text().charAt(in.tokenStart(i)))) {
      return null; // no named group starts with this token's first character
    }
    List<Named> cands = t.groups().named().get(in.tokenText(i));
    if (cands == null) {
      return null;
    }
    for (Named g : cands) {
      String[] w = g.words();
      boolean ok = i + w.length <= end;
      for (int k = 1; ok && k < w.length; k++) {
        String tok = in.tokenText(i + k);
        ok = !covered[i + k] && (tok.equals(w[k]) || w[k].endsWith("'") && tok.equals("'") && w[k].length() > 1);
      }
      if (ok && w.length > 1 && w[w.length - 1].endsWith("'")) {
        ok = false; // tokens split the apostrophe off; the table's spellings without it cover these
      }
      if (ok) {
        return g;
      }
    }
    return null;
  }

  /**
   * The country of a place actor right after "in", "of" or "from" (and "the") at token {@code from}; when
   * {@code anywhere}, of the first country actor in the sentence after it; or null.
   */
  private static String countryAfter(Article in, List<Actor> out, int from, int end, boolean anywhere) {
    int k = from;
    if (k < end) {
      String w = in.tokenText(k);
      if (w.equals("in") || w.equals("of") || w.equals("from")) {
        k++;
        if (k < end && in.tokenText(k).equalsIgnoreCase("the")) {
          k++;
        }
        // "dissidents from military-ruled Myanmar", "rebels in northern Mali": words of the place's kind or part
        for (int n = 0; n < 2 && k + 1 < end && isPlaceModifier(in.tokenText(k)); n++) {
          k++;
        }
        if (k < end) {
          for (Actor a : out) {
            if (a.start() == in.tokenStart(k) && a.country() != null) {
              return a.country();
            }
          }
        }
      }
    }
    if (anywhere && from < end) {
      String place = placeCountryAfter(in, out, from, end);
      if (place != null) { // "Demonstrators set fire to the French embassy in Tehran": where they are, not whom
        return place;
      }
      int lo = in.tokenStart(from);
      int hi = in.tokenEnd(end - 1);
      Actor first = null;
      for (Actor a : out) {
        if (a.start() >= lo && a.end() <= hi && a.country() != null && (first == null || a.start() < first.start())) {
          first = a;
        }
      }
      return first == null ? null : first.country();
    }
    return null;
  }

  /**
   * The country of the first place named in tokens {@code [from, end)} after "in", "near", "outside", "inside"
   * or "across" (past "the" and region words; not "at", of a target as often: "threw stones at"): where an unnamed group acts (issue 6, s6-roles); null
   * when the sentence names no such place.
   */
  private static String placeCountryAfter(Article in, List<Actor> out, int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (!PLACE_PREPS.contains(in.tokenText(k))) {
        continue;
      }
      int j = k + 1;
      if (in.tokenText(j).equalsIgnoreCase("the")) {
        j++;
      }
      for (int n = 0; n < 2 && j + 1 < end && isPlaceModifier(in.tokenText(j)); n++) {
        j++;
      }
      if (j < end) {
        for (Actor a : out) {
          if (a.start() == in.tokenStart(j) && a.country() != null && isProperName(a.name())) {
            return a.country(); // "in Tehran", not "outside the US embassy": a building is no place
          }
        }
      }
    }
    return null;
  }

  /** Whether every word of {@code name} is capitalised: a place's name, not "French embassy". */
  private static boolean isProperName(String name) {
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (start && Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      start = c == ' ';
    }
    return true;
  }

  /** Prepositions of where an act happens: "in Tehran", "outside the embassy in Berlin". */
  private static final Set<String> PLACE_PREPS = Set.of("in", "near", "outside", "inside", "across");

  /** A lower-case word that may stand between "in"/"from" and a country: a region word or a hyphened adjective. */
  private static boolean isPlaceModifier(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (REGION_WORDS.contains(w) || w.indexOf('-') > 0
        || w.equals("neighbouring") || w.equals("neighboring"));
  }

  // ---------------------------------------------------------------- user dictionaries

  /** Codes that are no country: an actor with one of them has a null country. */
  private static final Set<String> NO_COUNTRY = Set.of("IGO", "NGO", "IMG", "MNC", "UAF", "---");

  /**
   * Actors from the user's dictionaries, sentence by sentence, longest phrase first: an actor phrase, with an
   * agent right after it ("Gondor police", "Gondor's foreign minister") adding the agent's code; an agent then
   * "of"/"from"/"in" (the) actor ("the president of Gondor", "soldiers from Gondor"); an agent alone, coded with
   * no country ({@code ---GOV}).
   */
  private List<Actor> userActors(Article in) {
    List<Actor> out = new ArrayList<>();
    int n = in.tokenCount();
    String[] text = new String[n];
    String[] upper = new String[n];
    for (int i = 0; i < n; i++) {
      text[i] = in.tokenText(i);
      upper[i] = text[i].toUpperCase(java.util.Locale.ROOT);
    }
    for (int si = 0; si < in.sentenceCount(); si++) {
      Sentence s = in.sentence(si);
      int end = s.endToken();
      for (int i = s.firstToken(); i < end; ) {
        ActorDictionary.Match act = user.actorAt(upper, text, i, end);
        if (act != null) {
          String code = act.entry().codeOn(in.published());
          int last = act.end();
          int j = last < end && (text[last].equals("'s") || text[last].equals("\u2019s")) ? last + 1 : last;
          ActorDictionary.Match ag = j < end ? user.agentAt(upper, j, end) : null;
          if (ag != null) {
            code = withAgent(code, ag.entry().codeOn(null));
            last = ag.end();
          }
          out.add(userActor(in, i, last, code));
          i = last;
          continue;
        }
        ActorDictionary.Match ag = user.agentAt(upper, i, end);
        if (ag != null) {
          int j = ag.end();
          if (j < end && (upper[j].equals("OF") || upper[j].equals("FROM") || upper[j].equals("IN"))) {
            // "the president of Gondor", "soldiers from Gondor", "activists in Arnor": that country's
            j++;
            if (j < end && upper[j].equals("THE")) {
              j++;
            }
            ActorDictionary.Match of = j < end ? user.actorAt(upper, text, j, end) : null;
            if (of != null) {
              out.add(userActor(in, i, of.end(), withAgent(of.entry().codeOn(in.published()),
                  ag.entry().codeOn(null))));
              i = of.end();
              continue;
            }
          }
          out.add(userActor(in, i, ag.end(), withAgent("---", ag.entry().codeOn(null))));
          i = ag.end();
          continue;
        }
        i++;
      }
    }
    return out;
  }

  private static Actor userActor(Article in, int first, int endToken, String code) {
    int start = in.tokenStart(first);
    int end = in.tokenEnd(endToken - 1);
    String primary = code.length() >= 3 ? code.substring(0, 3) : code;
    String country = primary.length() == 3 && !NO_COUNTRY.contains(primary) && primary.chars().allMatch(
        Character::isLetter) ? primary : null;
    return new Actor(start, end, in.text().substring(start, end), null, code, country);
  }

  /** An actor code with an agent's: {@code ~GOV} is a suffix, {@code NGO~} a prefix (the country dropped). */
  static String withAgent(String code, String agent) {
    if (agent.startsWith("~")) {
      String suffix = agent.substring(1);
      return code.endsWith(suffix) ? code : code + suffix;
    }
    int tilde = agent.indexOf('~');
    return tilde > 0 ? agent.substring(0, tilde) : code;
  }

  @Override
  public void close() {
    tables = null;
  }
}

package org.herald.stage.event;

import static org.herald.stage.event.EventWords.INTENT_CUES;
import static org.herald.stage.event.EventWords.NEGATION_CUES;
import static org.herald.stage.event.EventWords.REPORTING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.LayerKey;
import org.herald.model.Sentence;
import org.herald.model.Span;
import org.herald.pipeline.Resources;
import org.herald.pipeline.Stage;
import org.herald.stage.actor.ActorStage;
import org.herald.stage.date.DateStage;
import org.herald.stage.name.Countries;
import org.herald.stage.quote.QuoteStage;
import org.herald.stage.syntax.Syntax;

/**
 * Codes who did what to whom: finds trigger verbs and nouns from {@code event-verbs-v1.tsv} in each sentence
 * (longest match), then by a shallow clause analysis (no parser) takes the source from the subject actor(s) or
 * the possessor, the target from the object or a prepositional actor after the trigger, the status from
 * auxiliaries and cue verbs, yes/no questions, negative subjects and the verb whose complement the trigger is
 * ("want the government to withdraw", "refused to rule out sending"), the date from the clause's time expression
 * and the place from a location named after "in"/"at". One event per source; the same event said twice in an
 * article is kept once. Where no pattern fits there is no event. Thread-safe after {@link #open}.
 *
 * <p>This class loads the resources and runs the article; the rules live in package-private classes:
 * {@code EventDoc} (the article as the rules read it, with its implicit actors), {@code SentenceCoder} (one
 * sentence's events), {@code TriggerFinder}, {@code RoleFinder}, {@code StatusReader}, {@code EventWhenWhere} and
 * {@code CameoConventions}.
 */
public final class EventStage implements Stage {
  /** The layer this stage adds. */
  public static final LayerKey<Event> EVENTS = LayerKey.of("events", Event.class);
  /** The unnamed domestic groups ("villagers", "rebels") that stand for the sentence's country. */
  static final String DOMESTIC_RESOURCE = "event-domestic-v1.tsv";
  /** Common verbs outside the pattern table, to tell an object from a subject ("reminded Koreans that"). */
  private static final Set<String> OTHER_VERBS = Set.of("say", "tell", "remind", "include", "name", "elect",
      "appoint", "see", "bring", "make", "give", "take", "call", "urge", "ask", "join", "replace", "succeed",
      "outline", "inform", "leave", "reach", "beat", "lead", "become", "like", "want", "need", "let", "force");

  /** The user's verb dictionary, consulted before the built-in triggers. */
  private final VerbDictionary verbs;
  /** What {@link #open} loaded for the rules; null before. */
  private EventTables tables;

  /** An event stage with the built-in triggers only. */
  public EventStage() {
    this(VerbDictionary.EMPTY);
  }

  /**
   * An event stage that codes the verbs of {@code verbs} (a PETRARCH verb dictionary) with the user's codes,
   * before the built-in triggers: where a user verb stands, its patterns decide the code, or that there is none.
   */
  public EventStage(VerbDictionary verbs) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Article.SENTENCES, ActorStage.ACTORS, DateStage.TIMEX, QuoteStage.QUOTES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(EVENTS);
  }

  @Override
  public void open(Resources resources) {
    CameoTable cameo = CameoTable.load(resources);
    ClauseRoles clauseRoles = new ClauseRoles(Syntax.load(resources));
    TriggerLexicon lexicon = TriggerLexicon.load(resources, cameo);
    Set<String> lex = new HashSet<>(lexicon.words());
    lex.addAll(INTENT_CUES);
    lex.addAll(NEGATION_CUES);
    lex.addAll(REPORTING);
    lex.addAll(OTHER_VERBS);
    Map<String, CameoCode> user = new HashMap<>();
    for (String c : verbs.codes()) {
      if (cameo.get(c) == null) {
        user.put(c, userCode(cameo, c));
      }
    }
    Map<String, CameoCode> userCodes = Map.copyOf(user);
    Lemmatizer lemmatizer = new Lemmatizer(lex);
    Map<String, String> sg = new HashMap<>();
    for (String w : lexicon.words()) {
      if (w.length() > 3 && !w.endsWith("s")) {
        sg.put(w + "s", w);
      }
    }
    Map<String, String> singulars = Map.copyOf(sg);
    Set<String> heads = new HashSet<>(lexicon.verbHeads()); // not the nouns of the patterns: "rights group Amnesty"
    heads.addAll(INTENT_CUES);
    heads.addAll(NEGATION_CUES);
    heads.addAll(REPORTING);
    heads.addAll(OTHER_VERBS);
    Set<String> verbLemmas = Set.copyOf(heads);
    Map<String, String> dem = new HashMap<>();
    Set<String> shared = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    Set<String> caps = new HashSet<>();
    for (Countries.Country c : Countries.load(resources).all()) {
      names.put(c.iso3(), c.name());
      if (c.capital() != null) {
        caps.add(c.capital());
      }
      for (String dm : c.demonyms()) {
        String k = dm.toLowerCase(Locale.ROOT);
        if (k.contains(" ")) {
          continue;
        }
        String prev = dem.putIfAbsent(k, c.iso3());
        if (prev != null && !prev.equals(c.iso3())) {
          shared.add(k); // "Korean": two countries, so no actor
        }
      }
    }
    shared.forEach(dem::remove);
    Map<String, String> demonyms = Map.copyOf(dem);
    Set<String> capitals = Set.copyOf(caps);
    Map<String, String> plural = new HashMap<>();
    dem.forEach((k, v) -> {
      if (k.endsWith("an") || k.endsWith("i")) { // "Algerians", "Iraqis"; not "the Chinese", "the British"
        plural.put(k + "s", v);
      }
    });
    Map<String, String> pluralDemonyms = Map.copyOf(plural);
    Map<String, String> countryNames = Map.copyOf(names);
    Map<String, String> domestic = new HashMap<>();
    for (String line : resources.lines(DOMESTIC_RESOURCE)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException(DOMESTIC_RESOURCE + ": not 2 columns: " + line);
      }
      domestic.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
    }
    Map<String, String> domesticNouns = Map.copyOf(domestic);
    tables = new EventTables(verbs, userCodes, cameo, clauseRoles, lexicon, lemmatizer, singulars, verbLemmas,
        demonyms, countryNames, capitals, pluralDemonyms, domesticNouns);
  }

  /**
   * An entry for a user code outside the CAMEO table: the nearest CAMEO code above it lends its class, score and
   * PLOVER type ("174L" → 174); a code under no CAMEO root is a verbal cooperation of its own.
   */
  private static CameoCode userCode(CameoTable cameo, String c) {
    for (int n = Math.min(c.length(), 4); n >= 2; n--) {
      CameoCode up = cameo.get(c.substring(0, n));
      if (up != null && n < c.length()) {
        return new CameoCode(c, up.name() + " (user code)", up.quadClass(), up.goldstein(), up.plover(), up.mode());
      }
    }
    return new CameoCode(c, "user code", 1, 0, "OTHER", null);
  }

  /** The CAMEO table this stage codes with; null before {@link #open}. */
  public CameoTable cameo() {
    return tables == null ? null : tables.cameo();
  }

  @Override
  public Article apply(Article in) {
    Objects.requireNonNull(in, "in");
    EventTables tables = this.tables;
    if (tables == null) {
      throw new IllegalStateException("events stage used before open()");
    }
    if (in.tokenCount() == 0) {
      return in.with(EVENTS, List.of());
    }
    EventDoc doc = new EventDoc(in, tables);
    List<Draft> drafts = new ArrayList<>();
    for (int s = 0; s < in.sentenceCount(); s++) {
      new SentenceCoder(doc, in.sentence(s), tables).code(drafts);
    }
    if (doc.sport || doc.soft) {
      drafts.removeIf(d -> !doc.politicalInSport(d));
    }
    drafts.replaceAll(doc::inCombatSense);
    drafts.removeIf(Objects::isNull);
    CameoConventions.apply(drafts, doc, tables.cameo()); // riots, accusations, military force, trips (s7-petr)
    drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.order));
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Draft d : drafts) {
      String key = d.source.code() + "|" + (d.target == null ? "" : d.target.code()) + "|" + d.code.code() + "|"
          + d.date + "|" + d.status;
      if (!seen.add(key)) {
        continue; // the same event said twice: keep the first
      }
      events.add(new Event("V" + (events.size() + 1), d.start, d.end, in.text().substring(d.start, d.end),
          Span.of(d.sentence.start(), d.sentence.end()), d.source, d.target, d.code.code(), d.code.plover(),
          d.code.mode(), d.code.quadClass(), d.code.goldstein(), d.status, d.date, d.location));
    }
    return in.with(EVENTS, events);
  }

  /** An event before ids and merging. */
  record Draft(int start, int end, int order, Sentence sentence, Participant source, Participant target,
                       CameoCode code, EventStatus status, String date, Location location) {
  }
}

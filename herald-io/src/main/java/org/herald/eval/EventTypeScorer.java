package org.herald.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herald.stage.event.Event;
import org.herald.stage.event.Participant;

/**
 * Scores Herald's events against PLOVER gold standard records, one event per record. Herald's event for a
 * one-sentence record is chosen as {@link #choose} says: the events of the first trigger, in text order, that
 * codes a PLOVER interaction (not a CAMEO 01 statement), else of the first trigger. A record counts as right in
 * <em>type</em> when that event's PLOVER type is the record's (no Herald event: wrong), and as a <em>full</em>
 * match when moreover the countries of the trigger's sources are the record's source codes and the countries of
 * its targets the record's target codes (a record without a target accepts only targets that are also its
 * sources: the reciprocal "A and B agreed"). Countries compare as ISO 3166 alpha-3; an actor without a country
 * compares by the first three letters of its code ({@code IGO}, {@code NGO}).
 *
 * <p>The records follow CAMEO's convention of coding what was said about an act: a pledge or offer to cooperate
 * is AGREE (CAMEO 03), an intention to act against someone THREATEN (13), a refusal or failure REJECT (12).
 * Herald instead keeps the act's own code and marks it intended or negated (issue 6: "will develop" is the act,
 * intended), so {@link #ploverType} reads an event the records' way before comparing. Mutable; not thread-safe.
 */
public final class EventTypeScorer {
  /** Old CAMEO country codes the gold file still uses, to their ISO 3166 alpha-3 codes. */
  private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  /** Counts of one gold type. */
  public static final class Counts {
    private int records;
    private int typeRight;
    private int fullRight;
    private int predicted;

    public int records() {
      return records;
    }

    public int typeRight() {
      return typeRight;
    }

    public int fullRight() {
      return fullRight;
    }

    /** How many records Herald gave this type (right or wrong). */
    public int predicted() {
      return predicted;
    }

    public double typeAccuracy() {
      return records == 0 ? 0 : typeRight / (double) records;
    }

    public double fullAccuracy() {
      return records == 0 ? 0 : fullRight / (double) records;
    }
  }

  /** The verdict on one record. */
  public record Verdict(String predictedType, boolean typeRight, boolean fullRight) {
  }

  /** Why a record is not a full match, or that it is: the scorer's breakdown of its records. */
  public enum Diagnosis {
    /** Type, sources and targets right. */
    RIGHT,
    /** No event, and no actor found in the sentence either. */
    NO_EVENT_NO_ACTOR,
    /** No event, though the sentence has an actor. */
    NO_EVENT,
    /** The chosen event has another type, but a later event in the sentence has the record's. */
    TYPE_LATER,
    /** No event of the sentence has the record's type. */
    TYPE_WRONG,
    /** Type right, sources wrong. */
    SOURCE_WRONG,
    /** Type and sources right, targets wrong. */
    TARGET_WRONG
  }

  private final Map<String, Counts> byType = new TreeMap<>();
  private final Counts overall = new Counts();
  private final Map<Diagnosis, Integer> diagnoses = new java.util.EnumMap<>(Diagnosis.class);

  /** Scores one record against the events Herald found in its sentence. */
  public Verdict add(PloverRecord gold, List<Event> events) {
    return add(gold, events, -1);
  }

  /**
   * Scores one record, as {@link #add(PloverRecord, List)}, and counts its {@link Diagnosis}; {@code actors} is
   * how many actors Herald found in the sentence (negative: unknown).
   */
  public Verdict add(PloverRecord gold, List<Event> events, int actors) {
    List<Event> chosen = choose(events);
    String predicted = chosen.isEmpty() ? null : ploverType(chosen.get(0));
    boolean typeRight = gold.type().equals(predicted);
    boolean fullRight = typeRight && actorsMatch(gold, chosen);
    Counts c = byType.computeIfAbsent(gold.type(), t -> new Counts());
    for (Counts x : List.of(c, overall)) {
      x.records++;
      x.typeRight += typeRight ? 1 : 0;
      x.fullRight += fullRight ? 1 : 0;
    }
    if (predicted != null) {
      byType.computeIfAbsent(predicted, t -> new Counts()).predicted++;
      overall.predicted++;
    }
    diagnoses.merge(diagnose(gold, events, chosen, typeRight, fullRight, actors), 1, Integer::sum);
    return new Verdict(predicted, typeRight, fullRight);
  }

  private static Diagnosis diagnose(PloverRecord gold, List<Event> events, List<Event> chosen, boolean typeRight,
      boolean fullRight, int actors) {
    if (fullRight) {
      return Diagnosis.RIGHT;
    }
    if (chosen.isEmpty()) {
      return actors == 0 ? Diagnosis.NO_EVENT_NO_ACTOR : Diagnosis.NO_EVENT;
    }
    if (!typeRight) {
      return events.stream().anyMatch(e -> gold.type().equals(ploverType(e))) ? Diagnosis.TYPE_LATER
          : Diagnosis.TYPE_WRONG;
    }
    Set<String> sources = new HashSet<>();
    for (Event e : chosen) {
      sources.add(countryOf(e.source()));
    }
    return sources.equals(normalised(gold.sources())) ? Diagnosis.TARGET_WRONG : Diagnosis.SOURCE_WRONG;
  }

  /** How many records fell under each diagnosis, in the enum's order. */
  public Map<Diagnosis, Integer> diagnoses() {
    return diagnoses;
  }

  /**
   * Herald's event for a one-sentence record: every event sharing the trigger of the first event (in text order)
   * whose PLOVER type is an interaction (not {@code STATEMENT}), else of the first event; empty when none.
   */
  public static List<Event> choose(List<Event> events) {
    Event head = null;
    for (Event e : events) {
      if (!ploverType(e).equals("STATEMENT") && (head == null || e.start() < head.start())) {
        head = e;
      }
    }
    if (head == null) {
      for (Event e : events) {
        if (head == null || e.start() < head.start()) {
          head = e;
        }
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (head != null && e.start() == head.start() && e.end() == head.end()) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * An event's PLOVER type as the gold records code it: an intended cooperative act (quad class 1-2) is AGREE,
   * an intended hostile one (3-4) THREATEN, a negated act REJECT; otherwise the event's own type, in the records'
   * older vocabulary where it is finer than the current one: the records (PLOVER 0.5b1) keep FIGHT for every
   * CAMEO 19 code (conventional military force, blockade and occupation included) and INVESTIGATE for CAMEO 09,
   * which the 2021 table Herald codes with has merged into ASSAULT and ACCUSE (and 191/192 into COERCE); see
   * {@link #legacyType} for the other codes the 2021 table moved.
   */
  public static String ploverType(Event e) {
    return switch (e.status()) {
      case INTENDED -> e.quadClass() <= 2 ? (e.plover().equals("STATEMENT") ? "STATEMENT" : "AGREE")
          : "THREATEN";
      case NEGATED -> "REJECT";
      default -> legacyType(e.cameo(), e.plover());
    };
  }

  /**
   * The records' (PLOVER 0.5b1) type of a CAMEO code where the 2021 table Herald codes with moved it: CAMEO 19
   * and 203 were FIGHT, 09 INVESTIGATE, sanctions and embargoes (163) SANCTION, destroying property (1712)
   * COERCE, resigning (0831) RETREAT and easing a curfew (0813) CONCEDE.
   */
  static String legacyType(String cameo, String plover) {
    if (cameo.startsWith("19") || cameo.equals("203")) {
      return "FIGHT";
    }
    if (cameo.startsWith("09")) {
      return "INVESTIGATE";
    }
    return switch (cameo) {
      case "163" -> "SANCTION";
      case "1712" -> "COERCE";
      case "0831" -> "RETREAT";
      case "0813" -> "CONCEDE";
      default -> plover;
    };
  }

  private static boolean actorsMatch(PloverRecord gold, List<Event> chosen) {
    Set<String> sources = new HashSet<>();
    Set<String> targets = new HashSet<>();
    for (Event e : chosen) {
      sources.add(countryOf(e.source()));
      if (e.target() != null) {
        targets.add(countryOf(e.target()));
      }
    }
    Set<String> goldSources = normalised(gold.sources());
    Set<String> goldTargets = normalised(gold.targets());
    if (!sources.equals(goldSources)) {
      return false;
    }
    return goldTargets.isEmpty() ? goldSources.containsAll(targets) : targets.equals(goldTargets);
  }

  private static Set<String> normalised(List<String> codes) {
    Set<String> out = new HashSet<>();
    for (String c : codes) {
      String primary = c.length() > 3 ? c.substring(0, 3) : c;
      out.add(LEGACY.getOrDefault(primary, primary));
    }
    return out;
  }

  /** A participant's country code, or the first three letters of its actor code when it has none. */
  static String countryOf(Participant p) {
    if (p.country() != null) {
      return p.country().toUpperCase(Locale.ROOT);
    }
    String c = p.code().toUpperCase(Locale.ROOT);
    return c.length() > 3 ? c.substring(0, 3) : c;
  }

  /** Per gold type (and each type Herald predicted), by type name. */
  public Map<String, Counts> byType() {
    return byType;
  }

  /** Counts over every record. */
  public Counts overall() {
    return overall;
  }
}

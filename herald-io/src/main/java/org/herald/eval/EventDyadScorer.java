package org.herald.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.herald.stage.event.Event;
import org.herald.stage.event.EventStatus;
import org.herald.stage.event.Participant;

/**
 * Scores Herald's events against PETRARCH validation records, coding by coding. An expected coding is matched
 * at the <em>root</em> level when some Herald event in the sentence has the same primary source and target
 * actor (the first three letters of the code: {@code USAGOV} → {@code USA}; an expected target {@code ---} wants
 * an event without a target) and the same CAMEO root; at the <em>type</em> level when some event has the root,
 * whoever the actors; <em>fully</em> when the source and target codes and the event code are all exactly the
 * expected ones. An intended act of material conflict also counts as the threat CAMEO makes of it ({@link #threatRoot}).
 * A {@code noevents} record is right when Herald finds no event in it. Mutable; not thread-safe.
 */
public final class EventDyadScorer {
  /** Counts of one expected CAMEO root. */
  public static final class Counts {
    private int codings;
    private int rootMatched;
    private int typeMatched;
    private int fullMatched;

    public int codings() {
      return codings;
    }

    public int rootMatched() {
      return rootMatched;
    }

    public int typeMatched() {
      return typeMatched;
    }

    public int fullMatched() {
      return fullMatched;
    }

    public double rootMatch() {
      return codings == 0 ? 0 : rootMatched / (double) codings;
    }

    public double typeMatch() {
      return codings == 0 ? 0 : typeMatched / (double) codings;
    }

    public double fullMatch() {
      return codings == 0 ? 0 : fullMatched / (double) codings;
    }
  }

  /** The verdict on one record: codings matched at the root level, and whether a noevents record held. */
  public record Verdict(int codings, int rootMatched, boolean noEventRight) {
  }

  private final Map<String, Counts> byRoot = new TreeMap<>();
  private final Counts overall = new Counts();
  private int noEventRecords;
  private int noEventRight;

  /** Scores one record against the events Herald found in its sentence. */
  public Verdict add(PetrarchRecord gold, List<Event> events) {
    if (gold.noEvents()) {
      noEventRecords++;
      boolean ok = events.isEmpty();
      noEventRight += ok ? 1 : 0;
      return new Verdict(0, 0, ok);
    }
    int matched = 0;
    for (PetrarchRecord.Coding c : gold.codings()) {
      boolean root = false;
      boolean type = false;
      boolean full = false;
      for (Event e : events) {
        if (!rootOf(e.cameo()).equals(c.root()) && !threatRoot(e).equals(c.root())) {
          continue;
        }
        type = true;
        boolean actors = primary(c.source()).equals(primary(e.source()))
            && primary(c.target()).equals(primary(e.target()));
        root |= actors;
        full |= actors && e.cameo().equals(c.code()) && code(e.source()).equals(c.source().toUpperCase(Locale.ROOT))
            && code(e.target()).equals(c.target().toUpperCase(Locale.ROOT));
      }
      matched += root ? 1 : 0;
      Counts k = byRoot.computeIfAbsent(c.root(), x -> new Counts());
      for (Counts x : List.of(k, overall)) {
        x.codings++;
        x.rootMatched += root ? 1 : 0;
        x.typeMatched += type ? 1 : 0;
        x.fullMatched += full ? 1 : 0;
      }
    }
    return new Verdict(gold.codings().size(), matched, true);
  }

  /**
   * The root CAMEO's codebook gives an intended act of material conflict ("wants to attack", "will invade"): a
   * threat, 13 (CAMEO 138, "threaten with military force"), as {@link EventTypeScorer#ploverType} also reads it;
   * empty for any other event. Herald keeps the act's own code with the status intended, and PETRARCH's verb
   * dictionaries code the verb whatever its mood, so a coding with either root counts.
   */
  static String threatRoot(Event e) {
    return e.status() == EventStatus.INTENDED && e.quadClass() == 4 ? "13" : "";
  }

  private static String rootOf(String cameo) {
    return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
  }

  private static String primary(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    return c.length() > 3 ? c.substring(0, 3) : c;
  }

  private static String primary(Participant p) {
    return p == null ? "---" : primary(p.code());
  }

  private static String code(Participant p) {
    return p == null ? "---" : p.code().toUpperCase(Locale.ROOT);
  }

  /** Per expected CAMEO root, by root. */
  public Map<String, Counts> byRoot() {
    return byRoot;
  }

  /** Counts over every expected coding. */
  public Counts overall() {
    return overall;
  }

  /** Records that expect no event. */
  public int noEventRecords() {
    return noEventRecords;
  }

  /** Share of the {@code noevents} records where Herald found no event; 1 when there are none. */
  public double noEventRate() {
    return noEventRecords == 0 ? 1 : noEventRight / (double) noEventRecords;
  }
}

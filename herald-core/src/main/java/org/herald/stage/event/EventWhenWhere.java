package org.herald.stage.event;

import static org.herald.stage.event.EventWords.DETS;
import static org.herald.stage.event.EventWords.PLACE_PREPS;
import static org.herald.stage.event.EventWords.PREPS;

import java.time.LocalDate;
import java.util.Set;
import org.herald.model.Sentence;
import org.herald.stage.actor.Actor;
import org.herald.stage.date.TimeExpression;
import org.herald.stage.date.TimexType;
import org.herald.stage.name.Entity;
import org.herald.stage.name.EntityType;
import org.herald.stage.name.Mention;

/**
 * When and where a coded event happened. The date (TIMEX3 value) is the first usable time expression after the
 * trigger in its clause segment, else the last before it, else the date before a "when" clause, else one that opens
 * the sentence, else the publication date for an asserted present perfect ("has met"). The place is the first
 * location named after a preposition of place ("in", "near", "at") after the trigger in its segment, else one
 * named before it; where talks are held at a city actor, that city. One a sentence, made by its {@link SentenceCoder}
 * once the sentence has triggers; it only reads its {@link EventDoc}, and like the coder is not shared between
 * threads.
 */
final class EventWhenWhere {
  /** Adverbs of lasting or repeated action: a present perfect with them is not a dated event. */
  private static final Set<String> DURATIVE = Set.of("incessantly", "always", "long", "repeatedly",
      "consistently", "continuously", "constantly", "traditionally", "often", "ever", "never", "steadily",
      "persistently", "regularly", "historically");
  private static final Set<String> TIME_BLOCKERS = Set.of("since", "until", "till", "by");

  private final EventDoc d;
  private final Sentence s;
  private final int lo;
  private final int hi; // exclusive

  /** The date and place rules of sentence {@code s} of {@code d}. */
  EventWhenWhere(EventDoc d, Sentence s) {
    this.d = d;
    this.s = s;
    this.lo = s.firstToken();
    this.hi = s.endToken();
  }

  // ---- date ----

  /**
   * The date of trigger {@code t}'s act, a TIMEX3 value ("2024-06-17", or "start/end" for a range), or null;
   * {@code [segStart, segEnd)} are the tokens of its clause segment, {@code status} its status.
   */
  String date(Trigger t, int segStart, int segEnd, EventStatus status) {
    int segStartOff = d.a.tokenStart(segStart);
    int segEndOff = segEnd < hi ? d.a.tokenStart(segEnd) : s.end();
    int trigStart = d.a.tokenStart(t.first);
    int trigEnd = d.a.tokenEnd(t.last);
    TimeExpression after = null;
    TimeExpression before = null;
    TimeExpression initial = null;
    for (TimeExpression x : d.timex) {
      if (x.start() < s.start() || x.end() > s.end() || !usable(x)) {
        continue;
      }
      int xt = d.a.tokenAtOrAfter(x.start());
      boolean blocked = xt > lo && TIME_BLOCKERS.contains(d.lower[xt - 1]);
      if (xt <= lo + 1 && initial == null && !blocked) {
        initial = x;
      }
      if (blocked || x.start() < segStartOff || x.end() > segEndOff) {
        continue;
      }
      if (x.start() >= trigEnd && after == null) {
        after = x;
      } else if (x.end() <= trigStart) {
        before = x;
      }
    }
    TimeExpression chosen = after != null ? after : before;
    if (chosen == null) {
      chosen = whenClauseDate(segStart);
    }
    if (chosen == null) {
      chosen = initial;
    }
    if (chosen != null) {
      return chosen.endValue() != null ? chosen.value() + "/" + chosen.endValue() : chosen.value();
    }
    return publicationDateIfToday(t, status);
  }

  boolean usable(TimeExpression x) {
    return (x.type() == TimexType.DATE || x.type() == TimexType.TIME) && !x.value().isEmpty()
        && Character.isDigit(x.value().charAt(0));
  }

  /** "since 2000, when he met with …": the clause opened by "when" takes the date just before it. */
  TimeExpression whenClauseDate(int segStart) {
    int k = segStart - 1;
    if (k < lo || !d.lower[k].equals("when")) {
      return null;
    }
    int j = k - 1;
    if (j >= lo && d.lower[j].equals(",")) {
      j--;
    }
    if (j < lo) {
      return null;
    }
    int end = d.a.tokenEnd(j);
    for (TimeExpression x : d.timex) {
      if (x.end() == end && usable(x)) {
        return x;
      }
    }
    return null;
  }

  /**
   * The publication date, for an asserted present perfect ("has met", "have signed") in a sentence with no
   * time expression and no adverb of lasting action; otherwise null. Conservative: a simple past without a
   * date may be history.
   */
  String publicationDateIfToday(Trigger t, EventStatus status) {
    LocalDate published = d.a.published();
    if (published == null || status != EventStatus.ASSERTED || t.nominal) {
      return null;
    }
    for (TimeExpression x : d.timex) {
      if (s.contains(x)) {
        return null;
      }
    }
    boolean perfect = false;
    for (int k = t.first - 1; k >= lo && k >= t.first - 3; k--) {
      String w = d.lower[k];
      if (DURATIVE.contains(w)) {
        return null;
      }
      if (w.equals("has") || w.equals("have") || w.equals("'ve") || w.equals("’ve")) {
        perfect = true;
        break;
      }
      if (!w.endsWith("ly") && !w.equals("also") && !w.equals("just") && !w.equals("now")) {
        break;
      }
    }
    return perfect ? published.toString() : null;
  }

  // ---- location ----

  /** Where talks held at place actor {@code a} took place: its entity's name and coordinates, else its name. */
  Location venueLocation(Actor a) {
    if (a.entity() != null) {
      for (Entity e : d.entities) {
        if (e.id().equals(a.entity())) {
          return toLocation(e);
        }
      }
    }
    return new Location(a.name(), a.country(), null, null);
  }

  /** Where trigger {@code t}'s act happened, or null; {@code [segStart, segEnd)} are its segment's tokens. */
  Location location(Trigger t, int segStart, int segEnd) {
    if (d.entities.isEmpty()) {
      return null;
    }
    int lo2 = d.a.tokenStart(segStart);
    int hi2 = segEnd < hi ? d.a.tokenStart(segEnd) : s.end();
    int trigEnd = d.a.tokenEnd(t.last);
    Location before = null;
    Mention best = null;
    Entity bestEntity = null;
    for (Entity e : d.entities) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.start() < lo2 || m.end() > hi2 || !afterPlacePreposition(m)) {
          continue;
        }
        if (m.start() >= trigEnd) {
          if (best == null || m.start() < best.start()) {
            best = m;
            bestEntity = e;
          }
        } else if (before == null) {
          before = toLocation(e, m);
        }
      }
    }
    return bestEntity != null ? toLocation(bestEntity, best) : before;
  }

  /**
   * Place {@code e} where mention {@code m} names it; of the other country, with no coordinates, where the actor
   * layer reads the mention as another country's town of that name ("Tripoli, the north Lebanese port").
   */
  Location toLocation(Entity e, Mention m) {
    int k = d.a.tokenAtOrAfter(m.start());
    if (k < d.actorAt.length && d.actorAt[k] >= 0) {
      Actor act = d.actor(d.actorAt[k]);
      if (act.country() != null && e.country() != null && !act.country().equals(e.country())
          && act.start() == m.start() && act.name().equals(e.name())) {
        return new Location(e.name(), act.country(), null, null);
      }
    }
    return toLocation(e);
  }

  boolean afterPlacePreposition(Mention m) {
    int k = d.a.tokenAtOrAfter(m.start()) - 1;
    int skipped = 0;
    while (k >= lo && skipped < 3 && (DETS.contains(d.lower[k])
        || Character.isLowerCase(d.a.tokenText(k).charAt(0)) && !PREPS.contains(d.lower[k]))) {
      k--;
      skipped++;
    }
    return k >= lo && (PLACE_PREPS.contains(d.lower[k]) || d.lower[k].equals("at")); // "near Maiduguri" too
  }

  Location toLocation(Entity e) {
    return new Location(e.name(), e.country(), e.geo() == null ? null : e.geo().lat(),
        e.geo() == null ? null : e.geo().lon());
  }
}

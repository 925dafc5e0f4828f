package org.herald.store;

import java.time.LocalDate;

/**
 * When two event reports are one event: the same source actor code, target actor code (empty when there is no
 * target) and CAMEO code, on days at most {@link #WINDOW_DAYS} apart, a report joining the nearest such linked
 * event (ties: the earliest made). The store and the stream job (issue 10) both link by this rule. Stateless.
 */
public final class EventLinkRule {
  /** How many days a report may be from a linked event's day and still be a report of it. */
  public static final int WINDOW_DAYS = 1;

  private EventLinkRule() {
  }

  /**
   * The epoch day of an event: its TIMEX3 value when that is a full day, else the publication day, else null (an
   * event with no day is never linked to another).
   */
  public static Long day(String timex, LocalDate published) {
    if (timex != null && timex.length() == 10 && timex.charAt(4) == '-' && timex.charAt(7) == '-'
        && Character.isDigit(timex.charAt(0))) {
      try {
        return LocalDate.parse(timex).toEpochDay();
      } catch (java.time.format.DateTimeParseException e) {
        // not a calendar day (XXXX-06-18): fall back to publication
      }
    }
    return published == null ? null : published.toEpochDay();
  }

  /** The part of the rule that must match exactly, as one string: source, target and CAMEO code. */
  public static String key(String sourceCode, String targetCode, String cameo) {
    return sourceCode + '|' + (targetCode == null ? "" : targetCode) + '|' + cameo;
  }

  /** Whether a report on {@code day} may belong to a linked event on {@code linkDay} (epoch days). */
  public static boolean within(long linkDay, long day) {
    return Math.abs(linkDay - day) <= WINDOW_DAYS;
  }
}

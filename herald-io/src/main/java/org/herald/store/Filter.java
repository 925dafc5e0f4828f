package org.herald.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a query keeps: a day range, an actor, an event type, a country, and how many results at most. Every
 * part is optional (null). For events the days are the events' days; for articles, their publication days.
 *
 * @param from first day kept, inclusive, or null
 * @param to last day kept, inclusive, or null
 * @param actor CAMEO actor code ({@code RUSGOV}) or its country part ({@code RUS}), source or target; or null
 * @param type PLOVER event type ({@code CONSULT}), or null
 * @param country ISO 3166-1 alpha-3 code of a participant or of the location, or null
 * @param limit the most results returned; 0 for all
 */
public record Filter(LocalDate from, LocalDate to, String actor, String type, String country, int limit) {
  public Filter {
    actor = upper(actor);
    type = upper(type);
    country = upper(country);
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("range " + from + ".." + to + " ends before it starts");
    }
  }

  /** Everything, no limit. */
  public static Filter all() {
    return new Filter(null, null, null, null, null, 0);
  }

  /** This filter with limit {@code n}. */
  public Filter limit(int n) {
    return new Filter(from, to, actor, type, country, n);
  }

  private static String upper(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}

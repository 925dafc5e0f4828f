package org.herald.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.herald.store.Filter;

/** Reads and checks query parameters; a bad one is a 400 naming it and its value. */
final class Params {
  /** The largest offset paging accepts: deeper pages are found by narrowing the filters. */
  static final int MAX_OFFSET = 10_000;

  private Params() {
  }

  /** A trimmed parameter, or null when absent or blank. */
  static String string(Context ctx, String name, int maxLength) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.strip();
    if (v.length() > maxLength) {
      throw ApiException.badParameter(name + " is longer than " + maxLength + " characters");
    }
    return v;
  }

  /** An integer parameter within {@code min..max}, or {@code fallback} when absent. */
  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = string(ctx, name, 12);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name + " '" + v + "' is not a whole number");
    }
    if (n < min || n > max) {
      throw ApiException.badParameter(name + " " + n + " is out of range " + min + ".." + max);
    }
    return n;
  }

  /** A YYYY-MM-DD parameter, or null. */
  static LocalDate date(Context ctx, String name) {
    String v = string(ctx, name, 10);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name + " '" + v + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** A code of letters, digits and '_' with {@code min..max} characters, or null. */
  static String code(Context ctx, String name, int min, int max) {
    String v = string(ctx, name, max + 1);
    if (v == null) {
      return null;
    }
    boolean ok = v.length() >= min && v.length() <= max;
    for (int i = 0; ok && i < v.length(); i++) {
      char c = v.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (!ok) {
      throw ApiException.badParameter(name + " '" + v + "' is not a code (" + (min == max ? min : min + "-" + max)
          + " letters or digits)");
    }
    return v;
  }

  /** The store filter of from, to, actor, type and country, with no limit. */
  static Filter filter(Context ctx) {
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to " + to + " is before from " + from);
    }
    return new Filter(from, to, code(ctx, "actor", 3, 30), code(ctx, "type", 2, 30), code(ctx, "country", 3, 3), 0);
  }

  /** The page size: {@code limit}, 20 by default, at most {@code max}. */
  static int limit(Context ctx, int max) {
    return integer(ctx, "limit", Math.min(20, max), 1, max);
  }

  /** The page start: {@code offset}, 0 by default. */
  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, MAX_OFFSET);
  }
}

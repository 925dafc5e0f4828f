package org.herald.stage.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * Anchor arithmetic for TIMEX3 values: pure static functions that place a weekday, month, season or offset
 * relative to an anchor date (usually the publication date) and format the result as a TIMEX3 value. When the
 * anchor is null the functions never invent a date: they return X-values such as {@code XXXX-09} or
 * {@code XXXX-WXX-2}, or {@code PAST_REF}/{@code PRESENT_REF}/{@code FUTURE_REF} for pure offsets. Stateless
 * and thread-safe; the events stage may reuse it.
 */
public final class TimexResolver {
  /** Which occurrence of a recurring name ("Tuesday", "September") an expression means. */
  public enum Direction {
    /** The latest one on or before the anchor (past-tense context). */
    PAST,
    /** The first one after the anchor (future-tense context); for months and dates, on or after. */
    FUTURE,
    /** The one closest to the anchor, either side. */
    NEAREST,
    /** "last": the latest one strictly before the anchor's own period. */
    LAST,
    /** "next": the first one strictly after the anchor's own period. */
    NEXT,
    /** "this": the one in the anchor's own week, year or season-year. */
    THIS
  }

  /** Calendar units: their TIMEX3 duration letter and whether a duration of them needs the {@code T} marker. */
  public enum Unit {
    SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false),
    WEEKEND("WE", false), MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false),
    CENTURY("CE", false);

    private final String letter;
    private final boolean time;

    Unit(String letter, boolean time) {
      this.letter = letter;
      this.time = time;
    }

    /** The TIMEX3 duration letter, such as {@code D} or {@code DE}. */
    public String letter() {
      return letter;
    }

    /** Whether durations of this unit are written {@code PT…}. */
    public boolean isTime() {
      return time;
    }
  }

  /** The four seasons with their TIMEX3 codes; winter belongs to the year in which its December falls. */
  public enum Season {
    SP, SU, FA, WI
  }

  private TimexResolver() {
  }

  // ---- weekdays ----

  /**
   * The date of weekday {@code day} relative to {@code anchor}.
   *
   * @return the date, or null when {@code anchor} is null
   */
  public static LocalDate weekdayDate(LocalDate anchor, DayOfWeek day, Direction dir) {
    Objects.requireNonNull(day, "day");
    if (anchor == null) {
      return null;
    }
    return switch (dir) {
      case PAST -> anchor.with(TemporalAdjusters.previousOrSame(day));
      case LAST -> anchor.with(TemporalAdjusters.previous(day));
      case FUTURE, NEXT -> anchor.with(TemporalAdjusters.next(day));
      case THIS -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(day.getValue() - 1L);
      case NEAREST -> {
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = anchor.with(TemporalAdjusters.next(day));
        yield anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay() ? before : after;
      }
    };
  }

  /** The TIMEX3 value of weekday {@code day}: {@code 2024-06-18}, or {@code XXXX-WXX-2} without an anchor. */
  public static String weekday(LocalDate anchor, DayOfWeek day, Direction dir) {
    LocalDate d = weekdayDate(anchor, day, dir);
    return d == null ? "XXXX-WXX-" + day.getValue() : d.toString();
  }

  // ---- months and days of months ----

  /** The year of month {@code month} (1-12) relative to {@code anchor}, which must not be null. */
  public static int monthYear(LocalDate anchor, int month, Direction dir) {
    checkMonth(month);
    int y = anchor.getYear();
    int m = anchor.getMonthValue();
    return switch (dir) {
      case PAST -> month <= m ? y : y - 1;
      case LAST -> month < m ? y : y - 1;
      case FUTURE -> month >= m ? y : y + 1;
      case NEXT -> month > m ? y : y + 1;
      case THIS -> y;
      case NEAREST -> month - m > 6 ? y - 1 : m - month > 5 ? y + 1 : y;
    };
  }

  /** The TIMEX3 value of month {@code month}: {@code 2023-09}, or {@code XXXX-09} without an anchor. */
  public static String month(LocalDate anchor, int month, Direction dir) {
    checkMonth(month);
    String mm = two(month);
    return anchor == null ? "XXXX-" + mm : year(monthYear(anchor, month, dir)) + "-" + mm;
  }

  /**
   * The TIMEX3 value of day {@code day} of month {@code month} with the year taken from the anchor in direction
   * {@code dir} ({@code PAST}: on or before the anchor, {@code FUTURE}: on or after, otherwise the closest).
   */
  public static String monthDay(LocalDate anchor, int month, int day, Direction dir) {
    checkMonth(month);
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("day " + day);
    }
    if (anchor == null) {
      return "XXXX-" + two(month) + "-" + two(day);
    }
    int y = anchor.getYear();
    LocalDate best = null;
    for (int cand = y - 1; cand <= y + 1; cand++) {
      LocalDate d = safeDate(cand, month, day);
      if (d == null) {
        continue;
      }
      boolean ok = switch (dir) {
        case PAST, LAST -> !d.isAfter(anchor);
        case FUTURE, NEXT -> !d.isBefore(anchor);
        default -> true;
      };
      if (!ok) {
        continue;
      }
      if (best == null || distance(d, anchor) < distance(best, anchor)) {
        best = d;
      }
    }
    return best == null ? "XXXX-" + two(month) + "-" + two(day) : best.toString();
  }

  /** {@code year-month-day} when such a date exists ("February 30" does not), else null. */
  public static String date(int year, int month, int day) {
    LocalDate d = month >= 1 && month <= 12 ? safeDate(year, month, day) : null;
    return d == null ? null : d.toString();
  }

  // ---- offsets ----

  /**
   * The anchor moved by {@code n} units and written at that unit's granularity: DAY {@code 2024-06-14}, WEEK
   * {@code 2024-W25}, WEEKEND {@code 2024-W25-WE}, MONTH {@code 2024-07}, QUARTER {@code 2024-Q2}, YEAR
   * {@code 2023}, DECADE {@code 202}, CENTURY {@code 20}. Without an anchor: {@code PRESENT_REF} when n is 0,
   * else {@code PAST_REF} or {@code FUTURE_REF}.
   */
  public static String shift(LocalDate anchor, Unit unit, int n) {
    if (anchor == null) {
      return n == 0 ? "PRESENT_REF" : n < 0 ? "PAST_REF" : "FUTURE_REF";
    }
    return switch (unit) {
      case SECOND, MINUTE, HOUR, DAY -> anchor.plusDays(unit == Unit.DAY ? n : 0).toString();
      case WEEK -> isoWeek(anchor.plusWeeks(n));
      case WEEKEND -> isoWeek(anchor.plusWeeks(n)) + "-WE";
      case MONTH -> anchor.plusMonths(n).toString().substring(0, 7);
      case QUARTER -> {
        LocalDate d = anchor.plusMonths(3L * n);
        yield year(d.getYear()) + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
      }
      case YEAR -> year(anchor.getYear() + n);
      case DECADE -> decade(Math.floorDiv(anchor.getYear(), 10) + n);
      case CENTURY -> two(Math.floorDiv(anchor.getYear(), 100) + n);
    };
  }

  /** The ISO week of {@code d}: {@code 2024-W25}. */
  public static String isoWeek(LocalDate d) {
    return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  // ---- holidays ----

  /**
   * The date of a holiday in {@code year}, from its rule {@code spec}: {@code MM-DD} (a fixed day: "12-25"),
   * {@code MM/N/W} (the N-th ISO weekday W of month MM, N = L for the last: "11/4/4" is the fourth Thursday of
   * November), or {@code E} (Western Easter Sunday); each may end in {@code +D} or {@code -D}, a shift in days
   * ("E-2" is Good Friday, "11/1/1+1" the Tuesday after the first Monday of November).
   *
   * @return the date, or null when the spec does not give a day in that year
   * @throws IllegalArgumentException when the spec is malformed
   */
  public static LocalDate holidayDate(String spec, int year) {
    Objects.requireNonNull(spec, "spec");
    // the shift starts at the first sign after the base: "E", "MM/N/W" or "MM-DD" (whose own dash is at 2)
    int baseEnd = spec.startsWith("E") ? 1 : spec.indexOf('/') > 0 ? spec.lastIndexOf('/') + 2 : 5;
    String rule = spec.substring(0, Math.min(baseEnd, spec.length()));
    int shift = 0;
    try {
      if (baseEnd < spec.length()) {
        shift = Integer.parseInt(spec.substring(baseEnd).replace("+", ""));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("holiday spec '" + spec + "'", e);
    }
    LocalDate base;
    try {
      if (rule.equals("E")) {
        base = easter(year);
      } else if (rule.indexOf('/') > 0) {
        String[] f = rule.split("/");
        int month = Integer.parseInt(f[0]);
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(f[2]));
        LocalDate first = LocalDate.of(year, month, 1);
        base = f[1].equals("L") ? first.with(TemporalAdjusters.lastInMonth(day))
            : first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(f[1]), day));
        if (base.getMonthValue() != month) {
          return null;
        }
      } else {
        int dash = rule.indexOf('-');
        base = safeDate(year, Integer.parseInt(rule.substring(0, dash)), Integer.parseInt(rule.substring(dash + 1)));
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("holiday spec '" + spec + "'", e);
    }
    return base == null ? null : base.plusDays(shift);
  }

  /** Western (Gregorian) Easter Sunday of {@code year}, by the anonymous Gregorian algorithm. */
  public static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * The TIMEX3 value of the holiday {@code spec} (see {@link #holidayDate}) relative to {@code anchor}: the
   * occurrence in the anchor's year ({@code THIS}), the latest before it ({@code LAST}; {@code PAST}: on or
   * before), the first after it ({@code NEXT}; {@code FUTURE}: on or after), or the closest ({@code NEAREST}).
   * Without an anchor: {@code XXXX-12-25} for a fixed day, {@code XXXX-XX-XX} for a movable one.
   */
  public static String holiday(LocalDate anchor, String spec, Direction dir) {
    if (anchor == null) {
      LocalDate d = holidayDate(spec, 2001);
      boolean fixed = spec.indexOf('/') < 0 && !spec.startsWith("E") && spec.indexOf('+') < 0;
      return fixed && d != null ? "XXXX-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth()) : "XXXX-XX-XX";
    }
    int y = anchor.getYear();
    if (dir == Direction.THIS) {
      LocalDate d = holidayDate(spec, y);
      return d == null ? null : d.toString();
    }
    LocalDate best = null;
    for (int cand = y - 1; cand <= y + 1; cand++) {
      LocalDate d = holidayDate(spec, cand);
      if (d == null) {
        continue;
      }
      boolean ok = switch (dir) {
        case PAST -> !d.isAfter(anchor);
        case LAST -> d.isBefore(anchor);
        case FUTURE -> !d.isBefore(anchor);
        case NEXT -> d.isAfter(anchor);
        default -> true;
      };
      if (ok && (best == null || distance(d, anchor) < distance(best, anchor))) {
        best = d;
      }
    }
    return best == null ? null : best.toString();
  }

  // ---- anaphora ----

  /**
   * The value {@code unit} of a date named before ("that day", "that year", "the previous month"), moved by
   * {@code n} units: {@code 1998-10-23} → day {@code 1998-10-23}, week {@code 1998-W43}, month
   * {@code 1998-10}, year {@code 1998}. A field the earlier date does not give becomes X ("that day" after
   * "October 1998": {@code 1998-10-XX}), and then no shift is made on it.
   *
   * @param earlier a TIMEX3 DATE or TIME value that starts with a four-digit year
   */
  public static String anaphor(String earlier, Unit unit, int n) {
    Objects.requireNonNull(earlier, "earlier");
    if (earlier.length() < 4 || !isDigits(earlier, 0, 4)) {
      throw new IllegalArgumentException("not a calendar value: " + earlier);
    }
    int year = Integer.parseInt(earlier.substring(0, 4));
    boolean hasMonth = earlier.length() >= 7 && earlier.charAt(4) == '-' && isDigits(earlier, 5, 7);
    boolean hasDay = hasMonth && earlier.length() >= 10 && earlier.charAt(7) == '-' && isDigits(earlier, 8, 10);
    LocalDate day = hasDay ? safeDate(year, Integer.parseInt(earlier.substring(5, 7)),
        Integer.parseInt(earlier.substring(8, 10))) : null;
    return switch (unit) {
      case YEAR -> year(year + n);
      case MONTH -> hasMonth ? LocalDate.of(year, Integer.parseInt(earlier.substring(5, 7)), 1).plusMonths(n)
          .toString().substring(0, 7) : year(year) + "-XX";
      case WEEK, WEEKEND -> day != null ? isoWeek(day.plusWeeks(n)) + (unit == Unit.WEEKEND ? "-WE" : "")
          : year(year) + "-WXX";
      case QUARTER -> {
        if (!hasMonth) {
          yield year(year) + "-QX";
        }
        int index = year * 4 + (Integer.parseInt(earlier.substring(5, 7)) - 1) / 3 + n;
        yield year(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
      }
      case DECADE -> decade(year / 10 + n);
      case CENTURY -> two(year / 100 + n);
      default -> day != null ? day.plusDays(n).toString()
          : hasMonth ? earlier.substring(0, 7) + "-XX" : year(year) + "-XX-XX";
    };
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // ---- seasons ----

  /** The season of {@code d} and its season-year, as {@code year * 4 + ordinal}. */
  private static int seasonIndex(LocalDate d) {
    int m = d.getMonthValue();
    int y = m <= 2 ? d.getYear() - 1 : d.getYear();
    int s = m <= 2 || m == 12 ? 3 : (m - 3) / 3;
    return y * 4 + s;
  }

  /** The TIMEX3 value of {@code season} relative to {@code anchor}: {@code 2025-SP}, or {@code XXXX-SP}. */
  public static String season(LocalDate anchor, Season season, Direction dir) {
    if (anchor == null) {
      return "XXXX-" + season.name();
    }
    int now = seasonIndex(anchor);
    int y = Math.floorDiv(now, 4);
    int cand = y * 4 + season.ordinal();
    int target = switch (dir) {
      case THIS -> cand;
      case PAST -> cand <= now ? cand : cand - 4;
      case LAST -> cand < now ? cand : cand - 4;
      case FUTURE -> cand >= now ? cand : cand + 4;
      case NEXT -> cand > now ? cand : cand + 4;
      case NEAREST -> cand - now > 2 ? cand - 4 : now - cand > 1 ? cand + 4 : cand;
    };
    return year(Math.floorDiv(target, 4)) + "-" + season.name();
  }

  // ---- durations and formatting ----

  /**
   * The TIMEX3 duration of {@code amount} (digits, a decimal, or {@code X}) units: {@code P3D}, {@code PT2H},
   * {@code P2Q}; whole decades and centuries in years ({@code P20Y}).
   */
  public static String duration(String amount, Unit unit) {
    Objects.requireNonNull(amount, "amount");
    if ((unit == Unit.DECADE || unit == Unit.CENTURY) && !amount.equals("X")) {
      // TimeBank writes decades and centuries in years: "two decades" P20Y, "this century" P100Y
      String years = times(amount, unit == Unit.DECADE ? 10 : 100);
      if (years != null) {
        return "P" + years + "Y";
      }
    }
    return (unit.isTime() ? "PT" : "P") + amount + unit.letter();
  }

  private static String times(String amount, int factor) {
    try {
      return Integer.toString(Math.multiplyExact(Integer.parseInt(amount), factor));
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** A year that four digits cannot write ("2004 years ago" from 1980): the expression is dropped. */
  static final class YearOutOfRange extends IllegalArgumentException {
    YearOutOfRange(int y) {
      super("year " + y);
    }
  }

  /** A year written with four digits. */
  public static String year(int y) {
    if (y < 0 || y > 9999) {
      throw new YearOutOfRange(y);
    }
    return String.format(Locale.ROOT, "%04d", y);
  }

  /** A decade ({@code 199} for the 1990s) written with three digits. */
  public static String decade(int d) {
    return String.format(Locale.ROOT, "%03d", d);
  }

  /** A two-digit field. */
  public static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static void checkMonth(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month);
    }
  }

  private static LocalDate safeDate(int y, int m, int d) {
    if (d < 1 || d > 31 || y < 0 || y > 9999) {
      return null;
    }
    LocalDate first = LocalDate.of(y, m, 1);
    return d <= first.lengthOfMonth() ? first.withDayOfMonth(d) : null;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }
}

package org.herald.stage.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.herald.stage.date.TimexResolver.Direction;
import org.herald.stage.date.TimexResolver.Unit;

/**
 * The functions a grammar rule may name to turn a match into a TIMEX3 value, each reading the match's captures
 * and arguments and leaving the date arithmetic to {@link TimexResolver}. A function returns null to reject a
 * match (an impossible date), so a shorter match may be tried. Stateless.
 */
enum Normaliser {
  /** "Tuesday", "last Friday", "next Monday", "Tuesday night": {@code dir=last|next|this}, else by tense. */
  WEEKDAY {
    @Override
    Timex apply(Match m) {
      DayOfWeek day = DayOfWeek.of(m.number("WEEKDAY"));
      return dated(m, TimexResolver.weekday(m.anchor(), day, m.direction(Direction.PAST)));
    }
  },
  /** "today", "yesterday", "tomorrow", "tonight": the anchor moved {@code n=} days. */
  REF_DAY {
    @Override
    Timex apply(Match m) {
      int n = Integer.parseInt(m.arg("n", "0"));
      if (m.anchor() == null) {
        return date(TimexResolver.shift(null, Unit.DAY, n));
      }
      return dated(m, m.anchor().plusDays(n).toString());
    }
  },
  /** "at 10 a.m.", "midnight": a time on the publication date. */
  CLOCK_TIME {
    @Override
    Timex apply(Match m) {
      return dated(m, m.anchor() == null ? "XXXX-XX-XX" : m.anchor().toString());
    }
  },
  /**
   * "this week", "last month", "next year" ({@code n=}), "three days ago" ({@code sign=-1} with a NUMBER):
   * the anchor moved and written at the unit's granularity.
   */
  OFFSET {
    @Override
    Timex apply(Match m) {
      Unit unit = unit(m);
      int n;
      String sign = m.arg("sign", null);
      if (sign != null) {
        String amount = amount(m);
        if (amount.equals("X") || amount.indexOf('.') >= 0) {
          return date(Integer.parseInt(sign) < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        n = Integer.parseInt(sign) * Integer.parseInt(amount);
      } else {
        n = Integer.parseInt(m.arg("n", "0"));
      }
      if (Math.abs(n) > 5000) {
        return null;
      }
      if (unit == Unit.YEAR && n == -1 && m.arg("quarterly", "").equals("yes") && m.discourse().isQuarterly()) {
        return date(m.discourse().quarter(-4)); // an earnings report's "a year ago": the same quarter then
      }
      return dated(m, TimexResolver.shift(m.anchor(), unit, n));
    }
  },
  /**
   * "September", "last September", "March 2023", "June last year" ({@code year=-1}): a month, in the given year
   * or placed by direction.
   */
  MONTH {
    @Override
    Timex apply(Match m) {
      int month = m.number("MONTH", "MONTH1", "MONTHNUM");
      String year = m.year();
      if (year != null) {
        return date(year + "-" + TimexResolver.two(month));
      }
      if (m.has("hi")) {
        return null; // "May fifteen twenty": not a year in words
      }
      String shift = m.arg("year", null);
      if (shift != null) { // "January this year", "June last year"
        year = m.anchor() == null ? "XXXX" : TimexResolver.year(m.anchor().getYear() + Integer.parseInt(shift));
        return date(year + "-" + TimexResolver.two(month));
      }
      return date(TimexResolver.month(m.anchor(), month, m.direction(Direction.NEAREST)));
    }
  },
  /** "March 12", "12 March 2023", "2023-03-12": a day of a month, the year given or placed by tense. */
  DAY_OF_MONTH {
    @Override
    Timex apply(Match m) {
      int month = m.number("MONTH", "MONTH1", "MONTHNUM");
      int day = m.number("DAYNUM", "DAYORD");
      if (month < 1 || day < 1) {
        return null;
      }
      String year = m.value("YEAR");
      if (year != null) {
        String d = TimexResolver.date(Integer.parseInt(year), month, day);
        return d == null ? null : dated(m, d);
      }
      if (TimexResolver.date(2000, month, day) == null) {
        return null;
      }
      if (m.has("WEEKDAY", "WDABBR") && m.anchor() != null) {
        // "Monday, Oct. 26": the year in which that day is a Monday, the nearest such
        DayOfWeek weekday = DayOfWeek.of(m.number("WEEKDAY", "WDABBR"));
        LocalDate best = null;
        for (int y = m.anchor().getYear() - 1; y <= m.anchor().getYear() + 1; y++) {
          String d = TimexResolver.date(y, month, day);
          LocalDate c = d == null ? null : LocalDate.parse(d);
          if (c != null && c.getDayOfWeek() == weekday && (best == null
              || Math.abs(c.toEpochDay() - m.anchor().toEpochDay()) < Math.abs(best.toEpochDay() - m.anchor().toEpochDay()))) {
            best = c;
          }
        }
        if (best != null) {
          return dated(m, best.toString());
        }
      }
      return dated(m, TimexResolver.monthDay(m.anchor(), month, day, m.direction(Direction.NEAREST)));
    }
  },
  /** "1945", "since 2000", "nineteen ninety-six". */
  YEAR {
    @Override
    Timex apply(Match m) {
      return date(m.year());
    }
  },
  /** "1950-1953", "1950-53", "between 2010 and 2015": value the start, endValue the end. */
  YEAR_RANGE {
    @Override
    Timex apply(Match m) {
      String from = m.value("YEAR");
      String to = m.value("end");
      if (from == null || to == null) {
        return null;
      }
      if (to.length() == 2) {
        to = from.substring(0, 2) + to;
      }
      if (to.compareTo(from) <= 0) {
        return null;
      }
      return new Timex(TimexType.DATE, from, to, null);
    }
  },
  /** "from May to July": two months of one year placed by tense (the end rolls into the next year if needed). */
  MONTH_RANGE {
    @Override
    Timex apply(Match m) {
      int from = m.number("MONTH", "MONTH1");
      int to = m.number("end");
      if (from < 1 || to < 1 || from == to) {
        return null;
      }
      String year = m.value("YEAR");
      if (year == null && m.anchor() == null) {
        return new Timex(TimexType.DATE, "XXXX-" + TimexResolver.two(from), "XXXX-" + TimexResolver.two(to), null);
      }
      int y = year != null ? Integer.parseInt(year)
          : TimexResolver.monthYear(m.anchor(), from, m.direction(Direction.NEAREST));
      int y2 = to > from ? y : y + 1;
      return new Timex(TimexType.DATE, TimexResolver.year(y) + "-" + TimexResolver.two(from),
          TimexResolver.year(y2) + "-" + TimexResolver.two(to), null);
    }
  },
  /**
   * "April 24 and 25", "24-25 April": value the first day (its year given or placed by tense), endValue the
   * second day of the same month.
   */
  DAY_RANGE {
    @Override
    Timex apply(Match m) {
      int month = m.number("MONTH");
      int from = m.number("DAYNUM", "DAYORD");
      int to = m.number("end");
      if (month < 1 || from < 1 || to <= from || TimexResolver.date(2000, month, to) == null) {
        return null;
      }
      String year = m.value("YEAR");
      String first = year != null ? TimexResolver.date(Integer.parseInt(year), month, from)
          : TimexResolver.monthDay(m.anchor(), month, from, m.direction(Direction.NEAREST));
      if (first == null) {
        return null;
      }
      String last = first.substring(0, 8) + TimexResolver.two(to);
      if (!first.startsWith("X") && TimexResolver.date(Integer.parseInt(first.substring(0, 4)), month, to) == null) {
        return null;
      }
      return new Timex(TimexType.DATE, first, last, null);
    }
  },
  /** "the 1990s". */
  DECADE {
    @Override
    Timex apply(Match m) {
      return date(m.value("DECADE"));
    }
  },
  /** "the 20th century" → 19. */
  CENTURY {
    @Override
    Timex apply(Match m) {
      int n = m.number("ORDINAL");
      return n < 1 || n > 21 ? null : date(TimexResolver.two(n - 1));
    }
  },
  /**
   * "the weekend": the one just past in past-tense context (the anchor's own when it falls on the weekend), the
   * coming one otherwise, as {@code 2024-W24-WE}.
   */
  WEEKEND {
    @Override
    Timex apply(Match m) {
      if (m.anchor() == null) {
        return date("XXXX-WXX-WE");
      }
      LocalDate saturday = m.direction(Direction.FUTURE) == Direction.PAST
          ? m.anchor().plusDays(1).with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
          : m.anchor().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
      return date(TimexResolver.isoWeek(saturday) + "-WE");
    }
  },
  /** "next spring", "summer 2023". */
  SEASON {
    @Override
    Timex apply(Match m) {
      TimexResolver.Season s = TimexResolver.Season.valueOf(m.value("SEASON", "SEASON1"));
      String year = m.year();
      if (year != null) {
        return date(year + "-" + s.name());
      }
      if (m.has("hi")) {
        return null;
      }
      return date(TimexResolver.season(m.anchor(), s, m.direction(Direction.NEAREST)));
    }
  },
  /**
   * "Q3 2024", "the third quarter" ({@code part=Q}), "the first half of 2024" ({@code part=H}), "the last half of
   * 1989" ({@code nth=2}: which part when no ordinal says it).
   */
  QUARTER {
    @Override
    Timex apply(Match m) {
      if (m.arg("need", "").equals("quarterly") && !m.discourse().isQuarterly()) {
        return null;
      }
      String part = m.arg("part", "Q");
      int n = m.has("QNUM", "ORDINAL") ? m.number("QNUM", "ORDINAL") : Integer.parseInt(m.arg("nth", "-1"));
      if (n < 1 || n > (part.equals("H") ? 2 : 4)) {
        return null;
      }
      String year = m.value("YEAR");
      if (year == null) {
        int shift = Integer.parseInt(m.arg("n", "0"));
        if (m.anchor() == null) {
          year = "XXXX";
        } else {
          int y = m.anchor().getYear() + shift;
          int now = part.equals("H") ? (m.anchor().getMonthValue() + 5) / 6 : (m.anchor().getMonthValue() + 2) / 3;
          if (shift == 0 && n > now && m.tense() != Tense.FUTURE) {
            y--; // "the fourth quarter" told in January, in the past tense: the one just ended
          }
          year = TimexResolver.year(y);
        }
      }
      String value = year + "-" + part + n;
      m.discourse().namedQuarter(value);
      return date(value);
    }
  },
  /**
   * "the quarter", "the latest period", "the year-ago quarter" ({@code n=-4}): the quarter an earnings report
   * is about (the last one it named, else the last complete one), moved {@code n=} quarters. With
   * {@code need=quarterly} only in an article that talks of quarters.
   */
  QUARTER_REF {
    @Override
    Timex apply(Match m) {
      if (m.arg("need", "").equals("quarterly") && !m.discourse().isQuarterly()) {
        return null;
      }
      String q = m.discourse().quarter(Integer.parseInt(m.arg("n", "0")));
      String year = m.value("YEAR");
      return date(year == null || q.startsWith("X") ? q : year + q.substring(4)); // "the 1988 quarter"
    }
  },
  /** "fiscal 2024", "FY2024": the year. */
  FISCAL_YEAR {
    @Override
    Timex apply(Match m) {
      String y = m.value("FY", "YEAR");
      return y == null ? null : date(y); // TimeBank writes "fiscal 1989" as 1989
    }
  },
  /**
   * "three days", "two weeks", "the past three years": {@code amount=X} for vague amounts; {@code value=} a
   * fixed value ("a while": PXX, an unknown amount of an unknown unit).
   */
  DURATION {
    @Override
    Timex apply(Match m) {
      String fixed = m.arg("value", null);
      if (fixed != null) {
        return new Timex(TimexType.DURATION, fixed, null, null);
      }
      String amount = m.arg("amount", null);
      if (amount == null) {
        amount = amount(m);
      }
      if (m.arg("half", "").equals("yes")) {
        if (amount.equals("X") || amount.indexOf('.') >= 0) {
          return null;
        }
        amount = amount + ".5";
      }
      Unit unit = unit(m);
      if (amount.endsWith(".5") && (unit == Unit.HOUR || unit == Unit.MINUTE)) {
        // "half an hour", "a minute and a half": TimeBank writes PT30M and PT1M30S, not PT0.5H
        int whole = Integer.parseInt(amount.substring(0, amount.length() - 2));
        String half = unit == Unit.HOUR ? "30M" : "30S";
        return new Timex(TimexType.DURATION, "PT" + (whole == 0 ? "" : whole + unit.letter()) + half, null, null);
      }
      if (amount.endsWith(".5") && unit == Unit.YEAR) {
        // "2 1/2 years": TimeBank writes P2Y6M
        int whole = Integer.parseInt(amount.substring(0, amount.length() - 2));
        return new Timex(TimexType.DURATION, "P" + (whole == 0 ? "" : whole + "Y") + "6M", null, null);
      }
      return new Timex(TimexType.DURATION, TimexResolver.duration(amount, unit), null, null);
    }
  },
  /**
   * "every week", "weekly", "each year", "every Monday", "on Mondays", "Tuesday nights" ({@code pod=}), "each
   * July".
   */
  SET {
    @Override
    Timex apply(Match m) {
      int day = m.number("WEEKDAY", "WEEKDAYPL");
      if (day > 0) {
        String pod = m.arg("pod", null);
        return new Timex(TimexType.SET, "XXXX-WXX-" + day + (pod == null ? "" : "T" + pod), null, null);
      }
      int month = m.number("MONTH", "MONTH1");
      if (month > 0) {
        return new Timex(TimexType.SET, "XXXX-" + TimexResolver.two(month), null, null);
      }
      return new Timex(TimexType.SET, TimexResolver.duration(amount(m), unit(m)), null, null);
    }
  },
  /** Words that look like a time but are not, here ("three-quarters of"): matched so that nothing shorter is. */
  BLOCK {
    @Override
    Timex apply(Match m) {
      return BLOCKED;
    }
  },
  /**
   * "Christmas", "last Thanksgiving", "Easter 2013", "Independence Day": a holiday's date from its rule (a
   * HOLIDAY word's value, else {@code date=}; see {@link TimexResolver#holidayDate}) moved {@code shift=} days
   * ("Christmas Eve"), in the year given or placed by direction (else by tense, else the nearest); with
   * {@code unit=week} the ISO week holding it ("Easter week").
   */
  HOLIDAY {
    @Override
    Timex apply(Match m) {
      String spec = m.arg("date", null);
      if (spec == null) {
        spec = m.value("HOLIDAY", "HOLIDAYW");
      }
      if (spec == null) {
        return null;
      }
      String shift = m.arg("shift", null);
      if (shift != null) {
        spec = spec + (shift.startsWith("-") ? shift : "+" + shift);
      }
      String year = m.year();
      String value;
      if (year != null) {
        LocalDate d = TimexResolver.holidayDate(spec, Integer.parseInt(year));
        value = d == null ? null : d.toString();
      } else {
        // a holiday's week is under way days before the holiday: the nearest one, whatever the tense
        value = TimexResolver.holiday(m.anchor(), spec, m.arg("unit", "").equals("week") ? Direction.NEAREST
            : m.direction(Direction.NEAREST));
      }
      if (value != null && m.arg("unit", "").equals("week")) {
        // "Easter week", "Holy Week": the ISO week holding the day
        return date(value.startsWith("X") ? "XXXX-WXX" : TimexResolver.isoWeek(LocalDate.parse(value)));
      }
      return value == null ? null : dated(m, value);
    }
  },
  /**
   * "that day", "later that year", "the previous month" ({@code n=-1}): the {@code unit=} of the last calendar
   * date the article named (else the publication date), moved {@code n=} units.
   */
  ANAPHOR {
    @Override
    Timex apply(Match m) {
      String earlier = m.discourse().lastDate();
      Unit unit = unit(m);
      int n = Integer.parseInt(m.arg("n", "0"));
      if (earlier == null) {
        return date(TimexResolver.shift(null, unit, n));
      }
      if (unit == Unit.DAY && m.anchor() != null && earlier.length() < 10
          && m.anchor().toString().startsWith(earlier)) {
        earlier = m.anchor().toString(); // "this year… earlier in the day": a coarser date holding today is today
      }
      return dated(m, TimexResolver.anaphor(earlier, unit, n));
    }
  },
  /** "now", "recently", "in the future": {@code value=PRESENT_REF|PAST_REF|FUTURE_REF}. */
  REF {
    @Override
    Timex apply(Match m) {
      return date(m.arg("value", "PRESENT_REF"));
    }
  };

  /** A normalised expression before it gets its span. */
  record Timex(TimexType type, String value, String endValue, String mod) {
  }

  /** What {@link #BLOCK} returns: the match stands, and yields no expression. */
  static final Timex BLOCKED = new Timex(TimexType.DATE, "", null, null);

  /** Normalises {@code m}, or returns null to reject it. */
  abstract Timex apply(Match m);

  /** The normaliser named {@code name} in a grammar file: {@code weekday}, {@code dayOfMonth}… */
  static Normaliser byName(String name) {
    StringBuilder sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('_');
      }
      sb.append(Character.toUpperCase(c));
    }
    try {
      return valueOf(sb.toString());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("timex grammar: unknown normaliser '" + name + "'", e);
    }
  }

  private static Timex date(String value) {
    return value == null ? null : new Timex(TimexType.DATE, value, null, null);
  }

  /**
   * A DATE, or a TIME when the match holds a clock time or a part of the day ({@code pod=} or a POD capture):
   * {@code 2024-06-18T10:00}, {@code 2024-06-18TMO}.
   */
  private static Timex dated(Match m, String date) {
    String time = time(m);
    if (time == null) {
      return date(date);
    }
    if (date.length() != 10) {
      return date(date);
    }
    return new Timex(TimexType.TIME, date + "T" + time, null, null);
  }

  private static String time(Match m) {
    String clock = m.value("CLOCKAMPM", "CLOCKWORD", "CLOCK4");
    if (clock != null) {
      return clock;
    }
    String ampm = m.value("AMPM");
    if (ampm == null) {
      ampm = m.arg("ampm", null); // "4 in the morning"
    }
    String hhmm = m.value("CLOCK");
    if (hhmm == null && m.has("HOURNUM")) {
      hhmm = TimexResolver.two(m.number("HOURNUM")) + ":00";
    }
    if (hhmm != null) {
      return ampm == null ? hhmm : Times.withMeridiem(hhmm, ampm.equals("pm"));
    }
    String pod = m.value("POD");
    return pod != null ? pod : m.arg("pod", null);
  }

  private static Unit unit(Match m) {
    String u = m.value("UNIT", "UNITPL", "CUNIT", "SETADV");
    return u == null ? Unit.valueOf(m.arg("unit", "DAY").toUpperCase(Locale.ROOT)) : Unit.valueOf(u);
  }

  private static String amount(Match m) {
    String n = m.value("NUMBER", "VAGUE");
    return n == null ? m.arg("amount", "1") : n;
  }
}

package org.herald.stage.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word classes of the DATE grammar: classes listed in {@code timex-words-v2.tsv} (WEEKDAY, MONTH, UNIT…)
 * and shape classes computed from a token's characters (YEAR, DAYNUM, CLOCK…). Each class has a small id so a
 * token's classes fit one {@code long} bit mask. Immutable after construction, thread-safe.
 */
final class Lexicon {
  /** Shape classes, computed in {@link #classify}; their ids come first. */
  static final String[] SHAPES = {"DIGITS", "NUMBER", "YEAR", "YY2", "DAYNUM", "MONTHNUM", "HOURNUM", "ORDINAL",
      "DAYORD", "DECADE", "CLOCK", "CLOCKAMPM", "QNUM", "FY", "COUNTED", "WORD", "CAPWORD", "CLOCK4",
      "CALYEAR"};
  static final int DIGITS = 0;
  static final int NUMBER = 1;
  static final int YEAR = 2;
  static final int YY2 = 3;
  static final int DAYNUM = 4;
  static final int MONTHNUM = 5;
  static final int HOURNUM = 6;
  static final int ORDINAL = 7;
  static final int DAYORD = 8;
  static final int DECADE = 9;
  static final int CLOCK = 10;
  static final int CLOCKAMPM = 11;
  static final int QNUM = 12;
  static final int FY = 13;
  static final int COUNTED = 14;
  static final int WORD = 15;
  static final int CAPWORD = 16;
  /** Four digits read as a 24-hour clock, as wires write a time beside its zone: "0735 GMT". */
  static final int CLOCK4 = 17;
  /**
   * A YEAR from 1901 to 2099 that is no round hundred: before a noun it is a year ("the 2012 election", "2011
   * sales"), where "2000 people" is a count.
   */
  static final int CALYEAR = 18;

  /** One (class, value) reading of a word. */
  record Reading(int classId, String value, boolean capitalOnly) {
  }

  private final Map<String, Integer> classIds = new LinkedHashMap<>();
  private final Map<String, Reading[]> words = new HashMap<>();
  private final long splitMask;
  private final long nameSensitiveMask;
  private final int ambiguousMonth;
  private final int plainMonth;
  private final int namePrefix;
  /** Classes of capitalised words that are still names when no date word follows: "Independence", "Mother". */
  private final long nameWordMask;

  /** Builds the lexicon from the lines of {@code timex-words-v2.tsv}. */
  Lexicon(List<String> lines) {
    for (String s : SHAPES) {
      id(s);
    }
    Map<String, List<Reading>> tmp = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException("timex-words: expected word<TAB>classes, got '" + line + "'");
      }
      String value = f.length > 2 ? f[2] : "";
      boolean cap = f.length > 3 && f[3].equals("cap");
      for (String cls : f[1].split(",")) {
        tmp.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Reading(id(cls.strip()), value, cap));
      }
    }
    tmp.forEach((w, r) -> words.put(w, r.toArray(new Reading[0])));
    if (classIds.size() > 64) {
      throw new IllegalArgumentException("timex-words: more than 64 classes");
    }
    splitMask = maskOf("DIGITS", "NUMBER", "ORDINAL", "MONTH", "WEEKDAY", "SEASON", "UNIT", "UNITPL", "MODIFIER",
        "POD", "DECADE", "YEAR");
    nameSensitiveMask = maskOf("WEEKDAY", "MONTH", "MONTH1");
    ambiguousMonth = classId("MONTH");
    plainMonth = classId("MONTH1");
    namePrefix = classId("NAMEPREFIX");
    nameWordMask = maskOf("HOLIDAYW");
  }

  private int id(String name) {
    return classIds.computeIfAbsent(name, k -> classIds.size());
  }

  /** The id of class {@code name}, or -1 when unknown. */
  int classId(String name) {
    Integer i = classIds.get(name);
    return i == null ? -1 : i;
  }

  int classCount() {
    return classIds.size();
  }

  /** Class names by id. */
  List<String> classNames() {
    return List.copyOf(classIds.keySet());
  }

  private long maskOf(String... names) {
    long m = 0;
    for (String n : names) {
      int i = classId(n);
      if (i >= 0) {
        m |= 1L << i;
      }
    }
    return m;
  }

  /** Classes whose presence in one part of a hyphenated token ("three-day", "mid-2023") splits it. */
  long splitMask() {
    return splitMask;
  }

  /** Classes dropped when the word is part of a name ("Theresa May", "Super Tuesday"): see {@link #isNamePart}. */
  long nameSensitiveMask() {
    return nameSensitiveMask;
  }

  /**
   * Whether a weekday or month with classes {@code mask} is part of a name, given the unit before it: after a
   * name prefix ("Super Tuesday", "Black September"), or for May and March after any capitalised word that is
   * not a date word ("Theresa May", "Long March"). Other weekdays after a capital stay dates: "the Court Friday
   * rejected…".
   */
  boolean isNamePart(long mask, long prevMask, boolean prevCapitalised) {
    if (namePrefix >= 0 && (prevMask & (1L << namePrefix)) != 0) {
      return true;
    }
    boolean ambiguous = (mask & (1L << ambiguousMonth)) != 0 && (plainMonth < 0 || (mask & (1L << plainMonth)) == 0);
    return ambiguous && prevCapitalised && (prevMask & (1L << CAPWORD)) != 0;
  }

  /** Whether {@code lower} has any lexicon reading. */
  boolean isKnown(String lower) {
    return words.containsKey(lower);
  }

  /**
   * Writes the classes of one word into {@code values} (indexed by class id) and returns their mask.
   *
   * @param text the word as written
   * @param lower {@code text} in lower case
   */
  long classify(String text, String lower, String[] values) {
    long mask = 0;
    boolean capital = !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    Reading[] rs = words.get(lower);
    if (rs != null) {
      for (Reading r : rs) {
        if (!r.capitalOnly() || capital) {
          mask |= 1L << r.classId();
          values[r.classId()] = r.value();
        }
      }
    }
    mask |= shape(text, lower, values);
    if ((mask & ~nameWordMask) == 0 && !text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
      mask |= 1L << CAPWORD; // a capitalised word that is not a date word: a name, such as "DPRK" in "DPRK daily"
    }
    if (rs == null && mask == 0 && isLowerWord(text)) {
      mask |= 1L << WORD;
      if (!lower.endsWith("ed") && !lower.endsWith("ing") && !lower.endsWith("ly")) {
        mask |= 1L << COUNTED; // a noun a number may count: "troops", "people"; not "intended", "falling"
      }
    }
    return mask;
  }

  private static boolean isLowerWord(String t) {
    if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isLetter(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static long set(String[] values, int cls, String v) {
    values[cls] = v;
    return 1L << cls;
  }

  /** Shape classes: numbers, years, ordinals, decades, clock times, quarters and fiscal years. */
  private static long shape(String text, String lower, String[] values) {
    int n = lower.length();
    if (n == 0) {
      return 0;
    }
    char c0 = lower.charAt(0);
    if (c0 >= '0' && c0 <= '9') {
      int digits = 0;
      while (digits < n && isDigit(lower.charAt(digits))) {
        digits++;
      }
      if (digits == n) {
        return digitShapes(lower, values);
      }
      String rest = lower.substring(digits);
      String num = lower.substring(0, digits);
      if (rest.equals("s") && (digits == 4 && num.endsWith("0") || digits == 2 && num.endsWith("0"))) {
        int v = Integer.parseInt(num);
        if (digits == 4 && v % 100 == 0 && v < 2000) {
          return set(values, DECADE, TimexResolver.two(v / 100)); // "the 1800s": the century, TIMEX3 18
        }
        int decade = digits == 4 ? v / 10 : (v >= 20 ? 190 : 200) + v / 10;
        return set(values, DECADE, TimexResolver.decade(decade));
      }
      if (digits <= 3 && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"))) {
        int v = Integer.parseInt(num);
        long m = set(values, ORDINAL, Integer.toString(v));
        return v >= 1 && v <= 31 ? m | set(values, DAYORD, Integer.toString(v)) : m;
      }
      if (digits <= 2 && rest.charAt(0) == ':' ) {
        String clock = clock(lower, digits);
        return clock == null ? 0 : set(values, CLOCK, clock);
      }
      if (digits <= 2 && (rest.endsWith("am") || rest.endsWith("pm"))) {
        String hm = lower.substring(0, n - 2);
        // "9:30pm", and "9.30am" as British papers write it
        String clock = hm.indexOf(':') == digits || hm.indexOf('.') == digits ? clock(hm, digits) : hour(hm);
        String t = clock == null ? null : Times.withMeridiem(clock, rest.endsWith("pm"));
        return t == null ? 0 : set(values, CLOCKAMPM, t);
      }
      return numberWithSeparators(lower, values);
    }
    if (c0 == 'q' && n == 2 && lower.charAt(1) >= '1' && lower.charAt(1) <= '4') {
      return set(values, QNUM, lower.substring(1));
    }
    if (c0 == 'f' && n >= 4 && lower.charAt(1) == 'y' && text.charAt(0) == 'F' && allDigits(lower, 2)) {
      int v = Integer.parseInt(lower.substring(2));
      if (n == 4) {
        return set(values, FY, Integer.toString(2000 + v));
      }
      if (n == 6 && v >= 1000 && v <= 2099) {
        return set(values, FY, lower.substring(2));
      }
    }
    return 0;
  }

  private static long digitShapes(String lower, String[] values) {
    int n = lower.length();
    if (n > 9) {
      return set(values, DIGITS, lower) | set(values, NUMBER, lower);
    }
    int v = Integer.parseInt(lower);
    String canon = Integer.toString(v);
    long m = set(values, DIGITS, canon) | set(values, NUMBER, canon);
    if (n == 4 && v >= 1000 && v <= 2099) {
      m |= set(values, YEAR, lower);
      if (v > 1900 && v % 100 != 0) {
        m |= set(values, CALYEAR, lower);
      }
    }
    if (n == 2) {
      m |= set(values, YY2, lower);
    }
    if (n == 4 && v / 100 <= 23 && v % 100 <= 59) {
      m |= set(values, CLOCK4, lower.substring(0, 2) + ":" + lower.substring(2));
    }
    if (n <= 2 && v >= 1 && v <= 31) {
      m |= set(values, DAYNUM, canon);
    }
    if (n <= 2 && v >= 1 && v <= 12) {
      m |= set(values, MONTHNUM, canon);
    }
    if (n <= 2 && v >= 0 && v <= 12) {
      m |= set(values, HOURNUM, canon);
    }
    return m;
  }

  /** "1,000" and "2.5": a NUMBER (commas dropped); anything else: no class. */
  private static long numberWithSeparators(String lower, String[] values) {
    StringBuilder sb = new StringBuilder(lower.length());
    boolean dot = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (isDigit(c)) {
        sb.append(c);
      } else if (c == ',' && !dot) {
        continue;
      } else if (c == '.' && !dot && i + 1 < lower.length()) {
        dot = true;
        sb.append(c);
      } else {
        return 0;
      }
    }
    return set(values, NUMBER, sb.toString());
  }

  private static String clock(String s, int digits) {
    if (s.length() != digits + 3 || !isDigit(s.charAt(digits + 1)) || !isDigit(s.charAt(digits + 2))) {
      return null;
    }
    int h = Integer.parseInt(s.substring(0, digits));
    int m = Integer.parseInt(s.substring(digits + 1));
    return h <= 24 && m < 60 ? TimexResolver.two(h) + ":" + TimexResolver.two(m) : null;
  }

  private static String hour(String s) {
    if (!allDigits(s, 0) || s.isEmpty()) {
      return null;
    }
    int h = Integer.parseInt(s);
    return h <= 12 ? TimexResolver.two(h) + ":00" : null;
  }

  private static boolean allDigits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return from < s.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

package org.herald.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the dates of feed items: ISO 8601 (Atom, {@code dc:date}) and RFC 822 as feeds really write it, with
 * day and month names in English, Portuguese, Spanish, French, German or Italian
 * ({@code Seg, 24 Set 2018 19:42:40 -0300}). The date is taken as written, in the feed's own time zone.
 */
final class FeedDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("janv", 1), Map.entry("ene", 1), Map.entry("gen", 1), Map.entry("jän", 1),
      Map.entry("feb", 2), Map.entry("fev", 2), Map.entry("fév", 2), Map.entry("févr", 2),
      Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mars", 3),
      Map.entry("apr", 4), Map.entry("abr", 4), Map.entry("avr", 4),
      Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mag", 5),
      Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("giu", 6),
      Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("lug", 7),
      Map.entry("aug", 8), Map.entry("ago", 8), Map.entry("aoû", 8), Map.entry("aou", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("set", 9),
      Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("out", 10), Map.entry("ott", 10),
      Map.entry("nov", 11),
      Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("dic", 12), Map.entry("déc", 12));

  private FeedDates() {
  }

  /** The date {@code value} states, or null when it cannot be read. */
  static LocalDate parse(String value) {
    String v = value.strip();
    if (v.length() >= 10 && Character.isDigit(v.charAt(0)) && v.charAt(4) == '-' && v.charAt(7) == '-') {
      try {
        return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
            Integer.parseInt(v.substring(8, 10)));
      } catch (NumberFormatException | DateTimeException e) {
        return null;
      }
    }
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= v.length(); i++) {
      char c = i < v.length() ? v.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else {
        if (w.length() > 0) {
          words.add(w.toString().toLowerCase(Locale.ROOT));
        }
        w.setLength(0);
        if (c == ':') {
          break; // the time has begun: the date is before it
        }
      }
    }
    int comma = v.indexOf(',');
    if (comma > 0 && !words.isEmpty() && v.substring(0, comma).replace(".", "").strip().equalsIgnoreCase(words.get(0))
        && !Character.isDigit(words.get(0).charAt(0))) {
      words.remove(0); // a day name ("Mar," is Tuesday in Spanish, not March)
    }
    int day = -1;
    int month = -1;
    int year = -1;
    for (String word : words) {
      if (Character.isDigit(word.charAt(0))) {
        if (!word.chars().allMatch(Character::isDigit)) {
          continue;
        }
        int n = Integer.parseInt(word.length() > 4 ? word.substring(0, 4) : word);
        if (word.length() == 4) {
          year = n;
        } else if (day < 0 && n >= 1 && n <= 31) {
          day = n;
        } else if (word.length() == 2 && year < 0) {
          year = n < 70 ? 2000 + n : 1900 + n;
        }
      } else if (month < 0) {
        Integer m = MONTHS.get(word);
        if (m == null && word.length() > 3) {
          m = MONTHS.get(word.substring(0, 3));
        }
        if (m != null) {
          month = m;
        }
      }
    }
    if (day < 0 || month < 0 || year < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}

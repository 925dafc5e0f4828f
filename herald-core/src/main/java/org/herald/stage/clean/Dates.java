package org.herald.stage.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reads publication dates as pages and headers write them. */
final class Dates {
  private static final DateTimeFormatter[] FORMATS = {
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ENGLISH),
  };

  private Dates() {
  }

  /** The date of an ISO date or date-time, an RFC 1123 date or a written date; null when unreadable. */
  static LocalDate parseLenient(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      try {
        return LocalDate.parse(v.substring(0, 10));
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    return null;
  }

  /** The date in a URL path ({@code /2024/06/17/} or {@code /20240617/} or {@code /2024-06-17}), or null. */
  static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url;
    for (int i = 0; i + 8 <= u.length(); i++) {
      if (i > 0 && Character.isDigit(u.charAt(i - 1)) || !(i == 0 || u.charAt(i - 1) == '/'
          || u.charAt(i - 1) == '-' || u.charAt(i - 1) == '_')) {
        continue;
      }
      LocalDate d = datePath(u, i);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate datePath(String u, int i) {
    int y = digits(u, i, 4);
    if (y < 1990 || y > 2100) {
      return null;
    }
    int j = i + 4;
    char sep = j < u.length() ? u.charAt(j) : 0;
    int m;
    int d;
    if (sep == '/' || sep == '-' || sep == '_') {
      m = digits(u, j + 1, 2);
      char sep2 = j + 3 < u.length() ? u.charAt(j + 3) : 0;
      if (sep2 != sep) {
        return null;
      }
      d = digits(u, j + 4, 2);
      j += 6;
    } else {
      m = digits(u, j, 2);
      d = digits(u, j + 2, 2);
      j += 4;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || j < u.length() && Character.isDigit(u.charAt(j))) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int n) {
    if (from < 0 || from + n > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < from + n; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};

  /**
   * A written date inside a short text such as a byline ("Updated June 17, 2024 3:05 pm", "17 June 2024"),
   * or null.
   */
  static LocalDate findWritten(String text) {
    if (text == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT);
    LocalDate iso = null;
    for (int i = 0; i + 10 <= t.length() && iso == null; i++) {
      if (t.charAt(i + 4) == '-' && t.charAt(i + 7) == '-' && (i == 0 || !Character.isDigit(t.charAt(i - 1)))) {
        iso = parseLenient(t.substring(i, i + 10));
      }
    }
    if (iso != null) {
      return iso;
    }
    List<String> words = new java.util.ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= t.length(); i++) {
      char c = i < t.length() ? t.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      int month = month(words.get(i));
      if (month == 0) {
        continue;
      }
      int before = i > 0 ? number(words.get(i - 1)) : -1;
      int after = i + 1 < words.size() ? number(words.get(i + 1)) : -1;
      int after2 = i + 2 < words.size() ? number(words.get(i + 2)) : -1;
      try {
        if (after >= 1 && after <= 31 && after2 >= 1990 && after2 <= 2100) {
          return LocalDate.of(after2, month, after);
        }
        if (before >= 1 && before <= 31 && after >= 1990 && after <= 2100) {
          return LocalDate.of(after, month, before);
        }
      } catch (java.time.DateTimeException e) {
        // not a real date: go on
      }
    }
    return null;
  }

  private static int month(String w) {
    if (w.length() < 3) {
      return 0;
    }
    for (int m = 0; m < 12; m++) {
      if (MONTHS[m].startsWith(w) || w.equals("sept") && m == 8) {
        return m + 1;
      }
    }
    return 0;
  }

  private static int number(String w) {
    String digits = w;
    for (String suffix : new String[] {"st", "nd", "rd", "th"}) {
      if (w.endsWith(suffix) && w.length() > 2) {
        digits = w.substring(0, w.length() - 2);
      }
    }
    if (digits.isEmpty() || digits.length() > 4) {
      return -1;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (!Character.isDigit(digits.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }
}

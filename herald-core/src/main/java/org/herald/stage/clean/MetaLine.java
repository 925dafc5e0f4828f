package org.herald.stage.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the short lines of page furniture that sit right beside an article's paragraphs, where neither class
 * marks nor link density catch them: bylines ("By Ann Lee and Tom Wu"), date lines ("Updated 10:32, 3 March
 * 2024"), photo credits ("Jane Roe/AFP/Getty Images") and lines without a letter (counters, separators).
 * Stateless; each test scans the line once, with no regular expressions.
 */
final class MetaLine {
  /** Longer lines are prose or a subheading, never a byline or date line. */
  static final int MAX_WORDS = 12;

  /** Words that open a byline when a capitalised name follows. */
  private static final Set<String> BYLINE_WORDS = Set.of("by", "von", "par", "por", "door", "av", "af", "di", "de");
  /** Words that open a date line. */
  private static final List<String> DATE_OPENERS = List.of(
      "published", "updated", "last updated", "posted", "first published", "modified", "last modified", "date:",
      "veröffentlicht", "aktualisiert", "stand:", "publié", "mis à jour", "publicado", "actualizado",
      "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt", "opublikowano");
  private static final Set<String> MONTHS = Set.of(
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
      "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
      "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril",
      "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
      "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre");
  /** Words that end a photo credit ("…/AFP/Getty Images", "Photo: Reuters"). */
  private static final List<String> CREDIT_ENDS = List.of(
      "getty images", "getty", "afp", "reuters", "ap", "epa", "shutterstock", "istock", "istockphoto",
      "alamy", "pa", "pa images", "pa wire", "dpa", "ansa", "efe", "xinhua", "bloomberg");
  private static final List<String> CREDIT_OPENERS = List.of(
      "photo:", "photo by", "photos:", "photograph:", "image:", "image by", "picture:", "pictured:", "credit:",
      "foto:", "bild:", "photo credit", "image credit", "(photo", "(image", "(foto");

  private MetaLine() {
  }

  /** Whether {@code text} (one block, whitespace collapsed) is a byline, date line, credit or letterless line. */
  static boolean matches(String text) {
    if (text.isEmpty()) {
      return true;
    }
    int words = words(text);
    if (words > MAX_WORDS) {
      return false;
    }
    if (!hasLetter(text)) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return isCounter(lower) || isByline(text, lower, words) || isDateLine(lower) || isCredit(lower, words);
  }

  /** "1 of 12", "3 / 7": a gallery's position. */
  private static boolean isCounter(String lower) {
    int i = 0;
    int n = lower.length();
    while (i < n && Character.isDigit(lower.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    int j = i;
    if (lower.startsWith(" of ", j)) {
      j += 4;
    } else if (lower.startsWith(" / ", j)) {
      j += 3;
    } else if (lower.startsWith("/", j)) {
      j += 1;
    } else {
      return false;
    }
    int digits = j;
    while (j < n && Character.isDigit(lower.charAt(j))) {
      j++;
    }
    return j > digits && j == n;
  }

  /** "By Ann Lee", "Von Anna Schmidt und Jan Berg": a byline word, then a capitalised name, and no sentence. */
  private static boolean isByline(String text, String lower, int words) {
    int space = text.indexOf(' ');
    if (space < 0 || words > 10 || !BYLINE_WORDS.contains(lower.substring(0, space))) {
      return false;
    }
    // "de" and "di" open subheadings in Romance languages too: only with a byline's shape (two capitalised words)
    boolean strict = lower.startsWith("de ") || lower.startsWith("di ") || lower.startsWith("av ")
        || lower.startsWith("af ");
    int i = space + 1;
    if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    if (strict) {
      int next = text.indexOf(' ', i);
      if (next < 0 || next + 1 >= text.length() || !Character.isUpperCase(text.charAt(next + 1))) {
        return false;
      }
    }
    char last = text.charAt(text.length() - 1);
    return last != '?' && last != '!';
  }

  /** "Updated 3 March 2024", "March 3, 2024 10:32 AM ET", "2024-03-03", "5 hours ago". */
  private static boolean isDateLine(String lower) {
    for (String opener : DATE_OPENERS) {
      if (lower.startsWith(opener) && (hasDigit(lower) || lower.length() <= opener.length() + 1)) {
        return true;
      }
    }
    if (lower.endsWith(" ago") && hasDigit(lower) && words(lower) <= 4) {
      return true;
    }
    // a line made only of date and time words: numbers, month names, weekdays, AM/PM and zone letters
    int dateWords = 0;
    int otherWords = 0;
    boolean number = false;
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean letterOrDigit = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
      if (letterOrDigit && start < 0) {
        start = i;
      } else if (!letterOrDigit && start >= 0) {
        String w = lower.substring(start, i);
        if (Character.isDigit(w.charAt(0))) {
          number = true;
          dateWords++;
        } else if (MONTHS.contains(w) || w.equals("am") || w.equals("pm") || w.length() <= 3 && w.endsWith("t")
            || w.endsWith("day") || w.endsWith("tag")) {
          dateWords++;
        } else {
          otherWords++;
        }
        start = -1;
      }
    }
    return number && dateWords >= 2 && otherWords == 0;
  }

  /** "Jane Roe/AFP/Getty Images", "Photo: Reuters", "(AP Photo/Tom Wu)". */
  private static boolean isCredit(String lower, int words) {
    if (words > 8) {
      return false;
    }
    for (String opener : CREDIT_OPENERS) {
      if (lower.startsWith(opener)) {
        return true;
      }
    }
    if (lower.indexOf('/') < 0 && !lower.startsWith("©")) {
      return false; // a plain "Reuters" line is a dateline's source, and "AP" a subheading at times
    }
    String end = lower;
    while (!end.isEmpty() && !Character.isLetter(end.charAt(end.length() - 1))) {
      end = end.substring(0, end.length() - 1);
    }
    for (String e : CREDIT_ENDS) {
      if (end.endsWith(e) && (end.length() == e.length() || !Character.isLetter(end.charAt(end.length() - e.length() - 1)))) {
        return true;
      }
    }
    return lower.contains(" photo/") || lower.startsWith("(ap photo");
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whitespace-separated words in {@code t}. */
  static int words(String t) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      boolean w = !Character.isWhitespace(t.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}

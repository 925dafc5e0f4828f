package org.herald.stage.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between quote marks in one left-to-right scan, without regular expressions.
 *
 * <p>Rules, in order of trust:
 * <ul>
 *   <li>Curly double quotes pair “ with the next ” at the same nesting depth; a “ inside an open quote nests.</li>
 *   <li>A straight " opens when no quote is open and closes the open straight quote otherwise; inside a curly
 *       quote it is nested content, unless it follows closing punctuation and precedes a space (a mixed pair
 *       “…," typed in haste closes there). Two straight apostrophes '' count as one straight " (the New York Times
 *       archive writes ''…'' for double quotes); a quote's open offset is then its first apostrophe, its close
 *       offset its last.</li>
 *   <li>A ” after a space or at a paragraph start and before a letter opens a quote (a common typo for “).</li>
 *   <li>A quote still open at the end of a paragraph continues when the next paragraph starts with an opening
 *       double quote (news convention for a speech over several paragraphs); otherwise it ends at the end of
 *       the paragraph.</li>
 *   <li>Single quotes (‘ ’ and ') count only outside double quotes and only when clearly paired within
 *       {@value #MAX_SINGLE} chars of one paragraph: the opening mark follows a space, a bracket or the start of
 *       the paragraph and precedes a letter; the closing mark follows a non-space and precedes no letter or
 *       digit. A ’ inside a word ("Putin’s") or after one with no opening mark ("Koreans’") is an apostrophe.
 *       Inside double quotes single quotes are nested content, not quotes of their own.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class QuoteMarks {
  /** Longest single-quoted string taken as a quote, in chars: single quotes mark headline-like short quotes. */
  static final int MAX_SINGLE = 120;

  /**
   * One quoted stretch.
   *
   * @param open char offset of the opening mark
   * @param start char offset of the content, inclusive (after the mark and any spaces)
   * @param end char offset of the content, exclusive (before trailing spaces and a trailing comma)
   * @param close char offset of the closing mark, or -1 when the quote ends at a paragraph end unclosed
   * @param single whether single quote marks enclose it
   */
  record Marked(int open, int start, int end, int close, boolean single) {
  }

  private QuoteMarks() {
  }

  /** The quoted stretches of {@code text}, in text order, non-overlapping. */
  static List<Marked> find(String text) {
    List<Marked> out = new ArrayList<>();
    int n = text.length();
    int open = -1; // offset of the opening mark of the open double quote, or -1
    boolean straight = false; // whether the open quote was opened by a straight "
    int depth = 0; // nested curly quotes inside the open quote
    boolean nestedStraight = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean twoApostrophes = c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'';
      if (twoApostrophes) {
        c = '"';
      }
      if (c == '\n') {
        if (open >= 0) {
          int next = skipSpaces(text, i + 1);
          boolean nextTwo = next + 1 < n && text.charAt(next) == '\'' && text.charAt(next + 1) == '\'';
          if (next < n && (text.charAt(next) == '\u201c' || text.charAt(next) == '"' || nextTwo
              || (text.charAt(next) == '\u201d' && opensReversed(text, next)))
              && !opensLabel(text, next + (nextTwo ? 2 : 1))) {
            straight = text.charAt(next) == '"' || nextTwo;
            depth = 0;
            nestedStraight = false;
            i = next + (nextTwo ? 2 : 1); // the quote continues past this paragraph's end
            continue;
          }
          add(out, text, open, i, -1, false);
          open = -1;
        }
        i++;
        continue;
      }
      if (open < 0) {
        if (c == '\u201c' || c == '"' || (c == '\u201d' && opensReversed(text, i))) {
          open = i;
          straight = c == '"';
          depth = 0;
          nestedStraight = false;
          if (twoApostrophes) {
            i++;
          }
        } else if ((c == '\u2018' || c == '\'') && opensSingle(text, i)) {
          int close = closingSingle(text, i);
          if (close > 0) {
            add(out, text, i, close, close, true);
            i = close + 1;
            continue;
          }
        }
        i++;
        continue;
      }
      // inside a double quote
      if (c == '\u201c') {
        depth++;
      } else if (c == '\u201d') {
        if (depth > 0) {
          depth--;
        } else {
          add(out, text, open, i, i, false);
          open = -1;
        }
      } else if (c == '"') {
        if (straight || depth == 0 && !nestedStraight && closesMixed(text, i)) {
          add(out, text, open, i, twoApostrophes ? i + 1 : i, false);
          open = -1;
        } else {
          nestedStraight = !nestedStraight;
        }
        if (twoApostrophes) {
          i++;
        }
      }
      i++;
    }
    if (open >= 0) {
      add(out, text, open, n, -1, false);
    }
    return out;
  }

  /**
   * Whether the straight " at {@code i}, inside a curly quote, closes it ("“Immunity deals are wrong," he said):
   * it follows a comma, full stop, question or exclamation mark and precedes a space or the end.
   */
  private static boolean closesMixed(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    boolean after = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    return after && (before == ',' || before == '.' || before == '?' || before == '!');
  }

  /**
   * Whether a transcript's speaker label starts at {@code i}: at most 30 capital letters, spaces and full stops,
   * two letters at least, then a colon ("PENCE:", "SEN. SILVA:"). A quote paragraph that opens with one is a new
   * turn, not the previous quote going on.
   */
  static boolean opensLabel(String text, int i) {
    int letters = 0;
    for (int j = i; j < text.length() && j < i + 31; j++) {
      char c = text.charAt(j);
      if (c == ':') {
        return letters >= 2;
      }
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (c != ' ' && c != '.') {
        return false;
      }
    }
    return false;
  }

  /** Skips spaces and blank lines. */
  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A ” typed where “ was meant: at a paragraph start or after a space, before a letter or digit. */
  private static boolean opensReversed(String text, int i) {
    boolean before = i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == ' ';
    return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean opensSingle(String text, int i) {
    boolean before = i == 0 || isOpenContext(text.charAt(i - 1));
    return before && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isOpenContext(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-'
        || c == '/' || c == ':';
  }

  /** The offset of the mark that closes the single quote opened at {@code i}, or -1. */
  private static int closingSingle(String text, int i) {
    char want = text.charAt(i) == '\u2018' ? '\u2019' : '\'';
    int limit = Math.min(text.length(), i + 1 + MAX_SINGLE);
    for (int j = i + 2; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\u201c' || c == '\u201d' || c == '"') {
        return -1;
      }
      if (c == want && !Character.isWhitespace(text.charAt(j - 1))
          && (j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
        return j;
      }
    }
    return -1;
  }

  /** Adds the content between mark {@code open} and {@code endExcl}, trimmed; drops empty content. */
  private static void add(List<Marked> out, String text, int open, int endExcl, int close, boolean single) {
    int s = open + 1;
    if (text.charAt(open) == '\'' && s < endExcl && text.charAt(s) == '\'') {
      s++; // '' opens it
    }
    int e = endExcl;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s && text.charAt(e - 1) == ',') {
      e--; // "…relations,” Putin wrote": the comma belongs to the reporting sentence
    }
    if (e > s) {
      out.add(new Marked(open, s, e, close, single));
    }
  }
}

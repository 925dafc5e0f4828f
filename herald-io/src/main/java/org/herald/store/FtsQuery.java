package org.herald.store;

import java.util.ArrayList;
import java.util.List;
import org.herald.HeraldException;

/**
 * Turns what a person types into an FTS5 query that cannot be a syntax error: words are quoted (all must
 * match), "quoted phrases" stay phrases, a trailing {@code *} keeps a prefix search, and upper-case
 * {@code OR} and {@code NOT} stay operators. Stateless and thread-safe.
 */
final class FtsQuery {
  private FtsQuery() {
  }

  /**
   * The FTS5 query for {@code text}.
   *
   * @throws HeraldException {@link StoreCodes#QUERY} when {@code text} holds no word
   */
  static String of(String text) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean pendingOperator = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        int stop = close < 0 ? n : close;
        String phrase = words(text.substring(i + 1, stop));
        if (!phrase.isEmpty()) {
          parts.add("\"" + phrase + "\"");
          pendingOperator = false;
        }
        i = close < 0 ? n : close + 1;
        continue;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '"') {
        j++;
      }
      String word = text.substring(i, j);
      i = j;
      if ((word.equals("OR") || word.equals("NOT")) && !parts.isEmpty() && !pendingOperator) {
        parts.add(word);
        pendingOperator = true;
        continue;
      }
      boolean prefix = word.endsWith("*");
      String w = words(word);
      if (w.isEmpty()) {
        continue;
      }
      for (String piece : w.split(" ")) {
        parts.add("\"" + piece + "\"");
      }
      if (prefix) {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "*");
      }
      pendingOperator = false;
    }
    if (pendingOperator) {
      parts.remove(parts.size() - 1);
    }
    if (parts.isEmpty()) {
      throw new HeraldException(StoreCodes.QUERY, "the search '" + text + "' holds no word to look for");
    }
    return String.join(" ", parts);
  }

  /** The letters and digits of {@code s} as space-separated words (the FTS tokenizer splits the same way). */
  private static String words(String s) {
    StringBuilder b = new StringBuilder();
    boolean gap = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        b.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }
}

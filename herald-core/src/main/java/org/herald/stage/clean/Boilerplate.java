package org.herald.stage.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.ErrorCodes;
import org.herald.HeraldException;

/**
 * Recognises boilerplate paragraphs ("Comments are closed.", "Share on Facebook", "© 2024 …") from the
 * patterns of {@code boilerplate-v2.txt}. Immutable and thread-safe.
 */
final class Boilerplate {
  /** Longer paragraphs are never boilerplate: real sentences can start like a pattern. */
  static final int MAX_LENGTH = 160;

  private final Set<String> exact = new HashSet<>();
  private final List<String> prefixes;

  Boilerplate(List<String> patternLines) {
    List<String> pre = new java.util.ArrayList<>();
    for (String line : patternLines) {
      String s = line.strip();
      if (s.startsWith("exact:")) {
        exact.add(normalise(s.substring(6)));
      } else if (s.startsWith("prefix:")) {
        pre.add(s.substring(7).toLowerCase(Locale.ROOT));
      } else {
        throw new HeraldException(ErrorCodes.RESOURCE, "boilerplate pattern without exact: or prefix: " + s);
      }
    }
    this.prefixes = List.copyOf(pre);
  }

  /** Whether {@code paragraph} (one line of text) is boilerplate. */
  boolean matches(String paragraph) {
    String p = paragraph.strip();
    if (p.isEmpty()) {
      return true;
    }
    if (p.length() > MAX_LENGTH) {
      return false;
    }
    String lower = p.toLowerCase(Locale.ROOT);
    if (exact.contains(normalise(lower))) {
      return true;
    }
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, trailing punctuation and spaces dropped. */
  private static String normalise(String s) {
    String lower = s.toLowerCase(Locale.ROOT).strip();
    int end = lower.length();
    while (end > 0 && ".!:;,…|»›>".indexOf(lower.charAt(end - 1)) >= 0) {
      end--;
    }
    return lower.substring(0, end).strip();
  }
}

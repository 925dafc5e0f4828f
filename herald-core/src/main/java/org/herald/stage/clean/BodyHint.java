package org.herald.stage.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article body a page states in its JSON-LD ({@code articleBody}), as a set of word trigrams, to tell which
 * text blocks belong to the article. Immutable and thread-safe.
 */
final class BodyHint {
  /** A shorter articleBody is a teaser, not a hint. */
  private static final int MIN_WORDS = 60;

  private final Set<String> trigrams;
  private final int words;

  private BodyHint(Set<String> trigrams, int words) {
    this.trigrams = trigrams;
    this.words = words;
  }

  /** Words of the stated body (runs of letters and digits). */
  int words() {
    return words;
  }

  /** The hint of {@code articleBody}, or null when there is none worth using. */
  static BodyHint of(String articleBody) {
    if (articleBody == null) {
      return null;
    }
    List<String> words = words(articleBody);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    Set<String> t = new HashSet<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      t.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
    }
    return new BodyHint(t, words.size());
  }

  /** Whether most of the word trigrams of {@code text} occur in the stated body. */
  boolean covers(String text) {
    List<String> words = words(text);
    if (words.size() < 3) {
      return false;
    }
    int in = 0;
    int n = words.size() - 2;
    for (int i = 0; i < n; i++) {
      if (trigrams.contains(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2))) {
        in++;
      }
    }
    return in * 2 > n;
  }

  private static List<String> words(String text) {
    List<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean w = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (w && start < 0) {
        start = i;
      } else if (!w && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}

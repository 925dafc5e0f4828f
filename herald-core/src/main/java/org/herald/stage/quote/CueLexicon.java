package org.herald.stage.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.model.Article;
import org.herald.pipeline.Resources;

/**
 * The cue words of {@code quote-cues-v2.tsv}, indexed by the lower-case text of their first token. Immutable
 * and thread-safe once built.
 */
final class CueLexicon {
  /** The resource it reads. */
  static final String RESOURCE = "quote-cues-v2.tsv";

  /**
   * One surface form of a cue.
   *
   * @param lemma the lemma stored in {@link Quote#cue()}
   * @param words the form's lower-case tokens, at least one
   * @param object whether it takes a listener before its clause ("told reporters that")
   * @param bare whether it may take a clause without "that"
   * @param source whether the speaker follows it ("according to X")
   * @param np whether its content may be a noun phrase ("criticized the plan", "called for a recount")
   * @param stance whether it states an attitude, not speech ("seemed to", "plans to"): it introduces reported
   *     content but never a direct quote
   */
  record Cue(String lemma, String[] words, boolean object, boolean bare, boolean source, boolean np,
             boolean stance) {
  }

  /**
   * A cue found in an article.
   *
   * @param cue the cue
   * @param first index of its first token
   * @param end index after its last token
   */
  record Match(Cue cue, int first, int end) {
    /** Char offset where it starts in {@code a}. */
    int start(Article a) {
      return a.tokenStart(first);
    }

    /** Char offset after its last char in {@code a}. */
    int endChar(Article a) {
      return a.tokenEnd(end - 1);
    }
  }

  private final Map<String, List<Cue>> byFirstWord;
  private final int maxLength; // of a first word: longer tokens are never looked up
  /**
   * Bits set at the hashes of the first words: a token whose hash bit is clear starts no cue, found without
   * making a string of it (most tokens: the ranker and the tagger ask about every token near a quote).
   */
  private final long[] firstWordBits = new long[FILTER_BITS / 64];
  private static final int FILTER_BITS = 1 << 15;

  private CueLexicon(Map<String, List<Cue>> byFirstWord) {
    this.byFirstWord = byFirstWord;
    this.maxLength = byFirstWord.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (String w : byFirstWord.keySet()) {
      int h = filterHash(w, 0, w.length());
      firstWordBits[h >>> 6] |= 1L << h;
    }
  }

  /** A hash of chars [s, e) of {@code text}, lower-cased, in [0, FILTER_BITS). */
  private static int filterHash(String text, int s, int e) {
    int h = 0x811C9DC5;
    for (int i = s; i < e; i++) {
      h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x01000193;
    }
    return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
  }

  /** Reads the lexicon from {@code resources}. */
  static CueLexicon load(Resources resources) {
    Map<String, List<Cue>> map = new HashMap<>();
    for (String line : resources.lines(RESOURCE)) {
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalArgumentException(RESOURCE + ": expected 3 columns in '" + line + "'");
      }
      String lemma = cols[0].strip();
      List<String> flags = List.of(cols[2].strip().split(","));
      for (String form : cols[1].split(",")) {
        String[] words = form.strip().toLowerCase(Locale.ROOT).split(" +");
        Cue cue = new Cue(lemma, words, flags.contains("object"), flags.contains("bare"), flags.contains("source"),
            flags.contains("np"), flags.contains("stance"));
        map.computeIfAbsent(words[0], k -> new ArrayList<>(1)).add(cue);
      }
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return new CueLexicon(Map.copyOf(map));
  }

  /**
   * The cue starting at token {@code t} of {@code a} that may introduce a direct quote, or null: not a stance
   * cue, and not a noun after a determiner ("the demands of the job").
   */
  Match speechAt(Article a, int t) {
    Match m = at(a, t);
    if (m == null || m.cue().stance()) {
      return null;
    }
    return t > 0 && NOUN_MARKERS.contains(a.tokenText(t - 1).toLowerCase(Locale.ROOT)) ? null : m;
  }

  /** Words before a cue form that make it a noun. */
  private static final java.util.Set<String> NOUN_MARKERS = java.util.Set.of("the", "a", "an", "his", "her", "its",
      "their", "our", "my", "your", "this", "these", "those");

  /**
   * The cue starting at token {@code t} of {@code a}, or null. Cue verbs must be lower case, so that
   * "States" in "United States" never counts; only source cues ("According to") may be capitalised.
   */
  Match at(Article a, int t) {
    return at(a, t, false);
  }

  /**
   * The cue starting at token {@code t} of {@code a}, or null; with {@code anyCase} a capitalised cue verb
   * counts too (title-case headlines: "Christie Calls Clinton ‘A Disgrace’").
   */
  Match at(Article a, int t, boolean anyCase) {
    String text = a.text();
    char first = text.charAt(a.tokenStart(t));
    boolean lower = Character.isLowerCase(first);
    if (!lower && !Character.isUpperCase(first) || a.tokenEnd(t) - a.tokenStart(t) > maxLength) {
      return null;
    }
    int h = filterHash(text, a.tokenStart(t), a.tokenEnd(t));
    if ((firstWordBits[h >>> 6] & 1L << h) == 0) {
      return null;
    }
    String word = a.tokenText(t);
    List<Cue> cues = byFirstWord.get(lower ? word : word.toLowerCase(Locale.ROOT));
    if (cues == null) {
      return null;
    }
    Match best = null;
    for (Cue c : cues) {
      if (!lower && !c.source() && !anyCase) {
        continue; // only "According to" may start a sentence
      }
      int n = c.words().length;
      if (t + n > a.tokenCount()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        ok = a.tokenText(t + k).equalsIgnoreCase(c.words()[k]);
      }
      if (ok && (best == null || n > best.end() - best.first())) {
        best = new Match(c, t, t + n);
      }
    }
    return best;
  }
}

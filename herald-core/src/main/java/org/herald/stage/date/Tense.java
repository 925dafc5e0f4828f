package org.herald.stage.date;

/**
 * The tense around a time expression, read from the cue words nearest to it in its sentence: future cues
 * ("will", "ahead", "is to", "expected"), past cues ("met", "was", words in -ed), and reporting verbs ("said"),
 * which only count when nothing else does because they date the telling, not the event. Thread-safe.
 */
enum Tense {
  PAST, FUTURE, UNKNOWN;

  /** Class ids of the cue classes. */
  record Cues(int future, int futureTo, int past, int report, int word) {
    static Cues of(Lexicon lex) {
      return new Cues(lex.classId("FUTURE_CUE"), lex.classId("FUTURE_TO"), lex.classId("PAST_CUE"),
          lex.classId("REPORT_CUE"), Lexicon.WORD);
    }
  }

  /** The tense for the expression over units [from, to) of {@code u}. */
  static Tense around(Units u, int from, int to, Cues cues) {
    return around(u, from, to, cues, Integer.MAX_VALUE);
  }

  /** The tense for the expression over units [from, to), read from cues at most {@code window} units away. */
  static Tense around(Units u, int from, int to, Cues cues, int window) {
    boolean reported = false;
    int max = Math.min(window, Math.max(from, u.size - to));
    for (int d = 1; d <= max; d++) {
      Tense left = from - d >= 0 ? cue(u, from - d, cues, d) : UNKNOWN;
      Tense right = to - 1 + d < u.size ? cue(u, to - 1 + d, cues, d) : UNKNOWN;
      if (left == FUTURE || right == FUTURE) {
        return FUTURE;
      }
      if (left == PAST || right == PAST) {
        return PAST;
      }
      reported |= from - d >= 0 && u.has(from - d, cues.report())
          || to - 1 + d < u.size && u.has(to - 1 + d, cues.report());
    }
    return reported ? PAST : UNKNOWN;
  }

  private static boolean isPassiveAuxiliary(String w) {
    return w.equals("be") || w.equals("been") || w.equals("being") || w.equals("is") || w.equals("are");
  }

  private static Tense cue(Units u, int i, Cues cues, int distance) {
    if (u.has(i, cues.future())) {
      return FUTURE;
    }
    if (u.has(i, cues.futureTo()) && i + 1 < u.size && u.lower[i + 1].equals("to")) {
      return FUTURE;
    }
    // a reporting verb right next to the expression dates it: "announced Friday", "said on Friday"
    boolean past = u.has(i, cues.past()) || distance <= 2 && u.has(i, cues.report());
    if (!past && u.has(i, cues.word())) {
      String w = u.lower[i];
      int n = w.length();
      past = n > 4 && w.charAt(n - 2) == 'e' && w.charAt(n - 1) == 'd' && w.charAt(n - 3) != 'e';
    }
    if (past && i > 0 && isPassiveAuxiliary(u.lower[i - 1])) {
      return UNKNOWN; // "will be held", "is heard": the participle carries no tense, the auxiliary before it does
    }
    return past ? PAST : UNKNOWN;
  }
}

package org.herald.stage.token;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English news text into tokens and sentences with a single left-to-right scan (no regular
 * expressions, no backtracking). Words keep inner hyphens ("Kim Jong-un", "1950-1953"), numbers keep their
 * separators ("1,000.5"), abbreviations keep their period ("Mr.", "U.S."), possessive and negative clitics
 * split off ("Putin" "'s", "do" "n't"), and each punctuation mark is a token. Sentences end at . ! ? (and
 * closing quotes or brackets after them) before a capital, digit or opening quote, and at every line break; after
 * an abbreviation's period only before a capitalised word, and after a capital initialism's ("U.S.") only before a
 * word that opens sentences ("The", "He", "But") or a quote.
 * Stateless and thread-safe.
 */
public final class Tokenizer {
  /** Abbreviations that take a period, lower-cased, without it. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
      "sen", "rep", "gov", "pres", "supt", "rev", "fr", "hon", "amb", "st", "mt", "ft", "jr", "sr", "inc",
      "corp", "ltd", "co", "bros", "plc", "vs", "etc", "approx", "dept", "univ", "no", "nos", "vol", "fig",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "est", "al", "ave", "blvd", "rd", "cf");
  /** Abbreviations that never end a sentence because a name always follows them. */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
      "sen", "rep", "gov", "pres", "supt", "rev", "fr", "hon", "amb", "st", "mt", "no", "nos", "vol", "fig");

  /** Tokens and sentences of one text. */
  public record Result(int[] starts, int[] ends, int[] sentenceStarts) {
  }

  /** Tokenises {@code text} and splits it into sentences. */
  public Result tokenize(String text) {
    IntList starts = new IntList();
    IntList ends = new IntList();
    IntList sentences = new IntList();
    int n = text.length();
    int i = 0;
    boolean sentenceOpen = false;
    boolean breakPending = false; // a sentence-final mark was seen; break before the next qualifying token
    boolean weakBreak = false; // the mark was an abbreviation's period: only a capitalised word starts a sentence
    boolean initialismBreak = false; // the period of "U.S.": only a word that opens sentences starts one
    boolean newlineSeen = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
        if (c == '\n' || c == '\r' || c == '\u2029') {
          newlineSeen = true;
        }
        i++;
        continue;
      }
      int end = scanToken(text, i);
      // decide whether this token starts a new sentence
      if (!sentenceOpen || newlineSeen
          || (breakPending && startsSentence(text, i)
              && (!weakBreak || Character.isUpperCase(c) && !continuesAfterAbbreviation(text, i))
              && (!initialismBreak || isOpeningQuote(c) || opensSentences(text, i)))) {
        sentences.add(starts.size());
        sentenceOpen = true;
      }
      breakPending = breakPending && isClosing(c) && !newlineSeen;
      newlineSeen = false;
      starts.add(i);
      ends.add(end);
      if (isSentenceFinal(text, i, end)) {
        breakPending = true;
        weakBreak = end - i > 1 && text.charAt(end - 1) == '.' && text.charAt(i) != '.';
        initialismBreak = weakBreak && isCapitalInitialism(text, i, end);
      }
      i = end;
    }
    return new Result(starts.toArray(), ends.toArray(), sentences.toArray());
  }

  /** Words that go on a clause after an abbreviation's period: "9 a.m. Tuesday", "Oct. 5 GMT". */
  private static final Set<String> CONTINUES_AFTER_ABBREVIATION = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet");

  private static boolean continuesAfterAbbreviation(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return CONTINUES_AFTER_ABBREVIATION.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * Words that open sentences, capitalised: after a capital initialism's period ("U.S.", "U.N.") only these start a
   * new sentence, since a capitalised word there is far more often the name it modifies ("the U.S. Treasury said",
   * "a U.N. Security Council vote") than a new sentence ("... with the U.S. The talks ...").
   */
  private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
      "You", "This", "That", "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "In", "On", "At", "By",
      "For", "From", "With", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Earlier", "Later", "Last",
      "Next", "If", "When", "While", "After", "Before", "Since", "As", "Although", "Though", "Because", "Some",
      "Many", "Most", "Both", "All", "No", "Other", "Such", "What", "Why", "How", "Who", "Where", "Asked", "Under",
      "Also", "Still", "Now", "Then", "Officials", "Analysts", "Sources");

  private static boolean opensSentences(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return SENTENCE_OPENERS.contains(text.substring(start, end));
  }

  /** Whether {@code [start, end)} is capital letters each followed by a period: "U.S.", "U.K.", "U.S.A.". */
  private static boolean isCapitalInitialism(String text, int start, int end) {
    if (end - start < 4) {
      return false;
    }
    for (int k = start; k < end; k += 2) {
      if (k + 1 >= end || !Character.isUpperCase(text.charAt(k)) || text.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00bb';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00ab';
  }

  /** Whether a token starting at {@code i} may begin a sentence after a sentence-final mark. */
  private static boolean startsSentence(String text, int i) {
    char c = text.charAt(i);
    if (isClosing(c) && !isOpeningQuote(c)) {
      return false;
    }
    return Character.isUpperCase(c) || Character.isDigit(c) || isOpeningQuote(c) || c == '\u2014' || c == '-';
  }

  private boolean isSentenceFinal(String text, int start, int end) {
    char last = text.charAt(end - 1);
    if (last == '!' || last == '?') {
      return true;
    }
    if (last != '.' && last != '\u2026') {
      return false;
    }
    if (end - start == 1 || last == '\u2026') {
      return true; // a lone period or an ellipsis
    }
    String word = text.substring(start, end - 1).toLowerCase(Locale.ROOT);
    if (TITLE_ABBREVIATIONS.contains(word)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(text.charAt(start))) {
      return false; // an initial: "J. Smith"
    }
    return word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word) || word.equals("..");
  }

  /** Returns the end of the token that starts at {@code i}. */
  private int scanToken(String text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return scanWord(text, i);
    }
    // clitics: 's 're 've 'll 'd 'm after a word were split by scanWord; here they start a token
    if ((c == '\'' || c == '\u2019') && i > 0 && Character.isLetter(text.charAt(i - 1))) {
      int j = i + 1;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String clitic = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
      if (clitic.equals("s") || clitic.equals("re") || clitic.equals("ve") || clitic.equals("ll")
          || clitic.equals("d") || clitic.equals("m")) {
        return j;
      }
      return i + 1;
    }
    if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
      int j = i + 3;
      while (j < n && text.charAt(j) == '.') {
        j++;
      }
      return j;
    }
    if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
      int j = i + 2;
      while (j < n && text.charAt(j) == '-') {
        j++;
      }
      return j;
    }
    if ((c == '!' || c == '?')) {
      int j = i + 1;
      while (j < n && (text.charAt(j) == '!' || text.charAt(j) == '?')) {
        j++;
      }
      return j;
    }
    if (Character.isHighSurrogate(c) && i + 1 < n) {
      return i + 2;
    }
    return i + 1;
  }

  private int scanWord(String text, int start) {
    int n = text.length();
    int i = start;
    boolean digitsOnly = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (!Character.isDigit(c)) {
          digitsOnly = false;
        }
        i++;
        continue;
      }
      boolean nextAlnum = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
      if ((c == '-' || c == '\u2010' || c == '\u2011' || c == '&') && nextAlnum) {
        i++;
        continue;
      }
      if ((c == ',' || c == '.' || c == ':') && digitsOnly && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
        i++; // 1,000.5 and 10:30
        continue;
      }
      if ((c == '\'' || c == '\u2019') && nextAlnum) {
        // split "Putin's", "don't"; keep "O'Brien"
        int j = i + 1;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        String rest = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (rest.equals("s") || rest.equals("re") || rest.equals("ve") || rest.equals("ll")
            || rest.equals("d") || rest.equals("m")) {
          return i;
        }
        if (rest.equals("t") && i - 1 > start && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')) {
          return i - 1; // "don't" -> "do" "n't"
        }
        i++;
        continue;
      }
      if (c == '.') {
        // "U.S." style: single letters separated by periods, and known abbreviations
        String word = text.substring(start, i);
        if (i + 2 < n && Character.isLetter(text.charAt(i + 1)) && text.charAt(i + 2) == '.'
            && isInitialism(text, start, i)) {
          i += 2;
          continue;
        }
        if ((word.indexOf('.') >= 0 && isInitialism(text, start, i))
            || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
            || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
          return i + 1;
        }
      }
      break;
    }
    // "n't" after a verb: the scan above stopped at the apostrophe; nothing more to do
    return i;
  }

  /** Whether text[start, end) is letters each followed by a period except the last: "U.S", "e.g". */
  private static boolean isInitialism(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      boolean even = (k - start) % 2 == 0;
      char c = text.charAt(k);
      if (even ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /** A growable int array, to avoid boxing on the hot path. */
  private static final class IntList {
    private int[] data = new int[64];
    private int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}

package org.herald.stage.date;

import java.util.Arrays;
import org.herald.model.Article;
import org.herald.model.Sentence;

/**
 * The units the DATE grammar matches over, for one sentence: its tokens, with hyphenated tokens that hold a
 * number or a date word split into parts ("mid-2023" → mid, -, 2023; "three-day" → three, -, day), each with
 * its word classes as a bit mask and the value of each class. Char offsets are into the article text.
 * Built per sentence, used by one thread.
 */
final class Units {
  int size;
  int[] start = new int[32];
  int[] end = new int[32];
  String[] lower = new String[32];
  long[] mask = new long[32];
  String[][] values = new String[32][];
  boolean[] capital = new boolean[32];

  /** The value of class {@code cls} on unit {@code u}, or null. */
  String value(int u, int cls) {
    return (mask[u] & (1L << cls)) == 0 ? null : values[u][cls];
  }

  boolean has(int u, int cls) {
    return cls >= 0 && (mask[u] & (1L << cls)) != 0;
  }

  /** The units of sentence {@code s} of {@code article}. */
  static Units of(Article article, Sentence s, Lexicon lex) {
    Units u = new Units();
    String text = article.text();
    String[] scratch = new String[lex.classCount()];
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      int ts = article.tokenStart(t);
      int te = article.tokenEnd(t);
      String word = text.substring(ts, te);
      String lw = Lexicon.lower(word);
      int hyphen = firstHyphen(word);
      if (hyphen > 0 && !lex.isKnown(lw) && u.addParts(word, lw, ts, lex, scratch)) {
        continue;
      }
      u.add(ts, te, word, lw, lex, scratch);
    }
    u.dropNameParts(lex);
    return u;
  }

  private static int firstHyphen(String w) {
    for (int i = 1; i < w.length() - 1; i++) {
      char c = w.charAt(i);
      if (c == '-' || c == '\u2010' || c == '\u2011') {
        return i;
      }
    }
    return -1;
  }

  /** Adds the parts of a hyphenated token when one of them is a date word or number; false to keep it whole. */
  private boolean addParts(String word, String lw, int offset, Lexicon lex, String[] scratch) {
    int[] bounds = new int[word.length() + 2];
    int nb = 0;
    bounds[nb++] = -1;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '-' || c == '\u2010' || c == '\u2011') {
        bounds[nb++] = i;
      }
    }
    bounds[nb++] = word.length();
    boolean any = false;
    long[] masks = new long[nb - 1];
    for (int p = 0; p + 1 < nb; p++) {
      String part = word.substring(bounds[p] + 1, bounds[p + 1]);
      if (part.isEmpty()) {
        return false;
      }
      Arrays.fill(scratch, null);
      masks[p] = lex.classify(part, Lexicon.lower(part), scratch);
      any |= (masks[p] & lex.splitMask()) != 0;
    }
    if (!any) {
      return false;
    }
    if (nb == 3 && tensAndUnits(lw, bounds[1], lex, offset, word, scratch)) {
      return true;
    }
    for (int p = 0; p + 1 < nb; p++) {
      if (p > 0) {
        int h = bounds[p];
        add(offset + h, offset + h + 1, "-", "-", lex, scratch);
      }
      int ps = bounds[p] + 1;
      int pe = bounds[p + 1];
      String part = word.substring(ps, pe);
      add(offset + ps, offset + pe, part, Lexicon.lower(part), lex, scratch);
    }
    return true;
  }

  /** "twenty-five" as one NUMBER unit. */
  private boolean tensAndUnits(String lw, int h, Lexicon lex, int offset, String word, String[] scratch) {
    int num = Lexicon.NUMBER;
    Arrays.fill(scratch, null);
    long a = lex.classify(word.substring(0, h), lw.substring(0, h), scratch);
    String tens = scratch[num];
    Arrays.fill(scratch, null);
    long b = lex.classify(word.substring(h + 1), lw.substring(h + 1), scratch);
    String ones = scratch[num];
    if ((a & (1L << num)) == 0 || (b & (1L << num)) == 0 || !Character.isLetter(lw.charAt(0))) {
      return false;
    }
    int t = Integer.parseInt(tens);
    int o = Integer.parseInt(ones);
    if (t < 20 || t > 90 || t % 10 != 0 || o < 1 || o > 9) {
      return false;
    }
    grow();
    int i = size++;
    start[i] = offset;
    end[i] = offset + word.length();
    lower[i] = lw;
    String[] v = new String[scratch.length];
    v[num] = Integer.toString(t + o);
    values[i] = v;
    mask[i] = 1L << num;
    capital[i] = Character.isUpperCase(word.charAt(0));
    return true;
  }

  private void add(int s, int e, String word, String lw, Lexicon lex, String[] scratch) {
    grow();
    Arrays.fill(scratch, null);
    long m = lex.classify(word, lw, scratch);
    int i = size++;
    start[i] = s;
    end[i] = e;
    lower[i] = lw;
    mask[i] = m;
    values[i] = m == 0 ? null : scratch.clone();
    capital[i] = Character.isUpperCase(word.charAt(0));
  }

  /** Drops WEEKDAY and MONTH where they are part of a name: "Theresa May", "Super Tuesday". */
  private void dropNameParts(Lexicon lex) {
    long sensitive = lex.nameSensitiveMask();
    for (int i = 1; i < size; i++) {
      if ((mask[i] & sensitive) != 0
          && lex.isNamePart(mask[i], mask[i - 1], capital[i - 1] && Character.isLetter(lower[i - 1].charAt(0)))) {
        mask[i] &= ~sensitive;
      }
    }
  }

  private void grow() {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      lower = Arrays.copyOf(lower, n);
      mask = Arrays.copyOf(mask, n);
      values = Arrays.copyOf(values, n);
      capital = Arrays.copyOf(capital, n);
    }
  }
}

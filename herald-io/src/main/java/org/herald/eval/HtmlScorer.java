package org.herald.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores extracted article bodies against gold bodies the way the article-extraction benchmark does: each text
 * becomes its word tokens (runs of letters, digits and underscores, case kept), then its 4-token shingles; per
 * page the shingle counts give true positives, false positives and false negatives, normalised by their sum so
 * that long pages weigh no more than short ones; precision and recall are the means over pages, and F1 their
 * harmonic mean. A second, looser figure compares lower-cased bags of words the same way. Mutable; not
 * thread-safe.
 */
public final class HtmlScorer {
  /** The benchmark's shingle length. */
  public static final int SHINGLE = 4;

  private final List<double[]> shingles = new ArrayList<>();
  private final List<double[]> words = new ArrayList<>();

  /** One page's figures: normalised true positives, false positives and false negatives. */
  public record PageScore(double tp, double fp, double fn) {
    /** Precision on this page, as the benchmark defines it (1 when both texts are empty). */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** Recall on this page, as the benchmark defines it (1 when both texts are empty). */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Adds one page and returns its shingle score. */
  public PageScore add(String gold, String predicted) {
    List<String> g = tokens(gold, false);
    List<String> p = tokens(predicted, false);
    PageScore s = match(shingles(g), shingles(p));
    shingles.add(new double[] {s.tp, s.fp, s.fn});
    PageScore w = match(counts(tokens(gold, true)), counts(tokens(predicted, true)));
    words.add(new double[] {w.tp, w.fp, w.fn});
    return s;
  }

  /** Mean precision over pages of the shingle score. */
  public double precision() {
    return mean(shingles, true);
  }

  /** Mean recall over pages of the shingle score. */
  public double recall() {
    return mean(shingles, false);
  }

  /** Harmonic mean of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    return harmonic(precision(), recall());
  }

  /** F1 of lower-cased bags of words, averaged the same way (a looser figure than the shingles'). */
  public double wordF1() {
    return harmonic(mean(words, true), mean(words, false));
  }

  public double wordPrecision() {
    return mean(words, true);
  }

  public double wordRecall() {
    return mean(words, false);
  }

  /** Pages added. */
  public int pages() {
    return shingles.size();
  }

  private static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double mean(List<double[]> pages, boolean precision) {
    double sum = 0;
    int n = 0;
    for (double[] x : pages) {
      PageScore s = new PageScore(x[0], x[1], x[2]);
      // the benchmark leaves out pages where the figure is undefined
      if (precision ? x[0] + x[1] > 0 : x[0] + x[2] > 0) {
        sum += precision ? s.precision() : s.recall();
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static PageScore match(Map<String, Integer> gold, Map<String, Integer> predicted) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : gold.entrySet()) {
      int p = predicted.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), p);
      fn += Math.max(0, e.getValue() - p);
    }
    for (Map.Entry<String, Integer> e : predicted.entrySet()) {
      fp += Math.max(0, e.getValue() - gold.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
  }

  /** Counts of the 4-token shingles of {@code tokens} (one shorter shingle when there are fewer tokens). */
  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n && i < Math.max(1, tokens.size()); i++) {
      if (tokens.isEmpty()) {
        break;
      }
      String key = String.join("\u0000", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    for (String t : tokens) {
      out.merge(t, 1, Integer::sum);
    }
    return out;
  }

  /** The word tokens of {@code text}: maximal runs of letters, digits, marks and underscores. */
  static List<String> tokens(String text, boolean lowerCase) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      boolean word = i < text.length() && isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        String t = text.substring(start, i);
        out.add(lowerCase ? t.toLowerCase(Locale.ROOT) : t);
        start = -1;
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}

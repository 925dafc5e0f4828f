package org.herald.stage.date;

import java.time.LocalDate;
import org.herald.model.Article;

/**
 * What one article has said so far that later expressions lean on: whether it reports on quarters (an earnings
 * report, where "a year ago" means the same quarter a year earlier), the first quarter it named ("the
 * quarter", "the latest period") and the last calendar date it named ("that day", "later that year"). Built per
 * article, used by one thread.
 */
final class Discourse {
  private final LocalDate anchor;
  private final boolean quarterly;
  private String focusQuarter;
  private String lastDate;

  private Discourse(LocalDate anchor, boolean quarterly) {
    this.anchor = anchor;
    this.quarterly = quarterly;
  }

  /** The discourse of {@code article}: quarterly when any token holds the word "quarter". */
  static Discourse of(Article article) {
    String text = article.text();
    boolean quarterly = false;
    for (int t = 0; t < article.tokenCount() && !quarterly; t++) {
      int s = article.tokenStart(t);
      int e = article.tokenEnd(t);
      quarterly = e - s >= 7 && text.regionMatches(true, e - 7, "quarter", 0, 7)
          || e - s >= 8 && text.regionMatches(true, e - 8, "quarters", 0, 8);
    }
    return new Discourse(article.published(), quarterly);
  }

  /** Whether the article talks of quarters. */
  boolean isQuarterly() {
    return quarterly;
  }

  /** Remembers the first quarter the article names ({@code 1989-Q3}): the one a report is about. */
  void namedQuarter(String value) {
    // only a calendar quarter: "XXXX-Q4" (no publication date to resolve against) names no year to count from
    if (focusQuarter == null && value.length() == 7 && value.charAt(5) == 'Q' && Character.isDigit(value.charAt(6))
        && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(3))) {
      focusQuarter = value;
    }
  }

  /**
   * The quarter "the quarter" means, moved by {@code n} quarters: the first one named, else the last complete
   * quarter before the publication date (a report on a quarter comes out after it ends); {@code XXXX-QX} without
   * either.
   */
  String quarter(int n) {
    int year;
    int q;
    if (focusQuarter != null) {
      year = Integer.parseInt(focusQuarter.substring(0, 4));
      q = focusQuarter.charAt(6) - '0';
    } else if (anchor != null) {
      year = anchor.getYear();
      q = (anchor.getMonthValue() - 1) / 3; // the previous quarter, 0 meaning Q4 of the year before
      if (q == 0) {
        q = 4;
        year--;
      }
    } else {
      return "XXXX-QX";
    }
    int index = year * 4 + (q - 1) + n;
    return TimexResolver.year(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
  }

  /** Remembers {@code value} when it is a calendar DATE or TIME ({@code 1998-10-23}, {@code 1998}): "that day". */
  void namedDate(String value) {
    if (value.length() >= 4 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(3))
        && (value.length() == 4 || value.charAt(4) == '-')) {
      lastDate = value;
    }
  }

  /** The last calendar date named so far, else the publication date, else null. */
  String lastDate() {
    return lastDate != null ? lastDate : anchor == null ? null : anchor.toString();
  }
}

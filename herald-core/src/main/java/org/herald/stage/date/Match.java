package org.herald.stage.date;

import java.time.LocalDate;

/**
 * One grammar match handed to a {@link Normaliser}: the captured units by label, the rule's arguments, the
 * anchor date (null when the article has no publication date) and the tense around it, worked out on demand.
 * Used by one thread.
 */
final class Match {
  private final Units units;
  private final Grammar.Found found;
  private final Grammar grammar;
  private final Tense.Cues cues;
  private final LocalDate anchor;
  private final Discourse discourse;
  private Tense tense;

  Match(Units units, Grammar.Found found, Grammar grammar, Tense.Cues cues, LocalDate anchor, Discourse discourse) {
    this.discourse = discourse;
    this.units = units;
    this.found = found;
    this.grammar = grammar;
    this.cues = cues;
    this.anchor = anchor;
  }

  /** The publication date, or null. */
  LocalDate anchor() {
    return anchor;
  }

  /** What the article said before this match. */
  Discourse discourse() {
    return discourse;
  }

  /** The rule argument {@code key}, or {@code otherwise}. */
  String arg(String key, String otherwise) {
    return found.rule().args().getOrDefault(key, otherwise);
  }

  /** The value captured under the first of {@code labels} that captured anything, or null. */
  String value(String... labels) {
    for (String l : labels) {
      int slot = grammar.label(l);
      if (slot < 0) {
        continue;
      }
      int unit = found.capUnit()[slot];
      if (unit >= 0) {
        int cls = found.capClass()[slot];
        return cls >= 0 ? units.values[unit][cls] : units.lower[unit];
      }
    }
    return null;
  }

  /**
   * The year the match names: a YEAR, or one said in words ("nineteen ninety-six": {@code :hi} 19 and
   * {@code :lo} 96; "the year two thousand": {@code hi=20} and no {@code :lo}), or null.
   */
  String year() {
    String y = value("YEAR");
    if (y != null) {
      return y;
    }
    int hi = has("hi") ? number("hi") : Integer.parseInt(arg("hi", "-1"));
    int lo = has("lo") ? number("lo") : arg("hi", null) != null ? 0 : -1;
    if (hi < 11 || hi > 20 || lo < 0 || lo > 99 || !has("lo") && arg("hi", null) == null || has("hi") && lo < 10) {
      return null;
    }
    return TimexResolver.year(hi * 100 + lo);
  }

  /** Whether any of {@code labels} captured something. */
  boolean has(String... labels) {
    return value(labels) != null;
  }

  /** The value of {@code labels} as an int, or -1. */
  int number(String... labels) {
    String v = value(labels);
    if (v == null) {
      return -1;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The tense of the sentence around the match. */
  Tense tense() {
    if (tense == null) {
      String window = arg("window", null);
      tense = Tense.around(units, found.from(), found.to(), cues,
          window == null ? Integer.MAX_VALUE : Integer.parseInt(window));
    }
    return tense;
  }

  /**
   * The direction named by a unit captured as {@code :dir} or by argument {@code dir} ({@code last}, {@code next},
   * {@code this}), or the tense's:
   * past → PAST, future → FUTURE, unknown → {@code unknown}.
   */
  TimexResolver.Direction direction(TimexResolver.Direction unknown) {
    String d = value("dir"); // a captured "last"/"next"/"this" (holidays), else the rule's argument
    if (d == null) {
      d = arg("dir", "tense");
    }
    return switch (d) {
      case "last" -> TimexResolver.Direction.LAST;
      case "next" -> TimexResolver.Direction.NEXT;
      case "this" -> TimexResolver.Direction.THIS;
      case "nearest" -> TimexResolver.Direction.NEAREST;
      case "tense" -> switch (tense()) {
        case PAST -> TimexResolver.Direction.PAST;
        case FUTURE -> TimexResolver.Direction.FUTURE;
        case UNKNOWN -> unknown;
      };
      default -> throw new IllegalArgumentException("dir=" + d);
    };
  }
}

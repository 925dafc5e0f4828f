package org.herald.cli;

import java.time.LocalDate;
import org.herald.ErrorCodes;
import org.herald.HeraldException;
import org.herald.store.Filter;
import picocli.CommandLine.Option;

/** The filters the store's query commands share: days, actor, event type, country. */
final class FilterOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Keep what happened (events) or was published (articles) on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Keep what happened or was published on or before this day.")
  LocalDate to;

  @Option(names = "--actor", paramLabel = "CODE",
      description = "CAMEO actor code as source or target: RUSGOV, or a country part such as RUS.")
  String actor;

  @Option(names = "--type", paramLabel = "PLOVER", description = "PLOVER event type, such as CONSULT or ASSAULT.")
  String type;

  @Option(names = "--country", paramLabel = "ISO3",
      description = "ISO 3166-1 alpha-3 country of a participant or of the place.")
  String country;

  /** The store filter with {@code limit} (0 for all). */
  Filter filter(int limit) {
    if (limit < 0) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--limit must be 0 (all) or more, not " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, "--to " + to + " is before --from " + from);
    }
    check("--actor", actor, 3, 30);
    check("--country", country, 3, 3);
    check("--type", type, 2, 30);
    return new Filter(from, to, actor, type, country, limit);
  }

  private static void check(String option, String value, int min, int max) {
    if (value == null) {
      return;
    }
    String v = value.strip();
    boolean ok = v.length() >= min && v.length() <= max;
    for (int i = 0; ok && i < v.length(); i++) {
      char c = v.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (!ok) {
      throw new HeraldException(ErrorCodes.USAGE_VALUE, option + " '" + value + "' is not a code ("
          + (min == max ? min : min + "-" + max) + " letters or digits)");
    }
  }
}

package org.herald.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A person, organisation or place across the store: the entities of every article that share its canonical name
 * and country.
 *
 * @param name canonical name
 * @param country ISO 3166-1 alpha-3 code, or null
 * @param type the type most articles give it (PERSON, ORGANIZATION, LOCATION, MISC)
 * @param articles how many articles mention it
 * @param firstSeen earliest publication day among them, or null
 * @param lastSeen latest publication day, or null
 * @param roles its roles with how many articles give each, most frequent first
 * @param quoteCount how many quotations it is the speaker of
 * @param quotes its newest quotations, at most the limit asked
 * @param eventCount how many event reports it is source or target of
 * @param events the linked events of its newest reports, at most the limit asked
 */
public record EntityProfile(String name, String country, String type, int articles, LocalDate firstSeen,
                            LocalDate lastSeen, Map<String, Integer> roles, int quoteCount, List<StoredQuote> quotes,
                            int eventCount, List<LinkedEvent> events) {
  public EntityProfile {
    roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }
}

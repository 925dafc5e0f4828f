package org.herald.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a store holds.
 *
 * @param path the store file
 * @param schemaVersion its schema version
 * @param bytes size of the file with its write-ahead log, in bytes
 * @param articles stored articles
 * @param entities entities (per article)
 * @param quotes quotations
 * @param dates time expressions
 * @param reports event reports (per article)
 * @param events linked events
 * @param firstPublished earliest publication day, or null
 * @param lastPublished latest publication day, or null
 * @param types linked events per PLOVER type, most first
 * @param actors linked events per source actor code, the ten most frequent
 * @param countries linked events per country (participant or location), the ten most frequent
 */
public record StoreStats(String path, int schemaVersion, long bytes, long articles, long entities, long quotes,
                         long dates, long reports, long events, LocalDate firstPublished, LocalDate lastPublished,
                         Map<String, Long> types, Map<String, Long> actors, Map<String, Long> countries) {
}

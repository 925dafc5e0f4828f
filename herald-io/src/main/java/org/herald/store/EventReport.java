package org.herald.store;

import java.time.LocalDate;

/**
 * One article's report of an event: where it was read (provenance) and how it was coded there.
 *
 * @param eventId the report's row id
 * @param articleId the article's row id
 * @param url the article's URL, or null
 * @param path the file the article was read from, or null
 * @param title the article's title, or null
 * @param published the article's publication day, or null
 * @param trigger the trigger words
 * @param start char offset of the trigger in the article's text, inclusive
 * @param end char offset of the trigger, exclusive
 * @param sentenceStart char offset of the trigger's sentence, inclusive
 * @param sentenceEnd char offset of the sentence's end, exclusive
 * @param isRoot whether the sentence is in the article's first paragraph
 * @param status asserted, intended, negated or hypothetical
 * @param mode PLOVER mode, or null
 * @param date TIMEX3 value the text gives for the event, or null
 * @param locationName where it happened as named, or null
 * @param locationCountry ISO 3166-1 alpha-3 code of the location, or null
 * @param lat latitude of the location, or null
 * @param lon longitude of the location, or null
 * @param ingestedAt when the article was stored, UTC {@code YYYYMMDDHHMMSS}
 */
public record EventReport(long eventId, long articleId, String url, String path, String title, LocalDate published,
                          String trigger, int start, int end, int sentenceStart, int sentenceEnd, boolean isRoot,
                          String status, String mode, String date, String locationName, String locationCountry,
                          Double lat, Double lon, String ingestedAt) {
  /** The URL, else the path: where a reader finds the article. */
  public String sourceUrl() {
    return url != null ? url : path;
  }
}

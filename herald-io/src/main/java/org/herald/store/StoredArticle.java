package org.herald.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored article with its text and every annotation, offsets being char offsets into {@code text} (start
 * inclusive, end exclusive). What the server's article view shows.
 *
 * @param id the article's row id
 * @param url its URL, or null
 * @param path the file it was read from, or null
 * @param title its title, or null
 * @param published its publication day, or null
 * @param language its language code
 * @param ingestedAt when it was stored, UTC {@code YYYYMMDDHHMMSS}
 * @param text the clean text; paragraphs separated by "\n"
 * @param entities its entities with their mentions
 * @param quotes its quotations
 * @param dates its time expressions
 * @param events its event reports with their coding
 */
public record StoredArticle(long id, String url, String path, String title, LocalDate published, String language,
                            String ingestedAt, String text, List<EntityRow> entities, List<QuoteRow> quotes,
                            List<DateRow> dates, List<EventRow> events) {
  public StoredArticle {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
    events = List.copyOf(events);
  }

  /** An entity of the article: type PERSON, ORGANIZATION, LOCATION or MISC; country, lat and lon may be null. */
  public record EntityRow(String localId, String type, String name, String country, List<String> roles, Double lat,
                          Double lon, List<MentionRow> mentions) {
    public EntityRow {
      roles = List.copyOf(roles);
      mentions = List.copyOf(mentions);
    }
  }

  /** One mention of an entity: its span and kind (NAME, ROLE, PRONOUN…). */
  public record MentionRow(int start, int end, String kind) {
  }

  /** A quotation: content span, speaker (name and span, either may be null) and cue (may be null). */
  public record QuoteRow(int start, int end, String text, boolean direct, String speakerName, Integer speakerStart,
                         Integer speakerEnd, String cue, Integer cueStart, Integer cueEnd) {
  }

  /** A time expression with its TIMEX3 type and value; endValue and mod may be null. */
  public record DateRow(int start, int end, String text, String type, String value, String endValue, String mod) {
  }

  /** An event report: trigger span, linked event, participants (target fields may be null) and coding. */
  public record EventRow(long id, String localId, long linkId, String trigger, int start, int end,
                         int sentenceStart, int sentenceEnd, String sourceName, String sourceCode,
                         String targetName, String targetCode, String cameo, String plover, String mode,
                         int quadClass, double goldstein, String status, String date, String locationName,
                         String locationCountry, Double lat, Double lon) {
  }
}

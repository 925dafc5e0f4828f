package org.herald.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML document: the plain text of its TEXT element (tags stripped, whitespace kept), its creation date and
 * the gold TIMEX3s inside TEXT.
 *
 * @param id the DOCID, else the name it was read under
 * @param created the day of the CREATION_TIME TIMEX3 (the publication date), or null when it has none or it is
 *     not a calendar day
 * @param text the TEXT content, offsets of {@code timexes} point into it
 * @param timexes the gold TIMEX3s of TEXT, sorted by start; unmodifiable
 */
public record TimeMlDocument(String id, LocalDate created, String text, List<TimeMlTimex> timexes) {
  public TimeMlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }
}

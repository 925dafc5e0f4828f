package org.herald.eval;

import java.util.Objects;

/**
 * A gold TIMEX3 of a TimeML document's TEXT.
 *
 * @param start char offset into {@link TimeMlDocument#text()}, inclusive
 * @param end char offset, exclusive
 * @param text the covered text
 * @param type the {@code type} attribute (DATE, TIME, DURATION, SET), or "" when missing
 * @param value the {@code value} attribute, or "" when missing
 */
public record TimeMlTimex(int start, int end, String text, String type, String value) {
  public TimeMlTimex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}

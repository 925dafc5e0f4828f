package org.herald.stage.date;

import java.util.Objects;
import org.herald.model.Span;

/**
 * A time expression with its normalised TIMEX3 value.
 *
 * @param start char offset, inclusive
 * @param end char offset, exclusive
 * @param text the covered text
 * @param type DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: {@code 2024-06-18}, {@code 2023-09}, {@code 1950}, {@code 2024-W25}, {@code P3Y},
 *     {@code PRESENT_REF}, {@code XXXX-06-18}
 * @param endValue TIMEX3 value of a range's end ("1953"), or null when the expression is not a range; TimeML tags
 *     the two ends of a range apart ("1950-1953" → "1950" and "1953"), and the first of them carries the end here
 * @param mod TIMEX3 mod (EARLY, LATE, BEFORE, AFTER, START, END…), or null
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value, String endValue,
                             String mod) implements Span {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}

package org.herald.stage.event;

import java.util.Objects;
import org.herald.model.Span;

/**
 * Who did what to whom: one coded interaction, pointing back to its trigger and sentence.
 *
 * @param id article-local id: {@code V1}, {@code V2}…
 * @param start char offset of the trigger, inclusive
 * @param end char offset of the trigger, exclusive
 * @param trigger the trigger words ("will develop", "hosted")
 * @param sentence bounds of the sentence it came from
 * @param source who acts
 * @param target who is acted on, or null
 * @param cameo CAMEO event code, such as {@code 042}
 * @param plover PLOVER event type, such as {@code CONSULT}
 * @param mode PLOVER mode, or null
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein scale score, -10 to 10
 * @param status asserted, intended, negated or hypothetical
 * @param date TIMEX3 value of when it happened, or null when the text does not say
 * @param location where it happened, or null
 */
public record Event(String id, int start, int end, String trigger, Span sentence, Participant source,
                    Participant target, String cameo, String plover, String mode, int quadClass,
                    double goldstein, EventStatus status, String date, Location location) implements Span {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(status, "status");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class " + quadClass + " not in 1-4");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein score " + goldstein + " not in -10..10");
    }
  }
}

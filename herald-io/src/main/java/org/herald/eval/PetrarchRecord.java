package org.herald.eval;

import java.util.List;
import java.util.Objects;

/**
 * One PETRARCH validation record: a sentence and the events PETRARCH's authors expect from it.
 *
 * @param id the record id ({@code DEMO-01}, {@code AFP0808020625_4})
 * @param category the record's category ({@code DEMO}, {@code AFP}), or empty
 * @param date the record's date as written ({@code 19950101}), or empty
 * @param text the sentence, its line breaks folded into spaces
 * @param codings the expected events; empty when {@code noEvents}
 * @param noEvents whether the record expects no event at all ({@code noevents="True"})
 */
public record PetrarchRecord(String id, String category, String date, String text, List<Coding> codings,
                             boolean noEvents) {
  public PetrarchRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    codings = List.copyOf(codings);
  }

  /**
   * One expected event.
   *
   * @param source the source actor code ({@code USAGOV}, {@code ARN}, {@code ---LEG})
   * @param target the target actor code, {@code ---} for none
   * @param code the CAMEO event code ({@code 042})
   */
  public record Coding(String source, String target, String code) {
    public Coding {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(code, "code");
    }

    /** The two-digit CAMEO root of the code ({@code 04} for {@code 042}). */
    public String root() {
      return code.length() >= 2 ? code.substring(0, 2) : code;
    }
  }

  /** Whether the record belongs to the development records: its id ends in an odd digit. */
  public boolean isDevelopment() {
    char last = id.charAt(id.length() - 1);
    return Character.isDigit(last) && (last - '0') % 2 == 1;
  }
}

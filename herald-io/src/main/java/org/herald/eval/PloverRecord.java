package org.herald.eval;

import java.util.List;
import java.util.Objects;

/**
 * One PLOVER gold standard record: a sentence with its one coded event.
 *
 * @param id the record id ({@code PLOVER-GSR01-AGREE-0001})
 * @param type the PLOVER event type, in current names ({@code REQUEST} where the file says {@code DEMAND},
 *     {@code ACCUSE} where it says {@code DISAPPROVE})
 * @param text the sentence
 * @param sources source actor codes as the file writes them ({@code USA}, {@code IGO}), possibly empty
 * @param targets target actor codes, possibly empty
 */
public record PloverRecord(String id, String type, String text, List<String> sources, List<String> targets) {
  public PloverRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** Whether the record belongs to the development split: its id ends in an odd digit (the test split: even). */
  public boolean isDevelopment() {
    char last = id.charAt(id.length() - 1);
    return Character.isDigit(last) && (last - '0') % 2 == 1;
  }

  /** The current PLOVER name of a type: {@code DEMAND} → {@code REQUEST}, {@code DISAPPROVE} → {@code ACCUSE}. */
  public static String currentType(String type) {
    return switch (type) {
      case "DEMAND" -> "REQUEST";
      case "DISAPPROVE" -> "ACCUSE";
      default -> type;
    };
  }
}

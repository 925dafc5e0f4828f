package org.herald.stage.name;

import java.util.Objects;
import org.herald.model.Span;

/**
 * One place in the text that refers to an entity.
 *
 * @param start char offset, inclusive
 * @param end char offset, exclusive
 * @param kind by name, by role or by pronoun
 */
public record Mention(int start, int end, MentionKind kind) implements Span {
  public Mention {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention [" + start + "," + end + ")");
    }
  }
}

package org.herald.stage.syntax;

import java.util.Objects;

/**
 * A prepositional phrase attached to a clause's verb: "with" + "Putin", "in" + "Moscow".
 *
 * @param preposition index of the preposition's first token (article-wide)
 * @param word the preposition, lower case, words joined by one space ("because of")
 * @param object the noun phrase it governs
 */
public record Attachment(int preposition, String word, Phrase object) {
  public Attachment {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(object, "object");
  }
}

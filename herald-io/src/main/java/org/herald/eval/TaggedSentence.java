package org.herald.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold sentence of a tagging corpus: tokens with their Penn Treebank tags and, where the corpus has them,
 * their chunk tags.
 *
 * @param words the tokens, in the corpus's spelling
 * @param pos their part-of-speech tags
 * @param chunks their IOB chunk tags (B-NP, I-NP, O, ...), or null when the corpus has none
 */
public record TaggedSentence(List<String> words, List<String> pos, List<String> chunks) {
  public TaggedSentence {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(pos, "pos");
    words = List.copyOf(words);
    pos = List.copyOf(pos);
    chunks = chunks == null ? null : List.copyOf(chunks);
    if (pos.size() != words.size() || chunks != null && chunks.size() != words.size()) {
      throw new IllegalArgumentException("words, tags and chunks differ in length: " + words.size() + ", "
          + pos.size() + ", " + (chunks == null ? "-" : chunks.size()));
    }
  }

  /** Number of tokens. */
  public int size() {
    return words.size();
  }
}

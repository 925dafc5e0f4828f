package org.herald.stage.syntax;

import java.util.Objects;
import org.herald.model.Span;

/**
 * One phrase chunk of a sentence, an element of {@link SyntaxStage#CHUNKS}. Chunks never overlap and never
 * cross a sentence; tokens outside every chunk (most punctuation, coordinators) have none.
 *
 * @param type the phrase type
 * @param start char offset of its first token, inclusive
 * @param end char offset after its last token, exclusive
 * @param firstToken index of its first token in the article
 * @param endToken index after its last token (exclusive)
 */
public record Chunk(ChunkType type, int start, int end, int firstToken, int endToken) implements Span {
  public Chunk {
    Objects.requireNonNull(type, "type");
    if (firstToken < 0 || endToken <= firstToken || start < 0 || end < start) {
      throw new IllegalArgumentException("bad chunk tokens [" + firstToken + "," + endToken + ") chars ["
          + start + "," + end + ")");
    }
  }

  /** Number of tokens. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}

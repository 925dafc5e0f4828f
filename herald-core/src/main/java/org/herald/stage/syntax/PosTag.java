package org.herald.stage.syntax;

import java.util.Objects;
import org.herald.model.Span;

/**
 * The part of speech of one token, an element of {@link SyntaxStage#POS} (one per token, in token order).
 *
 * @param token index of the token in the article
 * @param start char offset of the token, inclusive
 * @param end char offset after it, exclusive
 * @param tag its Penn Treebank tag, such as {@code NNP} or {@code VBD}
 */
public record PosTag(int token, int start, int end, String tag) implements Span {
  public PosTag {
    Objects.requireNonNull(tag, "tag");
  }

  /** Whether the tag is a verb's (VB, VBD, VBG, VBN, VBP, VBZ) or a modal's (MD). */
  public boolean isVerb() {
    return tag.startsWith("VB") || tag.equals("MD");
  }

  /** Whether the tag is a noun's (NN, NNS, NNP, NNPS). */
  public boolean isNoun() {
    return tag.startsWith("NN");
  }
}

package org.herald.model;

/**
 * One sentence of an article.
 *
 * @param index position among the article's sentences, from 0
 * @param start char offset of its first token, inclusive
 * @param end char offset after its last token, exclusive
 * @param firstToken index of its first token
 * @param endToken index after its last token (exclusive)
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) implements Span {
  /** Number of tokens. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}

package org.herald.stage.syntax;

/**
 * A noun phrase a clause names as subject, object, agent or prepositional object: its extent (the core noun
 * chunk with its possessor, "of" phrases and apposition) and its head word. Token indexes are article-wide.
 *
 * @param firstToken index of its first token
 * @param endToken index after its last token (exclusive)
 * @param head index of its head token (the last noun of the core chunk)
 */
public record Phrase(int firstToken, int endToken, int head) {
  public Phrase {
    if (firstToken < 0 || endToken <= firstToken || head < firstToken || head >= endToken) {
      throw new IllegalArgumentException("bad phrase [" + firstToken + "," + endToken + ") head " + head);
    }
  }

  /** Whether token {@code token} lies in the phrase. */
  public boolean contains(int token) {
    return token >= firstToken && token < endToken;
  }
}

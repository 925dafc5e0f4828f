package org.herald.stage.syntax;

import java.util.List;

/**
 * The syntax of one sentence: its tokens' tags, its chunks and its clauses. Token indexes are article-wide.
 * Immutable.
 *
 * @param firstToken index of the sentence's first token
 * @param pos the Penn Treebank tag of each token, from {@code firstToken} on
 * @param chunks the sentence's chunks in text order
 * @param clauses one clause per verb group, in text order
 */
public record SentenceSyntax(int firstToken, List<String> pos, List<Chunk> chunks, List<Clause> clauses) {
  public SentenceSyntax {
    pos = List.copyOf(pos);
    chunks = List.copyOf(chunks);
    clauses = List.copyOf(clauses);
  }

  /** Index after the sentence's last token. */
  public int endToken() {
    return firstToken + pos.size();
  }

  /** The tag of article token {@code token}, which must lie in the sentence. */
  public String pos(int token) {
    return pos.get(token - firstToken);
  }

  /** The chunk that holds article token {@code token}, or null when none does. */
  public Chunk chunkAt(int token) {
    for (Chunk c : chunks) {
      if (token >= c.firstToken() && token < c.endToken()) {
        return c;
      }
    }
    return null;
  }

  /**
   * The clause whose verb group holds article token {@code token}, or null when the token is in no verb group
   * (a noun such as "talks", or a verb the chunker missed).
   */
  public Clause clauseOf(int token) {
    for (Clause c : clauses) {
      if (c.hasVerbToken(token)) {
        return c;
      }
    }
    return null;
  }
}

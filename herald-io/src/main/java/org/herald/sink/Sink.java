package org.herald.sink;

import org.herald.model.Article;

/** Where extracted articles go: a file of JSON Lines, a store, a stream. */
public interface Sink extends AutoCloseable {
  /** Takes one extracted article. */
  void accept(Article article);

  /** Flushes and releases what the sink holds. */
  @Override
  void close();
}

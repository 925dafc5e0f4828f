package org.herald.pipeline;

import org.herald.model.Article;
import org.herald.model.RawDocument;

/**
 * The first step of every pipeline: turns a raw document (text or HTML) into an article with clean text and
 * an offset map back to the source. Thread-safe.
 */
@FunctionalInterface
public interface Cleaner {
  /** Cleans {@code raw}; never throws on bad markup, records problems on the article instead. */
  Article clean(RawDocument raw);
}

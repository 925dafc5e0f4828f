package org.herald.store;

/**
 * What storing one article did.
 *
 * @param articleId the stored article's row id (the existing one when unchanged or a duplicate)
 * @param outcome whether it was new, already there, nearly the same as a stored one, or replaced an older version
 *     from the same URL
 */
public record Ingested(long articleId, Outcome outcome) {
  /** What storing an article did. */
  public enum Outcome {
    /** A new article was stored. */
    STORED,
    /** The same article (by normalised URL and content hash) was already stored; nothing changed. */
    UNCHANGED,
    /** An article from the same URL with other content was replaced by this one. */
    UPDATED,
    /**
     * Nearly the same text as a stored article from another URL (a syndicated copy, a lightly edited version): not
     * stored again; its URL is remembered as another address of the stored one.
     */
    DUPLICATE
  }
}

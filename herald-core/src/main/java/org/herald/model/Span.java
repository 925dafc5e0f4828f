package org.herald.model;

/**
 * Anything that covers a stretch of an article's clean text: char offsets, start inclusive, end exclusive.
 * Records of every layer implement it, so generic checks (offsets in range, inside sentences) apply to all.
 */
public interface Span {
  /** First char offset, inclusive. */
  int start();

  /** Last char offset, exclusive. */
  int end();

  /** The covered text of {@code article}. */
  default String textIn(Article article) {
    return article.text().substring(start(), end());
  }

  /** Whether this span and {@code other} share at least one char. */
  default boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /** Whether {@code other} lies wholly inside this span. */
  default boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  /** A plain span, for bounds that carry no other data. */
  static Span of(int start, int end) {
    return new Bounds(start, end);
  }

  /** Plain char bounds. */
  record Bounds(int start, int end) implements Span {
    public Bounds {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
      }
    }
  }
}

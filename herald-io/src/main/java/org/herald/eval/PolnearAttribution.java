package org.herald.eval;

import java.util.List;
import org.herald.model.Span;

/**
 * One gold attribution relation of PolNeAR: who (source) said (cue) what (content). Spans are char offsets into
 * the article's {@code .txt}; a part annotated in several fragments has one span per fragment, in text order.
 *
 * @param id the brat relation id ({@code E12})
 * @param source the speaker's fragments; empty when the annotator marked no source
 * @param cue the cue's fragments; may be empty
 * @param content the content's fragments, at least one
 */
public record PolnearAttribution(String id, List<Span> source, List<Span> cue, List<Span> content) {
  public PolnearAttribution {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("attribution " + id + " has no content");
    }
  }

  /** Whether any fragment of {@code parts} overlaps {@code span}. */
  public static boolean overlaps(List<Span> parts, Span span) {
    for (Span p : parts) {
      if (p.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** Chars of {@code span} covered by fragments of {@code parts}. */
  public static int overlap(List<Span> parts, Span span) {
    int n = 0;
    for (Span p : parts) {
      n += Math.max(0, Math.min(p.end(), span.end()) - Math.max(p.start(), span.start()));
    }
    return n;
  }
}

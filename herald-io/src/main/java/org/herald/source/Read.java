package org.herald.source;

import java.util.Objects;
import org.herald.HeraldException;
import org.herald.model.RawDocument;

/**
 * One item a source produced: a document, or the reason one input could not be read. Sources never stop a
 * batch for one bad input; they hand its failure on so it can be reported and skipped.
 *
 * @param origin where it came from (a path, {@code -} for standard input), for messages
 * @param document the document, or null when {@code error} is set
 * @param error why the input was skipped, or null when {@code document} is set
 */
public record Read(String origin, RawDocument document, HeraldException error) {
  public Read {
    Objects.requireNonNull(origin, "origin");
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("a read holds either a document or an error");
    }
  }

  static Read ok(String origin, RawDocument document) {
    return new Read(origin, document, null);
  }

  static Read failed(String origin, HeraldException error) {
    return new Read(origin, null, error);
  }

  /** Whether this read holds a document. */
  public boolean isOk() {
    return document != null;
  }
}

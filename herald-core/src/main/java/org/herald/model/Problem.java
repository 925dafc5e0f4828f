package org.herald.model;

import java.util.Objects;

/**
 * Something wrong with an input that parsing worked around (bad markup, undecodable bytes, truncation).
 * Parsers record problems instead of throwing; an article keeps a capped list of them.
 *
 * @param code stable code such as {@code H-INPUT-003}
 * @param offset char offset in the raw input, or -1 when unknown
 * @param line 1-based line in the raw input, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message one line for a person
 */
public record Problem(String code, int offset, int line, int column, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A problem with no position. */
  public static Problem of(String code, String message) {
    return new Problem(code, -1, 0, 0, message);
  }
}

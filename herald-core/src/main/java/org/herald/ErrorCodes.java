package org.herald;

/** The stable error codes of {@link HeraldException}s. Never renumber: users search for them. */
public final class ErrorCodes {
  /** An input file or folder does not exist. */
  public static final String INPUT_MISSING = "H-INPUT-001";
  /** An input is binary or otherwise not an article. */
  public static final String INPUT_BINARY = "H-INPUT-002";
  /** An input holds no text. */
  public static final String INPUT_EMPTY = "H-INPUT-003";
  /** An input cannot be read (permissions, I/O error). */
  public static final String INPUT_UNREADABLE = "H-INPUT-004";
  /** An input is larger than the configured limit. */
  public static final String INPUT_TOO_LARGE = "H-INPUT-005";
  /** An option value is invalid (a date, a number). */
  public static final String USAGE_VALUE = "H-USAGE-001";
  /** A resource (dictionary, model) is missing or malformed. */
  public static final String RESOURCE = "H-RESOURCE-001";
  /** A stage failed on an article; the article is skipped. */
  public static final String STAGE_FAILED = "H-STAGE-001";
  /** Writing output failed. */
  public static final String OUTPUT = "H-OUTPUT-001";

  private ErrorCodes() {
  }
}

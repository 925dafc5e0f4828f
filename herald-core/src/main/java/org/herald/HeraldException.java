package org.herald;

import java.util.Objects;

/**
 * A failure a user can act on, with a stable code such as {@code H-INPUT-002}. Each interface maps it once:
 * the CLI prints {@code herald: <message> [code]}, REST returns {@code {"code","message"}}.
 */
public class HeraldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  public HeraldException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public HeraldException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable code, such as {@code H-INPUT-002}. */
  public String code() {
    return code;
  }
}

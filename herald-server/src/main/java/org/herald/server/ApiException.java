package org.herald.server;

/** A failure answered as {@code {"code","message"}} with HTTP status {@link #status()}. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** A 400 for a bad parameter. */
  static ApiException badParameter(String message) {
    return new ApiException(400, ServerCodes.BAD_PARAMETER, message);
  }

  /** A 404. */
  static ApiException notFound(String message) {
    return new ApiException(404, ServerCodes.NOT_FOUND, message);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The stable error code. */
  public String code() {
    return code;
  }
}

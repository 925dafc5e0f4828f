package org.herald.server;

/** The stable error codes of the REST API's own errors (store and input errors keep their codes). Never renumber. */
public final class ServerCodes {
  /** A query parameter or body field is malformed or out of range (HTTP 400). */
  public static final String BAD_PARAMETER = "H-API-001";
  /** No such resource (HTTP 404). */
  public static final String NOT_FOUND = "H-API-002";
  /** The request body is larger than the server accepts (HTTP 413). */
  public static final String TOO_LARGE = "H-API-003";
  /** A token is needed and was missing or wrong (HTTP 401). */
  public static final String UNAUTHORIZED = "H-API-004";
  /** Ingestion is closed on this server: bound beyond localhost with no token configured (HTTP 403). */
  public static final String FORBIDDEN = "H-API-005";
  /** Something failed inside the server (HTTP 500). */
  public static final String INTERNAL = "H-API-006";
  /** The request's content type is not one the endpoint reads (HTTP 415). */
  public static final String MEDIA_TYPE = "H-API-007";
  /** The method is not allowed on this path (HTTP 405). */
  public static final String METHOD = "H-API-008";

  private ServerCodes() {
  }
}

package org.herald.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param bind the address to listen on: 127.0.0.1 by default; anything beyond loopback needs a token to ingest
 * @param port the port; 0 for any free port
 * @param token the token that POST requests must carry ({@code Authorization: Bearer TOKEN}), or null for none
 * @param maxBodyBytes the largest request body accepted, in bytes
 * @param maxPageSize the most items one page of results may hold
 */
public record ServerConfig(String bind, int port, String token, long maxBodyBytes, int maxPageSize) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 7777;

  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not 0-65535");
    }
    if (maxBodyBytes < 1 || maxPageSize < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxBodyBytes + ", " + maxPageSize);
    }
    token = token == null || token.isBlank() ? null : token.strip();
  }

  /** Loopback on {@code port}, no token, 2 MB bodies, 500 items a page. */
  public static ServerConfig local(int port) {
    return new ServerConfig(DEFAULT_BIND, port, null, 2L << 20, 500);
  }

  /** This configuration bound to {@code address}. */
  public ServerConfig bind(String address) {
    return new ServerConfig(address, port, token, maxBodyBytes, maxPageSize);
  }

  /** This configuration with {@code value} as the ingestion token (null for none). */
  public ServerConfig token(String value) {
    return new ServerConfig(bind, port, value, maxBodyBytes, maxPageSize);
  }

  /** This configuration with other limits. */
  public ServerConfig limits(long bodyBytes, int pageSize) {
    return new ServerConfig(bind, port, token, bodyBytes, pageSize);
  }

  /** Whether the bind address is a loopback address (only this machine can connect). */
  public boolean isLoopback() {
    if (bind.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

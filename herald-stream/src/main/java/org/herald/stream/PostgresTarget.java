package org.herald.stream;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the JDBC sink writes: a PostgreSQL JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB}) and its user and
 * password, either of which may be null (then the URL's own parameters, or the server's trust rules, apply).
 *
 * @param url a {@code jdbc:postgresql:} URL
 * @param user the user, or null
 * @param password the password, or null; never printed by {@link #toString()}
 */
public record PostgresTarget(String url, String user, String password) implements Serializable {
  public PostgresTarget {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB): " + url);
    }
  }

  /** A new connection, auto-commit off. */
  Connection connect() throws SQLException {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "herald-stream");
    Connection c = DriverManager.getConnection(url, p);
    c.setAutoCommit(false);
    return c;
  }

  @Override
  public String toString() {
    return url + (user == null ? "" : " as " + user);
  }
}

package org.herald.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds nullable numbers to statement parameters: SQL NULL for null. Shared by the stores of Herald's schema. */
public final class SqlParams {
  private SqlParams() {
  }

  /** Binds {@code v} to parameter {@code i}, or NULL. */
  public static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.BIGINT);
    } else {
      p.setLong(i, v);
    }
  }

  /** Binds {@code v} to parameter {@code i}, or NULL. */
  public static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setInt(i, v);
    }
  }

  /** Binds {@code v} to parameter {@code i}, or NULL. */
  public static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.DOUBLE);
    } else {
      p.setDouble(i, v);
    }
  }
}

package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.herald.HeraldException;

/**
 * Brings a store's schema up to date: the scripts named in {@code migrations/migrations.txt} run in order, each
 * in its own transaction with its row in {@code schema_version}, so a store is always at a whole version.
 */
final class Migrations {
  private static final String FOLDER = "/org/herald/store/migrations/";

  /** One script: its version (1-based position in the list), name and SQL. */
  record Script(int version, String name, String sql) {
  }

  private Migrations() {
  }

  /** The bundled scripts, in order. */
  static List<Script> bundled() {
    List<Script> scripts = new ArrayList<>();
    for (String line : read("migrations.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      scripts.add(new Script(scripts.size() + 1, name, read(name)));
    }
    return List.copyOf(scripts);
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("migration resource missing: " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FOLDER + name, e);
    }
  }

  /** The schema version of the store on {@code c}: 0 for an empty database. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
             + "AND name = 'schema_version'")) {
      r.next();
      if (r.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /**
   * Runs the scripts the store on {@code c} has not run yet; returns the version reached. {@code c} is in
   * auto-commit mode and stays so.
   *
   * @throws HeraldException {@link StoreCodes#CORRUPT} for another program's database, {@link StoreCodes#TOO_NEW}
   *     for a store from a newer Herald
   */
  static int apply(Connection c, List<Script> scripts, String where) throws SQLException {
    return apply(c, scripts, where, (conn, version) -> { });
  }

  /** Work in Java that a script's version needs beside its SQL (filling a new table from existing rows). */
  @FunctionalInterface
  interface Backfill {
    /** Runs inside the transaction of script {@code version}, after its SQL. */
    void run(Connection c, int version) throws SQLException;
  }

  /** As {@link #apply(Connection, List, String)}, running {@code backfill} in each script's transaction. */
  static int apply(Connection c, List<Script> scripts, String where, Backfill backfill) throws SQLException {
    int current = version(c);
    if (current == 0) {
      try (Statement s = c.createStatement();
           ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
        r.next();
        if (r.getInt(1) > 0) {
          throw new HeraldException(StoreCodes.CORRUPT, where + " is a database of another program, not a Herald store");
        }
      }
    }
    if (current > scripts.size()) {
      throw new HeraldException(StoreCodes.TOO_NEW, where + " has schema version " + current
          + ", newer than this Herald knows (" + scripts.size() + "); use a newer Herald");
    }
    for (Script script : scripts.subList(current, scripts.size())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            + "script TEXT NOT NULL, applied_at TEXT NOT NULL)");
        for (String sql : statements(script.sql())) {
          s.executeUpdate(sql);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          p.setInt(1, script.version());
          p.setString(2, script.name());
          p.setString(3, Instant.now().toString());
          p.executeUpdate();
        }
        backfill.run(c, script.version());
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      current = script.version();
    }
    return current;
  }

  /**
   * The statements of a script: split at semicolons that end a line (before any trailing {@code --} comment), with
   * comment lines dropped.
   */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (String line : sql.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      b.append(line).append('\n');
      // a statement ends at a semicolon closing a line, a trailing comment aside (scripts hold no '--' in strings)
      String code = t.contains("--") ? t.substring(0, t.indexOf("--")).strip() : t;
      if (code.endsWith(";")) {
        out.add(b.toString().strip());
        b.setLength(0);
      }
    }
    if (!b.toString().isBlank()) {
      out.add(b.toString().strip());
    }
    return out;
  }
}

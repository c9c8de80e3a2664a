/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.caperules.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a ledger database's schema to the current version: a {@code schema_version} table
 * holds the versions applied, and each numbered script not yet applied runs in its own
 * transaction, together with its row in {@code schema_version}, so a script either applies
 * whole or not at all. The scripts are resources beside this class, written in the SQL that
 * SQLite and PostgreSQL share. Example: a new SQLite file gets {@code V1__claim_ledger.sql} and
 * {@code schema_version} holds {@code 1}.
 */
public final class Migrations {

  /** The scripts, in order; script {@code i} is version {@code i + 1}. */
  static final List<String> SCRIPTS = List.of("V1__claim_ledger.sql");

  private Migrations() {}

  /**
   * Returns the version the scripts bring a database to.
   *
   * @return the latest version
   */
  public static int latestVersion() {
    return SCRIPTS.size();
  }

  /**
   * Applies the scripts not yet applied.
   *
   * @param connection  the connection, in auto-commit mode; left in auto-commit mode
   * @return the version of the schema afterwards
   * @throws SQLException if a script fails; that script is rolled back
   * @throws IllegalStateException if the database is of a newer version than this library
   */
  public static int migrate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL"
          + " PRIMARY KEY, script VARCHAR(200) NOT NULL)");
    }
    int current = currentVersion(connection);
    if (current > SCRIPTS.size()) {
      throw new IllegalStateException("The ledger's schema is version " + current
          + ", newer than this cape-rules (version " + SCRIPTS.size() + "): update cape-rules");
    }
    for (int version = current + 1; version <= SCRIPTS.size(); version++) {
      String script = SCRIPTS.get(version - 1);
      connection.setAutoCommit(false);
      try {
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements(read(script))) {
            statement.execute(sql);
          }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO schema_version (version, script) VALUES (?, ?)")) {
          insert.setInt(1, version);
          insert.setString(2, script);
          insert.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException ex) {
        connection.rollback();
        throw ex;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    return SCRIPTS.size();
  }

  /** The highest version applied, 0 for none. */
  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** Splits a script into statements: a statement ends with {@code ;} at the end of a line. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    return statements;
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("Migration script " + script + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException("Migration script " + script + " cannot be read", ex);
    }
  }
}

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the ledger stores values in SQL that SQLite and PostgreSQL read back alike: dates as ISO
 * text ({@code 2026-07-13}), money as plain decimal text with two decimals ({@code 1000.00}),
 * absent values as SQL NULL. Also the SHA-256 of a file's content (the key of a file recorded
 * once) and a JDBC URL with its password masked, for messages. Example: {@code
 * money(new BigDecimal("12.5"))} stores {@code 12.50}.
 */
public final class Sql {

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private Sql() {}

  /** Sets a date parameter, NULL for null. */
  public static void date(PreparedStatement statement, int index, @Nullable LocalDate date)
      throws SQLException {
    text(statement, index, date == null ? null : date.toString());
  }

  /** Sets a money parameter with two decimals, NULL for null. */
  public static void money(PreparedStatement statement, int index, @Nullable BigDecimal amount)
      throws SQLException {
    text(statement, index, amount == null ? null
        : amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
  }

  /** Sets a text parameter, NULL for null. */
  public static void text(PreparedStatement statement, int index, @Nullable String text)
      throws SQLException {
    if (text == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, text);
    }
  }

  /** Reads a date column, null for NULL. */
  public static @Nullable LocalDate date(ResultSet rows, String column) throws SQLException {
    String text = rows.getString(column);
    return text == null ? null : LocalDate.parse(text);
  }

  /** Reads a money column, null for NULL. */
  public static @Nullable BigDecimal money(ResultSet rows, String column) throws SQLException {
    String text = rows.getString(column);
    return text == null ? null : new BigDecimal(text);
  }

  /** Reads a text column that is NOT NULL in the schema. */
  public static String required(ResultSet rows, String column) throws SQLException {
    String text = rows.getString(column);
    if (text == null) {
      throw new SQLException("Column " + column + " is NULL but the schema requires a value");
    }
    return text;
  }

  /** The lowercase hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
      byte[] buffer = new byte[65_536];
      while (in.read(buffer) >= 0) {
        // the digest sees every byte
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException ex) {
      throw new UncheckedIOException("File '" + file + "' cannot be read", ex);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("Every Java platform has SHA-256", ex);
    }
  }

  /** A JDBC URL or file name with any password parameter replaced by {@code ***}. */
  public static String masked(String location) {
    return PASSWORD.matcher(location).replaceAll("$1***");
  }
}

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
package org.caperules.ledger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.caperules.core.EntryNumber;
import org.jspecify.annotations.Nullable;

/**
 * The two databases every ledger test runs on: a SQLite file in a temporary directory, and a
 * PostgreSQL server whose JDBC URL is in {@value #POSTGRES_URL} (environment or system property;
 * .ci/with-postgres starts one). Without it the PostgreSQL runs are skipped, saying why. Each
 * PostgreSQL ledger gets a schema of its own, dropped and created afresh.
 */
enum TestLedgers {
  SQLITE,
  POSTGRESQL;

  /** The variable naming the test PostgreSQL server. */
  static final String POSTGRES_URL = "CAPE_TEST_POSTGRES_URL";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  /** Returns the location of a fresh, empty ledger; skips the test when PostgreSQL is absent. */
  String freshLocation(Path dir) {
    if (this == SQLITE) {
      return dir.resolve("claims-" + SCHEMAS.incrementAndGet() + ".db").toString();
    }
    String url = Objects.requireNonNullElse(postgresUrl(), "");
    assumeTrue(!url.isEmpty(), POSTGRES_URL + " is not set: PostgreSQL ledger tests skipped (run"
        + " them with: bash .ci/with-postgres mvn -B verify)");
    String schema = "ledger_test_" + ProcessHandle.current().pid() + "_"
        + SCHEMAS.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException ex) {
      throw new IllegalStateException("Test PostgreSQL at " + url + " cannot be used", ex);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static @Nullable String postgresUrl() {
    String url = System.getProperty(POSTGRES_URL);
    if (url == null || url.isBlank()) {
      url = System.getenv(POSTGRES_URL);
    }
    return url == null || url.isBlank() ? null : url;
  }

  /** A valid entry number with filer code TST and serial {@code serial}. */
  static EntryNumber entry(int serial) {
    String base = String.format(Locale.ROOT, "TST%07d", serial);
    return EntryNumber.of(base + EntryNumber.checkDigit(base));
  }

  /** Writes a file as UTF-8. */
  static Path write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}

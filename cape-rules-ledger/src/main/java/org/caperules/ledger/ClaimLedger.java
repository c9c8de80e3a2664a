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

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.ledger.internal.Migrations;
import org.caperules.ledger.internal.Sql;
import org.jspecify.annotations.Nullable;

/**
 * The claim ledger: what was declared to CAPE, what CBP answered and what it paid, per entry,
 * in a SQLite file or a PostgreSQL database over JDBC. Every table is insert-only, so the
 * history of an entry is never overwritten; every date is given by the caller (the library
 * never reads a clock); every import is one transaction, so a crash part-way leaves the ledger
 * as it was; and recording the same file twice changes nothing. The schema is created or
 * brought up to date when the ledger is opened (docs/ledger.md).
 *
 * <p>Example, an ERP's nightly job:
 *
 * <pre>{@code
 * try (ClaimLedger ledger = ClaimLedger.open("claims.db")) {
 *   ResultImport imported = ledger.importResults(Path.of("claim-details.csv"), today);
 *   imported.newFailures();                 // failures not in the ledger before
 *   ledger.claimStates().get(entryNumber);  // ACCEPTED, FAILED: <error>, DECLARED <date>
 *   List<ImporterStatus> status = ledger.status(today, today.minusDays(7));
 * }
 * }</pre>
 *
 * <p>A location that starts with {@code jdbc:} is a JDBC URL ({@code
 * jdbc:postgresql://host/db?user=u&password=p}); anything else is a SQLite file, created if
 * missing, readable and writable by its owner only. The JDBC drivers of SQLite ({@code org.xerial:sqlite-jdbc}) and PostgreSQL are
 * runtime dependencies of this module.
 *
 * <p>Exception handling: {@link LedgerException} when the database cannot be opened, read or
 * written, its message naming the ledger with any password masked.
 *
 * <p>Not thread-safe: one ledger object holds one connection; open one per thread.
 */
public final class ClaimLedger implements AutoCloseable {

  /** Rows written per JDBC batch. */
  static final int BATCH = 1_000;

  private final String location;
  private final Connection connection;

  private ClaimLedger(String location, Connection connection) {
    this.location = location;
    this.connection = connection;
  }

  /**
   * Opens a ledger, creating its schema or bringing it up to date.
   *
   * @param location  a JDBC URL ({@code jdbc:...}) or the path of a SQLite file
   * @return the open ledger; close it
   * @throws LedgerException if it cannot be opened or its schema is newer than this library
   */
  public static ClaimLedger open(String location) {
    Objects.requireNonNull(location, "location");
    boolean jdbc = location.startsWith("jdbc:");
    String url = jdbc ? location : "jdbc:sqlite:" + location;
    String shown = Sql.masked(location);
    if (!jdbc) {
      createOwnerOnly(shown, Path.of(location));
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection(url);
    } catch (SQLException ex) {
      throw new LedgerException("Claim ledger '" + shown + "' cannot be opened: "
          + Sql.masked(String.valueOf(ex.getMessage())), ex);
    }
    try {
      Migrations.migrate(connection);
      return new ClaimLedger(shown, connection);
    } catch (SQLException | IllegalStateException ex) {
      closeQuietly(connection);
      throw new LedgerException("Claim ledger '" + shown + "' cannot be brought to schema"
          + " version " + Migrations.latestVersion() + ": " + ex.getMessage(), ex);
    }
  }

  /**
   * Opens a SQLite ledger file, creating it if missing.
   *
   * @param file  the file
   * @return the open ledger; close it
   * @throws LedgerException if it cannot be opened
   */
  public static ClaimLedger open(Path file) {
    return open(file.toString());
  }

  /**
   * Returns where the ledger is, any password masked.
   *
   * @return the file name or JDBC URL
   */
  public String location() {
    return location;
  }

  /**
   * Records entries written into declaration files, in one transaction. An entry already
   * recorded for the same file and day is left as it was.
   *
   * @param entries  the declared entries
   * @return the number of entries newly recorded
   * @throws LedgerException if the ledger cannot be written; nothing is recorded
   */
  public long recordDeclarations(List<DeclaredEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    return inTransaction("record declarations", () -> {
      long recorded = 0;
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO declared_entry"
          + " (entry_number, file_name, written_on, importer_number, as_of, policy,"
          + " cape_last_day, protest_last_day, principal, interest, expected_liquidation,"
          + " payment_from, payment_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING")) {
        int pending = 0;
        for (DeclaredEntry entry : entries) {
          insert.setString(1, entry.entryNumber().value());
          insert.setString(2, entry.fileName());
          Sql.date(insert, 3, entry.writtenOn());
          ImporterNumber importer = entry.importerNumber();
          Sql.text(insert, 4, importer == null ? null : importer.value());
          Sql.date(insert, 5, entry.asOf());
          insert.setString(6, entry.policyId());
          Sql.date(insert, 7, entry.capeLastDay());
          Sql.date(insert, 8, entry.protestLastDay());
          Sql.money(insert, 9, entry.principal());
          Sql.money(insert, 10, entry.interest());
          Sql.date(insert, 11, entry.expectedLiquidation());
          Sql.date(insert, 12, entry.paymentFrom());
          Sql.date(insert, 13, entry.paymentTo());
          insert.addBatch();
          if (++pending == BATCH) {
            recorded += inserted(insert.executeBatch());
            pending = 0;
          }
        }
        recorded += inserted(insert.executeBatch());
      }
      return recorded;
    });
  }

  /**
   * Reads a CAPE validation result or Claim Details file (CSV) and records its rows, in one
   * transaction: a file recorded before (same content) changes nothing, and a row whose entry,
   * claim number, status and error are recorded already (a later download repeating it) is not
   * recorded again.
   *
   * @param file  the result file
   * @param readOn  the day it is read, given by the caller
   * @return what the file held and what was new
   * @throws org.caperules.csv.CapeCsvException if the file is missing or cannot be read
   * @throws LedgerException if the ledger cannot be written; nothing is recorded
   */
  public ResultImport importResults(Path file, LocalDate readOn) {
    return importResults(file, readOn, written -> { });
  }

  /**
   * Reads and records a result file as {@link #importResults(Path, LocalDate)} does, telling a
   * listener after each batch of rows is written into the (not yet committed) transaction.
   *
   * @param file  the result file
   * @param readOn  the day it is read, given by the caller
   * @param batchWritten  told the number of rows written so far, for progress
   * @return what the file held and what was new
   * @throws org.caperules.csv.CapeCsvException if the file is missing or cannot be read
   * @throws LedgerException if the ledger cannot be written; nothing is recorded
   */
  public ResultImport importResults(Path file, LocalDate readOn, LongConsumer batchWritten) {
    Objects.requireNonNull(readOn, "readOn");
    Objects.requireNonNull(batchWritten, "batchWritten");
    ResultFileReading reading = ResultFileReading.read(file);
    return inTransaction("import results from '" + reading.fileName() + "'",
        () -> new ResultRecorder(connection, BATCH).record(reading, readOn, batchWritten));
  }

  /**
   * Returns where every entry in the ledger stands, in entry-number order.
   *
   * @return the states by entry number
   * @throws LedgerException if the ledger cannot be read
   */
  public Map<EntryNumber, ClaimState> claimStates() {
    return read("read claim states", () -> {
      Map<String, DeclaredEntry> declared = LedgerRows.latestDeclarations(connection);
      Map<String, RecordedResult> results = LedgerRows.latestResults(connection);
      List<String> keys = new ArrayList<>(declared.keySet());
      for (String key : results.keySet()) {
        if (!declared.containsKey(key)) {
          keys.add(key);
        }
      }
      keys.sort(Comparator.naturalOrder());
      Map<EntryNumber, ClaimState> states = new LinkedHashMap<>();
      for (String key : keys) {
        EntryNumber number = EntryNumber.of(key);
        states.put(number, new ClaimState(number, declared.get(key), results.get(key)));
      }
      return states;
    });
  }

  /**
   * Returns every result recorded for an entry, oldest first: its status history.
   *
   * @param entryNumber  the entry
   * @return the results, possibly empty
   * @throws LedgerException if the ledger cannot be read
   */
  public List<RecordedResult> results(EntryNumber entryNumber) {
    Objects.requireNonNull(entryNumber, "entryNumber");
    return read("read results", () -> {
      List<RecordedResult> results = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT * FROM claim_result"
          + " WHERE entry_number = ? ORDER BY read_on, seq")) {
        query.setString(1, entryNumber.value());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            results.add(LedgerRows.result(rows));
          }
        }
      }
      return results;
    });
  }

  /**
   * Returns every declaration recorded for an entry, oldest first.
   *
   * @param entryNumber  the entry
   * @return the declarations, possibly empty
   * @throws LedgerException if the ledger cannot be read
   */
  public List<DeclaredEntry> declarations(EntryNumber entryNumber) {
    Objects.requireNonNull(entryNumber, "entryNumber");
    return read("read declarations", () -> {
      List<DeclaredEntry> declarations = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT * FROM declared_entry"
          + " WHERE entry_number = ? ORDER BY written_on, file_name")) {
        query.setString(1, entryNumber.value());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            declarations.add(LedgerRows.declared(rows));
          }
        }
      }
      return declarations;
    });
  }

  /**
   * Starts the history a screening run consults ({@code ScreeningRun.Builder#history}): it
   * gives the {@code Claim Status} column, leaves out entries CAPE accepted (and, if asked,
   * entries declared with no result yet), and records the run's declarations.
   *
   * @param writtenOn  the day the run writes its declarations
   * @param skipDeclared  true to leave out entries declared before with no result yet
   * @return the history, holding the ledger's claim states as of now
   * @throws LedgerException if the ledger cannot be read
   */
  public LedgerScreening screeningHistory(LocalDate writtenOn, boolean skipDeclared) {
    return new LedgerScreening(this, claimStates(), writtenOn, skipDeclared);
  }

  /**
   * Reads refund reports and records their lines ({@link PaymentImporter}), in one transaction.
   *
   * @param file  a REV-603, REV-613 or REV-615 report, CSV
   * @param report  which report it is
   * @param columns  the column mapping
   * @param readOn  the day it is read, given by the caller
   * @return what the file held
   * @throws org.caperules.csv.CapeCsvException if the file is missing or has no usable header
   * @throws LedgerException if the ledger cannot be written; nothing is recorded
   */
  public PaymentImport importPayments(Path file, PaymentReport report, PaymentColumns columns,
      LocalDate readOn) {
    PaymentImporter.Reading reading = PaymentImporter.read(file, report, columns);
    return inTransaction("import payments from '" + reading.fileName() + "'",
        () -> PaymentImporter.record(connection, reading, readOn));
  }

  /**
   * Matches the recorded payments against the accepted entries' expected payments.
   *
   * @param asOf  the day of the reconciliation, for due and overdue
   * @return one line per expected payment ({@link PaymentReconciler})
   * @throws LedgerException if the ledger cannot be read
   */
  public List<Reconciliation> reconcile(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<EntryNumber, ClaimState> states = claimStates();
    return read("reconcile payments",
        () -> PaymentReconciler.reconcile(states, PaymentImporter.lines(connection), asOf));
  }

  /**
   * Returns the per-importer status: entries declared, accepted, failed (and new since a day),
   * paid and rejected, and the window that closes soonest; importers whose window closes soonest
   * come first.
   *
   * @param asOf  the day of the status
   * @param since  failures read on or after this day are new
   * @return one status per importer
   * @throws LedgerException if the ledger cannot be read
   */
  public List<ImporterStatus> status(LocalDate asOf, LocalDate since) {
    Objects.requireNonNull(since, "since");
    Map<EntryNumber, ClaimState> states = claimStates();
    List<Reconciliation> reconciliation = reconcile(asOf);
    return ImporterStatus.of(states, reconciliation, asOf, since);
  }

  /**
   * Closes the connection.
   *
   * @throws LedgerException if the database reports an error on closing
   */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ex) {
      throw new LedgerException("Claim ledger '" + location + "' cannot be closed: "
          + ex.getMessage(), ex);
    }
  }

  /**
   * Returns the ledger as text, for example {@code ClaimLedger[claims.db]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ClaimLedger[" + location + "]";
  }

  static long inserted(int[] counts) {
    long inserted = 0;
    for (int count : counts) {
      inserted += count > 0 ? count : 0;
    }
    return inserted;
  }

  /** A piece of work on the connection. */
  interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T read(String what, Work<T> work) {
    try {
      return work.run();
    } catch (SQLException ex) {
      throw new LedgerException("Claim ledger '" + location + "' cannot " + what + ": "
          + ex.getMessage(), ex);
    }
  }

  /** Runs work in one transaction: committed whole, or rolled back whole. */
  <T> T inTransaction(String what, Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error ex) {
        connection.rollback();
        throw ex;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException ex) {
      throw new LedgerException("Claim ledger '" + location + "' cannot " + what
          + "; nothing was recorded: " + ex.getMessage(), ex);
    }
  }

  /**
   * Creates a new SQLite file readable and writable by its owner only (it holds importer numbers
   * in full, SSNs included), where the file system has POSIX permissions; SQLite gives its
   * journal the same permissions.
   */
  private static void createOwnerOnly(String shown, Path file) {
    if (Files.exists(file) || !FileSystems.getDefault().supportedFileAttributeViews()
        .contains("posix")) {
      return;
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException ex) {
      // made meanwhile: SQLite opens it as it is
    } catch (IOException ex) {
      throw new LedgerException("Claim ledger '" + shown + "' cannot be created: " + ex, ex);
    }
  }

  private static void closeQuietly(@Nullable Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ex) {
      // already failing: the first exception is the one reported
    }
  }
}

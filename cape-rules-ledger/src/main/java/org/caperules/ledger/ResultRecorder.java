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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import org.caperules.core.result.RowAccounting;
import org.caperules.csv.result.CapeResultRow;
import org.caperules.csv.result.ResultOutcome;
import org.caperules.ledger.internal.Sql;

/**
 * Writes the rows of one result file into the ledger, inside the caller's transaction: the file
 * once (by content hash), each answer once (by entry, claim number, status and error text), in
 * JDBC batches. Example: the same Claim Details file a second time writes nothing and says so.
 */
final class ResultRecorder {

  private final Connection connection;
  private final int batch;

  ResultRecorder(Connection connection, int batch) {
    this.connection = connection;
    this.batch = batch;
  }

  ResultImport record(ResultFileReading reading, LocalDate readOn, LongConsumer batchWritten)
      throws SQLException {
    List<CapeResultRow> rows = reading.read().value();
    long accepted = rows.stream().filter(r -> r.outcome() == ResultOutcome.ACCEPTED).count();
    long failed = rows.stream().filter(r -> r.outcome() == ResultOutcome.FAILED).count();
    RowAccounting counted = reading.read().rowAccounting();
    RowAccounting accounting = counted != null ? counted
        : RowAccounting.of(rows.size(), rows.size(), 0);
    if (alreadyRecorded(reading.hash())) {
      return new ResultImport(reading.fileName(), true, rows, reading.read().problems(),
          accounting, 0, accepted, failed, 0);
    }
    long seq = nextSeq();
    long recorded = 0;
    long newFailures = 0;
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO claim_result"
        + " (entry_number, claim_number, status, error_text, outcome, file_hash, file_name,"
        + " line, read_on, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      int from = 0;
      while (from < rows.size()) {
        int to = Math.min(rows.size(), from + batch);
        for (CapeResultRow row : rows.subList(from, to)) {
          insert.setString(1, row.entryNumber().value());
          insert.setString(2, row.claimNumber());
          insert.setString(3, row.status());
          insert.setString(4, row.errorDescription());
          insert.setString(5, row.outcome().name());
          insert.setString(6, reading.hash());
          insert.setString(7, reading.fileName());
          insert.setLong(8, row.line());
          Sql.date(insert, 9, readOn);
          insert.setLong(10, seq++);
          insert.addBatch();
        }
        int[] counts = insert.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] > 0) {
            recorded++;
            if (rows.get(from + i).outcome() == ResultOutcome.FAILED) {
              newFailures++;
            }
          }
        }
        from = to;
        batchWritten.accept(from);
      }
    }
    try (PreparedStatement file = connection.prepareStatement("INSERT INTO ledger_file (kind,"
        + " file_hash, file_name, recorded_on, rows_read, rows_used, rows_rejected)"
        + " VALUES ('RESULT', ?, ?, ?, ?, ?, ?)")) {
      file.setString(1, reading.hash());
      file.setString(2, reading.fileName());
      Sql.date(file, 3, readOn);
      file.setLong(4, accounting.rowsRead());
      file.setLong(5, accounting.rowsUsed());
      file.setLong(6, accounting.rowsRejected());
      file.executeUpdate();
    }
    return new ResultImport(reading.fileName(), false, rows, reading.read().problems(),
        accounting, recorded, accepted, failed, newFailures);
  }

  private boolean alreadyRecorded(String hash) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM ledger_file"
        + " WHERE kind = 'RESULT' AND file_hash = ?")) {
      query.setString(1, hash);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    }
  }

  private long nextSeq() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(seq) FROM claim_result")) {
      return rows.next() ? rows.getLong(1) + 1 : 1;
    }
  }
}

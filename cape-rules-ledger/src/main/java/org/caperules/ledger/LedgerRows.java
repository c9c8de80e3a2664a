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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.csv.result.ResultOutcome;
import org.caperules.ledger.internal.Sql;

/**
 * Reads the ledger's rows back into values: a {@code declared_entry} row into a {@link
 * DeclaredEntry}, a {@code claim_result} row into a {@link RecordedResult}, and the latest of each
 * per entry (declarations by day written, then file name; results by day read, then the order
 * recorded). Example: an entry declared on 2026-07-13 and again on 2026-07-21 has the latter as
 * its latest declaration.
 */
final class LedgerRows {

  private LedgerRows() {}

  static Map<String, DeclaredEntry> latestDeclarations(Connection connection)
      throws SQLException {
    Map<String, DeclaredEntry> latest = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM declared_entry"
            + " ORDER BY written_on, file_name")) {
      while (rows.next()) {
        DeclaredEntry entry = declared(rows);
        latest.put(entry.entryNumber().value(), entry);
      }
    }
    return latest;
  }

  static Map<String, RecordedResult> latestResults(Connection connection)
      throws SQLException {
    Map<String, RecordedResult> latest = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM claim_result"
            + " ORDER BY read_on, seq")) {
      while (rows.next()) {
        RecordedResult result = result(rows);
        latest.put(result.entryNumber().value(), result);
      }
    }
    return latest;
  }

  static DeclaredEntry declared(ResultSet rows) throws SQLException {
    String importer = rows.getString("importer_number");
    return new DeclaredEntry(EntryNumber.of(Sql.required(rows, "entry_number")),
        importer == null ? null : ImporterNumber.of(importer),
        Sql.required(rows, "file_name"), Objects.requireNonNull(Sql.date(rows, "written_on")),
        Objects.requireNonNull(Sql.date(rows, "as_of")), Sql.required(rows, "policy"),
        Sql.date(rows, "cape_last_day"), Sql.date(rows, "protest_last_day"),
        Sql.money(rows, "principal"), Sql.money(rows, "interest"),
        Sql.date(rows, "expected_liquidation"), Sql.date(rows, "payment_from"),
        Sql.date(rows, "payment_to"));
  }

  static RecordedResult result(ResultSet rows) throws SQLException {
    return new RecordedResult(EntryNumber.of(Sql.required(rows, "entry_number")),
        Sql.required(rows, "claim_number"), Sql.required(rows, "status"),
        Sql.required(rows, "error_text"),
        ResultOutcome.valueOf(Sql.required(rows, "outcome")), Sql.required(rows, "file_name"),
        rows.getLong("line"), Objects.requireNonNull(Sql.date(rows, "read_on")));
  }
}

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

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.caperules.core.result.Problem;
import org.caperules.core.result.RowAccounting;
import org.caperules.csv.result.CapeResultRow;
import org.caperules.csv.result.ResultOutcome;

/**
 * What importing one CAPE result file did: the rows it holds (all of them, new or not, for the
 * results report), the rows that could not be read, and what was new to the ledger.
 *
 * <p>Example: a Claim Details download with 2 rows, one accepted and one failed, imported into
 * an empty ledger: {@code recorded 2, accepted 1, failed 1, newFailures 1}; imported again:
 * {@code alreadyImported true, recorded 0}.
 *
 * @param fileName  the file's name
 * @param alreadyImported  true if the same content was imported before (nothing recorded)
 * @param rows  the rows read
 * @param problems  the rows and cells that could not be read
 * @param accounting  the reader's row accounting
 * @param recorded  the rows new to the ledger
 * @param accepted  the rows read whose outcome is accepted
 * @param failed  the rows read whose outcome is failed
 * @param newFailures  the failed rows new to the ledger
 */
public record ResultImport(String fileName, boolean alreadyImported, List<CapeResultRow> rows,
    List<Problem> problems, RowAccounting accounting, long recorded, long accepted, long failed,
    long newFailures) {

  /**
   * Copies the lists.
   *
   * @param fileName  the file's name
   * @param alreadyImported  true if the same content was imported before
   * @param rows  the rows read
   * @param problems  the rows and cells that could not be read
   * @param accounting  the reader's row accounting
   * @param recorded  the rows new to the ledger
   * @param accepted  the rows read whose outcome is accepted
   * @param failed  the rows read whose outcome is failed
   * @param newFailures  the failed rows new to the ledger
   */
  public ResultImport {
    Objects.requireNonNull(fileName, "fileName");
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    Objects.requireNonNull(accounting, "accounting");
  }

  /**
   * Reads a CAPE result file (CSV) without a ledger: its rows and problems, nothing recorded
   * ({@code recorded} and {@code newFailures} are 0).
   *
   * @param file  the result file
   * @return what the file holds
   * @throws org.caperules.csv.CapeCsvException if the file is missing, cannot be read or is an
   *     {@code .xlsx} workbook
   */
  public static ResultImport read(Path file) {
    ResultFileReading reading = ResultFileReading.read(file);
    List<CapeResultRow> rows = reading.read().value();
    RowAccounting counted = reading.read().rowAccounting();
    return new ResultImport(reading.fileName(), false, rows, reading.read().problems(),
        counted != null ? counted : RowAccounting.of(rows.size(), rows.size(), 0), 0,
        rows.stream().filter(r -> r.outcome() == ResultOutcome.ACCEPTED).count(),
        rows.stream().filter(r -> r.outcome() == ResultOutcome.FAILED).count(), 0);
  }
}

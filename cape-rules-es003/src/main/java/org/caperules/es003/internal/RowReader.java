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
package org.caperules.es003.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caperules.core.DutyLine;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.core.result.Severity;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of one data row: its duty line ({@code HTS Number - Full}, {@code Line Tariff
 * Duty Amount}; {@link DutyLines}) and its entry-level values ({@link RowValues}), or the
 * problems of the cells that cannot be read, one per cell (each naming file, line, column, value
 * and entry; an importer number masked). It judges no row against its entry: that is {@link
 * EntryConflicts}' job.
 *
 * <p>Example: the cells {@code ABC12345676,99030125,$1,000.00} of a header {@code Entry Summary
 * Number,HTS Number - Full,Line Tariff Duty Amount} give the duty line {@code 9903.01.25
 * 1000.00}; the amount {@code N/A} instead gives a {@code BAD_AMOUNT} problem and no duty line.
 *
 * <p>Not thread-safe: one per read.
 */
final class RowReader {

  private final RowValues rowValues = new RowValues();
  private final DutyLines dutyLines = new DutyLines();
  /** The problems of the row being read. */
  private final List<Problem> problems = new ArrayList<>(2);
  /** The problems of the row being read that do not reject it: an unreadable importer number. */
  private final List<Problem> warnings = new ArrayList<>(1);

  /** The entry-level values of the row read last. */
  RowValues values() {
    return rowValues;
  }

  /** The problems of the row being read; cleared by {@link #read}. */
  List<Problem> problems() {
    return problems;
  }

  /**
   * The warnings of the row being read, cleared by {@link #read}: an importer number that cannot
   * be read is a problem, but the row is used and its entry's importer stays unknown, since no
   * verdict depends on it.
   */
  List<Problem> warnings() {
    return warnings;
  }

  /**
   * Reads a row; returns its duty line, or null if a cell it needs cannot be read (the
   * problems are then in {@link #problems()}, which may also hold problems when a line is
   * returned: a damaged cell the rules do not need for the line).
   *
   * @param state  the row's entry so far, or null if it is new: a cell equal to its value is not
   *     parsed again
   */
  @Nullable DutyLine read(Table table, Es003Header header, long line, List<String> cells,
      String entryText, @Nullable EntryDraft state, Map<Es003Column, String> cellProblems) {
    problems.clear();
    warnings.clear();
    SpreadsheetDamage.check(header, line, cells, entryText, cellProblems, problems);
    HtsNumber hts = null;
    String htsCell = header.value(cells, Es003Column.HTS_NUMBER_FULL);
    if (!cellProblems.containsKey(Es003Column.HTS_NUMBER_FULL)) {
      try {
        hts = dutyLines.hts(htsCell);
      } catch (IllegalArgumentException ex) {
        cellProblem(ProblemCode.BAD_HTS_NUMBER, header, line, Es003Column.HTS_NUMBER_FULL,
            entryText, htsCell, ex);
      }
    }
    BigDecimal duty = null;
    String dutyCell = header.value(cells, Es003Column.LINE_TARIFF_DUTY_AMOUNT);
    if (!cellProblems.containsKey(Es003Column.LINE_TARIFF_DUTY_AMOUNT)) {
      try {
        duty = CellValues.amount(dutyCell);
      } catch (IllegalArgumentException ex) {
        cellProblem(ProblemCode.BAD_AMOUNT, header, line, Es003Column.LINE_TARIFF_DUTY_AMOUNT,
            entryText, dutyCell, ex);
      }
    }
    rowValues.read(cells, table.fieldIndexes(), state, cellProblems, (field, cell, ex) -> {
      if (field == EntryField.IMPORTER) {
        warnings.add(problem(field.code(), header, line, field.column(), entryText,
            ImporterNumber.maskUnparsed(cell), ex).withSeverity(Severity.WARNING));
      } else {
        problems.add(problem(field.code(), header, line, field.column(), entryText, cell, ex));
      }
    });
    return problems.isEmpty() && hts != null && duty != null ? dutyLines.of(hts, duty) : null;
  }

  private void cellProblem(ProblemCode code, Es003Header header, long line, Es003Column column,
      String entryText, String cell, IllegalArgumentException ex) {
    problems.add(problem(code, header, line, column, entryText, cell, ex));
  }

  private static Problem problem(ProblemCode code, Es003Header header, long line,
      Es003Column column, String entryText, String cell, IllegalArgumentException ex) {
    return Problem.of(code, Position.of(header.file(), line, header.headerText(column))
            .withEntryNumber(entryText), cell,
        Texts.fitLongMessage(String.valueOf(ex.getMessage()), cell.strip()));
  }
}

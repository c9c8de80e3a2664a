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

import java.util.List;
import java.util.Map;
import org.caperules.core.ImporterNumber;
import org.caperules.core.result.Position;
import org.caperules.core.result.Problem;
import org.caperules.core.result.ProblemCode;
import org.caperules.es003.Es003Column;

/**
 * The cells of an ES-003 row that a spreadsheet damaged ({@link ProblemCode#SPREADSHEET_DAMAGE}):
 * what the spreadsheet reader saw (a number cell that lost the leading zeros of an entry number,
 * an error cell such as {@code #N/A}) and an entry number in Excel's scientific notation ({@code
 * 1.23457E+10}, what a spreadsheet shows and saves for a long number: its digits are lost), which
 * a CSV file saved from Excel carries too. Each such cell rejects its row; the fix is to format
 * the column as Text and export again.
 *
 * <p>Example: the entry number cell {@code 1.23457E+10} on line 7 gives {@code es003.csv:7 [Entry
 * Summary Number] '1.23457E+10': Entry number '1.23457E+10' looks damaged by a spreadsheet: it is
 * in scientific notation, which keeps only the first digits; format the column as Text and
 * export again}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SpreadsheetDamage {

  private SpreadsheetDamage() {}

  /**
   * Adds a problem for each damaged cell of a row: first the reader's cell problems for columns
   * the file has, in column order (an importer number masked), then a scientific entry number
   * unless the reader already reported that cell.
   */
  static void check(Es003Header header, long line, List<String> cells, String entryText,
      Map<Es003Column, String> cellProblems, List<Problem> out) {
    if (!cellProblems.isEmpty()) {
      for (Es003Column column : Es003Column.values()) {
        String message = cellProblems.get(column);
        if (message != null && header.has(column)) {
          String cell = cells.get(header.index(column).getAsInt());
          out.add(Problem.of(ProblemCode.SPREADSHEET_DAMAGE,
              Position.of(header.file(), line, header.headerText(column))
                  .withEntryNumber(entryText),
              column == Es003Column.IMPORTER_NUMBER ? ImporterNumber.maskUnparsed(cell) : cell,
              message));
        }
      }
    }
    String entryCell = header.value(cells, Es003Column.ENTRY_SUMMARY_NUMBER);
    if (!cellProblems.containsKey(Es003Column.ENTRY_SUMMARY_NUMBER)
        && CellValues.isScientific(entryCell)) {
      out.add(Problem.of(ProblemCode.SPREADSHEET_DAMAGE,
          Position.of(header.file(), line, header.headerText(Es003Column.ENTRY_SUMMARY_NUMBER))
              .withEntryNumber(entryText), entryCell,
          "Entry number " + Texts.quote(entryCell.strip()) + " looks damaged by a spreadsheet:"
              + " it is in scientific notation, which keeps only the first digits; format the"
              + " column as Text and export again"));
    }
  }
}

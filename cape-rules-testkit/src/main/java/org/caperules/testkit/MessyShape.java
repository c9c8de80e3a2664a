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
package org.caperules.testkit;

/**
 * A shape that real ACE ES-003 exports take on their way from ACE Reports (SAP BusinessObjects)
 * through Excel and e-mail, which {@link MessyExport} can give a file. Each shape keeps the data:
 * a reader that understands it gets the same entries as from a clean file.
 *
 * <p>Example: {@code TITLE_ROWS} puts {@code ES-003 Entry Summary Line Details}, {@code Run
 * Date: 07/13/2026} and the report's prompts above the header row.
 */
public enum MessyShape {

  /** The report name, the run date and the prompts, then a blank row, above the header row. */
  TITLE_ROWS,

  /** A blank row and a {@code Sum:} row with the total duty after the last data row. */
  FOOTER,

  /**
   * BusinessObjects' "hide duplicates": on an entry's second and later rows the entry-level
   * cells, the entry number included, are blank; only the line-level cells (line and ordinal
   * numbers, HTS number, duty) are written. The first row of every sheet is written whole.
   */
  HIDE_DUPLICATES,

  /**
   * Excel's text wrapper {@code ="BII05940010"}, as ACE Portal downloads write it so that Excel
   * keeps leading zeros, on every cell of some of the identifier columns (entry number, entry
   * type, importer number, HTS number, protest number). In a workbook the wrapper is text.
   */
  TEXT_WRAPPERS,

  /**
   * Values as Excel saves them: the entry type as a number ({@code 1.0}, or the number 1 in a
   * workbook); in CSV amounts in Excel's accounting format ({@code  $1,234.56 }, zero as
   * {@code  $-   }); in a workbook some amounts as the nearest binary double plus one unit in
   * the last place ({@code 850.1000000000001}), as a computed cell holds it.
   */
  EXCEL_SAVED_VALUES,

  /**
   * Some of the supplementary columns (a broker's additions: {@code Reconciliation Entry Filed},
   * {@code Drawback Indicator}, {@code AD/CVD Liquidation Instructions}, {@code Filed In ACE},
   * {@code CIT Plaintiff}) left out of the file altogether.
   */
  MISSING_SUPPLEMENTARY_COLUMNS,

  /**
   * In a workbook, the rows split over two sheets, {@code Main Report} and {@code Main Report
   * (2)}, each with the header row, as BusinessObjects splits a large report. No effect on CSV.
   */
  SPLIT_SHEETS
}

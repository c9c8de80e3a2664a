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
package org.caperules.core.result;

/**
 * What kind of problem a reader or validator found, with the severity it has unless the finder
 * says otherwise. The names are stable: they are written to problem files and may be filtered
 * on, so a constant is never renamed, only added.
 *
 * <p>Example: an ES-003 row whose {@code Entry Date} is {@code 02/30/2026} gives a problem of
 * code {@link #BAD_DATE}, whose {@link #defaultSeverity()} is {@link Severity#ERROR}: the row is
 * not used.
 *
 * <p>The codes cover the ES-003 readers (CSV and {@code .xlsx}), the CAPE result file reader and
 * the CAPE declaration validator.
 */
public enum ProblemCode {

  // Files and records.

  /** The file holds nothing to read: no header and no rows, or no byte at all. */
  EMPTY_FILE(Severity.ERROR),
  /** The file has a header row but no data rows; nothing was lost. */
  NO_DATA_ROWS(Severity.NOTICE),
  /** The header row cannot be read, lacks a required column or is not the expected header. */
  BAD_HEADER(Severity.ERROR),
  /** The header differs from the expected one only in case or spacing. */
  NONCANONICAL_HEADER(Severity.WARNING),
  /** The CSV parser could not read a record, for example an unclosed quote. */
  UNREADABLE_RECORD(Severity.ERROR),
  /** A row has fewer cells than the header, or more with a non-blank extra cell. */
  WRONG_CELL_COUNT(Severity.ERROR),
  /** A line holds nothing where a value is required. */
  BLANK_LINE(Severity.ERROR),

  // Values of a row.

  /** The entry number cell is blank. */
  MISSING_ENTRY_NUMBER(Severity.ERROR),
  /** The entry number is not one: wrong length, characters or check digit. */
  BAD_ENTRY_NUMBER(Severity.ERROR),
  /** A spreadsheet damaged a cell: dropped leading zeros, scientific notation, an error cell. */
  SPREADSHEET_DAMAGE(Severity.ERROR),
  /** The HTS number cannot be read. */
  BAD_HTS_NUMBER(Severity.ERROR),
  /** A money amount cannot be read. */
  BAD_AMOUNT(Severity.ERROR),
  /** A date cannot be read, does not exist, or is outside the dates deadlines are known for. */
  BAD_DATE(Severity.ERROR),
  /** The entry type code is not a 2-digit CBP entry type. */
  BAD_ENTRY_TYPE(Severity.ERROR),
  /** The importer number is in none of CBP's three forms. */
  BAD_IMPORTER_NUMBER(Severity.ERROR),
  /** A Y/N indicator is not one of Y, YES, TRUE, 1, N, NO, FALSE, 0 or blank. */
  BAD_INDICATOR(Severity.ERROR),
  /** The entry summary status is not ACCEPTED (or blank), CANCELLED or REJECTED. */
  BAD_ENTRY_SUMMARY_STATUS(Severity.ERROR),

  // Rows of one entry.

  /** An entry-level value of a row disagrees with the value an earlier row gave its entry. */
  ENTRY_CONFLICT(Severity.ERROR),
  /** A row repeats the line and tariff ordinal of an earlier row of its entry. */
  REPEATED_ROW(Severity.ERROR),
  /** The file has neither liquidation column, so every entry's liquidation status is unknown. */
  LIQUIDATION_COLUMNS_ABSENT(Severity.NOTICE),
  /** Title rows above an ES-003 header row (report name, run date, prompts) were skipped. */
  TITLE_ROWS_SKIPPED(Severity.NOTICE),
  /** Footer rows of an ES-003 export ({@code Sum:}, {@code Total}) were skipped, not read. */
  FOOTER_ROWS_SKIPPED(Severity.NOTICE),
  /**
   * Rows of a "hide duplicates" layout, whose entry-level cells were blank, took the values of
   * the entry whose rows they continue.
   */
  ROWS_FILLED(Severity.NOTICE),
  /** Which sheets of a workbook were read as ES-003 data, and which were skipped. */
  SHEETS_READ(Severity.NOTICE),

  // CAPE declaration files.

  /** The file is not a CSV file: a workbook, a PDF, UTF-16 or binary content, another name. */
  NOT_CSV(Severity.ERROR),
  /** The file is at or over CAPE's size limit. */
  FILE_TOO_LARGE(Severity.ERROR),
  /** The file holds more entry numbers than one CAPE declaration may. */
  TOO_MANY_ENTRIES(Severity.ERROR),
  /** An entry number repeats an earlier line's. */
  DUPLICATE_ENTRY(Severity.ERROR),
  /** An entry number is valid but not in canonical form (hyphens, spaces, lower case). */
  NONCANONICAL_ENTRY_NUMBER(Severity.WARNING),
  /** The file starts with a UTF-8 byte order mark. */
  BYTE_ORDER_MARK(Severity.WARNING),
  /** The file's lines end in LF only, not CRLF. */
  LINE_FEEDS_ONLY(Severity.WARNING),
  /** More errors were found than are listed; this problem says how many were left out. */
  ERRORS_NOT_LISTED(Severity.ERROR);

  private final Severity defaultSeverity;

  ProblemCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * Returns the severity a problem of this code has unless its finder gives another.
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}

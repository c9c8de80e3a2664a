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
package org.caperules.xlsx;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The caps on a workbook's cells and rows, and the marker by which a cell that breaks one (or
 * points outside the shared-strings table) reaches {@link Es003WorkbookReader} as a problem
 * instead of a value. Package-private.
 *
 * <p>The caps are Excel's own: a cell holds at most {@value #MAX_CELL_CHARACTERS} characters, a
 * sheet has {@value #MAX_COLUMNS} columns (A to XFD) and {@value #MAX_ROW_NUMBER} rows
 * ("Excel specifications and limits"). A row may hold at most {@value #MAX_ROW_CHARACTERS}
 * characters in all its cells together: the library's own cap (an ES-003 row of about 40
 * columns is under 2,000 characters), documented in {@code docs/formats.md#xlsx}.
 *
 * <p>A cell that breaks a cap is replaced, before fastexcel-reader sees the sheet ({@link
 * WorkbookRewrite}), by an error cell whose value is {@link #MARKER} and the problem: for
 * example the cell {@code <c r="B7" t="s"><v>2000000000</v></c>} of a workbook with 3 shared
 * strings becomes an error cell saying "it refers to shared string 2,000,000,000, but the
 * workbook's shared-strings table has 3 (0 to 2)". A whole row over its cap becomes a row with one
 * error cell in column A starting with {@link #ROW_MARKER}. The marker starts with a character of
 * Unicode's private use area, which no ACE export holds; a cell that forges it is a problem all
 * the same, never a value.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CellLimits {

  /** Excel's limit of characters in one cell. */
  static final int MAX_CELL_CHARACTERS = 32_767;
  /** Excel's number of columns, A to XFD. */
  static final int MAX_COLUMNS = 16_384;
  /** Excel's number of rows. */
  static final int MAX_ROW_NUMBER = 1_048_576;
  /** The most characters the cells of one row may hold together: 1,048,576. */
  static final int MAX_ROW_CHARACTERS = 1 << 20;

  /** Starts the value of an error cell put in place of a cell that breaks a cap. */
  static final String MARKER = "\uE000cape-rules-cell\uE000";
  /** Starts the value of the one error cell of a row that breaks a cap. */
  static final String ROW_MARKER = "\uE000cape-rules-row\uE000";

  private CellLimits() {}

  /**
   * Returns why a cell was replaced, if its text is a marker.
   *
   * @param text  the cell's text or raw value
   * @return the problem, or null for an ordinary cell
   */
  static @Nullable String cellProblem(@Nullable String text) {
    return text != null && text.startsWith(MARKER) ? text.substring(MARKER.length()) : null;
  }

  /**
   * Returns why a row was replaced, if its first cell's text is a row marker.
   *
   * @param text  the text or raw value of the row's first cell
   * @return the problem, or null for an ordinary row
   */
  static @Nullable String rowProblem(@Nullable String text) {
    return text != null && text.startsWith(ROW_MARKER) ? text.substring(ROW_MARKER.length())
        : null;
  }

  /**
   * Tells whether a cell's text is a cell marker.
   *
   * @param text  the cell's text or raw value
   * @return true if {@link #cellProblem(String)} gives a problem
   */
  static boolean isMarked(@Nullable String text) {
    return text != null && text.startsWith(MARKER);
  }

  /**
   * A text cut to 50 characters for a message, with "..." if it was longer.
   *
   * @param text  the text, for example a formula
   * @return the text, at most 53 characters
   */
  static String shortened(@Nullable String text) {
    String shown = text == null ? "" : text;
    return shown.length() > 50 ? shown.substring(0, 50) + "..." : shown;
  }

  /**
   * The 1-based column of a cell reference such as {@code B7} or {@code XFD1}, or -1 if the
   * reference has no column letters; a column past {@link #MAX_COLUMNS} gives {@code
   * MAX_COLUMNS + 1} (the letters are not counted further, so a reference of a million letters
   * costs no more than one of four).
   *
   * @param reference  the {@code r} attribute of a cell
   * @return the column number, -1, or {@code MAX_COLUMNS + 1}
   */
  static int column(String reference) {
    int column = 0;
    int letters = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      char upper = Character.toUpperCase(c);
      if (upper < 'A' || upper > 'Z') {
        break;
      }
      letters++;
      column = column * 26 + (upper - 'A' + 1);
      if (column > MAX_COLUMNS) {
        return MAX_COLUMNS + 1;
      }
    }
    return letters == 0 ? -1 : column;
  }

  /**
   * The problem of a shared-string cell whose index is not in the table.
   *
   * @param index  the cell's {@code <v>} text, for example {@code 2000000000}
   * @param strings  the number of strings in the table
   * @return "The cell refers to shared string 2,000,000,000, but the workbook's table of shared
   *     strings has 3 (0 to 2); the file is damaged or was not written by Excel"
   */
  static String sharedStringProblem(String index, long strings) {
    String shown;
    try {
      shown = String.format(Locale.ROOT, "%,d", Long.parseLong(index.strip()));
    } catch (NumberFormatException ex) {
      shown = "'" + (index.length() > 20 ? index.substring(0, 20) + "..." : index) + "'";
    }
    return "The cell refers to shared string " + shown + ", but the workbook's table of shared"
        + " strings has " + String.format(Locale.ROOT, "%,d", strings)
        + (strings == 0 ? "" : String.format(Locale.ROOT, " (0 to %,d)", strings - 1))
        + "; the file is damaged or was not written by Excel";
  }

  /**
   * The problem of a cell over {@link #MAX_CELL_CHARACTERS}.
   *
   * @return "The cell holds more than 32,767 characters, Excel's limit for one cell; ..."
   */
  static String longCellProblem() {
    return "The cell holds more than 32,767 characters, Excel's limit for one cell; the file is"
        + " damaged or was not written by Excel";
  }

  /**
   * The problem of a row over {@link #MAX_ROW_CHARACTERS} or with a cell past column XFD.
   *
   * @param pastLastColumn  true for a cell past column XFD, false for too many characters
   * @return the message
   */
  static String rowProblemText(boolean pastLastColumn) {
    return pastLastColumn
        ? "The row has a cell past column XFD, Excel's last column (16,384); the file is"
            + " damaged or was not written by Excel"
        : "The row's cells hold more than 1,048,576 characters together, the most a row may"
            + " hold (an ES-003 row has under 2,000); the file is damaged or was not written by"
            + " Excel";
  }
}

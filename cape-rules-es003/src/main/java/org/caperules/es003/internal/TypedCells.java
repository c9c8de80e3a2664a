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
import org.caperules.core.EntryNumber;
import org.caperules.es003.Cell;
import org.caperules.es003.CellKind;
import org.caperules.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * Turns a typed cell into the text the value parsers read, or says why the cell cannot be
 * trusted: a workbook keeps numbers, dates, booleans and errors as what they are, and each needs
 * its own reading in the column it is in (docs/formats.md#xlsx). A text cell is its text, with
 * Excel's {@code ="..."} wrapper removed ({@link Cell#unwrapExcelText(String)}).
 *
 * <ul>
 *   <li>a number in {@code Entry Summary Number} must have 11 digits: fewer means a spreadsheet
 *       dropped leading zeros, a problem; a number in {@code HTS Number - Full} with 7 or 9
 *       digits lost its leading zero, a problem;
 *   <li>a number in a money column is the shortest decimal that gives the same double, with
 *       at least 2 decimals as ACE's {@code $#,##0.00} shows it: {@code 850} is {@code 850.00},
 *       {@code 13156.659999999999} is {@code 13156.66};
 *   <li>a number in a date column of a workbook in the 1904 date system is moved to the 1900
 *       system the date parser reads ({@code + 1462} days);
 *   <li>an error cell ({@code #N/A}) is a problem; an error cell whose text is a sentence (a
 *       reader's reason why it could not read the cell) is that problem, the value {@code #REF!} (blank for a formula);
 *   <li>any other number by its plain decimal text: {@code 1} in {@code Entry Type Code} is
 *       {@code 1}.
 * </ul>
 *
 * <p>Example: the number cell {@code 1234567890} in {@code Entry Summary Number} gives the text
 * {@code 1234567890} and the problem "Entry number 1234567890 looks damaged by a spreadsheet: 10
 * digits, but an entry number has 11 characters; a number cell drops leading zeros (format the
 * column as Text and export again)".
 *
 * <p>This class is immutable and thread-safe.
 */
final class TypedCells {

  /** Days from the 1900 date system's day 0 to the 1904 system's day 0. */
  static final int DAYS_1900_TO_1904 = 1462;

  private TypedCells() {}

  /**
   * Reads a cell of column {@code column} (null if not an ES-003 column).
   *
   * @param out  receives the text (index 0) and a problem or null (index 1)
   */
  static void read(Cell cell, @Nullable Es003Column column, boolean date1904,
      @Nullable String[] out) {
    out[1] = null;
    switch (cell.kind()) {
      case NUMBER -> number(column, cell.text(), date1904, out);
      case ERROR -> {
        if (cell.text().startsWith("#") || cell.text().isEmpty()) {
          out[0] = cell.text();
          out[1] = "The cell holds the spreadsheet error " + cell.text() + ", not a value";
        } else {  // a reader's reason why the cell cannot be read (see CellKind.ERROR)
          out[0] = cell.formula() ? "" : "#REF!";  // a formula without value shows none
          out[1] = cell.text();
        }
      }
      case TEXT -> out[0] = Cell.unwrapExcelText(cell.text());
      default -> out[0] = cell.text();
    }
  }

  /** Tells whether a kind is read through {@link #read}: every kind but plain text. */
  static boolean isTyped(CellKind kind) {
    return kind != CellKind.TEXT;
  }

  private static void number(@Nullable Es003Column column, String raw, boolean date1904,
      @Nullable String[] out) {
    BigDecimal value;
    try {
      value = new BigDecimal(raw.strip());
    } catch (NumberFormatException ex) {
      out[0] = raw;
      return;
    }
    String plain = value.toPlainString();
    out[0] = plain;
    if (column == Es003Column.ENTRY_SUMMARY_NUMBER) {
      String digits = wholeDigits(value);
      if (digits == null) {
        out[1] = "Entry number " + plain + " looks damaged by a spreadsheet: it is a number"
            + " with decimals or a sign; format the column as Text and export again";
      } else {
        out[0] = digits;
        if (digits.length() != EntryNumber.LENGTH) {
          out[1] = "Entry number " + digits + " looks damaged by a spreadsheet: "
              + digits.length() + " digits, but an entry number has " + EntryNumber.LENGTH
              + " characters"
              + (digits.length() < EntryNumber.LENGTH ? "; a number cell drops leading zeros" : "")
              + " (format the column as Text and export again)";
        }
      }
    } else if (column == Es003Column.HTS_NUMBER_FULL) {
      String digits = wholeDigits(value);
      if (digits != null) {
        out[0] = digits;
        if (digits.length() == 7 || digits.length() == 9) {
          out[1] = "HTS number " + digits + " looks damaged by a spreadsheet: "
              + digits.length() + " digits, but an HTS number has 10 digits, or 8 for a"
              + " Chapter 99 heading; a number cell drops leading zeros (format the column as"
              + " Text and export again)";
        }
      }
    } else if (column == Es003Column.LINE_TARIFF_DUTY_AMOUNT
        || column == Es003Column.LINE_TARIFF_GOODS_VALUE_AMOUNT) {
      out[0] = shortestDecimal(value).toPlainString();
    } else if (date1904 && isDateColumn(column) && value.scale() <= 0) {
      out[0] = value.add(BigDecimal.valueOf(DAYS_1900_TO_1904)).toPlainString();
    }
  }

  /**
   * The amount a workbook number cell means: a workbook stores a binary double and Excel writes
   * it with up to 17 significant digits ({@code 13156.659999999999}), so the amount is the
   * shortest decimal that gives the same double ({@code 13156.66}, as {@link
   * Double#toString(double)}), with at least 2 decimals. The amount parser then refuses what is
   * not whole cents. A number beyond a double's range keeps its text.
   */
  private static BigDecimal shortestDecimal(BigDecimal raw) {
    double binary = raw.doubleValue();
    BigDecimal value = Double.isFinite(binary) ? BigDecimal.valueOf(binary) : raw;
    return value.scale() < 2 ? value.setScale(2) : value;
  }

  /** The digits of a whole non-negative number, or null. */
  private static @Nullable String wholeDigits(BigDecimal value) {
    if (value.signum() < 0) {
      return null;
    }
    BigDecimal whole = value.stripTrailingZeros();
    if (whole.scale() > 0) {
      return null;
    }
    return whole.toBigInteger().toString();
  }

  private static boolean isDateColumn(@Nullable Es003Column column) {
    return column == Es003Column.ENTRY_DATE || column == Es003Column.ENTRY_SUMMARY_DATE
        || column == Es003Column.LIQUIDATION_DATE;
  }
}

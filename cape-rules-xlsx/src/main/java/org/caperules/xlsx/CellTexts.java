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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.caperules.core.EntryNumber;
import org.caperules.csv.es003.Es003Column;
import org.jspecify.annotations.Nullable;

/**
 * Turns typed spreadsheet cells into the text the shared ES-003 parser reads, or says why a cell
 * cannot be trusted. Package-private: used by {@link Es003WorkbookReader}. Numbers are taken from
 * the cell's raw text ({@code <v>} in the sheet XML) with {@code new BigDecimal(String)}, never
 * through a {@code double}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CellTexts {

  /** Serial day 0 of Excel's 1900 date system, as used for every serial after 1 March 1900. */
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  /** Serial day 0 of Excel's 1904 date system (old Mac workbooks). */
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  /** Days from the 1900 system's day 0 to the 1904 system's day 0. */
  static final int DAYS_1900_TO_1904 = 1462;
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private CellTexts() {}

  /**
   * The text of a number cell of column {@code column} (null if not an ES-003 column), or a
   * problem: entry numbers must keep their 11 digits, HTS numbers their 8 or 10; money keeps at
   * least cents; a date-formatted cell becomes an ISO date.
   *
   * @param raw  the cell's raw value, for example {@code 1234.5} or {@code 4.5755E4}
   * @param dateFormatted  whether the cell's number format shows a date
   * @param date1904  whether the workbook uses the 1904 date system
   * @param out  receives the text (index 0) and a problem or null (index 1)
   */
  static void number(@Nullable Es003Column column, String raw, boolean dateFormatted,
      boolean date1904, @Nullable String[] out) {
    out[1] = null;
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
              + " characters" + (digits.length() < EntryNumber.LENGTH ? "; a number cell drops leading zeros" : "")
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
      out[0] = value.scale() < 2 ? value.setScale(2).toPlainString() : plain;
    } else if (dateFormatted) {
      out[0] = dateText(value, date1904);
    } else if (date1904 && isDateColumn(column) && value.scale() <= 0) {
      out[0] = value.add(BigDecimal.valueOf(DAYS_1900_TO_1904)).toPlainString();
    }
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

  static boolean isDateColumn(@Nullable Es003Column column) {
    return column == Es003Column.ENTRY_DATE || column == Es003Column.ENTRY_SUMMARY_DATE
        || column == Es003Column.LIQUIDATION_DATE;
  }

  /**
   * An Excel serial date as ISO text: {@code 45755} is {@code 2025-04-08} (1900 system); a
   * fraction is a time of day, {@code 45755.5} is {@code 2025-04-08T12:00}, which the shared
   * parser rejects as not a date. Serials before 1 March 1900 (61) are not corrected for
   * Excel's 29 February 1900.
   */
  static String dateText(BigDecimal serial, boolean date1904) {
    BigDecimal day = serial.setScale(0, RoundingMode.FLOOR);
    long seconds = serial.subtract(day).multiply(SECONDS_PER_DAY)
        .setScale(0, RoundingMode.HALF_UP).longValue();
    long days = day.longValue();
    if (seconds == 86_400) {
      days++;
      seconds = 0;
    }
    if (Math.abs(days) > 3_000_000) {
      return serial.toPlainString();  // no date: the parser says so
    }
    LocalDate date = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days);
    return seconds == 0 ? date.toString() : date + "T" + LocalTime.ofSecondOfDay(seconds);
  }

  /**
   * Tells whether a number format shows a date: Excel's built-in date and date-time formats
   * (ids 14 to 22, 27 to 36, 45 to 47, 50 to 58), or a custom format with a day or year code
   * outside quotes, brackets and escapes ({@code mm/dd/yyyy}, {@code d-mmm-yy}); a time-only
   * format ({@code h:mm}) or a number format is not a date.
   */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36)
        || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    String text = format.toLowerCase(Locale.ROOT);
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;  // the next character is literal, or a padding width
      } else if (c == 'd' || c == 'y') {
        return true;
      } else if (c == ';') {
        return false;  // only the first section counts
      }
    }
    return false;
  }
}

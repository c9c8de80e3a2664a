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
import org.jspecify.annotations.Nullable;

/**
 * The workbook's own facts about a number cell: whether its number format shows a date, and the
 * ISO date a serial day number is in the workbook's date system. Package-private: used by {@link
 * Es003WorkbookReader} to make {@link org.caperules.es003.CellKind#DATE} cells. Serials are taken
 * from the cell's raw text with {@code new BigDecimal(String)}, never through a {@code double}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CellTexts {

  /** Serial day 0 of Excel's 1900 date system, as used for every serial after 1 March 1900. */
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  /** Serial day 0 of Excel's 1904 date system (old Mac workbooks). */
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private CellTexts() {}

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

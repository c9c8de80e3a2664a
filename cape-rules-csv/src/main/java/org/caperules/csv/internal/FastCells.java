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
package org.caperules.csv.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Fast readers of the ES-003 cells met on every row: amounts and dates in their common forms are
 * read without regular expressions or intermediate strings, anything else (and every error) by
 * {@link Es003Values}, so the value and the message are always the same as the full parser's.
 * Also recognises an entry number a spreadsheet turned into scientific notation.
 *
 * <p>Example: {@code money("$1,234.56")} is {@code 1234.56} and {@code money("(12.00)")} is
 * {@code -12.00} on the fast path; {@code money("FREE")} throws the message of {@link
 * Es003Values#parseMoney(String)}; {@code date("04/08/2025")} is 2025-04-08; {@code
 * isScientific("1.23457E+10")} is true.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FastCells {

  /** The most digits an amount may have for the fast path: 18 always fit in a long. */
  private static final int MAX_LONG_DIGITS = 18;

  private FastCells() {}

  /**
   * Money without regular expressions for the common forms ({@code 1234.56}, {@code -12.00},
   * {@code $1,234.56}, {@code (12.00)}, {@code -$12.00}); anything else, including every error,
   * through {@link Es003Values#parseMoney(String)}, so the value and the message are the same.
   */
  static BigDecimal money(String cell) {
    String text = cell.strip();
    int end = text.length();
    if (end == 0 || end > 40) {
      return Es003Values.parseMoney(cell);
    }
    int i = 0;
    boolean negative = false;
    if (text.charAt(0) == '(') {
      if (end < 3 || text.charAt(end - 1) != ')') {
        return Es003Values.parseMoney(cell);
      }
      negative = true;
      i = 1;
      end--;
    } else if (text.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    if (i < end && text.charAt(i) == '$') {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    int integerStart = i;
    int group = 0;
    boolean grouped = false;
    for (; i < end && text.charAt(i) != '.'; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        group++;
      } else if (c == ',' && group >= 1 && (grouped ? group == 3 : group <= 3)) {
        grouped = true;
        group = 0;
      } else {
        return Es003Values.parseMoney(cell);
      }
    }
    if ((grouped && group != 3) || (i == integerStart && i == end)) {
      return Es003Values.parseMoney(cell);
    }
    if (i < end) {
      i++;
      if (i == end) {
        return Es003Values.parseMoney(cell);
      }
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return Es003Values.parseMoney(cell);
        }
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        scale++;
      }
    }
    if (digits > MAX_LONG_DIGITS) {
      return Es003Values.parseMoney(cell);  // may not fit in a long: the full parser
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * Dates without regular expressions for ACE's {@code MM/DD/YYYY} and ISO {@code YYYY-MM-DD};
   * anything else, including every error, through {@link Es003Values#parseDate(String)}.
   */
  static LocalDate date(String cell) {
    String text = cell.strip();
    if (text.length() == 10) {
      try {
        if (text.charAt(2) == '/' && text.charAt(5) == '/' && digits(text, 0, 2)
            && digits(text, 3, 5) && digits(text, 6, 10)) {
          return LocalDate.of(Integer.parseInt(text, 6, 10, 10),
              Integer.parseInt(text, 0, 2, 10), Integer.parseInt(text, 3, 5, 10));
        }
        if (text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
            && digits(text, 5, 7) && digits(text, 8, 10)) {
          return LocalDate.of(Integer.parseInt(text, 0, 4, 10),
              Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
        }
      } catch (DateTimeException ex) {
        return Es003Values.parseDate(cell);  // the date does not exist: its message
      }
    }
    return Es003Values.parseDate(cell);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether an entry number cell is a number in Excel's scientific notation, such as
   * {@code 1.23457E+10}: a digit, optional decimals, E and a signed exponent. No entry number has
   * a dot or a sign, so a valid one never matches.
   */
  static boolean isScientific(String cell) {
    String text = cell.strip();
    int e = Math.max(text.indexOf('E'), text.indexOf('e'));
    if (e < 1 || e + 2 >= text.length() || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    char sign = text.charAt(e + 1);
    if ((sign != '+' && sign != '-') || !digits(text, e + 2, text.length())) {
      return false;
    }
    if (e == 1) {
      return true;
    }
    return text.charAt(1) == '.' && e > 2 && digits(text, 2, e);
  }
}

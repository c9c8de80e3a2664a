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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one home of the ES-003 value parsers: dates, money and Y/N indicators, as text from a CSV
 * file or a workbook cell. The cells met on every row (amounts, dates) have a fast path, {@link
 * #money(String)} and {@link #date(String)}, that reads the common forms without regular
 * expressions or intermediate strings and hands anything else, every error included, to the full
 * parser ({@link #parseMoney(String)}, {@link #parseDate(String)}), so the value and the message
 * are always the full parser's.
 *
 * <p>Every method trims surrounding white space first. A value that cannot be read throws {@link
 * IllegalArgumentException} whose message quotes it (cut to 200 characters), so a reader can turn
 * it into a {@link org.caperules.core.result.Problem}. Examples:
 *
 * <ul>
 *   <li>{@code parseDate("04/08/2025")}, {@code parseDate("4/8/2025")} and {@code
 *       parseDate("2025-04-08")} all give 2025-04-08;
 *   <li>{@code parseMoney("$1,234.56")} gives 1234.56 and {@code parseMoney("(12.00)")} gives
 *       -12.00;
 *   <li>{@code parseIndicator(" yes ")} gives true, {@code parseIndicator("")} gives false.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
final class CellValues {

  /** {@code M/D/YYYY} with 1 or 2 digit month and day (ACE writes {@code MM/DD/YYYY}). */
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /** {@code M/D/YY}: Excel's short year, rejected with its own message. */
  private static final Pattern US_DATE_SHORT_YEAR = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2}");
  /** ISO {@code YYYY-MM-DD}. */
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** A midnight time Excel appends to a date cell: {@code 0:00}, {@code 00:00:00}, {@code 12:00 AM}. */
  private static final Pattern MIDNIGHT = Pattern.compile(
      "(?:[ T](?:0?0:00(?::00(?:\\.0+)?)?|12:00(?::00)? ?[Aa][Mm]))$");
  /** An Excel serial day number: 5 digits. */
  private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}");
  /** Day 0 of Excel's 1900 date system as used for serials after 1 March 1900. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  /** Excel serial of 2000-01-01: 36526. */
  static final int EXCEL_SERIAL_MIN = 36_526;
  /** Excel serial of 2099-12-31: 73050. */
  static final int EXCEL_SERIAL_MAX = 73_050;

  /** Zero with cents: Excel's accounting zero. */
  private static final BigDecimal ZERO_CENTS = BigDecimal.ZERO.setScale(2);

  /** The digits of an amount: plain, or grouped by commas in threes. */
  private static final Pattern AMOUNT =
      Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+");

  private CellValues() {}

  /**
   * Parses a date in one of the forms ACE exports and Excel produce.
   *
   * <ul>
   *   <li>{@code MM/DD/YYYY}, as ACE writes it: {@code 04/08/2025} is 8 April 2025;
   *   <li>{@code M/D/YYYY} without leading zeros: {@code 4/8/2025};
   *   <li>ISO {@code YYYY-MM-DD}: {@code 2025-04-08};
   *   <li>any of those followed by a midnight time Excel adds to date cells ({@code 4/8/2025
   *       0:00}, {@code 2025-04-08 00:00:00}, {@code 2025-04-08T00:00}, {@code 4/8/2025 12:00:00
   *       AM});
   *   <li>an Excel serial day number from 36526 (2000-01-01) to 73050 (2099-12-31), what a date
   *       cell becomes when Excel saves it as "General": {@code 45755} is 2025-04-08.
   * </ul>
   *
   * <p>ACE writes MM/DD/YYYY; ISO and Excel dates come from files edited in a spreadsheet or
   * a broker's system. Day-first dates are not accepted: {@code 13/04/2026} is rejected as month 13, never
   * guessed.
   *
   * @param text  the cell text
   * @return the date
   * @throws IllegalArgumentException if the text is blank, in no accepted form, has a 2-digit
   *     year, or names a date that does not exist (such as {@code 02/30/2026}); the message quotes
   *     the text
   */
  public static LocalDate parseDate(String text) {
    Objects.requireNonNull(text, "text");
    String value = text.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Date is blank; expected MM/DD/YYYY, M/D/YYYY or"
          + " YYYY-MM-DD");
    }
    Matcher time = MIDNIGHT.matcher(value);
    String date = time.find() ? value.substring(0, time.start()) : value;
    Matcher us = US_DATE.matcher(date);
    if (us.matches()) {
      return date(value, us.group(3), us.group(1), us.group(2));
    }
    Matcher iso = ISO_DATE.matcher(date);
    if (iso.matches()) {
      return date(value, iso.group(1), iso.group(2), iso.group(3));
    }
    if (US_DATE_SHORT_YEAR.matcher(date).matches()) {
      throw new IllegalArgumentException("Date " + Texts.quote(value) + " has a 2-digit year;"
          + " re-export it with 4-digit years (MM/DD/YYYY)");
    }
    if (EXCEL_SERIAL.matcher(value).matches()) {
      int serial = Integer.parseInt(value);
      if (serial >= EXCEL_SERIAL_MIN && serial <= EXCEL_SERIAL_MAX) {
        return EXCEL_EPOCH.plusDays(serial);
      }
      throw new IllegalArgumentException("Date " + Texts.quote(value) + " looks like an Excel"
          + " serial day number, but is outside 36526 (2000-01-01) to 73050 (2099-12-31)");
    }
    throw new IllegalArgumentException("Date must be MM/DD/YYYY, M/D/YYYY or YYYY-MM-DD, but"
        + " was: " + Texts.quote(value));
  }

  /**
   * Parses an optional date: blank text gives {@code null}, anything else as {@link
   * #parseDate(String)}.
   *
   * @param text  the cell text
   * @return the date, or {@code null} if the text is blank
   * @throws IllegalArgumentException as {@link #parseDate(String)} for non-blank text
   */
  public static @Nullable LocalDate parseOptionalDate(String text) {
    Objects.requireNonNull(text, "text");
    return Texts.isBlank(text) ? null : parseDate(text);
  }

  private static LocalDate date(String original, String year, String month, String day) {
    int y = Integer.parseInt(year);
    int m = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException("Date " + Texts.quote(original) + " does not exist:"
          + " month " + m + " is not 1 to 12" + (m > 12 && d <= 12
              ? " (day-first dates are not accepted; ACE writes the month first)" : ""));
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException("Date " + Texts.quote(original) + " does not exist:"
          + " month " + m + " of " + y + " has " + YearMonth.of(y, m).lengthOfMonth() + " days",
          ex);
    }
  }

  /**
   * Parses a money amount as ACE, Excel and accounting formats write it, keeping the scale given.
   *
   * <ul>
   *   <li>plain: {@code 1234.56}, {@code 1234} (scale 0), {@code .5};
   *   <li>with a dollar sign and thousands commas: {@code $1,234.56}, {@code $ 10,000.00};
   *   <li>negative with a minus: {@code -12.00}, {@code -$12.00}, {@code $-12.00};
   *   <li>negative in accounting parentheses: {@code (12.00)} and {@code ($1.00)} are -12.00 and
   *       -1.00;
   *   <li>blank: zero ({@code BigDecimal.ZERO}), as for an absent amount.
   * </ul>
   *
   * <p>Rejected, since each can silently change the amount: commas not in groups of three
   * ({@code 12,34}, a decimal comma), exponents ({@code 1.2E+04}), text such as {@code FREE},
   * and signs given twice ({@code (-12.00)}). ACE writes formatted strings such as {@code
   * $2,567.49}; the form of its negatives is UNCERTAIN, so both forms are accepted.
   *
   * @param text  the cell text
   * @return the amount, with the number of decimals given (so {@code 12.50} has scale 2)
   * @throws IllegalArgumentException if the text is not an amount in these forms; the message
   *     quotes it
   */
  public static BigDecimal parseMoney(String text) {
    Objects.requireNonNull(text, "text");
    String value = text.strip();
    if (value.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (isAccountingZero(value)) {
      return ZERO_CENTS;
    }
    String body = value;
    boolean parentheses = body.length() > 2 && body.startsWith("(") && body.endsWith(")");
    if (parentheses) {
      body = body.substring(1, body.length() - 1).strip();
    }
    boolean minus = false;
    if (body.startsWith("-")) {
      minus = true;
      body = body.substring(1).strip();
    }
    if (body.startsWith("$")) {
      body = body.substring(1).strip();
    }
    if (body.startsWith("-") && !minus) {
      minus = true;
      body = body.substring(1).strip();
    }
    if ((parentheses && minus) || !AMOUNT.matcher(body).matches()) {
      throw new IllegalArgumentException("Amount must be a number such as 1234.56, $1,234.56,"
          + " -12.00 or (12.00), but was: " + Texts.quote(value));
    }
    BigDecimal amount = new BigDecimal(body.replace(",", ""));
    return parentheses || minus ? amount.negate() : amount;
  }

  /**
   * Reads an ES-003 amount as dollars and cents: {@link #money(String)}, then exactly two
   * decimals ({@code 1000}, {@code 3000.0} and {@code 1000.00} are {@code 1000.00}); a value
   * with fractions of a cent is refused, never rounded, since ACE amounts are in cents and such a
   * value is damaged (docs/formats.md#amounts).
   *
   * @param cell  the cell text
   * @return the amount with scale 2
   * @throws IllegalArgumentException if the text is no amount, or has fractions of a cent; the
   *     message quotes it
   */
  static BigDecimal amount(String cell) {
    BigDecimal value = money(cell);
    if (value.scale() == 2) {
      return value;
    }
    if (value.scale() < 2) {
      return value.setScale(2);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new IllegalArgumentException("Amount " + Texts.quote(cell.strip()) + " has"
          + " fractions of a cent; an ES-003 amount is in dollars and cents");
    }
    return stripped.setScale(2);
  }

  /**
   * Tells whether an amount is Excel's accounting zero, which the Accounting number format shows
   * as a dash: {@code $-}, {@code $ -}, {@code  $-   } (the spaces are Excel's padding).
   */
  private static boolean isAccountingZero(String stripped) {
    if (stripped.length() < 2 || stripped.charAt(0) != '$') {
      return false;
    }
    for (int i = 1; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c != '-' && !Character.isWhitespace(c) && c != '\u00A0') {
        return false;
      }
    }
    return stripped.indexOf('-') == stripped.lastIndexOf('-') && stripped.indexOf('-') > 0;
  }

  /**
   * Parses a Y/N indicator, trimmed and case-insensitive: {@code Y}, {@code YES}, {@code TRUE}
   * and {@code 1} are true; {@code N}, {@code NO}, {@code FALSE}, {@code 0} and blank are false.
   *
   * @param text  the cell text
   * @return the indicator
   * @throws IllegalArgumentException for any other text; the message quotes it
   */
  public static boolean parseIndicator(String text) {
    Objects.requireNonNull(text, "text");
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "Y", "YES", "TRUE", "1" -> true;
      case "N", "NO", "FALSE", "0", "" -> false;
      default -> throw new IllegalArgumentException("Indicator must be Y, YES, TRUE, 1, N, NO,"
          + " FALSE, 0 or blank, but was: " + Texts.quote(text.strip()));
    };
  }

  /**
   * Parses the supplementary {@code Filed In ACE} indicator, where blank means Y: an entry is
   * presumed filed in ACE unless the file says otherwise, so a blank cell or an absent column
   * means Y. Other values as {@link #parseIndicator(String)}.
   *
   * @param text  the cell text
   * @return true if the entry was filed in ACE
   * @throws IllegalArgumentException as {@link #parseIndicator(String)}
   */
  public static boolean parseFiledInAce(String text) {
    Objects.requireNonNull(text, "text");
    return Texts.isBlank(text) || parseIndicator(text);
  }

  /** The most digits an amount may have for the fast path: 18 always fit in a long. */
  private static final int MAX_LONG_DIGITS = 18;

  /**
   * Money without regular expressions for the common forms ({@code 1234.56}, {@code -12.00},
   * {@code $1,234.56}, {@code (12.00)}, {@code -$12.00}); anything else, including every error,
   * through {@link Es003Values#parseMoney(String)}, so the value and the message are the same.
   */
  static BigDecimal money(String cell) {
    String text = cell.strip();
    int end = text.length();
    if (end == 0 || end > 40) {
      return parseMoney(cell);
    }
    int i = 0;
    boolean negative = false;
    if (text.charAt(0) == '(') {
      if (end < 3 || text.charAt(end - 1) != ')') {
        return parseMoney(cell);
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
        return parseMoney(cell);
      }
    }
    if ((grouped && group != 3) || (i == integerStart && i == end)) {
      return parseMoney(cell);
    }
    if (i < end) {
      i++;
      if (i == end) {
        return parseMoney(cell);
      }
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return parseMoney(cell);
        }
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        scale++;
      }
    }
    if (digits > MAX_LONG_DIGITS) {
      return parseMoney(cell);  // may not fit in a long: the full parser
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
        return parseDate(cell);  // the date does not exist: its message
      }
    }
    return parseDate(cell);
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

package org.caperules.core.internal;

import java.time.LocalDate;

/**
 * {@link LocalDate#toString()} split into string-concatenation operands, so that a message can
 * spell out a date without the {@code StringBuilder} and {@code String} that {@code toString()}
 * allocates (112 bytes per date): with a date {@code d},
 *
 * <pre>{@code
 * yearPrefix(d) + yearDigits(d) + monthPrefix(d) + d.getMonthValue() + dayPrefix(d)
 *     + d.getDayOfMonth()
 * }</pre>
 *
 * <p>is exactly {@code d.toString()}, for example {@code "" + 2026 + "-0" + 4 + "-" + 24} for
 * 2026-04-24, or {@code "+" + 10000 + "-0" + 1 + "-0" + 1} for +10000-01-01. The prefixes are
 * constant strings and the digits ints, which string concatenation writes straight into the
 * result: the message is the only allocation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IsoDates {

  private IsoDates() {}

  /**
   * Returns what {@code toString()} writes before the year's digits: the sign and the zeros that
   * pad the year to four digits. Examples: 2026 &rarr; "", 999 &rarr; "0", 5 &rarr; "000",
   * 10000 &rarr; "+", -5 &rarr; "-000", -1000 &rarr; "-".
   *
   * @param date  the date
   * @return the prefix, a constant string
   */
  public static String yearPrefix(LocalDate date) {
    int year = date.getYear();
    if (year >= 1000) {
      return year > 9999 ? "+" : "";
    }
    if (year >= 0) {
      return year >= 100 ? "0" : year >= 10 ? "00" : "000";
    }
    return year <= -1000 ? "-" : year <= -100 ? "-0" : year <= -10 ? "-00" : "-000";
  }

  /**
   * Returns the digits of the year, without sign: the absolute value of the year.
   *
   * @param date  the date
   * @return the absolute year, for example 2026
   */
  public static int yearDigits(LocalDate date) {
    return Math.abs(date.getYear());
  }

  /**
   * Returns the separator before the month: {@code "-0"} for months 1 to 9, otherwise
   * {@code "-"}.
   *
   * @param date  the date
   * @return the separator, a constant string
   */
  public static String monthPrefix(LocalDate date) {
    return date.getMonthValue() < 10 ? "-0" : "-";
  }

  /**
   * Returns the separator before the day of month: {@code "-0"} for days 1 to 9, otherwise
   * {@code "-"}.
   *
   * @param date  the date
   * @return the separator, a constant string
   */
  public static String dayPrefix(LocalDate date) {
    return date.getDayOfMonth() < 10 ? "-0" : "-";
  }
}

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
package org.caperules.core.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the {@link InterestRateTable}: the two IRC 6621 overpayment rates of one calendar
 * quarter, whether they are confirmed, and where they come from.
 *
 * <p>Rates are annual <b>percentages</b>: {@code 7} means 7% a year, not 0.07. Example, from the
 * CBP notice of 22 January 2026 (docs/interest.md#rate-table):
 * {@code RateTableRow.confirmed(LocalDate.of(2026, 1, 1), new BigDecimal("7"), new BigDecimal("6"),
 * "CBP FR notice of 22 January 2026")} is 2026 Q1, 7% non-corporate, 6% corporate, in force from 1
 * January 2026 inclusive to 1 April 2026 exclusive.
 *
 * <p>A row is <em>confirmed</em> ({@link Confirmation#CONFIRMED}) when a CBP Federal Register
 * notice gives the rates; a rate only {@link Confirmation#REPORTED} (an IRS ruling or a secondary
 * source) or {@link Confirmation#PROJECTED} makes the interest computed with it an estimate
 * ({@link InterestResult#isForecast()}, report flag {@code UNCONFIRMED_RATE}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param startInclusive  the first day of the quarter: 1 January, 1 April, 1 July or 1 October
 * @param nonCorporatePercent  the non-corporate overpayment rate, percent a year, 0 to under 100
 * @param corporatePercent  the corporate overpayment rate, percent a year, 0 to under 100
 * @param confirmation  how firmly the rates are known
 * @param source  where the rates come from, not blank
 */
public record RateTableRow(
    LocalDate startInclusive,
    BigDecimal nonCorporatePercent,
    BigDecimal corporatePercent,
    Confirmation confirmation,
    String source) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a row, checking that it starts a calendar quarter and that the rates are plausible
   * percentages.
   *
   * @param startInclusive  the first day of the quarter
   * @param nonCorporatePercent  the non-corporate rate, percent a year
   * @param corporatePercent  the corporate rate, percent a year
   * @param confirmation  how firmly the rates are known
   * @param source  where the rates come from
   * @throws IllegalArgumentException if {@code startInclusive} is not the first day of a quarter,
   *     a rate is negative or at least 100, or the source is blank; the message quotes the value
   */
  public RateTableRow {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(nonCorporatePercent, "nonCorporatePercent");
    Objects.requireNonNull(corporatePercent, "corporatePercent");
    Objects.requireNonNull(confirmation, "confirmation");
    Objects.requireNonNull(source, "source");
    if (startInclusive.getDayOfMonth() != 1 || (startInclusive.getMonthValue() - 1) % 3 != 0) {
      throw new IllegalArgumentException("A rate quarter must start on 1 January, 1 April, 1 July"
          + " or 1 October, but was: " + startInclusive);
    }
    checkPercent(nonCorporatePercent, "Non-corporate", startInclusive);
    checkPercent(corporatePercent, "Corporate", startInclusive);
    if (source.isBlank()) {
      throw new IllegalArgumentException(
          "The source of the rates for " + quarterLabel(startInclusive) + " must not be blank");
    }
  }

  /**
   * Obtains a confirmed row: a CBP notice gives the rates.
   *
   * @param startInclusive  the first day of the quarter
   * @param nonCorporatePercent  the non-corporate overpayment rate, percent a year
   * @param corporatePercent  the corporate overpayment rate, percent a year
   * @param source  the CBP notice, for example {@code "CBP FR notice, 89 FR 77879"}
   * @return the row
   * @throws IllegalArgumentException as for the constructor
   */
  public static RateTableRow confirmed(LocalDate startInclusive, BigDecimal nonCorporatePercent,
      BigDecimal corporatePercent, String source) {
    return new RateTableRow(startInclusive, nonCorporatePercent, corporatePercent,
        Confirmation.CONFIRMED, source);
  }

  /**
   * Obtains a row {@link Confirmation#REPORTED}: an IRS ruling or a secondary source only.
   *
   * @param startInclusive  the first day of the quarter
   * @param nonCorporatePercent  the non-corporate overpayment rate, percent a year
   * @param corporatePercent  the corporate overpayment rate, percent a year
   * @param source  where the figure comes from and why it is not confirmed
   * @return the row
   * @throws IllegalArgumentException as for the constructor
   */
  public static RateTableRow unconfirmed(LocalDate startInclusive, BigDecimal nonCorporatePercent,
      BigDecimal corporatePercent, String source) {
    return new RateTableRow(startInclusive, nonCorporatePercent, corporatePercent,
        Confirmation.REPORTED, source);
  }

  /**
   * Tells whether a CBP notice confirms the rates.
   *
   * @return true for {@link Confirmation#CONFIRMED}
   */
  public boolean confirmed() {
    return confirmation == Confirmation.CONFIRMED;
  }

  /**
   * Returns the rate of one class, percent a year.
   *
   * @param rateClass  corporate or non-corporate
   * @return the rate, for example {@code 6} for 6%
   */
  public BigDecimal percent(RateClass rateClass) {
    Objects.requireNonNull(rateClass, "rateClass");
    return rateClass == RateClass.CORPORATE ? corporatePercent : nonCorporatePercent;
  }

  /**
   * Returns the day after the quarter, for example 2026-04-01 for 2026 Q1.
   *
   * @return the end of the quarter, exclusive
   */
  public LocalDate endExclusive() {
    return startInclusive.plusMonths(3);
  }

  /**
   * Tells whether a date falls in this quarter.
   *
   * @param date  the date to check
   * @return true if {@code startInclusive <= date < endExclusive}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startInclusive) && date.isBefore(endExclusive());
  }

  /**
   * Returns the quarter as text, for example {@code 2026 Q2}.
   *
   * @return the quarter label
   */
  public String quarter() {
    return quarterLabel(startInclusive);
  }

  /**
   * Returns the row as text, for example {@code 2026 Q3 7%/6% (REPORTED: IRS Rev. Rul.
   * 2026-10)}: the non-corporate rate first.
   *
   * @return the row as text
   */
  @Override
  public String toString() {
    return quarter() + ' ' + nonCorporatePercent.toPlainString() + "%/"
        + corporatePercent.toPlainString() + "% (" + confirmation + ": " + source + ')';
  }

  static String quarterLabel(LocalDate startInclusive) {
    return String.format(Locale.ROOT, "%d Q%d", startInclusive.getYear(),
        (startInclusive.getMonthValue() - 1) / 3 + 1);
  }

  private static void checkPercent(BigDecimal percent, String what, LocalDate start) {
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(what + " overpayment rate for " + quarterLabel(start)
          + " must be a percentage from 0 to under 100, but was: " + percent.toPlainString());
    }
  }
}

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
import java.util.List;
import java.util.Objects;

/**
 * Refund interest under 19 U.S.C. 1505(c) on one principal, as computed by
 * {@link InterestCalculator}: the amount in cents, the days counted and the per-quarter segments.
 *
 * <p>Example: $10,000.00 deposited 2025-07-01, liquidated 2025-07-04, non-corporate, default day
 * count: 3 days at 7% in one segment, amount 5.75, not a forecast (see
 * {@link InterestCalculator} for the hand calculation).
 *
 * <p>{@link #isForecast()} is true when any day used an unconfirmed rate: the amount is then an
 * estimate, not a statutory figure.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param principal  the refunded principal the interest is on
 * @param depositDate  the deposit date given
 * @param endDate  the liquidation or reliquidation date given
 * @param convention  the day-count convention used
 * @param amount  the interest, rounded to cents HALF_EVEN
 * @param segments  the segments, oldest first; empty if no day was counted
 */
public record InterestResult(
    BigDecimal principal,
    LocalDate depositDate,
    LocalDate endDate,
    DayCountConvention convention,
    BigDecimal amount,
    List<InterestSegment> segments) {

  /**
   * Checks the components and copies the segment list.
   *
   * @param principal  the refunded principal
   * @param depositDate  the deposit date
   * @param endDate  the (re)liquidation date, on or after the deposit date
   * @param convention  the day-count convention
   * @param amount  the interest in cents
   * @param segments  the segments, oldest first
   * @throws IllegalArgumentException if {@code endDate} is before {@code depositDate}; the
   *     message gives both dates
   */
  public InterestResult {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(depositDate, "depositDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(amount, "amount");
    segments = List.copyOf(segments);
    InterestCalculator.checkDates(depositDate, endDate);
  }

  /**
   * Returns the number of days that earned interest, over all segments.
   *
   * @return the days counted, 0 or more
   */
  public long days() {
    return segments.stream().mapToLong(InterestSegment::days).sum();
  }

  /**
   * Tells whether any segment used an unconfirmed rate, so the amount is an estimate.
   *
   * @return true if at least one rate used is unconfirmed
   */
  public boolean isForecast() {
    return segments.stream().anyMatch(segment -> !segment.confirmed());
  }

  /**
   * Returns the result as text, for example
   * {@code interest 5.75 on 10000.00 from 2025-07-01 to 2025-07-04: 3 days,
   * START_INCLUSIVE_END_EXCLUSIVE, confirmed rates}; a forecast ends {@code forecast}.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return "interest " + amount.toPlainString() + " on " + principal.toPlainString() + " from "
        + depositDate + " to " + endDate + ": " + days() + " days, " + convention + ", "
        + (isForecast() ? "forecast" : "confirmed rates");
  }
}

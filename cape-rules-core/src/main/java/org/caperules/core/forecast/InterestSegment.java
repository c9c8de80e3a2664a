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
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The part of an interest period that falls in one rate quarter: its days, the rate, the year
 * length used to make the daily rate, and the growth factor of those days.
 *
 * <p>A quarter never crosses a year, so one segment has one rate and one year length. Its growth
 * factor is {@code (1 + percent / 100 / daysInYear) ^ days} (26 CFR 301.6622-1(a): "365 (366 in a
 * leap year)"), kept unrounded at the calculator's precision. Example: 2026-03-15 to 2026-04-01
 * exclusive at 7% is 17 days of 2026 (365 days), factor {@code (1 + 0.07/365)^17}, about
 * 1.003265.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param startInclusive  the first day of the segment
 * @param endExclusive  the day after the last day of the segment
 * @param rate  the rate of the quarter the segment lies in
 * @param growthFactor  the unrounded growth factor of the segment's days, at least 1
 */
public record InterestSegment(
    LocalDate startInclusive, LocalDate endExclusive, QuarterlyRate rate, BigDecimal growthFactor) {

  /**
   * Checks the components.
   *
   * @param startInclusive  the first day
   * @param endExclusive  the day after the last day
   * @param rate  the rate of the quarter
   * @param growthFactor  the unrounded growth factor, at least 1
   * @throws IllegalArgumentException if the segment is empty, leaves its rate's quarter or has a
   *     growth factor below 1; the message quotes the values
   */
  public InterestSegment {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(growthFactor, "growthFactor");
    if (!startInclusive.isBefore(endExclusive) || !rate.row().contains(startInclusive)
        || endExclusive.isAfter(rate.quarterEndExclusive())) {
      throw new IllegalArgumentException("An interest segment must be a non-empty part of its"
          + " rate quarter " + rate.quarter() + ", but was " + startInclusive + " to "
          + endExclusive + " exclusive");
    }
    if (growthFactor.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "Growth factor must be at least 1, but was: " + growthFactor.toPlainString());
    }
  }

  /**
   * Returns the number of days in the segment, each earning one day's interest.
   *
   * @return the days, at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(startInclusive, endExclusive);
  }

  /**
   * Returns the days in the segment's year: 366 in a leap year, otherwise 365.
   *
   * @return 365 or 366
   */
  public int daysInYear() {
    return Year.of(startInclusive.getYear()).length();
  }

  /**
   * Tells whether the segment's rate is confirmed.
   *
   * @return false if the rate is a forecast
   */
  public boolean confirmed() {
    return rate.confirmed();
  }

  /**
   * Returns the segment as text, for example
   * {@code 2026-03-15/2026-04-01 17 days at 2026 Q1 NON_CORPORATE 7% (confirmed) /365}.
   *
   * @return the segment as text
   */
  @Override
  public String toString() {
    return startInclusive + "/" + endExclusive + ' ' + days() + " days at " + rate + " /"
        + daysInYear();
  }
}

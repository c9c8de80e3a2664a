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
import java.util.Objects;

/**
 * The overpayment rate of one class of importer in one quarter, as found by
 * {@link InterestRateTable#rateOn(LocalDate, RateClass)}.
 *
 * <p>The rate is an annual <b>percentage</b> ({@code 7} for 7% a year). Example: the standard
 * table on 2026-04-20 for {@link RateClass#CORPORATE} gives 2026 Q2, 5%, confirmed
 * (docs/interest.md#rate-table).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row  the table row of the quarter
 * @param rateClass  the class of importer
 */
public record QuarterlyRate(RateTableRow row, RateClass rateClass) {

  /**
   * Checks the components.
   *
   * @param row  the table row of the quarter
   * @param rateClass  the class of importer
   */
  public QuarterlyRate {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(rateClass, "rateClass");
  }

  /**
   * Returns the annual rate, percent: {@code 7} means 7% a year.
   *
   * @return the rate, percent a year
   */
  public BigDecimal percent() {
    return row.percent(rateClass);
  }

  /**
   * Tells whether a primary source confirms the rate; false means a forecast.
   *
   * @return true if confirmed
   */
  public boolean confirmed() {
    return row.confirmed();
  }

  /**
   * Returns the first day of the quarter, for example 2026-04-01.
   *
   * @return the quarter start, inclusive
   */
  public LocalDate quarterStartInclusive() {
    return row.startInclusive();
  }

  /**
   * Returns the day after the quarter, for example 2026-07-01.
   *
   * @return the quarter end, exclusive
   */
  public LocalDate quarterEndExclusive() {
    return row.endExclusive();
  }

  /**
   * Returns the quarter as text, for example {@code 2026 Q2}.
   *
   * @return the quarter label
   */
  public String quarter() {
    return row.quarter();
  }

  /**
   * Returns the rate as text, for example {@code 2026 Q3 CORPORATE 6% (unconfirmed)}.
   *
   * @return the rate as text
   */
  @Override
  public String toString() {
    return quarter() + ' ' + rateClass + ' ' + percent().toPlainString() + "% ("
        + (confirmed() ? "confirmed" : "unconfirmed") + ')';
  }
}

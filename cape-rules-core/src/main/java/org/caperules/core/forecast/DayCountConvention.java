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

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which days of the interest period of 19 U.S.C. 1505(c) earn a day's interest: the deposit day,
 * the liquidation day, or both.
 *
 * <p>The statute runs interest "from the date the importer of record deposits estimated duties
 * ... to the date of liquidation or reliquidation", and T.D. 99-75 says "not beyond the date of
 * liquidation or reliquidation". Whether the deposit day and the liquidation day are both counted,
 * or only one of them, is not stated in any source found: it is <b>UNCERTAIN</b>
 * (docs/decisions.md#interest-day-count), so it is this named setting. The default,
 * {@link #START_INCLUSIVE_END_EXCLUSIVE}, follows the IRS-style computation
 * (docs/interest.md#day-count).
 *
 * <p>Worked example, deposit Wed 2026-03-25, liquidation Fri 2026-03-27:
 * <ul>
 *   <li>{@code START_INCLUSIVE_END_EXCLUSIVE}: 25 and 26 March, 2 days;
 *   <li>{@code START_EXCLUSIVE_END_INCLUSIVE}: 26 and 27 March, 2 days;
 *   <li>{@code BOTH_INCLUSIVE}: 25, 26 and 27 March, 3 days.
 * </ul>
 * The first two count the same number of days but can differ in amount when the period crosses a
 * quarter (different rate) or a year (365 or 366).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum DayCountConvention {

  /**
   * The deposit day earns interest, the liquidation day does not: the days counted are
   * {@code [deposit, end)}. The IRS-style computation (docs/interest.md#day-count) and the default.
   * Deposit and end on the same day count no days.
   */
  START_INCLUSIVE_END_EXCLUSIVE,

  /**
   * The deposit day does not earn interest, the liquidation day does: the days counted are
   * {@code (deposit, end]}: "day 1 = the day after", the way other customs periods are counted
   * (for example protest days under 19 U.S.C. 1514(c)(3)). Deposit and end on the same day count
   * no days.
   */
  START_EXCLUSIVE_END_INCLUSIVE,

  /**
   * Both the deposit day and the liquidation day earn interest: the days counted are
   * {@code [deposit, end]}, the widest reading of "from ... to". Deposit and end on the same day
   * count that one day.
   */
  BOTH_INCLUSIVE;

  /** The default setting: {@link #START_INCLUSIVE_END_EXCLUSIVE}. */
  public static final DayCountConvention DEFAULT = START_INCLUSIVE_END_EXCLUSIVE;

  /**
   * Returns the first day that earns interest.
   *
   * <p>Example: deposit 2026-03-25 gives 2026-03-25, or 2026-03-26 under
   * {@link #START_EXCLUSIVE_END_INCLUSIVE}.
   *
   * @param depositDate  the date the duties were deposited
   * @return the first accrual day, inclusive
   */
  public LocalDate firstDayInclusive(LocalDate depositDate) {
    Objects.requireNonNull(depositDate, "depositDate");
    return this == START_EXCLUSIVE_END_INCLUSIVE ? depositDate.plusDays(1) : depositDate;
  }

  /**
   * Returns the day after the last day that earns interest.
   *
   * <p>Example: liquidation 2026-03-27 gives 2026-03-27 under the default, or 2026-03-28 under
   * the two conventions that count the liquidation day.
   *
   * @param endDate  the liquidation or reliquidation date
   * @return the end of the accrual days, exclusive
   */
  public LocalDate endExclusive(LocalDate endDate) {
    Objects.requireNonNull(endDate, "endDate");
    return this == START_INCLUSIVE_END_EXCLUSIVE ? endDate : endDate.plusDays(1);
  }
}

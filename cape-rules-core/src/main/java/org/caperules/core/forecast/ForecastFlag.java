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

/**
 * Why a refund forecast is less than certain: report column {@code Forecast Flags}, the tokens
 * sorted and joined by {@code ;}. Declared in alphabetical order, so the natural order is the
 * written order.
 *
 * <p>Example: an ELIGIBLE_DEFERRED entry without a deposit date whose interest runs into 2026 Q3
 * (a rate reported from an IRS ruling, no CBP notice) is flagged
 * {@code DEPOSIT_DATE_ASSUMED;PROJECTED_LIQUIDATION;UNCONFIRMED_RATE}.
 */
public enum ForecastFlag {

  /**
   * No deposit date was given (no {@code Deposit Date} column, or a blank cell): interest runs
   * from the entry summary date (or the entry date). For an entry paid on a periodic monthly
   * statement the deposit is the statement payment date, later, so the interest is overstated.
   */
  DEPOSIT_DATE_ASSUMED,

  /**
   * The (re)liquidation date, the end of the interest period, is projected from CBP's usual
   * cycle (a deferred, suspended or extended entry), not a date CAPE sets.
   */
  PROJECTED_LIQUIDATION,

  /** The interest used a quarterly rate that no CBP notice confirms ({@link Confirmation}). */
  UNCONFIRMED_RATE
}

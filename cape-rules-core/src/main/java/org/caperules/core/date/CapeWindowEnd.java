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
package org.caperules.core.date;

/**
 * Whether day 80 after liquidation is still inside the CAPE window: a named setting for a point
 * CBP has not settled (UNCERTAIN, docs/decisions.md#day-80).
 *
 * <p>Days are counted with the liquidation date as day 0, so day 80 of an entry liquidated on
 * Fri 2026-04-24 is Mon 2026-07-13. CBP's wording, "within 80 days of liquidation" (CSMS
 * #68315804) and "not over 80 days past liquidation" (CSMS #68340863), suggests day 80 is in
 * ({@link #DAY_80_INCLUSIVE}, the default). A secondary report of launch day, "liquidated after
 * January 30, 2026" for filing on Mon 2026-04-20, which is day 80 of Fri 2026-01-30, suggests
 * day 80 is out ({@link #DAY_80_EXCLUSIVE}). Neither setting rolls a weekend or holiday forward:
 * no source mentions a roll for the 80-day window.
 */
public enum CapeWindowEnd {

  /**
   * Day 80 is the last day: liquidated Fri 2026-04-24, last day Mon 2026-07-13 (liquidation +
   * 80). CBP: "within 80 days", "not over 80 days". The default.
   */
  DAY_80_INCLUSIVE(CapeDeadlines.CAPE_WINDOW_DAYS),

  /**
   * Day 79 is the last day: liquidated Fri 2026-04-24, last day Sun 2026-07-12 (liquidation +
   * 79). Secondary source: "liquidated after January 30, 2026" on launch day Mon 2026-04-20.
   */
  DAY_80_EXCLUSIVE(CapeDeadlines.CAPE_WINDOW_DAYS - 1);

  private final int lastDayOffset;

  CapeWindowEnd(int lastDayOffset) {
    this.lastDayOffset = lastDayOffset;
  }

  /**
   * Returns the number of calendar days from the liquidation date to the last day of the CAPE
   * window, inclusive: 80 for {@link #DAY_80_INCLUSIVE}, 79 for {@link #DAY_80_EXCLUSIVE}.
   *
   * @return the offset of the last day inside the window
   */
  public int lastDayOffset() {
    return lastDayOffset;
  }
}

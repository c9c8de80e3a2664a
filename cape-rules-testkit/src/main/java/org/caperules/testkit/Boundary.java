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
package org.caperules.testkit;

/**
 * A rule boundary that {@link BoundaryCatalogue} probes: a date on which an answer of the CAPE
 * rules changes, with its source.
 *
 * <p>Example: {@link #CAPE_WINDOW_END} for an entry liquidated Fri 2026-04-24 is Mon
 * 2026-07-13, day 80: on 2026-07-13 the entry is ELIGIBLE, on 2026-07-14 NOT_ELIGIBLE.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Boundary {

  /**
   * The last day of the CAPE window: liquidation + 80 calendar days with the default
   * {@code DAY_80_INCLUSIVE}, + 79 with {@code DAY_80_EXCLUSIVE}, not rolled (CSMS #68315804,
   * CSMS #68340863; {@code CapeDeadlines.CAPE_WINDOW_DAYS}).
   */
  CAPE_WINDOW_END("CSMS #68315804; CSMS #68340863"),

  /**
   * The protest last day: liquidation + 180 calendar days, rolled forward to the next business
   * day (19 U.S.C. 1514(c)(3); {@code CapeDeadlines.PROTEST_DAYS}). After it, liquidation is
   * final: LIQUIDATION_WINDOW_PASSED becomes LIQUIDATION_FINAL.
   */
  PROTEST_LAST_DAY("19 U.S.C. 1514(c)(3)"),

  /**
   * The as-of date itself: a liquidation date after it is a date that has not yet come, the data
   * reason DATE_AFTER_AS_OF (docs/rules.md#date-after-as-of-rule); on it, the entry is at day 0.
   */
  AS_OF_DATE("docs/rules.md#date-after-as-of-rule"),

  /**
   * The entry date: a liquidation date before it is impossible, the data reason
   * LIQUIDATION_BEFORE_ENTRY (19 U.S.C. 1504(a) counts liquidation from the date of entry).
   */
  ENTRY_DATE("19 U.S.C. 1504(a)"),

  /**
   * 2026-06-29: reconciliation-flagged entries of types 01, 02 and 06 with no type 09 filed are
   * accepted from this day (CSMS #69035485; {@code PHASE_1_RECON}).
   */
  RECONCILIATION_SWITCH("CSMS #69035485"),

  /**
   * 2026-07-07: warehouse entry types 21 and 22 are rejected from this day (CSMS #69127837 as
   * reported; {@code WAREHOUSE_21_22_EXCLUDED}).
   */
  WAREHOUSE_SWITCH("CSMS #69127837"),

  /**
   * 2026-10-06: finally liquidated entries of importers that are CIT plaintiffs are accepted from
   * this day (reported, UNCONFIRMED; {@code PHASE_3_LITIGANTS}).
   */
  CIT_PLAINTIFF_SWITCH("CIT order of 2026-07-17 as reported; UNCONFIRMED");

  private final String source;

  Boundary(String source) {
    this.source = source;
  }

  /**
   * Returns the source of the boundary, for example {@code CSMS #69035485}.
   *
   * @return the source
   */
  public String source() {
    return source;
  }
}

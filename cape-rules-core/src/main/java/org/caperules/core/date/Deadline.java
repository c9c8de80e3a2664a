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
 * The deadlines {@link CapeDeadlines} computes for one entry, each with what it means and its
 * legal source. The order of the constants is the order of {@link EntryDeadlines#asMap()} and of
 * {@link EntryDeadlines#toString()}: first those counted from the liquidation date, then those
 * counted from the entry date. The source names the CSMS bulletin, statute or practice a user can
 * look up; docs/deadlines.md explains each deadline and its counting.
 *
 * <p>Example: {@code PROTEST_LAST_DAY.description()} is "Last day to file a protest: liquidation
 * + 180 days, rolled forward to the next business day".
 */
public enum Deadline {

  /** Last day to declare a liquidated entry in CAPE; see
   *  {@link CapeDeadlines#capeLastDayInclusive(java.time.LocalDate)}. */
  CAPE_LAST_DAY(Anchor.LIQUIDATION,
      "Last day to declare a liquidated entry in CAPE: liquidation + "
          + CapeDeadlines.CAPE_WINDOW_DAYS + " calendar days, no roll",
      "CSMS #68315804 and #68340863 (\"within 80 days of liquidation\")"),

  /** Last day of CBP's voluntary reliquidation period; see
   *  {@link CapeDeadlines#voluntaryReliquidationLastDayInclusive(java.time.LocalDate)}. */
  VOLUNTARY_RELIQUIDATION_END(Anchor.LIQUIDATION,
      "Last day CBP may reliquidate on its own: liquidation + "
          + CapeDeadlines.VOLUNTARY_RELIQUIDATION_DAYS + " calendar days, no roll",
      "19 U.S.C. 1501 (\"within ninety days from the date of the original liquidation\")"),

  /** Last day to file a protest; see
   *  {@link CapeDeadlines#protestLastDayInclusive(java.time.LocalDate)}. */
  PROTEST_LAST_DAY(Anchor.LIQUIDATION,
      "Last day to file a protest: liquidation + " + CapeDeadlines.PROTEST_DAYS
          + " days, rolled forward to the next business day",
      "19 U.S.C. 1514(c)(3); 19 CFR 174.12(e); roll: T.D. 53961, Railway Express Agency v."
          + " United States, 30 Cust. Ct. 424 (1953)"),

  /** CBP's usual liquidation date; see
   *  {@link CapeDeadlines#projectedLiquidation(java.time.LocalDate)}. */
  PROJECTED_LIQUIDATION(Anchor.ENTRY,
      "Projected liquidation: entry date + " + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS
          + " days, CBP's usual cycle (an estimate, not a rule)",
      "CBP practice (\"typical 314-day cycle\"), an estimate"),

  /** Protest deadline after a projected liquidation; see
   *  {@link CapeDeadlines#protestHorizon(java.time.LocalDate)}. */
  PROTEST_HORIZON(Anchor.ENTRY,
      "Protest horizon: entry date + " + CapeDeadlines.PROTEST_HORIZON_DAYS + " days ("
          + CapeDeadlines.TYPICAL_LIQUIDATION_DAYS + "-day liquidation + "
          + CapeDeadlines.PROTEST_DAYS + "-day protest; an estimate, not a rule)",
      "Heuristic 314 + 180 = 494, no source states it"),

  /** Date an unliquidated entry is deemed liquidated; see
   *  {@link CapeDeadlines#deemedLiquidation(java.time.LocalDate)}. */
  DEEMED_LIQUIDATION(Anchor.ENTRY,
      "Deemed liquidation: entry date + 1 year, unless liquidation was extended or suspended",
      "19 U.S.C. 1504(a); 19 CFR 159.11");

  /** The date a deadline is counted from. */
  public enum Anchor {
    /** The liquidation date (the date CBP posts the notice of liquidation; 19 CFR 159.9). */
    LIQUIDATION,
    /** The entry date (or date of final withdrawal from warehouse; 19 U.S.C. 1504(a)). */
    ENTRY
  }

  private final Anchor anchor;
  private final String description;
  private final String source;

  Deadline(Anchor anchor, String description, String source) {
    this.anchor = anchor;
    this.description = description;
    this.source = source;
  }

  /**
   * Returns the date this deadline is counted from.
   *
   * @return the anchor, for example {@link Anchor#LIQUIDATION} for {@link #PROTEST_LAST_DAY}
   */
  public Anchor anchor() {
    return anchor;
  }

  /**
   * Returns a one-sentence description with the counting rule, for example "Last day CBP may
   * reliquidate on its own: liquidation + 90 calendar days, no roll".
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the statute, regulation, CSMS message or practice the rule comes from, for example
   * "19 U.S.C. 1501 (...)".
   *
   * @return the legal source
   */
  public String source() {
    return source;
  }
}

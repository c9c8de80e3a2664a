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
 * A kind of entry that {@link Entries} can generate: which facts are set on purpose, the rest
 * being a clean, realistic consumption entry (type 01, 02, 03, 06, 07 or 11, an accepted ACE
 * entry summary, one to three dutiable IEEPA lines effective on the entry date, sometimes
 * non-IEEPA lines too). The verdicts named below are those of the CAPE rules as documented in
 * docs/rules.md; the engine, not the scenario, decides.
 *
 * <p>Example: {@link #LIQUIDATED_WINDOW_PASSED} is an entry liquidated 81 to 180 days before the
 * as-of date, which {@code PHASE_1} answers NOT_ELIGIBLE [LIQUIDATION_WINDOW_PASSED].
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Scenario {

  /** Unliquidated: ELIGIBLE. */
  UNLIQUIDATED,

  /**
   * Liquidated 0 to 80 days before the as-of date ({@code CapeDeadlines.CAPE_WINDOW_DAYS}):
   * ELIGIBLE with the default {@code DAY_80_INCLUSIVE} setting.
   */
  LIQUIDATED_IN_WINDOW,

  /**
   * Liquidated 81 to 180 days before the as-of date ({@code CapeDeadlines.PROTEST_DAYS}), so
   * on or before the protest last day: NOT_ELIGIBLE [LIQUIDATION_WINDOW_PASSED].
   */
  LIQUIDATED_WINDOW_PASSED,

  /**
   * Liquidated so long ago that the protest last day (liquidation + 180, rolled to a business
   * day) is before the as-of date: NOT_ELIGIBLE [LIQUIDATION_FINAL]. Not a CIT plaintiff.
   */
  LIQUIDATED_FINAL,

  /**
   * As {@link #LIQUIDATED_FINAL}, for an importer that is a CIT plaintiff: ELIGIBLE under
   * {@code PHASE_3_LITIGANTS}, LIQUIDATION_FINAL before it.
   */
  CIT_PLAINTIFF_FINAL,

  /** Liquidation SUSPENDED, EXTENDED or UNDER_REVIEW: ELIGIBLE_DEFERRED. */
  PENDING_LIQUIDATION,

  /**
   * Warehouse entry type 21 or 22, unliquidated: ELIGIBLE_DEFERRED before 2026-07-07,
   * NOT_ELIGIBLE [ENTRY_TYPE_NOT_ALLOWED] from then (CSMS #69127837).
   */
  WAREHOUSE_ENTRY,

  /** Warehouse withdrawal type 31, 32, 34 or 38, unliquidated: ELIGIBLE_DEFERRED. */
  WAREHOUSE_WITHDRAWAL,

  /**
   * Type 01, 02 or 06 flagged for reconciliation, no type 09 filed: NOT_ELIGIBLE
   * [RECONCILIATION] before 2026-06-29, ELIGIBLE from then (CSMS #69035485).
   */
  RECONCILIATION_FLAGGED,

  /**
   * Type 01, 02 or 06 flagged for reconciliation with its type 09 filed: NOT_ELIGIBLE
   * [RECONCILIATION] under every built-in policy.
   */
  RECONCILIATION_FILED,

  /** Type 09, a reconciliation summary: NOT_ELIGIBLE [RECONCILIATION]. */
  RECONCILIATION_ENTRY,

  /** A drawback type 41-47, or designated on a drawback claim: NOT_ELIGIBLE [DRAWBACK]. */
  DRAWBACK,

  /** Type 08, duty deferral: NOT_ELIGIBLE [DUTY_DEFERRAL]. */
  DUTY_DEFERRAL,

  /**
   * Liquidated within the CAPE window with an OPEN or SUSPENDED protest: NOT_ELIGIBLE
   * [OPEN_PROTEST].
   */
  OPEN_PROTEST,

  /**
   * AD/CVD type 03 or 07, Commerce liquidation instructions issued, unliquidated or suspended:
   * NOT_ELIGIBLE [ADCVD_PENDING_LIQUIDATION].
   */
  ADCVD_PENDING_LIQUIDATION,

  /** Not filed in ACE: NOT_ELIGIBLE [NOT_IN_ACE]. */
  NOT_IN_ACE,

  /** Entry summary CANCELLED or REJECTED: NOT_ELIGIBLE [ENTRY_SUMMARY_NOT_ACCEPTED]. */
  SUMMARY_NOT_ACCEPTED,

  /**
   * No dutiable IEEPA line: only Section 301 (9903.88), 232 (9903.80/.81) or 122 (9903.03.01-.11)
   * lines and commodity lines, an IEEPA line with zero duty, or no lines: NOT_ELIGIBLE
   * [NO_IEEPA_DUTY].
   */
  NO_IEEPA_DUTY,

  /**
   * Type 23, temporary importation under bond: ELIGIBLE under the default settings, NOT_ELIGIBLE
   * [ENTRY_TYPE_NOT_ALLOWED] when a policy sets {@code excludeTemporaryImportationBond}.
   */
  TEMPORARY_IMPORTATION_BOND,

  /** An entry number that fails validation: NEEDS_REVIEW [INVALID_ENTRY_NUMBER]. */
  INVALID_ENTRY_NUMBER,

  /**
   * No liquidation status, an unrecognised status text, or LIQUIDATED without a date:
   * NEEDS_REVIEW [UNKNOWN_LIQUIDATION_STATUS].
   */
  UNKNOWN_LIQUIDATION_STATUS,

  /** An unrecognised protest status text: NEEDS_REVIEW [UNKNOWN_PROTEST_STATUS]. */
  UNKNOWN_PROTEST_STATUS,

  /** Liquidated 1 to 30 days after the as-of date: NEEDS_REVIEW [DATE_AFTER_AS_OF]. */
  LIQUIDATED_AFTER_AS_OF,

  /**
   * Liquidated 61 to 80 days before the as-of date and entered (and summarised) 1 to 60 days
   * after that: NEEDS_REVIEW [LIQUIDATION_BEFORE_ENTRY]. The entry date lies outside the IEEPA
   * window on purpose.
   */
  LIQUIDATED_BEFORE_ENTRY,

  /**
   * Unliquidated, with one to three rows of the export that could not be read (a duty amount
   * {@code N/A}, an entry type {@code 1.0}): NEEDS_REVIEW [ROWS_REJECTED].
   */
  ROWS_REJECTED,

  /**
   * Every fact drawn independently: any entry type of CATAIR Appendix B, any liquidation status
   * (or none, or unrecognised text), any protest status, every flag now and then; the
   * combinations the other scenarios do not make on purpose.
   */
  ANY
}

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
package org.caperules.core.eligibility;

import org.caperules.core.rule.ReasonKind;

/**
 * The answer for one entry on one as-of date. The names are a public contract: they are written
 * to CSV reports and relied on by users; they never change.
 *
 * <p>Precedence: {@link #NEEDS_REVIEW} over {@link #NOT_ELIGIBLE} over {@link #ELIGIBLE_DEFERRED}
 * over {@link #ELIGIBLE}.
 */
public enum Verdict {

  /**
   * Declare in CAPE now: no exclusion applies and the refund comes with CAPE's own
   * (re)liquidation (CSMS #68315804; #68340863: unliquidated entries liquidate 45 days after
   * acceptance, entries liquidated within 80 days are reliquidated).
   */
  ELIGIBLE,

  /**
   * CAPE accepts the entry now, but the refund comes only when the entry liquidates: liquidation
   * status SUSPENDED, EXTENDED or UNDER_REVIEW (CBP, 10 Apr 2026: "Entries with liquidation status
   * of suspended, extended, or under review"; docs/decisions.md#deferred-entries), or a
   * warehouse-withdrawal entry type 31, 32, 34 or 38 (and, before 2026-07-07, the warehouse types
   * 21 and 22; CSMS #69127837, CBP-reported).
   */
  ELIGIBLE_DEFERRED,

  /** One or more exclusions apply: see the assessment's findings. */
  NOT_ELIGIBLE,

  /**
   * The data cannot support a decision: a data reason applies ({@link ReasonKind#DATA}). Takes
   * precedence over every other verdict; the findings still list every exclusion found.
   */
  NEEDS_REVIEW;

  /**
   * Tells whether CAPE accepts an entry with this verdict now, so that it belongs on a CAPE
   * declaration: {@link #ELIGIBLE} and {@link #ELIGIBLE_DEFERRED}.
   *
   * @return true for the two declarable verdicts
   */
  public boolean isDeclarable() {
    return this == ELIGIBLE || this == ELIGIBLE_DEFERRED;
  }
}

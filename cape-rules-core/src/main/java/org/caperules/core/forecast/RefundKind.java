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
 * How, and whether, an entry's IEEPA refund comes through CAPE: the event that creates the
 * refund. The names are a public contract, written to reports; they never change.
 *
 * <p>Example: an ELIGIBLE unliquidated entry accepted Mon 2026-05-04 is
 * {@link #AT_CAPE_LIQUIDATION}, expected to liquidate Thu 2026-06-18.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RefundKind {

  /**
   * An ELIGIBLE unliquidated entry: CBP sets it to liquidate 45 days after the declaration is
   * accepted, and the refund comes with that liquidation (CSMS #68340863).
   */
  AT_CAPE_LIQUIDATION,

  /**
   * An ELIGIBLE entry liquidated within the CAPE window: CBP reliquidates it "the next business
   * day" after processing, and the refund comes with the reliquidation
   * (docs/interest.md#expected-dates).
   */
  AT_RELIQUIDATION,

  /**
   * An ELIGIBLE_DEFERRED entry (liquidation suspended, extended or under review, or a warehouse
   * type): CAPE accepts it now, the refund comes "at liquidation", whose date is only projected
   * (entry date + 314 days, CBP's usual cycle; CBP guidance of 10 Apr 2026;
   * docs/deadlines.md#projected-liquidation).
   */
  AT_LIQUIDATION_DEFERRED,

  /** NOT_ELIGIBLE or NEEDS_REVIEW: no refund through CAPE, so nothing is forecast. */
  NONE;

  /**
   * Tells whether a refund is expected: every kind but {@link #NONE}.
   *
   * @return true if a refund is forecast
   */
  public boolean expectsRefund() {
    return this != NONE;
  }
}

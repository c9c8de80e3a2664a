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
package org.caperules.core.screening;

import java.util.List;
import java.util.Objects;
import org.caperules.core.forecast.ExpectedPayment;
import org.caperules.core.forecast.PaymentConsolidator;

/**
 * Adds the refund forecast of each declarable entry (ELIGIBLE or ELIGIBLE_DEFERRED) to its
 * expected payment as it is received ({@link PaymentConsolidator#accumulator()}), keeping the
 * running totals and entry numbers of each payment, never the forecasts. CBP consolidates refunds
 * by importer of record (or Form 4811 party) and liquidation date (CSMS #68315804, CSMS
 * #68340863).
 *
 * <p>Example: forecasts of two ELIGIBLE entries of importer 12-3456789 both liquidating Thu
 * 2026-06-18, principal 10,000.00 and 1,000.00, give one payment of principal 11,000.00 with two
 * entry numbers.
 *
 * <p>Not thread-safe: one sink per run.
 */
public final class PaymentSink implements ScreeningSink {

  private final PaymentConsolidator.Accumulator accumulator;

  /** Starts with no payment, consolidating by importer of record. */
  public PaymentSink() {
    this(PaymentConsolidator.byImporterOfRecord());
  }

  /**
   * Starts with no payment, consolidating with the given consolidator (for example {@link
   * PaymentConsolidator#withNotifyParties(java.util.Map)}).
   *
   * @param consolidator  the consolidator
   * @throws NullPointerException if {@code consolidator} is null
   */
  public PaymentSink(PaymentConsolidator consolidator) {
    this.accumulator = Objects.requireNonNull(consolidator, "consolidator").accumulator();
  }

  /**
   * Adds the entry's forecast to its payment if the entry is declarable.
   *
   * @param screened  the screened entry
   */
  @Override
  public void accept(ScreenedEntry screened) {
    if (screened.isDeclarable()) {
      accumulator.add(screened.forecast());
    }
  }

  /**
   * Returns the payments of the entries received so far.
   *
   * @return the payments, sorted by payee then expected liquidation date (undated last)
   */
  public List<ExpectedPayment> payments() {
    return accumulator.payments();
  }

  /**
   * Returns the sink as text, for example {@code PaymentSink[Accumulator[2 payees]]}.
   *
   * @return the sink as text
   */
  @Override
  public String toString() {
    return "PaymentSink[" + accumulator + ']';
  }
}

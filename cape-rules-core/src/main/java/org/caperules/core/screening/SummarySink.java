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

import java.time.LocalDate;
import org.caperules.core.eligibility.ScreeningSummary;

/**
 * Counts a screening run: entries, IEEPA duty and at-risk entries per verdict, as a {@link
 * ScreeningSummary}. Only the totals are kept.
 *
 * <p>Example: after an ELIGIBLE entry with IEEPA duty 100.00 and a NOT_ELIGIBLE one with 50.00,
 * {@code summary().total()} is 2 and {@code summary().ieepaDuty(Verdict.ELIGIBLE)} is 100.00.
 *
 * <p>Not thread-safe: one sink per run.
 */
public final class SummarySink implements ScreeningSink {

  private final ScreeningSummary.Tally tally;

  /**
   * Starts an empty count.
   *
   * @param policyId  the id of the policy applied
   * @param asOf  the date of the screening
   * @throws NullPointerException if an argument is null
   */
  public SummarySink(String policyId, LocalDate asOf) {
    this.tally = new ScreeningSummary.Tally(policyId, asOf);
  }

  /**
   * Counts the entry.
   *
   * @param screened  the screened entry
   */
  @Override
  public void accept(ScreenedEntry screened) {
    tally.add(screened.assessment());
  }

  /**
   * Returns the totals of the entries received so far.
   *
   * @return the summary
   */
  public ScreeningSummary summary() {
    return tally.summary();
  }

  /**
   * Returns the sink as text, for example {@code SummarySink[PHASE_1 as of 2026-07-13: ...]}.
   *
   * @return the sink as text
   */
  @Override
  public String toString() {
    return "SummarySink[" + tally.summary() + ']';
  }
}

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
package org.caperules.report.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caperules.core.eligibility.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * One row of a screening report, as the report needs it: the entry, its importer label exactly
 * as the report writes it (a social security number arrives masked, {@code ***-**-6789}, and is
 * never unmasked), the verdict, the reason codes, the three last days, the IEEPA duty and the
 * forecast and claim cells when the report has them.
 *
 * <p>Example: {@code FKE10000011}, importer {@code 061234-12345}, {@code ELIGIBLE}, no reasons,
 * CAPE last day 2026-08-10, protest last day 2026-11-18, IEEPA duty 5521.19, estimated interest
 * 177.80, not at risk.
 *
 * @param line  the line of the row in its file (the header is line 1)
 * @param entryNumber  the entry number as written
 * @param importer  the importer label as written; empty when the cell is blank
 * @param verdict  the verdict
 * @param reasons  the reason codes, in the order written
 * @param liquidationDate  the liquidation date, or {@code null}
 * @param capeLastDay  the CAPE last day (inclusive), or {@code null}
 * @param protestLastDay  the protest last day (inclusive), or {@code null}
 * @param ieepaDuty  the IEEPA duty, two decimals
 * @param nextAction  the next action's sentence, possibly empty
 * @param atRisk  whether the report marks the entry at risk ({@code Y})
 * @param estimatedInterest  the estimated interest, two decimals, or {@code null} when unknown
 * @param expectedPaymentFrom  the first day of the expected payment window, or {@code null}
 * @param expectedPaymentTo  the last day of the expected payment window, or {@code null}
 * @param rateClass  the interest rate class used, or {@code null} when the report has none
 * @param forecastFlags  the forecast flags ({@code UNCONFIRMED_RATE}, ...), possibly empty
 * @param claimStatus  the claim status cell ({@code ACCEPTED}, {@code FAILED: ...}, {@code
 *     DECLARED 2026-07-14}), empty when blank, or {@code null} when the report has no such column
 */
public record ReportEntry(long line, String entryNumber, String importer, Verdict verdict,
    List<String> reasons, @Nullable LocalDate liquidationDate, @Nullable LocalDate capeLastDay,
    @Nullable LocalDate protestLastDay, BigDecimal ieepaDuty, String nextAction, boolean atRisk,
    @Nullable BigDecimal estimatedInterest, @Nullable LocalDate expectedPaymentFrom,
    @Nullable LocalDate expectedPaymentTo, @Nullable String rateClass, List<String> forecastFlags,
    @Nullable String claimStatus) {

  /**
   * Checks the required components and copies the lists.
   *
   * @param line  the line
   * @param entryNumber  the entry number
   * @param importer  the importer label
   * @param verdict  the verdict
   * @param reasons  the reason codes
   * @param liquidationDate  the liquidation date
   * @param capeLastDay  the CAPE last day
   * @param protestLastDay  the protest last day
   * @param ieepaDuty  the IEEPA duty
   * @param nextAction  the next action
   * @param atRisk  at risk
   * @param estimatedInterest  the estimated interest
   * @param expectedPaymentFrom  the payment window's first day
   * @param expectedPaymentTo  the payment window's last day
   * @param rateClass  the rate class
   * @param forecastFlags  the forecast flags
   * @param claimStatus  the claim status
   * @throws NullPointerException if a required component is null
   */
  public ReportEntry {
    Objects.requireNonNull(entryNumber, "entryNumber");
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(verdict, "verdict");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(ieepaDuty, "ieepaDuty");
    Objects.requireNonNull(nextAction, "nextAction");
    forecastFlags = List.copyOf(forecastFlags);
  }

  /**
   * Tells whether the entry can be declared in CAPE ({@code ELIGIBLE} or
   * {@code ELIGIBLE_DEFERRED}).
   *
   * @return true if declarable
   */
  public boolean declarable() {
    return verdict.isDeclarable();
  }

  /**
   * Returns this entry with another claim status, as a claim ledger gives it.
   *
   * @param status  the claim status, for example {@code ACCEPTED}
   * @return the entry with that status
   */
  public ReportEntry withClaimStatus(String status) {
    return new ReportEntry(line, entryNumber, importer, verdict, reasons, liquidationDate,
        capeLastDay, protestLastDay, ieepaDuty, nextAction, atRisk, estimatedInterest,
        expectedPaymentFrom, expectedPaymentTo, rateClass, forecastFlags,
        Objects.requireNonNull(status, "status"));
  }
}

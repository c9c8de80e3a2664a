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
package org.caperules.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * One expected refund payment (the accepted entries of one payee with one expected liquidation
 * date, as CBP consolidates refunds: CSMS #68340863) against what the refund reports say was
 * paid. Example: payee {@code 12-3456789A1}, liquidation 2026-08-27, 1 entry, expected 1000.00
 * principal and 12.00 interest, received 1012.34, difference 0.34, {@link
 * ReconciliationStatus#PAID} from REV-615.
 *
 * @param payee  the payee, or {@code null} if unknown
 * @param expectedLiquidation  the expected (re)liquidation date, or {@code null}
 * @param entryNumbers  the entries, sorted
 * @param principal  the expected principal
 * @param interest  the expected interest (entries without a forecast count zero)
 * @param received  what the reports say was paid, or {@code null} if nothing
 * @param difference  received minus expected principal and interest, or {@code null}
 * @param status  the status
 * @param reports  the reports of the matched lines, for example {@code REV-603 REV-615}
 * @param paidOn  the latest payment day of the matched lines, or {@code null}
 * @param paymentTo  the last day of the expected payment window, or {@code null}
 * @param fix  what to do, for example the ACH enrollment fix of a rejected refund; or {@code ""}
 */
public record Reconciliation(@Nullable ImporterNumber payee,
    @Nullable LocalDate expectedLiquidation, List<String> entryNumbers, BigDecimal principal,
    BigDecimal interest, @Nullable BigDecimal received, @Nullable BigDecimal difference,
    ReconciliationStatus status, String reports, @Nullable LocalDate paidOn,
    @Nullable LocalDate paymentTo, String fix) {

  /**
   * Checks the components and copies the entries.
   *
   * @param payee  the payee, or {@code null}
   * @param expectedLiquidation  the expected liquidation date, or {@code null}
   * @param entryNumbers  the entries
   * @param principal  the expected principal
   * @param interest  the expected interest
   * @param received  what was paid, or {@code null}
   * @param difference  received minus expected, or {@code null}
   * @param status  the status
   * @param reports  the reports of the matched lines
   * @param paidOn  the latest payment day, or {@code null}
   * @param paymentTo  the last day of the expected window, or {@code null}
   * @param fix  what to do, or {@code ""}
   */
  public Reconciliation {
    entryNumbers = List.copyOf(entryNumbers);
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(fix, "fix");
  }
}

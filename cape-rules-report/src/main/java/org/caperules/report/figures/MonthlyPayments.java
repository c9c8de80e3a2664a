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
package org.caperules.report.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The refunds expected in one month: the expected payments (from {@code payments.csv}) whose
 * payment window opens in that month, added up. Example: 2026-09, 2 payments, 17 entries,
 * principal 159,799.04, interest 6,246.83, total 166,045.87.
 *
 * @param month  the month the payment windows open in
 * @param payments  the number of payments
 * @param entries  the entries they pay
 * @param principal  the principal
 * @param interest  the interest
 * @param total  principal plus interest, as the file gives it
 */
public record MonthlyPayments(YearMonth month, int payments, int entries, BigDecimal principal,
    BigDecimal interest, BigDecimal total) {

  /**
   * Checks the components.
   *
   * @param month  the month
   * @param payments  the payments
   * @param entries  the entries
   * @param principal  the principal
   * @param interest  the interest
   * @param total  the total
   * @throws NullPointerException if the month or an amount is null
   */
  public MonthlyPayments {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(total, "total");
  }
}

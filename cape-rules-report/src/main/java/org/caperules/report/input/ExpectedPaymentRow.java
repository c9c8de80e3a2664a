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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code payments.csv}: a refund CBP is expected to pay to one payee, consolidated by
 * liquidation date. The payee is the label as written ({@code IOR 12-3456789A1}, {@code 4811
 * 98-7654321}, {@code IOR ***-**-6789}).
 *
 * <p>Example: payee {@code IOR 061234-12345}, expected payment from 2026-09-11 to 2026-10-11,
 * 7 entries, principal 62564.50, interest 2452.00, total 65016.50.
 *
 * @param line  the line of the row in its file (the header is line 1)
 * @param payee  the payee label as written
 * @param expectedPaymentFrom  the first day of the expected payment window, or {@code null}
 * @param expectedPaymentTo  the last day of the expected payment window, or {@code null}
 * @param entries  the number of entries in the payment, or 0 when not given
 * @param principal  the principal, two decimals
 * @param interest  the interest, two decimals
 * @param total  the total, two decimals
 */
public record ExpectedPaymentRow(long line, String payee, @Nullable LocalDate expectedPaymentFrom,
    @Nullable LocalDate expectedPaymentTo, int entries, BigDecimal principal, BigDecimal interest,
    BigDecimal total) {

  /** The prefix of a payee that is the importer of record itself. */
  public static final String IMPORTER_OF_RECORD = "IOR ";

  /**
   * Checks the components.
   *
   * @param line  the line
   * @param payee  the payee
   * @param expectedPaymentFrom  the window's first day
   * @param expectedPaymentTo  the window's last day
   * @param entries  the entry count
   * @param principal  the principal
   * @param interest  the interest
   * @param total  the total
   * @throws NullPointerException if the payee or an amount is null
   */
  public ExpectedPaymentRow {
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(total, "total");
  }

  /**
   * Returns the importer this payment is paid to when the payee is the importer of record
   * ({@code IOR 12-3456789A1} gives {@code 12-3456789A1}), or {@code null} for another payee (a
   * Form 4811 notify party, an unknown payee).
   *
   * @return the importer label, or {@code null}
   */
  public @Nullable String importer() {
    return payee.startsWith(IMPORTER_OF_RECORD)
        ? payee.substring(IMPORTER_OF_RECORD.length()).strip() : null;
  }
}

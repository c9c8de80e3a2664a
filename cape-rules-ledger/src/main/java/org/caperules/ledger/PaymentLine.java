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
import java.util.Objects;
import org.caperules.core.EntryNumber;
import org.caperules.core.ImporterNumber;
import org.jspecify.annotations.Nullable;

/**
 * One line of a refund report as the ledger recorded it. Example: REV-615 line 2, entry {@code
 * BII05992854}, payee {@code 12-3456789A1}, amount 1000.00, interest 12.34, paid 2026-09-15,
 * trace {@code 091000019876543}.
 *
 * @param report  the report
 * @param fileName  the report file's name
 * @param line  the line in that file
 * @param entryNumber  the entry, where the report lists it, or {@code null}
 * @param payee  the payee, or {@code null}
 * @param amount  the refund amount
 * @param interest  the interest, where given apart, or {@code null}
 * @param paidOn  the day of the payment, or {@code null}
 * @param reference  the ACH trace or refund number, or {@code ""}
 * @param statusText  the report's status text, or {@code ""}
 */
public record PaymentLine(PaymentReport report, String fileName, long line,
    @Nullable EntryNumber entryNumber, @Nullable ImporterNumber payee, BigDecimal amount,
    @Nullable BigDecimal interest, @Nullable LocalDate paidOn, String reference,
    String statusText) {

  /**
   * Checks the components.
   *
   * @param report  the report
   * @param fileName  the report file's name
   * @param line  the line in that file
   * @param entryNumber  the entry, or {@code null}
   * @param payee  the payee, or {@code null}
   * @param amount  the refund amount
   * @param interest  the interest, or {@code null}
   * @param paidOn  the day of the payment, or {@code null}
   * @param reference  the ACH trace or refund number, or {@code ""}
   * @param statusText  the report's status text, or {@code ""}
   */
  public PaymentLine {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(statusText, "statusText");
  }

  /**
   * Returns the amount received: the amount plus the interest where given apart.
   *
   * @return the total
   */
  public BigDecimal received() {
    BigDecimal extra = interest;
    return extra == null ? amount : amount.add(extra);
  }
}

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
 * One entry written into one CAPE declaration file, as the claim ledger records it: the file,
 * the day it was written, the screening's as-of date and policy, and what the screening
 * expected (deadlines, refund principal and interest, payment window) so that later results and
 * payments can be checked against it.
 *
 * <p>Example: {@code BII05992854} of importer {@code 12-3456789A1} in {@code
 * cape-declaration-12-3456789A1-001.csv}, written 2026-07-13 as of 2026-07-13 under {@code
 * WAREHOUSE_21_22_EXCLUDED}, CAPE last day 2026-09-30, principal 1000.00.
 *
 * @param entryNumber  the entry
 * @param importerNumber  its importer of record, or {@code null} if unknown
 * @param fileName  the declaration file's name
 * @param writtenOn  the day the file was written (given by the caller)
 * @param asOf  the as-of date of the screening
 * @param policyId  the policy of the screening
 * @param capeLastDay  the last day to declare in CAPE (inclusive), or {@code null}
 * @param protestLastDay  the last day to protest (inclusive), or {@code null}
 * @param principal  the IEEPA duty expected back, or {@code null}
 * @param interest  the interest expected, or {@code null} if not known
 * @param expectedLiquidation  the expected (re)liquidation date, or {@code null}
 * @param paymentFrom  the first day of the expected payment window (inclusive), or {@code null}
 * @param paymentTo  the last day of the expected payment window (inclusive), or {@code null}
 */
public record DeclaredEntry(EntryNumber entryNumber, @Nullable ImporterNumber importerNumber,
    String fileName, LocalDate writtenOn, LocalDate asOf, String policyId,
    @Nullable LocalDate capeLastDay, @Nullable LocalDate protestLastDay,
    @Nullable BigDecimal principal, @Nullable BigDecimal interest,
    @Nullable LocalDate expectedLiquidation, @Nullable LocalDate paymentFrom,
    @Nullable LocalDate paymentTo) {

  /**
   * Checks the required components.
   *
   * @param entryNumber  the entry
   * @param importerNumber  its importer of record, or {@code null} if unknown
   * @param fileName  the declaration file's name
   * @param writtenOn  the day the file was written
   * @param asOf  the as-of date of the screening
   * @param policyId  the policy of the screening
   * @param capeLastDay  the last day to declare in CAPE, or {@code null}
   * @param protestLastDay  the last day to protest, or {@code null}
   * @param principal  the IEEPA duty expected back, or {@code null}
   * @param interest  the interest expected, or {@code null}
   * @param expectedLiquidation  the expected (re)liquidation date, or {@code null}
   * @param paymentFrom  the first day of the expected payment window, or {@code null}
   * @param paymentTo  the last day of the expected payment window, or {@code null}
   */
  public DeclaredEntry {
    Objects.requireNonNull(entryNumber, "entryNumber");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(writtenOn, "writtenOn");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policyId, "policyId");
  }

  /**
   * Obtains a declared entry without expectations (no deadlines, amounts or payment window), for
   * a declaration made outside a screening run.
   *
   * @param entryNumber  the entry
   * @param importerNumber  its importer, or {@code null}
   * @param fileName  the declaration file's name
   * @param writtenOn  the day the file was written
   * @param policyId  the policy it was screened under
   * @return the declared entry, as of the day it was written
   */
  public static DeclaredEntry of(EntryNumber entryNumber, @Nullable ImporterNumber importerNumber,
      String fileName, LocalDate writtenOn, String policyId) {
    return new DeclaredEntry(entryNumber, importerNumber, fileName, writtenOn, writtenOn,
        policyId, null, null, null, null, null, null, null);
  }
}

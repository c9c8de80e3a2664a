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
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code readiness.csv}: whether an importer can file in CAPE and be paid, with its
 * blockers and the date to start fixing them.
 *
 * <p>Example: importer {@code 12-3456789A1}, status {@code NOT_READY}, filing ready 2026-07-13,
 * payment ready 2026-08-24, blockers {@code R18}, 27 declarable entries, IEEPA duty 273,296.41, 2
 * entries at risk, start by 2026-07-06.
 *
 * @param line  the line of the row in its file (the header is line 1)
 * @param importer  the importer label as written
 * @param status  the status as written, for example {@code READY} or {@code NOT_READY}
 * @param filingReady  the date the importer can file, or {@code null}
 * @param paymentReady  the date the importer can be paid, or {@code null}
 * @param blockers  the blocker codes as written ({@code R13} or {@code ACH_ENROLLMENT_MISSING})
 * @param declarableEntries  the declarable entries, or {@code null} when not given
 * @param ieepaDuty  their IEEPA duty, or {@code null} when not given
 * @param entriesAtRisk  the entries at risk, or {@code null} when not given
 * @param startBy  the date to start fixing the blockers, or {@code null}
 */
public record ReadinessRow(long line, String importer, String status,
    @Nullable LocalDate filingReady, @Nullable LocalDate paymentReady, List<String> blockers,
    @Nullable Integer declarableEntries, @Nullable BigDecimal ieepaDuty,
    @Nullable Integer entriesAtRisk, @Nullable LocalDate startBy) {

  /**
   * Checks the components and copies the list.
   *
   * @param line  the line
   * @param importer  the importer label
   * @param status  the status
   * @param filingReady  the filing-ready date
   * @param paymentReady  the payment-ready date
   * @param blockers  the blocker codes
   * @param declarableEntries  the declarable entries
   * @param ieepaDuty  the IEEPA duty
   * @param entriesAtRisk  the entries at risk
   * @param startBy  the start-by date
   * @throws NullPointerException if the importer, status or blockers are null
   */
  public ReadinessRow {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(status, "status");
    blockers = List.copyOf(blockers);
  }
}

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
package org.caperules.core.readiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.caperules.core.ImporterNumber;
import org.caperules.core.eligibility.Assessment;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RefundPlan} needs of one screened entry: its number, importer, whether it is
 * declarable (ELIGIBLE or ELIGIBLE_DEFERRED), its CAPE last day and its IEEPA duty. Made from an
 * {@link Assessment} ({@link #of(Assessment)}) or from a row of a screening report.
 *
 * <p>Example: {@code new PlannedEntry("ABC12345676", ImporterNumber.parse("12-3456789A1"), true,
 * LocalDate.of(2026, 7, 13), new BigDecimal("1000.00"))}, an entry liquidated 2026-04-24 whose
 * CAPE window closes on day 80, 2026-07-13.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entryNumber  the entry number as screened, normalised
 * @param importerNumber  the importer of record, or null if unknown (then taken to be the
 *     planned importer's)
 * @param declarable  true for an ELIGIBLE or ELIGIBLE_DEFERRED verdict
 * @param capeLastDayInclusive  the last day to declare it in CAPE, or null if it has none (not
 *     liquidated)
 * @param ieepaDuty  the entry's IEEPA duty
 */
public record PlannedEntry(String entryNumber, @Nullable ImporterNumber importerNumber,
    boolean declarable, @Nullable LocalDate capeLastDayInclusive, BigDecimal ieepaDuty) {

  /**
   * Creates a planned entry.
   *
   * @param entryNumber  the entry number
   * @param importerNumber  the importer, or null
   * @param declarable  whether the verdict is declarable
   * @param capeLastDayInclusive  the CAPE last day, or null
   * @param ieepaDuty  the IEEPA duty
   * @throws NullPointerException if the entry number or the duty is null
   */
  public PlannedEntry {
    Objects.requireNonNull(entryNumber, "entryNumber");
    Objects.requireNonNull(ieepaDuty, "ieepaDuty");
  }

  /**
   * Takes what a plan needs from an assessment.
   *
   * @param assessment  the entry's assessment
   * @return the planned entry
   */
  public static PlannedEntry of(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return new PlannedEntry(assessment.entryNumberText(), assessment.entry().importerNumber(),
        assessment.verdict().isDeclarable(),
        assessment.deadlines().capeLastDay().orElse(null), assessment.ieepaDuty());
  }
}

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
package org.caperules.core.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;

/** Entries and assessments shared by the forecast tests. */
final class ForecastFixtures {

  static final LocalDate MON_2026_05_04 = LocalDate.of(2026, 5, 4);
  static final ImporterNumber IOR_A = ImporterNumber.of("12-3456789");
  static final ImporterNumber IOR_SSN = ImporterNumber.of("123-45-6789");
  static final ImporterNumber BROKER = ImporterNumber.of("98-7654321");

  private ForecastFixtures() {}

  /** A valid entry number: the 10-character base plus its CATAIR check digit. */
  static EntryNumber entryNumber(String base) {
    return EntryNumber.of(base + EntryNumber.checkDigit(base));
  }

  /** An IEEPA entry of type 01 with one 9903.01.25 line of {@code duty}. */
  static Entry.Builder ieepaEntry(String base, String duty) {
    return Entry.builder()
        .entryNumber(entryNumber(base))
        .entryType(EntryType.of("01"))
        .importerNumber(IOR_A)
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal(duty)));
  }

  /**
   * Golden entry 1: unliquidated, $10,000.00 IEEPA duty (plus a $250.00 non-IEEPA line that does
   * not count), entered Mon 2026-03-02, entry summary Tue 2026-03-10.
   */
  static Entry unliquidated() {
    return ieepaEntry("FCT0000001", "10000.00")
        .addDutyLines(DutyLine.of(HtsNumber.parse("3923900080"), new BigDecimal("250.00")))
        .entryDate(LocalDate.of(2026, 3, 2))
        .entrySummaryDate(LocalDate.of(2026, 3, 10))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .build();
  }

  /**
   * Golden entry 2: liquidated Fri 2026-04-24, $5,000.00, entered Mon 2025-06-02, entry summary
   * Mon 2025-06-16.
   */
  static Entry liquidated() {
    return ieepaEntry("FCT0000002", "5000.00")
        .entryDate(LocalDate.of(2025, 6, 2))
        .entrySummaryDate(LocalDate.of(2025, 6, 16))
        .liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 4, 24))
        .build();
  }

  /**
   * Golden entry 3: liquidation suspended, $2,500.00, entered Mon 2025-11-03, entry summary Thu
   * 2025-11-13.
   */
  static Entry suspended() {
    return ieepaEntry("FCT0000003", "2500.00")
        .entryDate(LocalDate.of(2025, 11, 3))
        .entrySummaryDate(LocalDate.of(2025, 11, 13))
        .liquidationStatus(LiquidationStatus.SUSPENDED)
        .build();
  }

  /** Golden entry 4: unliquidated, $1,000.00, entered Mon 2026-03-02, no entry summary date. */
  static Entry withoutSummaryDate() {
    return ieepaEntry("FCT0000004", "1000.00")
        .entryDate(LocalDate.of(2026, 3, 2))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .build();
  }

  /** Liquidated Fri 2026-01-02: day 122 on 2026-05-04, NOT_ELIGIBLE. */
  static Entry windowPassed() {
    return ieepaEntry("FCT0000005", "100.00")
        .entryDate(LocalDate.of(2025, 3, 3))
        .entrySummaryDate(LocalDate.of(2025, 3, 13))
        .liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 1, 2))
        .build();
  }

  static Assessment assess(Entry entry, LocalDate asOf) {
    return CapeEngine.standard().evaluate(entry, asOf);
  }

  static Assessment assess(Entry entry) {
    return assess(entry, MON_2026_05_04);
  }
}

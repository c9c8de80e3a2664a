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
package org.caperules.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.rule.Finding;

/**
 * Shows how to evaluate one entry: build an {@link Entry}, ask {@link CapeEngine#standard()} for
 * its {@link Assessment} on an as-of date, and read the verdict, reasons, deadlines and next
 * action. The same entry, liquidated Fri 2026-04-24, is eligible on its CAPE last day Mon
 * 2026-07-13 (day 80, and at risk) and not eligible one day later.
 */
public final class EvaluateEntryExample {

  private EvaluateEntryExample() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Entry entry = Entry.builder()
        .entryNumber(EntryNumber.of("MYK28000864"))
        .entryType(EntryType.of("01"))
        .entryDate(LocalDate.of(2025, 5, 1))
        .liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 4, 24))
        .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("100.00")))
        .addDutyLines(DutyLine.of(HtsNumber.of("3923900080"), new BigDecimal("30.00")))
        .build();
    for (LocalDate asOf : new LocalDate[] {LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 14)}) {
      Assessment assessment = CapeEngine.standard().evaluate(entry, asOf);
      out.println(entry.entryNumberText() + " as of " + asOf + " under "
          + assessment.policyId() + ": " + assessment.verdict()
          + (assessment.isAtRisk() ? " (at risk)" : ""));
      out.println("  IEEPA duty: " + assessment.ieepaDuty().toPlainString());
      out.println("  CAPE last day: " + assessment.deadlines().capeLastDay().orElseThrow());
      for (Finding finding : assessment.findings()) {
        out.println("  " + finding.reason() + ": " + finding.message());
      }
      out.println("  Next: " + assessment.nextAction().text());
    }
  }
}

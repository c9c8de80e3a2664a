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
package org.caperules.csv.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.rule.CapeErrorMessage;
import org.caperules.core.rule.ReasonCode;
import org.caperules.csv.result.CapeResultComparison.Match;
import org.caperules.csv.result.CapeResultComparison.Outcome;
import org.junit.jupiter.api.Test;

class CapeResultComparisonTest {

  /** Fri 2026-05-15: PHASE_1 is in force (effective 2026-04-20). */
  private static final LocalDate FRI_2026_05_15 = LocalDate.of(2026, 5, 15);

  /** Unliquidated type 01 with IEEPA duty: ELIGIBLE. */
  private static Entry.Builder eligible(String number) {
    return Entry.builder().entryNumberText(number).entryType(EntryType.TYPE_01)
        .entryDate(LocalDate.of(2025, 6, 2))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.of("99030125"), new BigDecimal("400.00")));
  }

  private static Assessment assess(Entry entry) {
    return CapeEngine.standard().evaluate(entry, FRI_2026_05_15);
  }

  private static CapeResultRow row(int line, String entry, String status, String error) {
    return new CapeResultRow(line, EntryNumber.of(entry), "C2026000123", status, error);
  }

  @Test
  void of_everyOutcome_oneMatchPerRowInOrder() {
    List<Assessment> screening = new ArrayList<>();
    screening.add(assess(eligible("SYN10000012").protestStatus(ProtestStatus.OPEN).build()));
    screening.add(assess(eligible("SYN10000020").build()));
    // No dutiable IEEPA line: NOT_ELIGIBLE [NO_IEEPA_DUTY].
    screening.add(assess(Entry.builder().entryNumberText("SYN10000038")
        .entryType(EntryType.TYPE_01).liquidationStatus(LiquidationStatus.UNLIQUIDATED).build()));
    screening.add(assess(eligible("SYN10000046").build()));
    screening.add(assess(eligible("SYN10000053").build()));
    screening.add(assess(eligible("SYN10000061").drawbackDesignated(true).build()));
    // Liquidated 2025-10-01: 226 days before 2026-05-15, past the 180-day protest period.
    screening.add(assess(eligible("SYN10000079").liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2025, 10, 1)).build()));
    screening.add(assess(eligible("SYN20000010").build()));
    assertThat(screening.get(0).reasons()).containsExactly(ReasonCode.OPEN_PROTEST);
    assertThat(screening.get(6).reasons()).containsExactly(ReasonCode.LIQUIDATION_FINAL);

    CapeResultComparison comparison = CapeResultComparison.of(List.of(
        row(2, "SYN10000012", "Failed", "PROTEST ON ENTRY"),
        row(3, "SYN10000020", "Failed", "ENTRY ON DRAWBACK"),
        row(4, "SYN10000038", "Failed", "protest on entry"),
        row(5, "SYN10000046", "Failed", "UNABLE TO CALCULATE DUTY"),
        row(6, "SYN10000053", "Entry Summary Updated", ""),
        row(7, "SYN10000061", "Accepted", ""),
        row(8, "SYN10000079", "Failed", "ENTRY SUMMARY IS IN FINAL LIQUIDATION STATUS"),
        row(9, "SYN20000010", " rejected ", ""),
        row(10, "SYN20000028", "Failed", "PROTEST ON ENTRY")), screening);

    assertThat(comparison.matches()).extracting(Match::outcome).containsExactly(
        Outcome.PREDICTED, Outcome.MISSED, Outcome.PREDICTED_OTHER_REASON,
        Outcome.NO_CORRESPONDING_RULE, Outcome.ACCEPTED_AS_PREDICTED,
        Outcome.ACCEPTED_DESPITE_SCREENING, Outcome.PREDICTED, Outcome.NO_CORRESPONDING_RULE,
        Outcome.NOT_SCREENED);
    assertThat(comparison.matches()).extracting(Match::expectedReason).containsExactly(
        ReasonCode.OPEN_PROTEST, ReasonCode.DRAWBACK, ReasonCode.OPEN_PROTEST, null, null, null,
        ReasonCode.LIQUIDATION_WINDOW_PASSED, null, ReasonCode.OPEN_PROTEST);
    assertThat(comparison.matches(Outcome.MISSED)).extracting(Match::toString)
        .containsExactly("SYN10000020 MISSED: ENTRY ON DRAWBACK (DRAWBACK)");
    assertThat(comparison.matches().get(8).assessment()).isNull();
    assertThat(comparison.matches().get(0).message()).isEqualTo(CapeErrorMessage.PROTEST_ON_ENTRY);
    assertThat(comparison).hasToString("9 results: 2 PREDICTED, 1 PREDICTED_OTHER_REASON,"
        + " 1 MISSED, 2 NO_CORRESPONDING_RULE, 1 ACCEPTED_AS_PREDICTED,"
        + " 1 ACCEPTED_DESPITE_SCREENING, 1 NOT_SCREENED");
  }

  @Test
  void counts_noRows_everyOutcomeZero() {
    CapeResultComparison comparison = CapeResultComparison.of(List.of(), List.of());
    assertThat(comparison.counts()).hasSize(Outcome.values().length).containsOnlyKeys(
        Outcome.values()).allSatisfy((outcome, count) -> assertThat(count).isZero());
    assertThat(comparison).hasToString("0 results");
  }

  @Test
  void isRejection_errorOrFailedOrRejectedStatus() {
    assertThat(CapeResultComparison.isRejection(row(2, "SYN10000012", "Accepted", ""))).isFalse();
    assertThat(CapeResultComparison.isRejection(row(2, "SYN10000012", "FAILED", ""))).isTrue();
    assertThat(CapeResultComparison.isRejection(row(2, "SYN10000012", "Rejected", ""))).isTrue();
    assertThat(CapeResultComparison.isRejection(
        row(2, "SYN10000012", "Accepted with Error(s)", "DUPLICATE TAX ID"))).isTrue();
  }

  @Test
  void of_twoAssessmentsOfOneEntry_firstUsed() {
    Assessment first = assess(eligible("SYN10000012").protestStatus(ProtestStatus.OPEN).build());
    Assessment second = assess(eligible("SYN10000012").build());
    CapeResultComparison comparison = CapeResultComparison.of(
        List.of(row(2, "SYN10000012", "Failed", "PROTEST ON ENTRY")), List.of(first, second));
    assertThat(comparison.matches().get(0).outcome()).isEqualTo(Outcome.PREDICTED);
    assertThat(comparison.matches().get(0).assessment()).isSameAs(first);
  }
}

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
package org.caperules.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.rule.ReasonCode;
import org.junit.jupiter.api.Test;

/**
 * An engine requiring every check holds back an entry that would be declared while a check could
 * not run (docs/rules.md#require-all-checks); the standard engine keeps its verdict.
 */
class RequireAllChecksTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final CapeEngine ALL_CHECKS = CapeEngine.standard().requiringAllChecks();

  /** A type 01 entry entered Tue 2025-09-02 with $100.00 of IEEPA duty (9903.01.25). */
  private static Entry.Builder entry() {
    return Entry.builder().entryNumberText("GLD00000011").entryType(EntryType.TYPE_01)
        .entryDate(LocalDate.of(2025, 9, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("100.00")));
  }

  /** Liquidated Fri 2026-04-24: the CAPE last day is 04-24 + 80 = Mon 2026-07-13. */
  private static Entry.Builder liquidated() {
    return entry().liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 4, 24));
  }

  @Test
  void eligibleWithChecksNotRun_standardKeepsVerdict_allChecksHoldsItBack() {
    Entry e = liquidated()
        .addMissingFacts(EntryFact.FILED_IN_ACE, EntryFact.DRAWBACK_DESIGNATION).build();

    Assessment standard = CapeEngine.standard().evaluate(e, MON_2026_07_13);
    assertThat(standard.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(standard.reasons()).isEmpty();
    assertThat(standard.isAtRisk()).isTrue();  // day 80

    Assessment held = ALL_CHECKS.evaluate(e, MON_2026_07_13);
    assertThat(held.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(held.reasons()).containsExactly(ReasonCode.CHECKS_NOT_RUN);
    assertThat(held.findings().get(0).message()).isEqualTo("Checks could not run for lack of a"
        + " column in the input: DRAWBACK, NOT_IN_ACE; every check is required, so the entry is"
        + " not declared until they are made.");
    assertThat(held.notCheckedText()).isEqualTo("DRAWBACK;NOT_IN_ACE");
    assertThat(held.isAtRisk()).isFalse();
    assertThat(held.nextAction().text()).isEqualTo("Check in ACE what the input could not show"
        + " (Not Checked: DRAWBACK;NOT_IN_ACE), then declare in CAPE by 2026-07-13 if nothing"
        + " excludes the entry.");
    assertThat(held.nextAction().dueDate()).isEqualTo(MON_2026_07_13);
  }

  @Test
  void unliquidatedHeldBack_nextActionWithoutDate() {
    Entry e = entry().liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addMissingFacts(EntryFact.ENTRY_SUMMARY_STATUS).build();
    Assessment held = ALL_CHECKS.evaluate(e, MON_2026_07_13);
    assertThat(held.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(held.nextAction().text()).isEqualTo("Check in ACE what the input could not show"
        + " (Not Checked: ENTRY_SUMMARY_NOT_ACCEPTED), then declare in CAPE if nothing excludes"
        + " the entry.");
    assertThat(held.nextAction().dueDate()).isNull();
  }

  @Test
  void deferredWithChecksNotRun_heldBackToo() {
    Entry e = entry().liquidationStatus(LiquidationStatus.SUSPENDED)
        .addMissingFacts(EntryFact.ADCVD_INSTRUCTIONS).build();
    assertThat(CapeEngine.standard().evaluate(e, MON_2026_07_13).verdict())
        .isEqualTo(Verdict.ELIGIBLE_DEFERRED);
    assertThat(ALL_CHECKS.evaluate(e, MON_2026_07_13).reasonsText()).isEqualTo("CHECKS_NOT_RUN");
  }

  @Test
  void otherFindings_keepVerdictAndReasons() {
    // Liquidated 2026-04-24, as of Tue 2026-07-14: day 81, LIQUIDATION_WINDOW_PASSED.
    Entry excluded = liquidated().addMissingFacts(EntryFact.DRAWBACK_DESIGNATION).build();
    Assessment a = ALL_CHECKS.evaluate(excluded, LocalDate.of(2026, 7, 14));
    assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(a.reasonsText()).isEqualTo("LIQUIDATION_WINDOW_PASSED");
    // No status at all: NEEDS_REVIEW for its own reason, not for the missing column.
    Entry unknown = entry().addMissingFacts(EntryFact.DRAWBACK_DESIGNATION).build();
    assertThat(ALL_CHECKS.evaluate(unknown, MON_2026_07_13).reasonsText())
        .isEqualTo("UNKNOWN_LIQUIDATION_STATUS");
  }

  @Test
  void everyFactGiven_declaredUnderBoth() {
    Entry e = liquidated().build();
    assertThat(ALL_CHECKS.evaluate(e, MON_2026_07_13).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void settingCarriedByEveryPath_andNamed() {
    Entry e = liquidated().addMissingFacts(EntryFact.FILED_IN_ACE).build();
    List<Assessment> seen = new ArrayList<>();
    ScreeningSummary summary = ALL_CHECKS.screen(List.of(e), MON_2026_07_13, seen::add);
    assertThat(summary.count(Verdict.NEEDS_REVIEW)).isEqualTo(1);
    assertThat(ALL_CHECKS.screen(java.util.stream.Stream.of(e), MON_2026_07_13)
        .map(Assessment::verdict)).containsExactly(Verdict.NEEDS_REVIEW);
    CapeEngine pinned = CapeEngine.of(CapePolicies.PHASE_1).requiringAllChecks();
    assertThat(pinned.evaluate(e, MON_2026_07_13).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    // The static evaluation is the standard engine's: checks not run do not hold an entry back.
    assertThat(CapeEngine.evaluate(e, MON_2026_07_13, CapePolicies.PHASE_1).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(CapeEngine.standard().requiresAllChecks()).isFalse();
    assertThat(ALL_CHECKS.requiresAllChecks()).isTrue();
    assertThat(pinned.toString()).isEqualTo("CapeEngine[PHASE_1, all checks required]");
    assertThat(ALL_CHECKS.toString()).endsWith("[all checks required]");
    assertThat(CapeEngine.standard().toString()).doesNotContain("all checks");
  }
}

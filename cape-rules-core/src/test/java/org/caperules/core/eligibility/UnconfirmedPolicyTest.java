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
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.rule.ReasonCode;
import org.junit.jupiter.api.Test;

/**
 * Entries declared only because of an unconfirmed policy: declared under it, not under the
 * confirmed policy it supersedes (docs/rules.md#unconfirmed-policy).
 */
class UnconfirmedPolicyTest {

  /** Tue 2026-10-13: PHASE_3_LITIGANTS (UNCONFIRMED, from Tue 2026-10-06) is in force. */
  private static final LocalDate TUE_2026_10_13 = LocalDate.of(2026, 10, 13);

  private static Entry.Builder liquidated(LocalDate on) {
    return Entry.builder().entryNumberText("GLD00000011").entryType(EntryType.TYPE_01)
        .entryDate(LocalDate.of(2025, 9, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("100.00")))
        .liquidationStatus(LiquidationStatus.LIQUIDATED).liquidationDate(on);
  }

  /**
   * Liquidated Mon 2026-01-05: day 180 is Sat 2026-07-04, rolled to Mon 2026-07-06 (19 U.S.C.
   * 1514(c)(3)); as of 2026-10-13 liquidation is final. A CIT plaintiff's entry.
   */
  private static final Entry FINAL_CIT_PLAINTIFF =
      liquidated(LocalDate.of(2026, 1, 5)).citPlaintiff(true).build();

  /** Liquidated Fri 2026-09-04: day 80 is Mon 2026-11-23, after 2026-10-13. */
  private static final Entry IN_WINDOW = liquidated(LocalDate.of(2026, 9, 4)).build();

  /** The same final entry of an importer that did not sue: excluded under both. */
  private static final Entry FINAL_NOT_PLAINTIFF = liquidated(LocalDate.of(2026, 1, 5)).build();

  @Test
  void lastConfirmedBefore_builtInDates() {
    CapePolicies standard = CapePolicies.standard();
    assertThat(standard.lastConfirmedBefore(LocalDate.of(2026, 10, 6)))
        .contains(CapePolicies.WAREHOUSE_21_22_EXCLUDED);
    // WAREHOUSE_21_22_EXCLUDED takes effect on 2026-07-07 itself, so not before it.
    assertThat(standard.lastConfirmedBefore(LocalDate.of(2026, 7, 7)))
        .contains(CapePolicies.PHASE_1_RECON);
    assertThat(standard.lastConfirmedBefore(LocalDate.of(2026, 4, 20))).isEmpty();
    assertThat(CapeEngine.standard().confirmedBaseline(CapePolicies.PHASE_3_LITIGANTS))
        .contains(CapePolicies.WAREHOUSE_21_22_EXCLUDED);
    assertThat(CapeEngine.of(CapePolicies.PHASE_3_LITIGANTS)
        .confirmedBaseline(CapePolicies.PHASE_3_LITIGANTS))
        .contains(CapePolicies.WAREHOUSE_21_22_EXCLUDED);
    assertThat(CapeEngine.standard().confirmedBaseline(CapePolicies.WAREHOUSE_21_22_EXCLUDED))
        .isEmpty();
  }

  @Test
  void finalEntryOfCitPlaintiff_declaredOnlyUnderPhase3() {
    Assessment a = CapeEngine.standard().evaluate(FINAL_CIT_PLAINTIFF, TUE_2026_10_13);
    assertThat(a.policyId()).isEqualTo("PHASE_3_LITIGANTS");
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(CapeEngine.evaluate(FINAL_CIT_PLAINTIFF, TUE_2026_10_13,
        CapePolicies.WAREHOUSE_21_22_EXCLUDED).reasons())
        .containsExactly(ReasonCode.LIQUIDATION_FINAL);
    assertThat(a.declaredOnlyUnderUnconfirmedPolicy()).isTrue();
    assertThat(a.declaredOnlyUnderUnconfirmedPolicy()).isTrue();  // cached, same answer
  }

  @Test
  void declaredUnderBoth_orUnderNeither_notCounted() {
    Assessment both = CapeEngine.standard().evaluate(IN_WINDOW, TUE_2026_10_13);
    assertThat(both.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(both.declaredOnlyUnderUnconfirmedPolicy()).isFalse();
    Assessment neither = CapeEngine.standard().evaluate(FINAL_NOT_PLAINTIFF, TUE_2026_10_13);
    assertThat(neither.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(neither.declaredOnlyUnderUnconfirmedPolicy()).isFalse();
  }

  @Test
  void confirmedPolicy_neverCounted() {
    // As of Mon 2026-07-13 WAREHOUSE_21_22_EXCLUDED (CBP-reported) applies; liquidated
    // 2026-04-24, day 80: ELIGIBLE.
    Assessment a = CapeEngine.standard()
        .evaluate(liquidated(LocalDate.of(2026, 4, 24)).build(), LocalDate.of(2026, 7, 13));
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(a.declaredOnlyUnderUnconfirmedPolicy()).isFalse();
  }

  @Test
  void summary_countsEntriesDeclaredOnlyUnderTheUnconfirmedPolicy() {
    ScreeningSummary summary = CapeEngine.standard().screen(
        List.of(FINAL_CIT_PLAINTIFF, IN_WINDOW, FINAL_NOT_PLAINTIFF), TUE_2026_10_13).summary();
    assertThat(summary.count(Verdict.ELIGIBLE)).isEqualTo(2);
    assertThat(summary.declaredOnlyUnderUnconfirmedPolicy()).isEqualTo(1);
    ScreeningSummary confirmed = CapeEngine.standard().screen(
        List.of(FINAL_CIT_PLAINTIFF, IN_WINDOW), LocalDate.of(2026, 10, 5)).summary();
    assertThat(confirmed.declaredOnlyUnderUnconfirmedPolicy()).isZero();
  }

  @Test
  void unconfirmedWithNoConfirmedPredecessor_everyDeclaredEntryCounts() {
    CapePolicy alone = CapePolicy.builder().from(CapePolicies.PHASE_1).id("ALONE")
        .confirmation(Confirmation.UNCONFIRMED).build();
    CapeEngine engine = CapeEngine.of(CapePolicies.of(List.of(alone)));
    assertThat(engine.confirmedBaseline(alone)).isEmpty();
    Assessment a = engine.evaluate(IN_WINDOW, TUE_2026_10_13);
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(a.declaredOnlyUnderUnconfirmedPolicy()).isTrue();
  }

  @Test
  void requiringAllChecks_heldBackEntry_notCounted() {
    // Held back under both: not declared, so not counted.
    Entry unchecked = liquidated(LocalDate.of(2026, 1, 5)).citPlaintiff(true)
        .addMissingFacts(org.caperules.core.EntryFact.FILED_IN_ACE).build();
    Assessment a = CapeEngine.standard().requiringAllChecks().evaluate(unchecked, TUE_2026_10_13);
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.declaredOnlyUnderUnconfirmedPolicy()).isFalse();
  }
}

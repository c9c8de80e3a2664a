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
package org.caperules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.caperules.core.date.CapeWindowEnd;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.PolicySettings;
import org.caperules.core.rule.ReasonCode;
import org.caperules.testkit.BoundaryCase.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BoundaryCatalogueTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final LocalDate THU_2026_11_12 = LocalDate.of(2026, 11, 12);
  private static final LocalDate SAT_2026_11_14 = LocalDate.of(2026, 11, 14);
  private static final LocalDate MON_2026_11_16 = LocalDate.of(2026, 11, 16);
  private static final CapePolicy DAY_80_EXCLUSIVE = CapePolicy.builder()
      .from(CapePolicies.PHASE_1).id("PHASE_1_DAY_80_EXCLUSIVE")
      .settings(PolicySettings.builder().capeWindowEnd(CapeWindowEnd.DAY_80_EXCLUSIVE).build())
      .build();

  /**
   * Days 79, 80 and 81 around the CAPE last day. 2026-07-13 - 2026-04-24 = 80 days (6 days to
   * 2026-04-30, 31 in May, 30 in June, 13 in July), so 2026-04-23 is day 81 and 2026-04-25 day 79.
   * CAPE last day = liquidation + 80 (DAY_80_INCLUSIVE): 04-23 -> 07-12, passed; 04-24 -> 07-13,
   * the as-of date; 04-25 -> 07-14, still ahead.
   */
  @Test
  void phase1On20260713_containsLiquidationDays79To81WithTheirVerdicts() {
    List<BoundaryCase> window = BoundaryCatalogue.of(CapePolicies.PHASE_1, MON_2026_07_13)
        .stream().filter(c -> c.boundary() == Boundary.CAPE_WINDOW_END).toList();
    assertThat(window)
        .extracting(BoundaryCase::id, c -> c.entry().liquidationDate(),
            BoundaryCase::side, BoundaryCase::expectedVerdict, BoundaryCase::expectedReasons)
        .containsExactly(
            tuple("cape-window-day-079", LocalDate.of(2026, 4, 25), Side.BEFORE,
                Verdict.ELIGIBLE, List.of()),
            tuple("cape-window-day-080", LocalDate.of(2026, 4, 24), Side.ON,
                Verdict.ELIGIBLE, List.of()),
            tuple("cape-window-day-081", LocalDate.of(2026, 4, 23), Side.AFTER,
                Verdict.NOT_ELIGIBLE, List.of(ReasonCode.LIQUIDATION_WINDOW_PASSED)));
    assertThat(window).allMatch(c -> c.asOf().equals(MON_2026_07_13))
        .allMatch(c -> c.policy().equals(CapePolicies.PHASE_1));
  }

  @Test
  void why_andToString_pinned() {
    BoundaryCase day81 = BoundaryCatalogue.of(CapePolicies.PHASE_1, MON_2026_07_13).get(2);
    assertThat(day81.why()).isEqualTo("Liquidated Thu 2026-04-23; CAPE last day = liquidation"
        + " + 80 = Sun 2026-07-12 (DAY_80_INCLUSIVE, not rolled); as of Mon 2026-07-13 it is"
        + " day 81, after the last day: NOT_ELIGIBLE [LIQUIDATION_WINDOW_PASSED]");
    assertThat(day81.toString()).isEqualTo("cape-window-day-081 [CAPE_WINDOW_END AFTER"
        + " 2026-07-12] PHASE_1 as of 2026-07-13: NOT_ELIGIBLE [LIQUIDATION_WINDOW_PASSED]");
    // Third case, serial 3: base CAT0000003 -> C=3, A=1x2=2, T=3, six zeros, 3x2=6; sum 14;
    // check (10 - 4) mod 10 = 6.
    assertThat(day81.entry().entryNumberText()).isEqualTo("CAT00000036");
  }

  /**
   * Protest last day as of Mon 2026-07-13. Liquidated Wed 2026-01-14 + 180 = Mon 2026-07-13 (17
   * days left in January, 28 + 31 + 30 + 31 + 30 = 150 to June 30, + 13 = 180). Tue 01-13 and
   * Mon 01-12 reach Sun 07-12 and Sat 07-11, rolled to Mon 07-13. Thu 01-15 reaches Tue 07-14;
   * Sun 01-11 reaches Fri 07-10, passed.
   */
  @Test
  void protestLastDay_mondayAsOf_includesWeekendRolls() {
    assertThat(protestCases(CapePolicies.PHASE_1, MON_2026_07_13)).containsExactly(
        tuple(LocalDate.of(2026, 1, 15), Side.BEFORE, LocalDate.of(2026, 7, 14),
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 1, 14), Side.ON, MON_2026_07_13,
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 1, 13), Side.ON, MON_2026_07_13,
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 1, 12), Side.ON, MON_2026_07_13,
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 1, 11), Side.AFTER, LocalDate.of(2026, 7, 10),
            ReasonCode.LIQUIDATION_FINAL));
  }

  /**
   * Holiday roll (docs/deadlines.md#protest-last-day, golden case protest-roll-holiday-last):
   * liquidated Fri 2026-05-15, day 180 is Wed 2026-11-11, Veterans Day, so the protest last day
   * is Thu 2026-11-12, as is that of Sat 05-16 (day 180 = 11-12). Thu 05-14 reaches Tue 11-10.
   */
  @Test
  void protestLastDay_dayAfterVeteransDay_includesTheHolidayRoll() {
    assertThat(protestCases(CapePolicies.PHASE_1, THU_2026_11_12)).containsExactly(
        tuple(LocalDate.of(2026, 5, 17), Side.BEFORE, LocalDate.of(2026, 11, 13),
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 5, 16), Side.ON, THU_2026_11_12,
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 5, 15), Side.ON, THU_2026_11_12,
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 5, 14), Side.AFTER, LocalDate.of(2026, 11, 10),
            ReasonCode.LIQUIDATION_FINAL));
    assertThat(BoundaryCatalogue.of(CapePolicies.PHASE_1, THU_2026_11_12))
        .filteredOn(c -> c.id().equals("protest-last-day-on-liquidated-2026-05-15"))
        .singleElement().extracting(BoundaryCase::why).asString()
        .contains("day 180 is Wed 2026-11-11, a holiday, rolled to Thu 2026-11-12");
  }

  /**
   * A Saturday as-of date has no ON case. Liquidated Mon 2026-05-18 + 180 = Sat 2026-11-14,
   * rolled to Mon 11-16 (golden case protest-roll-weekend-last): still open. Sun 05-17 reaches
   * Fri 11-13: passed.
   */
  @Test
  void protestLastDay_saturdayAsOf_hasNoOnCase() {
    assertThat(protestCases(CapePolicies.PHASE_1, SAT_2026_11_14)).containsExactly(
        tuple(LocalDate.of(2026, 5, 18), Side.BEFORE, MON_2026_11_16,
            ReasonCode.LIQUIDATION_WINDOW_PASSED),
        tuple(LocalDate.of(2026, 5, 17), Side.AFTER, LocalDate.of(2026, 11, 13),
            ReasonCode.LIQUIDATION_FINAL));
  }

  private static List<org.assertj.core.groups.Tuple> protestCases(CapePolicy policy,
      LocalDate asOf) {
    return BoundaryCatalogue.of(policy, asOf).stream()
        .filter(c -> c.boundary() == Boundary.PROTEST_LAST_DAY)
        .map(c -> tuple(c.entry().liquidationDate(), c.side(), c.boundaryDate(),
            c.expectedReasons().get(0)))
        .toList();
  }

  @Test
  void capeWindow_day80Exclusive_movesTheBoundaryOneDayEarlier() {
    // DAY_80_EXCLUSIVE: CAPE last day = liquidation + 79, so day 80 is the first day outside.
    assertThat(BoundaryCatalogue.of(DAY_80_EXCLUSIVE, MON_2026_07_13))
        .filteredOn(c -> c.boundary() == Boundary.CAPE_WINDOW_END)
        .extracting(BoundaryCase::id, BoundaryCase::expectedVerdict)
        .containsExactly(tuple("cape-window-day-078", Verdict.ELIGIBLE),
            tuple("cape-window-day-079", Verdict.ELIGIBLE),
            tuple("cape-window-day-080", Verdict.NOT_ELIGIBLE));
  }

  /** Switch cases appear only for a policy that has the setting; dates from the CSMS. */
  @Test
  void switches_onlyForPoliciesWithTheSetting() {
    assertThat(switchCases(CapePolicies.PHASE_1)).isEmpty();
    assertThat(switchCases(CapePolicies.PHASE_1_RECON)).containsExactly(
        tuple(Boundary.RECONCILIATION_SWITCH, LocalDate.of(2026, 6, 28), "PHASE_1",
            Verdict.NOT_ELIGIBLE),
        tuple(Boundary.RECONCILIATION_SWITCH, LocalDate.of(2026, 6, 29), "PHASE_1_RECON",
            Verdict.ELIGIBLE),
        tuple(Boundary.RECONCILIATION_SWITCH, LocalDate.of(2026, 6, 30), "PHASE_1_RECON",
            Verdict.ELIGIBLE));
    assertThat(switchCases(CapePolicies.WAREHOUSE_21_22_EXCLUDED)).hasSize(6).endsWith(
        tuple(Boundary.WAREHOUSE_SWITCH, LocalDate.of(2026, 7, 6), "PHASE_1_RECON",
            Verdict.ELIGIBLE_DEFERRED),
        tuple(Boundary.WAREHOUSE_SWITCH, LocalDate.of(2026, 7, 7), "WAREHOUSE_21_22_EXCLUDED",
            Verdict.NOT_ELIGIBLE),
        tuple(Boundary.WAREHOUSE_SWITCH, LocalDate.of(2026, 7, 8), "WAREHOUSE_21_22_EXCLUDED",
            Verdict.NOT_ELIGIBLE));
    assertThat(switchCases(CapePolicies.PHASE_3_LITIGANTS)).hasSize(9).endsWith(
        tuple(Boundary.CIT_PLAINTIFF_SWITCH, LocalDate.of(2026, 10, 5),
            "WAREHOUSE_21_22_EXCLUDED", Verdict.NOT_ELIGIBLE),
        tuple(Boundary.CIT_PLAINTIFF_SWITCH, LocalDate.of(2026, 10, 6), "PHASE_3_LITIGANTS",
            Verdict.ELIGIBLE),
        tuple(Boundary.CIT_PLAINTIFF_SWITCH, LocalDate.of(2026, 10, 7), "PHASE_3_LITIGANTS",
            Verdict.ELIGIBLE));
  }

  /** The as-of date and entry date cases cover the two impossible-date reason codes. */
  @Test
  void asOfAndEntryDate_casesCoverTheImpossibleDateCodes() {
    assertThat(BoundaryCatalogue.of(CapePolicies.PHASE_1, MON_2026_07_13))
        .filteredOn(c -> c.boundary() == Boundary.AS_OF_DATE
            || c.boundary() == Boundary.ENTRY_DATE)
        .extracting(BoundaryCase::id, c -> c.entry().liquidationDate(),
            BoundaryCase::expectedVerdict, BoundaryCase::expectedReasons)
        .containsExactly(
            tuple("as-of-date-before-liquidated-2026-07-12", LocalDate.of(2026, 7, 12),
                Verdict.ELIGIBLE, List.of()),
            tuple("as-of-date-on-liquidated-2026-07-13", LocalDate.of(2026, 7, 13),
                Verdict.ELIGIBLE, List.of()),
            tuple("as-of-date-after-liquidated-2026-07-14", LocalDate.of(2026, 7, 14),
                Verdict.NEEDS_REVIEW, List.of(ReasonCode.DATE_AFTER_AS_OF)),
            tuple("entry-date-before-entered-2026-07-04", LocalDate.of(2026, 7, 3),
                Verdict.NEEDS_REVIEW, List.of(ReasonCode.LIQUIDATION_BEFORE_ENTRY)),
            tuple("entry-date-on-entered-2026-07-03", LocalDate.of(2026, 7, 3),
                Verdict.ELIGIBLE, List.of()),
            tuple("entry-date-after-entered-2026-07-02", LocalDate.of(2026, 7, 3),
                Verdict.ELIGIBLE, List.of()));
  }

  private static List<org.assertj.core.groups.Tuple> switchCases(CapePolicy policy) {
    return BoundaryCatalogue.of(policy, MON_2026_07_13).stream()
        .filter(c -> c.boundary() != Boundary.CAPE_WINDOW_END
            && c.boundary() != Boundary.PROTEST_LAST_DAY && c.boundary() != Boundary.AS_OF_DATE
            && c.boundary() != Boundary.ENTRY_DATE)
        .map(c -> tuple(c.boundary(), c.asOf(), c.policy().id(), c.expectedVerdict()))
        .toList();
  }

  static Stream<BoundaryCase> everyCatalogue() {
    List<CapePolicy> policies = List.of(CapePolicies.PHASE_1, CapePolicies.PHASE_1_RECON,
        CapePolicies.WAREHOUSE_21_22_EXCLUDED, CapePolicies.PHASE_3_LITIGANTS, DAY_80_EXCLUSIVE);
    List<LocalDate> dates = List.of(LocalDate.of(2026, 4, 20), MON_2026_07_13, THU_2026_11_12,
        SAT_2026_11_14, MON_2026_11_16, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 19),
        LocalDate.of(2027, 7, 6));
    return policies.stream().flatMap(p -> dates.stream().flatMap(
        d -> BoundaryCatalogue.of(p, d).stream()));
  }

  /** The expectations, derived from the documented rules, agree with the engine. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCatalogue")
  void everyCase_agreesWithTheEngine(BoundaryCase c) {
    Assessment a = CapeEngine.evaluate(c.entry(), c.asOf(), c.policy());
    assertThat(a.verdict()).as("%s: %s; engine %s", c, c.why(), a).isEqualTo(c.expectedVerdict());
    assertThat(a.reasons()).as("%s: %s; engine %s", c, c.why(), a)
        .isEqualTo(c.expectedReasons());
    assertThat(c.evaluate().verdict()).isEqualTo(a.verdict());
  }

  @Test
  void everyCatalogue_hasUniqueIdsAndEntryNumbers() {
    for (CapePolicy policy : CapePolicies.standard().all()) {
      List<BoundaryCase> cases = BoundaryCatalogue.of(policy, THU_2026_11_12);
      assertThat(cases).extracting(BoundaryCase::id).as("%s", policy).doesNotHaveDuplicates();
      assertThat(cases).extracting(c -> c.entry().entryNumberText()).as("%s", policy)
          .doesNotHaveDuplicates();
      assertThat(cases).as("%s", policy)
          .allMatch(c -> c.entry().entryNumberProblem() == null);
    }
  }
}

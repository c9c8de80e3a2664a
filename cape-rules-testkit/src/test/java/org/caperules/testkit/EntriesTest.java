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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.IeepaHeadings;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.ProtestStatus;
import org.caperules.core.TariffProgram;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.CapePolicy;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EntriesTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final LocalDate TUE_2026_10_13 = LocalDate.of(2026, 10, 13);
  private static final IeepaHeadings HEADINGS = IeepaHeadings.standard();
  private static final int PER_SCENARIO = 300;

  @Test
  void liquidatedDaysBefore_81_isLiquidatedOnThatDay() {
    // 2026-07-13 - 81 days: 13 days back to 2026-06-30, 30 more to 05-31, 31 more to 04-30
    // (74), 7 more to 2026-04-23 (81).
    Entry entry = Entries.asOf(MON_2026_07_13).liquidatedDaysBefore(new SplittableRandom(1L), 81);
    assertThat(entry.liquidationStatus()).isEqualTo(LiquidationStatus.LIQUIDATED);
    assertThat(entry.liquidationDate()).isEqualTo(LocalDate.of(2026, 4, 23));
    assertThat(entry.entryDate()).isBefore(LocalDate.of(2026, 4, 23));
    assertThat(IeepaHeadings.standard().hasDutiableIeepaLine(entry.dutyLines())).isTrue();
  }

  @Test
  void liquidatedDaysBefore_negative_throws() {
    Entries entries = Entries.asOf(MON_2026_07_13);
    assertThatThrownBy(() -> entries.liquidatedDaysBefore(new SplittableRandom(1L), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days before the as-of date must be zero or more, but was -1");
  }

  /**
   * Each scenario gets the verdict the documented rules give it, under PHASE_1 on 2026-07-13 and
   * under PHASE_3_LITIGANTS on 2026-10-13 (recon accepted from 2026-06-29, types 21/22 rejected
   * from 2026-07-07, CIT plaintiffs' final entries accepted from 2026-10-06).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # scenario                 | PHASE_1 verdict   | PHASE_1 reasons           | PHASE_3 verdict   | PHASE_3 reasons
      UNLIQUIDATED               | ELIGIBLE          |                           | ELIGIBLE          |
      LIQUIDATED_IN_WINDOW       | ELIGIBLE          |                           | ELIGIBLE          |
      LIQUIDATED_WINDOW_PASSED   | NOT_ELIGIBLE      | LIQUIDATION_WINDOW_PASSED | NOT_ELIGIBLE      | LIQUIDATION_WINDOW_PASSED
      LIQUIDATED_FINAL           | NOT_ELIGIBLE      | LIQUIDATION_FINAL         | NOT_ELIGIBLE      | LIQUIDATION_FINAL
      CIT_PLAINTIFF_FINAL        | NOT_ELIGIBLE      | LIQUIDATION_FINAL         | ELIGIBLE          |
      PENDING_LIQUIDATION        | ELIGIBLE_DEFERRED |                           | ELIGIBLE_DEFERRED |
      WAREHOUSE_ENTRY            | ELIGIBLE_DEFERRED |                           | NOT_ELIGIBLE      | ENTRY_TYPE_NOT_ALLOWED
      WAREHOUSE_WITHDRAWAL       | ELIGIBLE_DEFERRED |                           | ELIGIBLE_DEFERRED |
      RECONCILIATION_FLAGGED     | NOT_ELIGIBLE      | RECONCILIATION            | ELIGIBLE          |
      RECONCILIATION_FILED       | NOT_ELIGIBLE      | RECONCILIATION            | NOT_ELIGIBLE      | RECONCILIATION
      RECONCILIATION_ENTRY       | NOT_ELIGIBLE      | RECONCILIATION            | NOT_ELIGIBLE      | RECONCILIATION
      DRAWBACK                   | NOT_ELIGIBLE      | DRAWBACK                  | NOT_ELIGIBLE      | DRAWBACK
      DUTY_DEFERRAL              | NOT_ELIGIBLE      | DUTY_DEFERRAL             | NOT_ELIGIBLE      | DUTY_DEFERRAL
      OPEN_PROTEST               | NOT_ELIGIBLE      | OPEN_PROTEST              | NOT_ELIGIBLE      | OPEN_PROTEST
      ADCVD_PENDING_LIQUIDATION  | NOT_ELIGIBLE      | ADCVD_PENDING_LIQUIDATION | NOT_ELIGIBLE      | ADCVD_PENDING_LIQUIDATION
      NOT_IN_ACE                 | NOT_ELIGIBLE      | NOT_IN_ACE                | NOT_ELIGIBLE      | NOT_IN_ACE
      SUMMARY_NOT_ACCEPTED       | NOT_ELIGIBLE      | ENTRY_SUMMARY_NOT_ACCEPTED| NOT_ELIGIBLE      | ENTRY_SUMMARY_NOT_ACCEPTED
      NO_IEEPA_DUTY              | NOT_ELIGIBLE      | NO_IEEPA_DUTY             | NOT_ELIGIBLE      | NO_IEEPA_DUTY
      TEMPORARY_IMPORTATION_BOND | ELIGIBLE          |                           | ELIGIBLE          |
      INVALID_ENTRY_NUMBER       | NEEDS_REVIEW      | INVALID_ENTRY_NUMBER      | NEEDS_REVIEW      | INVALID_ENTRY_NUMBER
      UNKNOWN_LIQUIDATION_STATUS | NEEDS_REVIEW      | UNKNOWN_LIQUIDATION_STATUS| NEEDS_REVIEW      | UNKNOWN_LIQUIDATION_STATUS
      UNKNOWN_PROTEST_STATUS     | NEEDS_REVIEW      | UNKNOWN_PROTEST_STATUS    | NEEDS_REVIEW      | UNKNOWN_PROTEST_STATUS
      LIQUIDATED_AFTER_AS_OF     | NEEDS_REVIEW      | DATE_AFTER_AS_OF          | NEEDS_REVIEW      | DATE_AFTER_AS_OF
      LIQUIDATED_BEFORE_ENTRY    | NEEDS_REVIEW      | LIQUIDATION_BEFORE_ENTRY  | NEEDS_REVIEW      | LIQUIDATION_BEFORE_ENTRY
      ROWS_REJECTED              | NEEDS_REVIEW      | ROWS_REJECTED             | NEEDS_REVIEW      | ROWS_REJECTED
      """)
  void next_everyScenario_getsItsDocumentedVerdict(Scenario scenario, Verdict phase1Verdict,
      String phase1Reasons, Verdict phase3Verdict, String phase3Reasons, TestReporter reporter) {
    long seed = 20_260_000L;
    reporter.publishEntry("seed", Long.toString(seed));
    check(seed, scenario, CapePolicies.PHASE_1, MON_2026_07_13, phase1Verdict, phase1Reasons);
    check(seed, scenario, CapePolicies.PHASE_3_LITIGANTS, TUE_2026_10_13, phase3Verdict,
        phase3Reasons);
  }

  private static void check(long seed, Scenario scenario, CapePolicy policy, LocalDate asOf,
      Verdict verdict, String reasons) {
    List<ReasonCode> expected = reasons == null ? List.of()
        : Arrays.stream(reasons.split(";")).map(String::strip).map(ReasonCode::valueOf).toList();
    SplittableRandom random = new SplittableRandom(seed);
    Entries entries = Entries.asOf(asOf);
    for (int i = 0; i < PER_SCENARIO; i++) {
      Entry entry = entries.next(random, scenario);
      Assessment a = CapeEngine.evaluate(entry, asOf, policy);
      assertThat(a.verdict()).as("seed=%d case=%d %s %s: %s", seed, i, scenario, policy, a)
          .isEqualTo(verdict);
      assertThat(a.reasons()).as("seed=%d case=%d %s %s: %s", seed, i, scenario, policy, a)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void next_everyScenario_realisticDatesAndLines(Scenario scenario, TestReporter reporter) {
    long seed = 68_340_863L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    Entries entries = Entries.asOf(MON_2026_07_13);
    for (int i = 0; i < PER_SCENARIO; i++) {
      Entry entry = entries.next(random, scenario);
      String message = String.format(java.util.Locale.ROOT, "seed=%d case=%d %s: %s", seed, i, scenario, entry);
      LocalDate entryDate = Objects.requireNonNull(entry.entryDate());
      if (scenario == Scenario.LIQUIDATED_BEFORE_ENTRY) {
        // Impossible on purpose: entered after its liquidation, which is in the CAPE window.
        assertThat(entry.liquidationDate()).as(message).isBefore(entryDate);
        assertThat(entryDate).as(message).isBeforeOrEqualTo(MON_2026_07_13);
        continue;
      }
      // The IEEPA window of the heading table: 2025-02-04 to 2026-02-23 inclusive.
      assertThat(entryDate).as(message)
          .isBetween(LocalDate.of(2025, 2, 4), LocalDate.of(2026, 2, 23));
      assertThat(entry.entrySummaryDate()).as(message)
          .isBetween(entryDate, entryDate.plusDays(10));
      for (DutyLine line : entry.dutyLines()) {
        assertThat(HEADINGS.effectiveDateWarning(line.hts(), entryDate)).as(message).isEmpty();
      }
      if (scenario == Scenario.LIQUIDATED_AFTER_AS_OF) {
        assertThat(entry.liquidationDate()).as(message).isAfter(MON_2026_07_13);
      } else if (scenario != Scenario.ANY) {
        LocalDate liquidated = entry.liquidationDate();
        if (liquidated != null) {
          assertThat(liquidated).as(message).isAfter(entryDate).isBeforeOrEqualTo(
              MON_2026_07_13);
        }
      }
    }
  }

  @Test
  void next_liquidatedScenarios_placeLiquidationByDayCount(TestReporter reporter) {
    long seed = 80L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    Entries entries = Entries.asOf(MON_2026_07_13);
    List<Long> inWindow = new ArrayList<>();
    List<Long> passed = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      inWindow.add(days(entries.next(random, Scenario.LIQUIDATED_IN_WINDOW)));
      passed.add(days(entries.next(random, Scenario.LIQUIDATED_WINDOW_PASSED)));
    }
    // 0..80 (CAPE_WINDOW_DAYS) and 81..180 (PROTEST_DAYS), both ends drawn.
    assertThat(inWindow).as("seed=%d", seed).allMatch(d -> d >= 0 && d <= 80).contains(0L, 80L);
    assertThat(passed).as("seed=%d", seed).allMatch(d -> d >= 81 && d <= 180)
        .contains(81L, 180L);
  }

  private static long days(Entry entry) {
    return ChronoUnit.DAYS.between(entry.liquidationDate(), MON_2026_07_13);
  }

  @Test
  void ieepaLine_everyDayOfTheIeepaWindow_isADutiableIeepaHeadingEffectiveThatDay(
      TestReporter reporter) {
    long seed = 67_834_313L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    for (LocalDate d = LocalDate.of(2025, 2, 4); !d.isAfter(LocalDate.of(2026, 2, 23));
        d = d.plusDays(1)) {
      for (int i = 0; i < 5; i++) {
        DutyLine line = Entries.ieepaLine(random, d);
        assertThat(HEADINGS.isIeepa(line.hts())).as("seed=%d %s %s", seed, d, line).isTrue();
        assertThat(HEADINGS.isEffectiveOn(line.hts(), d)).as("seed=%d %s %s", seed, d, line)
            .isTrue();
        assertThat(line.duty().signum()).as("seed=%d %s %s", seed, d, line).isPositive();
      }
    }
  }

  @Test
  void ieepaLine_chinaFentanylHeading_onlyDrawnWhileEffective(TestReporter reporter) {
    long seed = 63_988_468L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    boolean drawnInFebruary = false;
    for (int i = 0; i < 2_000; i++) {
      // 9903.01.20 applies to entries 2025-02-04 to 2025-03-03 (CSMS #63988468).
      drawnInFebruary |= Entries.ieepaLine(random, LocalDate.of(2025, 2, 10)).hts().digits()
          .equals("99030120");
      assertThat(Entries.ieepaLine(random, LocalDate.of(2025, 6, 2)).hts().digits())
          .as("seed=%d case=%d", seed, i).isNotEqualTo("99030120");
    }
    assertThat(drawnInFebruary).as("seed=%d", seed).isTrue();
  }

  @Test
  void nonIeepaChapter99Line_isSection301Or232Or122WhenEffective(TestReporter reporter) {
    long seed = 11_012L;
    reporter.publishEntry("seed", Long.toString(seed));
    SplittableRandom random = new SplittableRandom(seed);
    List<TariffProgram> beforeSection122 = new ArrayList<>();
    List<TariffProgram> duringSection122 = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      DutyLine early = Entries.nonIeepaChapter99Line(random, LocalDate.of(2025, 6, 2));
      DutyLine late = Entries.nonIeepaChapter99Line(random, LocalDate.of(2026, 3, 2));
      assertThat(early.hts().heading()).as("seed=%d case=%d", seed, i)
          .isIn("9903.88", "9903.80", "9903.81");
      assertThat(late.hts().heading()).as("seed=%d case=%d", seed, i)
          .isIn("9903.88", "9903.80", "9903.81", "9903.03");
      beforeSection122.add(HEADINGS.program(early.hts()));
      duringSection122.add(HEADINGS.program(late.hts()));
    }
    assertThat(beforeSection122).as("seed=%d", seed)
        .containsOnly(TariffProgram.SECTION_301, TariffProgram.SECTION_232);
    assertThat(duringSection122).as("seed=%d", seed).containsOnly(TariffProgram.SECTION_301,
        TariffProgram.SECTION_232, TariffProgram.SECTION_122);
  }

  @Test
  void any_drawsEveryEntryTypeLiquidationStatusAndProtestStatus(TestReporter reporter) {
    long seed = 41L;
    reporter.publishEntry("seed", Long.toString(seed));
    Set<EntryType> types = EnumSet.noneOf(EntryType.class);
    Set<LiquidationStatus> statuses = EnumSet.noneOf(LiquidationStatus.class);
    Set<ProtestStatus> protests = EnumSet.noneOf(ProtestStatus.class);
    boolean noStatus = false;
    for (Entry entry : Entries.asOf(MON_2026_07_13).stream(new SplittableRandom(seed),
        Scenario.ANY).limit(5_000).toList()) {
      EntryType type = entry.entryType();
      if (type != null) {
        types.add(type);
      }
      LiquidationStatus status = entry.liquidationStatus();
      if (status != null) {
        statuses.add(status);
      }
      noStatus |= status == null;
      protests.add(entry.protestStatus());
    }
    assertThat(types).as("seed=%d", seed).containsExactlyInAnyOrder(EntryType.values());
    assertThat(statuses).as("seed=%d", seed)
        .containsExactlyInAnyOrder(LiquidationStatus.values());
    assertThat(protests).as("seed=%d", seed).containsExactlyInAnyOrder(ProtestStatus.values());
    assertThat(noStatus).as("seed=%d", seed).isTrue();
  }

  @Test
  void streamAndSupplier_drawTheSameSequenceAsNext() {
    Entries entries = Entries.asOf(MON_2026_07_13);
    SplittableRandom random = new SplittableRandom(7L);
    List<Entry> byNext = List.of(entries.next(random, Scenario.ANY),
        entries.next(random, Scenario.ANY), entries.next(random, Scenario.ANY));
    assertThat(entries.stream(new SplittableRandom(7L), Scenario.ANY).limit(3).toList())
        .isEqualTo(byNext);
    var supplier = entries.supplier(new SplittableRandom(7L), Scenario.ANY);
    assertThat(List.of(supplier.get(), supplier.get(), supplier.get())).isEqualTo(byNext);
    assertThat(entries.asOf()).isEqualTo(MON_2026_07_13);
  }
}

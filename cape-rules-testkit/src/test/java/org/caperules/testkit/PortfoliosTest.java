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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.caperules.core.Entry;
import org.caperules.core.EntryType;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.Verdict;
import org.caperules.core.rule.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class PortfoliosTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);
  private static final LocalDate TUE_2026_10_13 = LocalDate.of(2026, 10, 13);

  /**
   * Pins the first entries of seed 20260713 as of 2026-07-13: a change to any generator, to
   * the order of draws or to the standard mix shows up here. Change only on purpose.
   */
  @Test
  void generate_fixedSeed_givesPinnedEntries() {
    List<Entry> entries = Portfolios.standard().generate(20260713L, MON_2026_07_13, 3);
    assertThat(entries).extracting(Entry::entryNumberText)
        .containsExactly("3V806683229", "45P85774428", "3X887854018");
    assertThat(entries).extracting(e -> e.entryType() == null ? "none" : e.entryType().code())
        .containsExactly("03", "03", "06");
    assertThat(entries).extracting(e -> Objects.requireNonNull(e.entryDate()).toString())
        .containsExactly("2025-03-23", "2025-03-11", "2025-07-05");
    assertThat(entries).extracting(e -> e.dutyLines().toString()).containsExactly(
        "[7318.15.8069 3086.78, 9903.01.10 19975.97, 9903.88.11 11781.53]",
        "[7318.15.8069 797.69, 9903.01.10 13778.12]",
        "[9403.60.9081 20945.37, 9903.02.93 1526.05]");
    assertThat(Objects.requireNonNull(entries.get(0).importerNumber()).toString()).isEqualTo("***-**-3794");
    assertThat(entries.get(0).liquidationDate()).isEqualTo(LocalDate.of(2026, 1, 3));
  }

  @Test
  void generate_sameSeed_sameEntries_otherSeed_otherEntries() {
    List<Entry> first = Portfolios.standard().generate(42L, MON_2026_07_13, 500);
    assertThat(Portfolios.standard().generate(42L, MON_2026_07_13, 500)).isEqualTo(first);
    assertThat(Portfolios.standard().generate(43L, MON_2026_07_13, 500)).isNotEqualTo(first);
    assertThat(Portfolios.standard().stream(new SplittableRandom(42L), MON_2026_07_13)
        .limit(500).toList()).isEqualTo(first);
    var supplier = Portfolios.standard().supplier(new SplittableRandom(42L), MON_2026_07_13);
    assertThat(supplier.get()).isEqualTo(first.get(0));
    SplittableRandom random = new SplittableRandom(42L);
    assertThat(Portfolios.standard().next(random, MON_2026_07_13)).isEqualTo(first.get(0));
  }

  /** 10,000 entries of the default mix meet every verdict and reason. */
  @Test
  void standard_10000Entries_coverEveryVerdictAndEveryReasonCode(TestReporter reporter) {
    long seed = 20261013L;
    reporter.publishEntry("seed", Long.toString(seed));
    // As of 2026-10-13 the standard engine applies PHASE_3_LITIGANTS, which has every setting
    // that adds a reason (ENTRY_TYPE_NOT_ALLOWED needs the 2026-07-07 warehouse rule).
    assertThat(CapeEngine.standard().policyFor(TUE_2026_10_13))
        .isEqualTo(CapePolicies.PHASE_3_LITIGANTS);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
    for (Entry entry : Portfolios.standard().generate(seed, TUE_2026_10_13, 10_000)) {
      Assessment a = CapeEngine.standard().evaluate(entry, TUE_2026_10_13);
      verdicts.add(a.verdict());
      reasons.addAll(a.reasons());
    }
    assertThat(verdicts).as("seed=%d", seed).containsExactlyInAnyOrder(Verdict.values());
    // every code but CHECKS_NOT_RUN, which only an engine requiring every check gives
    assertThat(reasons).as("seed=%d", seed).containsExactlyInAnyOrderElementsOf(
        EnumSet.complementOf(EnumSet.of(ReasonCode.CHECKS_NOT_RUN)));
  }

  @Test
  void standard_weightsAsDocumented() {
    Portfolios standard = Portfolios.standard();
    assertThat(standard.weights().keySet()).containsExactly(Scenario.values());
    assertThat(standard.weight(Scenario.UNLIQUIDATED)).isEqualTo(30);
    assertThat(standard.weight(Scenario.DRAWBACK)).isEqualTo(2);
    // 26 scenarios: 6 with their own weight (30 + 15 + 10 + 8 + 10 + 5 = 78) and 20 at 2
    // (40): total 118.
    assertThat(standard.weights().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(118);
  }

  @Test
  void builder_singleScenario_drawsOnlyIt() {
    Portfolios mix = Portfolios.builder().weight(Scenario.WAREHOUSE_ENTRY, 3)
        .weight(Scenario.UNLIQUIDATED, 0).build();
    assertThat(mix.weights()).containsOnlyKeys(Scenario.WAREHOUSE_ENTRY);
    assertThat(mix.weight(Scenario.UNLIQUIDATED)).isZero();
    assertThat(mix.toString()).isEqualTo("Portfolios{WAREHOUSE_ENTRY=3}");
    assertThat(mix.generate(1L, MON_2026_07_13, 200))
        .allMatch(e -> Objects.requireNonNull(e.entryType()).isWarehouse())
        .allMatch(e -> e.liquidationStatus() == LiquidationStatus.UNLIQUIDATED);
  }

  @Test
  void builder_weightsAreRelative(TestReporter reporter) {
    long seed = 3L;
    reporter.publishEntry("seed", Long.toString(seed));
    Portfolios mix = Portfolios.builder().weight(Scenario.UNLIQUIDATED, 3)
        .weight(Scenario.DUTY_DEFERRAL, 1).build();
    SplittableRandom random = new SplittableRandom(seed);
    int deferral = 0;
    for (int i = 0; i < 40_000; i++) {
      deferral += mix.nextScenario(random) == Scenario.DUTY_DEFERRAL ? 1 : 0;
    }
    // Expected 10,000 of 40,000 (1/4); the standard deviation is sqrt(40000 * 1/4 * 3/4) = 87.
    assertThat(deferral).as("seed=%d", seed).isBetween(9_600, 10_400);
  }

  @Test
  void builder_from_copiesWeights_equalMixesAreEqual() {
    Portfolios copy = Portfolios.builder().from(Portfolios.standard()).build();
    assertThat(copy).isEqualTo(Portfolios.standard()).hasSameHashCodeAs(Portfolios.standard());
  }

  @Test
  void builder_badWeights_throw() {
    assertThatThrownBy(() -> Portfolios.builder().weight(Scenario.ANY, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Weight of ANY must be zero or more, but was -1");
    assertThatThrownBy(() -> Portfolios.builder().weight(Scenario.ANY, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A portfolio needs at least one scenario with a weight above zero, but the"
            + " weights were {ANY=0}");
    assertThatThrownBy(() -> Portfolios.builder().weight(Scenario.ANY, Integer.MAX_VALUE)
        .weight(Scenario.UNLIQUIDATED, 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The total weight must not exceed 2147483647, but the weights were"
            + " {UNLIQUIDATED=1, ANY=2147483647}");
    assertThatThrownBy(() -> Portfolios.standard().generate(1L, MON_2026_07_13, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Portfolio size must be zero or more, but was -1");
  }
}

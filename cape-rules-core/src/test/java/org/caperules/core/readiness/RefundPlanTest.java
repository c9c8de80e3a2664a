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

import static org.assertj.core.api.Assertions.assertThat;
import static org.caperules.core.readiness.ReadinessFixtures.DEFAULT_NUMBERS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.ImporterNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.junit.jupiter.api.Test;

class RefundPlanTest {

  private static final LocalDate MON_2026_07_06 = LocalDate.of(2026, 7, 6);
  private static final Map<BlockerCode, ImporterProfile> SCENARIOS =
      ReadinessFixtures.scenarios(DEFAULT_NUMBERS);

  private static Assessment liquidated(String entryNumber, LocalDate liquidated,
      ImporterNumber importer) {
    Entry entry = Entry.builder().entryNumber(EntryNumber.of(entryNumber))
        .importerNumber(importer).entryType(EntryType.of("01"))
        .liquidationStatus(LiquidationStatus.LIQUIDATED).liquidationDate(liquidated)
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030125"), new BigDecimal("100.00")))
        .build();
    return CapeEngine.standard().evaluate(entry, MON_2026_07_06);
  }

  /** The sub-account takes ~14 days but the window closes sooner. */
  @Test
  void plan_subAccountMissing_flagsEntriesWhoseStartByIsPast() {
    ImporterProfile profile = java.util.Objects.requireNonNull(
        SCENARIOS.get(BlockerCode.NO_IMPORTER_SUB_ACCOUNT));
    ImporterNumber importer = profile.importerNumber();
    // Mon 2026-07-06 + 14 days (Importer sub-account, vendor guide) = Mon 2026-07-20.
    // Fri 2026-04-24 + 80 = Mon 2026-07-13; start by 07-13 - 14 - 7 = Mon 2026-06-22, 14 days
    // before 07-06 -> at risk, and the window closes 7 days before 07-20.
    Assessment closesFirst = liquidated("GLD00000011", LocalDate.of(2026, 4, 24), importer);
    // Fri 2026-05-15 + 80 = Mon 2026-08-03; start by 08-03 - 21 = Mon 2026-07-13 -> fine.
    Assessment closesLater = liquidated("GLD00000029", LocalDate.of(2026, 5, 15), importer);
    // Fri 2026-04-10 + 80 = Tue 2026-06-30: window already passed -> not declarable.
    Assessment passed = liquidated("GLD00000037", LocalDate.of(2026, 4, 10), importer);
    Assessment otherImporter = liquidated("GLD00000045", LocalDate.of(2026, 4, 24),
        ImporterNumber.of("98-7654321"));

    RefundPlan plan = ImporterReadiness.standard().plan(profile,
        List.of(closesFirst, closesLater, passed, otherImporter), MON_2026_07_06);

    assertThat(plan.readiness().filingReadyDate()).isEqualTo(LocalDate.of(2026, 7, 20));
    // ACH active: the sub-account gates filing only.
    assertThat(plan.readiness().paymentReadyDate()).isEqualTo(MON_2026_07_06);
    assertThat(plan.declarableEntries()).isEqualTo(2);
    assertThat(plan.declarableIeepaDuty()).isEqualByComparingTo("200.00");  // 2 x 100.00
    assertThat(plan.otherImporterEntries()).isEqualTo(1);
    assertThat(plan.earliestStartBy()).isEqualTo(LocalDate.of(2026, 6, 22));
    assertThat(plan.atRisk()).singleElement().satisfies(risk -> {
      assertThat(risk.entry().entryNumber()).isEqualTo("GLD00000011");
      assertThat(risk.capeLastDay()).isEqualTo(LocalDate.of(2026, 7, 13));
      assertThat(risk.startBy()).isEqualTo(LocalDate.of(2026, 6, 22));
      assertThat(risk.daysShort()).isEqualTo(14);
      assertThat(risk.suggestion()).isEqualTo("The CAPE window closes on 2026-07-13, 7 days"
          + " before the importer can file itself (2026-07-20): have the filing broker declare"
          + " it by 2026-07-13.");
    });
  }

  /**
   * The REV-613-only importer: ACH active, Importer sub-account in place, one refund rejected
   * (42 days to replace). It can file today; only payment waits.
   */
  @Test
  void plan_rev613Only_filingReadyToday_nothingAtRisk() {
    ImporterProfile profile = ImporterProfile.builder()
        .from(ReadinessFixtures.ready(DEFAULT_NUMBERS)).rev613RejectedRefunds(1).build();
    LocalDate asOf = ReadinessFixtures.MON_2026_05_04;
    // Liquidated Fri 2026-04-24 and Fri 2026-05-01: last days Mon 2026-07-13 and Mon 2026-07-20
    // (+80); start by 07-13 - 0 - 7 = Mon 2026-07-06 and Mon 2026-07-13, both after 05-04.
    Assessment first = CapeEngine.standard().evaluate(entry("GLD00000011",
        LocalDate.of(2026, 4, 24), profile.importerNumber()), asOf);
    Assessment second = CapeEngine.standard().evaluate(entry("GLD00000029",
        LocalDate.of(2026, 5, 1), profile.importerNumber()), asOf);

    RefundPlan plan = ImporterReadiness.standard().plan(profile, List.of(first, second), asOf);

    assertThat(plan.readiness().codes()).containsExactly(BlockerCode.REFUNDS_REJECTED_REV613);
    assertThat(plan.readiness().isFilingReady()).isTrue();
    assertThat(plan.readiness().filingReadyDate()).isEqualTo(asOf);
    // 2026-05-04 + 42 days = 27 days to 31 May + 15 = Mon 2026-06-15.
    assertThat(plan.readiness().paymentReadyDate()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(plan.atRisk()).isEmpty();
    assertThat(plan.declarableEntries()).isEqualTo(2);
    assertThat(plan.earliestStartBy()).isEqualTo(LocalDate.of(2026, 7, 6));
  }

  @Test
  void plan_safetyMarginConfigurable_startByMoves() {
    ImporterProfile profile = java.util.Objects.requireNonNull(
        SCENARIOS.get(BlockerCode.NO_IMPORTER_SUB_ACCOUNT));
    // Filing-ready Mon 2026-07-20 (+14). Last day Mon 2026-08-03 (Fri 2026-05-15 + 80).
    // Margin 7: start by 08-03 - 14 - 7 = Mon 2026-07-13, not past. Margin 10: Fri 2026-07-10,
    // still not past. Margin 30: 08-03 - 44 = Sat 2026-06-20, 16 days before 07-06: at risk,
    // and as the importer can file on 07-20, before the last day, the suggestion says so.
    Assessment a = liquidated("GLD00000029", LocalDate.of(2026, 5, 15),
        profile.importerNumber());
    RefundPlan ten = ImporterReadiness.of(ReadinessConfig.DEFAULT.withSafetyMargin(
        java.time.Period.ofDays(10))).plan(profile, List.of(a), MON_2026_07_06);
    assertThat(ten.earliestStartBy()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(ten.atRisk()).isEmpty();
    RefundPlan thirty = ImporterReadiness.of(ReadinessConfig.DEFAULT.withSafetyMargin(
        java.time.Period.ofDays(30))).plan(profile, List.of(a), MON_2026_07_06);
    assertThat(thirty.atRisk()).singleElement().satisfies(risk -> {
      assertThat(risk.startBy()).isEqualTo(LocalDate.of(2026, 6, 20));
      assertThat(risk.daysShort()).isEqualTo(16);
      assertThat(risk.suggestion()).isEqualTo("The CAPE window closes on 2026-08-03, within the"
          + " safety margin of the date the importer can file itself (2026-07-20): declare it on"
          + " 2026-07-20 at the latest, or have the filing broker declare it by 2026-08-03.");
    });
  }

  @Test
  void plan_readyImporter_nothingAtRisk() {
    // The fixture is ready as of Mon 2026-05-04 (its last ACE login is recent then).
    ImporterProfile profile = ReadinessFixtures.ready(DEFAULT_NUMBERS);
    Assessment a = liquidated("GLD00000011", LocalDate.of(2026, 4, 24), profile.importerNumber());
    RefundPlan plan = ImporterReadiness.standard().plan(profile, List.of(a),
        ReadinessFixtures.MON_2026_05_04);
    assertThat(plan.readiness().isReady()).isTrue();
    assertThat(plan.atRisk()).isEmpty();
    assertThat(plan.declarableEntries()).isEqualTo(1);
  }

  @Test
  void plan_startByEqualsAsOf_notAtRisk() {
    ImporterProfile profile = java.util.Objects.requireNonNull(
        SCENARIOS.get(BlockerCode.NO_IMPORTER_SUB_ACCOUNT));
    // Filing-ready Mon 2026-07-20 (+14); Sat 2026-05-08 + 80 = Mon 2026-07-27; start by
    // 07-27 - 14 - 7 = Mon 2026-07-06, the as-of date itself: still in time.
    Assessment a = liquidated("GLD00000011", LocalDate.of(2026, 5, 8), profile.importerNumber());
    RefundPlan plan = ImporterReadiness.standard().plan(profile, List.of(a), MON_2026_07_06);
    assertThat(plan.earliestStartBy()).isEqualTo(MON_2026_07_06);
    assertThat(plan.atRisk()).isEmpty();
  }

  private static Entry entry(String entryNumber, LocalDate liquidated, ImporterNumber importer) {
    return Entry.builder().entryNumber(EntryNumber.of(entryNumber))
        .importerNumber(importer).entryType(EntryType.of("01"))
        .liquidationStatus(LiquidationStatus.LIQUIDATED).liquidationDate(liquidated)
        .addDutyLines(DutyLine.of(HtsNumber.parse("99030125"), new BigDecimal("100.00")))
        .build();
  }
}

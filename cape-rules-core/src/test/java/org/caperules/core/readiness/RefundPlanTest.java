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
  void plan_subAccountMissing_flagsEntriesWhoseWindowClosesFirst() {
    ImporterProfile profile = java.util.Objects.requireNonNull(
        SCENARIOS.get(BlockerCode.NO_IMPORTER_SUB_ACCOUNT));
    ImporterNumber importer = profile.importerNumber();
    // Mon 2026-07-06 + 14 days (Importer sub-account, vendor guide) = Mon 2026-07-20.
    // Fri 2026-04-24 + 80 = Mon 2026-07-13: 7 days before 07-20 -> at risk.
    Assessment closesFirst = liquidated("GLD00000011", LocalDate.of(2026, 4, 24), importer);
    // Fri 2026-05-15 + 80 = Mon 2026-08-03: after 07-20 -> fine.
    Assessment closesLater = liquidated("GLD00000029", LocalDate.of(2026, 5, 15), importer);
    // Fri 2026-04-10 + 80 = Tue 2026-06-30: window already passed -> not declarable.
    Assessment passed = liquidated("GLD00000037", LocalDate.of(2026, 4, 10), importer);
    Assessment otherImporter = liquidated("GLD00000045", LocalDate.of(2026, 4, 24),
        ImporterNumber.of("98-7654321"));

    RefundPlan plan = ImporterReadiness.standard().plan(profile,
        List.of(closesFirst, closesLater, passed, otherImporter), MON_2026_07_06);

    assertThat(plan.readiness().earliestReadyDate()).isEqualTo(LocalDate.of(2026, 7, 20));
    assertThat(plan.declarableEntries()).isEqualTo(2);
    assertThat(plan.otherImporterEntries()).isEqualTo(1);
    assertThat(plan.atRisk()).singleElement().satisfies(risk -> {
      assertThat(risk.assessment()).isSameAs(closesFirst);
      assertThat(risk.capeLastDay()).isEqualTo(LocalDate.of(2026, 7, 13));
      assertThat(risk.daysShort()).isEqualTo(7);
      assertThat(risk.suggestion()).isEqualTo("The CAPE window closes on 2026-07-13, 7 days"
          + " before the importer can be ready (2026-07-20): have the filing broker declare it"
          + " by 2026-07-13, with a CBP Form 4811 designating the broker to receive the refund if"
          + " the importer's ACH refund enrollment is not ready either.");
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
  void plan_lastDayEqualsReadyDate_notAtRisk() {
    ImporterProfile profile = java.util.Objects.requireNonNull(
        SCENARIOS.get(BlockerCode.NO_IMPORTER_SUB_ACCOUNT));
    // Ready Mon 2026-07-20; Wed 2026-05-01 + 80 = Mon 2026-07-20: ready on the last day.
    Assessment a = liquidated("GLD00000011", LocalDate.of(2026, 5, 1), profile.importerNumber());
    RefundPlan plan = ImporterReadiness.standard().plan(profile, List.of(a), MON_2026_07_06);
    assertThat(plan.atRisk()).isEmpty();
  }
}

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
package org.caperules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryFact;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.Verdict;
import org.junit.jupiter.api.Test;

/** Checks that could not run are named, and the verdict does not change. */
class NotCheckedTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);

  private static Entry.Builder entry() {
    return Entry.builder().entryNumberText("GLD00000011").entryType(EntryType.TYPE_01)
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("100.00")));
  }

  @Test
  void byHand_everyFactGiven_nothingUnchecked() {
    Assessment a = CapeEngine.standard().evaluate(entry().build(), MON_2026_07_13);
    assertThat(a.notChecked()).isEmpty();
    assertThat(a.notCheckedText()).isEmpty();
  }

  @Test
  void plainAceExport_supplementaryFactsMissing_sortedCodes_verdictUnchanged() {
    Entry e = entry().addMissingFacts(EntryFact.FILED_IN_ACE, EntryFact.DRAWBACK_DESIGNATION,
        EntryFact.ENTRY_SUMMARY_STATUS, EntryFact.ADCVD_INSTRUCTIONS,
        EntryFact.RECONCILIATION_ENTRY_FILED).build();
    Assessment a = CapeEngine.standard().evaluate(e, MON_2026_07_13);
    assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(a.notCheckedText()).isEqualTo("ADCVD_PENDING_LIQUIDATION;DRAWBACK;"
        + "ENTRY_SUMMARY_NOT_ACCEPTED;NOT_IN_ACE;RECONCILIATION");
  }

  @Test
  void eachFact_itsChecks() {
    assertThat(StandardRules.checksOf(EntryFact.ENTRY_TYPE)).containsExactly(
        ReasonCode.DRAWBACK, ReasonCode.DUTY_DEFERRAL, ReasonCode.ENTRY_TYPE_NOT_ALLOWED,
        ReasonCode.RECONCILIATION);
    assertThat(StandardRules.checksOf(EntryFact.PROTEST)).containsExactly(ReasonCode.OPEN_PROTEST);
    for (EntryFact fact : EntryFact.values()) {
      assertThat(StandardRules.checksOf(fact)).as("%s", fact).isNotEmpty();
      assertThat(StandardRules.notChecked(entry().addMissingFacts(fact).build()))
          .isEqualTo(StandardRules.checksOf(fact));
    }
    assertThat(StandardRules.notChecked(entry().missingFacts(EnumSet.allOf(EntryFact.class))
        .build())).containsExactly(ReasonCode.ADCVD_PENDING_LIQUIDATION, ReasonCode.DRAWBACK,
            ReasonCode.DUTY_DEFERRAL, ReasonCode.ENTRY_SUMMARY_NOT_ACCEPTED,
            ReasonCode.ENTRY_TYPE_NOT_ALLOWED, ReasonCode.NOT_IN_ACE, ReasonCode.OPEN_PROTEST,
            ReasonCode.RECONCILIATION);
  }
}

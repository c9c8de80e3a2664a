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
import java.util.List;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.EntryNumber;
import org.caperules.core.EntryType;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.CapePolicies;
import org.caperules.core.eligibility.Verdict;
import org.junit.jupiter.api.Test;

/** The two impossible-date rules: a date after the as-of date, liquidation before entry. */
class ImpossibleDatesRulesTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);

  private static Entry.Builder entry() {
    return Entry.builder().entryNumber(EntryNumber.of("GLD00000011"))
        .entryType(EntryType.of("01")).entryDate(LocalDate.of(2025, 9, 2))
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("1000.00")));
  }

  @Test
  void liquidationAfterAsOf_needsReview_withMessageAndAdvice() {
    Entry e = entry().liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2026, 8, 3)).build();
    var a = CapeEngine.standard().evaluate(e, MON_2026_07_13);
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasonsText()).isEqualTo("DATE_AFTER_AS_OF");
    assertThat(a.findings().get(0).message()).isEqualTo("Liquidation date 2026-08-03 is after"
        + " the as-of date 2026-07-13; a date that has not yet come cannot be in ACE.");
    assertThat(a.nextAction().text()).isEqualTo("Check the as-of date and the entry, entry"
        + " summary and liquidation dates in ACE, and screen again.");
    assertThat(a.nextAction().dueDate()).isNull();
  }

  @Test
  void severalDatesAfterAsOf_namedTogether() {
    Entry e = entry().entryDate(LocalDate.of(9999, 12, 31))
        .entrySummaryDate(LocalDate.of(2026, 7, 14))
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED).build();
    var finding = StandardRules.DATE_AFTER_AS_OF.check(e, MON_2026_07_13, CapePolicies.PHASE_1)
        .orElseThrow();
    assertThat(finding.message()).isEqualTo("Entry date 9999-12-31 and entry summary date"
        + " 2026-07-14 are after the as-of date 2026-07-13; a date that has not yet come cannot"
        + " be in ACE.");
    assertThat(finding.source()).isEqualTo(ReasonCode.DATE_AFTER_AS_OF.source());
  }

  @Test
  void datesOnTheAsOfDate_orMissing_pass() {
    Entry onTheDay = entry().entryDate(MON_2026_07_13).entrySummaryDate(MON_2026_07_13)
        .liquidationDate(MON_2026_07_13).build();
    assertThat(StandardRules.DATE_AFTER_AS_OF.check(onTheDay, MON_2026_07_13,
        CapePolicies.PHASE_1)).isEmpty();
    Entry noDates = Entry.builder().entryNumberText("GLD00000011").build();
    assertThat(StandardRules.DATE_AFTER_AS_OF.check(noDates, MON_2026_07_13,
        CapePolicies.PHASE_1)).isEmpty();
    assertThat(StandardRules.LIQUIDATION_BEFORE_ENTRY.check(noDates, MON_2026_07_13,
        CapePolicies.PHASE_1)).isEmpty();
    Entry noEntryDate = Entry.builder().entryNumberText("GLD00000011")
        .liquidationDate(LocalDate.of(2025, 1, 2)).build();
    assertThat(StandardRules.LIQUIDATION_BEFORE_ENTRY.check(noEntryDate, MON_2026_07_13,
        CapePolicies.PHASE_1)).isEmpty();
  }

  @Test
  void liquidationBeforeEntry_needsReview_withMessageAndAdvice() {
    Entry e = entry().liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2025, 3, 14)).build();
    var a = CapeEngine.standard().evaluate(e, MON_2026_07_13);
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasons()).contains(ReasonCode.LIQUIDATION_BEFORE_ENTRY);
    var finding = StandardRules.LIQUIDATION_BEFORE_ENTRY.check(e, MON_2026_07_13,
        CapePolicies.PHASE_1).orElseThrow();
    assertThat(finding.message()).isEqualTo("Liquidation date 2025-03-14 is before the entry"
        + " date 2025-09-02; an entry is liquidated after it is entered.");
    assertThat(a.nextAction().text()).isEqualTo("Check the entry date and the liquidation date"
        + " in ACE and screen again.");
  }

  @Test
  void dateRulesAdvise_beforeTheExclusions() {
    Entry e = entry().liquidationStatus(LiquidationStatus.LIQUIDATED)
        .liquidationDate(LocalDate.of(2025, 3, 14)).build();
    var deadlines = CapePolicies.PHASE_1.deadlines().forEntry(LocalDate.of(2025, 3, 14), null);
    Finding before = Finding.of(ReasonCode.LIQUIDATION_BEFORE_ENTRY, "b");
    Finding after = Finding.of(ReasonCode.DATE_AFTER_AS_OF, "a");
    Finding window = Finding.of(ReasonCode.LIQUIDATION_FINAL, "f");
    assertThat(StandardRules.nextAction(e, List.of(after, before, window), deadlines).text())
        .startsWith("Check the as-of date");
    assertThat(StandardRules.nextAction(e, List.of(before, window), deadlines).text())
        .startsWith("Check the entry date and the liquidation date");
  }
}

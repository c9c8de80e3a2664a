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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caperules.core.DutyLine;
import org.caperules.core.Entry;
import org.caperules.core.HtsNumber;
import org.caperules.core.LiquidationStatus;
import org.caperules.core.eligibility.Assessment;
import org.caperules.core.eligibility.CapeEngine;
import org.caperules.core.eligibility.Verdict;
import org.junit.jupiter.api.Test;

/** An entry some of whose rows were rejected is never judged on the rest alone. */
class RowsRejectedRuleTest {

  private static final LocalDate MON_2026_07_13 = LocalDate.of(2026, 7, 13);

  private static Entry.Builder entry() {
    return Entry.builder().entryNumberText("GLD00000011")
        .liquidationStatus(LiquidationStatus.UNLIQUIDATED)
        .addDutyLines(DutyLine.of(HtsNumber.parse("9903.01.25"), new BigDecimal("6201.78")));
  }

  @Test
  void oneRejectedRow_needsReview_lowerBoundWarning_advice() {
    Assessment a = CapeEngine.standard().evaluate(entry()
        .addRejectedRows("es003.csv line 14, Line Tariff Duty Amount 'N/A'").build(),
        MON_2026_07_13);
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(a.reasonsText()).isEqualTo("ROWS_REJECTED");
    assertThat(a.findings().get(0).message()).isEqualTo("1 row of this entry could not be used"
        + " (es003.csv line 14, Line Tariff Duty Amount 'N/A'), so the entry is judged on the"
        + " rows used and its IEEPA duty is a lower bound.");
    assertThat(a.ieepaDuty()).isEqualByComparingTo("6201.78");
    assertThat(a.warnings()).first().isEqualTo("IEEPA_DUTY_LOWER_BOUND: 1 row of the entry could"
        + " not be used, so the IEEPA duty counts only the rows used.");
    assertThat(a.nextAction().text()).isEqualTo("Correct the rejected rows (listed in"
        + " problems.csv) from ACE and screen again.");
  }

  @Test
  void moreRejectedThanShown_countsTheRest() {
    Entry e = entry().addRejectedRows("a.csv line 2, Entry Type Code '1.0'",
        "a.csv line 3, Importer Number '123456789-00'").rejectedRowCount(5).build();
    assertThat(StandardRules.ROWS_REJECTED.check(e, MON_2026_07_13,
        org.caperules.core.eligibility.CapePolicies.PHASE_1).orElseThrow().message())
        .isEqualTo("5 rows of this entry could not be used (a.csv line 2, Entry Type Code"
            + " '1.0'; a.csv line 3, Importer Number '123456789-00'; and 3 more), so the entry"
            + " is judged on the rows used and its IEEPA duty is a lower bound.");
    Entry countOnly = entry().rejectedRowCount(2).build();
    assertThat(StandardRules.ROWS_REJECTED.check(countOnly, MON_2026_07_13,
        org.caperules.core.eligibility.CapePolicies.PHASE_1).orElseThrow().message())
        .startsWith("2 rows of this entry could not be used, so");
    assertThat(CapeEngine.standard().evaluate(countOnly, MON_2026_07_13).warnings())
        .first().asString().startsWith("IEEPA_DUTY_LOWER_BOUND: 2 rows");
  }

  @Test
  void noRejectedRows_byHand_passes_andCountBelowShownIsRefused() {
    Entry clean = entry().build();
    assertThat(clean.rejectedRowCount()).isZero();
    assertThat(CapeEngine.standard().evaluate(clean, MON_2026_07_13).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThatThrownBy(() -> entry().addRejectedRows("x", "y").rejectedRowCount(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rejectedRowCount 1 must be at least the number of rejectedRows, 2");
  }
}

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
package org.caperules.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterestRateTableTest {

  private static final InterestRateTable STANDARD = InterestRateTable.standard();

  private static RateTableRow row(int year, int month, String nonCorporate, String corporate) {
    return RateTableRow.confirmed(LocalDate.of(year, month, 1), new BigDecimal(nonCorporate),
        new BigDecimal(corporate), "test");
  }

  // Expected rates typed from CBP's rate notices (2024 Q4 - 2026 Q1) and the third-party table
  // (2026 Q2 - Q4, UNCERTAIN, corporate derived as short-term + 2); docs/interest.md#rate-table.
  @ParameterizedTest(name = "{0}: {1}%/{2}% confirmed={3}")
  @CsvSource(delimiter = '|', textBlock = """
      # quarter | start      | non-corp | corp | confirmed (a CBP notice; false: IRS ruling only)
      2024 Q4   | 2024-10-01 | 8        | 7    | true
      2025 Q1   | 2025-01-01 | 7        | 6    | false
      2025 Q2   | 2025-04-01 | 7        | 6    | true
      2025 Q3   | 2025-07-01 | 7        | 6    | false
      2025 Q4   | 2025-10-01 | 7        | 6    | true
      2026 Q1   | 2026-01-01 | 7        | 6    | true
      2026 Q2   | 2026-04-01 | 6        | 5    | true
      2026 Q3   | 2026-07-01 | 7        | 6    | false
      2026 Q4   | 2026-10-01 | 7        | 6    | false
      """)
  void standard_shipsDocumentedRates(String quarter, LocalDate start, BigDecimal nonCorporate,
      BigDecimal corporate, boolean confirmed) {
    for (LocalDate day : List.of(start, start.plusMonths(3).minusDays(1))) {
      QuarterlyRate nc = STANDARD.rateOn(day, RateClass.NON_CORPORATE);
      QuarterlyRate c = STANDARD.rateOn(day, RateClass.CORPORATE);
      assertThat(nc.quarter()).as("%s", day).isEqualTo(quarter);
      assertThat(nc.percent()).as("%s", day).isEqualByComparingTo(nonCorporate);
      assertThat(c.percent()).as("%s", day).isEqualByComparingTo(corporate);
      assertThat(nc.confirmed()).as("%s", day).isEqualTo(confirmed);
      assertThat(c.confirmed()).as("%s", day).isEqualTo(confirmed);
    }
  }

  @Test
  void standard_rangeRowsAndToString() {
    assertThat(STANDARD.rows()).hasSize(9);
    assertThat(STANDARD.startInclusive()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(STANDARD.endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(STANDARD)
        .hasToString("InterestRateTable[2024 Q4 to 2026 Q4, 9 quarters, 4 unconfirmed]");
    // The December 2026 confirmations: 2026 Q2 by CBP's notice, Q3 and Q4 by IRS rulings.
    assertThat(STANDARD.rows().get(6).source()).contains("FR Doc 2026-09871");
    assertThat(STANDARD.rows().get(6).confirmation()).isEqualTo(Confirmation.CONFIRMED);
    assertThat(STANDARD.rows().get(7).source()).contains("Rev. Rul. 2026-10");
    assertThat(STANDARD.rows().get(8).source()).contains("Rev. Rul. 2026-15");
    assertThat(STANDARD.rows().get(8).confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  /** Every day the table covers maps to the row whose quarter contains it. */
  @Test
  void rateOn_everyCoveredDay_quarterContainsDay() {
    for (LocalDate d = LocalDate.of(2024, 10, 1); d.isBefore(LocalDate.of(2027, 1, 1));
        d = d.plusDays(1)) {
      QuarterlyRate rate = STANDARD.rateOn(d, RateClass.CORPORATE);
      assertThat(rate.row().contains(d)).as("rateOn(%s) = %s", d, rate).isTrue();
      assertThat(rate.quarterStartInclusive()).as("%s", d).isBeforeOrEqualTo(d);
      assertThat(rate.quarterEndExclusive()).as("%s", d).isAfter(d);
      assertThat(STANDARD.covers(d)).as("%s", d).isTrue();
    }
  }

  @Test
  void rateOn_dayAfterTable_throwsNeverGuesses() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.rateOn(LocalDate.of(2027, 1, 1), RateClass.CORPORATE))
        .withMessage("No overpayment rate for 2027-01-01: the interest rate table covers"
            + " 2024-10-01 to 2026-12-31 inclusive; add the quarter with"
            + " InterestRateTable.withQuarter");
    assertThat(STANDARD.findRateOn(LocalDate.of(2027, 1, 1), RateClass.CORPORATE)).isEmpty();
    assertThat(STANDARD.findRateOn(LocalDate.of(2024, 9, 30), RateClass.CORPORATE)).isEmpty();
    assertThat(STANDARD.covers(LocalDate.of(2024, 9, 30))).isFalse();
  }

  @Test
  void quarterlyRate_toString() {
    assertThat(STANDARD.rateOn(LocalDate.of(2026, 4, 20), RateClass.CORPORATE))
        .hasToString("2026 Q2 CORPORATE 5% (confirmed)");
    assertThat(STANDARD.rateOn(LocalDate.of(2026, 7, 20), RateClass.CORPORATE))
        .hasToString("2026 Q3 CORPORATE 6% (unconfirmed)");
    assertThat(STANDARD.rateOn(LocalDate.of(2026, 3, 31), RateClass.NON_CORPORATE))
        .hasToString("2026 Q1 NON_CORPORATE 7% (confirmed)");
  }

  @Test
  void withQuarter_nextQuarter_appended() {
    InterestRateTable extended = STANDARD.withQuarter(row(2027, 1, "7", "6"));

    assertThat(extended.rows()).hasSize(10);
    assertThat(extended.rateOn(LocalDate.of(2027, 3, 31), RateClass.CORPORATE).percent())
        .isEqualByComparingTo("6");
    assertThat(STANDARD.covers(LocalDate.of(2027, 1, 1))).as("original unchanged").isFalse();
  }

  @Test
  void withQuarter_previousQuarter_prepended() {
    InterestRateTable extended = STANDARD.withQuarter(row(2024, 7, "8", "7"));
    assertThat(extended.startInclusive()).isEqualTo(LocalDate.of(2024, 7, 1));
  }

  @Test
  void withQuarter_existingQuarter_replaced() {
    InterestRateTable confirmed = STANDARD.withQuarter(row(2026, 7, "8", "7"));

    QuarterlyRate rate = confirmed.rateOn(LocalDate.of(2026, 8, 1), RateClass.NON_CORPORATE);
    assertThat(rate.percent()).isEqualByComparingTo("8");
    assertThat(rate.confirmed()).isTrue();
    assertThat(confirmed.rows()).hasSize(9);
    // 2025 Q1, 2025 Q3 and 2026 Q4 stay REPORTED.
    assertThat(confirmed).hasToString(
        "InterestRateTable[2024 Q4 to 2026 Q4, 9 quarters, 3 unconfirmed]");
  }

  @Test
  void withQuarter_gap_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.withQuarter(row(2027, 4, "7", "6")))
        .withMessage("Interest rate table has a gap: 2026 Q4 is followed by 2027 Q2, but the next"
            + " quarter must start on 2027-01-01");
  }

  @Test
  void extendedWith_outOfOrder_contiguousResultAccepted() {
    InterestRateTable extended = STANDARD.extendedWith(
        List.of(row(2027, 4, "7", "6"), row(2027, 1, "8", "7")));
    assertThat(extended.endExclusive()).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(extended.rateOn(LocalDate.of(2027, 2, 1), RateClass.NON_CORPORATE).percent())
        .isEqualByComparingTo("8");
  }

  @Test
  void extendedWith_sameQuarterTwice_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.extendedWith(
            List.of(row(2027, 1, "7", "6"), row(2027, 1, "8", "7"))))
        .withMessage("Quarters to add have 2027 Q1 twice");
  }

  @Test
  void of_duplicateQuarter_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InterestRateTable.of(List.of(row(2025, 1, "7", "6"),
            row(2025, 1, "7", "6"))))
        .withMessage("Interest rate table has 2025 Q1 twice");
  }

  @Test
  void of_empty_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InterestRateTable.of(List.of()))
        .withMessage("An interest rate table needs at least one quarter");
  }

  @Test
  void of_anyOrder_equalTablesAndHashCodes() {
    InterestRateTable a = InterestRateTable.of(List.of(row(2025, 1, "7", "6"),
        row(2025, 4, "7", "6")));
    InterestRateTable b = InterestRateTable.of(List.of(row(2025, 4, "7", "6"),
        row(2025, 1, "7", "6")));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(STANDARD)
        .isNotEqualTo("table");
    assertThat(a.rows().get(0).startInclusive()).isEqualTo(LocalDate.of(2025, 1, 1));
  }
}

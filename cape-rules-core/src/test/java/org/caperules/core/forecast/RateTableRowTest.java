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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableRowTest {

  private static final LocalDate Q2_2026 = LocalDate.of(2026, 4, 1);

  @Test
  void confirmed_accessorsAndToString() {
    RateTableRow row = RateTableRow.confirmed(LocalDate.of(2026, 1, 1), new BigDecimal("7"),
        new BigDecimal("6"), "CBP FR notice of 22 January 2026");

    assertThat(row.confirmed()).isTrue();
    assertThat(row.percent(RateClass.NON_CORPORATE)).isEqualTo(new BigDecimal("7"));
    assertThat(row.percent(RateClass.CORPORATE)).isEqualTo(new BigDecimal("6"));
    assertThat(row.endExclusive()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(row).hasToString("2026 Q1 7%/6% (CONFIRMED: CBP FR notice of 22 January 2026)");
  }

  @Test
  void unconfirmed_toStringSaysSo() {
    RateTableRow row = RateTableRow.unconfirmed(Q2_2026, new BigDecimal("6.5"),
        new BigDecimal("5.50"), "forecast");
    assertThat(row.confirmed()).isFalse();
    assertThat(row).hasToString("2026 Q2 6.5%/5.50% (REPORTED: forecast)");
  }

  @ParameterizedTest(name = "{0} -> {1}, ends {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # start    | quarter | endExclusive
      2025-01-01 | 2025 Q1 | 2025-04-01
      2025-04-01 | 2025 Q2 | 2025-07-01
      2025-07-01 | 2025 Q3 | 2025-10-01
      2025-10-01 | 2025 Q4 | 2026-01-01
      """)
  void quarter_eachQuarterStart_labelAndEnd(LocalDate start, String quarter, LocalDate end) {
    RateTableRow row = RateTableRow.confirmed(start, BigDecimal.ONE, BigDecimal.ONE, "test");
    assertThat(row.quarter()).isEqualTo(quarter);
    assertThat(row.endExclusive()).isEqualTo(end);
    assertThat(row.contains(start)).isTrue();
    assertThat(row.contains(end.minusDays(1))).isTrue();
    assertThat(row.contains(end)).isFalse();
    assertThat(row.contains(start.minusDays(1))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"2026-04-02", "2026-02-01", "2026-05-01"})
  void new_notQuarterStart_rejected(LocalDate start) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateTableRow.confirmed(start, BigDecimal.ONE, BigDecimal.ONE, "x"))
        .withMessage("A rate quarter must start on 1 January, 1 April, 1 July or 1 October, but"
            + " was: " + start);
  }

  @Test
  void new_negativeNonCorporateRate_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateTableRow.confirmed(Q2_2026, new BigDecimal("-1"), BigDecimal.ONE,
            "x"))
        .withMessage("Non-corporate overpayment rate for 2026 Q2 must be a percentage from 0 to"
            + " under 100, but was: -1");
  }

  @Test
  void new_corporateRateAsHundredPercent_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateTableRow.confirmed(Q2_2026, BigDecimal.ONE, new BigDecimal("100"),
            "x"))
        .withMessage("Corporate overpayment rate for 2026 Q2 must be a percentage from 0 to"
            + " under 100, but was: 100");
  }

  @Test
  void new_zeroRate_allowed() {
    assertThat(RateTableRow.confirmed(Q2_2026, BigDecimal.ZERO, BigDecimal.ZERO, "x")
        .percent(RateClass.CORPORATE)).isZero();
  }

  @Test
  void new_blankSource_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateTableRow.unconfirmed(Q2_2026, BigDecimal.ONE, BigDecimal.ONE, " "))
        .withMessage("The source of the rates for 2026 Q2 must not be blank");
  }
}

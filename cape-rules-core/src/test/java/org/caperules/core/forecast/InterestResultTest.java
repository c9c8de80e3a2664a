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

class InterestResultTest {

  private static final QuarterlyRate Q1_2026_NC =
      InterestRateTable.standard().rateOn(LocalDate.of(2026, 1, 1), RateClass.NON_CORPORATE);

  @Test
  void toString_confirmedAndForecast() {
    // Worked example 1 of InterestCalculator moved to 2025 Q4 (CBP notice, 7%, 365-day year):
    // 10,000.00 x ((1 + 0.07/365)^3 - 1) = 5.754528 -> 5.75 (hand calculation, as in
    // InterestCalculatorTest small-nc).
    InterestResult confirmed = InterestCalculator.standard().interest(new BigDecimal("10000.00"),
        LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 4), RateClass.NON_CORPORATE);
    assertThat(confirmed).hasToString("interest 5.75 on 10000.00 from 2025-10-01 to 2025-10-04:"
        + " 3 days, START_INCLUSIVE_END_EXCLUSIVE, confirmed rates");

    // Worked example 1 itself: 2025 Q3, 7%, only REPORTED (IRS ruling, no CBP notice).
    InterestResult forecast = InterestCalculator.standard().interest(new BigDecimal("10000.00"),
        LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 4), RateClass.NON_CORPORATE);
    assertThat(forecast).hasToString("interest 5.75 on 10000.00 from 2025-07-01 to 2025-07-04:"
        + " 3 days, START_INCLUSIVE_END_EXCLUSIVE, forecast");
  }

  @Test
  void new_endBeforeDeposit_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InterestResult(BigDecimal.ONE, LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 1, 1), DayCountConvention.DEFAULT, BigDecimal.ZERO, List.of()))
        .withMessage("Interest end date 2026-01-01 is before the deposit date 2026-01-02");
  }

  @Test
  void segment_outsideItsQuarter_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InterestSegment(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 2),
            Q1_2026_NC, BigDecimal.ONE))
        .withMessage("An interest segment must be a non-empty part of its rate quarter 2026 Q1,"
            + " but was 2026-03-31 to 2026-04-02 exclusive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InterestSegment(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31),
            Q1_2026_NC, BigDecimal.ONE))
        .withMessageContaining("but was 2026-03-31 to 2026-03-31 exclusive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InterestSegment(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2),
            Q1_2026_NC, BigDecimal.ONE))
        .withMessageContaining("but was 2025-12-31 to 2026-01-02 exclusive");
  }

  @Test
  void segment_growthFactorBelowOne_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InterestSegment(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
            Q1_2026_NC, new BigDecimal("0.99")))
        .withMessage("Growth factor must be at least 1, but was: 0.99");
  }

  @Test
  void segment_wholeQuarter_daysAndYear() {
    InterestSegment segment = new InterestSegment(LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 4, 1), Q1_2026_NC, BigDecimal.ONE);
    assertThat(segment.days()).isEqualTo(90); // 31 + 28 + 31
    assertThat(segment.daysInYear()).isEqualTo(365);
    assertThat(segment.confirmed()).isTrue();
  }
}

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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayCountConventionTest {

  private static final LocalDate WED_2026_03_25 = LocalDate.of(2026, 3, 25);
  private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);

  // The class Javadoc's worked example: deposit Wed 25 March, liquidation Fri 27 March.
  @ParameterizedTest(name = "{0}: {1} to {2} exclusive, {3} days")
  @CsvSource(delimiter = '|', textBlock = """
      # convention                  | first      | endExclusive | days
      START_INCLUSIVE_END_EXCLUSIVE | 2026-03-25 | 2026-03-27   | 2
      START_EXCLUSIVE_END_INCLUSIVE | 2026-03-26 | 2026-03-28   | 2
      BOTH_INCLUSIVE                | 2026-03-25 | 2026-03-28   | 3
      """)
  void accrualDays_workedExample(
      DayCountConvention convention, LocalDate first, LocalDate endExclusive, long days) {
    assertThat(convention.firstDayInclusive(WED_2026_03_25)).isEqualTo(first);
    assertThat(convention.endExclusive(FRI_2026_03_27)).isEqualTo(endExclusive);
    assertThat(ChronoUnit.DAYS.between(first, endExclusive)).isEqualTo(days);
  }

  @Test
  void default_isIrsStyleStartInclusiveEndExclusive() {
    assertThat(DayCountConvention.DEFAULT)
        .isEqualTo(DayCountConvention.START_INCLUSIVE_END_EXCLUSIVE);
  }
}

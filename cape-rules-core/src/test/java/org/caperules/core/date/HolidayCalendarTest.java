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
package org.caperules.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

  /** Weekends only: enough to test the default methods apart from any holiday rules. */
  private static final HolidayCalendar WEEKENDS = date ->
      date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;

  private static final LocalDate FRI_2026_04_24 = LocalDate.of(2026, 4, 24);
  private static final LocalDate SAT_2026_04_25 = LocalDate.of(2026, 4, 25);
  private static final LocalDate MON_2026_04_27 = LocalDate.of(2026, 4, 27);

  @Test
  void nextOrSame_weekendRollsToMonday_businessDayUnchanged() {
    assertThat(WEEKENDS.nextOrSame(SAT_2026_04_25)).isEqualTo(MON_2026_04_27);
    assertThat(WEEKENDS.nextOrSame(FRI_2026_04_24)).isEqualTo(FRI_2026_04_24);
  }

  @Test
  void next_fridayGivesMonday() {
    assertThat(WEEKENDS.next(FRI_2026_04_24)).isEqualTo(MON_2026_04_27);
    assertThat(WEEKENDS.isBusinessDay(FRI_2026_04_24)).isTrue();
    assertThat(WEEKENDS.isBusinessDay(SAT_2026_04_25)).isFalse();
  }

  @Test
  void previousOrSame_weekendRollsToFriday_businessDayUnchanged() {
    assertThat(WEEKENDS.previousOrSame(SAT_2026_04_25)).isEqualTo(FRI_2026_04_24);
    assertThat(WEEKENDS.previousOrSame(LocalDate.of(2026, 4, 26))).isEqualTo(FRI_2026_04_24);
    assertThat(WEEKENDS.previousOrSame(MON_2026_04_27)).isEqualTo(MON_2026_04_27);
  }

  @ParameterizedTest(name = "[{0}, {1}) -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # startInclusive | endExclusive | business days | note
      2026-04-24       | 2026-04-24   | 0             | empty range
      2026-04-24       | 2026-04-25   | 1             | Fri only
      2026-04-24       | 2026-04-28   | 2             | Fri, Mon (Sat, Sun skipped)
      2026-04-25       | 2026-04-27   | 0             | Sat, Sun
      2026-04-20       | 2026-05-04   | 10            | two full weeks
      """)
  void businessDaysBetween_weekendsOnly(LocalDate start, LocalDate end, long expected,
      String note) {
    assertThat(WEEKENDS.businessDaysBetween(start, end)).as(note).isEqualTo(expected);
  }

  @Test
  void businessDaysBetween_endBeforeStart_throwsQuotingBoth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WEEKENDS.businessDaysBetween(MON_2026_04_27, FRI_2026_04_24))
        .withMessage("endExclusive 2026-04-24 must not be before startInclusive 2026-04-27");
  }
}

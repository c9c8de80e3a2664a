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
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Scanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsFederalHolidaysTest {

  private static final UsFederalHolidays FEDERAL = UsFederalHolidays.standard();

  private static final LocalDate WED_2021_01_20 = LocalDate.of(2021, 1, 20);
  private static final LocalDate MON_2025_01_20 = LocalDate.of(2025, 1, 20);
  private static final LocalDate FRI_2029_01_19 = LocalDate.of(2029, 1, 19);
  private static final LocalDate SAT_2029_01_20 = LocalDate.of(2029, 1, 20);
  private static final LocalDate SAT_2037_01_17 = LocalDate.of(2037, 1, 17);
  private static final LocalDate TUE_2037_01_20 = LocalDate.of(2037, 1, 20);
  private static final LocalDate WED_2037_01_21 = LocalDate.of(2037, 1, 21);
  private static final LocalDate THU_2026_12_24 = LocalDate.of(2026, 12, 24);
  private static final LocalDate MON_2026_12_28 = LocalDate.of(2026, 12, 28);

  /** Golden data: the observed holidays of 5 U.S.C. 6103, computed independently of the code. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # year | observed holidays (5 U.S.C. 6103)
      2025   | 01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25
      2026   | 01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25
      2027   | 01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31
      """)
  void holidays_aceFormatsYears_matchPublishedLists(int year, String monthDays) {
    assertThat(FEDERAL.holidays(year)).as("holidays(%d)", year)
        .containsExactlyElementsOf(dates(year, monthDays));
  }

  /**
   * Hand-computed from the rules, with the weekday of each anchor noted. 2020: Jan 1 Wed; Feb 1
   * Sat so Mondays 3, 10, 17; May 31 Sun so last Monday 25; Jul 4 Sat so Fri 3; Sep 1 Tue so
   * Mon 7; Oct 1 Thu so Mondays 5, 12; Nov 1 Sun so Thursdays 5, 12, 19, 26; no Juneteenth yet.
   * 2021 is OPM's published list (Juneteenth Sat 19 Jun observed Fri 18; Christmas Sat observed
   * Fri 24 Dec; New Year's Day 2022 Sat observed Fri 31 Dec). 2028: Jan 1 Sat, observed in 2027,
   * so Mondays 3, 10, 17; Feb 1 Tue so Mondays 7, 14, 21; May 31 Wed so Monday 29; Jun 19 Mon;
   * Jul 4 Tue; Sep 1 Fri so Mon 4; Oct 1 Sun so Mondays 2, 9; Nov 11 Sat so Fri 10; Nov 1 Wed
   * so Thursdays 2, 9, 16, 23; Dec 25 Mon.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # year | observed holidays (hand-computed)
      2020   | 01-01 01-20 02-17 05-25 07-03 09-07 10-12 11-11 11-26 12-25
      2021   | 01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31
      2028   | 01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25
      """)
  void holidays_handComputedYears_match(int year, String monthDays) {
    assertThat(FEDERAL.holidays(year)).as("holidays(%d)", year)
        .containsExactlyElementsOf(dates(year, monthDays));
  }

  @Test
  void holidays_newYearsDayOnSaturday_observedOn31DecemberOfPreviousYear() {
    assertThat(FEDERAL.holidays(2027)).endsWith(LocalDate.of(2027, 12, 31));
    assertThat(FEDERAL.holidays(2028)).doesNotContain(LocalDate.of(2028, 1, 1));
    assertThat(FEDERAL.isHoliday(LocalDate.of(2027, 12, 31))).isTrue();
  }

  @Test
  void holidays_juneteenth2021_observedFriday18JuneAndNoneBefore2021() {
    assertThat(FEDERAL.holidays(2021)).contains(LocalDate.of(2021, 6, 18));
    assertThat(FEDERAL.isHoliday(LocalDate.of(2021, 6, 18))).isTrue();
    assertThat(FEDERAL.holidays(2020)).noneMatch(d -> d.getMonth() == Month.JUNE);
    assertThat(FEDERAL.isHoliday(LocalDate.of(2020, 6, 19))).as("Fri 2020-06-19").isFalse();
  }

  @Test
  void isHoliday_observedAndWeekend_trueAndOrdinaryWeekday_false() {
    assertThat(FEDERAL.isHoliday(LocalDate.of(2026, 7, 3))).as("Fri, July 4 observed").isTrue();
    assertThat(FEDERAL.isHoliday(LocalDate.of(2026, 7, 4))).as("Sat").isTrue();
    assertThat(FEDERAL.isHoliday(LocalDate.of(2026, 7, 5))).as("Sun").isTrue();
    assertThat(FEDERAL.isHoliday(LocalDate.of(2026, 7, 6))).as("Mon").isFalse();
    assertThat(FEDERAL.nextOrSame(LocalDate.of(2026, 7, 3))).isEqualTo(LocalDate.of(2026, 7, 6));
  }

  @Test
  void isHoliday_rangeEnds_supported() {
    assertThat(FEDERAL.isHoliday(UsFederalHolidays.FIRST_SUPPORTED)).as("New Year 2020").isTrue();
    assertThat(FEDERAL.isHoliday(UsFederalHolidays.LAST_SUPPORTED)).as("Mon 2040-12-31")
        .isFalse();
    assertThat(UsFederalHolidays.FIRST_SUPPORTED).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(UsFederalHolidays.LAST_SUPPORTED).isEqualTo(LocalDate.of(2040, 12, 31));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2019-12-31", "2041-01-01", "1999-07-05"})
  void isHoliday_outsideRange_throwsNamingDateAndRange(LocalDate date) {
    assertThatIllegalArgumentException().isThrownBy(() -> FEDERAL.isHoliday(date))
        .withMessage("Date " + date + " is outside the supported range of the US federal holiday"
            + " calendar, 2020-01-01 to 2040-12-31 inclusive");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2019", "2041"})
  void holidays_outsideRange_throwsNamingYearAndRange(int year) {
    assertThatIllegalArgumentException().isThrownBy(() -> FEDERAL.holidays(year))
        .withMessage("Year " + year + " is outside the supported range of the US federal holiday"
            + " calendar, 2020 to 2040 inclusive");
  }

  @Test
  void nextOrSame_rollingPastLastSupported_throws() {
    // Sat 2040-12-29 rolls to Mon 2040-12-31, the last supported date: fine.
    assertThat(FEDERAL.nextOrSame(LocalDate.of(2040, 12, 29)))
        .isEqualTo(LocalDate.of(2040, 12, 31));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FEDERAL.next(LocalDate.of(2040, 12, 31)))
        .withMessage("Date 2041-01-01 is outside the supported range of the US federal holiday"
            + " calendar, 2020-01-01 to 2040-12-31 inclusive");
  }

  @Test
  void withExtraClosures_addsClosureAndKeepsOriginalUnchanged() {
    UsFederalHolidays withEve = FEDERAL.withExtraClosures(List.of(THU_2026_12_24));
    assertThat(withEve.isHoliday(THU_2026_12_24)).isTrue();
    assertThat(FEDERAL.isHoliday(THU_2026_12_24)).isFalse();
    // Thu 24 closed, Fri 25 Christmas, Sat, Sun: next business day Mon 28.
    assertThat(withEve.nextOrSame(THU_2026_12_24)).isEqualTo(MON_2026_12_28);
    assertThat(withEve.holidays(2026)).contains(THU_2026_12_24).hasSize(12);
    assertThat(withEve.extraClosures()).containsExactly(THU_2026_12_24);
    assertThat(FEDERAL.extraClosures()).isEmpty();
  }

  @Test
  void withExtraClosures_accumulatesAndWeekendClosureNotListed() {
    LocalDate fri20251226 = LocalDate.of(2025, 12, 26);
    LocalDate sat20261226 = LocalDate.of(2026, 12, 26);
    UsFederalHolidays calendar = FEDERAL.withExtraClosures(List.of(THU_2026_12_24))
        .withExtraClosures(List.of(sat20261226, fri20251226));
    assertThat(calendar.extraClosures()).containsExactly(fri20251226, THU_2026_12_24, sat20261226);
    assertThat(calendar.holidays(2025)).contains(fri20251226);
    assertThat(calendar.holidays(2026)).contains(THU_2026_12_24).doesNotContain(sat20261226);
  }

  @Test
  void withExtraClosures_outsideRange_throwsQuotingDate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FEDERAL.withExtraClosures(List.of(LocalDate.of(2041, 1, 2))))
        .withMessage("Extra closure 2041-01-02 is outside the supported range of the US federal"
            + " holiday calendar, 2020-01-01 to 2040-12-31 inclusive");
  }

  @Test
  void withExtraClosures_nullElement_throwsNpe() {
    List<LocalDate> withNull = Arrays.asList(THU_2026_12_24, null);
    assertThatNullPointerException().isThrownBy(() -> FEDERAL.withExtraClosures(withNull))
        .withMessage("dates element");
  }

  @Test
  void standard_noInaugurationDay() {
    assertThat(FEDERAL.includesInaugurationDay()).isFalse();
    assertThat(FEDERAL.isHoliday(WED_2021_01_20)).isFalse();
  }

  @Test
  void withInaugurationDay_wednesday2021_closed() {
    UsFederalHolidays calendar = FEDERAL.withInaugurationDay();
    assertThat(calendar.includesInaugurationDay()).isTrue();
    assertThat(calendar.isHoliday(WED_2021_01_20)).isTrue();
    assertThat(calendar.holidays(2021)).contains(WED_2021_01_20).hasSize(13);
    assertThat(calendar.withInaugurationDay()).isSameAs(calendar);
  }

  @Test
  void withInaugurationDay_2025coincidesWithMlkDay_sameList() {
    UsFederalHolidays calendar = FEDERAL.withInaugurationDay();
    assertThat(calendar.holidays(2025)).isEqualTo(FEDERAL.holidays(2025))
        .contains(MON_2025_01_20);
  }

  @Test
  void withInaugurationDay_saturday2029_notMoved() {
    UsFederalHolidays calendar = FEDERAL.withInaugurationDay();
    assertThat(SAT_2029_01_20.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(calendar.holidays(2029)).isEqualTo(FEDERAL.holidays(2029));
    assertThat(calendar.isBusinessDay(FRI_2029_01_19)).isTrue();
    assertThat(calendar.isBusinessDay(LocalDate.of(2029, 1, 22))).as("Mon 2029-01-22").isTrue();
  }

  @Test
  void withInaugurationDay_2037AfterMlkDay_rollsFourDays() {
    // MLK Day 2037: Jan 1 is a Thursday, Mondays 5, 12, 19. Inauguration Day Tue 20.
    UsFederalHolidays calendar = FEDERAL.withInaugurationDay();
    assertThat(calendar.nextOrSame(SAT_2037_01_17)).isEqualTo(WED_2037_01_21);
    assertThat(FEDERAL.nextOrSame(SAT_2037_01_17)).isEqualTo(TUE_2037_01_20);
  }

  @Test
  void withInaugurationDay_keepsExtraClosures() {
    UsFederalHolidays calendar = FEDERAL.withExtraClosures(List.of(THU_2026_12_24))
        .withInaugurationDay();
    assertThat(calendar.isHoliday(THU_2026_12_24)).isTrue();
    assertThat(calendar.isHoliday(WED_2021_01_20)).isTrue();
  }

  @Test
  void inaugurationDayObserved_sunday_movedToMonday() {
    // Sun 2013-01-20: the public inauguration was held on Mon 2013-01-21.
    assertThat(UsFederalHolidays.inaugurationDayObserved(2013)).isEqualTo(LocalDate.of(2013, 1, 21));
    assertThat(UsFederalHolidays.inaugurationDayObserved(2029)).isEqualTo(SAT_2029_01_20);
    assertThat(UsFederalHolidays.inaugurationDayObserved(2037)).isEqualTo(TUE_2037_01_20);
  }

  @Test
  void isInaugurationYear_yearsAfterElections() {
    List<Integer> years = new ArrayList<>();
    for (int year = 2020; year <= 2040; year++) {
      if (UsFederalHolidays.isInaugurationYear(year)) {
        years.add(year);
      }
    }
    assertThat(years).containsExactly(2021, 2025, 2029, 2033, 2037);
  }

  @Test
  void observed_saturdayToFriday_sundayToMonday_weekdayUnchanged() {
    assertThat(UsFederalHolidays.observed(LocalDate.of(2026, 7, 4)))
        .isEqualTo(LocalDate.of(2026, 7, 3));
    assertThat(UsFederalHolidays.observed(LocalDate.of(2027, 7, 4)))
        .isEqualTo(LocalDate.of(2027, 7, 5));
    assertThat(UsFederalHolidays.observed(LocalDate.of(2025, 7, 4)))
        .isEqualTo(LocalDate.of(2025, 7, 4));
  }

  /**
   * Every year of the range: the list is sorted, weekdays only, each date a holiday; 2020 has 10
   * observed holidays and every later year's 11 are each observed exactly once inside the range
   * (New Year's Day 2041 is a Tuesday), so the lists hold 10 + 20 &times; 11 = 230 dates in all.
   */
  @Test
  void holidays_everyYear_sortedWeekdaysAndTotal230() {
    int total = 0;
    for (int year = 2020; year <= 2040; year++) {
      List<LocalDate> list = FEDERAL.holidays(year);
      List<LocalDate> sorted = new ArrayList<>(list);
      Collections.sort(sorted);
      assertThat(list).as("sorted %d", year).isEqualTo(sorted).doesNotHaveDuplicates();
      for (LocalDate d : list) {
        assertThat(d.getYear()).as("year of %s", d).isEqualTo(year);
        assertThat(d.getDayOfWeek()).as("weekday of %s", d)
            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(FEDERAL.isHoliday(d)).as("isHoliday(%s)", d).isTrue();
      }
      total += list.size();
    }
    assertThat(total).isEqualTo(230);
  }

  /** Every day of the range: a weekday is a holiday exactly when it is listed. */
  @Test
  void isHoliday_everyDay_agreesWithWeekendsAndList() {
    for (int year = 2020; year <= 2040; year++) {
      List<LocalDate> list = FEDERAL.holidays(year);
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY
            || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(FEDERAL.isHoliday(d)).as("isHoliday(%s)", d)
            .isEqualTo(weekend || list.contains(d));
      }
    }
  }

  @Test
  void nextOrSame_everyDay2025to2030_isBusinessDayWithinThreeDaysAndIdempotent() {
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1));
        d = d.plusDays(1)) {
      LocalDate adjusted = FEDERAL.nextOrSame(d);
      // Longest standard run of closed days: Sat, Sun, Monday holiday.
      assertThat(adjusted).as("nextOrSame(%s)", d).isBetween(d, d.plusDays(3));
      assertThat(FEDERAL.isBusinessDay(adjusted)).as("business day %s from %s", adjusted, d)
          .isTrue();
      assertThat(FEDERAL.nextOrSame(adjusted)).as("idempotent at %s", d).isEqualTo(adjusted);
      LocalDate back = FEDERAL.previousOrSame(d);
      assertThat(back).as("previousOrSame(%s)", d).isBetween(d.minusDays(3), d);
      assertThat(FEDERAL.isBusinessDay(back)).as("business day %s before %s", back, d).isTrue();
    }
  }

  @Test
  void previousOrSameAndBusinessDaysBetween_laborDayWeek() {
    LocalDate laborDay = LocalDate.of(2026, 9, 7);
    assertThat(FEDERAL.previousOrSame(laborDay)).isEqualTo(LocalDate.of(2026, 9, 4));
    // Mon 7 (holiday) to Mon 14 exclusive: Tue 8, Wed 9, Thu 10, Fri 11.
    assertThat(FEDERAL.businessDaysBetween(laborDay, LocalDate.of(2026, 9, 14))).isEqualTo(4);
  }

  @Test
  void equalsHashCodeToString_bySettings() {
    UsFederalHolidays a = FEDERAL.withExtraClosures(List.of(THU_2026_12_24)).withInaugurationDay();
    UsFederalHolidays b = FEDERAL.withInaugurationDay().withExtraClosures(List.of(THU_2026_12_24));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(FEDERAL)
        .isNotEqualTo(FEDERAL.withInaugurationDay()).isNotEqualTo("x");
    assertThat(FEDERAL.withExtraClosures(List.of())).isEqualTo(FEDERAL);
    assertThat(a).hasToString("UsFederalHolidays[5 U.S.C. 6103, 2020-01-01 to 2040-12-31,"
        + " Inauguration Day, extra closures [2026-12-24]]");
    assertThat(FEDERAL).hasToString("UsFederalHolidays[5 U.S.C. 6103, 2020-01-01 to 2040-12-31]");
  }

  private static List<LocalDate> dates(int year, String monthDays) {
    List<LocalDate> out = new ArrayList<>();
    Scanner scanner = new Scanner(monthDays);
    while (scanner.hasNext()) {
      out.add(LocalDate.parse(year + "-" + scanner.next()));
    }
    return out;
  }
}

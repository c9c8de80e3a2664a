package org.caperules.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
}

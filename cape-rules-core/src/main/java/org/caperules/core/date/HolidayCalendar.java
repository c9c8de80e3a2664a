package org.caperules.core.date;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar of non-business days: weekends and holidays.
 *
 * <p>One abstract method, {@link #isHoliday(LocalDate)}; the rest are default methods built on it
 * (OpenGamma Strata's {@code HolidayCalendar}).
 *
 * <p>Implementations are immutable and thread-safe, and never read a clock.
 */
public interface HolidayCalendar {

  /**
   * Tells whether a date is not a business day: a Saturday, a Sunday or a holiday.
   *
   * @param date  the date to check
   * @return true if the date is a weekend day or a holiday
   * @throws IllegalArgumentException if the date is outside the calendar's supported range
   */
  boolean isHoliday(LocalDate date);

  /**
   * Tells whether a date is a business day.
   *
   * @param date  the date to check
   * @return true if the date is neither a weekend day nor a holiday
   * @throws IllegalArgumentException if the date is outside the calendar's supported range
   */
  default boolean isBusinessDay(LocalDate date) {
    return !isHoliday(date);
  }

  /**
   * Returns the date itself if it is a business day, otherwise the next business day.
   *
   * <p>Example (US federal): Sat 2026-07-04 &rarr; Mon 2026-07-06 (Fri 2026-07-03 is the observed
   * holiday, but rolling goes forward only).
   *
   * @param date  the date to adjust
   * @return the same or next business day
   * @throws IllegalArgumentException if a date visited is outside the supported range
   */
  default LocalDate nextOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate d = date;
    while (isHoliday(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * Returns the next business day strictly after a date.
   *
   * @param date  the date to start from, exclusive
   * @return the next business day after {@code date}
   * @throws IllegalArgumentException if a date visited is outside the supported range
   */
  default LocalDate next(LocalDate date) {
    return nextOrSame(Objects.requireNonNull(date, "date").plusDays(1));
  }
}

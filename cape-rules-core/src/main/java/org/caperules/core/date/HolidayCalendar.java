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

  /**
   * Returns the date itself if it is a business day, otherwise the previous business day.
   *
   * <p>Example (US federal): Mon 2026-09-07 (Labor Day) &rarr; Fri 2026-09-04.
   *
   * @param date  the date to adjust
   * @return the same or previous business day
   * @throws IllegalArgumentException if a date visited is outside the supported range
   */
  default LocalDate previousOrSame(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate d = date;
    while (isHoliday(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * Counts the business days from one date, inclusive, to another, exclusive.
   *
   * <p>Example (US federal): from Mon 2026-09-07 (Labor Day) inclusive to Mon 2026-09-14
   * exclusive there are 4 business days, Tue 8 to Fri 11 September.
   *
   * @param startInclusive  the first date counted
   * @param endExclusive  the date after the last date counted; not before {@code startInclusive}
   * @return the number of business days in {@code [startInclusive, endExclusive)}, 0 if the two
   *     dates are equal
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   *     (the message quotes both), or a date counted is outside the supported range
   */
  default long businessDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException("endExclusive " + endExclusive
          + " must not be before startInclusive " + startInclusive);
    }
    long count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (!isHoliday(d)) {
        count++;
      }
    }
    return count;
  }
}

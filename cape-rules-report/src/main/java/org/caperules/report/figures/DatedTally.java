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
package org.caperules.report.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@link Tally} of entries whose last day falls in one week, Monday to Sunday: the deadline
 * chart's bars. Example: the week starting Mon 2026-07-13, 2 entries, IEEPA duty 9,808.92.
 *
 * @param weekStart  the Monday of the week (inclusive); the week ends six days later (inclusive)
 * @param tally  the entries and their IEEPA duty
 */
public record DatedTally(LocalDate weekStart, Tally tally) {

  /**
   * Checks the components.
   *
   * @param weekStart  the Monday of the week
   * @param tally  the tally
   * @throws IllegalArgumentException if the day is not a Monday
   */
  public DatedTally {
    Objects.requireNonNull(weekStart, "weekStart");
    Objects.requireNonNull(tally, "tally");
    if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("weekStart must be a Monday, but was " + weekStart);
    }
  }
}

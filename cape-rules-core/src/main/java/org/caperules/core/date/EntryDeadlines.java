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
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines of one entry, as computed by {@link CapeDeadlines#forEntry(LocalDate, LocalDate)}:
 * each {@link Deadline} is present when the date it is counted from is known.
 *
 * <p>Example: an entry liquidated on Fri 2026-04-24 with no entry date gives
 * {@code CAPE_LAST_DAY=2026-07-13, VOLUNTARY_RELIQUIDATION_END=2026-07-23,
 * PROTEST_LAST_DAY=2026-10-21}, and as of Mon 2026-07-06 {@code daysRemaining(CAPE_LAST_DAY)} is 7.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EntryDeadlines {

  private final @Nullable LocalDate liquidationDate;
  private final @Nullable LocalDate entryDate;
  private final Map<Deadline, LocalDate> dates;

  EntryDeadlines(@Nullable LocalDate liquidationDate, @Nullable LocalDate entryDate,
      Map<Deadline, LocalDate> dates) {
    this.liquidationDate = liquidationDate;
    this.entryDate = entryDate;
    this.dates = Collections.unmodifiableMap(new EnumMap<>(dates));
  }

  /**
   * Returns the liquidation date the deadlines were computed from.
   *
   * @return the liquidation date, or empty if the entry is not liquidated
   */
  public Optional<LocalDate> liquidationDate() {
    return Optional.ofNullable(liquidationDate);
  }

  /**
   * Returns the entry date the deadlines were computed from.
   *
   * @return the entry date, or empty if it was not given
   */
  public Optional<LocalDate> entryDate() {
    return Optional.ofNullable(entryDate);
  }

  /**
   * Returns the last day to declare the entry in CAPE, inclusive ({@link Deadline#CAPE_LAST_DAY}).
   *
   * @return the date, or empty if the entry is not liquidated
   */
  public Optional<LocalDate> capeLastDay() {
    return get(Deadline.CAPE_LAST_DAY);
  }

  /**
   * Returns the last day of the voluntary reliquidation period, inclusive
   * ({@link Deadline#VOLUNTARY_RELIQUIDATION_END}).
   *
   * @return the date, or empty if the entry is not liquidated
   */
  public Optional<LocalDate> voluntaryReliquidationEnd() {
    return get(Deadline.VOLUNTARY_RELIQUIDATION_END);
  }

  /**
   * Returns the last day to file a protest, inclusive and rolled to a business day
   * ({@link Deadline#PROTEST_LAST_DAY}).
   *
   * @return the date, or empty if the entry is not liquidated
   */
  public Optional<LocalDate> protestLastDay() {
    return get(Deadline.PROTEST_LAST_DAY);
  }

  /**
   * Returns the projected liquidation date ({@link Deadline#PROJECTED_LIQUIDATION}).
   *
   * @return the date, or empty if the entry date is unknown
   */
  public Optional<LocalDate> projectedLiquidation() {
    return get(Deadline.PROJECTED_LIQUIDATION);
  }

  /**
   * Returns the protest horizon ({@link Deadline#PROTEST_HORIZON}).
   *
   * @return the date, or empty if the entry date is unknown
   */
  public Optional<LocalDate> protestHorizon() {
    return get(Deadline.PROTEST_HORIZON);
  }

  /**
   * Returns the deemed liquidation date ({@link Deadline#DEEMED_LIQUIDATION}).
   *
   * @return the date, or empty if the entry date is unknown
   */
  public Optional<LocalDate> deemedLiquidation() {
    return get(Deadline.DEEMED_LIQUIDATION);
  }

  /**
   * Returns one deadline.
   *
   * @param deadline  the deadline
   * @return its date, or empty if the date it is counted from is unknown
   */
  public Optional<LocalDate> get(Deadline deadline) {
    return Optional.ofNullable(dates.get(Objects.requireNonNull(deadline, "deadline")));
  }

  /**
   * Returns the present deadlines in {@link Deadline} order.
   *
   * @return an unmodifiable map backed by an {@link EnumMap}, without absent deadlines
   */
  public Map<Deadline, LocalDate> asMap() {
    return dates;
  }

  /**
   * Counts the calendar days from a date to a deadline: 0 on the deadline itself, 1 the day
   * before, negative once it has passed.
   *
   * <p>Example: CAPE last day Mon 2026-07-13; as of Mon 2026-07-06 &rarr; 7, as of 2026-07-13
   * &rarr; 0, as of Tue 2026-07-14 &rarr; -1.
   *
   * @param deadline  the deadline
   * @param asOf  the date to count from
   * @return the days remaining, or empty if the deadline is absent
   */
  public OptionalLong daysRemaining(Deadline deadline, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    LocalDate date = dates.get(Objects.requireNonNull(deadline, "deadline"));
    return date == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(asOf, date));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof EntryDeadlines other
        && Objects.equals(other.liquidationDate, liquidationDate)
        && Objects.equals(other.entryDate, entryDate)
        && other.dates.equals(dates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(liquidationDate, entryDate, dates);
  }

  /**
   * Lists the present deadlines in {@link Deadline} order, for example
   * {@code CAPE_LAST_DAY=2026-07-13, VOLUNTARY_RELIQUIDATION_END=2026-07-23,
   * PROTEST_LAST_DAY=2026-10-21}; {@code none} if no deadline is present.
   *
   * @return the deadlines as text
   */
  @Override
  public String toString() {
    if (dates.isEmpty()) {
      return "none";
    }
    return dates.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}

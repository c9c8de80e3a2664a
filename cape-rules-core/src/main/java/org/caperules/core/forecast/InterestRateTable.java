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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dated table of IRC 6621 overpayment rates that CBP applies to refund interest under 19
 * U.S.C. 1505(c) and T.D. 85-93: one {@link RateTableRow} per calendar quarter, without gaps.
 *
 * <p>{@link #standard()} is the one place where cape-rules ships rates. It runs from 2024 Q4 to
 * 2026 Q4; 2024 Q4 to 2026 Q1 are confirmed (CBP Federal Register rate notices), 2026 Q2 to Q4
 * rest on a third-party table only and are unconfirmed (UNCERTAIN; docs/interest.md#rate-table).
 * 2027 Q1 was not
 * published in any source seen; a caller adds it, or confirms a forecast quarter, with
 * {@link #withQuarter(RateTableRow)}.
 *
 * <p>Example: {@code InterestRateTable.standard().rateOn(LocalDate.of(2026, 3, 15),
 * RateClass.NON_CORPORATE)} is 2026 Q1, 7%, confirmed; on 2026-04-20 it is 2026 Q2, 6%,
 * unconfirmed; on 2027-01-04 it throws, because the table stops at 2026-12-31. The table never
 * guesses a rate for a quarter it does not hold.
 *
 * <h2>Exception handling</h2>
 * <ul>
 *   <li>{@link #of(Collection)}, {@link #withQuarter(RateTableRow)} and
 *       {@link #extendedWith(Collection)} throw {@code IllegalArgumentException} if the rows are
 *       empty, repeat a quarter or leave a gap between quarters.
 *   <li>{@link #rateOn(LocalDate, RateClass)} throws {@code IllegalArgumentException} for a date
 *       outside the table; {@link #findRateOn(LocalDate, RateClass)} returns empty instead.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InterestRateTable {

  private static final InterestRateTable STANDARD = of(List.of(
      RateTableRow.confirmed(LocalDate.of(2024, 10, 1), pct(8), pct(7),
          "CBP FR notice, 89 FR 77879 (24 September 2024)"),
      RateTableRow.confirmed(LocalDate.of(2025, 1, 1), pct(7), pct(6),
          "IRS Rev. Rul. 2024-25"),
      RateTableRow.confirmed(LocalDate.of(2025, 4, 1), pct(7), pct(6),
          "CBP FR notice published 30 April 2025"),
      RateTableRow.confirmed(LocalDate.of(2025, 7, 1), pct(7), pct(6),
          "IRS IR-2025-59 / Rev. Rul. 2025-11"),
      RateTableRow.confirmed(LocalDate.of(2025, 10, 1), pct(7), pct(6),
          "CBP FR notice for 2025 Q4"),
      RateTableRow.confirmed(LocalDate.of(2026, 1, 1), pct(7), pct(6),
          "CBP FR notice of 22 January 2026; IRS Rev. Rul. 2025-22 / IR-2025-112"),
      RateTableRow.unconfirmed(LocalDate.of(2026, 4, 1), pct(6), pct(5),
          "UNCERTAIN: IRB 2026-8 per a third-party code table; corporate derived as short-term"
              + " + 2; no IRS or CBP notice seen"),
      RateTableRow.unconfirmed(LocalDate.of(2026, 7, 1), pct(7), pct(6),
          "UNCERTAIN: IRB 2026-22 per a third-party code table; corporate derived as short-term"
              + " + 2; no IRS or CBP notice seen"),
      RateTableRow.unconfirmed(LocalDate.of(2026, 10, 1), pct(7), pct(6),
          "UNCERTAIN: IRB 2026-36 / Rev. Rul. 2026-15 per a third-party code table; corporate"
              + " derived as short-term + 2; no IRS or CBP notice seen")));

  private final List<RateTableRow> rows;

  private InterestRateTable(List<RateTableRow> rows) {
    this.rows = rows;
  }

  /**
   * Returns the rates shipped with cape-rules: 2024 Q4 to 2026 Q1 confirmed, 2026 Q2 to 2026 Q4
   * unconfirmed.
   *
   * <table>
   *   <caption>Shipped overpayment rates, percent a year</caption>
   *   <tr><th>Quarter</th><th>Non-corporate</th><th>Corporate</th><th>Confirmed</th></tr>
   *   <tr><td>2024 Q4</td><td>8</td><td>7</td><td>yes</td></tr>
   *   <tr><td>2025 Q1 - 2026 Q1</td><td>7</td><td>6</td><td>yes</td></tr>
   *   <tr><td>2026 Q2</td><td>6</td><td>5</td><td>no</td></tr>
   *   <tr><td>2026 Q3, Q4</td><td>7</td><td>6</td><td>no</td></tr>
   * </table>
   *
   * @return the standard table
   */
  public static InterestRateTable standard() {
    return STANDARD;
  }

  /**
   * Obtains a table from rows in any order.
   *
   * @param rows  one row per quarter, contiguous once sorted
   * @return the table
   * @throws IllegalArgumentException if there are no rows, a quarter repeats or there is a gap;
   *     the message names the quarters
   */
  public static InterestRateTable of(Collection<RateTableRow> rows) {
    Objects.requireNonNull(rows, "rows");
    List<RateTableRow> sorted = new ArrayList<>(rows);
    sorted.forEach(row -> Objects.requireNonNull(row, "row"));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("An interest rate table needs at least one quarter");
    }
    sorted.sort(Comparator.comparing(RateTableRow::startInclusive));
    for (int i = 1; i < sorted.size(); i++) {
      RateTableRow previous = sorted.get(i - 1);
      RateTableRow row = sorted.get(i);
      if (row.startInclusive().equals(previous.startInclusive())) {
        throw new IllegalArgumentException("Interest rate table has " + row.quarter() + " twice");
      }
      if (!row.startInclusive().equals(previous.endExclusive())) {
        throw new IllegalArgumentException("Interest rate table has a gap: "
            + previous.quarter() + " is followed by " + row.quarter() + ", but the next quarter"
            + " must start on " + previous.endExclusive());
      }
    }
    return new InterestRateTable(List.copyOf(sorted));
  }

  /**
   * Returns a table with one quarter added or replaced. Use it to add a quarter after the last
   * (2027 Q1 once the IRS publishes it), one before the first, or to replace a row, for example
   * to confirm 2026 Q2 from the CBP notice.
   *
   * @param row  the quarter to add or replace
   * @return a new table; this one is unchanged
   * @throws IllegalArgumentException if the quarter would leave a gap
   */
  public InterestRateTable withQuarter(RateTableRow row) {
    Objects.requireNonNull(row, "row");
    return extendedWith(List.of(row));
  }

  /**
   * Returns a table with several quarters added or replaced, as
   * {@link #withQuarter(RateTableRow)} does for one. The rows may come in any order; only the
   * resulting table must be contiguous.
   *
   * @param added  the quarters to add or replace, each quarter at most once
   * @return a new table; this one is unchanged
   * @throws IllegalArgumentException if {@code added} repeats a quarter or the result has a gap
   */
  public InterestRateTable extendedWith(Collection<RateTableRow> added) {
    Objects.requireNonNull(added, "added");
    TreeMap<LocalDate, RateTableRow> merged = new TreeMap<>();
    rows.forEach(row -> merged.put(row.startInclusive(), row));
    List<LocalDate> seen = new ArrayList<>();
    for (RateTableRow row : added) {
      Objects.requireNonNull(row, "row");
      if (seen.contains(row.startInclusive())) {
        throw new IllegalArgumentException("Quarters to add have " + row.quarter() + " twice");
      }
      seen.add(row.startInclusive());
      merged.put(row.startInclusive(), row);
    }
    return of(merged.values());
  }

  /**
   * Returns the rows, oldest quarter first.
   *
   * @return the rows, unmodifiable
   */
  public List<RateTableRow> rows() {
    return rows;
  }

  /**
   * Returns the first day the table covers, for example 2024-10-01 for the standard table.
   *
   * @return the first covered day, inclusive
   */
  public LocalDate startInclusive() {
    return rows.get(0).startInclusive();
  }

  /**
   * Returns the day after the last day the table covers, for example 2027-01-01 for the standard
   * table.
   *
   * @return the end of the covered days, exclusive
   */
  public LocalDate endExclusive() {
    return rows.get(rows.size() - 1).endExclusive();
  }

  /**
   * Tells whether the table holds a rate for a date.
   *
   * @param date  the date to check
   * @return true if {@code startInclusive() <= date < endExclusive()}
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startInclusive()) && date.isBefore(endExclusive());
  }

  /**
   * Finds the overpayment rate in force on a date.
   *
   * @param date  the day
   * @param rateClass  corporate or non-corporate
   * @return the rate of the quarter containing {@code date}, or empty if the table does not
   *     cover it
   */
  public Optional<QuarterlyRate> findRateOn(LocalDate date, RateClass rateClass) {
    Objects.requireNonNull(rateClass, "rateClass");
    if (!covers(date)) {
      return Optional.empty();
    }
    int index = quarterIndex(date) - quarterIndex(startInclusive());
    return Optional.of(new QuarterlyRate(rows.get(index), rateClass));
  }

  /**
   * Returns the overpayment rate in force on a date. A rate applies to every day of its quarter,
   * first and last day inclusive.
   *
   * <p>Example (standard table): 2026-03-31 non-corporate is 2026 Q1, 7%, confirmed; 2026-04-01
   * is 2026 Q2, 6%, unconfirmed.
   *
   * @param date  the day
   * @param rateClass  corporate or non-corporate
   * @return the rate of the quarter containing {@code date}
   * @throws IllegalArgumentException if the table does not cover {@code date}; the message gives
   *     the date and the table's range
   */
  public QuarterlyRate rateOn(LocalDate date, RateClass rateClass) {
    return findRateOn(date, rateClass).orElseThrow(() -> new IllegalArgumentException(
        "No overpayment rate for " + date + ": the interest rate table covers " + rangeText()
            + "; add the quarter with InterestRateTable.withQuarter"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof InterestRateTable other && other.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  /**
   * Returns a summary, for example
   * {@code InterestRateTable[2024 Q4 to 2026 Q4, 9 quarters, 3 unconfirmed]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    long unconfirmed = rows.stream().filter(row -> !row.confirmed()).count();
    return "InterestRateTable[" + rows.get(0).quarter() + " to "
        + rows.get(rows.size() - 1).quarter() + ", " + rows.size() + " quarters, " + unconfirmed
        + " unconfirmed]";
  }

  /** The covered range as text, for example {@code 2024-10-01 to 2026-12-31 inclusive}. */
  String rangeText() {
    return startInclusive() + " to " + endExclusive().minusDays(1) + " inclusive";
  }

  private static int quarterIndex(LocalDate date) {
    return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
  }

  private static BigDecimal pct(int percent) {
    return BigDecimal.valueOf(percent);
  }
}

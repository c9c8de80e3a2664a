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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>{@link #standard()} is the one place where cape-rules ships rates, as data: the versioned
 * resource {@code interest-rates.csv} of this package, in the form {@link #read(Reader, String)}
 * reads. It runs from 2024 Q4 to 2026 Q4; 2026 Q2 is confirmed by CBP's notice FR Doc 2026-09871
 * (18 May 2026), 2026 Q3 and Q4 are reported from IRS Rev. Rul. 2026-10 and 2026-15 without a
 * CBP notice (docs/interest.md#rate-table). 2027 Q1 was not published in any source seen; a
 * caller adds it, or confirms a reported quarter, with {@link #withQuarter(RateTableRow)} or
 * {@link #extendedWith(Collection)} and a file read by {@link #read(Path)}, without a release.
 *
 * <p>Example: {@code InterestRateTable.standard().rateOn(LocalDate.of(2026, 3, 15),
 * RateClass.NON_CORPORATE)} is 2026 Q1, 7%, confirmed; on 2026-07-20 it is 2026 Q3, 7%,
 * reported; on 2027-01-04 it throws, because the table stops at 2026-12-31. The table never
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

  /** The shipped rates file, in this package. */
  static final String STANDARD_RESOURCE = "interest-rates.csv";

  private static final InterestRateTable STANDARD = loadStandard();

  private final List<RateTableRow> rows;

  private InterestRateTable(List<RateTableRow> rows) {
    this.rows = rows;
  }

  /**
   * Returns the rates shipped with cape-rules (resource {@code interest-rates.csv}).
   *
   * <table>
   *   <caption>Shipped overpayment rates, percent a year</caption>
   *   <tr><th>Quarter</th><th>Non-corporate</th><th>Corporate</th><th>Confirmation</th></tr>
   *   <tr><td>2024 Q4</td><td>8</td><td>7</td><td>CONFIRMED</td></tr>
   *   <tr><td>2025 Q1, Q3</td><td>7</td><td>6</td><td>REPORTED (IRS rulings)</td></tr>
   *   <tr><td>2025 Q2, Q4, 2026 Q1</td><td>7</td><td>6</td><td>CONFIRMED</td></tr>
   *   <tr><td>2026 Q2</td><td>6</td><td>5</td><td>CONFIRMED</td></tr>
   *   <tr><td>2026 Q3, Q4</td><td>7</td><td>6</td><td>REPORTED (IRS rulings)</td></tr>
   * </table>
   *
   * @return the standard table
   */
  public static InterestRateTable standard() {
    return STANDARD;
  }

  /**
   * Reads quarters from a rates file: the header {@code Quarter, Non-Corporate, Corporate,
   * Source, Confirmation}, then one quarter a line, for example
   * {@code 2027-Q1, 7, 6, IRS Rev. Rul. 2026-20, REPORTED} (quarter {@code YYYY-Qn}, rates in
   * percent a year, confirmation {@code CONFIRMED}, {@code REPORTED} or {@code PROJECTED}). A
   * cell may be quoted with double quotes; blank lines and lines starting with {@code #} are
   * skipped. Add the rows to a table with {@link #extendedWith(Collection)}.
   *
   * @param reader  the text, read to its end (not closed)
   * @param name  the file's name, for messages
   * @return the rows, in file order (possibly several quarters, possibly none)
   * @throws IllegalArgumentException if the header or a line is not of the form; the message
   *     names the file, the line and the column
   * @throws UncheckedIOException if the text cannot be read
   */
  public static List<RateTableRow> read(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    try {
      return RateFile.read(reader, name);
    } catch (IOException ex) {
      throw new UncheckedIOException(name + " cannot be read: " + ex.getMessage(), ex);
    }
  }

  /**
   * Reads quarters from a rates file in UTF-8, as {@link #read(Reader, String)}. Example: {@code
   * InterestRateTable.standard().extendedWith(InterestRateTable.read(Path.of("rates.csv")))}.
   *
   * @param file  the rates file
   * @return the rows, in file order
   * @throws IllegalArgumentException if a line is not of the form; the message names the file,
   *     the line and the column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<RateTableRow> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException(file + " cannot be read: " + ex.getMessage(), ex);
    }
  }

  private static InterestRateTable loadStandard() {
    try (InputStream in = InterestRateTable.class.getResourceAsStream(STANDARD_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The shipped rates file " + STANDARD_RESOURCE
            + " is missing from the cape-rules-core jar");
      }
      return of(read(new InputStreamReader(in, StandardCharsets.UTF_8), STANDARD_RESOURCE));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
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
   * is 2026 Q2, 6%, confirmed (CBP notice FR Doc 2026-09871).
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
   * {@code InterestRateTable[2024 Q4 to 2026 Q4, 9 quarters, 4 unconfirmed]}.
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

}
